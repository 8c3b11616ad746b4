/**
 * Build step: the traditional → simplified table the matcher folds page text with
 * (core/fold.ts), limited to the characters the recognizer's words use — programme names,
 * partner and country names, the formula words of partner calls (core/call-formulas.ts) — so
 * pages in traditional script (政府間國際科技創新合作, 中國和新西蘭政府間科技合作項目) are
 * recognised without shipping OpenCC.
 *
 * Writes core/generated/trad-to-simp.ts. Fails when one of those words is itself written in
 * traditional script: they must be simplified, so that foldKey (which has no table) and the
 * matcher agree on every one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { FORMULA_TEXTS } from '../../core/call-formulas';
import { CATALOGUE_FILE, PARTNERS_FILE } from '../catalogue-file';

/** Every BMP ideograph block: CJK Extension A, Unified Ideographs, compatibility ideographs. */
const IDEOGRAPH_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** Traditional variants OpenCC knows: generic, Taiwan and Hong Kong forms, all to mainland simplified. */
const SOURCES = ['t', 'tw', 'hk'] as const;

const IDEOGRAPH = /\p{Script=Han}/u;

export interface NamedText {
  entryId: string;
  text: string;
}

export interface TradTable {
  /** Traditional character → the simplified character the catalogue writes. */
  table: Record<string, string>;
  /** Catalogue texts that contain a traditional character (must be rewritten in simplified). */
  traditional: Array<NamedText & { chars: string[] }>;
}

/** One character → its simplified form, for every BMP ideograph and every OpenCC variant source. */
function simplifiedOfEveryIdeograph(): Array<Map<string, string>> {
  const chars: string[] = [];
  for (const [from, to] of IDEOGRAPH_RANGES) for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c));
  // One character per line so OpenCC's phrase dictionaries never join neighbours.
  const joined = chars.join('\n');
  return SOURCES.map((from) => {
    const converted = OpenCC.Converter({ from, to: 'cn' })(joined).split('\n');
    if (converted.length !== chars.length) throw new Error(`OpenCC (${from} → cn) changed the number of lines`);
    const map = new Map<string, string>();
    chars.forEach((char, i) => {
      if (converted[i] !== char) map.set(char, converted[i]!);
    });
    return map;
  });
}

/** The table for the given catalogue texts (pure apart from OpenCC). */
export function buildTradTable(texts: readonly NamedText[]): TradTable {
  const used = new Set<string>();
  for (const { text } of texts) for (const char of text) if (IDEOGRAPH.test(char)) used.add(char);

  const table: Record<string, string> = {};
  const conversions = simplifiedOfEveryIdeograph();
  for (const map of conversions) {
    for (const [trad, simp] of map) {
      // Only single-character results the catalogue uses; the first source (generic) wins.
      if (simp.length === 1 && used.has(simp) && !(trad in table)) table[trad] = simp;
    }
  }
  const traditional: TradTable['traditional'] = [];
  for (const named of texts) {
    const chars = [...new Set([...named.text].filter((char) => char in table))];
    if (chars.length > 0) traditional.push({ ...named, chars });
  }
  return { table, traditional };
}

/** The Chinese name and every alias of every entry, read leniently (validation runs before). */
export function catalogueTexts(file: unknown): NamedText[] {
  const entries = (file as { entries?: unknown })?.entries;
  if (!Array.isArray(entries)) throw new Error(`${CATALOGUE_FILE}: no "entries" array`);
  const texts: NamedText[] = [];
  for (const entry of entries as Array<Record<string, any>>) {
    const entryId = String(entry?.id);
    if (typeof entry?.name?.zh === 'string') texts.push({ entryId, text: entry.name.zh });
    for (const alias of Array.isArray(entry?.aliases) ? entry.aliases : []) {
      if (typeof alias?.text === 'string') texts.push({ entryId, text: alias.text });
    }
  }
  return texts;
}

/**
 * The Chinese names of every partner and country, and the formula words, read leniently
 * (validation runs before); `entryId` says whose (a partner id, `countries.<code>`, `formulas`).
 */
export function partnerTexts(file: unknown): NamedText[] {
  const texts: NamedText[] = FORMULA_TEXTS.map((text) => ({ entryId: 'formulas', text }));
  const { partners, countries } = (file ?? {}) as { partners?: unknown; countries?: unknown };
  for (const partner of Array.isArray(partners) ? (partners as Array<Record<string, any>>) : []) {
    for (const name of Array.isArray(partner?.names) ? partner.names : []) {
      if (typeof name?.text === 'string') texts.push({ entryId: String(partner.id), text: name.text });
    }
  }
  for (const country of Array.isArray(countries) ? (countries as Array<Record<string, any>>) : []) {
    const entryId = `countries.${String(country?.code)}`;
    if (typeof country?.name?.zh === 'string') texts.push({ entryId, text: country.name.zh });
    for (const prefix of Array.isArray(country?.prefixes) ? country.prefixes : []) {
      if (typeof prefix?.text === 'string') texts.push({ entryId, text: `中${prefix.text}` });
    }
  }
  return texts;
}

export function renderTradTable(table: Record<string, string>): string {
  const sorted = Object.keys(table).sort();
  const lines = sorted.map((trad) => `  ${JSON.stringify(trad)}: ${JSON.stringify(table[trad])},`);
  return [
    '// Generated by scripts/gen/trad-table.ts from data/programs.json, data/partners.json and core/call-formulas.ts. Do not edit.',
    '/** Traditional character → simplified, only for characters the recognizer\'s words use. */',
    'export const TRAD_TO_SIMP: Readonly<Record<string, string>> = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}

export function writeTradTable(outDir: string): void {
  const read = (path: string): unknown => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read ${path}: ${error instanceof Error ? error.message : error}`);
    }
  };
  const { table, traditional } = buildTradTable([...catalogueTexts(read(CATALOGUE_FILE)), ...partnerTexts(read(PARTNERS_FILE))]);
  if (traditional.length > 0) {
    const lines = traditional.map(({ entryId, text, chars }) => `  ${entryId}: "${text}" (${chars.join(' ')})`);
    throw new Error(
      `catalogue names and formula words must be written in simplified characters (traditional script on pages is matched anyway):\n${lines.join('\n')}`,
    );
  }
  writeFileSync(join(outDir, 'trad-to-simp.ts'), renderTradTable(table));
}
