/**
 * Where a mention's text is, for the hover controller (which frame, where that frame sits) and
 * the card's placement: plain DOM geometry, no placement library, so the content script's
 * start-up does not carry floating-ui (the card brings it; docs/architecture.md, «The card on
 * demand»).
 */

/** A live Range over a mention's boundaries (StaticRange has no geometry). */
export function liveRange(range: AbstractRange, doc: Document = document): Range {
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

/** Where the viewport of `doc` (a nested same-origin frame) starts in the viewport of `top`. */
export function frameOffset(doc: Document, top: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let d: Document | null = doc; d && d !== top; ) {
    const frame: Element | null | undefined = d.defaultView?.frameElement;
    if (!frame) break;
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    x += box.left + frame.clientLeft + (style ? parseFloat(style.paddingLeft) || 0 : 0);
    y += box.top + frame.clientTop + (style ? parseFloat(style.paddingTop) || 0 : 0);
    d = frame.ownerDocument;
  }
  return { x, y };
}

/** The frame element in `top` that (through nested frames) holds `doc`; null if none. */
export function outermostFrame(doc: Document, top: Document): Element | null {
  let frame: Element | null = null;
  let d: Document = doc;
  while (d !== top) {
    const next: Element | null = d.defaultView?.frameElement ?? null;
    if (!next) return null;
    frame = next;
    d = next.ownerDocument;
  }
  return frame;
}
