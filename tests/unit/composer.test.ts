/**
 * The composer (core/composer.ts) on a small grammar of its own, the way a new pass (the
 * English grammar of issue 11) would use it: pieces, slots with min/max, fillers between
 * tokens, leftmost-longest against plain names, an action that refuses or drops, the reread
 * after a dropped piece, and the span limit.
 */
import { describe, expect, it } from 'vitest';
import { DROP, MAX_COMPOSED_SPAN, type Grammar } from '../../core/composer';
import { buildFoldTable } from '../../core/fold';
import { compileRecognition, recognizerOf, type RecognitionInput } from '../../core/recognizer';
import type { NameRef } from '../../core/types';

const foldTable = buildFoldTable();
const ref = (entryId: string): NameRef => ({ entryId, text: entryId, lang: 'zh', role: 'name' });

/**
 * Words: 甲 (kind a), 乙 (kind b), 丙丁, 丁戊, 甲乙丙, 甲丙 (names), 子甲 (kind a, hides 甲丙 inside it),
 * 否 (kind stop), 长 (kind long). Rules: [a][b]{1,2} → "ab"; [name] → the name; [stop][b] →
 * dropped; [a][long]{1,999} → "long", refused when it names 甲 with fewer than 3 长.
 */
const toy: Grammar<RecognitionInput, { seen: number }> = {
  name: 'toy',
  build(_input, lexicon) {
    lexicon.add('甲', 'a', 'jia');
    lexicon.add('子甲', 'a', 'zijia');
    lexicon.add('乙', 'b', 'yi');
    lexicon.add('丙丁', 'name', ref('bingding'));
    lexicon.add('丁戊', 'name', ref('dingwu'));
    lexicon.add('甲乙丙', 'name', ref('jiayibing'));
    lexicon.add('甲丙', 'name', ref('jiabing'));
    lexicon.add('否', 'stop', 'fou');
    lexicon.add('长', 'long', 'chang');
    lexicon.add('ABC', 'a', 'abc', { caseForm: 'ABC' });
    return { seen: 0 };
  },
  rules: [
    { name: 'name', slots: [{ kinds: ['name'] }], action: 'name' },
    { name: 'ab', slots: [{ kinds: ['a'] }, { kinds: ['b'], max: 2 }], action: 'ab' },
    { name: 'stop', slots: [{ kinds: ['stop'] }, { kinds: ['b'] }], action: 'drop' },
    { name: 'long', slots: [{ kinds: ['a'] }, { kinds: ['long'], max: 999 }], action: 'long' },
  ],
  actions: {
    name: (match) => ({ refs: match.tokens[0]!.items as NameRef[] }),
    ab: (match) => ({ refs: [ref(`ab:${match.tokens.map((t) => t.items[0]).join('+')}`)] }),
    drop: () => DROP,
    long: (match) => (match.tokens.length < 4 ? null : { refs: [ref(`long:${match.tokens.length - 1}`)] }),
  },
};

const data = compileRecognition({ entries: [], foldTable }, [toy]);
const recognizer = recognizerOf(data, foldTable, [toy]);
const found = (text: string) => recognizer.find(text).map((m) => [text.slice(m.start, m.end), m.refs[0]!.entryId]);

describe('composer', () => {
  it('joins tokens separated only by fillers (brackets, spaces, quotes, dashes, 与/和, and/of/for/on/the/in/with/between/under)', () => {
    expect(found('甲乙 甲（乙） 甲 “乙” 甲-乙 甲与乙 甲 and the 乙 甲 between 乙 甲 under the 乙')).toEqual([
      ['甲乙', 'ab:jia+yi'],
      ['甲（乙', 'ab:jia+yi'],
      ['甲 “乙', 'ab:jia+yi'],
      ['甲-乙', 'ab:jia+yi'],
      ['甲与乙', 'ab:jia+yi'],
      ['甲 and the 乙', 'ab:jia+yi'],
      ['甲 between 乙', 'ab:jia+yi'],
      ['甲 under the 乙', 'ab:jia+yi'],
    ]);
    expect(found('甲，乙 甲x乙 甲 but 乙')).toEqual([]);
  });

  it('takes each slot min..max times, and the longest match', () => {
    expect(found('甲乙乙乙')).toEqual([['甲乙乙', 'ab:jia+yi+yi']]);
  });

  it('is leftmost-longest together with plain names', () => {
    // 甲乙丙 is a name longer than the composition 甲乙 at the same start.
    expect(found('甲乙丙丁')).toEqual([['甲乙丙', 'jiayibing']]);
    // A composition starting earlier wins over a name starting inside it.
    expect(found('子甲乙丙丁')).toEqual([['子甲乙', 'ab:zijia+yi'], ['丙丁', 'bingding']]);
  });

  it('rereads after a dropped piece that hides a name, as if it had never matched', () => {
    // 子甲 composes nothing here; the name 甲丙 starts inside it.
    expect(found('子甲丙丁')).toEqual([['甲丙', 'jiabing']]);
    // Where it composes, it wins: it starts first.
    expect(found('子甲乙丙')).toEqual([['子甲乙', 'ab:zijia+yi']]);
    expect(data.rules.shadows[data.lexicon.keys.indexOf('子甲')]).toBe(4); // 甲乙丙 from its second character
    expect(data.rules.shadows[data.lexicon.keys.indexOf('乙')]).toBe(0);
  });

  it('an action that refuses lets a shorter match win; DROP uses the tokens up and makes nothing', () => {
    expect(found('甲长长')).toEqual([]);
    expect(found('甲长长长')).toEqual([['甲长长长', 'long:3']]);
    expect(found('甲长长乙')).toEqual([]);
    expect(found('否乙 甲乙')).toEqual([['甲乙', 'ab:jia+yi']]);
  });

  it('never composes more than MAX_COMPOSED_SPAN characters', () => {
    const within = `甲${'长'.repeat(MAX_COMPOSED_SPAN - 1)}`;
    expect(found(within)).toEqual([[within, `long:${MAX_COMPOSED_SPAN - 1}`]]);
    expect(found(`${within}长`)).toEqual([[within, `long:${MAX_COMPOSED_SPAN - 1}`]]);
  });

  it('case-checks the forms added with a caseForm', () => {
    expect(found('ABC乙 abc乙 AbC乙')).toEqual([['ABC乙', 'ab:abc+yi']]);
  });

  it('compiles to plain data: typed arrays, arrays and plain objects', () => {
    const plain = (value: unknown): boolean => {
      if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return true;
      if (ArrayBuffer.isView(value)) return true;
      if (Array.isArray(value)) return value.every(plain);
      if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value as object).every(plain);
      return false;
    };
    expect(plain(data)).toBe(true);
    expect(structuredClone(data).lexicon.keys).toEqual(data.lexicon.keys);
  });
});
