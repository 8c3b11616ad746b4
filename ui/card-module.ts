/**
 * The card script's one export (docs/architecture.md, «The card on demand»): everything a
 * card needs — Preact, floating-ui, the card's CSS, the catalogue texts and sources it shows —
 * built as its own script (entrypoints/card.ts) and injected on the first hover or keyboard
 * command, so a page that is only read never parses it. The content script knows it by type
 * only (ui/hover-cards.ts).
 */
import { bundledCatalogue } from '../core/bundled-catalogue';
import { bundledPartners } from '../core/bundled-partners';
import { bundledSources } from '../core/bundled-sources';
import type { CardHostContext, OpenCardHost } from '../services/card-host';
import { cardContent, type CardMention } from './card-content';
import { createCardSurface, type CardSurfaceOptions, type MountedCardSurface } from './card-surface';

/** The surface's options, but for what the card script has itself (the catalogue, partners, sources). */
export type CardModuleOptions = Omit<CardSurfaceOptions<CardMention>, 'resolve' | 'lookups'>;

export interface CardModule {
  /** The card surface, its host opened in the content script's context (`hostContext`). */
  createSurface<M extends CardMention>(hostContext: CardHostContext, options: CardModuleOptions): Promise<MountedCardSurface<M>>;
}

/** The card module, given where its host comes from (services/card-host.ts, wired by entrypoints/card.ts). */
export function cardModuleWith(hostOpener: (context: CardHostContext) => OpenCardHost): CardModule {
  return {
    createSurface: (hostContext, options) =>
      createCardSurface(hostOpener(hostContext), {
        ...options,
        resolve: (mention) => cardContent(bundledCatalogue, mention, bundledPartners),
        lookups: { catalogue: bundledCatalogue, partnerCatalogue: bundledPartners, registry: bundledSources },
      }),
  };
}
