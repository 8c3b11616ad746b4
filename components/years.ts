/**
 * How the UI writes years and dates: the years a name was in use ("until about 2013",
 * "2009–2020", "from 2021"), a fact's span, the years a partner's calls were seen, a
 * document's date (and the Chinese equivalents). Shared by the search results, the detail
 * views and the card.
 */
import type { Years } from '../core/schema';
import type { Lang } from '../core/i18n';

export function formatYears(years: Years | undefined, lang: Lang): string {
  if (!years || (years.from === undefined && years.to === undefined)) return '';
  const about = years.approximate ? (lang === 'zh' ? '约' : 'about ') : '';
  const { from, to } = years;
  if (from !== undefined && to !== undefined) {
    return lang === 'zh' ? `${about}${from}–${to}年` : `${about}${from}–${to}`;
  }
  if (to !== undefined) return lang === 'zh' ? `${about}${to}年以前` : `until ${about}${to}`;
  return lang === 'zh' ? `${about}${from}年起` : `from ${about}${from}`;
}

/**
 * A document's date as the registry gives it ("2018", "2018-01", "2018-01-19"): ISO in
 * English, 2018年1月19日 in Chinese. Undefined (undated) is the caller's to say.
 */
export function formatDate(date: string, lang: Lang): string {
  if (lang === 'en') return date;
  const [year, month, day] = date.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

/** A span of years: "2021" or "2015–2019" (2015–2019年 in Chinese). */
export function formatSpan(span: { from: number; to: number }, lang: Lang): string {
  const years = span.from === span.to ? String(span.from) : `${span.from}–${span.to}`;
  return lang === 'zh' ? `${years}年` : years;
}

/** A set of years written as runs: "2016–2018, 2020" ("2016–2018、2020年"), sorted, each once. */
export function formatYearList(years: readonly number[], lang: Lang): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  if (runs.length === 0) return '';
  return lang === 'zh' ? `${runs.join('、')}年` : runs.join(', ');
}
