/**
 * Dated facts, latest first: the facts of the last five years (or, when all are older, those of
 * the newest year) open, older and undated ones folded in a <details>. Each fact shows the
 * year it holds for, its source's number, the date of that source ("as of": the figure as that
 * document stated it), and says so when it is more than five years old; under the list, the
 * day the facts were checked against their sources, when the caller knows it. The rules are core/fact-dates.ts; the programme facts and
 * the partner facts both come here.
 */
import type { CitedSource } from '../core/cited-sources';
import { isOldFact, splitByRecency, type YearSpan } from '../core/fact-dates';
import type { Bilingual } from '../core/schema';
import { pick, type Lang } from '../core/i18n';
import { UNDATED_LABEL, INFERRED_LABEL } from './labels';
import { SourceRef } from './SourceList';
import { formatDate, formatSpan } from './years';

const T = {
  asOf: { zh: (date: string) => `截至${date}`, en: (date: string) => `as of ${date}` },
  sourceUndated: { zh: '来源未注明日期', en: 'source undated' },
  old: { zh: '已逾五年', en: 'more than five years old' },
  older: { zh: (n: number) => `较早的数据（${n}条）`, en: (n: number) => `Older figures (${n})` },
  olderUndated: {
    zh: (n: number) => `较早及未注明年份的数据（${n}条）`,
    en: (n: number) => `Older and undated figures (${n})`,
  },
  checked: {
    zh: (date: string) => `以上数据于${date}对照来源核对。`,
    en: (date: string) => `Checked against their sources on ${date}.`,
  },
};

export interface FactItem {
  /** Unique among the list. */
  key: string;
  /** The years the fact holds for; undefined when undated. */
  span: YearSpan | undefined;
  /** The year as the data writes it, when it says more than the span ("2021, 2024"). */
  yearText?: string;
  text: Bilingual;
  sourceKey: string;
  /** What the fact is about (a partner fact's topic and programme), in the UI language. */
  label?: string;
  /** Our reading of the source, not its words. */
  inferred?: boolean;
}

export interface FactListProps {
  facts: readonly FactItem[];
  /** The sources the facts' keys point into (numbered as listed). */
  sources: readonly CitedSource[];
  lang: Lang;
  currentYear: number;
  /** The day the facts were last checked against their sources (YYYY-MM-DD), said under them. */
  checkedOn?: string;
}

export function FactList({ facts, sources, lang, currentYear, checkedOn }: FactListProps) {
  const { current, older } = splitByRecency(facts, (fact) => fact.span, currentYear);
  const rows = (list: readonly FactItem[]) =>
    list.map((fact) => <FactRow key={fact.key} fact={fact} sources={sources} lang={lang} currentYear={currentYear} />);
  const anyUndated = older.some((fact) => fact.span === undefined);
  return (
    <>
      {current.length > 0 && <dl class="gl-facts">{rows(current)}</dl>}
      {older.length > 0 && (
        <details class="gl-facts-older">
          <summary>{pick(anyUndated ? T.olderUndated : T.older, lang)(older.length)}</summary>
          <dl class="gl-facts">{rows(older)}</dl>
        </details>
      )}
      {checkedOn && <p class="gl-facts-checked">{pick(T.checked, lang)(formatDate(checkedOn, lang))}</p>}
    </>
  );
}

function yearLabel(fact: FactItem, lang: Lang): string {
  if (!fact.span) return pick(UNDATED_LABEL, lang);
  if (fact.yearText === undefined || !/[,，、]/.test(fact.yearText)) return formatSpan(fact.span, lang);
  // A list of years ("2021, 2024") is kept as written, in the UI's punctuation.
  return lang === 'zh' ? `${fact.yearText.replace(/\s*[,，、]\s*/g, '、')}年` : fact.yearText;
}

function FactRow(props: { fact: FactItem; sources: readonly CitedSource[]; lang: Lang; currentYear: number }) {
  const { fact, sources, lang } = props;
  const source = sources.find((candidate) => candidate.key === fact.sourceKey);
  const old = isOldFact(fact.span, props.currentYear);
  return (
    <div class={`gl-fact${old ? ' gl-fact-old' : ''}`}>
      <dt>{yearLabel(fact, lang)}</dt>
      <dd>
        {fact.label && <span class="gl-fact-label">{fact.label}</span>}
        {pick(fact.text, lang)}
        {fact.inferred && <span class="gl-badge gl-badge-translation">{pick(INFERRED_LABEL, lang)}</span>}{' '}
        <SourceRef sources={sources} sourceKey={fact.sourceKey} lang={lang} />
        <span class="gl-fact-meta">
          {source && (source.date !== undefined ? pick(T.asOf, lang)(formatDate(source.date, lang)) : pick(T.sourceUndated, lang))}
          {old && <span class="gl-badge gl-badge-old">{pick(T.old, lang)}</span>}
        </span>
      </dd>
    </div>
  );
}
