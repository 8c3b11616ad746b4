/**
 * Grant numbers end to end through the real command-line recognizer (tsx scripts/recognize.ts):
 * a CV-like page (tests/fixtures/recognize/cv.html, also served by the e2e test) and an
 * acknowledgement paragraph (acknowledgement.txt). Numbers come out as matches with
 * `"kind": "grant-number"`, beside the name matches, in text order.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURES, runRecognize, type RecognizeLine as Line } from './run-recognize';


const recognize = (file: string) => runRecognize<Line>([file]);

/** [text, id, year] of each number line; names as [text, id]. */
const compact = (lines: Line[]) =>
  lines.map((line) => (line.kind === 'grant-number' ? [line.text, line.id, line.year] : [line.text, line.id]));

describe('npm run recognize: grant numbers', { timeout: 60_000 }, () => {
  it('reads the numbers of a CV page, with names, skipping look-alikes and hidden items', () => {
    const { lines, stderr, status } = recognize(`${FIXTURES}/cv.html`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(compact(lines)).toEqual([
      ['重点国际（地区）合作研究项目', 'nsfc-key'],
      ['51920105010', 'nsfc-key', 2019],
      ['国际（地区）合作与交流项目', 'nsfc-intl'],
      ['62061136006', 'nsfc-intl', 2020],
      ['2019YFE0126800', 'most-intergov', 2019],
      ['2019YFE0126802', 'most-intergov', 2019], // a sub-task number
      ['61872345', null, 2018], // an NSFC grant, not an international programme: id null
      ['战略性科技创新合作”重点专项', 'most-strategic'],
      ['2021YFE0205700', 'most-strategic', 2021],
      ['国家国际科技合作专项', 'most-legacy-intl'],
      ['2012DFB10200', 'most-legacy-intl', 2012],
      ['NSFC Research Fund for International Young Scientists', 'nsfc-rfis-young'], // the funder in front is part of the name
      ['21850410459', 'nsfc-rfis-young', 2018],
      ['2019YFE0303100', null, 2019], // the fusion special project, not international
      // the English list (the grammar: tests/unit/english-names.test.ts)
      ['Intergovernmental International S&T Innovation Cooperation Key Special Project of the National Key R&D Program of China', 'most-intergov'],
      ['Major International Joint Research Programme of NSFC', 'nsfc-key'],
      ['41520104008', 'nsfc-key', 2015],
      ['International Science and Technology Cooperation Program of China', 'most-legacy-intl'],
      ['2014DFA63070', 'most-legacy-intl', 2014],
      ['Research Fund for International Excellent Young Scientists', 'nsfc-rfis-excellent'],
      // not here: the office phone and fax, the postcode, 2024YFHZ0317 (provincial), the
      // hidden item, the international cooperation program office, NSFC named alone, the
      // amount in 元, the order number, the SQ application number
    ]);
    const number = lines.find((line) => line.text === '62061136006')!;
    expect(number).toMatchObject({
      kind: 'grant-number',
      number: '62061136006',
      inferred: true,
      pattern: 'nsfc-intl',
      label: { en: 'International (Regional) Cooperation and Exchange Program, 2020' },
    });
    expect(number.rule!.en).toMatch(/^11 digits, type code 61/);
    expect(lines.find((line) => line.text === '2019YFE0126802')).toMatchObject({ subtask: { project: '2019YFE0126800', index: 2 } });
    expect(lines.find((line) => line.text === '2019YFE0303100')!.label!.en).toMatch(/fusion energy special project/);
  });

  it('reads an acknowledgement paragraph: the words win, the number says whether it agrees', () => {
    const { lines, stderr, status } = recognize(`${FIXTURES}/acknowledgement.txt`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(compact(lines)).toEqual([
      ['Major International (Regional) Joint Research Project of the\nNational Natural Science Foundation of China', 'nsfc-key'],
      ['71520107004', 'nsfc-key', 2015],
      ['61872345', null, 2018],
      ['U1832123', null, 2018],
      ['2019YFE0126800', 'most-intergov', 2019],
      ['2018YFE0200500', 'most-strategic', 2018],
      // The 2001–2015 programme's English name with a National Key R&D number in its sentence:
      // the 2016– family; the number shows what its own pattern says.
      ['International S&T Cooperation Program of China', 'most-intl'],
      ['2016YFE0100300', 'most-intergov', 2016],
      ['Research Fund for International Young Scientists', 'nsfc-rfis-young'],
      ['21850410459', 'nsfc-rfis-young', 2018],
      // not here: the telephone number at the end of the paragraph
      ['72350710798', 'nsfc-rfis', 2023],
      ['国家国际科技合作专项', 'most-legacy-intl'],
      ['2013DFG12870', 'most-legacy-intl', 2013],
    ]);
    const besideOf = (text: string) => lines.find((line) => line.text === text)!.beside;
    expect(besideOf('71520107004')).toEqual({ entryIds: ['nsfc-key'], agreement: 'agrees', decided: true });
    // The 2001–2015 programme's English name beside a National Key R&D number: the number decides.
    expect(besideOf('2016YFE0100300')).toEqual({ entryIds: ['most-legacy-intl'], agreement: 'differs', decided: false });
    expect(besideOf('61872345')).toBeUndefined();
  });
});
