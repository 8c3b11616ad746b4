import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { createBundledRecognizer } from '../../core/bundled-recognizer';
import { createRecognizer } from '../../core/recognizer';
import type { Mention } from '../../core/types';

// The extension's own recognizer: programmes and partners (partner calls are in partner-calls.test.ts).
const recognizer = createBundledRecognizer();

/** Each mention as [raw text slice, entry ids joined by "+"]. */
function found(text: string): Array<[string, string]> {
  return recognizer.find(text).map((m: Mention) => [text.slice(m.start, m.end), m.refs.map((r) => r.entryId).join('+')]);
}

describe('recognizer on realistic notice text', () => {
  it.each<[string, string, Array<[string, string]>]>([
    [
      'a year in front, quotes around the core name',
      '关于组织申报2024年度“政府间国际科技创新合作”重点专项项目的通知',
      [['政府间国际科技创新合作”重点专项', 'most-intergov']],
    ],
    [
      'the quoted core name used without 重点专项 (catalogue short alias)',
      '国家重点研发计划“政府间国际科技创新合作”等重点专项2025年度第一批项目申报指南',
      [['政府间国际科技创新合作', 'most-intergov']],
    ],
    [
      'a year in front, no quotes',
      '2024年度政府间国际科技创新合作重点专项第二批项目',
      [['政府间国际科技创新合作重点专项', 'most-intergov']],
    ],
    [
      'book-title marks around the core name',
      '《政府间国际科技创新合作》重点专项',
      [['政府间国际科技创新合作》重点专项', 'most-intergov']],
    ],
    [
      'the former combined name with a slash is one match',
      '2018年度政府间国际科技创新合作/港澳台科技创新合作重点专项',
      [['政府间国际科技创新合作/港澳台科技创新合作重点专项', 'most-intergov']],
    ],
    [
      'corner brackets around part of the name',
      '「战略性科技创新合作」重点专项2023年度项目',
      [['战略性科技创新合作」重点专项', 'most-strategic']],
    ],
    [
      'double corner brackets',
      '『政府间国际科技创新合作』重点专项',
      [['政府间国际科技创新合作』重点专项', 'most-intergov']],
    ],
    [
      'ASCII quotes',
      '"政府间国际科技创新合作"重点专项 and \'战略性科技创新合作\'重点专项',
      [
        ['政府间国际科技创新合作"重点专项', 'most-intergov'],
        ['战略性科技创新合作\'重点专项', 'most-strategic'],
      ],
    ],
    [
      'book-title marks around part of a rule name',
      '依据《国际（地区）合作研究项目管理办法》',
      [['国际（地区）合作研究项目', 'nsfc-intl-research']],
    ],
    [
      'the longest name, never the shorter ones inside it',
      '2025年度组织间国际（地区）合作研究与交流项目指南',
      [['组织间国际（地区）合作研究与交流项目', 'nsfc-org']],
    ],
    [
      'half-width brackets',
      '重点国际(地区)合作研究项目申请书',
      [['重点国际(地区)合作研究项目', 'nsfc-key']],
    ],
    [
      'PDF line breaks and stray spaces inside a name',
      '申报重点国际（地区）合\n作研究项目的申请人；外国青年 学者研究基金项目',
      [
        ['重点国际（地区）合\n作研究项目', 'nsfc-key'],
        ['外国青年 学者研究基金项目', 'nsfc-rfis-young'],
      ],
    ],
    [
      'U+3000, NBSP and zero-width characters inside a name',
      '外国\u3000资深学者\u00a0研究\u200b基金项目',
      [['外国\u3000资深学者\u00a0研究\u200b基金项目', 'nsfc-rfis-senior']],
    ],
    [
      'traditional script (Hong Kong, Taiwan notices)',
      '申請政府間國際科技創新合作重點專項；組織間國際（地區）合作研究項目',
      [
        ['政府間國際科技創新合作重點專項', 'most-intergov'],
        ['組織間國際（地區）合作研究項目', 'nsfc-org-research'],
      ],
    ],
    [
      'former names',
      '2012年重大国际（地区）合作研究项目',
      [['重大国际（地区）合作研究项目', 'nsfc-key']],
    ],
    [
      'a name right after an emoji and a rare astral character keeps offsets right',
      '📢𠮷外国学者研究基金项目',
      [['外国学者研究基金项目', 'nsfc-rfis']],
    ],
    [
      'two names back to back',
      '重点合作研究项目组织间合作交流项目',
      [
        ['重点合作研究项目', 'nsfc-key'],
        ['组织间合作交流项目', 'nsfc-org-exchange'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('recognizer on English text', () => {
  it.each<[string, string, Array<[string, string]>]>([
    [
      'official name in a grant acknowledgement, line break inside',
      'supported by the Major International\n(Regional) Joint Research Project of NSFC (No. 41520104008)',
      [
        // the funder named after it is part of the name (core/english-names.ts)
        ['Major International\n(Regional) Joint Research Project of NSFC', 'nsfc-key'],
        // the grant number beside it (core/grant-numbers.ts): the words name nsfc-key
        ['41520104008', 'nsfc-key'],
      ],
    ],
    [
      'plural and Programme tolerated at the end',
      'Major International (Regional) Joint Research Programmes; International (Regional) Cooperation and Exchange Projects',
      [
        ['Major International (Regional) Joint Research Programmes', 'nsfc-key'],
        ['International (Regional) Cooperation and Exchange Projects', 'nsfc-intl'],
      ],
    ],
    [
      'case-insensitive, (regional) in lower case',
      'the international (regional) cooperation and exchange program of NSFC',
      [['international (regional) cooperation and exchange program of NSFC', 'nsfc-intl']],
    ],
    [
      'RFIS tiers, the longest fitting form wins',
      'RFIS-I, RFIS-II and RFIS-III calls; RFIS–II with an en dash; RFIS-Ⅲ',
      [
        ['RFIS-I', 'nsfc-rfis-young'],
        ['RFIS-II', 'nsfc-rfis-excellent'],
        ['RFIS-III', 'nsfc-rfis-senior'],
        ['RFIS–II', 'nsfc-rfis-excellent'],
        ['RFIS-Ⅲ', 'nsfc-rfis-senior'],
      ],
    ],
    [
      'dash variants and full-width letters',
      'Inter–organizational Cooperation and Exchange Projects; ＲＦＩＳ－Ⅰ',
      [
        ['Inter–organizational Cooperation and Exchange Projects', 'nsfc-org-exchange'],
        ['ＲＦＩＳ－Ⅰ', 'nsfc-rfis-young'],
      ],
    ],
    [
      'an ambiguous abbreviation gives every candidate',
      'Apply for RFIS before March.',
      [['RFIS', 'nsfc-rfis+nsfc-rfis-young']],
    ],
    [
      'no match inside longer words',
      'Programmers of XJoint Research Projects and RFISX or MOU projectsX',
      [],
    ],
    [
      'English names among Chinese text',
      '（Research Fund for International Young Scientists）外国青年学者研究基金项目',
      [
        ['Research Fund for International Young Scientists', 'nsfc-rfis-young'],
        ['外国青年学者研究基金项目', 'nsfc-rfis-young'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('recognizer: what must not be recognised', () => {
  it.each([
    '国家重点研发计划',
    '国家自然科学基金',
    'National Key R&D Program of China',
    'National Natural Science Foundation of China',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('the 2001–2015 programme is recognised as most-legacy-intl, and bare 国合专项 as ambiguous', () => {
    expect(found('本年度国家重点研发计划各专项、国家自然科学基金各类项目和国际科技合作专项均已结题')).toEqual([
      ['国际科技合作专项', 'most-legacy-intl'],
    ]);
    expect(found('国合专项')).toEqual([['国合专项', 'most-intl+most-legacy-intl']]);
    expect(found('战略性国合专项')).toEqual([['战略性国合专项', 'most-strategic']]);
  });

  it('but a longer catalogue name containing one is recognised', () => {
    expect(found('国家重点研发计划国际科技合作项目')).toEqual([['国家重点研发计划国际科技合作项目', 'most-intl']]);
  });
});

describe('recognizer: mentions', () => {
  it('slice(start, end) is the raw name and refs say which form matched', () => {
    const text = '2024年度“政府间国际科技创新合作”重点专项';
    const [mention] = recognizer.find(text);
    expect(mention).toBeDefined();
    expect(text.slice(mention!.start, mention!.end)).toBe('政府间国际科技创新合作”重点专项');
    expect(mention!.refs).toEqual([
      expect.objectContaining({ entryId: 'most-intergov', text: '政府间国际科技创新合作重点专项', lang: 'zh', role: 'name' }),
    ]);
  });

  it('reports an alias by its kind and text (the card looks its years up in the entry)', () => {
    const [mention] = recognizer.find('重大国际（地区）合作研究项目');
    expect(mention!.refs[0]).toEqual({ entryId: 'nsfc-key', text: '重大国际（地区）合作研究项目', lang: 'zh', role: 'former' });
  });

  it('reports an English variant as the English name it comes from', () => {
    const [mention] = recognizer.find('Major International (Regional) Joint Research Programmes');
    expect(mention!.refs[0]).toMatchObject({
      entryId: 'nsfc-key',
      role: 'english',
      text: 'Major International (Regional) Joint Research Project',
    });
  });

  it('finds the same mentions on repeated calls (no state left behind)', () => {
    const text = '重点国际（地区）合作研究项目 RFIS-I';
    expect(recognizer.find(text)).toEqual(recognizer.find(text));
  });

  it('resumes at `from`, reading the text before it only for word boundaries', () => {
    const text = 'xRFIS and RFIS-I; 重点国际（地区）合作研究项目';
    const slices = (from: number) => recognizer.find(text, from).map((m) => text.slice(m.start, m.end));
    expect(slices(0)).toEqual(['RFIS-I', '重点国际（地区）合作研究项目']);
    // RFIS right after "x" is inside a word, also when the scan starts at it.
    expect(slices(1)).toEqual(['RFIS-I', '重点国际（地区）合作研究项目']);
    // Nothing that starts before `from` is reported.
    expect(slices(text.indexOf('RFIS-I') + 1)).toEqual(['重点国际（地区）合作研究项目']);
    expect(slices(text.length)).toEqual([]);
  });

  it('works on a small catalogue of its own, with a traditional table passed in', () => {
    const entries = bundledCatalogue.entries.filter((entry) => entry.id === 'nsfc-rfis-young');
    const own = createRecognizer(entries, { tradToSimp: { 學: '学' } });
    expect(own.find('外国青年學者研究基金项目').map((m) => m.refs[0]!.entryId)).toEqual(['nsfc-rfis-young']);
    // 國 and 項 are not in this table.
    expect(own.find('外國青年學者研究基金項目')).toEqual([]);
    expect(own.find('外国学者研究基金项目')).toEqual([]);
  });

  it('does not highlight aliases the catalogue marks searchOnly (too generic)', () => {
    expect(found('学术会议项目')).toEqual([]);
    expect(found('组织间学术会议项目')).toEqual([['组织间学术会议项目', 'nsfc-org-conference']]);
  });
});
