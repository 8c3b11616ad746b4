/**
 * Places the card beside a mention with @floating-ui/dom. A mention is a range of text, not
 * an element, so the reference is a virtual element built from the range's client rects
 * (the `inline` middleware picks the line the pointer is on when a name wraps).
 *
 * The card is `position: fixed`: it is laid out against the viewport of the frame the mention
 * is in, whatever scrolling container holds the text, and `autoUpdate` follows scrolls of
 * every ancestor of the text (the virtual element's contextElement).
 */
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { frameOffset, liveRange, outermostFrame } from './frame-geometry';

/** Space between the name and the card, and kept free at the viewport's edges, in px. */
export const CARD_GAP_PX = 6;
export const VIEWPORT_PADDING_PX = 8;
/** Below this height the card would be useless; it scrolls inside rather than shrink more. */
const MIN_CARD_HEIGHT_PX = 140;

/**
 * The floating-ui reference for a mention: its text's boxes, re-measured on every call, in
 * the viewport of `cardDoc` (the document the card is in). A mention inside an about:blank or
 * srcdoc frame (scanned by the parent's engine; such frames get no content script) is
 * measured in its frame and shifted by where the frame sits.
 */
export function rangeReference(range: AbstractRange, cardDoc: Document = document): VirtualElement {
  const textDoc = range.startContainer.ownerDocument ?? cardDoc;
  const live = liveRange(range, textDoc);
  const shift = (rect: DOMRect): DOMRect => {
    const { x, y } = frameOffset(textDoc, cardDoc);
    return x === 0 && y === 0 ? rect : new DOMRect(rect.x + x, rect.y + y, rect.width, rect.height);
  };
  const inFrame = textDoc !== cardDoc ? outermostFrame(textDoc, cardDoc) : null;
  return {
    getBoundingClientRect: () => shift(live.getBoundingClientRect()),
    getClientRects: () => [...live.getClientRects()].map(shift),
    // autoUpdate follows the scrolling ancestors of this element.
    contextElement: inFrame ?? range.startContainer.parentElement ?? cardDoc.documentElement,
  };
}


export interface PlaceOptions {
  /** The pointer, when the card was opened by hovering: the card goes by that line. */
  pointer?: { x: number; y: number };
}

/** Computes and applies the card's position once. */
export async function placeCard(
  reference: VirtualElement,
  card: HTMLElement,
  options: PlaceOptions = {},
): Promise<void> {
  const { x, y, placement, middlewareData } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      inline(options.pointer ?? {}),
      offset(CARD_GAP_PX),
      flip({ padding: VIEWPORT_PADDING_PX, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
      shift({ padding: VIEWPORT_PADDING_PX, crossAxis: true }),
      size({
        padding: VIEWPORT_PADDING_PX,
        apply({ availableHeight, availableWidth, elements }) {
          // Never taller or wider than the room left: the card scrolls inside instead.
          elements.floating.style.maxHeight = `${Math.max(MIN_CARD_HEIGHT_PX, availableHeight)}px`;
          elements.floating.style.maxWidth = `${Math.max(200, availableWidth)}px`;
        },
      }),
      hide({ strategy: 'referenceHidden' }),
    ],
  });
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
  card.dataset.placement = placement;
  // The name scrolled out of sight inside its container: the card goes with it.
  card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
}

/** Keeps the card beside the mention while the page scrolls or resizes; returns the stop. */
export function followMention(
  reference: VirtualElement,
  card: HTMLElement,
  options: PlaceOptions = {},
): () => void {
  return autoUpdate(reference, card, () => void placeCard(reference, card, options), {
    // The text under a mention does not animate; per-frame polling would cost for nothing.
    animationFrame: false,
  });
}
