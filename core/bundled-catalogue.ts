/**
 * The catalogue shipped with the extension: data/programs.json, validated once at import.
 * The same file is validated at build time (scripts/gen/validate-catalogue.ts), so a broken
 * entry fails the build long before this line can throw in a user's browser.
 *
 * Pure: no DOM, no browser API.
 */
import programs from '../data/programs.json';
import { parseCatalogue, type Catalogue } from './catalogue';

export const bundledCatalogue: Catalogue = parseCatalogue(programs, 'data/programs.json');
