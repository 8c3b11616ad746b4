/**
 * What a mention's card shows, resolved from the catalogue and the partners. Part of the card
 * script (loaded on the first card, ui/card-module.ts), not of the content script's start-up.
 */
import { bundledPartners } from '../core/bundled-partners';
import type { Catalogue } from '../core/catalogue';
import type { Partner } from '../core/partner-schema';
import type { PartnerCatalogue } from '../core/partners';
import type { Entry } from '../core/schema';
import type { GrantNumberReading, NameRef, PartnerRef } from '../core/types';
import { grantNumberInfo } from '../components/GrantNumberSection';
import type { CardContent, CardPartnerContent, NumberCardContent, PartnerCardContent } from './card-surface';

/** What a mention must carry for a card (page/registry.ts PageMention fits). */
export interface CardMention {
  refs: NameRef[];
  range: AbstractRange;
  /** Set on a grant number (issue 11). */
  grant?: GrantNumberReading;
  /** The partners a partner call or a partner named alone names (issue 10). */
  partners?: readonly PartnerRef[];
}

/**
 * The card for a mention: its first candidate entry, the others as alternatives, and the
 * partners a partner call names. A grant number adds what its pattern says; a number that
 * names no programme gets a number card; a partner named alone (no programme) a partner card.
 */
export function cardContent(
  catalogue: Catalogue,
  mention: CardMention & { grant?: undefined; partners?: undefined },
  partners?: PartnerCatalogue,
): CardContent | null;
export function cardContent(
  catalogue: Catalogue,
  mention: CardMention,
  partners?: PartnerCatalogue,
): CardContent | NumberCardContent | PartnerCardContent | null;
export function cardContent(
  catalogue: Catalogue,
  mention: CardMention,
  partners: PartnerCatalogue = bundledPartners,
): CardContent | NumberCardContent | PartnerCardContent | null {
  const grant = mention.grant && grantNumberInfo(catalogue, mention.grant);
  const named = partnersOf(mention.partners, partners);
  const [first, ...rest] = mention.refs;
  const entry = first && catalogue.byId(first.entryId);
  if (!first || !entry) {
    if (grant) return { number: grant };
    return named ? { partnerOnly: named } : null;
  }
  const alternatives = [...new Set(rest.map((ref) => ref.entryId))]
    .filter((id) => id !== entry.id)
    .map((id) => catalogue.byId(id))
    .filter((other): other is Entry => other !== undefined);
  const content: CardContent = { shown: { entry, path: catalogue.parentChain(entry.id) }, nameRef: first, alternatives };
  if (grant) content.grant = grant;
  if (named) content.partners = named;
  return content;
}

/** The partners of the catalogue a mention names, once each, in its order; undefined for none. */
function partnersOf(refs: readonly PartnerRef[] | undefined, partners: PartnerCatalogue): CardPartnerContent | undefined {
  if (!refs || refs.length === 0) return undefined;
  const found = [...new Set(refs.map((ref) => ref.partnerId))]
    .map((id) => partners.byId(id))
    .filter((partner): partner is Partner => partner !== undefined);
  return found.length > 0 ? { partners: found, refs } : undefined;
}
