/**
 * English names as people write them, end to end through the real command-line recognizer
 * (tsx scripts/recognize.ts): an acknowledgement section in the styles papers use
 * (tests/fixtures/recognize/acknowledgements-en.txt; the CV page is in
 * recognize-cli-numbers.test.ts). Names come out as matches like the Chinese names, the funder
 * around them part of the match, the numbers beside them read against them.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURES, runRecognize, type RecognizeLine as Line } from './run-recognize';


describe('npm run recognize: English names', { timeout: 60_000 }, () => {
  it('reads an acknowledgement section: a dozen renderings, line breaks inside, nothing from the prose', () => {
    const { lines, stderr, status } = runRecognize<Line>([`${FIXTURES}/acknowledgements-en.txt`]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const names = lines.filter((line) => line.kind !== 'grant-number').map((line) => [line.text.replace(/\s+/g, ' '), line.id]);
    expect(names).toEqual([
      ['Inter-governmental S&T Cooperation Program under the National Key Research and Development Program of China', 'most-intergov'],
      ['Strategic International Scientific and Technological Innovation Cooperation Key Special Project', 'most-strategic'],
      ['International (Regional) Cooperation and Exchange Programs', 'nsfc-intl'],
      ['Research Fund for International Young Scholars of the National Natural Science Foundation of China', 'nsfc-rfis-young'],
      ['S&T Innovation Cooperation with Hong Kong, Macao and Taiwan Key Special Project', 'most-hkmt'],
      ['Major International (Regional) Joint-Research Project of NSFC', 'nsfc-key'],
      ['Program of International S&T Cooperation', 'most-legacy-intl'], // its own number (DF) beside it
      // the 2001–2015 name with a National Key R&D number in its sentence: the 2016– family
      ['International Science & Technology Cooperation Program of China', 'most-intl'],
      // not here: the National Key R&D Program and NSFC named alone, "International cooperation is
      // welcome", the international cooperation program office, key projects of NSFC
    ]);
    // Each number beside a name agrees with it, except the 2016 number beside the old name.
    const besides = lines.filter((line) => line.kind === 'grant-number').map((line) => [line.text, line.id, line.beside?.agreement, line.beside?.decided]);
    expect(besides).toEqual([
      ['2018YFE0105600', 'most-intergov', 'agrees', true],
      ['2018YFE0200500', 'most-strategic', 'agrees', true],
      ['62061136006', 'nsfc-intl', 'agrees', true],
      ['21850410459', 'nsfc-rfis-young', 'agrees', true],
      ['71520107004', 'nsfc-key', 'agrees', true],
      ['2013DFG12870', 'most-legacy-intl', 'agrees', true],
      ['2016YFE0100300', 'most-intergov', 'differs', false],
    ]);
  });
});
