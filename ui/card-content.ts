/**
 * What a mention's card shows, resolved from the catalogue. Part of the card script (loaded
 * on the first card, ui/card-module.ts), not of the content script's start-up.
 */
import type { Catalogue } from '../core/catalogue';
import type { Entry } from '../core/schema';
import type { GrantNumberReading, NameRef } from '../core/types';
import { grantNumberInfo } from '../components/GrantNumberSection';
import type { CardContent, NumberCardContent } from './card-surface';

/** What a mention must carry for a card (page/registry.ts PageMention fits). */
export interface CardMention {
  refs: NameRef[];
  range: AbstractRange;
  /** Set on a grant number (issue 11). */
  grant?: GrantNumberReading;
}

/**
 * The card for a mention: its first candidate entry, the others as alternatives. A grant
 * number adds what its pattern says; a number that names no programme gets a number card.
 */
export function cardContent(catalogue: Catalogue, mention: CardMention & { grant?: undefined }): CardContent | null;
export function cardContent(catalogue: Catalogue, mention: CardMention): CardContent | NumberCardContent | null;
export function cardContent(catalogue: Catalogue, mention: CardMention): CardContent | NumberCardContent | null {
  const grant = mention.grant && grantNumberInfo(catalogue, mention.grant);
  const [first, ...rest] = mention.refs;
  const entry = first && catalogue.byId(first.entryId);
  if (!first || !entry) return grant ? { number: grant } : null;
  const alternatives = [...new Set(rest.map((ref) => ref.entryId))]
    .filter((id) => id !== entry.id)
    .map((id) => catalogue.byId(id))
    .filter((other): other is Entry => other !== undefined);
  const content: CardContent = { shown: { entry, path: catalogue.parentChain(entry.id) }, nameRef: first, alternatives };
  if (grant) content.grant = grant;
  return content;
}
