/**
 * Build step: the pinyin of every Chinese name and alias, for the quick search
 * (core/search.ts). Written to core/generated/pinyin.json so the popup finds 重点国际…
 * from "zhongdian guoji" or "zdgj" without shipping pinyin-pro's dictionary; and the pinyin
 * of the partners' Chinese names, call titles, country names and 中X prefixes to
 * core/generated/partner-pinyin.json ("deguo", "zhongde", "huangjiaxuehui").
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import type { PartnerCatalogue } from '../../core/partners';
import type { PinyinForm, PinyinIndex } from '../../core/search';
import type { Entry } from '../../core/schema';
import { validateData } from '../catalogue-file';

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Pinyin of one Chinese text: one syllable per Han character (pinyin-pro picks readings in
 * context, so 重点 is "zhong dian"; ü written u), Latin letters and digits kept as words, punctuation
 * dropped. Null when the text has no Han character (nothing to spell).
 */
export function pinyinForm(text: string): PinyinForm | null {
  const chars = Array.from(text);
  if (!chars.some((char) => HAN.test(char))) return null;
  let syllables = pinyin(text, { toneType: 'none', type: 'array' });
  // pinyin-pro returns one item per character; if it ever does not, read character by character.
  if (syllables.length !== chars.length) {
    syllables = chars.map((char) => pinyin(char, { toneType: 'none' }));
  }
  const words: string[] = [];
  let latin = '';
  chars.forEach((char, index) => {
    if (HAN.test(char)) {
      if (latin) words.push(latin);
      latin = '';
      // ü as u (lue, nu): what people without a pinyin keyboard type.
      words.push(syllables[index].toLowerCase().replaceAll('ü', 'u'));
    } else if (LATIN_OR_DIGIT.test(char)) {
      latin += char.toLowerCase();
    } else {
      if (latin) words.push(latin);
      latin = '';
    }
  });
  if (latin) words.push(latin);
  return {
    text,
    spaced: words.join(' '),
    compact: words.join(''),
    initials: words.map((word) => word[0]).join(''),
  };
}

/** Every Chinese form of every entry: its name, then its Chinese aliases. */
export function buildPinyinIndex(entries: readonly Entry[]): PinyinIndex {
  const index: PinyinIndex = {};
  for (const entry of entries) {
    const texts = [entry.name.zh, ...entry.aliases.filter((a) => a.lang === 'zh').map((a) => a.text)];
    index[entry.id] = texts.map(pinyinForm).filter((form): form is PinyinForm => form !== null);
  }
  return index;
}

/**
 * Every Chinese text the quick search reads for partners (core/search.ts collectPartnerForms):
 * names, call titles, country names and 中X prefixes, each spelled once.
 */
export function buildPartnerPinyin(partners: PartnerCatalogue): PinyinForm[] {
  const texts = new Set<string>();
  for (const partner of partners.partners) {
    for (const name of partner.names ?? []) texts.add(name.text);
    for (const link of partner.programmes) for (const title of link.titles ?? []) texts.add(title.text);
  }
  for (const country of partners.countries) {
    texts.add(country.name.zh);
    for (const prefix of country.prefixes ?? []) texts.add(`中${prefix.text}`);
  }
  return [...texts].map(pinyinForm).filter((form): form is PinyinForm => form !== null);
}

export const searchIndexStep = {
  name: 'pinyin for the quick search (core/generated/pinyin.json, partner-pinyin.json)',
  run(outDir: string): void {
    const { programmes, partners } = validateData();
    writeFileSync(join(outDir, 'pinyin.json'), `${JSON.stringify(buildPinyinIndex(programmes.entries))}\n`);
    writeFileSync(join(outDir, 'partner-pinyin.json'), `${JSON.stringify(buildPartnerPinyin(partners))}\n`);
  },
};
