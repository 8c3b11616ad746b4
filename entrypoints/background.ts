/**
 * The background: wiring only. Badge counts (background/badge.ts), the selection lookup menu
 * (background/lookup-menu.ts), user-site script registrations (background/user-sites.ts) and
 * the hover cards' keyboard commands and "open in catalogue" (background/commands.ts).
 * Every listener is added synchronously at start, as MV3 service workers require.
 */
import { browser } from '#imports';
import { installBadge } from '../background/badge';
import { registerHoverCardRouting } from '../background/commands';
import {
  createLookupMenu,
  menuLang,
  onLookupMenuClicked,
  retitleLookupMenu,
} from '../background/lookup-menu';
import { installUserSiteReconcile, scheduleReconcile } from '../background/user-sites';
import { getSettings, watchSettings } from './shared/settings-store';

export default defineBackground(() => {
  installBadge();
  registerHoverCardRouting();
  installUserSiteReconcile();

  browser.runtime.onInstalled.addListener(async () => {
    await createLookupMenu(menuLang(await getSettings()));
    await scheduleReconcile('installed or updated');
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onLookupMenuClicked(info, tab));

  watchSettings((settings) => {
    void retitleLookupMenu(menuLang(settings)).catch(() => {
      // The menu is created on install; before that there is nothing to retitle.
    });
    void scheduleReconcile('settings changed');
  });
});
