/**
 * The search box and its results, as an ARIA combobox (WAI-ARIA APG "list autocomplete"):
 * the input keeps focus; ↑/↓ move the active option (wrapping), Enter opens it (or the first
 * result), Esc clears the box. Results appear as the user types, best first: programmes and,
 * when the caller takes them, partners (issue 10). A query that finds nothing says why and
 * offers the nearest thing (core/search-hints.ts).
 * The state (query) belongs to the caller, so it survives a trip to the detail view.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Catalogue } from '../core/catalogue';
import type { Entry } from '../core/schema';
import type { Partner } from '../core/partner-schema';
import type { PartnerCatalogue } from '../core/partners';
import type { Search, SearchResult } from '../core/search';
import { explainEmpty, type EmptyHint } from '../core/search-hints';
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
  hint: {
    'grant-number': {
      zh: '资助编号不在搜索范围内：网页上写出的编号，Grant Lens 会在页面中标注并说明。',
      en: 'Grant numbers are read on pages, not searched: where a page writes one, Grant Lens marks it and explains it.',
    },
    deadline: {
      zh: '截止日期在每年的申报通知里，不在项目目录中：请查看资助机构网站上的当年通知。',
      en: "Deadlines are in the calls, not in the catalogue: see the year's call notice on the funder's site.",
    },
    nearest: {
      zh: '没有这个名称。最接近的：',
      en: 'Nothing by that name. The nearest:',
    },
    nothing: {
      zh: '没有这个名称的项目、合作方或国家。可以输入中文或英文名称、简称或缩写（RFIS、DFG）、拼音（zhongdian）或国家（德国）。',
      en: 'No programme, partner or country by that name. Try a Chinese or English name, a short name or abbreviation (RFIS, DFG), pinyin (zhongdian) or a country (Germany).',
    },
  },
  related: { zh: '相关：', en: 'Related:' },
  numberReads: { zh: '按编号规则，这是：', en: 'By its pattern, this is: ' },
  partnerIn: { zh: (where: string) => `，${where}`, en: (where: string) => `, ${where}` },
};

const RESULT_LIMIT = 12;

export interface QuickSearchProps {
  search: Search;
  lang: Lang;
  query: string;
  onQueryChange(query: string): void;
  onOpen(entry: Entry): void;
  /** The catalogue, for what an empty result offers (the programme a grant number points to). */
  catalogue?: Catalogue;
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
  const { catalogue } = props;
  const hint = useMemo(
    () => (blank || results.length > 0 ? undefined : explainEmpty(query, search, catalogue)),
    [blank, results, query, search, catalogue],
  );
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
      {hint && <EmptyResult hint={hint} partners={partners?.catalogue} lang={lang} onOpen={open} />}
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

/** Why nothing matched, and the nearest results as buttons. */
function EmptyResult(props: { hint: EmptyHint; partners?: PartnerCatalogue; lang: Lang; onOpen(result: SearchResult): void }) {
  const { hint, lang } = props;
  const offers = 'results' in hint ? hint.results.filter((result) => props.partners !== undefined || result.kind === 'entry') : [];
  return (
    <div class={`gl-empty-hint gl-empty-${hint.kind}`}>
      <p class="gl-hint">{pick(T.hint[hint.kind], lang)}</p>
      {hint.kind === 'grant-number' && hint.text && (
        <p class="gl-hint gl-grant-reading">
          {pick(T.numberReads, lang)}
          {pick(hint.text.label, lang)} ({pick(hint.text.rule, lang)})
        </p>
      )}
      {offers.length > 0 && (
        <ul class="gl-nearest" aria-label={pick(hint.kind === 'nearest' ? T.hint.nearest : T.related, lang)}>
          {offers.map((result) => (
            <li key={`${result.kind}:${result.id}`}>
              <button
                type="button"
                class="gl-result gl-nearest-button"
                data-entry-id={result.kind === 'entry' ? result.id : undefined}
                data-partner-id={result.kind === 'partner' ? result.id : undefined}
                onClick={() => props.onOpen(result)}
              >
                <ResultLines result={result} partners={props.partners} lang={lang} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
