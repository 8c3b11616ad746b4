/**
 * Re-renders BENCHMARKS.md from the committed bench/results.json (after editing
 * bench/notes.md or the report's wording), without measuring anything again:
 * `npx tsx bench/render.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderReport } from './report';
import type { BenchResults } from './results';

const root = resolve(import.meta.dirname, '..');
const results = JSON.parse(readFileSync(resolve(root, 'bench/results.json'), 'utf8')) as BenchResults;
writeFileSync(resolve(root, 'BENCHMARKS.md'), renderReport(results));
console.log('BENCHMARKS.md re-rendered from bench/results.json');
