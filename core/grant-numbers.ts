/**
 * Grant numbers (issue 11): NSFC approval numbers (批准号) and National Key R&D Program numbers,
 * where they stand in a text, and what each number's pattern says about its programme.
 *
 * Neither funder publishes what the digits mean. Every reading here is an INFERENCE from public
 * pairs of a number and the programme named beside it (paper acknowledgements, CVs, project
 * lists) and one study of NSFC's lists of completed projects; docs/grant-numbers.md has the
 * evidence. A reading therefore always carries the rule that produced it (`ruleId`; its words,
 * bilingual, are core/grant-number-texts.ts's, which only the card, the popup and the CLI load),
 * and the card says "inferred from the number's pattern".
 *
 * The rules, in the order `readGrantNumber` applies them:
 *
 * | form | pattern | reading | alone? |
 * |---|---|---|---|
 * | nsfc-11 | 1[3-9]… (11 digits) | a mobile phone number's form: rejected | – |
 * | nsfc-11 | D YY 20/10 MMM SSS, YY 11–39 | nsfc-key, year 20YY | yes |
 * | nsfc-11 | D YY 61 MMM SSS | nsfc-intl (国际（地区）合作与交流项目; partner calls too) | yes |
 * | nsfc-11 | D YY 11 530 SSS | nsfc-intl ("Funds for International Cooperation and Exchange") | yes |
 * | nsfc-11 | D YY 50 410/710 SSS | nsfc-rfis-young up to 2020, nsfc-rfis from 2021 | yes |
 * | nsfc-11 | any other type | nsfc-intl, type not known | cue |
 * | nsfc-w | W YY SSSSS, YY 24–39 | nsfc-intl, type not known | cue |
 * | nsfc-8 | [1-9UT] YY TT SSS, YY 86–99 or 00–39 | null: an NSFC grant of that year, not an international programme (from 2011; before, the form does not tell) | cue |
 * | most-nkrd | YYYY YF E 01xxxxx, YYYY 2016–2039 | probably most-intergov (until 2019 also most-hkmt) | yes |
 * | most-nkrd | YYYY YF E 02xxxxx | probably most-strategic (from 2020 also most-hkmt) | yes |
 * | most-nkrd | YYYY YF E 03xxxxx | null: the fusion energy special project, not international | yes |
 * | most-nkrd | YYYY YF E (other group) xxxxx | null: group not seen; E alone is not international | yes |
 * | most-nkrd | YYYY YF [other letter] 7 digits | null: another special project | yes |
 * | most-df | YYYY DF [letter] 5 digits, YYYY 2001–2015 | most-legacy-intl | yes |
 *
 * A National Key R&D number not ending in 00 is a sub-task (课题) of the project ending in 00.
 *
 * Where a number stands ("alone?"):
 * - every form is a whole token: no letter, digit or `_` touches it, nor a `-` or `@` joined to
 *   more of a token, nor a `.` between digits (so SQ2020YFE020708, 010-62327017, 12345678.50,
 *   ABC2019YFE0126800 are never numbers here); a phone, fax, ID, price or amount word right
 *   before it, or a currency or 元 right after, rejects it;
 * - "yes": specific enough on its own;
 * - "cue": counts only with NSFC named (a funder word, or an NSFC programme the recognizer
 *   found) or a grant word in the same sentence or list item, and no other funder named
 *   closer to it; an 8-digit number that reads as a date (20190812) needs in addition a
 *   number word right before it (批准号, No., Grant).
 *
 * The words win: when a programme name stands right beside the number (same sentence; between
 * them only grant words, funder names, punctuation and other numbers), the mention is that
 * programme, and `beside` says whether the pattern agrees. The one exception is the issue's:
 * the 2001–2015 programme's name beside a National Key R&D number is an old English name kept
 * for a new grant, so there the number decides.
 *
 * Pure: no DOM, no browser API.
 */
import type { RecognizerEntry } from './schema';
import type { GrantNumberReading, GrantNumberRuleId, Mention, NameRef, WordsBeside } from './types';
import { nameRefsOf } from './written-forms';

