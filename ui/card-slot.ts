/**
 * Where the card script leaves its module for the content script: a property of the frame's
 * window in the extension's isolated world (the page's own scripts cannot see it).
 */
import { CARD_MODULE_GLOBAL } from '../core/messages';
import type { CardModule } from './card-module';

type Slot = Record<string, CardModule | undefined>;

/** Called by the card script (entrypoints/card.ts) when it runs. */
export function publishCardModule(module: CardModule): void {
  (window as unknown as Slot)[CARD_MODULE_GLOBAL] = module;
}

/** The module the card script published; throws when it has not run in this frame. */
export function publishedCardModule(): CardModule {
  const module = (window as unknown as Slot)[CARD_MODULE_GLOBAL];
  if (!module) throw new Error('Grant Lens: the card script has not run in this frame');
  return module;
}
