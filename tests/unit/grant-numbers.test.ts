/**
 * Grant numbers (core/grant-numbers.ts, issue 11): what each form's pattern says, where a
 * number counts (the cue rule for 8-digit numbers, look-alikes), and the words-win rule. The
 * expected readings come from the rule table in the module's header and the evidence in
 * docs/grant-numbers.md; every example number below is one named there or made in its form.
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { readGrantNumber } from '../../core/grant-numbers';
import { catalogueNames, explainGrantNumber, type GrantNumberText } from '../../core/grant-number-texts';
import { createRecognizer } from '../../core/recognizer';
import type { GrantNumberReading, Mention } from '../../core/types';
import { ChunkedFind, CHUNK_CHARS } from '../../page/chunked-find';

const recognizer = createRecognizer(bundledCatalogue.entries);
/** A reading in words, named by the catalogue (what the card shows). */
const words = (reading: GrantNumberReading): GrantNumberText => explainGrantNumber(reading, catalogueNames(bundledCatalogue));

/** The number mentions of a text. */
function numbersIn(text: string): Mention[] {
  return recognizer.find(text).filter((m) => m.grant);
}

/** [number as written, mention's programme ids] of each number in a text. */
function numbers(text: string): Array<[string, string]> {
  return numbersIn(text).map((m) => [text.slice(m.start, m.end), m.refs.map((r) => r.entryId).join('+')]);
}

/** The reading of a number standing in an acknowledgement that gives every form its cue. */
function readingOf(number: string): GrantNumberReading {
  const text = `This work was supported by NSFC (Grant No. ${number}).`;
  const [found] = numbersIn(text);
  if (!found) throw new Error(`${number} was not found`);
  return found.grant!;
}

