/**
 * Popup wiring: the UI language (settings, else the browser's), the bundled catalogue and its
 * search, and the one browser call the UI needs (open the catalogue page in a tab).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { resolveLang } from '../../core/i18n';
import { bundledSearch } from '../../components/bundled-search';
import { catalogueEntryPath } from '../../components/catalogue-route';
import { PopupApp } from '../../components/PopupApp';
import { getSettings } from '../shared/settings-store';
import '../../components/theme.css';
import '../../components/entry.css';
import '../../components/popup.css';

async function openInCatalogue(id: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(catalogueEntryPath(id)) });
  window.close();
}

async function main(): Promise<void> {
  // Settings never throw (bad values fall back to defaults), but storage itself might.
  const setting = await getSettings().then(
    (settings) => settings.uiLanguage,
    () => 'auto' as const,
  );
  const lang = resolveLang(setting, navigator.language);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  render(
    <PopupApp
      catalogue={bundledCatalogue}
      search={bundledSearch()}
      lang={lang}
      openInCatalogue={(id) => void openInCatalogue(id)}
      // Slot: <OnThisPage /> and <SiteControls /> (components/, built by another engineer)
      // go here once they exist.
      extras={undefined}
    />,
    document.getElementById('app')!,
  );
}

void main();
