/**
 * The data files the extension bundles (core/bundled-*.ts import the same files), for the build
 * steps in scripts/gen/ and the command-line recognizer's default: one path each, and one
 * reader that validates them in dependency order.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCatalogueJson, type Catalogue } from '../core/catalogue';
import { parsePartnerCatalogueJson, type PartnerCatalogue } from '../core/partners';
import { CatalogueError } from '../core/issues';
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
 * registry keys, names against both), and last that every registry record is cited by one of
 * them. Throws a CatalogueError naming file, record and field.
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
  const uncited = uncitedRecords(sources, programmes, partners);
  if (uncited.length > 0) {
    throw new CatalogueError(
      SOURCES_NAME,
      uncited.map((key) => `${SOURCES_NAME}: ${key}: cited by no programme or partner (cite it, or remove the record)`),
    );
  }
  return { sources, programmes, partners };
}

/**
 * Registry records no programme (`sourceKeys`) or partner (`sources`, a country prefix's
 * `source`) cites: the registry holds the documents the catalogue cites, nothing else.
 */
export function uncitedRecords(sources: SourceRegistry, programmes: Catalogue, partners: PartnerCatalogue): string[] {
  const cited = new Set<string>();
  for (const entry of programmes.entries) entry.sourceKeys.forEach((key) => cited.add(key));
  for (const partner of partners.partners) partner.sources.forEach((key) => cited.add(key));
  for (const country of partners.countries) country.prefixes?.forEach((prefix) => prefix.source && cited.add(prefix.source));
  return sources.sources.map((source) => source.key).filter((key) => !cited.has(key));
}

/** The validated programme catalogue (the registry checked too). */
export function readCatalogueFile(): Catalogue {
  return validateData().programmes;
}
