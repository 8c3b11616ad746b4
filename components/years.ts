/**
 * How the UI writes the years a name was in use: "until about 2013", "2009–2020", "from 2021"
 * (and the Chinese equivalents). Shared by the search results, the detail view and the card.
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
