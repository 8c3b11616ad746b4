import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  attachHoverController,
  type CardSurface,
  type HoverController,
  type ShowRequest,
} from '../../page/hover-controller';
import { HIDE_GRACE_MS, SHOW_DELAY_MS } from '../../page/hover-timings';

/**
 * A fake engine over real text: mentions are ranges in the test document, and the "hit test"
 * maps an x coordinate to a mention (x = 100·(i+1) is on mention i, anything else is text).
 */
interface FakeMention {
  id: string;
  range: AbstractRange;
}

function buildPage() {
  document.body.innerHTML = `
    <p id="p">重点国际（地区）合作研究项目 和 组织间合作研究项目 以及 外国学者研究基金项目</p>
    <input id="field"><div id="editor" contenteditable="true">重点合作研究项目</div>
    <grant-lens-ui id="card-host"></grant-lens-ui>`;
  const text = document.getElementById('p')!.firstChild as Text;
  const names = ['重点国际（地区）合作研究项目', '组织间合作研究项目', '外国学者研究基金项目'];
  const mentions: FakeMention[] = names.map((name, i) => {
    const start = text.data.indexOf(name);
    // happy-dom has no StaticRange; a Range is the same AbstractRange to the controller.
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + name.length);
    return { id: `m${i}`, range };
  });
  const step = (from: FakeMention | null, by: number) =>
    mentions[(((from ? mentions.indexOf(from) : by > 0 ? -1 : mentions.length) + by) % 3 + 3) % 3];
  const engine = {
    mentionAt: (x: number) => mentions[x / 100 - 1] ?? null,
    mentions: () => mentions,
    next: (from: FakeMention | null) => step(from, 1),
    prev: (from: FakeMention | null) => step(from, -1),
  };
  const host = document.getElementById('card-host')!;
  const log: string[] = [];
  const card: CardSurface<FakeMention> = {
    show: (m: FakeMention, how: ShowRequest) => log.push(`show ${m.id} ${how.reason}${how.pinned ? ' pinned' : ''}`),
    hide: () => log.push('hide'),
    owns: (event: Event) => event.composedPath().includes(host),
  };
  return { mentions, engine, card, log, host };
}

function move(target: EventTarget, x: number) {
  target.dispatchEvent(
    new PointerEvent('pointermove', { clientX: x, clientY: 10, bubbles: true, composed: true, pointerType: 'mouse' }),
  );
  vi.advanceTimersByTime(20); // the animation frame that runs the hit test
}
function click(target: EventTarget, x: number) {
  target.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: 10, bubbles: true, composed: true, detail: 1 }));
}
function key(target: EventTarget, key: string) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}

describe('hover controller', () => {
  let controller: HoverController<FakeMention>;
  let page: ReturnType<typeof buildPage>;
  beforeEach(() => {
    vi.useFakeTimers();
    page = buildPage();
    controller = attachHoverController({ doc: document, engine: page.engine, card: page.card });
  });
  afterEach(() => {
    controller.dispose();
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  const p = () => document.getElementById('p')!;

  it('shows the card of the mention under the pointer after the dwell', () => {
    move(p(), 100);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(page.log).toEqual(['show m0 hover']);
  });

  it('asks the card to prepare as soon as the pointer rests on a mention, not over plain text (the card loads during the dwell)', () => {
    const prepared: string[] = [];
    page.card.prepare = () => prepared.push('prepare');
    move(p(), 50); // plain text
    expect(prepared).toEqual([]);
    move(p(), 200);
    expect(prepared).toEqual(['prepare']);
    expect(page.log).toEqual([]); // the card itself waits for the dwell
  });

  it('does not react to the pointer inside an input or a contenteditable', () => {
    move(document.getElementById('field')!, 100);
    move(document.getElementById('editor')!, 100);
    vi.advanceTimersByTime(SHOW_DELAY_MS * 3);
    expect(page.log).toEqual([]);
  });

  it('stays quiet right after typing in an editable field', () => {
    key(document.getElementById('editor')!, 'a');
    move(p(), 200);
    vi.advanceTimersByTime(SHOW_DELAY_MS * 3);
    expect(page.log).toEqual([]);
  });

  it('keeps the card while the pointer is on it and closes after the grace when it leaves', () => {
    move(p(), 100);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    move(page.host, 5);
    vi.advanceTimersByTime(HIDE_GRACE_MS * 4);
    expect(page.log).toEqual(['show m0 hover']);
    move(p(), 50); // plain text
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(page.log).toEqual(['show m0 hover', 'hide']);
  });

  it('pins on click, ignores clicks on the card, closes on a click elsewhere and on Esc', () => {
    click(p(), 300);
    expect(page.log).toEqual(['show m2 click pinned']);
    click(page.host, 5);
    move(p(), 50);
    vi.advanceTimersByTime(HIDE_GRACE_MS * 4);
    expect(page.log).toEqual(['show m2 click pinned']);
    click(p(), 50);
    expect(page.log).toEqual(['show m2 click pinned', 'hide']);
    click(p(), 100);
    key(document.body, 'Escape');
    expect(page.log.slice(-2)).toEqual(['show m0 click pinned', 'hide']);
  });

  it('a click that ends a text selection does not pin a card', () => {
    const range = document.createRange();
    range.selectNodeContents(p());
    getSelection()!.addRange(range);
    click(p(), 100);
    expect(page.log).toEqual([]);
    expect(getSelection()!.isCollapsed).toBe(false); // the selection is left alone
  });

  it('navigates to the next and previous mention, wrapping at the ends', () => {
    expect(controller.navigate('next')?.id).toBe('m0');
    expect(controller.navigate('next')?.id).toBe('m1');
    expect(controller.navigate('next')?.id).toBe('m2');
    expect(controller.navigate('next')?.id).toBe('m0');
    expect(controller.navigate('previous')?.id).toBe('m2');
    expect(page.log).toEqual([
      'show m0 keyboard pinned',
      'show m1 keyboard pinned',
      'show m2 keyboard pinned',
      'show m0 keyboard pinned',
      'show m2 keyboard pinned',
    ]);
    key(document.body, 'Escape');
    // After Esc the next command continues from the card that was open.
    expect(controller.navigate('next')?.id).toBe('m0');
  });
});