// ---------------------------------------------------------------------------------------
// Reading one number

/** What `readGrantNumber` makes of a token. */
export type TokenReading =
  | { reading: GrantNumberReading; needsCue: boolean; dateShaped: boolean }
  /** Shaped like a number but not one: a mobile phone number. */
  | { rejected: 'mobile' };

/** The family of the National Key R&D Program's international projects (2016–). */
const NKRD_FAMILY = 'most-intl';
/** The first year NSFC's international programmes carry 11-digit numbers (71110107026, 2011). */
export const ELEVEN_DIGITS_FROM = 2011;
/** The HKMT line: with the intergovernmental guide until 2019, inside the strategic project from 2020. */
const HKMT_IN_STRATEGIC_FROM = 2020;
/** The last year any pattern here is read for (two-digit years beyond 39 are not grant years). */
const LAST_YEAR = 2039;

const MOBILE = /^1[3-9]\d{9}$/;
/** The forms' parts (core/grant-number-texts.ts reads the same parts to word the rules). */
export const NSFC_11 = /^([1-9])(\d\d)(\d\d)(\d{3})(\d{3})$/;
const NSFC_W = /^W(\d\d)(\d{5})$/;
export const NSFC_8 = /^([1-9UT])(\d\d)(\d\d)(\d{3})$/;
export const NKRD = /^(\d{4})YF([A-Z])(\d{7})$/;
const DF = /^(\d{4})DF([A-Z])(\d{5})$/;
const DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/**
 * What a number's pattern says, or why a token shaped like one is not one; null for a token
 * that has none of the forms. `token` is ASCII (full-width characters already made ASCII).
 * The words for a reading (label, rule) are core/grant-number-texts.ts's.
 */
export function readGrantNumber(token: string): TokenReading | null {
  if (/^\d{11}$/.test(token)) return readNsfc11(token);
  if (NSFC_W.test(token)) return readNsfcW(token);
  if (NSFC_8.test(token)) return readNsfc8(token);
  if (NKRD.test(token)) return readNkrd(token);
  if (DF.test(token)) return readDf(token);
  return null;
}

function found(reading: GrantNumberReading, needsCue = false, dateShaped = false): TokenReading {
  return { reading, needsCue, dateShaped };
}

function readNsfc11(token: string): TokenReading | null {
  if (MOBILE.test(token)) return { rejected: 'mobile' };
  const [, , yy, type, middle] = NSFC_11.exec(token)!;
  const year = 2000 + Number(yy);
  if (year < ELEVEN_DIGITS_FROM || year > LAST_YEAR) return null;
  const known = (entryId: string, ruleId: GrantNumberRuleId): TokenReading =>
    found({ number: token, funder: 'NSFC', form: 'nsfc-11', year, entryId, ruleId });
  if (type === '20' || type === '10') return known('nsfc-key', 'nsfc-key');
  if (type === '61') return known('nsfc-intl', 'nsfc-61');
  if (type === '11' && middle === '530') return known('nsfc-intl', 'nsfc-11-530');
  if (type === '50' && (middle === '410' || middle === '710')) {
    // Until FY2020 the fund was for young scientists only; from FY2021 it has three tiers
    // (data/programs.json nsfc-rfis), and nothing in the number tells them apart.
    return known(year < 2021 ? 'nsfc-rfis-young' : 'nsfc-rfis', 'nsfc-rfis');
  }
  return typeNotKnown(token, 'nsfc-11', year, 'nsfc-11-unseen');
}

/** An NSFC international programme whose type the number does not tell (needs a cue). */
function typeNotKnown(token: string, form: 'nsfc-11' | 'nsfc-w', year: number, ruleId: GrantNumberRuleId): TokenReading {
  return found({ number: token, funder: 'NSFC', form, year, entryId: 'nsfc-intl', ruleId }, true);
}

function readNsfcW(token: string): TokenReading | null {
  const year = 2000 + Number(NSFC_W.exec(token)![1]);
  if (year < 2024 || year > LAST_YEAR) return null;
  return typeNotKnown(token, 'nsfc-w', year, 'nsfc-w');
}

