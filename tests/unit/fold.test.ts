import { describe, expect, it } from 'vitest';
import { defaultFoldTable } from '../../core/default-fold';
import { buildFoldTable, foldKey, foldWith, FOLD_IGNORED, FOLD_SPACE, isLatinWordChar, LATIN_WORD_CLASS } from '../../core/fold';

describe('foldKey', () => {
  it.each([
    // width: full-width brackets, letters and digits
    ['国际（地区）合作研究项目', '国际(地区)合作研究项目'],
    ['ＲＦＩＳ－Ⅰ２０２４', 'rfis-i2024'],
    // Latin case
    ['Research Fund for International Scientists', 'research fund for international scientists'],
    ['(Regional)', '(regional)'],
    // whitespace of every kind inside Chinese: dropped
    ['国际 合作\u3000研究\n项目', '国际合作研究项目'],
    ['国\u00a0际\u200b合\u200c作\u200d研\ufeff究\u00ad项目', '国际合作研究项目'],
    ['组织间\r\n国际（地区）\t合作', '组织间国际(地区)合作'],
    // whitespace between Latin words: one space, whatever the run
    ['Joint\n   Research\u3000Projects', 'joint research projects'],
    ['Joint\u00a0Research', 'joint research'],
    // a space next to a bracket or Chinese is not a word separator
    ['International (Regional) Cooperation', 'international(regional)cooperation'],
    ['NSFC 国际合作', 'nsfc国际合作'],
    // quote marks and brackets around part of a name
    ['“政府间国际科技创新合作”重点专项', '政府间国际科技创新合作重点专项'],
    ['「政府间国际科技创新合作」重点专项', '政府间国际科技创新合作重点专项'],
    ['『战略性科技创新合作』重点专项', '战略性科技创新合作重点专项'],
    ['"政府间国际科技创新合作"重点专项', '政府间国际科技创新合作重点专项'],
    ["'战略性科技创新合作'重点专项", '战略性科技创新合作重点专项'],
    ['《国际（地区）合作研究项目》', '国际(地区)合作研究项目'],
    ['＂政府间＂', '政府间'],
    // dash variants
    ['RFIS–II', 'rfis-ii'],
    ['RFIS—II', 'rfis-ii'],
    ['RFIS‑II', 'rfis-ii'],
    ['RFIS−II', 'rfis-ii'],
    ['Inter‐organizational', 'inter-organizational'],
    // Kangxi radicals from PDF text extraction and compatibility ideographs
    ['⼈员互访', '人员互访'],
    // leading and trailing space trimmed, nothing left from only quotes
    ['  “ ”  ', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  it('does not fold 一 (a letter) into a dash', () => {
    expect(foldKey('一带一路')).toBe('一带一路');
  });

  it('does not fold traditional script (the catalogue is simplified; the matcher folds it)', () => {
    expect(foldKey('政府間')).toBe('政府間');
  });
});

describe('buildFoldTable', () => {
  const table = buildFoldTable({ 間: '间', 國: '国', 際: '际' });

  it('folds traditional characters given in the table', () => {
    expect(foldWith(table, '政府間國際')).toBe('政府间国际');
  });

  it('folds full-width traditional characters after NFKC (compatibility ideographs)', () => {
    // U+F9FC is a compatibility form of 識; not in this table, so it becomes plain 識.
    expect(foldWith(table, '\uf9fc')).toBe('識');
  });

  it('marks whitespace and ignored characters with their class values', () => {
    expect(table[0x3000]).toBe(FOLD_SPACE);
    expect(table['\n'.charCodeAt(0)]).toBe(FOLD_SPACE);
    expect(table[0x200b]).toBe(FOLD_IGNORED);
    expect(table['“'.charCodeAt(0)]).toBe(FOLD_IGNORED);
    expect(table['（'.charCodeAt(0)]).toBe('('.charCodeAt(0));
  });

  it('leaves surrogate halves alone (they never match, offsets stay UTF-16)', () => {
    expect(table[0xd83d]).toBe(0xd83d);
    expect(table[0xde00]).toBe(0xde00);
  });
});

describe('foldWith on long text', () => {
  it('folds a text far longer than any name without overflowing the stack', () => {
    const text = 'Ａ'.repeat(300_000);
    expect(foldKey(text)).toBe('a'.repeat(300_000));
  });
});

describe('defaultFoldTable', () => {
  it('is one table, built once, with the generated traditional → simplified folding', () => {
    const table = defaultFoldTable();
    expect(defaultFoldTable()).toBe(table);
    expect(foldWith(table, '重點國際（地區）')).toBe(foldWith(table, '重点国际(地区)'));
  });
});

describe('Latin word characters', () => {
  it('are one set for the matcher (isLatinWordChar) and the search words (LATIN_WORD_CLASS)', () => {
    const pattern = new RegExp(`^[${LATIN_WORD_CLASS}]$`);
    for (let code = 0; code < 0x10000; code++) {
      if (isLatinWordChar(code) !== pattern.test(String.fromCharCode(code))) {
        throw new Error(`U+${code.toString(16)} differs`);
      }
    }
    expect(['a', 'z', '0', 'ß', 'é', 'ɏ'].every((c) => isLatinWordChar(c.charCodeAt(0)))).toBe(true);
    expect(['A', '÷', '×', '-', ' ', '国'].some((c) => isLatinWordChar(c.charCodeAt(0)))).toBe(false);
  });
});
