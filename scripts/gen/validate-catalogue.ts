/**
 * Generate step 1: read data/programs.json and validate it (schema and cross-checks), so a
 * broken entry stops `npm run build` and `npm test` with a message naming entry and field.
 * Writes nothing; later steps may rely on the catalogue being valid.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCatalogueJson } from '../../core/catalogue';

export const CATALOGUE_FILE = resolve(import.meta.dirname, '../../data/programs.json');

export const validateCatalogueStep = {
  name: 'validate-catalogue',
  run(): void {
    const catalogue = parseCatalogueJson(readFileSync(CATALOGUE_FILE, 'utf8'), 'data/programs.json');
    console.log(`generate: catalogue ok (${catalogue.entries.length} entries)`);
  },
};