function readNsfc8(token: string): TokenReading | null {
  const [, , yy] = NSFC_8.exec(token)!;
  const two = Number(yy);
  const year = two >= 86 ? 1900 + two : 2000 + two;
  if (year > LAST_YEAR) return null;
  return found({ number: token, funder: 'NSFC', form: 'nsfc-8', year, entryId: null, ruleId: 'nsfc-8' }, true, DATE.test(token));
}

function readNkrd(token: string): TokenReading | null {
  const [, yyyy, letter, digits] = NKRD.exec(token)!;
  const year = Number(yyyy);
  if (year < 2016 || year > LAST_YEAR) return null;
  const group = digits!.slice(0, 2);
  const reading = (entryId: string | null, ruleId: GrantNumberRuleId): GrantNumberReading => {
    const out: GrantNumberReading = { number: token, funder: 'MOST', form: 'most-nkrd', year, entryId, ruleId };
    const index = Number(digits!.slice(5));
    if (index !== 0) out.subtask = { project: `${token.slice(0, -2)}00`, index };
    return out;
  };
  if (letter === 'E' && (group === '01' || group === '02')) {
    const intergov = group === '01';
    const out = reading(intergov ? 'most-intergov' : 'most-strategic', 'nkrd-e');
    out.probably = true;
    if (intergov ? year < HKMT_IN_STRATEGIC_FROM : year >= HKMT_IN_STRATEGIC_FROM) out.also = ['most-hkmt'];
    return found(out);
  }
  if (letter === 'E' && group === '03') return found(reading(null, 'nkrd-fusion'));
  if (letter === 'E') return found(reading(null, 'nkrd-e-unseen'));
  return found(reading(null, 'nkrd-other'));
}

function readDf(token: string): TokenReading | null {
  const year = Number(DF.exec(token)![1]);
  if (year < 2001 || year > 2015) return null;
  return found({ number: token, funder: 'MOST', form: 'most-df', year, entryId: 'most-legacy-intl', ruleId: 'df' });
}

// ---------------------------------------------------------------------------------------
// Finding numbers in a text

/**
 * How far a number's cues are looked for: the sentence or list item around it, but no further
 * than this many characters before and after. page/chunked-find.ts hands the recognizer at least
 * CUE_CHARS_BEFORE characters of context, so a long run cut into chunks reads its numbers as
 * one scan would.
 */
export const CUE_CHARS_BEFORE = 300;
export const CUE_CHARS_AFTER = 160;
/** The words beside a number: at most this far before it (after it: only punctuation between). */
const BESIDE_CHARS_BEFORE = 80;
const BESIDE_CHARS_AFTER = 12;

const WIDE_DIGIT = '\\uFF10-\\uFF19';
const WIDE_UPPER = '\\uFF21-\\uFF3A';
const TOKEN_CHAR = `0-9A-Za-z_${WIDE_DIGIT}${WIDE_UPPER}\\uFF41-\\uFF5A`;
const D = `[0-9${WIDE_DIGIT}]`;
const U = (letters: string) => `[${letters}${[...letters].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')}]`;
/** A whole token of one of the forms (full-width digits and capitals too). */
const CANDIDATE = new RegExp(
  `(?<![${TOKEN_CHAR}])` +
    `(?:${D}{11}|${D}{8}|${U('UTW')}${D}{7}|${D}{4}(?:${U('Y')}${U('F')}[A-Z${WIDE_UPPER}]${D}{7}|${U('D')}${U('F')}[A-Z${WIDE_UPPER}]${D}{5}))` +
    `(?![${TOKEN_CHAR}])`,
  'g',
);

