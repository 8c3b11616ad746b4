/**
 * The hover card's state machine: decides when a card opens, moves, stays and closes.
 * It knows nothing about the DOM — the controller (hover-controller.ts) feeds it what the
 * pointer and keyboard do, and it answers through `show` and `hide`. That split is what lets
 * the timing rules be tested with fake timers.
 *
 * Rules:
 * - a card opens after the pointer has rested on one mention for `showDelayMs`; moving to a
 *   different mention, or off every mention, restarts or cancels that wait (no flashing
 *   cards on a sweep);
 * - an open card stays while the pointer is on its mention or on the card, and closes
 *   `hideGraceMs` after the pointer has left both;
 * - a click on a mention pins its card at once: only Esc, a click elsewhere or the close
 *   button close it, and hovering other names does not replace it;
 * - nothing opens within `typingQuietMs` of a keystroke in an editable field.
 */
import { DEFAULT_HOVER_TIMINGS, type HoverTimings } from './hover-timings';

/** How a card came to be shown; the controller uses it for focus and announcements. */
export type ShowReason = 'hover' | 'click' | 'keyboard';

export interface HoverIntentOptions<M> {
  show(mention: M, how: { pinned: boolean; reason: ShowReason }): void;
  hide(): void;
  timings?: Partial<HoverTimings>;
  /** Whether two hit-test results are the same mention (default: the same object). */
  same?: (a: M, b: M) => boolean;
  /** Clock for the typing window; tests pass a fake one. */
  now?: () => number;
}

export interface HoverIntentState<M> {
  shown: M | null;
  pinned: boolean;
  /** The mention whose dwell timer is running, if any. */
  pending: M | null;
}

export class HoverIntent<M> {
  private readonly timings: HoverTimings;
  private readonly same: (a: M, b: M) => boolean;
  private readonly now: () => number;

  private shown: M | null = null;
  private pinned = false;
  private pending: M | null = null;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** The mention currently under the pointer (null: plain text or nothing). */
  private underPointer: M | null = null;
  private pointerOnCard = false;
  private lastTypedAt = -Infinity;

  constructor(private readonly options: HoverIntentOptions<M>) {
    this.timings = { ...DEFAULT_HOVER_TIMINGS, ...options.timings };
    this.same = options.same ?? Object.is;
    this.now = options.now ?? (() => Date.now());
  }

  state(): HoverIntentState<M> {
    return { shown: this.shown, pinned: this.pinned, pending: this.pending };
  }

  /** The hit-test result for the pointer's latest position (null: no mention there). */
  pointerAt(mention: M | null): void {
    const previous = this.underPointer;
    this.underPointer = mention;
    if (this.pinned) return;
    if (mention && previous && this.same(mention, previous) && (this.pending || this.shown)) {
      return; // still resting on the same name: let the running timers run
    }
    if (mention && this.shown && this.same(mention, this.shown)) {
      this.cancelPending();
      this.cancelHide();
      return;
    }
    // A different mention, or none: any dwell in progress is void (a sweep never shows).
    this.cancelPending();
    if (mention && !this.isTyping()) this.startPending(mention);
    if (this.shown && !this.pointerOnCard) this.startHide();
  }

  pointerEnteredCard(): void {
    this.pointerOnCard = true;
    this.cancelHide();
    // Crossing other text on the way to the card must not swap the card under the pointer.
    this.cancelPending();
  }

  pointerLeftCard(): void {
    this.pointerOnCard = false;
    if (this.shown && !this.pinned) {
      const backOnIt = this.underPointer && this.same(this.underPointer, this.shown);
      if (!backOnIt) this.startHide();
    }
  }

  /** A click on a mention pins its card (shown at once, whatever was shown before). */
  clicked(mention: M): void {
    this.cancelPending();
    this.cancelHide();
    // Shown again even when it is the card already open: it changes to its pinned look.
    this.shown = mention;
    this.pinned = true;
    this.options.show(mention, { pinned: true, reason: 'click' });
  }

  /** The keyboard command chose a mention: show it now, pinned (no pointer will keep it). */
  showFromKeyboard(mention: M): void {
    this.cancelPending();
    this.cancelHide();
    this.shown = mention;
    this.pinned = true;
    this.options.show(mention, { pinned: true, reason: 'keyboard' });
  }

  /** A click that hit neither a mention nor the card. */
  clickedElsewhere(): void {
    this.close();
  }

  /** Esc. Returns whether there was anything to close (so the key is left alone otherwise). */
  escape(): boolean {
    const hadSomething = this.shown !== null || this.pending !== null;
    this.close();
    return hadSomething;
  }

  /** A key went down in an input, textarea or contenteditable. */
  typed(): void {
    this.lastTypedAt = this.now();
    this.cancelPending();
  }

  /** Close whatever is shown or pending (close button, navigation, page scrolled away). */
  close(): void {
    this.cancelPending();
    this.cancelHide();
    const wasShown = this.shown !== null;
    this.shown = null;
    this.pinned = false;
    if (wasShown) this.options.hide();
  }

  dispose(): void {
    this.cancelPending();
    this.cancelHide();
    this.shown = null;
    this.pinned = false;
  }

  private isTyping(): boolean {
    return this.now() - this.lastTypedAt < this.timings.typingQuietMs;
  }

  private startPending(mention: M): void {
    this.pending = mention;
    this.showTimer = setTimeout(() => {
      this.showTimer = undefined;
      this.pending = null;
      if (this.isTyping()) return;
      this.cancelHide();
      this.shown = mention;
      this.pinned = false;
      this.options.show(mention, { pinned: false, reason: 'hover' });
    }, this.timings.showDelayMs);
  }

  private cancelPending(): void {
    if (this.showTimer !== undefined) clearTimeout(this.showTimer);
    this.showTimer = undefined;
    this.pending = null;
  }

  private startHide(): void {
    if (this.hideTimer !== undefined) return; // the grace period counts from the first leave
    this.hideTimer = setTimeout(() => {
      this.hideTimer = undefined;
      // Only the card goes: a dwell on the next name may be running and must finish.
      this.shown = null;
      this.pinned = false;
      this.options.hide();
    }, this.timings.hideGraceMs);
  }

  private cancelHide(): void {
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }
}
