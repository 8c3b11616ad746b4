/**
 * Contracts shared across the core, the page engine and the UI.
 * Pure: no DOM, no browser API.
 */
import type { Alias, EnglishName, Entry } from './schema';

/** Which written form of which entry a piece of text matched. */
export interface NameRef {
  entryId: string;
  /** The form as the catalogue writes it (not as the page wrote it). */
  text: string;
  lang: 'zh' | 'en';
  /** `name`: the current Chinese name; `english`: an English name; otherwise the alias kind. */
  role: 'name' | 'english' | Alias['kind'];
  /** Set when role is an alias kind: years, note, status of that alias. */
  alias?: Alias;
  /** Set when role is `english`. */
  englishName?: EnglishName;
}

/**
 * Which partner (an organisation, country or group of data/partners.json) a piece of text names.
 * Issue 10: partner calls (中德(NSFC-DFG)合作研究项目) and partners named alone (德国研究联合会).
 */
export interface PartnerRef {
  partnerId: string;
  /** The form as the catalogue writes it, or the 中X prefix the text used. */
  text: string;
  /** How the text named the partner. */
  via: 'name' | 'abbreviation' | 'former' | 'prefix' | 'country';
}

/**
 * One recognised mention in a text, offsets in UTF-16 code units of that text.
 *
 * The contract every pass of the recognizer and every consumer (page registry, card, popup,
 * CLI) shares:
 * - a programme name: `refs` (one, or several for an `ambiguous` form), no `partners`;
 * - a partner call: `refs` the programme (nsfc-org-research, most-intergov, …) and `partners`
 *   the partner (several candidates for an ambiguous 中X prefix without an abbreviation);
 * - a partner named alone: `refs` empty, `partners` the partner;
 * - a grant number: `grant` set (core/grant-numbers.ts, issue 11); `refs` the programme its
 *   pattern (or the words beside it) points to, empty for a number that is not one of these
 *   programmes (shown, not highlighted as a programme).
 */
export interface Mention {
  start: number;
  end: number;
  /** Programme candidates: normally one; several only for a form the catalogue marks `ambiguous`. */
  refs: NameRef[];
  /** Partners the text names; absent when it names none. */
  partners?: readonly PartnerRef[];
  /** Set on grant numbers: what the number's pattern says (always an inference). */
  grant?: GrantNumberReading;
}

/**
 * What a grant number's pattern says. The shape is owned by core/grant-numbers.ts (issue 11);
 * declared here so that the mention contract is one type.
 */
export interface GrantNumberReading {
  /** The number as written, without spaces. */
  number: string;
  funder: 'NSFC' | 'MOST';
  /** The year the pattern encodes, when it encodes one. */
  year?: number;
  /** The programme the pattern points to, or null (an NSFC grant of another type, the fusion project). */
  entryId: string | null;
  /** The rule that said so, for the card: e.g. "11 digits, type code 20 → 重点国际（地区）合作研究项目". */
  rule: { zh: string; en: string };
}

/** Finds every programme mention in a text, leftmost-longest, never overlapping. */
export interface Recognizer {
  /**
   * The mentions that start at or after `from` (default 0), as one scan of the whole text
   * would report them had it just resumed at `from` (after a mention ending there, or where
   * none can start before it): the text before `from` is only context for word boundaries.
   */
  find(text: string, from?: number): Mention[];
}

export type { Entry };
