/**
 * Generate step 1: read data/programs.json and validate it (schema and cross-checks), so a
 * broken entry stops `npm run build` and `npm test` with a message naming entry and field.
 * Writes nothing; later steps may rely on the catalogue being valid.
 */
import { readCatalogueFile } from '../catalogue-file';

export const validateCatalogueStep = {
  name: 'validate-catalogue',
  run(): void {
    const catalogue = readCatalogueFile();
    console.log(`generate: catalogue ok (${catalogue.entries.length} entries)`);
  },
};
