/**
 * Bundles the page side of the benchmark (bench/browser/harness.ts: Grant Lens's recognizer
 * and page engine, the naive regex, the floors, the popup search) into one script with
 * esbuild, minified like the extension's own build, so engines run as they would ship.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

export async function bundleHarness(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'browser/harness.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: process.env.BENCH_NO_MINIFY ? false : true,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}
