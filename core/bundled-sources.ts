/**
 * The source registry shipped with the extension: data/sources.json, trusted as it is (it is
 * validated at build time, scripts/gen/validate-catalogue.ts); its index is built on the first
 * lookup.
 *
 * Pure: no DOM, no browser API.
 */
import sources from '../data/sources.json';
import { sourceRegistryOf, type SourceRegistry, type SourcesFile } from './sources';

export const bundledSources: SourceRegistry = sourceRegistryOf(sources as SourcesFile);
