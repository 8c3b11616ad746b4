/**
 * Build-time step run before `wxt build`, the type check and the tests (`npm run generate`).
 * Each step lives in scripts/gen/ and writes into core/generated/ (not committed).
 * A failing step (e.g. a broken catalogue entry) prints its message and fails the build.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { partnerWordsStep } from './gen/partner-words';
import { recognizerEntriesStep } from './gen/recognizer-entries';
import { searchIndexStep } from './gen/search-index';
import { writeTradTable } from './gen/trad-table';
import { validateCatalogueStep } from './gen/validate-catalogue';

export const GENERATED_DIR = resolve(import.meta.dirname, '../core/generated');

type Step = { name: string; run: (outDir: string) => void | Promise<void> };
const steps: Step[] = [
  // Steps are registered here, in order (validation first).
  validateCatalogueStep,
  searchIndexStep,
  partnerWordsStep,
  recognizerEntriesStep,
  { name: 'traditional → simplified table (core/generated/trad-to-simp.ts)', run: writeTradTable },
  // After the three it reads: the recognizer's entries, the partner words, the traditional table.
  // Loaded only when it runs: it imports core/recognizer.ts, which imports the generated
  // traditional table, so a static import failed `npm run generate` on a fresh clone.
  {
    name: 'the compiled recognition (core/generated/recognition.ts)',
    run: async (outDir) => (await import('./gen/recognition')).recognitionStep.run(outDir),
  },
];

async function main(): Promise<void> {
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const step of steps) {
    try {
      await step.run(GENERATED_DIR);
    } catch (error) {
      console.error(`generate: ${step.name} failed:\n${error instanceof Error ? error.message : error}`);
      process.exit(1);
    }
  }
}

await main();
