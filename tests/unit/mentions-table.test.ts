/**
 * What the popup lists and copies about a page (issues 10 and 14): the groups a mention
 * counts in (core/mention-groups.ts), the sentence of a mention (core/sentence.ts) and the
 * table for a spreadsheet (core/mentions-table.ts).
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledPartners } from '../../core/bundled-partners';
import { isGroup, mentionGroupKey } from '../../core/mention-groups';
import { cell, groupNames, mentionsTable, partnerLabel } from '../../core/mentions-table';
import { sentenceAround } from '../../core/sentence';

describe('mention groups', () => {
  it('a programme is its own group, keyed by its id', () => {
    expect(mentionGroupKey(['nsfc-key'], [])).toBe('nsfc-key');
  });

  it('an ambiguous form is one group whatever the order of its candidates, apart from each candidate alone', () => {
    const rfis = mentionGroupKey(['nsfc-rfis', 'nsfc-rfis-young'], []);
    expect(mentionGroupKey(['nsfc-rfis-young', 'nsfc-rfis'], [])).toBe(rfis);
    expect(rfis).not.toBe(mentionGroupKey(['nsfc-rfis-young'], []));
    expect(rfis).not.toBe(mentionGroupKey(['nsfc-rfis'], []));
  });

  it('a partner call is apart from its programme alone and from its partner alone', () => {
    const call = mentionGroupKey(['nsfc-org-research'], ['dfg']);
    expect(new Set([call, mentionGroupKey(['nsfc-org-research'], []), mentionGroupKey([], ['dfg'])]).size).toBe(3);
    expect(mentionGroupKey(['nsfc-org-research'], ['stint', 'snsf'])).toBe(mentionGroupKey(['nsfc-org-research'], ['snsf', 'stint']));
  });

  it('a mention naming neither programme nor partner is in no group', () => {
    expect(isGroup([], [])).toBe(false);
    expect(isGroup([], ['dfg'])).toBe(true);
  });
});

describe('sentenceAround', () => {
  const say = (text: string, mention: string, max = 200) => {
    const start = text.indexOf(mention);
    return sentenceAround(text, start, start + mention.length, max);
  };

  it.each([
    ['第一句。申请重点国际（地区）合作研究项目须有高级职称。第三句。', '重点国际', '申请重点国际（地区）合作研究项目须有高级职称。'],
    ['One. Apply for the RFIS by May.  Then wait.', 'RFIS', 'Apply for the RFIS by May.'],
    ['Version 2.0 of the RFIS guide', 'RFIS', 'Version 2.0 of the RFIS guide'],
    ['问：何时申报？答：外国学者研究基金项目\n  全年受理！', '外国学者研究基金项目', '答：外国学者研究基金项目'],
    ['  spaced\t\tout   RFIS   text ', 'RFIS', 'spaced out RFIS text'],
  ])('%j around %j → %j', (text, mention, expected) => {
    expect(say(text, mention)).toBe(expected);
  });

  it('cuts a long sentence around the mention, within the bound, marking what was left out', () => {
    const text = `${'前'.repeat(300)}外国学者研究基金项目${'后'.repeat(300)}。`;
    const result = say(text, '外国学者研究基金项目', 60);
    expect(result.length).toBeLessThanOrEqual(60);
    expect(result.startsWith('…前')).toBe(true);
    expect(result.endsWith('后…')).toBe(true);
    expect(result).toContain('外国学者研究基金项目');
  });

  it('keeps all of the shorter side', () => {
    const result = say(`短。开头外国学者研究基金项目${'后'.repeat(300)}`, '外国学者研究基金项目', 40);
    expect(result.startsWith('开头外国学者研究基金项目后')).toBe(true);
    expect(result.length).toBeLessThanOrEqual(40);
  });

  it('never splits a surrogate pair', () => {
    const text = `${'𠀀'.repeat(100)}RFIS${'𠀀'.repeat(100)}`;
    const result = say(text, 'RFIS', 41);
    expect(result.length).toBeLessThanOrEqual(41);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(result)).toBe(false);
  });
});

describe('the table', () => {
  const group = (ids: string[], partners: string[], count: number, text: string, sentence: string) => ({ ids, partners, count, text, sentence });

  it('names partners with their abbreviation, in the UI language', () => {
    expect(partnerLabel('dfg', bundledPartners, 'zh')).toBe('德国研究联合会 (DFG)');
    expect(partnerLabel('dfg', bundledPartners, 'en')).toBe('German Research Foundation (DFG)');
    expect(partnerLabel('nz', bundledPartners, 'en')).toBe('New Zealand');
    expect(partnerLabel('nobody', bundledPartners, 'en')).toBeUndefined();
    expect(groupNames({ ids: ['nsfc-key', 'gone'], partners: ['gone'] }, bundledCatalogue, bundledPartners, 'zh')).toEqual({
      programmes: ['重点国际（地区）合作研究项目'],
      partners: [],
    });
  });

  it('has a header and one line per group: programme, partner, count, first sentence', () => {
    const table = mentionsTable(
      [
        group(['nsfc-rfis', 'nsfc-rfis-young'], [], 2, 'RFIS', 'Apply for the RFIS by May.'),
        group(['nsfc-org-research'], ['dfg'], 1, '中德(NSFC-DFG)合作研究项目', '中德(NSFC-DFG)合作研究项目今年受理。'),
        group([], ['nz'], 1, '新西兰', 'With "New Zealand" too.'),
        group(['not-known'], [], 5, 'x', 'x'),
      ],
      bundledCatalogue,
      bundledPartners,
      'en',
    );
    expect(table.split('\n')).toEqual([
      'Programme\tPartner\tCount\tFirst sentence',
      'RFIS (Research Fund for International Scientists / Research Fund for International Young Scientists)\t\t2\tApply for the RFIS by May.',
      'Inter-organizational Cooperative Research Projects\tGerman Research Foundation (DFG)\t1\t中德(NSFC-DFG)合作研究项目今年受理。',
      '\tNew Zealand\t1\t"With ""New Zealand"" too."',
      '',
    ]);
  });

  it.each([
    ['plain', 'plain'],
    ['tab\there\nand there', 'tab here and there'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-1 project', "'-1 project"],
    ['@home', "'@home"],
  ])('a cell %j reads as %j', (text, expected) => {
    expect(cell(text)).toBe(expected);
  });
});