/** Full-width digits and capitals made ASCII (the only full-width characters CANDIDATE admits). */
function ascii(token: string): string {
  return token.replace(/[\uFF10-\uFF19\uFF21-\uFF3A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const isAlnum = (c: string | undefined) => c !== undefined && /[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/.test(c);
const isDigit = (c: string | undefined) => c !== undefined && /[0-9\uFF10-\uFF19]/.test(c);

/** Part of a longer token: 010-62327017, 61872345@qq.com, 12345678.50, 1.61872345. */
function joined(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if ((before === '-' || before === '@') && isAlnum(text[start - 2])) return true;
  if ((after === '-' || after === '@') && isAlnum(text[end + 1])) return true;
  if (before === '.' && isDigit(text[start - 2])) return true;
  if (after === '.' && isDigit(text[end + 1])) return true;
  return false;
}

/**
 * A phone, fax, ID, order or price word right before the number (电话号码：, Order No., ¥), a
 * telephone code before it (+86 10, (010), 010), or an amount right after it.
 */
const NOT_A_GRANT_BEFORE = new RegExp(
  '(?:(?:电话|電話|手机|手機|传真|傳真|邮编|郵編|\\btel(?:ephone)?|\\bphone|\\bfax|\\bmobile|\\bqq|微信|身份证|身份證|账号|賬號|帐号|帳號|订单|訂單|\\border|\\binvoice|发票|發票|\\bisbn|\\bissn|\\bdoi|\\bpmid|\\brmb|\\bcny|\\busd)' +
    '(?:号码|號碼|号|號|编号|編號|\\s*no\\.?|\\s*number)?[\\s:：.#＃]*' +
    '|[¥￥$€£]\\s*' +
    '|\\+\\d{1,3}[\\s-]*(?:\\(?\\d{1,4}\\)?[\\s-]*)?|\\(0?\\d{2,4}\\)\\s*|(?<![\\d-])0\\d{2,3}[\\s-])$',
  'i',
);
const NOT_A_GRANT_AFTER = /^\s*(?:元|万|萬|美元|yuan\b|rmb\b|%|％)/i;

function notAGrantByContext(text: string, start: number, end: number): boolean {
  return NOT_A_GRANT_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || NOT_A_GRANT_AFTER.test(text.slice(end, end + 6));
}

// Sentence and list-item bounds.
const SENTENCE_END = new Set(['。', '！', '？', '；', ';', '!', '?', '｡']);
/** A line that starts a new list item: a bullet, 1. / 1) / (1) / [1], or a year. */
const ITEM_START = /^[ \t\r\u3000]*(?:\n|[-•·*▪◦]|\d{1,2}[.)、．]|[(（]\d{1,2}[)）]|\[\d{1,3}\]|(?:19|20)\d\d(?![0-9A-Za-z]))/;
const ABBREVIATION = /(?:\bno|\bnos|\bdr|\bprof|\bmr|\bmrs|\bms|\bet al|\be\.g|\bi\.e|\bvs|\bfig)$/i;

/** Whether the text breaks into a new sentence or list item at `i`. */
function breaksAt(text: string, i: number): boolean {
  const c = text[i]!;
  if (SENTENCE_END.has(c)) return true;
  // A line break inside a paragraph is layout (HTML source, wrapped text); a blank line or a
  // line that starts a list item is not.
  if (c === '\n') return ITEM_START.test(text.slice(i + 1, i + 16));
  if (c === '.') return /^\s+[A-Z][a-z]/.test(text.slice(i + 1, i + 6)) && !ABBREVIATION.test(text.slice(Math.max(0, i - 6), i));
  return false;
}

interface Span {
  start: number;
  end: number;
}

function sentenceAround(text: string, start: number, end: number): Span {
  let from = start;
  const min = Math.max(0, start - CUE_CHARS_BEFORE);
  while (from > min && !breaksAt(text, from - 1)) from--;
  let to = end;
  const max = Math.min(text.length, end + CUE_CHARS_AFTER);
  while (to < max && !breaksAt(text, to)) to++;
  return { start: from, end: to };
}

// Cue words.
/** NSFC named: a funder word (the recognizer's NSFC programmes count too). */
const NSFC_WORDS =
  /国家自然科学基金|國家自然科學基金|自然科学基金委|自然科學基金委|基金委|national natural science foundation|natural science foundation of china\b|\bnn?sfc\b|\bnsf of china\b/gi;
/** Another funder named: an 8-digit number next to it is not NSFC's. */
const OTHER_FUNDER_WORDS =
  /国家重点研发计划|國家重點研發計劃|national key r ?& ?d|national key research and development|科技部|科学技术部|科學技術部|[省市]|自治区|自治區|\bprovinc(?:e|ial)\b|\bmunicipal|\bcity\b|中央高校|fundamental research funds|教育部|ministry of education|中国科学院|中國科學院|chinese academy of sciences|博士后|博士後|postdoctoral|\b973\b|\b863\b/gi;
const OTHER_FUNDER_CAPITALS = /\bMOST\b|\bCAS\b/g;
/** A grant word. "No." alone is not one: an order or invoice is numbered so too. */
const GRANT_WORDS =
  /批准号|批准號|资助号|資助號|项目编号|項目編號|项目号|項目號|基金号|基金號|资助|資助|基金项目|基金項目|\bgrants?\b|\bfund(?:ed|ing)\b|\bsupported by\b|\bproject no\b|\baward no\b/i;
/** A number word right before the number (needed by date-shaped 8-digit numbers). */
const NUMBER_WORD_BEFORE = /(?:批准号|批准號|编号|編號|号|號|\bno|\bnos|\bnumbers?|\bgrants?)[\s:：#＃.．]*$/i;

interface FunderCue extends Span {
  nsfc: boolean;
}

function funderCues(text: string, span: Span, names: readonly Mention[], funderOf: (id: string) => string | undefined): FunderCue[] {
  const slice = text.slice(span.start, span.end);
  const cues: FunderCue[] = [];
  const collect = (pattern: RegExp, nsfc: boolean) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      cues.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, nsfc });
    }
  };
  collect(NSFC_WORDS, true);
  collect(OTHER_FUNDER_WORDS, false);
  collect(OTHER_FUNDER_CAPITALS, false);
  for (const name of names) {
    if (name.start < span.start || name.end > span.end || name.refs.length === 0) continue;
    cues.push({ start: name.start, end: name.end, nsfc: funderOf(name.refs[0]!.entryId) === 'NSFC' });
  }
  return cues;
}

