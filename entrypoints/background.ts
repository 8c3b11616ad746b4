/**
 * The background: wiring only. It holds the one settings writer (services/settings.ts) and
 * the services only the service worker runs (services/background/): the badge, the selection
 * lookup menu, the keyboard commands, the user-site registrations, and the one message
 * dispatcher. Every listener is added synchronously at start, as MV3 service workers require.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { installBadge } from '../services/background/badge';
import { injectCardScript } from '../services/background/card-script';
import { listenInBackground } from '../services/background/dispatcher';
import {
  createLookupMenu,
  menuLang,
  onLookupMenuClicked,
  retitleLookupMenu,
} from '../services/background/lookup-menu';
import { installNavigationCommands } from '../services/background/navigation';
import { installUserSiteReconcile, scheduleReconcile } from '../services/background/site-registrations';
import { openCatalogueEntry, openCatalogueView } from '../services/extension-pages';
import { createSettingsService, createSettingsWriter, readSettings } from '../services/settings';

export default defineBackground(() => {
  const writer = createSettingsWriter();
  const settings = createSettingsService(writer.write);
  const badge = installBadge();

  listenInBackground({
    mentionsChanged: ({ tabId, frameId, distinct }) => badge.report(tabId, frameId, distinct),
    openEntry: (id, from) => void openCatalogueEntry(id, from),
    openPartner: (id, from) => void openCatalogueView({ kind: 'partner', id }, from),
    updateSettings: writer.write,
    loadCard: injectCardScript,
  });
  installNavigationCommands();
  installUserSiteReconcile(settings);

  browser.runtime.onInstalled.addListener(async () => {
    await createLookupMenu(menuLang((await readSettings()).settings));
    await scheduleReconcile('installed or updated');
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onLookupMenuClicked(info, tab));

  let first = true;
  settings.subscribe(({ settings: current }) => {
    // Settings an older version stored (or synced from a device that runs one): store them in
    // today's shape once.
    writer.upgradeStored().catch((error: unknown) =>
      console.error('Grant Lens: could not store the settings in the current shape', error),
    );
    // The first delivery is what was stored when the worker started: nothing changed.
    if (first) {
      first = false;
      return;
    }
    void retitleLookupMenu(menuLang(current)).catch(() => {
      // The menu is created on install; before that there is nothing to retitle.
    });
    void scheduleReconcile('settings changed');
  });
});
