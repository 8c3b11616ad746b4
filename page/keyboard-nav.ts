/**
 * Next/previous mention for the keyboard commands (Alt+Shift+N / Alt+Shift+P by default).
 * The order and the wrapping come from the engine (`next`/`prev`: document order across
 * shadow roots and frames, continuing from a mention a rescan replaced). What this adds:
 * with no card open yet, the first command starts where the user is reading (the first
 * mention at or below the top of the viewport), not back at the top of the page.
 */
import type { NavDirection } from '../core/messages';
import { liveRange } from './frame-geometry';

export interface NavigableMention {
  range: AbstractRange;
}

export interface NavigableEngine<M> {
  mentions(): readonly M[];
  next(from: M | null): M | null;
  prev(from: M | null): M | null;
}

/** The mention to go to, or null when the page has none. */
export function pickMention<M extends NavigableMention>(
  engine: NavigableEngine<M>,
  current: M | null,
  direction: NavDirection,
): M | null {
  if (current) return direction === 'next' ? engine.next(current) : engine.prev(current);
  const firstInView = engine.mentions().find((m) => isAtOrBelowViewportTop(m.range));
  if (!firstInView) return direction === 'next' ? engine.next(null) : engine.prev(null);
  return direction === 'next' ? firstInView : engine.prev(firstInView);
}

function isAtOrBelowViewportTop(range: AbstractRange): boolean {
  const doc = range.startContainer.ownerDocument;
  return doc ? liveRange(range, doc).getBoundingClientRect().bottom >= 0 : false;
}

/**
 * Brings a mention into view: first its element through every scrolling ancestor, then the
 * exact line when the element is taller than the viewport. Instant, not smooth, so the card
 * can be placed right after (and users who prefer reduced motion get no animation).
 */
export function scrollMentionIntoView(range: AbstractRange): void {
  const doc = range.startContainer.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return;
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = liveRange(range, doc).getBoundingClientRect();
  const roomForCard = 48;
  if (rect.top < 0 || rect.bottom > view.innerHeight - roomForCard) {
    view.scrollBy(0, rect.top - view.innerHeight / 3);
  }
}
