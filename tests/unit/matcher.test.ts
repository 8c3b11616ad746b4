import { describe, expect, it } from 'vitest';
import { buildFoldTable, foldWith } from '../../core/fold';
import { buildAutomaton, compileMatcher, keysThatHide } from '../../core/matcher';

const table = buildFoldTable();

/** Matches as [matched raw text, pattern as written]. */
function run(patterns: string[], text: string): Array<[string, string]> {
  const matcher = compileMatcher(
    patterns.map((pattern) => foldWith(table, pattern)),
    table,
  );
  const found: Array<[string, string]> = [];
  matcher.scan(text, (start, end, pattern) => found.push([text.slice(start, end), patterns[pattern]!]));
  return found;
}

describe('compileMatcher: leftmost-longest, non-overlapping', () => {
  it.each<[string, string[], string, Array<[string, string]>]>([
    ['longest at the same start', ['甲乙', '甲乙丙丁'], '子甲乙丙丁子', [['甲乙丙丁', '甲乙丙丁']]],
    ['leftmost beats longer later', ['甲乙丙', '乙丙丁戊己'], '甲乙丙丁戊己', [['甲乙丙', '甲乙丙']]],
    ['earlier start found later replaces', ['乙丙', '甲乙丙丁'], '甲乙丙丁', [['甲乙丙丁', '甲乙丙丁']]],
    ['falls back when the longer one fails', ['甲乙', '甲乙丙丁戊'], '甲乙丙丁丑', [['甲乙', '甲乙']]],
    [
      'a match right after a reported one is kept (rescan)',
      ['甲乙', '甲乙丙丁戊', '丙丁'],
      '甲乙丙丁丑',
      [
        ['甲乙', '甲乙'],
        ['丙丁', '丙丁'],
      ],
    ],
    [
      'overlapping shorter names inside a long one are not reported',
      ['合作研究项目', '国际(地区)合作研究项目', '组织间国际(地区)合作研究与交流项目'],
      '组织间国际（地区）合作研究与交流项目',
      [['组织间国际（地区）合作研究与交流项目', '组织间国际(地区)合作研究与交流项目']],
    ],
    [
      'adjacent names are both reported',
      ['甲乙', '丙丁'],
      '甲乙丙丁',
      [
        ['甲乙', '甲乙'],
        ['丙丁', '丙丁'],
      ],
    ],
    ['a suffix pattern after a failed long path', ['子甲乙', '甲乙丙丁'], '子甲乙丙丁', [['子甲乙', '子甲乙']]],
    ['English: a suffix needing a space after a failed longer path', ['key international (regional)', 'international s&t'], 'Key International S&T', [['International S&T', 'international s&t']]],
    ['repeated', ['甲甲'], '甲甲甲甲甲', [['甲甲', '甲甲'], ['甲甲', '甲甲']]],
    ['nothing', ['abc'], '', []],
  ])('%s', (_name, patterns, text, expected) => {
    expect(run(patterns, text)).toEqual(expected);
  });
});

describe('compileMatcher: Latin word boundaries', () => {
  it.each<[string, string, string[]]>([
    ['Programmer', 'Program', []],
    ['XJoint Research', 'Joint Research', []],
    ['Joint ResearchX', 'Joint Research', []],
    ['Joint Research2', 'Joint Research', []],
    ['(Joint Research)', 'Joint Research', ['Joint Research']],
    ['国际Joint Research项目', 'Joint Research', ['Joint Research']],
    ['Joint   Research', 'Joint Research', ['Joint   Research']],
    ['Joint\nResearch', 'Joint Research', ['Joint\nResearch']],
    ['JointResearch', 'Joint Research', []],
    ['ＪＯＩＮＴ　ＲＥＳＥＡＲＣＨ', 'Joint Research', ['ＪＯＩＮＴ　ＲＥＳＥＡＲＣＨ']],
  ])('%j with %j', (text, pattern, expected) => {
    expect(run([pattern], text).map(([matched]) => matched)).toEqual(expected);
  });

  it('a shorter name that fits its boundaries wins over a longer one that does not', () => {
    expect(run(['RFIS', 'RFIS-I'], 'RFIS-II')).toEqual([['RFIS', 'RFIS']]);
    expect(run(['RFIS', 'RFIS-I', 'RFIS-II'], 'RFIS-II')).toEqual([['RFIS-II', 'RFIS-II']]);
  });

  it('Chinese names have no boundary rule', () => {
    expect(run(['合作研究项目'], 'abc合作研究项目def')).toEqual([['合作研究项目', '合作研究项目']]);
  });
});

describe('compileMatcher: skipped characters and offsets', () => {
  it('never starts or ends a match on a quote or a space', () => {
    expect(run(['政府间专项'], '“ 政府间“专项” ')).toEqual([['政府间“专项', '政府间专项']]);
  });

  it('reports UTF-16 offsets after astral characters', () => {
    const matcher = compileMatcher([foldWith(table, '重点专项')], table);
    const text = '😀𠮷重点专项';
    const spans: number[][] = [];
    matcher.scan(text, (start, end) => spans.push([start, end]));
    expect(spans).toEqual([[4, 8]]);
  });

  it('handles names longer than the previous ones without losing their start (ring buffer)', () => {
    const long = '以人员互访为主的合作交流项目'.repeat(3);
    expect(run(['以人员', long], `前${long}后`)).toEqual([[long, long]]);
  });

  it('scales to 10,000 names (edge lists, not a dense table)', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `名称${i.toString(36)}项目${String.fromCharCode(0x4e00 + (i % 5000))}`);
    const matcher = compileMatcher(
      names.map((name) => foldWith(table, name)),
      table,
    );
    const text = `前文${names[1234]}中间${names[9999]}后文`;
    const found: string[] = [];
    matcher.scan(text, (start, end) => found.push(text.slice(start, end)));
    expect(found).toEqual([names[1234], names[9999]]);
  });
});

