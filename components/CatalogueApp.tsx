/**
 * The catalogue page (a full tab): the view its address names beside the catalogue tree, with
 * the popup's search above. The address is the state (core/routes.ts): `#/entry/<id>` an
 * entry, `#/partner/<id>` a partner, `#/partners` every partner by country, anything else
 * the overview; `?q=` opens with a search (the context menu). Deep links, back and forward work.
 *
 * The view comes first in the document and the tree after it: wide windows place the tree on
 * the left (catalogue.css), narrow ones (≤ 800 px) show the view above the tree, so a link
 * opened from a card in a narrow window shows its entry first.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Catalogue } from '../core/catalogue';
import type { PartnerCatalogue } from '../core/partners';
import type { Partner } from '../core/partner-schema';
import type { Entry } from '../core/schema';
import type { Search } from '../core/search';
import type { SourceRegistry } from '../core/sources';
import { pick, type Lang } from '../core/i18n';
import { catalogueHash, entryHash, partnerHash, type CatalogueRoute, type CatalogueView } from '../core/routes';
import { CatalogueOverview } from './CatalogueOverview';
import { CopyNameButton } from './CopyNameButton';
import { EntryDetail, relatedOf } from './EntryDetail';
import { EntryTree } from './EntryTree';
import { partnerName } from './partner-text';
import { PartnerDetail } from './PartnerDetail';
import { PartnersView } from './PartnersView';
import { QuickSearch } from './QuickSearch';

const T = {
  title: { zh: '项目目录', en: 'Programme catalogue' },
  tagline: {
    zh: '中国国际科技合作资助项目（科技部国家重点研发计划、国家自然科学基金）',
    en: "Funding programmes for China's international S&T cooperation, from MOST and NSFC",
  },
  tree: { zh: '目录', en: 'Catalogue' },
  views: { zh: '页面', en: 'Pages' },
  overview: { zh: '概览', en: 'Overview' },
  partners: { zh: '合作伙伴（按国家）', en: 'Partners by country' },
  unknownEntry: {
    zh: (id: string) => `目录中没有编号为“${id}”的条目。`,
    en: (id: string) => `The catalogue has no entry with the id “${id}”.`,
  },
  unknownPartner: {
    zh: (id: string) => `目录中没有编号为“${id}”的合作伙伴。`,
    en: (id: string) => `The catalogue has no partner with the id “${id}”.`,
  },
};

/** Id of the heading each view puts first; focus moves there when the view changes. */
const HEADING_ID = 'gl-entry-heading';

export interface CatalogueAppProps {
  catalogue: Catalogue;
  partners: PartnerCatalogue;
  search: Search;
  lang: Lang;
  route: CatalogueRoute;
  /** The source registry (the bundled one unless a test passes another). */
  registry?: SourceRegistry;
  /** The year facts are dated against; this year unless given. */
  currentYear?: number;
  /** Shows a view: the page sets `location.hash`, which comes back as a new route. */
  navigate(view: CatalogueView): void;
}