/**
 * The cue rule for numbers that are not specific enough alone: the nearest funder named before
 * the number (else after it) in its sentence must be NSFC; with no funder named, a grant word
 * in the sentence is enough.
 */
function hasCue(cues: readonly FunderCue[], text: string, span: Span, start: number, end: number): boolean {
  let before: FunderCue | undefined;
  let after: FunderCue | undefined;
  for (const cue of cues) {
    if (cue.end <= start && (!before || cue.end > before.end)) before = cue;
    if (cue.start >= end && (!after || cue.start < after.start)) after = cue;
  }
  const nearest = before ?? after;
  if (nearest) return nearest.nsfc;
  return GRANT_WORDS.test(text.slice(span.start, span.end));
}

/** What may stand between a programme name and its number: grant words, funder names, numbers. */
const FILLER_WORDS = new Set(
  'grant grants no nos number numbers num under and of the by from with to for in nsfc nnsfc nsf national natural science foundation china key r d research development program programs programme programmes project projects supported funded approval award contract'.split(
    ' ',
  ),
);
const FILLER_HAN =
  /^(?:项目批准号|批准号|批准號|项目编号|項目編號|编号|編號|资助号|資助號|基金号|基金號|资助|資助|项目|項目|国家自然科学基金|國家自然科學基金|国家重点研发计划|國家重點研發計劃|委员会|委員會|基金委|课题|課題|和|及|与|與|号|號|第|为|為)+$/;

function onlyFiller(gap: string): boolean {
  if (/[。！？；;!?]/.test(gap)) return false;
  for (const [word] of gap.matchAll(/[0-9A-Za-z]+|\p{Script=Han}+/gu)) {
    if (/\d/.test(word)) continue;
    if (/^[A-Za-z]+$/.test(word) ? !FILLER_WORDS.has(word.toLowerCase()) : !FILLER_HAN.test(word)) return false;
  }
  return true;
}

