/**
 * The search box and its results, as an ARIA combobox (WAI-ARIA APG "list autocomplete"):
 * the input keeps focus; ↑/↓ move the active option (wrapping), Enter opens it (or the first
 * result), Esc clears the box. Results appear as the user types, best first: programmes and,
 * when the caller takes them, partners (issue 10).
 * The state (query) belongs to the caller, so it survives a trip to the detail view.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Entry } from '../core/schema';
import type { Partner } from '../core/partner-schema';
import type { PartnerCatalogue } from '../core/partners';
import type { Search, SearchResult } from '../core/search';
import { pick, type Lang } from '../core/i18n';
import { HISTORICAL_LABEL, PARTNER_KIND_LABEL } from './labels';
import { MatchBadge } from './MatchBadge';
import { formatYears } from './years';

const T = {
  label: { zh: '搜索项目和合作方', en: 'Search programmes and partners' },
  placeholder: {
    zh: '中英文名称、简称、拼音或国家，如 DFG',
    en: 'Name, pinyin, country… e.g. RFIS, DFG',
  },
  results: { zh: '搜索结果', en: 'Results' },
  none: { zh: '没有找到匹配的项目或合作方', en: 'No programme or partner matches' },
  count: {
    zh: (n: number) => `${n} 个结果，用上下方向键选择，回车查看`,
    en: (n: number) => `${n} result${n === 1 ? '' : 's'}; use up and down arrows, Enter to open`,
  },
  partnerIn: { zh: (where: string) => `，${where}`, en: (where: string) => `, ${where}` },
};

const RESULT_LIMIT = 12;

export interface QuickSearchProps {
  search: Search;
  lang: Lang;
  query: string;
  onQueryChange(query: string): void;
  onOpen(entry: Entry): void;
  /** Partner results are listed only when the caller can open them (and name them). */
  partners?: { catalogue: PartnerCatalogue; onOpen(partner: Partner): void };
  /** Prefix of element ids (one combobox per page). */
  idPrefix?: string;
  autoFocus?: boolean;
  inputRef?: { current: HTMLInputElement | null };
}

export function QuickSearch(props: QuickSearchProps) {
  const { search, lang, query, idPrefix = 'gl-search', partners } = props;
  const results = useMemo(
    () => search.search(query, RESULT_LIMIT).filter((result) => partners !== undefined || result.kind === 'entry'),
    [search, query, partners],
  );
  const blank = query.trim() === '';
  const [active, setActive] = useState(-1);
  const [activeFor, setActiveFor] = useState(query);
  // A new query starts with no active option.
  const activeIndex = activeFor === query && active < results.length ? active : -1;
  const listId = `${idPrefix}-listbox`;
  const optionId = (index: number) => `${idPrefix}-option-${index}`;
  const expanded = !blank && results.length > 0;

  function open(result: SearchResult) {
    if (result.kind === 'entry') props.onOpen(result.entry);
    else partners?.onOpen(result.partner);
  }

  function move(to: number) {
    setActiveFor(query);
    setActive(to);
  }

  function onKeyDown(event: KeyboardEvent) {
    const count = results.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        move(activeIndex < 0 || activeIndex >= count - 1 ? 0 : activeIndex + 1);
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        move(activeIndex <= 0 ? count - 1 : activeIndex - 1);
        break;
      case 'Enter': {
        const chosen = results[activeIndex < 0 ? 0 : activeIndex];
        if (!chosen) return;
        event.preventDefault();
        open(chosen);
        break;
      }
      case 'Escape':
        // Clears a query; on an empty box Esc is left to the browser (closes the popup).
        if (query === '') return;
        event.preventDefault();
        props.onQueryChange('');
        move(-1);
        break;
    }
  }

  return (
    <div class="gl-search">
      <label class="gl-visually-hidden" for={`${idPrefix}-input`}>
        {pick(T.label, lang)}
      </label>
      <input
        id={`${idPrefix}-input`}
        ref={props.inputRef}
        class="gl-search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded ? 'true' : 'false'}
        aria-controls={listId}
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        placeholder={pick(T.placeholder, lang)}
        value={query}
        autoFocus={props.autoFocus}
        onInput={(event) => props.onQueryChange((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        class="gl-results"
        role="listbox"
        aria-label={pick(T.results, lang)}
        hidden={!expanded}
      >
        {expanded &&
          results.map((result, index) => (
            <li
              key={`${result.kind}:${result.id}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex ? 'true' : 'false'}
              class={`gl-result gl-result-${result.kind}${index === activeIndex ? ' gl-result-active' : ''}`}
              data-entry-id={result.kind === 'entry' ? result.id : undefined}
              data-partner-id={result.kind === 'partner' ? result.id : undefined}
              onMouseDown={(event) => event.preventDefault() /* keep focus in the box */}
              onMouseMove={() => index !== activeIndex && move(index)}
              onClick={() => open(result)}
            >
              <ResultLines result={result} partners={partners?.catalogue} lang={lang} />
            </li>
          ))}
      </ul>
      <p class="gl-search-status" role="status" aria-live="polite">
        {blank ? '' : results.length === 0 ? pick(T.none, lang) : pick(T.count, lang)(results.length)}
      </p>
    </div>
  );
}

/** The lines of one result: names, what it is when that matters, and how it matched. */
function ResultLines({ result, partners, lang }: { result: SearchResult; partners?: PartnerCatalogue; lang: Lang }) {
  if (result.kind === 'entry') {
    const { entry } = result;
    return (
      <>
        <span class="gl-result-zh" lang="zh-CN">
          {entry.name.zh}
        </span>
        <span class="gl-result-en" lang="en">
          {entry.name.en[0].text}
        </span>
        {entry.years?.to !== undefined && (
          <span class="gl-match">
            <span class="gl-badge gl-badge-historical">{pick(HISTORICAL_LABEL, lang)}</span>
            <span>{formatYears(entry.years, lang)}</span>
          </span>
        )}
        <MatchBadge via={result.matchedVia} lang={lang} />
      </>
    );
  }
  const { partner } = result;
  const zh = partners?.displayName(partner.id, 'zh') ?? partner.id;
  const en = partners?.displayName(partner.id, 'en');
  const countries = partner.countries.flatMap((code) => partners?.country(code) ?? []);
  const where = countries.map((country) => pick(country.name, lang)).join(' / ');
  return (
    <>
      <span class="gl-result-zh" lang={/\p{Script=Han}/u.test(zh) ? 'zh-CN' : 'en'}>
        {zh}
      </span>
      {en && en !== zh && (
        <span class="gl-result-en" lang="en">
          {en}
        </span>
      )}
      <span class="gl-match">
        <span class="gl-badge gl-badge-partner">
          {pick(PARTNER_KIND_LABEL[partner.kind], lang)}
          {where && pick(T.partnerIn, lang)(where)}
        </span>
      </span>
      <MatchBadge via={result.matchedVia} lang={lang} />
    </>
  );
}