export function CatalogueApp(props: CatalogueAppProps) {
  const { catalogue, partners, search, lang, route } = props;
  const { view } = route;
  const [query, setQuery] = useState(route.query);
  // `?q=` on the overview (the context menu's look-up) shows the best match straight away, with
  // the other results still listed under the box; it stays until another view is opened.
  const [lookedUp] = useState(() => {
    const best = route.query === '' ? undefined : search.search(route.query, 1)[0];
    return best?.kind === 'entry' ? best.entry : undefined;
  });
  const entry =
    view.kind === 'entry' ? catalogue.byId(view.id) : view.kind === 'overview' ? lookedUp : undefined;
  const partner = view.kind === 'partner' ? partners.byId(view.id) : undefined;
  const viewKey = entry ? `entry:${entry.id}` : catalogueHash(view);

  // A new view takes focus at its heading, as a new page would; a page opened on the overview or
  // the partners view leaves it in the search box. `#/partners/<code>` scrolls to that country.
  const opened = useRef(false);
  useEffect(() => {
    document.title = `${titleOf()} · Grant Lens`;
    const first = !opened.current;
    opened.current = true;
    if (view.kind === 'partners' && view.country) {
      const heading = document.getElementById(`gl-country-${view.country}-title`);
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
      return;
    }
    if (first && !entry && !partner) return;
    document.getElementById(HEADING_ID)?.focus();
  }, [viewKey, lang]);

  function titleOf(): string {
    if (entry) return entry.name.zh;
    if (partner) return partnerName(partners, partner, lang);
    if (view.kind === 'partners') return pick(T.partners, lang);
    return pick(T.title, lang);
  }

  const open = (chosen: Entry) => {
    setQuery('');
    props.navigate({ kind: 'entry', id: chosen.id });
  };
  const openPartner = (chosen: Partner) => {
    setQuery('');
    props.navigate({ kind: 'partner', id: chosen.id });
  };
  const hrefFor = (target: CatalogueView) => catalogueHash(target);

  return (
    <div class="gl-catalogue" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header class="gl-catalogue-header">
        <div class="gl-catalogue-brand">
          <span class="gl-logo" aria-hidden="true">
            ◎
          </span>
          <div>
            <p class="gl-title">Grant Lens · {pick(T.title, lang)}</p>
            <p class="gl-tagline">{pick(T.tagline, lang)}</p>
          </div>
        </div>
        <QuickSearch
          search={search}
          lang={lang}
          query={query}
          onQueryChange={setQuery}
          onOpen={open}
          catalogue={catalogue}
          partners={{ catalogue: partners, onOpen: openPartner }}
          idPrefix="gl-catalogue-search"
          autoFocus={!entry && !partner && view.kind !== 'partners'}
        />
      </header>
      <div class="gl-catalogue-body">
        <main class="gl-catalogue-main">
          {entry ? (
            <EntryDetail
              entry={entry}
              path={catalogue.parentChain(entry.id)}
              children={catalogue.children(entry.id)}
              related={relatedOf(catalogue, entry)}
              lang={lang}
              level={1}
              headingId={HEADING_ID}
              focusableHeading
              hrefFor={entryHash}
              partnerCatalogue={partners}
              partnerHrefFor={partnerHash}
              registry={props.registry}
              currentYear={props.currentYear}
              asOf={catalogue.asOf}
              actions={<CopyNameButton text={entry.name.zh} lang={lang} />}
            />
          ) : partner ? (
            <PartnerDetail
              partner={partner}
              partners={partners}
              catalogue={catalogue}
              lang={lang}
              level={1}
              headingId={HEADING_ID}
              focusableHeading
              hrefFor={hrefFor}
              registry={props.registry}
              currentYear={props.currentYear}
            />
          ) : view.kind === 'entry' || view.kind === 'partner' ? (
            <>
              <h1 class="gl-visually-hidden">{pick(T.title, lang)}</h1>
              <p class="gl-placeholder" role="alert">
                {pick(view.kind === 'entry' ? T.unknownEntry : T.unknownPartner, lang)(view.id)}
              </p>
            </>
          ) : view.kind === 'partners' ? (
            <PartnersView
              partners={partners}
              catalogue={catalogue}
              lang={lang}
              partnerHrefFor={partnerHash}
              entryHrefFor={entryHash}
              headingId={HEADING_ID}
            />
          ) : (
            <CatalogueOverview
              catalogue={catalogue}
              partners={partners}
              lang={lang}
              entryHrefFor={entryHash}
              partnerHrefFor={partnerHash}
              partnersHref={catalogueHash({ kind: 'partners' })}
              headingId={HEADING_ID}
            />
          )}
        </main>
        <div class="gl-catalogue-side">
          <nav class="gl-views" aria-label={pick(T.views, lang)}>
            <a href={catalogueHash({ kind: 'overview' })} aria-current={view.kind === 'overview' && !entry ? 'page' : undefined}>
              {pick(T.overview, lang)}
            </a>
            <a
              href={catalogueHash({ kind: 'partners' })}
              aria-current={view.kind === 'partners' ? 'page' : view.kind === 'partner' ? 'true' : undefined}
            >
              {pick(T.partners, lang)}
            </a>
          </nav>
          <EntryTree catalogue={catalogue} lang={lang} selectedId={entry?.id} hrefFor={entryHash} label={T.tree} />
        </div>
      </div>
    </div>
  );
}