describe('what each form says (always with the rule that said it)', () => {
  it.each<[string, Partial<GrantNumberReading>, RegExp]>([
    // NSFC, 11 digits: the international programmes
    ['51920105010', { funder: 'NSFC', form: 'nsfc-11', year: 2019, entryId: 'nsfc-key' }, /type code 20/],
    ['71520107004', { form: 'nsfc-11', year: 2015, entryId: 'nsfc-key' }, /type code 20/],
    ['71110107026', { form: 'nsfc-11', year: 2011, entryId: 'nsfc-key' }, /type code 10/],
    ['62061136006', { form: 'nsfc-11', year: 2020, entryId: 'nsfc-intl' }, /type code 61/],
    ['42361144709', { form: 'nsfc-11', year: 2023, entryId: 'nsfc-intl' }, /type code 61/],
    ['62461160333', { form: 'nsfc-11', year: 2024, entryId: 'nsfc-intl' }, /type code 61/],
    ['41911530080', { form: 'nsfc-11', year: 2019, entryId: 'nsfc-intl' }, /type code 11 with middle digits 530/],
    // RFIS: young scientists only until 2020, the tiered fund from 2021
    ['21850410459', { form: 'nsfc-11', year: 2018, entryId: 'nsfc-rfis-young' }, /middle digits 410.*only tier until 2020/],
    ['72350710798', { form: 'nsfc-11', year: 2023, entryId: 'nsfc-rfis' }, /middle digits 710.*tier is not in the number/],
    // an 11-digit type never seen: still international, type not known
    ['61860123001', { form: 'nsfc-11', year: 2018, entryId: 'nsfc-intl' }, /type code 60 not seen before.*type not known/],
    // W: international, type not known
    ['W2421085', { form: 'nsfc-w', year: 2024, entryId: 'nsfc-intl' }, /W and 7 digits.*type not known/],
    // 8 characters: an NSFC grant of that year, not one of these programmes
    ['61872345', { form: 'nsfc-8', year: 2018, entryId: null }, /international programmes have carried 11-digit numbers since 2011/],
    ['U1832123', { form: 'nsfc-8', year: 2018, entryId: null }, /first U \(joint funds\)/],
    ['91846301', { form: 'nsfc-8', year: 2018, entryId: null }, /first 9 \(major research plans\)/],
    ['30870123', { form: 'nsfc-8', year: 2008, entryId: null }, /does not tell the programme/],
    // National Key R&D: the letter E and its groups
    ['2019YFE0126800', { funder: 'MOST', form: 'most-nkrd', year: 2019, entryId: 'most-intergov', probably: true, also: ['most-hkmt'] }, /group 01 → probably/],
    ['2022YFE0117100', { form: 'most-nkrd', year: 2022, entryId: 'most-intergov', probably: true }, /group 01 → probably/],
    ['2018YFE0200500', { form: 'most-nkrd', year: 2018, entryId: 'most-strategic', probably: true }, /group 02 → probably/],
    ['2021YFE0205700', { form: 'most-nkrd', year: 2021, entryId: 'most-strategic', probably: true, also: ['most-hkmt'] }, /in this year also/],
    ['2019YFE0303100', { form: 'most-nkrd', year: 2019, entryId: null }, /fusion energy special project.*not international/],
    ['2020YFE0401000', { form: 'most-nkrd', year: 2020, entryId: null }, /group 04: a group not seen/],
    ['2018YFB1004100', { form: 'most-nkrd', year: 2018, entryId: null }, /letter B: another special project/],
    // 2001–2015
    ['2012DFB10200', { funder: 'MOST', form: 'most-df', year: 2012, entryId: 'most-legacy-intl' }, /DF, a letter and 5 digits/],
    ['2014DFA63070', { form: 'most-df', year: 2014, entryId: 'most-legacy-intl' }, /2001–2015/],
  ])('%s', (number, expected, rule) => {
    const reading = readingOf(number);
    expect(reading).toMatchObject({ number, ...expected });
    if (!expected.probably) expect(reading.probably).toBeUndefined();
    if (!expected.also) expect(reading.also).toBeUndefined();
    const text = words(reading);
    expect(text.rule.en).toMatch(rule);
    // Bilingual: the Chinese rule and label say the same year.
    expect(text.rule.zh).toContain(String(expected.year));
    expect(text.label.zh).toContain(String(expected.year));
  });

  it('names the programme by the catalogue, in both languages', () => {
    const reading = words(readingOf('51920105010'));
    expect(reading.label).toEqual({ zh: '重点国际（地区）合作研究项目（2019年）', en: 'Key International (Regional) Joint Research Program, 2019' });
    expect(reading.rule.zh).toBe('11位批准号，第4–5位类型码 20 → 重点国际（地区）合作研究项目；第2–3位为年份（2019）');
    expect(words(readingOf('61872345')).label).toEqual({
      zh: '国家自然科学基金2018年项目，非国际合作类',
      en: 'An NSFC grant of 2018, not an international programme',
    });
  });

  it('reads a sub-task (课题) number as part of its project', () => {
    expect(readingOf('2019YFE0304102').subtask).toEqual({ project: '2019YFE0304100', index: 2 });
    expect(readingOf('2019YFE0126800').subtask).toBeUndefined();
  });

  it('reads full-width digits and capitals, reporting the number in ASCII', () => {
    const text = '国家自然科学基金资助项目（批准号：６２０６１１３６００６，２０１９ＹＦＥ０１２６８００）';
    expect(numbersIn(text).map((m) => [text.slice(m.start, m.end), m.grant!.number])).toEqual([
      ['６２０６１１３６００６', '62061136006'],
      ['２０１９ＹＦＥ０１２６８００', '2019YFE0126800'],
    ]);
  });

  it('is not a number for a pattern with an impossible year', () => {
    expect(readGrantNumber('61060123001')).toBeNull(); // 2010: before the 11-digit form
    expect(readGrantNumber('65072345')).toBeNull(); // year 50
    expect(readGrantNumber('2015YFE0126800')).toBeNull(); // before the National Key R&D Program
    expect(readGrantNumber('2016DFA10200')).toBeNull(); // after the 2001–2015 programme
    expect(readGrantNumber('W2021085')).toBeNull(); // W numbers are seen from 2024
  });
});

