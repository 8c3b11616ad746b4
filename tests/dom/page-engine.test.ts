/**
 * The page engine in happy-dom with a fake recognizer: what it paints, what it leaves alone,
 * how it follows page changes, and that dispose leaves nothing behind.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAMES, UI_HOST_TAG } from '../../page/constants';
import { createPageEngine, type PageEngine } from '../../page/engine';
import { MutationBackoff } from '../../page/watch';
import {
  fakeRecognizer,
  highlightRegistry,
  installFakeIntersectionObserver,
  installHighlightShims,
  rangeText,
} from './page-fakes';

const KEY = '重点国际（地区）合作研究项目';
const ORG = '组织间国际（地区）合作研究与交流项目';
const RFIS = 'Research Fund for International Young Scientists';
const names = { [KEY]: 'nsfc-key', [ORG]: 'nsfc-org', [RFIS]: 'nsfc-rfis-young', 重点合作研究项目: 'nsfc-key' };

let engine: PageEngine | null = null;

function painted(): string[] {
  const h = highlightRegistry().get(HIGHLIGHT_NAMES.mention);
  return h ? [...h].map(rangeText) : [];
}

async function startOn(html: string, onChange?: () => void): Promise<PageEngine> {
  document.body.innerHTML = html;
  engine = createPageEngine({ root: document, recognizer: fakeRecognizer(names), onChange, paintNearViewportOnly: false });
  engine.start();
  await engine.settled();
  return engine;
}

beforeEach(() => installHighlightShims());
afterEach(() => {
  engine?.dispose();
  engine = null;
  document.body.innerHTML = '';
});

describe('scan', () => {
  it('paints every mention as a range over the page text, in document order, without touching the DOM', async () => {
    const html = `<h1>2024年度<b>重点</b>国际（地区）合作研究项目指南</h1>
      <p>申请人可同时申请${ORG}。</p><p>See the ${RFIS} (RFIS).</p><p>简称重点合作研究项目。</p>`;
    document.body.innerHTML = html;
    const before = document.documentElement.outerHTML;
    const e = await startOn(html);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(painted()).toEqual([KEY, ORG, RFIS, '重点合作研究项目']);
    expect(e.mentions().map((m) => m.ids[0])).toEqual(['nsfc-key', 'nsfc-org', 'nsfc-rfis-young', 'nsfc-key']);
    expect(e.counts()).toEqual([
      { id: 'nsfc-key', count: 2 },
      { id: 'nsfc-org', count: 1 },
      { id: 'nsfc-rfis-young', count: 1 },
    ]);
  });

  // (happy-dom's CSS parser drops ::highlight rules; the e2e test reads them in Chromium.)
  it('adds its rules as one adopted stylesheet, not as a <style> element', async () => {
    await startOn(`<p>${KEY}</p>`);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  // Adopting a ::highlight sheet restyles the whole page in Chromium: not worth it without a name.
  it('adopts no stylesheet on a page without mentions, until one appears', async () => {
    const e = await startOn('<main><p>没有项目名称的页面</p></main>');
    expect(document.adoptedStyleSheets).toHaveLength(0);
    const p = document.createElement('p');
    p.textContent = KEY;
    document.querySelector('main')!.append(p);
    await e.settled();
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });

  // The content script starts at document_start: a loading page is scanned once, when complete
  // (checked in idle periods, not from the parser's own DOMContentLoaded task).
  it('started while the document is loading, scans once DOMContentLoaded fires', async () => {
    document.body.innerHTML = `<p>${KEY}</p>`;
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    engine = createPageEngine({ root: document, recognizer: fakeRecognizer(names), paintNearViewportOnly: false });
    engine.start();
    await new Promise((r) => setTimeout(r, 50));
    expect(painted()).toEqual([]);
    let settled = false;
    const waiting = engine.settled().then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(settled).toBe(false);
    readyState.mockReturnValue('interactive');
    await waiting;
    expect(painted()).toEqual([KEY]);
    readyState.mockRestore();
  });

  it('runs its preparation in its time slices, step by step, before the first scan', async () => {
    document.body.innerHTML = `<p>${KEY}</p>`;
    const order: string[] = [];
    const recognizer = fakeRecognizer(names);
    let steps = 0;
    engine = createPageEngine({
      root: document,
      recognizer: { find: (text, from) => (order.push('find'), recognizer.find(text, from)) },
      prepare: () => (order.push('step'), ++steps === 3),
      paintNearViewportOnly: false,
    });
    expect(order).toEqual([]); // not in the task that created the engine
    engine.start();
    await engine.settled();
    expect(order.slice(0, 4)).toEqual(['step', 'step', 'step', 'find']);
    expect(steps).toBe(3);
    expect(painted()).toEqual([KEY]);
  });

  it('neither paints nor counts hidden text', async () => {
    await startOn(
      `<div style="display:none"><p>${KEY}</p></div><p style="visibility:hidden">${ORG}</p><p aria-hidden="true">${RFIS}</p>`,
    );
    // aria-hidden text is still on screen for sighted readers: it stays.
    expect(painted()).toEqual([RFIS]);
    expect(engine!.counts()).toEqual([{ id: 'nsfc-rfis-young', count: 1 }]);
  });

  it('scans open shadow roots and styles them', async () => {
    document.body.innerHTML = '<p>前</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<p>影子里的${KEY}</p>`;
    engine = createPageEngine({ root: document, recognizer: fakeRecognizer(names), paintNearViewportOnly: false });
    engine.start();
    await engine.settled();
    expect(painted()).toEqual([KEY]);
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
  });

  it('navigates next/prev by id, wrapping around', async () => {
    const e = await startOn(`<p>${KEY}</p><p>${ORG}</p><p>重点合作研究项目</p>`);
    const [a, b, c] = e.mentions();
    expect(e.next(null)).toBe(a);
    expect(e.next(a!)).toBe(b);
    expect(e.next(a!, 'nsfc-key')).toBe(c);
    expect(e.next(c!, 'nsfc-key')).toBe(a);
    expect(e.prev(a!)).toBe(c);
    expect(e.prev(null, 'nsfc-org')).toBe(b);
    expect(e.next(null, 'unknown')).toBeNull();
  });

  it('continues next/prev from where a mention was after a rescan replaced it', async () => {
    const e = await startOn(`<p>${KEY}</p><p id="mid">${ORG}</p><p>重点合作研究项目</p>`);
    const [first, middle] = e.mentions();
    (document.getElementById('mid')!.firstChild as Text).data = `改写：${ORG}`;
    await e.settled();
    expect(e.mentions()).not.toContain(middle);
    // The old range started at offset 0 of that text node; the new mention starts after it.
    const after = e.next(middle!)!;
    expect(after.text).toBe(ORG);
    expect(after).not.toBe(middle);
    expect(e.next(after)!.text).toBe('重点合作研究项目');
    expect(e.prev(middle!)).toBe(first);
  });

  it('paints the active mention with its own highlight', async () => {
    const e = await startOn(`<p>${KEY}</p><p>${ORG}</p>`);
    const second = e.mentions()[1]!;
    e.setActive(second);
    expect([...highlightRegistry().get(HIGHLIGHT_NAMES.active)!].map(rangeText)).toEqual([ORG]);
    e.setActive(null);
    expect(highlightRegistry().get(HIGHLIGHT_NAMES.active)!.size).toBe(0);
  });
});

describe('dynamic pages', () => {
  it('highlights an added block and drops the ranges of a removed one', async () => {
    const onChange = vi.fn();
    const e = await startOn(`<main><p>${KEY}</p></main>`, onChange);
    onChange.mockClear();
    const p = document.createElement('p');
    p.textContent = `新增：${ORG}`;
    document.querySelector('main')!.append(p);
    await e.settled();
    expect(painted()).toEqual([KEY, ORG]);
    expect(onChange).toHaveBeenCalled();
    p.remove();
    await e.settled();
    expect(painted()).toEqual([KEY]);
    expect(e.counts()).toEqual([{ id: 'nsfc-key', count: 1 }]);
  });

  it('keeps the mentions of a shadow root when an ancestor of its host is rescanned', async () => {
    document.body.innerHTML = '<main><div id="host"></div></main>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<p>${KEY}</p>`;
    engine = createPageEngine({ root: document, recognizer: fakeRecognizer(names), paintNearViewportOnly: false });
    engine.start();
    await engine.settled();
    document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: ORG }));
    await engine.settled();
    expect(painted().sort()).toEqual([KEY, ORG].sort());
    expect(engine.mentions()).toHaveLength(2);
  });

  it('keeps document order when a block is inserted in the middle or shown again', async () => {
    const e = await startOn(`<p>${KEY}</p><p id="end">重点合作研究项目</p><p id="later" style="display:none">${RFIS}</p>`);
    expect(e.mentions().map((m) => m.text)).toEqual([KEY, '重点合作研究项目']);
    const p = document.createElement('p');
    p.textContent = ORG;
    document.getElementById('end')!.before(p);
    document.getElementById('later')!.style.display = '';
    await e.settled();
    expect(e.mentions().map((m) => m.text)).toEqual([KEY, ORG, '重点合作研究项目', RFIS]);
    document.getElementById('later')!.style.display = 'none';
    await e.settled();
    expect(e.mentions().map((m) => m.text)).toEqual([KEY, ORG, '重点合作研究项目']);
  });

  it('re-reads a block whose text changed, and drops ranges into the old text', async () => {
    const e = await startOn(`<p id="p">${KEY}</p>`);
    const text = document.getElementById('p')!.firstChild as Text;
    text.data = `改为${ORG}`;
    await e.settled();
    expect(painted()).toEqual([ORG]);
    expect(e.mentions()).toHaveLength(1);
  });

  it('joins new inline text with its block: a name completed by an edit is found', async () => {
    const e = await startOn('<p id="p"><b>重点</b></p>');
    expect(painted()).toEqual([]);
    document.getElementById('p')!.append('国际（地区）合作研究项目');
    await e.settled();
    expect(painted()).toEqual([KEY]);
  });

  it('scans a subtree when its hidden attribute goes away, and shows text revealed by style', async () => {
    const e = await startOn(`<div id="a" hidden><p>${KEY}</p></div><div id="b" style="display:none"><p>${ORG}</p></div>`);
    expect(painted()).toEqual([]);
    document.getElementById('a')!.removeAttribute('hidden');
    document.getElementById('b')!.style.display = 'block';
    await e.settled();
    expect(painted().sort()).toEqual([KEY, ORG].sort());
  });

  it('ignores its own UI host coming and going', async () => {
    const onChange = vi.fn();
    const recognizer = fakeRecognizer(names);
    document.body.innerHTML = `<p>${KEY}</p>`;
    engine = createPageEngine({ root: document, recognizer, onChange, paintNearViewportOnly: false });
    engine.start();
    await engine.settled();
    const calls = recognizer.calls.length;
    const host = document.createElement(UI_HOST_TAG);
    host.textContent = KEY;
    document.body.append(host);
    await engine.settled();
    host.remove();
    await engine.settled();
    expect(recognizer.calls.length).toBe(calls);
    expect(painted()).toEqual([KEY]);
  });

  it('ignores text typed into contenteditable regions', async () => {
    const e = await startOn('<div contenteditable="true"><p id="p">草稿</p></div>');
    document.getElementById('p')!.append(KEY);
    await e.settled();
    expect(painted()).toEqual([]);
  });
});

describe('dispose', () => {
  it('removes highlights and stylesheets and stops watching', async () => {
    const e = await startOn(`<p>${KEY}</p>`);
    e.dispose();
    expect(highlightRegistry().has(HIGHLIGHT_NAMES.mention)).toBe(false);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    document.body.append(Object.assign(document.createElement('p'), { textContent: ORG }));
    await new Promise((r) => setTimeout(r, 100));
    expect(highlightRegistry().has(HIGHLIGHT_NAMES.mention)).toBe(false);
    expect(e.mentions()).toHaveLength(0);
  });

  it("leaves a newer instance's highlight alone (extension reload)", async () => {
    const old = createPageEngine({ root: document, recognizer: fakeRecognizer(names), paintNearViewportOnly: false });
    document.body.innerHTML = `<p>${KEY}</p>`;
    old.start();
    await old.settled();
    engine = createPageEngine({ root: document, recognizer: fakeRecognizer(names), paintNearViewportOnly: false });
    engine.start();
    await engine.settled();
    old.dispose();
    expect(painted()).toEqual([KEY]);
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });
});

describe('painting near the viewport', () => {
  it('paints a mention only while its element is near the viewport, and keeps counting it', async () => {
    const io = installFakeIntersectionObserver();
    document.body.innerHTML = `<p id="a">${KEY}</p><p id="b">${ORG}</p>`;
    engine = createPageEngine({ root: document, recognizer: fakeRecognizer(names), paintNearViewportOnly: true });
    engine.start();
    await engine.settled();
    expect(painted()).toEqual([]);
    expect(engine.counts()).toHaveLength(2);
    io.intersect(document.getElementById('a')!, true);
    expect(painted()).toEqual([KEY]);
    io.intersect(document.getElementById('b')!, true);
    io.intersect(document.getElementById('a')!, false);
    expect(painted()).toEqual([ORG]);
    document.getElementById('b')!.remove();
    await engine.settled();
    expect(painted()).toEqual([]);
    expect(io.observed()).toEqual([document.getElementById('a')]);
    engine.dispose();
    expect(io.observed()).toEqual([]);
  });
});

describe('painting near the viewport, on a long page', () => {
  // Chromium recomputes every observed element each frame: during a scan only the first
  // elements (the top of the page) are observed, the rest once the scan is done.
  it('observes every element with mentions once the scan is done', async () => {
    const io = installFakeIntersectionObserver();
    document.body.innerHTML = Array.from({ length: 400 }, (_, i) => `<p id="p${i}">${i} ${KEY}</p>`).join('');
    engine = createPageEngine({ root: document, recognizer: fakeRecognizer(names), paintNearViewportOnly: true });
    engine.start();
    await engine.settled();
    expect(io.observed()).toHaveLength(400);
    io.intersect(document.getElementById('p399')!, true);
    expect(painted()).toEqual([KEY]);
  });
});

describe('mutation backoff', () => {
  it('doubles the delay while changes keep coming, and resets after a calm spell', () => {
    const b = new MutationBackoff(50, 400);
    let t = 0;
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      const d = b.next(t);
      delays.push(d);
      t += d;
      b.flushed(t);
      t += 5; // the page mutates again right away
    }
    expect(delays).toEqual([50, 100, 200, 400, 400, 400]);
    expect(b.next(t + 10_000)).toBe(50);
  });
});
