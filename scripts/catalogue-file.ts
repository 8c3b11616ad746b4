/**
 * The catalogue file the extension bundles (core/bundled-catalogue.ts imports the same file),
 * for the build steps in scripts/gen/ and the command-line recognizer's default: one path.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCatalogueJson, type Catalogue } from '../core/catalogue';

export const CATALOGUE_FILE = resolve(import.meta.dirname, '../data/programs.json');

/** How messages name it: relative to the repository. */
export const CATALOGUE_NAME = 'data/programs.json';

/** Reads and validates the bundled catalogue; a CatalogueError names the entry and field. */
export function readCatalogueFile(): Catalogue {
  return parseCatalogueJson(readFileSync(CATALOGUE_FILE, 'utf8'), CATALOGUE_NAME);
}
