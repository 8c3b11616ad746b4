/**
 * Catalogue page wiring: reads the route from the address (and follows it on back/forward
 * and in-page links), the UI language from the settings (and follows changes to it), and
 * renders the catalogue.
 */
import { render } from 'preact';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledPartners } from '../../core/bundled-partners';
import { resolveLang, type Lang } from '../../core/i18n';
import { catalogueHash, parseCatalogueRoute } from '../../core/routes';
import { bundledSearch } from '../../components/bundled-search';
import { CatalogueApp } from '../../components/CatalogueApp';
import { ClipboardContext } from '../../components/clipboard-context';
import { createClipboard } from '../../services/clipboard';
import { createSettingsService, messageSettingsWriter } from '../../services/settings';
import { browserLanguage } from '../../services/ui-language';
import '../../components/theme.css';
import '../../components/entry.css';
import '../../components/catalogue.css';

const root = document.getElementById('app')!;
let lang: Lang | undefined;
const clipboard = createClipboard({ fallbackRoot: () => document.body });

function show(): void {
  if (!lang) return; // not before the language is known
  render(
    <ClipboardContext.Provider value={clipboard}>
      <CatalogueApp
        catalogue={bundledCatalogue}
        partners={bundledPartners}
        search={bundledSearch()}
        lang={lang}
        route={parseCatalogueRoute(location.hash, location.search)}
        navigate={(view) => {
          location.hash = catalogueHash(view);
        }}
      />
    </ClipboardContext.Provider>,
    root,
  );
}

window.addEventListener('hashchange', show);
// The page stays open in its tab; a language chosen meanwhile in Settings applies at once.
createSettingsService(messageSettingsWriter).subscribe(({ settings }) => {
  lang = resolveLang(settings.uiLanguage, browserLanguage());
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  show();
});
