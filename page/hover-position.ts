/**
 * Places the card beside a mention with @floating-ui/dom. A mention is a range of text, not
 * an element, so the reference is a virtual element built from the range's client rects. The
 * whole mention's box is the reference (not the line under the pointer): when a name wraps,
 * the card must clear every line of it.
 *
 * The card is `position: fixed`: it is laid out against the viewport of the frame the mention
 * is in, whatever scrolling container holds the text, and `autoUpdate` follows scrolls of
 * every ancestor of the text (the virtual element's contextElement).
 */
import {
  autoUpdate,
  computePosition,
  hide,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { frameOffset, liveRange, outermostFrame } from './frame-geometry';

/** Space between the name and the card, and kept free at the viewport's edges, in px. */
export const CARD_GAP_PX = 6;
export const VIEWPORT_PADDING_PX = 8;
/** The narrowest the card gets in a narrow frame. */
const MIN_CARD_WIDTH_PX = 200;

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


/** Which side of the mention the card goes: below or above. */
export type CardSide = 'bottom' | 'top';

/**
 * The side with room (issue 14, "the card never covers the name"): below when the card fits
 * there whole, else above when it fits there, else whichever side has more room (the card's
 * height is then capped to it and it scrolls inside). Pure, for the unit tests.
 *
 * `mention` is the whole mention's box (every line of a name that wraps), in viewport px.
 */
export function chooseSide(
  mention: { top: number; bottom: number },
  cardHeight: number,
  viewportHeight: number,
): CardSide {
  const { below, above } = roomAround(mention, viewportHeight);
  if (cardHeight <= below) return 'bottom';
  if (cardHeight <= above) return 'top';
  return above > below ? 'top' : 'bottom';
}

/** The room for the card below and above a mention: gap and edge padding taken off. */
export function roomAround(mention: { top: number; bottom: number }, viewportHeight: number): { below: number; above: number } {
  return {
    below: Math.max(0, viewportHeight - mention.bottom - CARD_GAP_PX - VIEWPORT_PADDING_PX),
    above: Math.max(0, mention.top - CARD_GAP_PX - VIEWPORT_PADDING_PX),
  };
}

/**
 * Computes and applies the card's position once: the side with room (chooseSide), the height
 * capped to that side's room (the card scrolls inside, and its scroll position is kept), the
 * width kept inside the viewport by shifting along the line only. Nothing ever moves the card
 * across the mention: floating-ui's `shift` on the cross axis and a minimum height larger than
 * the room did, and put the card over the name it explains.
 */
export async function placeCard(reference: VirtualElement, card: HTMLElement): Promise<void> {
  const mention = reference.getBoundingClientRect();
  const viewportHeight = visibleHeight(card.ownerDocument);
  // The card's own height, uncapped, decides the side; the cap is applied again just below.
  const scrolled = card.scrollTop;
  card.style.maxHeight = 'none';
  const side = chooseSide(mention, card.getBoundingClientRect().height, viewportHeight);
  const { below, above } = roomAround(mention, viewportHeight);
  const room = side === 'bottom' ? below : above;
  card.style.maxHeight = `${Math.floor(room)}px`;
  card.scrollTop = scrolled;

  const { x, y, placement, middlewareData } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: `${side}-start`,
    middleware: [
      offset(CARD_GAP_PX),
      shift({ padding: VIEWPORT_PADDING_PX, mainAxis: true, crossAxis: false }),
      size({
        padding: VIEWPORT_PADDING_PX,
        apply({ availableWidth, elements }) {
          elements.floating.style.maxWidth = `${Math.max(MIN_CARD_WIDTH_PX, Math.floor(availableWidth))}px`;
        },
      }),
      hide({ strategy: 'referenceHidden' }),
    ],
  });
  card.style.left = `${Math.round(x)}px`;
  // Rounded away from the mention, so a half pixel never makes them touch.
  card.style.top = `${side === 'bottom' ? Math.ceil(y) : Math.floor(y)}px`;
  card.dataset.placement = placement;
  // The name scrolled out of sight inside its container: the card goes with it.
  card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
}

/** The viewport's height without a horizontal scrollbar (what floating-ui measures against too). */
function visibleHeight(doc: Document): number {
  const inner = doc.defaultView?.innerHeight ?? 0;
  // In quirks mode the root's clientHeight is the document's height, not the viewport's.
  const client = doc.compatMode === 'CSS1Compat' ? doc.documentElement.clientHeight : 0;
  return client > 0 && client < inner ? client : inner;
}

/** Keeps the card beside the mention while the page scrolls or resizes; returns the stop. */
export function followMention(reference: VirtualElement, card: HTMLElement): () => void {
  return autoUpdate(reference, card, () => void placeCard(reference, card), {
    // The text under a mention does not animate; per-frame polling would cost for nothing.
    animationFrame: false,
  });
}
