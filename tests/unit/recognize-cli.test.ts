/**
 * Spawns the real command-line recognizer on fixtures (tests/unit/run-recognize.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runRecognize } from './run-recognize';

interface Line {
  file: string;
  id: string;
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
