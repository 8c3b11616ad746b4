/**
 * What a page mentions, in words: the names of one group (core/mention-groups.ts) as "On this
 * page" shows them, and the whole list as a table for a research office's report (issue 14:
 * programme, partner, count, first sentence), tab-separated with a header so that it pastes
 * into Excel or WPS as cells.
 *
 * Pure: no DOM, no browser API.
 */
import type { Catalogue } from './catalogue';
import type { Lang } from './i18n';
import type { MentionGroupAnswer } from './messages';
import { currentAbbreviation, type PartnerCatalogue } from './partners';
import type { Entry } from './schema';

/** A group's programmes and partners in the UI language, unknown ids left out. */
export interface GroupNames {
  /** Programme names: one, or the candidates of an ambiguous form; none for a partner alone. */
  programmes: string[];
  /** Partner names with their abbreviation: none, one, or the candidates of a 中X prefix. */
  partners: string[];
}

export function groupNames(
  group: Pick<MentionGroupAnswer, 'ids' | 'partners'>,
  catalogue: Catalogue,
  partners: PartnerCatalogue,
  lang: Lang,
): GroupNames {
  return {
    programmes: group.ids.flatMap((id) => {
      const entry = catalogue.byId(id);
      return entry ? [entryName(entry, lang)] : [];
    }),
    partners: group.partners.flatMap((id) => {
      const label = partnerLabel(id, partners, lang);
      return label === undefined ? [] : [label];
    }),
  };
}

/** An entry's name in the UI language: its Chinese name, or its preferred English name. */
export function entryName(entry: Entry, lang: Lang): string {
  return lang === 'zh' ? entry.name.zh : entry.name.en[0].text;
}

/** "German Research Foundation (DFG)": the partner's name and its current abbreviation. */
export function partnerLabel(id: string, partners: PartnerCatalogue, lang: Lang): string | undefined {
  const name = partners.displayName(id, lang);
  if (name === undefined) return undefined;
  const partner = partners.byId(id);
  const abbreviation = partner && currentAbbreviation(partner);
  return abbreviation && abbreviation !== name ? `${name} (${abbreviation})` : name;
}

const HEADER = {
  zh: ['项目', '合作方', '次数', '首次出现的句子'],
  en: ['Programme', 'Partner', 'Count', 'First sentence'],
};

/**
 * The table: a header, then one line per group in the order given (the page's). An ambiguous
 * form's programme cell is the form with its candidates, "RFIS (A / B)"; several candidate
 * partners are joined with " / ". Groups naming nothing this catalogue knows are left out.
 */
export function mentionsTable(
  groups: readonly MentionGroupAnswer[],
  catalogue: Catalogue,
  partners: PartnerCatalogue,
  lang: Lang,
): string {
  const lines = [HEADER[lang]];
  for (const group of groups) {
    const names = groupNames(group, catalogue, partners, lang);
    if (names.programmes.length === 0 && names.partners.length === 0) continue;
    const programme =
      names.programmes.length > 1 ? `${group.text} (${names.programmes.join(' / ')})` : (names.programmes[0] ?? '');
    lines.push([programme, names.partners.join(' / '), String(group.count), group.sentence]);
  }
  return lines.map((cells) => cells.map(cell).join('\t')).join('\n') + '\n';
}

/**
 * One cell as spreadsheets read a pasted line: no tab or line break inside; a cell with a
 * double quote is quoted (quotes doubled); page text that would start a formula (= + - @) is
 * kept as text with a leading apostrophe, as spreadsheets themselves do.
 */
export function cell(text: string): string {
  let value = text.replace(/[\t\r\n]+/g, ' ');
  if (/^[=+\-@]/.test(value)) value = `'${value}`;
  if (value.includes('"')) value = `"${value.replaceAll('"', '""')}"`;
  return value;
}
