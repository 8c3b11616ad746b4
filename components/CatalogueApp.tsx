/**
 * The catalogue page (a full tab): the whole catalogue as a tree beside the entry it shows,
 * with the popup's search above. The address is the state: `#/entry/<id>` selects an entry
 * (deep links, back and forward work), `?q=` opens with a search (the context menu).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Catalogue } from '../core/catalogue';
import type { Entry } from '../core/schema';
import type { Search } from '../core/search';
import { pick, type Lang } from '../core/i18n';
import { entryHash, type CatalogueRoute } from '../core/routes';
import { CopyNameButton } from './CopyNameButton';
import { EntryDetail, relatedOf } from './EntryDetail';
import { EntryTree } from './EntryTree';
import { QuickSearch } from './QuickSearch';

const T = {
  title: { zh: '项目目录', en: 'Programme catalogue' },
  tagline: {
    zh: '中国国际科技合作资助项目（科技部国家重点研发计划、国家自然科学基金）',
    en: "China's international S&T cooperation funding programmes (MOST National Key R&D Program, NSFC)",
  },
  tree: { zh: '目录', en: 'Catalogue' },
  pick: {
    zh: '在左侧目录中选择一个项目，或在上方搜索。',
    en: 'Choose a programme in the catalogue, or search above.',
  },
  unknown: {
    zh: (id: string) => `目录中没有编号为“${id}”的条目。`,
    en: (id: string) => `The catalogue has no entry with the id “${id}”.`,
  },
};

export interface CatalogueAppProps {
  catalogue: Catalogue;
  search: Search;
  lang: Lang;
  route: CatalogueRoute;
  /** Shows an entry: the page sets `location.hash`, which comes back as a new route. */
  navigate(id: string): void;
}

export function CatalogueApp(props: CatalogueAppProps) {
  const { catalogue, search, lang, route } = props;
  const [query, setQuery] = useState(route.query);
  // `?q=` without an entry (the context menu's look-up) shows the best match straight away,
  // with the other results still listed under the box; it stays until another entry is opened.
  const [lookedUp] = useState(() => {
    const best = route.query === '' ? undefined : search.search(route.query, 1)[0];
    return best?.kind === 'entry' ? best.entry : undefined;
  });
  const entry = route.entryId !== undefined ? catalogue.byId(route.entryId) : lookedUp;

  // A new entry scrolls its detail into view and takes focus there (heading), as a page would.
  useEffect(() => {
    if (entry) document.getElementById('gl-entry-heading')?.focus();
    document.title = entry ? `${entry.name.zh} · Grant Lens` : `${pick(T.title, lang)} · Grant Lens`;
  }, [entry, lang]);

  const open = (chosen: Entry) => {
    setQuery('');
    props.navigate(chosen.id);
  };

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
          idPrefix="gl-catalogue-search"
          autoFocus={!entry}
        />
      </header>
      <div class="gl-catalogue-body">
        <EntryTree
          catalogue={catalogue}
          lang={lang}
          selectedId={entry?.id}
          hrefFor={entryHash}
          label={T.tree}
        />
        <main class="gl-catalogue-main">
          {entry ? (
            <EntryDetail
              entry={entry}
              path={catalogue.parentChain(entry.id)}
              children={catalogue.children(entry.id)}
              related={relatedOf(catalogue, entry)}
              lang={lang}
              level={1}
              headingId="gl-entry-heading"
              focusableHeading
              hrefFor={entryHash}
              actions={<CopyNameButton text={entry.name.zh} lang={lang} />}
            />
          ) : (
            <>
              <h1 class="gl-visually-hidden">{pick(T.title, lang)}</h1>
              <p class="gl-placeholder" role={route.entryId ? 'alert' : undefined}>
                {route.entryId ? pick(T.unknown, lang)(route.entryId) : pick(T.pick, lang)}
              </p>
            </>
          )}
        </main>
      </div>
    </div>
  );
}
