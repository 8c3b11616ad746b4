/**
 * Runs once before the firefox project: checks that Debian's Firefox ESR is installed (a clear
 * message, not a stack trace, when it is not) and builds the Firefox build the tests install.
 * The e2e project builds the Chrome build into its own folder (.output/chrome-mv3/): both coexist.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FIREFOX_EXTENSION_DIR, assertFirefoxInstalled } from './harness';

export default function setup(): void {
  assertFirefoxInstalled();
  // Always build: a stale .output would test yesterday's code.
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`The Firefox build left no manifest in ${FIREFOX_EXTENSION_DIR}.`);
  }
}
