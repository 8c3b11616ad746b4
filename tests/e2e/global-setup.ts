/**
 * Runs once before the e2e project: checks that Debian's Chromium is installed (a clear
 * message, not a stack trace, when it is not) and builds the extension the tests load.
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
  // Always build: a stale .output would test yesterday's code.
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`The build left no manifest in ${EXTENSION_DIR}.`);
  }
}
