/**
 * The search box and its results, as an ARIA combobox (WAI-ARIA APG "list autocomplete"):
 * the input keeps focus; ↑/↓ move the active option (wrapping), Enter opens it (or the first
 * result), Esc clears the box. Results appear as the user types, best first.
 * The state (query) belongs to the caller, so it survives a trip to the detail view.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Entry } from '../core/schema';
import type { Search } from '../core/search';
import { pick, type Lang } from '../core/i18n';
import { MatchBadge } from './MatchBadge';

const T = {
  label: { zh: '搜索项目', en: 'Search programmes' },
  placeholder: {
    zh: '名称、简称、英文或拼音，如 zdgj',
    en: 'Name, short name, pinyin… e.g. RFIS',
  },
  results: { zh: '搜索结果', en: 'Results' },
  none: { zh: '没有找到匹配的项目', en: 'No programme matches' },
  count: {
    zh: (n: number) => `${n} 个结果，用上下方向键选择，回车查看`,
    en: (n: number) => `${n} result${n === 1 ? '' : 's'}; use up and down arrows, Enter to open`,
  },
};

const RESULT_LIMIT = 12;

export interface QuickSearchProps {
  search: Search;
  lang: Lang;
  query: string;
  onQueryChange(query: string): void;
  onOpen(entry: Entry): void;
  /** Prefix of element ids (one combobox per page). */
  idPrefix?: string;
  autoFocus?: boolean;
  inputRef?: { current: HTMLInputElement | null };
}

export function QuickSearch(props: QuickSearchProps) {
  const { search, lang, query, idPrefix = 'gl-search' } = props;
  const results = useMemo(() => search.search(query, RESULT_LIMIT), [search, query]);
  const [active, setActive] = useState(-1);
  const [activeFor, setActiveFor] = useState(query);
  // A new query starts with no active option.
  const activeIndex = activeFor === query && active < results.length ? active : -1;
  const listId = `${idPrefix}-listbox`;
  const optionId = (index: number) => `${idPrefix}-option-${index}`;
  const expanded = query.trim() !== '' && results.length > 0;

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
        props.onOpen(chosen.entry);
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
              key={result.entry.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex ? 'true' : 'false'}
              class={`gl-result${index === activeIndex ? ' gl-result-active' : ''}`}
              data-entry-id={result.entry.id}
              onMouseDown={(event) => event.preventDefault() /* keep focus in the box */}
              onMouseMove={() => index !== activeIndex && move(index)}
              onClick={() => props.onOpen(result.entry)}
            >
              <span class="gl-result-zh" lang="zh-CN">
                {result.entry.name.zh}
              </span>
              <span class="gl-result-en" lang="en">
                {result.entry.name.en[0].text}
              </span>
              <MatchBadge via={result.matchedVia} lang={lang} />
            </li>
          ))}
      </ul>
      <p class="gl-search-status" role="status" aria-live="polite">
        {query.trim() === '' ? '' : results.length === 0 ? pick(T.none, lang) : pick(T.count, lang)(results.length)}
      </p>
    </div>
  );
}
