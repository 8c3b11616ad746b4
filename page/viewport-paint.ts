/**
 * Paints only the mentions near the viewport. Chromium re-validates every range of a
 * highlight whenever the highlight changes, at the next rendering update: with 12,000
 * mentions on a 10 MB page one update took over a second. So the highlight holds the
 * mentions within a few screens of the viewport, and an IntersectionObserver (off the main
 * thread's critical path, batched per frame) adds and removes them as the reader scrolls.
 * The registry still knows every mention: counts, next/previous and reveal are unaffected.
 */
import type { HighlightLayer } from './constants';
import type { HighlightPainter } from './highlight';
import type { PageMention } from './registry';

/** The layer a mention is painted on: a grant number that names no programme has its own. */
export function layerOf(m: PageMention): HighlightLayer {
  return m.grant && m.ids.length === 0 ? 'number' : 'mention';
}

/** Screens above and below the viewport that are painted ahead of scrolling. */
const MARGIN = '200% 0px 200% 0px';

/**
 * Elements observed at once while a scan runs. Chromium recomputes every observed target at
 * every frame, and the scan causes a frame every few slices: observing each element as it is
 * found made the frames of a 10 MB scan grow to 250–290 ms each (quadratic). The scan goes in
 * document order, so the first elements are the top of the page, which is what the reader sees
 * first; the rest are observed once the scan is done (`observeHeldBack`), in batches: observing the
 * 22,000 elements with mentions of the bench's 10 MB page in one go was a 58 ms task.
 */
const OBSERVED_DURING_SCAN = 300;

export interface MentionPainter {
  show(mention: PageMention): void;
  hide(mention: PageMention): void;
  /**
   * No scan is running any more: starts watching up to `max` of the elements held back during
   * it; returns whether any are still held back (the engine calls again in its next step).
   */
  observeHeldBack(max: number): boolean;
  dispose(): void;
}

/** Paints every mention at once (no IntersectionObserver, or tests that want it). */
export function paintAll(painter: HighlightPainter): MentionPainter {
  return {
    show: (m) => painter.add(m.range, layerOf(m)),
    hide: (m) => painter.delete(m.range, layerOf(m)),
    observeHeldBack: () => false,
    dispose: () => {},
  };
}

export function paintNearViewport(painter: HighlightPainter, view: Window): MentionPainter {
  const byElement = new Map<Element, Set<PageMention>>();
  /** Each shown mention's observed element (its text may leave that element later). */
  const elementOfShown = new Map<PageMention, Element>();
  const near = new Set<Element>();
  /** Elements with mentions not observed yet (held back while a scan runs). */
  const unobserved = new Set<Element>();
  let observedDuringScan = 0;

  const observer = new (view as Window & typeof globalThis).IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const el = entry.target;
        const mentions = byElement.get(el);
        if (!mentions) continue;
        if (entry.isIntersecting && !near.has(el)) {
          near.add(el);
          for (const m of mentions) painter.add(m.range, layerOf(m));
        } else if (!entry.isIntersecting && near.has(el)) {
          near.delete(el);
          for (const m of mentions) painter.delete(m.range, layerOf(m));
        }
      }
    },
    { rootMargin: MARGIN },
  );

  return {
    show(m) {
      const el = m.range.startContainer.parentElement;
      if (!el || elementOfShown.has(m)) return;
      elementOfShown.set(m, el);
      let mentions = byElement.get(el);
      if (!mentions) {
        mentions = new Set();
        byElement.set(el, mentions);
        if (observedDuringScan < OBSERVED_DURING_SCAN) {
          observedDuringScan++;
          observer.observe(el);
        } else {
          unobserved.add(el);
        }
      }
      mentions.add(m);
      if (near.has(el)) painter.add(m.range, layerOf(m));
    },
    hide(m) {
      painter.delete(m.range, layerOf(m));
      const el = elementOfShown.get(m);
      elementOfShown.delete(m);
      const mentions = el && byElement.get(el);
      if (!el || !mentions) return;
      mentions.delete(m);
      if (mentions.size === 0) {
        byElement.delete(el);
        near.delete(el);
        if (!unobserved.delete(el)) observer.unobserve(el);
      }
    },
    observeHeldBack(max) {
      observedDuringScan = 0;
      let observed = 0;
      for (const el of unobserved) {
        if (observed++ === max) return true;
        observer.observe(el);
        unobserved.delete(el);
      }
      return false;
    },
    dispose() {
      observer.disconnect();
      byElement.clear();
      unobserved.clear();
      elementOfShown.clear();
      near.clear();
    },
  };
}
