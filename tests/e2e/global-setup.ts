/**
 * Runs once before the e2e project: checks that Debian's Chromium and a Chinese system font are
 * installed (a clear message, not a stack trace, when one is not) and builds the extension the
 * tests load.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, EXTENSION_DIR } from './harness';

export default function setup(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM_PATH}.\n` +
        'Install it with: apt-get update && apt-get install -y chromium\n' +
        '(never let a tool download its own browser; it cannot here).',
    );
  }
  // The extension's pages and the card use system fonts only (components/tokens.css): without a
  // CJK font Chromium draws every Chinese character as a box, in the screenshots and in every
  // measurement of Chinese text. .ci/run installs this package.
  if (!hasChineseFont()) {
    throw new Error(
      'Browser tests need a Chinese system font; fontconfig (fc-list :lang=zh) lists none.\n' +
        'Install one with: apt-get update && apt-get install -y fonts-wqy-microhei\n' +
        '(without it the popup, the catalogue page and the card show Chinese as boxes).',
    );
  }
  // Always build: a stale .output would test yesterday's code.
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`The build left no manifest in ${EXTENSION_DIR}.`);
  }
}

/** Whether fontconfig knows a font that covers Chinese (false when fc-list itself is missing). */
function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}
