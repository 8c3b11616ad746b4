/**
 * Contracts shared across the core, the page engine and the UI.
 * Pure: no DOM, no browser API.
 */
import type { Alias, Bilingual, Entry } from './schema';

/**
 * Which written form of which entry a piece of text matched: keys only. The form's record (an
 * alias's years, note and source) is looked up in the entry where it is shown
 * (core/written-forms.ts `writtenFormOf`): the content script carried about 3 KB gzip of those
 * records only to pass them to the card (issue 12).
 */
export interface NameRef {
  entryId: string;
  /** The form as the catalogue writes it (not as the page wrote it). */
  text: string;
  lang: 'zh' | 'en';
  /** `name`: the current Chinese name; `english`: an English name; otherwise the alias kind. */
  role: 'name' | 'english' | Alias['kind'];
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
 * What a grant number's pattern says. The shape is owned by core/grant-numbers.ts (issue 11),
 * where every rule lives; declared here so that the mention contract is one type.
 * Everything in it is an inference from the number's pattern (neither funder publishes what
 * the digits mean), except `beside`, which is what the text itself says next to the number.
 */
export interface GrantNumberReading {
  /** The number as written, without spaces, full-width characters made ASCII. */
  number: string;
  funder: 'NSFC' | 'MOST';
  /** Which pattern it has (the rule table in core/grant-numbers.ts). */
  form: GrantNumberForm;
  /** The year the pattern encodes, when it encodes one. */
  year?: number;
  /** The programme the pattern points to, or null (an NSFC grant of another type, the fusion project). */
  entryId: string | null;
  /** Set when the pattern only makes `entryId` likely (YFE01…, YFE02…: most numbers seen, not all). */
  probably?: true;
  /** Other programmes the pattern allows besides `entryId` (YFE02… from 2020: the HKMT projects). */
  also?: readonly string[];
  /**
   * The rule that said so (the rule table in core/grant-numbers.ts); its words, the label and
   * the rule as a sentence, come from core/grant-number-texts.ts where they are shown.
   */
  ruleId: GrantNumberRuleId;
  /** A National Key R&D sub-task (课题) number: the project it belongs to and the sub-task's index. */
  subtask?: { project: string; index: number };
  /** The programme the words right beside the number name, when they name one. */
  beside?: WordsBeside;
}

/** Which rule of core/grant-numbers.ts read a number. */
export type GrantNumberRuleId =
  /** NSFC 11 digits, type code 20 or 10: nsfc-key. */
  | 'nsfc-key'
  /** NSFC 11 digits, type code 61: nsfc-intl (partner calls too). */
  | 'nsfc-61'
  /** NSFC 11 digits, type code 11 with middle digits 530: nsfc-intl. */
  | 'nsfc-11-530'
  /** NSFC 11 digits, type code 50 with middle digits 410 / 710: nsfc-rfis-young or nsfc-rfis by year. */
  | 'nsfc-rfis'
  /** NSFC 11 digits, a type code not seen: nsfc-intl, type not known. */
  | 'nsfc-11-unseen'
  | 'nsfc-w'
  | 'nsfc-8'
  /** National Key R&D, letter E, group 01 or 02: probably most-intergov / most-strategic. */
  | 'nkrd-e'
  /** Letter E, group 03: the fusion energy special project. */
  | 'nkrd-fusion'
  /** Letter E, another group. */
  | 'nkrd-e-unseen'
  /** Another letter: another special project. */
  | 'nkrd-other'
  | 'df';

/** Which pattern a grant number has. */
export type GrantNumberForm =
  /** NSFC, 11 digits: the international programmes since 2011. */
  | 'nsfc-11'
  /** NSFC, 8 characters: 8 digits, or U / T and 7 digits (most programmes). */
  | 'nsfc-8'
  /** NSFC, W and 7 digits (2024–): international programmes, type not known. */
  | 'nsfc-w'
  /** National Key R&D Program: 2019YFE0126800. */
  | 'most-nkrd'
  /** MOST's 2001–2015 international programme: 2012DFB10200. */
  | 'most-df';

/**
 * The programme named by the words beside a number (a name mention in the same sentence with
 * nothing but grant words, funder names and other numbers between). The words win: the mention
 * shows their programme, and this says whether the number's pattern agrees.
 */
export interface WordsBeside {
  /** The programmes the words name (several for an ambiguous form). */
  entryIds: readonly string[];
  /** `unknown`: the pattern cannot tell (an 8-digit NSFC number from before 2011). */
  agreement: 'agrees' | 'differs' | 'unknown';
  /**
   * Whether the words decided the mention's programme. False only where the rule
   * says the number wins: the 2001–2015 programme's name beside a National Key R&D number
   * (papers kept the old English name for the new grants).
   */
  decided: boolean;
}

/** Finds every programme mention (and grant number) in a text, leftmost-longest, never overlapping. */
export interface Recognizer {
  /**
   * The mentions that start at or after `from` (default 0), as one scan of the whole text
   * would report them had it just resumed at `from` (after a mention ending there, or where
   * none can start before it): the text before `from` is only context, for word boundaries and
   * for the cues of grant numbers (core/grant-numbers.ts CUE_CHARS_BEFORE).
   */
  find(text: string, from?: number): Mention[];
}

export type { Entry };
