/**
 * The data files the extension bundles (core/bundled-*.ts import the same files), for the build
 * steps in scripts/gen/ and the command-line recognizer's default: one path each, and one
 * reader that validates them in dependency order.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCatalogueJson, type Catalogue } from '../core/catalogue';
import { parsePartnerCatalogueJson, type PartnerCatalogue } from '../core/partners';
import { parseSourceRegistryJson, type SourceRegistry } from '../core/sources';

export const CATALOGUE_FILE = resolve(import.meta.dirname, '../data/programs.json');
export const PARTNERS_FILE = resolve(import.meta.dirname, '../data/partners.json');
export const SOURCES_FILE = resolve(import.meta.dirname, '../data/sources.json');

/** How messages name them: relative to the repository. */
export const CATALOGUE_NAME = 'data/programs.json';
export const PARTNERS_NAME = 'data/partners.json';
export const SOURCES_NAME = 'data/sources.json';

export interface ValidatedData {
  sources: SourceRegistry;
  programmes: Catalogue;
  partners: PartnerCatalogue;
}

/**
 * Reads and validates the three files: the source registry first (facts cite it), then the
 * programmes (their `sourceKeys` against the registry), then the partners (programme ids,
 * registry keys, names against both). Throws a CatalogueError naming file, record and field.
 */
export function validateData(): ValidatedData {
  const sources = parseSourceRegistryJson(readFileSync(SOURCES_FILE, 'utf8'), SOURCES_NAME);
  const registryKeys = sources.keys;
  const programmes = parseCatalogueJson(readFileSync(CATALOGUE_FILE, 'utf8'), CATALOGUE_NAME, { registryKeys });
  const partners = parsePartnerCatalogueJson(
    readFileSync(PARTNERS_FILE, 'utf8'),
    { programmes, registryKeys },
    PARTNERS_NAME,
  );
  return { sources, programmes, partners };
}

/** The validated programme catalogue (the registry checked too). */
export function readCatalogueFile(): Catalogue {
  return validateData().programmes;
}