/** The programme name right beside a number: the nearest before it, else one right after it. */
function nameBeside(text: string, names: readonly Mention[], start: number, end: number): Mention | undefined {
  let before: Mention | undefined;
  let after: Mention | undefined;
  for (const name of names) {
    if (name.refs.length === 0) continue;
    if (name.end <= start) before = name;
    else if (name.start >= end) {
      after = name;
      break;
    }
  }
  if (before && start - before.end <= BESIDE_CHARS_BEFORE && onlyFiller(text.slice(before.end, start))) return before;
  if (after && after.start - end <= BESIDE_CHARS_AFTER && /^[\s,，、:：(（[【]*$/.test(text.slice(end, after.start))) return after;
  return undefined;
}

// ---------------------------------------------------------------------------------------
// The pass

export interface GrantNumberPass {
  /**
   * The name mentions of `text` (the automaton's, from `from` on, in order) with the grant
   * numbers that start at or after `from` merged in, in order. A number never overlaps a name.
   */
  merge(text: string, names: readonly Mention[], from?: number): Mention[];
}

/**
 * What the pass knows of a catalogue entry: its place in the family, its funder, and its
 * current names as refs (the Chinese name, what a number of its pattern names; the first
 * English name). Compiled from the catalogue (`numberedEntriesOf`); the content script gets
 * them packed with the recognizer (core/recognition-pack.ts), without the catalogue's name tables.
 */
export interface NumberedEntry {
  id: string;
  parent?: string;
  funder: string;
  zh: NameRef;
  en: NameRef;
}

export function numberedEntriesOf(entries: readonly RecognizerEntry[]): NumberedEntry[] {
  return entries.map((entry) => {
    // core/written-forms.ts namedForms: the Chinese name first, then the English names.
    const refs = nameRefsOf(entry);
    return {
      id: entry.id,
      ...(typeof entry.parent === 'string' && { parent: entry.parent }),
      funder: entry.funder,
      zh: refs[0]!,
      en: refs.find((ref) => ref.lang === 'en')!,
    };
  });
}

export function createGrantNumberPass(entries: readonly RecognizerEntry[]): GrantNumberPass {
  return grantNumberPassOf(numberedEntriesOf(entries));
}

export function grantNumberPassOf(entries: readonly NumberedEntry[]): GrantNumberPass {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const funderOf = (id: string) => byId.get(id)?.funder;
  const refs = new Map<string, readonly NameRef[]>();
  /** The pattern's programme as the mention's ref: its current name (no usage note on the card). */
  const refsOf = (id: string | null): readonly NameRef[] => {
    if (id === null) return [];
    let found = refs.get(id);
    if (!found) {
      const entry = byId.get(id);
      found = Object.freeze(entry ? [entry.zh] : []);
      refs.set(id, found);
    }
    return found;
  };
  const within = (id: string, ancestor: string): boolean => {
    for (let at = byId.get(id); at; at = at.parent ? byId.get(at.parent) : undefined) if (at.id === ancestor) return true;
    return false;
  };
  const related = (a: string, b: string) => within(a, b) || within(b, a);

  function agreement(words: readonly string[], reading: GrantNumberReading): WordsBeside['agreement'] {
    const pattern = reading.entryId === null ? [] : [reading.entryId, ...(reading.also ?? [])];
    if (pattern.length > 0) return words.some((w) => pattern.some((p) => related(w, p))) ? 'agrees' : 'differs';
    // An 8-digit NSFC number from before 2011: the form does not tell an international
    // programme from another, so NSFC words can be neither confirmed nor contradicted.
    if (reading.form === 'nsfc-8' && reading.year! < ELEVEN_DIGITS_FROM && words.some((w) => funderOf(w) === 'NSFC')) {
      return 'unknown';
    }
    return 'differs';
  }

  function numberMention(text: string, names: readonly Mention[], start: number, end: number, reading: GrantNumberReading): Mention {
    const name = nameBeside(text, names, start, end);
    if (!name) return { start, end, refs: refsOf(reading.entryId) as NameRef[], grant: reading };
    const words = [...new Set(name.refs.map((ref) => ref.entryId))];
    const agrees = agreement(words, reading);
    // The one exception to "the words win": the 2001–2015 programme's English name
    // kept for a National Key R&D grant ("Program of International S&T Cooperation under
    // Grant 2016YFE0100300").
    const decided = !(reading.form === 'most-nkrd' && words.every((id) => id === 'most-legacy-intl'));
    reading.beside = { entryIds: words, agreement: agrees, decided };
    if (!decided) return { start, end, refs: refsOf(reading.entryId) as NameRef[], grant: reading };
    // An ambiguous name (国合专项) beside a number: the candidates the number agrees with.
    const pattern = reading.entryId === null ? [] : [reading.entryId, ...(reading.also ?? [])];
    const agreeing = name.refs.filter((ref) => pattern.some((p) => related(ref.entryId, p)));
    return { start, end, refs: agreeing.length > 0 ? agreeing : name.refs, grant: reading };
  }

  function numbers(text: string, names: readonly Mention[], from: number): Mention[] {
    const found: Mention[] = [];
    const cueCache = new Map<string, FunderCue[]>();
    let next = 0;
    CANDIDATE.lastIndex = from;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (joined(text, start, end)) continue;
      while (next < names.length && names[next]!.end <= start) next++;
      if (next < names.length && names[next]!.start < end) continue; // a number never overlaps a name
      const read = readGrantNumber(ascii(m[0]));
      if (!read || 'rejected' in read) continue;
      if (notAGrantByContext(text, start, end)) continue;
      if (read.needsCue) {
        const span = sentenceAround(text, start, end);
        const key = `${span.start}:${span.end}`;
        let cues = cueCache.get(key);
        if (!cues) cueCache.set(key, (cues = funderCues(text, span, names, funderOf)));
        if (!hasCue(cues, text, span, start, end)) continue;
        if (read.dateShaped && !NUMBER_WORD_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      }
      found.push(numberMention(text, names, start, end, read.reading));
    }
    return found;
  }

  const nkrdEnglish = byId.get(NKRD_FAMILY)?.en;
  const nkrdFamily = nkrdEnglish ? [nkrdEnglish] : [];

  /**
   * The 2001–2015 programme's English name with a National Key R&D number in its sentence names
   * the 2016– international projects, without saying which (papers kept the old name for new
   * grants): the family. Rewritten after the numbers are read, so the number beside it still
   * shows what its own pattern says (WordsBeside.decided false).
   */
  function oldNameForNewGrants(text: string, names: Mention[]): void {
    if (nkrdFamily.length === 0) return;
    for (const name of names) {
      if (name.grant || name.refs.length === 0 || !name.refs.every((ref) => ref.entryId === 'most-legacy-intl' && ref.lang === 'en')) continue;
      const span = sentenceAround(text, name.start, name.end);
      const sentence = text.slice(span.start, span.end);
      CANDIDATE.lastIndex = 0;
      for (let m = CANDIDATE.exec(sentence); m; m = CANDIDATE.exec(sentence)) {
        const read = readGrantNumber(ascii(m[0]));
        if (!read || 'rejected' in read || read.reading.form !== 'most-nkrd') continue;
        if (joined(text, span.start + m.index, span.start + m.index + m[0].length)) continue;
        name.refs = nkrdFamily.slice();
        break;
      }
    }
  }

  return {
    merge(text, names, from = 0) {
      const found = numbers(text, names, from);
      oldNameForNewGrants(text, names as Mention[]);
      if (found.length === 0) return names as Mention[];
      const merged: Mention[] = [];
      let i = 0;
      for (const number of found) {
        while (i < names.length && names[i]!.start < number.start) merged.push(names[i++]!);
        merged.push(number);
      }
      while (i < names.length) merged.push(names[i++]!);
      return merged;
    },
  };
}
