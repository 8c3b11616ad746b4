/**
 * The top of an entry wherever it is shown (popup detail, catalogue page, hover card):
 * Chinese name, preferred English name (marked when it is only a translation),
 * funder and managing agency, and the family path above it.
 */
import { FUNDER_NAMES } from '../core/catalogue';
import type { Entry } from '../core/schema';
import { pick, type Lang } from '../core/i18n';
import { ENTRY_KIND_LABEL, HISTORICAL_LABEL, NAME_STATUS_LABEL } from './labels';
import { formatYears } from './years';

const T = {
  path: { zh: '所属', en: 'Part of' },
  // The colon belongs to the label: full width in Chinese (资助机构：), ASCII and a space in English.
  funder: { zh: '资助机构：', en: 'Funder: ' },
  agency: { zh: '管理机构：', en: 'Managed by: ' },
  translationHint: {
    zh: '非官方英文名：资助机构未使用此英文名',
    en: 'Not an official English name: the funder does not use it',
  },
};

export interface EntryHeaderProps {
  entry: Entry;
  /** Ancestors of the entry, the family first (Catalogue.parentChain). */
  path: readonly Entry[];
  lang: Lang;
  /** Heading level of the Chinese name; the card and the pages nest it differently. */
  level?: 1 | 2 | 3;
  /** Id of the heading element, for aria-labelledby. */
  headingId?: string;
  /** Lets a view move focus to the heading (tabindex -1), e.g. when a detail view opens. */
  focusableHeading?: boolean;
}

export function EntryHeader(props: EntryHeaderProps) {
  const { entry, path, lang, level = 2, headingId } = props;
  const Heading = `h${level}` as const;
  const english = entry.name.en[0];
  return (
    <header class="gl-entry-header">
      {path.length > 0 && (
        <nav class="gl-path" aria-label={pick(T.path, lang)}>
          {path.map((ancestor, index) => (
            <span key={ancestor.id}>
              {index > 0 && <span aria-hidden="true"> › </span>}
              <span lang={lang === 'zh' ? 'zh-CN' : 'en'}>
                {lang === 'zh' ? ancestor.name.zh : ancestor.name.en[0].text}
              </span>
            </span>
          ))}
        </nav>
      )}
      <Heading
        class="gl-name-zh"
        id={headingId}
        lang="zh-CN"
        tabIndex={props.focusableHeading ? -1 : undefined}
      >
        {entry.name.zh}
      </Heading>
      <p class="gl-name-en" lang="en">
        {english.text}
        {english.status === 'translation' && (
          <span class="gl-badge gl-badge-translation" title={pick(T.translationHint, lang)}>
            {pick(NAME_STATUS_LABEL.translation, lang)}
          </span>
        )}
      </p>
      <p class="gl-meta">
        <span class="gl-kind">{pick(ENTRY_KIND_LABEL[entry.kind], lang)}</span>
        {entry.years?.to !== undefined && (
          <>
            <span aria-hidden="true"> · </span>
            <span class="gl-badge gl-badge-historical">{pick(HISTORICAL_LABEL, lang)}</span>{' '}
            <span>{formatYears(entry.years, lang)}</span>
          </>
        )}
        <span aria-hidden="true"> · </span>
        <span>
          {pick(T.funder, lang)}
          {pick(FUNDER_NAMES[entry.funder], lang)}
        </span>
        {entry.agency && (
          <>
            <span aria-hidden="true"> · </span>
            <span>
              {pick(T.agency, lang)}
              {pick(entry.agency, lang)}
            </span>
          </>
        )}
      </p>
    </header>
  );
}
