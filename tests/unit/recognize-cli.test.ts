/**
 * Spawns the real command-line recognizer on fixtures (tests/unit/run-recognize.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runRecognize } from './run-recognize';

interface Line {
  file: string;
  id: string | null;
  partner?: string;
  start: number;
  end: number;
  text: string;
}

const recognize = (args: string[], input?: string) => runRecognize<Line>(args, input);

/** [id, text] of each line, for compact expectations. */
const idsAndTexts = (lines: Line[]) => lines.map((line) => [line.id, line.text]);

describe('npm run recognize', { timeout: 60_000 }, () => {
  it('prints one JSON line per match of a text file, offsets into the decoded text', () => {
    const file = `${FIXTURES}/notice.txt`;
    const { lines, stderr, status } = recognize([file]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(idsAndTexts(lines)).toEqual([
      ['most-intergov', '政府间国际科技创新合作”重点专项'],
      ['nsfc-key', '重点国际（地区）合\n作研究项目'],
      ['nsfc-rfis', '外国学者研究基金项目'],
      ['nsfc-rfis-young', 'Research Fund for International Young Scientists'],
      ['nsfc-rfis-young', 'RFIS-I'],
      // ambiguous abbreviation: one line per candidate, same offsets
      ['nsfc-rfis', 'RFIS'],
      ['nsfc-rfis-young', 'RFIS'],
      // after an emoji (a surrogate pair): offsets still in UTF-16 code units
      ['most-intergov', '政府間國際科技創新合作'],
    ]);
    const text = readFileSync(resolve(ROOT, file), 'utf8');
    for (const line of lines) {
      expect(line.file).toBe(file);
      expect(text.slice(line.start, line.end)).toBe(line.text);
    }
    expect(lines[5]).toMatchObject({ start: lines[6]!.start, end: lines[6]!.end });
  });

  it('reads HTML as the text a browser shows, never across blocks, skipping scripts and hidden text', () => {
    const { lines, stderr, status } = recognize([`${FIXTURES}/notice.html`]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(idsAndTexts(lines)).toEqual([
      ['most-intergov', '政府间国际科技创新合作”重点专项'], // entities decoded (&ldquo; &rdquo;)
      ['nsfc-key', '重点国际（地区）合作研究项目'], // <b>重点</b> joined inline
      ['nsfc-key', 'Major International (Regional) Joint Research Projects'],
      ['nsfc-rfis-excellent', 'RFIS-II'],
    ]);
    // Offsets into the extracted text: blocks joined by line breaks.
    expect(lines[0]).toMatchObject({ start: 11, end: 27 });
  });

  it('names the partner of a partner call; one line per candidate partner, as per candidate programme', () => {
    const { lines, stderr, status } = recognize(['-'], '中德（NSFC-DFG）合作研究项目；中瑞合作研究项目；德国研究联合会；DFG；RFIS');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(lines).toEqual([
      { file: '-', id: 'nsfc-org-research', partner: 'dfg', start: 0, end: 18, text: '中德（NSFC-DFG）合作研究项目' },
      // an ambiguous prefix: one line per candidate partner, same offsets
      { file: '-', id: 'nsfc-org-research', partner: 'snsf', start: 19, end: 27, text: '中瑞合作研究项目' },
      { file: '-', id: 'nsfc-org-research', partner: 'vr', start: 19, end: 27, text: '中瑞合作研究项目' },
      // a partner named alone: no programme
      { file: '-', id: null, partner: 'dfg', start: 28, end: 35, text: '德国研究联合会' },
      // no partner: no "partner" field (and DFG alone is never a match)
      { file: '-', id: 'nsfc-rfis', start: 40, end: 44, text: 'RFIS' },
      { file: '-', id: 'nsfc-rfis-young', start: 40, end: 44, text: 'RFIS' },
    ]);
    expect(Object.keys(lines[4]!)).not.toContain('partner');
  });

  it('reads partner calls in HTML as the page does: a <br> inside a title, English forms, lowercase rfis left alone', () => {
    const { lines, stderr, status } = recognize([`${FIXTURES}/partners.html`]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(lines.map((line) => [line.id, line.partner ?? null, line.text])).toEqual([
      ['nsfc-org-research', 'dfg', '国家自然科学基金委员会与德国研究联合会\n合作研究项目'],
      [null, 'dfg', '德国研究联合会'],
      ['nsfc-org-research', 'snsf', '中瑞合作研究项目'],
      ['nsfc-org-research', 'vr', '中瑞合作研究项目'],
      ['nsfc-org-research', 'dfg', 'NSFC-DFG Joint Research Program'],
    ]);
  });

  it('--no-partners reads programme names only; --partners FILE is validated like the bundled file', () => {
    const programmesOnly = recognize(['--no-partners', '-'], '中德合作研究项目；外国学者研究基金项目');
    expect(programmesOnly.status).toBe(0);
    expect(idsAndTexts(programmesOnly.lines)).toEqual([['nsfc-rfis', '外国学者研究基金项目']]);

    const broken = recognize(['--partners', `${FIXTURES}/broken-partners.json`, '-'], '中德合作研究项目');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain(`${FIXTURES}/broken-partners.json: dfg.programmes[0].programme: unknown programme "no-such-programme"`);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads stdin for "-"', () => {
    const { lines, status } = recognize(['-'], '本年度重点合作研究项目申报');
    expect(status).toBe(0);
    expect(lines).toEqual([{ file: '-', id: 'nsfc-key', start: 3, end: 11, text: '重点合作研究项目' }]);
  });

  it('reports a non-UTF-8 file and a missing file on stderr, processes the others, exits 1', () => {
    const { lines, stderr, status } = recognize([
      `${FIXTURES}/gbk.txt`,
      `${FIXTURES}/missing.txt`,
      `${FIXTURES}/empty.txt`,
      '-',
    ], '外国资深学者研究基金项目');
    expect(status).toBe(1);
    expect(stderr).toContain(`${FIXTURES}/gbk.txt is not valid UTF-8`);
    expect(stderr).toContain(`cannot read ${FIXTURES}/missing.txt: no such file`);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(idsAndTexts(lines)).toEqual([['nsfc-rfis-senior', '外国资深学者研究基金项目']]);
  });

  it('a broken catalogue gives the catalogue message, not a stack trace, and exit code 2', () => {
    const broken = recognize(['--catalogue', `${FIXTURES}/broken-catalogue.json`, `${FIXTURES}/notice.txt`]);
    expect(broken.status).toBe(2);
    expect(broken.lines).toEqual([]);
    expect(broken.stderr).toContain(`${FIXTURES}/broken-catalogue.json: entries[0].id: must be a lowercase kebab-case id`);
    expect(broken.stderr).not.toMatch(/\n\s+at /);

    const badJson = recognize(['--catalogue', `${FIXTURES}/broken-json.json`, `${FIXTURES}/notice.txt`]);
    expect(badJson.status).toBe(2);
    expect(badJson.stderr).toContain('not valid JSON');
  });

  it('without a file prints the usage and exits 2', () => {
    const { stderr, status } = recognize([]);
    expect(status).toBe(2);
    expect(stderr).toContain('usage: npm run recognize');
  });
});
