/**
 * How old a dated fact is, and which facts a reader sees first. One rule for the programme
 * facts (data/programs.json, a year written as text: "2024", "2015–2019", "2021, 2024",
 * "undated") and the partner facts (data/partners.json, `year` and `to`):
 *
 * - latest first: by the last year a fact holds for, then by its first year, the file's order
 *   among equals; undated facts last;
 * - a fact is *old* when its last year lies more than five years before the current year
 *   (issue 14: "a fact older than five years says so"); in 2026 a 2020 fact is old, a 2021 one
 *   is not;
 * - shown first: the facts that are not old; when every dated fact is old, the ones of the
 *   newest year, so a reader always sees the latest thing known. The rest (old and undated)
 *   are folded.
 *
 * Pure: no DOM, no browser API. The current year comes in as an argument.
 */

/** The years a fact holds for: `from` = `to` for a single year. */
export interface YearSpan {
  from: number;
  to: number;
}

/** Facts more than this many years behind the current year are old. */
export const OLD_FACT_YEARS = 5;

const YEAR = /(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)/g;

/**
 * Reads the years of a programme fact's `year` text: every four-digit year in it ("2015–2019",
 * "2021, 2024", "2020-2024", "about 2013"); undefined when it names none ("undated").
 */
export function factYears(text: string): YearSpan | undefined {
  const years = [...text.matchAll(YEAR)].map((match) => Number(match[1]));
  if (years.length === 0) return undefined;
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** The span of a partner fact (`year`, and `to` for a range). */
export function partnerFactYears(fact: { year: number; to?: number }): YearSpan {
  return { from: fact.year, to: fact.to ?? fact.year };
}

/** How many whole years lie between the fact's last year and the current year (never negative). */
export function yearsSince(span: YearSpan, currentYear: number): number {
  return Math.max(0, currentYear - span.to);
}

/** More than five years old (OLD_FACT_YEARS): the reader is told so. */
export function isOldFact(span: YearSpan | undefined, currentYear: number): boolean {
  return span !== undefined && yearsSince(span, currentYear) > OLD_FACT_YEARS;
}

/** Latest first (last year, then first year), undated last, stable among equals. */
export function byRecency<T>(items: readonly T[], spanOf: (item: T) => YearSpan | undefined): T[] {
  return items
    .map((item, order) => ({ item, order, span: spanOf(item) }))
    .sort((a, b) => {
      if (!a.span || !b.span) return (a.span ? 0 : 1) - (b.span ? 0 : 1) || a.order - b.order;
      return b.span.to - a.span.to || b.span.from - a.span.from || a.order - b.order;
    })
    .map(({ item }) => item);
}

export interface RecencySplit<T> {
  /** Shown first, latest first. */
  current: T[];
  /** Folded: old facts (latest first), then undated ones. */
  older: T[];
}

/**
 * Splits facts into what a reader sees first and what is folded (the rule at the top of this
 * file). An entry whose facts are all undated shows them all: nothing dated is newer.
 */
export function splitByRecency<T>(
  items: readonly T[],
  spanOf: (item: T) => YearSpan | undefined,
  currentYear: number,
): RecencySplit<T> {
  const ordered = byRecency(items, spanOf);
  const dated = ordered.filter((item) => spanOf(item) !== undefined);
  if (dated.length === 0) return { current: ordered, older: [] };
  let current = dated.filter((item) => !isOldFact(spanOf(item), currentYear));
  if (current.length === 0) {
    const newest = spanOf(dated[0]!)!.to;
    current = dated.filter((item) => spanOf(item)!.to === newest);
  }
  const shown = new Set(current);
  return { current, older: ordered.filter((item) => !shown.has(item)) };
}
