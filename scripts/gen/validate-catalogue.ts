/**
 * Generate step 1: read the catalogue's data files and validate them (schema and
 * cross-checks), so a broken record stops `npm run build` and `npm test` with a message naming
 * file, record and field:
 *  - data/sources.json, the source registry every fact cites;
 *  - data/programs.json, the programmes (their `sourceKeys` checked against the registry);
 *  - data/partners.json, the partners (programme ids, registry keys, names against both).
 * Writes nothing; later steps may rely on the files being valid.
 */
import { validateData } from '../catalogue-file';

export const validateCatalogueStep = {
  name: 'validate-catalogue',
  run(): void {
    const { sources, programmes, partners } = validateData();
    console.log(
      `generate: catalogue ok (${programmes.entries.length} entries, ${partners.partners.length} partners, ` +
        `${partners.countries.length} countries, ${sources.sources.length} sources)`,
    );
  },
};
