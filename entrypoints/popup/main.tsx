/**
 * Popup wiring: the UI language (settings, else the browser's), the bundled catalogue and its
 * search, the one browser call the search UI needs (open the catalogue page in a tab), and the
 * sections about the current page (OnThisPage, SiteControls).
 */
import { render } from 'preact';
import { browser } from '#imports';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { resolveLang } from '../../core/i18n';
import { bundledSearch } from '../../components/bundled-search';
import { catalogueEntryPath } from '../../core/routes';
import { OnThisPage } from '../../components/OnThisPage';
import { PopupApp } from '../../components/PopupApp';
import { SiteControls } from '../../components/SiteControls';
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
      onThisPage={<OnThisPage lang={lang} />}
      siteControls={<SiteControls lang={lang} />}
    />,
    document.getElementById('app')!,
  );
}

void main();
