/**
 * Issue 14, "Done when": a search of the built extension finds no internal file name (seed,
 * DOMAIN, DESIGN, 种子文件 …, tests/internal-names.ts) in any string a user can see.
 *
 * Both builds are searched, every file: the scripts' string and template literals (read with the
 * TypeScript parser, so identifiers and regular expressions are not text), every string of the
 * JSON files (manifest, _locales), and the whole text of the HTML and CSS files. Images are the
 * only files skipped. The e2e global setup has built .output/chrome-mv3; the Firefox build is
 * made here, as battery-manifest.test.ts makes it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { internalNamesIn, jsonStrings, scriptStrings } from '../internal-names';
import { EXTENSION_DIR } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX_DIR = resolve(ROOT, '.output/firefox-mv2');
const IMAGES = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.ico']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The strings of one built file a user can be shown. */
function visibleStrings(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  switch (extname(file)) {
    case '.js':
    case '.mjs':
      return scriptStrings(text, file);
    case '.json':
      return jsonStrings(JSON.parse(text));
    default:
      return [text];
  }
}

describe.each([
  ['Chromium build (MV3)', EXTENSION_DIR],
  ['Firefox build (MV2)', FIREFOX_DIR],
])('internal working names in the %s', (_label, dir) => {
  let files: string[] = [];
  beforeAll(() => {
    if (dir === FIREFOX_DIR) {
      // The same command as `npm run build:firefox`, less the generate step `npm test` has run.
      execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
    }
    files = filesUnder(dir).filter((file) => !IMAGES.has(extname(file)));
  }, 180_000);

  it('reads scripts, pages and the manifest, and the catalogue text among their strings', () => {
    const names = files.map((file) => relative(dir, file));
    expect(names).toContain('manifest.json');
    expect(names.some((name) => name.endsWith('.html'))).toBe(true);
    expect(names.some((name) => name.endsWith('.js'))).toBe(true);
    // The catalogue and the source registry are bundled: a document title and a note are there.
    const strings = files.flatMap(visibleStrings);
    expect(strings).toContain('国际(地区)合作与交流项目简介');
    expect(strings.some((text) => text.includes('Key International (Regional) Joint Research Program'))).toBe(true);
  });

  it('shows no internal working name in any string', () => {
    const found = files.flatMap((file) => internalNamesIn(visibleStrings(file).join('\n')).map((hit) => `${relative(dir, file)}: ${hit}`));
    expect(found).toEqual([]);
  });
});
