/**
 * Catalogue page wiring: reads the route from the address (and follows it on back/forward
 * and in-page links), the UI language from the settings (and follows changes to it), and
 * renders the catalogue.
 */
import { render } from 'preact';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { resolveLang, type Lang, type LangSetting } from '../../core/i18n';
import { bundledSearch } from '../../components/bundled-search';
import { CatalogueApp } from '../../components/CatalogueApp';
import { entryHash, parseCatalogueRoute } from '../../core/routes';
import { getSettings, watchSettings } from '../shared/settings-store';
import '../../components/theme.css';
import '../../components/entry.css';
import '../../components/catalogue.css';

const root = document.getElementById('app')!;

function show(lang: Lang): void {
  render(
    <CatalogueApp
      catalogue={bundledCatalogue}
      search={bundledSearch()}
      lang={lang}
      route={parseCatalogueRoute(location.hash, location.search)}
      navigate={(id) => {
        location.hash = entryHash(id);
      }}
    />,
    root,
  );
}

function languageOf(setting: LangSetting): Lang {
  const lang = resolveLang(setting, navigator.language);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  return lang;
}

async function main(): Promise<void> {
  const setting = await getSettings().then(
    (settings) => settings.uiLanguage,
    () => 'auto' as const,
  );
  let lang = languageOf(setting);
  show(lang);
  window.addEventListener('hashchange', () => show(lang));
  // The page stays open in its tab; a language chosen meanwhile in Settings applies at once.
  watchSettings((settings) => {
    lang = languageOf(settings.uiLanguage);
    show(lang);
  });
}

void main();
