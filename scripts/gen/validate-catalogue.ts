/**
 * Generate step 1: read the catalogue's data files and validate them (schema and
 * cross-checks), so a broken record stops `npm run build` and `npm test` with a message naming
 * file, record and field:
 *  - data/sources.json, the source registry every fact cites;
 *  - data/programs.json, the programmes (their `sourceKeys` checked against the registry);
 *  - data/partners.json, the partners (programme ids, registry keys, names against both).
 * Writes nothing; later steps may rely on the files being valid.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCatalogueJson, type Catalogue } from '../../core/catalogue';
import { parsePartnerCatalogueJson, type PartnerCatalogue } from '../../core/partners';
import { parseSourceRegistryJson, type SourceRegistry } from '../../core/sources';

export const CATALOGUE_FILE = resolve(import.meta.dirname, '../../data/programs.json');
export const PARTNERS_FILE = resolve(import.meta.dirname, '../../data/partners.json');
export const SOURCES_FILE = resolve(import.meta.dirname, '../../data/sources.json');

export interface ValidatedData {
  sources: SourceRegistry;
  programmes: Catalogue;
  partners: PartnerCatalogue;
}

/** Reads and validates the three files, in dependency order; throws `CatalogueError`. */
export function validateData(): ValidatedData {
  const sources = parseSourceRegistryJson(readFileSync(SOURCES_FILE, 'utf8'), 'data/sources.json');
  const registryKeys = sources.keys;
  const programmes = parseCatalogueJson(readFileSync(CATALOGUE_FILE, 'utf8'), 'data/programs.json', { registryKeys });
  const partners = parsePartnerCatalogueJson(
    readFileSync(PARTNERS_FILE, 'utf8'),
    { programmes, registryKeys },
    'data/partners.json',
  );
  return { sources, programmes, partners };
}

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
