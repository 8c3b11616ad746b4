/**
 * Watches a page for changes that can add, remove or move mentions. The MutationObserver
 * callback only notes *where* things changed (the nearest block around each change, see
 * `dirtyContainer`); the engine rescans those blocks later, in time slices.
 *
 * - characterData / childList: the surrounding block is dirty (rescanned, its old ranges dropped);
 *   blocks added between blocks are dirty by themselves (see `childListDirty`);
 * - `hidden` toggled: the element is dirty (hidden subtrees are never walked);
 * - class / style / open / a theme attribute toggled: mentions may have been shown or hidden, the
 *   page's background may have changed (re-checked, not rescanned);
 * - the URL changed (SPA navigation): everything is rescanned.
 */
import { UI_HOST_TAG } from './constants';
import { isShadowRoot } from './composed-tree';
import { classifyElement } from './dom-rules';

export interface WatchHandlers {
  /** Blocks (or documents / shadow roots) whose text may have changed. */
  dirty(containers: Node[]): void;
  /** Something that can change what is rendered changed (class, style, details open, theme). */
  restyled(): void;
  /** The page's URL changed without a page load (history API, hash). */
  navigated(url: string): void;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributes: true,
  // data-theme and its kin: how many sites switch between light and dark (on the root), which
  // changes the background the highlight colours are chosen from (page/highlight.ts).
  attributeFilter: ['hidden', 'class', 'style', 'open', 'data-theme', 'data-bs-theme', 'data-color-mode'],
};

export interface PageWatcher {
  /** Starts watching a document or open shadow root (watching one twice is harmless). */
  observe(root: Document | ShadowRoot): void;
  /** Compares the URL now with the last one seen; reports a navigation if it moved. */
  checkUrl(): void;
  dispose(): void;
}

export function createPageWatcher(view: Window, handlers: WatchHandlers): PageWatcher {
  const observed = new Set<Document | ShadowRoot>();
  let lastUrl = view.location.href;

  const checkUrl = () => {
    const url = view.location.href;
    if (url === lastUrl) return;
    lastUrl = url;
    handlers.navigated(url);
  };

  const observer = new MutationObserver((records) => {
    const dirty: Node[] = [];
    let restyled = false;
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.attributeName === 'hidden') dirty.push(record.target);
        else restyled = true;
      } else if (record.type === 'characterData') {
        dirty.push(record.target);
      } else if (!onlyOwnUi(record)) {
        dirty.push(...childListDirty(record));
      }
    }
    if (dirty.length) handlers.dirty(dirty);
    if (restyled) handlers.restyled();
    // The isolated world cannot see the page's history.pushState; a changed URL shows up here,
    // because SPAs re-render after navigating.
    checkUrl();
  });

  const onHistory = () => checkUrl();
  view.addEventListener('popstate', onHistory);
  view.addEventListener('hashchange', onHistory);

  return {
    observe(root) {
      if (observed.has(root)) return;
      observed.add(root);
      observer.observe(root, OBSERVE);
    },
    checkUrl,
    dispose() {
      observer.disconnect();
      observed.clear();
      view.removeEventListener('popstate', onHistory);
      view.removeEventListener('hashchange', onHistory);
    },
  };
}

/**
 * What a childList change makes dirty. Runs never cross blocks, so blocks added between other
 * blocks (an infinite-scroll feed appending paragraphs to <main>) change only their own text:
 * those blocks are dirty, not their parent, which may be the whole page. Anything else (text or
 * inline elements added or removed, or a block splitting or joining the parent's inline text)
 * changes a run of the parent: the parent is dirty. Removed blocks need nothing rescanned; the
 * engine drops mentions whose text left the page, so they are reported as dirty (detached,
 * they have no container) only to make the engine look.
 */
export function childListDirty(record: MutationRecord): Node[] {
  const parent = record.target;
  if (!isBlockBoundary(record.previousSibling, 'previousSibling') || !isBlockBoundary(record.nextSibling, 'nextSibling')) {
    return [parent];
  }
  const dirty: Node[] = [];
  for (const node of record.addedNodes) {
    if (isBlank(node) || isOwnUi(node)) continue;
    if (!isBlockElement(node)) return [parent];
    // A later record may already have moved it on: its new place has its own record.
    if (node.parentNode !== parent) continue;
    // Its neighbours now (the record's may be missing where several nodes went in at once).
    if (!isBlockBoundary(node.previousSibling, 'previousSibling') || !isBlockBoundary(node.nextSibling, 'nextSibling')) {
      return [parent];
    }
    dirty.push(node);
  }
  for (const node of record.removedNodes) {
    if (isBlank(node) || isOwnUi(node)) continue;
    if (!isBlockElement(node)) return [parent];
    dirty.push(node);
  }
  return dirty;
}

/**
 * Whether the change's neighbours on one side keep it out of the parent's inline text: the
 * nearest sibling that is not blank is a block, or there is none. (Blank text alone is no
 * boundary: names may be broken across lines, so "name\n\nrest" can be one mention.)
 */
function isBlockBoundary(node: Node | null, step: 'previousSibling' | 'nextSibling'): boolean {
  let n = node;
  while (n && isBlank(n)) n = n[step];
  return !n || isBlockElement(n);
}

/** An element that cuts runs: a block or a skipped element (inline elements and `<br>` join them). */
function isBlockElement(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const kind = classifyElement(node as Element);
  return kind === 'block' || kind === 'skip';
}

/** Comments, and whitespace-only text, which never holds a mention nor joins two. */
function isBlank(node: Node): boolean {
  if (node.nodeType === 8) return true;
  return node.nodeType === 3 && !/\S/.test(node.nodeValue ?? '');
}

/** Our own tooltip host coming and going is not a page change. */
function onlyOwnUi(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnUi);
}

function isOwnUi(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toLowerCase() === UI_HOST_TAG;
}

/**
 * The container to rescan for a change at `node`: the nearest block (or shadow root, or
 * document) around it, since runs never cross blocks. `scannable` is false inside skipped
 * regions (script, textarea, contenteditable, our UI...): their old mentions, if any, still
 * go, but nothing is scanned.
 */
export function dirtyContainer(node: Node): { container: Node; scannable: boolean } | null {
  let container: Node | null = null;
  let scannable = true;
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 9 || isShadowRoot(n)) {
      return { container: container ?? n, scannable };
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const kind = classifyElement(el);
    if (kind === 'skip') {
      scannable = false;
      container = el;
    } else if (!container && (kind === 'block' || (el as HTMLElement).shadowRoot)) {
      container = el;
    }
  }
  // Detached from any document: its mentions are dropped as disconnected.
  return null;
}

/**
 * Backs off on pages that never stop mutating (tickers, animations driven by DOM writes):
 * a change is handled after `delay`; when changes keep arriving within twice the delay of
 * the previous flush, the delay doubles, up to `max`; a calm spell resets it.
 */
export class MutationBackoff {
  private delay: number;
  private lastFlush = -Infinity;

  constructor(
    private readonly base = 50,
    private readonly max = 5_000,
  ) {
    this.delay = base;
  }

  /** The delay to wait before the next flush, for changes noticed at `now`. */
  next(now: number): number {
    this.delay = now - this.lastFlush < this.delay * 2 ? Math.min(this.delay * 2, this.max) : this.base;
    return this.delay;
  }

  flushed(now: number): void {
    this.lastFlush = now;
  }

  get current(): number {
    return this.delay;
  }
}