describe('where a number stands', () => {
  it('finds the 11-digit and National Key R&D forms alone, in CV lists and in brackets', () => {
    expect(numbers('62061136006')).toEqual([['62061136006', 'nsfc-intl']]);
    expect(numbers('2019YFE0126800；2012DFB10200')).toEqual([
      ['2019YFE0126800', 'most-intergov'],
      ['2012DFB10200', 'most-legacy-intl'],
    ]);
    expect(numbers('[3] 2021–2024, 51920105010, PI')).toEqual([['51920105010', 'nsfc-key']]);
  });

  it('counts an 8-digit number only with NSFC or a grant word in its sentence', () => {
    // The cue: a funder word (Chinese, English, abbreviation), an NSFC programme, a grant word.
    expect(numbers('国家自然科学基金（批准号：61872345）')).toEqual([['61872345', '']]);
    expect(numbers('Supported by the National Natural Science Foundation of China under grant 61872345.')).toEqual([['61872345', '']]);
    expect(numbers('NSFC General Program, 61872345, PI')).toEqual([['61872345', '']]);
    expect(numbers('61872345 (NSFC)')).toEqual([['61872345', '']]);
    expect(numbers('批准号 61872345')).toEqual([['61872345', '']]);
    expect(numbers('Grant No. U1832123')).toEqual([['U1832123', '']]);
    expect(numbers('外国学者研究基金项目之外，另有项目 61872345')).toEqual([['61872345', '']]);
    // No cue: a bare number.
    expect(numbers('61872345')).toEqual([]);
    expect(numbers('Reference 61872345 in the list')).toEqual([]);
    expect(numbers('W2421085')).toEqual([]);
    // The cue in another sentence or list item does not count.
    expect(numbers('本项目由国家自然科学基金资助。会议室 61872345 已预订。')).toEqual([]);
    expect(numbers('NSFC General Program, PI\n2. Room 61872345')).toEqual([]);
    // A hard-wrapped sentence is still one sentence.
    expect(numbers('Supported by the National Natural Science\nFoundation of China (61872345).')).toEqual([['61872345', '']]);
  });

  it('does not count an 8-digit number when another funder is named closer to it', () => {
    expect(numbers('浙江省自然科学基金（61872345）')).toEqual([]);
    expect(numbers('Supported by NSFC (61872345) and the Natural Science Foundation of Hunan Province (20201234).')).toEqual([
      ['61872345', ''],
    ]);
    expect(numbers('国家重点研发计划（61872345）')).toEqual([]);
  });

  it('asks a date-shaped 8-digit number for a number word right before it', () => {
    expect(numbers('NSFC project started 20190812 in Beijing')).toEqual([]);
    expect(numbers('国家自然科学基金（批准号：20190812）')).toEqual([['20190812', '']]);
  });

  it('rejects look-alikes: phone numbers, prices, IDs, application numbers, provincial numbers, parts of tokens', () => {
    const lookAlikes = [
      '国家自然科学基金委员会联系电话：62327017', // a phone number beside the funder's name
      'NSFC office, Tel. 62327017',
      'NSFC 010-62327017',
      'NSFC office, Tel: +86 10 62327017', // a telephone code before it
      'NSFC office (010) 62327017',
      'NSFC office 010 62327017',
      '国家自然科学基金 电话号码：62327017',
      '国家自然科学基金 订单号：61872345',
      '国家自然科学基金 13812345678', // a mobile number has 11 digits too
      'NSFC grant budget ¥12345678',
      '国家自然科学基金资助 12345678元',
      'NSFC grant of 12345678.50 yuan',
      'NSFC 身份证 61872345',
      'NSFC order 61872345',
      'NSFC grant 61872345@qq.com',
      'SQ2020YFE020708', // an application number (申报编号), not an award
      'SQ2020YFE0201000',
      '2024YFHZ0317', // Sichuan's provincial numbers
      '2024YFG0008',
      '2023YFWZ0009',
      'ABC2019YFE0126800', // YF inside a longer token
      '2019YFE0126800X',
      '2019YFE01268001',
      'ID62061136006',
      '62061136006-2',
      'ISBN 62061136006',
    ];
    for (const text of lookAlikes) expect(numbers(text), text).toEqual([]);
  });

  it('never overlaps a name, and keeps names and numbers in text order', () => {
    const text = '重点国际（地区）合作研究项目（51920105010）和外国学者研究基金项目（21850410459）';
    expect(recognizer.find(text).map((m) => [text.slice(m.start, m.end), m.grant ? 'number' : 'name'])).toEqual([
      ['重点国际（地区）合作研究项目', 'name'],
      ['51920105010', 'number'],
      ['外国学者研究基金项目', 'name'],
      ['21850410459', 'number'],
    ]);
  });

  it('reads from `from` on, with the text before as context (as ChunkedFind resumes)', () => {
    const text = `Supported by the National Natural Science Foundation of China (Grant Nos. 61872345, 61972345).`;
    const from = text.indexOf('61972345');
    expect(recognizer.find(text, from).map((m) => text.slice(m.start, m.end))).toEqual(['61972345']);
  });

  it('reads a long run in chunks as one scan would, cues before the chunk edge included', () => {
    const sentence = '本研究得到国家自然科学基金资助（批准号：61872345、61972345、62061136006），特此致谢。';
    let text = '';
    // Put the numbers across the first chunk edge: the cue stands in the chunk before.
    while (text.length < CHUNK_CHARS - 30) text += '这是一段很长的说明文字，没有任何项目名称。';
    text = text.slice(0, CHUNK_CHARS - 25) + sentence + text;
    const whole = recognizer.find(text).map((m) => `${m.start}:${text.slice(m.start, m.end)}`);
    const find = new ChunkedFind(text, recognizer);
    const chunked: string[] = [];
    while (!find.done) chunked.push(...find.next().map((m) => `${m.start}:${text.slice(m.start, m.end)}`));
    expect(whole.map((s) => s.split(':')[1])).toEqual(['61872345', '61972345', '62061136006']);
    expect(chunked).toEqual(whole);
  });
});

