/**
 * Popup wiring: the services (settings, the page channel, user sites), the UI language (the
 * settings, else the browser's), the bundled catalogue, partners and their search, and the
 * sections about the current page (PagePanel).
 */
import { render } from 'preact';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledPartners } from '../../core/bundled-partners';
import { bundledSources } from '../../core/bundled-sources';
import { resolveLang } from '../../core/i18n';
import type { NormalisedSettings } from '../../core/settings';
import { bundledSearch } from '../../components/bundled-search';
import { PagePanel } from '../../components/PagePanel';
import { PopupApp } from '../../components/PopupApp';
import { ClipboardContext } from '../../components/clipboard-context';
import type { CatalogueView } from '../../core/routes';
import { createClipboard } from '../../services/clipboard';
import { openCatalogueView } from '../../services/extension-pages';
import { pageChannel } from '../../services/page-channel';
import { createSettingsService, messageSettingsWriter } from '../../services/settings';
import { browserLanguage } from '../../services/ui-language';
import { createUserSites } from '../../services/user-sites';
import '../../components/theme.css';
import '../../components/entry.css';
import '../../components/popup.css';

async function openInCatalogue(view: CatalogueView): Promise<void> {
  await openCatalogueView(view);
  window.close();
}

const settings = createSettingsService(messageSettingsWriter);
const userSites = createUserSites(settings);
const clipboard = createClipboard({ fallbackRoot: () => document.body });

/** The first delivery of the settings (never fails: unreadable storage delivers the defaults). */
function firstSettings(): Promise<NormalisedSettings> {
  return new Promise((resolve) => {
    const stop = settings.subscribe((current) => {
      resolve(current);
      queueMicrotask(() => stop());
    });
  });
}

async function main(): Promise<void> {
  const lang = resolveLang((await firstSettings()).settings.uiLanguage, browserLanguage());
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  render(
    <ClipboardContext.Provider value={clipboard}>
      <PopupApp
        catalogue={bundledCatalogue}
        search={bundledSearch()}
        partners={{ catalogue: bundledPartners, sources: bundledSources }}
        lang={lang}
        openInCatalogue={(view) => void openInCatalogue(view)}
        pagePanel={<PagePanel lang={lang} settings={settings} userSites={userSites} page={pageChannel} />}
      />
    </ClipboardContext.Provider>,
    document.getElementById('app')!,
  );
}

void main();