describe('compileMatcher agrees with a brute-force leftmost-longest scan', () => {
  /** Reference: at each position take the longest pattern starting there, else move on. */
  function reference(patterns: string[], text: string): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    let i = 0;
    while (i < text.length) {
      let best = 0;
      for (const p of patterns) if (p.length > best && text.startsWith(p, i)) best = p.length;
      if (best > 0) {
        found.push([i, i + best]);
        i += best;
      } else i++;
    }
    return found;
  }

  it('on 500 random catalogues and texts over a three-letter alphabet', () => {
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = '甲乙丙';
    const word = (length: number) => Array.from({ length }, () => alphabet[random(3)]).join('');
    for (let round = 0; round < 500; round++) {
      const patterns = [...new Set(Array.from({ length: 1 + random(6) }, () => word(1 + random(5))))];
      const text = word(random(40));
      const matcher = compileMatcher(patterns, table);
      const spans: Array<[number, number]> = [];
      matcher.scan(text, (start, end) => spans.push([start, end]));
      expect({ patterns, text, spans }).toEqual({ patterns, text, spans: reference(patterns, text) });
    }
  });

  it('with quotes, spaces and line breaks sprinkled in (skipped inside Chinese names)', () => {
    let seed = 777;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = '甲乙丙';
    const noise = ['“', '”', ' ', '\n', '\u3000', '\u200b', '「'];
    for (let round = 0; round < 500; round++) {
      const patterns = [...new Set(Array.from({ length: 1 + random(6) }, () => Array.from({ length: 1 + random(5) }, () => alphabet[random(3)]).join('')))];
      let text = '';
      const positions: number[] = []; // raw index of each significant character
      for (let k = random(40); k > 0; k--) {
        if (random(4) === 0) text += noise[random(noise.length)];
        positions.push(text.length);
        text += alphabet[random(3)];
      }
      const stripped = positions.map((at) => text[at]).join('');
      const expected = reference(patterns, stripped).map(([start, end]) => [positions[start]!, positions[end - 1]! + 1]);
      const spans: number[][] = [];
      compileMatcher(patterns, table).scan(text, (start, end) => spans.push([start, end]));
      expect({ patterns, text, spans }).toEqual({ patterns, text, spans: expected });
    }
  });

  it('with Latin word boundaries (letters, digits, CJK and punctuation mixed)', () => {
    let seed = 4242;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = 'ab1甲(-';
    const isWord = (char: string | undefined) => char !== undefined && /[a-z0-9]/.test(char);
    const word = (length: number) => Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
    for (let round = 0; round < 1000; round++) {
      const patterns = [...new Set(Array.from({ length: 1 + random(6) }, () => word(1 + random(4))))];
      const text = word(random(40));
      const fits = (p: string, i: number) =>
        text.startsWith(p, i) &&
        !(isWord(p[0]) && isWord(text[i - 1])) &&
        !(isWord(p[p.length - 1]) && isWord(text[i + p.length]));
      const expected: Array<[number, number]> = [];
      for (let i = 0; i < text.length; ) {
        const best = Math.max(0, ...patterns.filter((p) => fits(p, i)).map((p) => p.length));
        if (best > 0) expected.push([i, i + best]);
        i += Math.max(best, 1);
      }
      const spans: Array<[number, number]> = [];
      compileMatcher(patterns, table).scan(text, (start, end) => spans.push([start, end]));
      expect({ patterns, text, spans }).toEqual({ patterns, text, spans: expected });
    }
  });
});

describe('compileMatcher: the guard and the resume point', () => {
  it('a guarded pattern the guard refuses is as if it had not matched: a shorter one at the same start can win', () => {
    const patterns = ['甲乙', '甲乙丙丁'];
    const guarded = new Uint8Array([0, 1]);
    const matcher = compileMatcher(patterns, table, { guarded, accept: (text, start) => text[start - 1] === '[' });
    const spans = (text: string) => {
      const out: string[] = [];
      matcher.scan(text, (start, end) => out.push(text.slice(start, end)));
      return out;
    };
    expect(spans('[甲乙丙丁 甲乙丙丁')).toEqual(['甲乙丙丁', '甲乙']);
  });

  it('scanTokens goes on where the callback says (back inside a match, to read what it hid)', () => {
    const patterns = ['甲乙', '乙丙'];
    const matcher = compileMatcher(patterns, table);
    const text = '甲乙丙丁';
    const seen: string[] = [];
    matcher.scanTokens(text, (start, end, pattern) => {
      seen.push(text.slice(start, end));
      return pattern === 0 ? start + 1 : end;
    });
    expect(seen).toEqual(['甲乙', '乙丙']);
  });
});

describe('keysThatHide', () => {
  it('marks the keys inside which (or shorter at whose start) a key that matters could match', () => {
    const keys = ['中德', '德国研究联合会', '德国', '合作研究项目', '项目', 'programs', 'program', 'research'];
    const matters = new Uint8Array([1, 1, 0, 1, 0, 0, 0, 0]);
    const hides = keysThatHide(buildAutomaton(keys, table), keys, matters);
    expect(Object.fromEntries(keys.map((key, i) => [key, hides[i]]))).toEqual({
      中德: 8, // 德国研究联合会 may start at 德 and reach 8 characters from 中
      德国研究联合会: 0,
      德国: 0, // a longer key at its own start would have been read instead
      合作研究项目: 0, // 项目 inside it does not matter
      项目: 0,
      programs: 0, // program, shorter at its start, does not matter
      program: 0,
      research: 0,
    });
  });
});