describe('the words win', () => {
  it('shows the programme the words name, and says the number agrees', () => {
    const text = 'Major International (Regional) Joint Research Project of NSFC (No. 71520107004)';
    const [number] = numbersIn(text);
    expect(number!.refs.map((r) => r.entryId)).toEqual(['nsfc-key']);
    expect(number!.grant!.beside).toEqual({ entryIds: ['nsfc-key'], agreement: 'agrees', decided: true });
  });

  it('agrees when one names the family and the other a programme in it', () => {
    // type 61 → the NSFC family; the words name a programme inside it
    const text = '组织间国际（地区）合作研究与交流项目（批准号：62061136006）';
    const [number] = numbersIn(text);
    expect(number!.refs.map((r) => r.entryId)).toEqual(['nsfc-org']);
    expect(number!.grant!.beside).toMatchObject({ agreement: 'agrees', decided: true });
  });

  it('keeps the words and says the number differs', () => {
    // an 8-digit number of 2018 beside an international programme's name
    const text = '重点国际（地区）合作研究项目（批准号：61872345）';
    const [number] = numbersIn(text);
    expect(number!.refs.map((r) => r.entryId)).toEqual(['nsfc-key']);
    expect(number!.grant).toMatchObject({ entryId: null, beside: { entryIds: ['nsfc-key'], agreement: 'differs', decided: true } });
    // a strategic-project number beside the intergovernmental project's name
    const most = '政府间国际科技创新合作重点专项（2018YFE0200500）';
    expect(numbersIn(most)[0]!.grant).toMatchObject({ entryId: 'most-strategic', beside: { entryIds: ['most-intergov'], agreement: 'differs' } });
    expect(numbersIn(most)[0]!.refs.map((r) => r.entryId)).toEqual(['most-intergov']);
  });

  it('cannot tell for an NSFC 8-digit number from before 2011', () => {
    const text = '重大国际（地区）合作研究项目（30870123）';
    expect(numbersIn(text)[0]!.grant!.beside).toMatchObject({ agreement: 'unknown', decided: true });
  });

  it('narrows an ambiguous name to the programme the number agrees with', () => {
    // bare 国合专项 names both the 2001–2015 programme and the National Key R&D family
    const old = numbersIn('国合专项（2012DFB10200）')[0]!;
    expect(old.refs.map((r) => r.entryId)).toEqual(['most-legacy-intl']);
    const recent = numbersIn('国合专项（2019YFE0126800）')[0]!;
    expect(recent.refs.map((r) => r.entryId)).toEqual(['most-intl']);
    expect(recent.grant!.beside).toMatchObject({ entryIds: ['most-intl', 'most-legacy-intl'], agreement: 'agrees' });
  });

  it('lets a National Key R&D number decide beside the 2001–2015 programme name', () => {
    const text = 'International S&T Cooperation Program of China (2016YFE0100300)';
    const [number] = numbersIn(text);
    expect(number!.refs.map((r) => r.entryId)).toEqual(['most-intergov']);
    expect(number!.grant!.beside).toEqual({ entryIds: ['most-legacy-intl'], agreement: 'differs', decided: false });
  });

  it('does not take a programme named further off as the words beside', () => {
    const text = 'Major International (Regional) Joint Research Project (71520107004) and the General Program (61872345)';
    const found = numbersIn(text);
    expect(found.map((m) => m.grant!.beside?.entryIds)).toEqual([['nsfc-key'], undefined]);
  });

  it('takes a name right after the number in a CV line', () => {
    const text = '51920105010 重点国际（地区）合作研究项目';
    expect(numbersIn(text)[0]!.grant!.beside).toMatchObject({ entryIds: ['nsfc-key'], agreement: 'agrees' });
  });
});
