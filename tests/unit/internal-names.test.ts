/**
 * No internal working name in the data the extension bundles (issue 14): every string of every
 * data/*.json file, keys included, is searched for the names of tests/internal-names.ts. The
 * built extension is searched for the same names in tests/e2e/internal-names.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { internalNamesIn, jsonStrings, scriptStrings } from '../internal-names';

const DATA = resolve(import.meta.dirname, '../../data');
const files = readdirSync(DATA).filter((name) => name.endsWith('.json'));

describe('internal working names', () => {
  it('reads the data files', () => {
    expect(files).toEqual(expect.arrayContaining(['programs.json', 'partners.json', 'sources.json']));
  });

  it.each(files)('appear nowhere in data/%s', (name) => {
    const strings = jsonStrings(JSON.parse(readFileSync(resolve(DATA, name), 'utf8')));
    expect(strings.length).toBeGreaterThan(0);
    expect(strings.flatMap((text) => internalNamesIn(text))).toEqual([]);
  });

  it('are found when planted, and ordinary words are not taken for them', () => {
    for (const planted of [
      'Seed appendix: 重点国际（地区）合作研究项目',
      '种子文件中的简称',
      'Figures gathered from public notices for Grant Lens (DOMAIN.md, "Figures")',
      'see DESIGN.md',
      'seed-2.1',
      'PARTNERS.md, GRANT-NUMBERS.md',
      '../shared/seeds/000.txt',
    ]) {
      expect(internalNamesIn(planted), planted).not.toEqual([]);
    }
    for (const ordinary of ['it needs a domain such as example.edu', 'the card design', 'Seedorf University', 'linseed']) {
      expect(internalNamesIn(ordinary), ordinary).toEqual([]);
    }
  });

  it('reads the strings of a script, not its identifiers or regular expressions', () => {
    const code = 'const seed=1;const re=/"seed"/g;const a="Seed appendix",b=`x ${seed} DOMAIN.md`;f(\'种子\')';
    expect(scriptStrings(code)).toEqual(['Seed appendix', 'x ', ' DOMAIN.md', '种子']);
  });
});
