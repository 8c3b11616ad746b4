/**
 * Spawns the real command-line recognizer (tsx scripts/recognize.ts, as `npm run recognize`
 * does; the local tsx binary rather than npx, which only adds start-up time), for the CLI tests.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = 'tests/fixtures/recognize';

/** One JSON line of the recognizer (scripts/recognize.ts): a name, a call or a grant number. */
export interface RecognizeLine {
  file: string;
  id: string | null;
  kind?: 'grant-number';
  start: number;
  end: number;
  text: string;
  number?: string;
  year?: number;
  inferred?: true;
  pattern?: string | null;
  beside?: { entryIds: string[]; agreement: string; decided: boolean };
  label?: { zh: string; en: string };
  rule?: { zh: string; en: string };
}

/** The JSON lines the recognizer printed, its stderr and its exit status. */
export function runRecognize<Line>(args: string[], input?: string): { lines: Line[]; stderr: string; status: number | null } {
  const result = spawnSync(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/recognize.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Line);
  return { lines, stderr: result.stderr, status: result.status };
}
