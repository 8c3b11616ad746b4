/**
 * The toolbar popup: quick search, the families when the box is empty, and the detail view
 * of one entry (copy its name, open it in the catalogue page) or one partner (its calls,
 * facts and sources; a call opens the programme). Browser calls stay in
 * entrypoints/popup/main.tsx and come in as callbacks, so this renders in happy-dom.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Catalogue } from '../core/catalogue';
import type { Partner } from '../core/partner-schema';
import type { PartnerCatalogue } from '../core/partners';
import type { Entry } from '../core/schema';
import type { Search } from '../core/search';
import type { SourceRegistry } from '../core/sources';
import type { CatalogueView } from '../core/routes';
import { pick, type Lang } from '../core/i18n';
import { CopyNameButton } from './CopyNameButton';
import { EntryDetail, relatedOf } from './EntryDetail';
import { EntryTree } from './EntryTree';
import { partnerName } from './partner-text';
import { PartnerDetail } from './PartnerDetail';
import { QuickSearch } from './QuickSearch';

const T = {
  tagline: {
    zh: '国际科技合作资助项目速查',
    en: "China's international S&T cooperation programmes",
  },
  families: { zh: '项目目录', en: 'Catalogue' },
  back: { zh: '返回搜索', en: 'Back to search' },
  backOne: { zh: '返回', en: 'Back' },
  open: { zh: '在目录中打开', en: 'Open in catalogue' },
};

/** A detail view: an entry of the catalogue or a partner. */
type Shown = { kind: 'entry' | 'partner'; id: string };

export interface PopupAppProps {
  catalogue: Catalogue;
  search: Search;
  lang: Lang;
  /** The partners and the source registry they cite: with them, the search lists partners too. */
  partners?: { catalogue: PartnerCatalogue; sources: SourceRegistry };
  /** Opens the catalogue page at a view (an entry, a partner, the partners of a country). */
  openInCatalogue(view: CatalogueView): void;
  /**
   * The sections about the current page (PagePanel: the site switch, scan once, what the page
   * mentions), between the search box and the catalogue while the box is empty.
   */
  pagePanel?: ComponentChildren;
}

export function PopupApp(props: PopupAppProps) {
  const { catalogue, search, lang } = props;
  const [query, setQuery] = useState('');
  /** The detail views opened, the current one last: Back returns to the one before. */
  const [trail, setTrail] = useState<readonly Shown[]>([]);
  const input = useRef<HTMLInputElement | null>(null);
  const shown = trail.at(-1);
  const detail = shown?.kind === 'entry' ? catalogue.byId(shown.id) : undefined;
  const partner = shown?.kind === 'partner' ? props.partners?.catalogue.byId(shown.id) : undefined;

  // Focus follows the view: the heading of a detail view (read first), the box on return.
  useEffect(() => {
    if (detail || partner) document.getElementById('gl-detail-heading')?.focus();
    else input.current?.focus();
  }, [detail, partner]);

  const show = (next: Shown) => setTrail((previous) => [...previous, next]);
  const open = (entry: Entry) => show({ kind: 'entry', id: entry.id });
  const openPartner = (chosen: Partner) => show({ kind: 'partner', id: chosen.id });
  const showEntry = (id: string) => show({ kind: 'entry', id });
  const back = () => setTrail((previous) => previous.slice(0, -1));
  /** A link inside a detail view: entries and partners open here, the catalogue's own views there. */
  const navigate = (view: CatalogueView) => {
    if (view.kind === 'entry' || view.kind === 'partner') show(view);
    else props.openInCatalogue(view);
  };
  const searchPartners = props.partners && { catalogue: props.partners.catalogue, onOpen: openPartner };

  return (
    <div class="gl-popup" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header class="gl-popup-header">
        <span class="gl-logo" aria-hidden="true">
          ◎
        </span>
        <h1 class="gl-title">Grant Lens</h1>
        <span class="gl-tagline">{pick(T.tagline, lang)}</span>
      </header>

      {detail || partner ? (
        <main
          class="gl-detail-view"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              back();
            }
          }}
        >
          <button type="button" class="gl-back" onClick={back}>
            <span aria-hidden="true">← </span>
            {pick(trail.length > 1 ? T.backOne : T.back, lang)}
          </button>
          {detail && (
            <EntryDetail
              entry={detail}
              path={catalogue.parentChain(detail.id)}
              children={catalogue.children(detail.id)}
              related={relatedOf(catalogue, detail)}
              lang={lang}
              level={2}
              headingId="gl-detail-heading"
              focusableHeading
              onSelect={showEntry}
              actions={
                <>
                  <CopyNameButton text={detail.name.zh} lang={lang} />
                  <button type="button" class="gl-button" onClick={() => props.openInCatalogue({ kind: 'entry', id: detail.id })}>
                    {pick(T.open, lang)}
                  </button>
                </>
              }
            />
          )}
          {partner && props.partners && (
            <PartnerDetail
              partner={partner}
              partners={props.partners.catalogue}
              catalogue={catalogue}
              registry={props.partners.sources}
              lang={lang}
              level={2}
              headingId="gl-detail-heading"
              focusableHeading
              onNavigate={navigate}
              actions={
                <>
                  <CopyNameButton text={partnerName(props.partners.catalogue, partner, 'zh')} lang={lang} />
                  <button type="button" class="gl-button" onClick={() => props.openInCatalogue({ kind: 'partner', id: partner.id })}>
                    {pick(T.open, lang)}
                  </button>
                </>
              }
            />
          )}
        </main>
      ) : (
        <main class="gl-search-view">
          <QuickSearch
            search={search}
            lang={lang}
            query={query}
            onQueryChange={setQuery}
            onOpen={open}
            catalogue={catalogue}
            partners={searchPartners}
            inputRef={input}
            autoFocus
          />
          {query.trim() === '' && (
            <>
              {props.pagePanel}
              <section class="gl-popup-catalogue" aria-labelledby="gl-popup-catalogue-title">
                <h2 class="gl-popup-section-title" id="gl-popup-catalogue-title">
                  {pick(T.families, lang)}
                </h2>
                <EntryTree catalogue={catalogue} lang={lang} depth={2} onSelect={open} label={T.families} />
              </section>
            </>
          )}
        </main>
      )}
    </div>
  );
}
