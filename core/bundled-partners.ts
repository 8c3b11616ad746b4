/**
 * The partner catalogue shipped with the extension: data/partners.json, trusted as it is. It
 * is validated at build time against the programmes and the source registry
 * (scripts/gen/validate-catalogue.ts), so importing it here runs no checks and builds its
 * indexes only on the first lookup: cheap enough for the content script.
 *
 * Pure: no DOM, no browser API.
 */
import partners from '../data/partners.json';
import type { PartnersFile } from './partner-schema';
import { partnerCatalogueOf, type PartnerCatalogue } from './partners';

export const bundledPartners: PartnerCatalogue = partnerCatalogueOf(partners as PartnersFile);
