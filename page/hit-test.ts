/**
 * Which mention is under the pointer? The caret APIs name the text node under a point in one
 * call (no scan over all mentions); the mention's client rects then confirm the point is on
 * its text, since the caret snaps to the nearest character even in the margin beside a line.
 */
import type { MentionRegistry, PageMention } from './registry';

interface CaretDocument {
  caretPositionFromPoint?(
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/** The text node under a viewport point, seeing into the given open shadow roots. */
export function nodeAtPoint(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): Node | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    return d.caretPositionFromPoint(x, y, { shadowRoots })?.offsetNode ?? null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    return d.caretRangeFromPoint(x, y)?.startContainer ?? null;
  }
  return null;
}

/** Whether a viewport point lies on one of the range's line boxes. */
export function rangeContainsPoint(range: AbstractRange, x: number, y: number): boolean {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return false;
  const live = doc.createRange();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  } catch {
    return false; // the text shrank under the range: stale, the watcher will drop it
  }
  for (const rect of live.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * The visible mention at viewport point (x, y) of `doc`, or null. When the caret API cannot
 * see into shadow roots (older browsers), mentions inside shadow roots are tested by box.
 */
export function mentionAtPoint(
  registry: MentionRegistry,
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): PageMention | null {
  const node = nodeAtPoint(doc, x, y, shadowRoots);
  if (node) {
    for (const m of registry.atNode(node)) {
      if (m.visible && rangeContainsPoint(m.range, x, y)) return m;
    }
  }
  if (shadowRoots.length === 0) return null;
  const target = node && node.nodeType === 1 ? (node as Element) : node?.parentElement;
  if (!target?.shadowRoot) return null;
  for (const m of registry.list()) {
    if (m.range.startContainer.getRootNode() === target.shadowRoot && rangeContainsPoint(m.range, x, y)) {
      return m;
    }
  }
  return null;
}
