/**
 * How long the pointer must rest on a name before its card opens, and how long a card
 * survives once the pointer has left. Named here, with the reason beside each number, so
 * nobody retunes one without knowing why it was chosen.
 *
 * Reference: Wikimedia's Page Previews (mediawiki-extensions-Popups, src/constants.js):
 * FETCH_START_DELAY 150 ms + FETCH_COMPLETE_TARGET_DELAY 350 ms = 500 ms from dwell to
 * preview, ABANDON_END_DELAY 300 ms before a preview closes after the pointer leaves.
 * Their numbers come from A/B tests on readers of dense, link-heavy text (phab T161284,
 * T70861) — the same situation as a grant notice where every programme name is marked.
 */
export interface HoverTimings {
  /** Pointer rests on one name this long before its card opens. */
  showDelayMs: number;
  /** After the pointer leaves both name and card, the card closes this much later. */
  hideGraceMs: number;
  /** A key pressed in an editable field within this window means "the user is typing". */
  typingQuietMs: number;
}

/**
 * 500 ms dwell: Wikipedia's total. Our data is local (no fetch to hide), so the whole delay is
 * intent; a shorter one made cards flash while reading across lines full of names, a longer
 * one feels like the hover did nothing. Fast sweeps restart it (see hover-intent.ts).
 */
export const SHOW_DELAY_MS = 500;

/**
 * 300 ms grace: Wikipedia's abandon delay. Long enough to travel the offset gap from the name
 * to the card (a diagonal move of ~100 px takes 150–250 ms), short enough that a card the user
 * has left does not linger over the text they go back to.
 */
export const HIDE_GRACE_MS = 300;

/**
 * 1 s after a keystroke in an input, textarea or contenteditable, no card opens: a card
 * appearing under the caret while someone types a funding proposal is the worst interruption
 * this extension could make. One second covers the pause between typed words.
 */
export const TYPING_QUIET_MS = 1000;

export const DEFAULT_HOVER_TIMINGS: HoverTimings = {
  showDelayMs: SHOW_DELAY_MS,
  hideGraceMs: HIDE_GRACE_MS,
  typingQuietMs: TYPING_QUIET_MS,
};
