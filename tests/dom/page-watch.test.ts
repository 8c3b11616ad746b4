/**
 * What the page watcher reports as dirty for childList changes: blocks appended between blocks
 * are dirty by themselves (not the whole container), while inline changes, and blocks that cut
 * into the parent's inline text, dirty the parent.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../page/constants';
import { createPageEngine, type PageEngine } from '../../page/engine';
import { createPageWatcher, type PageWatcher } from '../../page/watch';
import { fakeRecognizer, highlightRegistry, installHighlightShims, rangeText } from './page-fakes';

let watcher: PageWatcher | null = null;
let engine: PageEngine | null = null;
beforeEach(() => installHighlightShims());
afterEach(() => {
  watcher?.dispose();
  watcher = null;
  engine?.dispose();
  engine = null;
  document.body.innerHTML = '';
});

/** Starts watching the document and returns the nodes reported dirty by the next change. */
function watchDirty(): () => Promise<Node[]> {
  const seen: Node[] = [];
  watcher = createPageWatcher(window, { dirty: (nodes) => seen.push(...nodes), restyled() {}, navigated() {} });
  watcher.observe(document);
  return async () => {
    await new Promise((r) => setTimeout(r, 0));
    return seen;
  };
}

function paragraphs(n: number): HTMLParagraphElement[] {
  return Array.from({ length: n }, (_, i) => {
    const p = document.createElement('p');
    p.textContent = `appended ${i}`;
    return p;
  });
}

describe('page watcher: childList changes', () => {
  it('appending blocks to a container of blocks dirties only the new blocks', async () => {
    document.body.innerHTML = '<main>\n  <p>first</p>\n  <p>second</p>\n</main>';
    const main = document.querySelector('main')!;
    const dirty = watchDirty();
    const added = paragraphs(3);
    for (const p of added) main.append(p, document.createTextNode('\n'));
    const nodes = await dirty();
    expect(nodes).toEqual(added);
    expect(nodes).not.toContain(main);
  });

  it('appending a fragment of blocks dirties each block', async () => {
    document.body.innerHTML = '<main><p>first</p></main>';
    const main = document.querySelector('main')!;
    const dirty = watchDirty();
    const added = paragraphs(2);
    const fragment = document.createDocumentFragment();
    fragment.append(...added);
    main.append(fragment);
    expect(await dirty()).toEqual(added);
  });

  it('inline additions dirty their enclosing element', async () => {
    document.body.innerHTML = '<main><p>重点国际</p></main>';
    const p = document.querySelector('p')!;
    const dirty = watchDirty();
    const b = document.createElement('b');
    b.textContent = '（地区）合作研究项目';
    p.append(b);
    expect(await dirty()).toEqual([p]);
  });

  it('a block inserted into inline text dirties the parent (it splits a run)', async () => {
    document.body.innerHTML = '<div>重点国际\n\n<b>（地区）</b>合作研究项目</div>';
    const div = document.querySelector('div')!;
    const dirty = watchDirty();
    div.insertBefore(paragraphs(1)[0], div.querySelector('b'));
    expect(await dirty()).toEqual([div]);
  });

  it('removing a block between inline text dirties the parent (it joins two runs)', async () => {
    document.body.innerHTML = '<div>重点国际<p>cut</p>（地区）合作研究项目</div>';
    const div = document.querySelector('div')!;
    const dirty = watchDirty();
    div.querySelector('p')!.remove();
    expect(await dirty()).toEqual([div]);
  });

  it('a <br> added beside inline text dirties the parent (it changes that run)', async () => {
    document.body.innerHTML = '<main><p>a</p>政府间国际科技创新合作重点专项<p>c</p></main>';
    const main = document.querySelector('main')!;
    const dirty = watchDirty();
    main.insertBefore(document.createElement('br'), main.childNodes[1]!.nextSibling);
    expect(await dirty()).toEqual([main]);
  });

  it('removing a block between blocks reports the removed block only', async () => {
    document.body.innerHTML = '<main><p>a</p><p id="gone">b</p><p>c</p></main>';
    const gone = document.getElementById('gone')!;
    const dirty = watchDirty();
    gone.remove();
    expect(await dirty()).toEqual([gone]);
  });

  it('removing inline text dirties the parent', async () => {
    document.body.innerHTML = '<p>重点<b>x</b>国际</p>';
    const p = document.querySelector('p')!;
    const dirty = watchDirty();
    p.querySelector('b')!.remove();
    expect(await dirty()).toEqual([p]);
  });
});

describe('page engine: appended blocks', () => {
  const KEY = '重点国际（地区）合作研究项目';

  it('scans only the appended blocks, and keeps the mentions found before', async () => {
    document.body.innerHTML = `<main><p>已有${KEY}</p><p>其他文字</p></main>`;
    const recognizer = fakeRecognizer({ [KEY]: 'nsfc-key' });
    engine = createPageEngine({ root: document, recognizer, paintNearViewportOnly: false });
    engine.start();
    await engine.settled();
    recognizer.calls.length = 0;

    const main = document.querySelector('main')!;
    for (const text of [`新增${KEY}一`, '新增二']) {
      const p = document.createElement('p');
      p.textContent = text;
      main.append(p);
    }
    await engine.settled();

    expect(recognizer.calls).toEqual([`新增${KEY}一`, '新增二']);
    expect(engine.mentions()).toHaveLength(2);
    const painted = [...(highlightRegistry().get(HIGHLIGHT_NAMES.mention) ?? [])].map(rangeText);
    expect(painted).toEqual([KEY, KEY]);
  });
});
