/**
 * Next/previous mention for the keyboard commands (Alt+Shift+N / Alt+Shift+P by default).
 * Works on the engine's list of mentions in document order; with no current mention it starts
 * from where the user is reading (the first mention at or below the top of the viewport),
 * and it wraps at both ends so the command never silently does nothing.
 */
import { liveRange } from './hover-position';

export type NavDirection = 'next' | 'previous';

export interface NavigableMention {
  range: AbstractRange;
}

/** The mention to go to, or null when the page has none. */
export function pickMention<M extends NavigableMention>(
  mentions: readonly M[],
  current: M | null,
  direction: NavDirection,
  doc: Document = document,
): M | null {
  if (mentions.length === 0) return null;
  const at = current ? mentions.indexOf(current) : -1;
  if (at >= 0) {
    const step = direction === 'next' ? 1 : -1;
    return mentions[(at + step + mentions.length) % mentions.length];
  }
  if (current) return neighbourOf(mentions, current, direction, doc);
  return fromViewport(mentions, direction, doc);
}

/**
 * The current mention is no longer in the list (the page changed and the engine rescanned):
 * go by document position instead of by index.
 */
function neighbourOf<M extends NavigableMention>(
  mentions: readonly M[],
  current: M,
  direction: NavDirection,
  doc: Document,
): M {
  const here = liveRange(current.range, doc);
  const after = mentions.findIndex(
    (m) => here.compareBoundaryPoints(Range.START_TO_START, liveRange(m.range, doc)) < 0,
  );
  if (direction === 'next') return mentions[after === -1 ? 0 : after];
  const before = (after === -1 ? mentions.length : after) - 1;
  return mentions[(before + mentions.length) % mentions.length];
}

function fromViewport<M extends NavigableMention>(
  mentions: readonly M[],
  direction: NavDirection,
  doc: Document,
): M {
  const firstVisible = mentions.findIndex(
    (m) => liveRange(m.range, doc).getBoundingClientRect().bottom >= 0,
  );
  if (direction === 'next') return mentions[firstVisible === -1 ? 0 : firstVisible];
  const before = (firstVisible === -1 ? mentions.length : firstVisible) - 1;
  return mentions[(before + mentions.length) % mentions.length];
}

/**
 * Brings a mention into view: first its element through every scrolling ancestor, then the
 * exact line when the element is taller than the viewport. Instant, not smooth, so the card
 * can be placed right after (and users who prefer reduced motion get no animation).
 */
export function scrollMentionIntoView(range: AbstractRange, doc: Document = document): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = liveRange(range, doc).getBoundingClientRect();
  const view = doc.defaultView;
  if (!view) return;
  const margin = 48; // leave room for the card below the name
  if (rect.top < 0 || rect.bottom > view.innerHeight - margin) {
    view.scrollBy(0, rect.top - view.innerHeight / 3);
  }
}
