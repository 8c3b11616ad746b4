import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent, type ShowReason } from '../../page/hover-intent';
import { HIDE_GRACE_MS, SHOW_DELAY_MS, TYPING_QUIET_MS } from '../../page/hover-timings';

interface FakeMention {
  id: string;
}
const a: FakeMention = { id: 'a' };
const b: FakeMention = { id: 'b' };
const c: FakeMention = { id: 'c' };

function setup() {
  const log: string[] = [];
  const intent = new HoverIntent<FakeMention>({
    show: (m, how: { pinned: boolean; reason: ShowReason }) =>
      log.push(`show ${m.id}${how.pinned ? ' pinned' : ''} (${how.reason})`),
    hide: () => log.push('hide'),
    now: () => Date.now(),
  });
  return { intent, log };
}

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows a card only after the pointer rests for the show delay', () => {
    const { intent, log } = setup();
    intent.pointerAt(a);
    vi.advanceTimersByTime(SHOW_DELAY_MS - 1);
    expect(log).toEqual([]);
    intent.pointerAt(a); // small moves on the same name do not restart the wait
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show a (hover)']);
    expect(intent.state()).toMatchObject({ shown: a, pinned: false, pending: null });
  });

  it('does not flash cards when the pointer sweeps across names', () => {
    const { intent, log } = setup();
    for (const m of [a, b, c, null, a, b]) {
      intent.pointerAt(m);
      vi.advanceTimersByTime(SHOW_DELAY_MS / 2);
    }
    intent.pointerAt(null);
    vi.advanceTimersByTime(SHOW_DELAY_MS * 4);
    expect(log).toEqual([]);
  });

  it('restarts the wait when the pointer moves to a different name', () => {
    const { intent, log } = setup();
    intent.pointerAt(a);
    vi.advanceTimersByTime(SHOW_DELAY_MS - 50);
    intent.pointerAt(b);
    vi.advanceTimersByTime(SHOW_DELAY_MS - 1);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show b (hover)']);
  });

  it('keeps the card open while the pointer travels to it and rests on it', () => {
    const { intent, log } = setup();
    intent.pointerAt(a);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    intent.pointerAt(null); // the gap between name and card
    vi.advanceTimersByTime(HIDE_GRACE_MS - 50);
    intent.pointerEnteredCard();
    vi.advanceTimersByTime(HIDE_GRACE_MS * 10);
    expect(log).toEqual(['show a (hover)']);
    intent.pointerLeftCard();
    vi.advanceTimersByTime(HIDE_GRACE_MS - 1);
    expect(log).toEqual(['show a (hover)']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show a (hover)', 'hide']);
  });

  it('closes after the grace period when the pointer leaves the name, not before', () => {
    const { intent, log } = setup();
    intent.pointerAt(a);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    intent.pointerAt(null);
    vi.advanceTimersByTime(HIDE_GRACE_MS - 1);
    intent.pointerAt(a); // came back in time
    vi.advanceTimersByTime(HIDE_GRACE_MS * 3);
    expect(log).toEqual(['show a (hover)']);
    intent.pointerAt(null);
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(log).toEqual(['show a (hover)', 'hide']);
  });

  it('moves from one card to the next name after its own dwell', () => {
    const { intent, log } = setup();
    intent.pointerAt(a);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    intent.pointerAt(b);
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(log).toEqual(['show a (hover)', 'hide']);
    vi.advanceTimersByTime(SHOW_DELAY_MS - HIDE_GRACE_MS);
    expect(log).toEqual(['show a (hover)', 'hide', 'show b (hover)']);
  });

  it('closes on Esc and says whether it consumed the key', () => {
    const { intent, log } = setup();
    expect(intent.escape()).toBe(false);
    intent.pointerAt(a);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(intent.escape()).toBe(true);
    expect(log).toEqual(['show a (hover)', 'hide']);
    // Esc during the dwell cancels the card that was about to open.
    intent.pointerAt(b);
    vi.advanceTimersByTime(SHOW_DELAY_MS / 2);
    expect(intent.escape()).toBe(true);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(log).toEqual(['show a (hover)', 'hide']);
  });

  it('pins on click: hover elsewhere and leaving do not close it; Esc or a click outside does', () => {
    const { intent, log } = setup();
    intent.clicked(a);
    expect(log).toEqual(['show a pinned (click)']);
    intent.pointerAt(null);
    intent.pointerAt(b);
    intent.pointerLeftCard();
    vi.advanceTimersByTime(SHOW_DELAY_MS * 10);
    expect(log).toEqual(['show a pinned (click)']);
    intent.clickedElsewhere();
    expect(log).toEqual(['show a pinned (click)', 'hide']);
    intent.clicked(b);
    intent.escape();
    expect(log.slice(-2)).toEqual(['show b pinned (click)', 'hide']);
    expect(intent.state()).toEqual({ shown: null, pinned: false, pending: null });
  });

  it('a click on a name already shown on hover pins that card', () => {
    const { intent, log } = setup();
    intent.pointerAt(a);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    intent.clicked(a);
    intent.pointerAt(null);
    vi.advanceTimersByTime(HIDE_GRACE_MS * 5);
    expect(log).toEqual(['show a (hover)', 'show a pinned (click)']);
  });

  it('shows nothing while the user is typing, and again once they pause', () => {
    const { intent, log } = setup();
    intent.typed();
    intent.pointerAt(a);
    vi.advanceTimersByTime(SHOW_DELAY_MS * 3);
    expect(log).toEqual([]);
    // A keystroke during a dwell cancels it.
    vi.advanceTimersByTime(TYPING_QUIET_MS);
    intent.pointerAt(null);
    intent.pointerAt(b);
    vi.advanceTimersByTime(SHOW_DELAY_MS / 2);
    intent.typed();
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(log).toEqual([]);
    // After the quiet window a new rest on a name shows it.
    vi.advanceTimersByTime(TYPING_QUIET_MS);
    intent.pointerAt(a);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(log).toEqual(['show a (hover)']);
  });

  it('keyboard navigation shows the chosen card pinned, at once', () => {
    const { intent, log } = setup();
    intent.showFromKeyboard(c);
    vi.advanceTimersByTime(HIDE_GRACE_MS * 5);
    expect(log).toEqual(['show c pinned (keyboard)']);
    expect(intent.state()).toMatchObject({ shown: c, pinned: true });
  });
});
