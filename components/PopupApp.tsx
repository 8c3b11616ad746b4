/**
 * The toolbar popup: quick search, the families when the box is empty, and the detail view
 * of one entry (copy its name, open it in the catalogue page). Browser calls stay in
 * entrypoints/popup/main.tsx and come in as callbacks, so this renders in happy-dom.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Catalogue } from '../core/catalogue';
import type { Entry } from '../core/schema';
import type { Search } from '../core/search';
import { pick, type Lang } from '../core/i18n';
import { CopyNameButton } from './CopyNameButton';
import { EntryDetail, relatedOf } from './EntryDetail';
import { EntryTree } from './EntryTree';
import { QuickSearch } from './QuickSearch';

const T = {
  tagline: {
    zh: '国际科技合作资助项目速查',
    en: "China's international S&T cooperation programmes",
  },
  families: { zh: '项目目录', en: 'Catalogue' },
  back: { zh: '返回搜索', en: 'Back to search' },
  open: { zh: '在目录中打开', en: 'Open in catalogue' },
};

export interface PopupAppProps {
  catalogue: Catalogue;
  search: Search;
  lang: Lang;
  openInCatalogue(id: string): void;
  /** The programmes the current page mentions (OnThisPage), above the catalogue while the box is empty. */
  onThisPage?: ComponentChildren;
  /** Highlighting switch for the current site (SiteControls), below the catalogue. */
  siteControls?: ComponentChildren;
}

export function PopupApp(props: PopupAppProps) {
  const { catalogue, search, lang } = props;
  const [query, setQuery] = useState('');
  const [detailId, setDetailId] = useState<string | undefined>();
  const input = useRef<HTMLInputElement | null>(null);
  const detail = detailId === undefined ? undefined : catalogue.byId(detailId);

  // Focus follows the view: the heading of a detail view (read first), the box on return.
  useEffect(() => {
    if (detail) document.getElementById('gl-detail-heading')?.focus();
    else input.current?.focus();
  }, [detail]);

  const open = (entry: Entry) => setDetailId(entry.id);
  const back = () => setDetailId(undefined);

  return (
    <div class="gl-popup" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header class="gl-popup-header">
        <span class="gl-logo" aria-hidden="true">
          ◎
        </span>
        <h1 class="gl-title">Grant Lens</h1>
        <span class="gl-tagline">{pick(T.tagline, lang)}</span>
      </header>

      {detail ? (
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
            {pick(T.back, lang)}
          </button>
          <EntryDetail
            entry={detail}
            path={catalogue.parentChain(detail.id)}
            children={catalogue.children(detail.id)}
            related={relatedOf(catalogue, detail)}
            lang={lang}
            level={2}
            headingId="gl-detail-heading"
            focusableHeading
            onSelect={(id) => setDetailId(id)}
            actions={
              <>
                <CopyNameButton text={detail.name.zh} lang={lang} />
                <button type="button" class="gl-button" onClick={() => props.openInCatalogue(detail.id)}>
                  {pick(T.open, lang)}
                </button>
              </>
            }
          />
        </main>
      ) : (
        <main class="gl-search-view">
          <QuickSearch
            search={search}
            lang={lang}
            query={query}
            onQueryChange={setQuery}
            onOpen={open}
            inputRef={input}
            autoFocus
          />
          {query.trim() === '' && (
            <>
              {props.onThisPage}
              <section class="gl-popup-catalogue" aria-labelledby="gl-popup-catalogue-title">
                <h2 class="gl-popup-section-title" id="gl-popup-catalogue-title">
                  {pick(T.families, lang)}
                </h2>
                <EntryTree catalogue={catalogue} lang={lang} depth={2} onSelect={open} label={T.families} />
              </section>
              {props.siteControls}
            </>
          )}
        </main>
      )}
    </div>
  );
}
