/**
 * A card surface that loads the real one (the card script, ui/card-module.ts) when a card may
 * soon be wanted: the pointer rests on a mention (the hover dwell has begun: the script arrives
 * during the dwell, so the first card is not late) or a card is asked for outright (keyboard,
 * click, "show me" from the popup). A card asked for while the script loads is shown once it
 * is there, unless it was hidden meanwhile. A failed load is reported and tried again on the
 * next card.
 */
import type { CardSurface, ShowRequest } from '../page/hover-controller';
import type { MountedCardSurface } from './card-surface';

export interface LazyCardSurface<M> extends CardSurface<M> {
  /** Whether the real surface is loaded (for tests and the benchmark). */
  readonly loaded: boolean;
  dispose(): void;
}

export function lazyCardSurface<M extends { range: AbstractRange }>(
  load: () => Promise<MountedCardSurface<M>>,
  reportProblem: (error: unknown) => void,
): LazyCardSurface<M> {
  let surface: MountedCardSurface<M> | null = null;
  let loading: Promise<void> | null = null;
  /** The last card asked for before the surface was there. */
  let pending: { mention: M; request: ShowRequest } | null = null;
  let disposed = false;

  function ensureLoaded(): void {
    if (surface || loading || disposed) return;
    loading = load().then(
      (loaded) => {
        loading = null;
        if (disposed) {
          loaded.dispose();
          return;
        }
        surface = loaded;
        const wanted = pending;
        pending = null;
        if (wanted) loaded.show(wanted.mention, wanted.request);
      },
      (error: unknown) => {
        loading = null;
        pending = null;
        if (!disposed) reportProblem(error);
      },
    );
  }

  return {
    get loaded() {
      return surface !== null;
    },
    prepare: ensureLoaded,
    show(mention, request) {
      if (surface) {
        surface.show(mention, request);
        return;
      }
      pending = { mention, request };
      ensureLoaded();
    },
    hide() {
      pending = null;
      surface?.hide();
    },
    owns(event) {
      return surface?.owns(event) ?? false;
    },
    dispose() {
      disposed = true;
      pending = null;
      surface?.dispose();
      surface = null;
    },
  };
}
