/**
 * The page engine: finds every programme mention on a page, paints it, keeps it up to date
 * while the page changes, and answers "which mention is here / next / how many".
 *
 * It never changes the page's DOM: highlights live in `CSS.highlights`, styles in adopted
 * stylesheets. All scanning runs in time slices (scheduler.ts), the first scan included.
 *
 *   const engine = createPageEngine({ root: document, recognizer, onChange });
 *   engine.start();
 *   engine.mentionAt(event.clientX, event.clientY);   // hover
 *   engine.next(current, 'nsfc-key');                 // reveal / keyboard navigation
 *   engine.counts();                                  // popup list, badge
 *   engine.dispose();                                 // extension reload: leaves nothing behind
 *
 * The recognizer is injected (core/recognizer.ts in the extension, a fake in DOM tests).
 */
import type { HighlightLook } from '../core/settings';
import type { Recognizer } from '../core/types';
import { composedContains, composedParent, ownFrameDocument } from './composed-tree';
import { HighlightPainter, type EarlyHighlightSheet } from './highlight';
import { mentionAtPoint } from './hit-test';
import { MentionRegistry, type MentionFilter, type MentionGroup, type PageMention } from './registry';
import { ScanJob, type ScanTarget } from './scan';
import { createSliceScheduler, UNITS_PER_CLOCK_CHECK, type SlicedJob } from './scheduler';
import { paintAll, paintNearViewport } from './viewport-paint';
import { isRendered } from './visibility';
import { createPageWatcher, dirtyContainer, MutationBackoff } from './watch';

export type { MentionFilter, MentionGroup, PageMention } from './registry';

/** Elements the viewport painter starts observing per step once a scan is done (one unit each). */
const OBSERVE_BATCH = 256;

/** On a busy page, the longest the first scan waits for an idle period (each check while the page loads, then once after). */
const FIRST_SCAN_WAIT_MS = 200;

export interface PageEngineOptions {
  root: Document;
  recognizer: Recognizer;
  /** Called after the set of visible mentions changed (after a scan or rescan finished). */
  onChange?: () => void;
  /** Time-slice budget in ms (default 8). */
  budgetMs?: number;
  /**
   * Paint only mentions within a few screens of the viewport (viewport-paint.ts). Default:
   * wherever IntersectionObserver exists. Counts and navigation always cover the whole page.
   */
  paintNearViewportOnly?: boolean;
  /** How mentions look (the user's `highlightLook` setting); default underline. */
  look?: HighlightLook;
  /** The rules the content script adopted at document_start (page/highlight.ts), taken over for `root`. */
  earlySheet?: EarlyHighlightSheet | null;
  /**
   * Work run in the engine's time slices from its creation, before its first scan: called
   * until it returns true. The content script unpacks its recognizer this way
   * (core/bundled-recognizer.ts `unpackBundledRecognizer`) while the page is still loading.
   */
  prepare?: () => boolean;
}

export interface PageEngine {
  /** Starts the first scan (sliced) and the watcher. Calling it twice does nothing. */
  start(): void;
  /** Stops everything and removes every highlight and stylesheet. Safe to call twice. */
  dispose(): void;
  /** Visible mentions in document order. */
  mentions(): readonly PageMention[];
  /** The visible mention at a viewport point of `doc` (default: the root document). */
  mentionAt(x: number, y: number, doc?: Document): PageMention | null;
  /**
   * The next / previous visible mention (naming entry `only`, or of group `{ group }`, if
   * given), wrapping; from the start if `from` is null.
   */
  next(from: PageMention | null, only?: MentionFilter): PageMention | null;
  prev(from: PageMention | null, only?: MentionFilter): PageMention | null;
  /** Visible mentions per catalogue id, in document order of first appearance. */
  counts(): { id: string; count: number }[];
  /** The groups the popup lists (core/mention-groups.ts), in document order of first appearance. */
  groups(): MentionGroup[];
  /** Visible mentions in groups and the number of groups, cheaply (no document order): for the badge. */
  totals(): { total: number; distinct: number };
  /** Paints one mention as the active one (hovered, revealed); null clears. */
  setActive(mention: PageMention | null): void;
  /**
   * Checks whether the URL changed (SPA navigation) and rescans the page if it did. The engine
   * checks on popstate, hashchange and DOM changes itself; call this from a URL poller too
   * (an isolated world cannot see the page's history.pushState).
   */
  checkNavigation(): void;
  /** Switches how mentions look, on every document the engine paints. */
  setLook(look: HighlightLook): void;
  /** Resolves once no scan is queued or waiting (tests, "scan this page once"). */
  settled(): Promise<void>;
}

export function createPageEngine(options: PageEngineOptions): PageEngine {
  const { root, recognizer, onChange } = options;
  const view = root.defaultView;
  if (!view) throw new Error('createPageEngine needs a document that has a window');

  const registry = new MentionRegistry(root);
  const painter = new HighlightPainter(options.look, options.earlySheet);
  const nearViewportOnly = options.paintNearViewportOnly ?? typeof view.IntersectionObserver === 'function';
  const mentionPainter = nearViewportOnly ? paintNearViewport(painter, view) : paintAll(painter);
  const scheduler = createSliceScheduler({ budgetMs: options.budgetMs });
  const backoff = new MutationBackoff();
  const shadowRoots = new Set<ShadowRoot>();
  /** Roots whose stylesheet is still to be adopted (see styleRoots). */
  const unstyled = new Set<Document | ShadowRoot>();
  const frames = new Set<HTMLIFrameElement | HTMLFrameElement>();
  /** Containers waiting for a rescan (flushed after the backoff delay). */
  let dirty = new Set<Node>();
  let flushPending = false;
  let restylePending = false;
  let changed = false;
  let active: PageMention | null = null;
  let started = false;
  /** The first scan was queued (start() waits for DOMContentLoaded on a loading document). */
  let began = false;
  let idleHandle: number | undefined;
  let disposed = false;

  const target: ScanTarget = {
    recognizer,
    mention(m) {
      registry.add(m);
      changed = true;
      if (m.visible) mentionPainter.show(m);
    },
    // Met again when an ancestor of its host is rescanned: that rescan dropped its mentions
    // too (they lie inside the dirty container), so it is always scanned again.
    shadowRoot(sr) {
      shadowRoots.add(sr);
      watcher.observe(sr);
      unstyled.add(sr);
      scheduler.enqueue(scanJob(sr));
    },
    frame(frame) {
      const doc = ownFrameDocument(frame);
      if (!frames.has(frame)) {
        frames.add(frame);
        // srcdoc and about:blank frames fill in after load: rescan the frame then.
        frame.addEventListener('load', onFrameLoad);
      }
      if (!doc) return;
      watcher.observe(doc);
      unstyled.add(doc);
      scheduler.enqueue(scanJob(doc));
    },
  };

  function onFrameLoad(this: HTMLIFrameElement): void {
    markDirty([this]);
  }

  /** Styles changed: visibility re-checked in slices, then (styleRoots) the colours. */
  function restyled(): void {
    if (restylePending) return;
    restylePending = true;
    scheduler.later(() => {
      restylePending = false;
      scheduler.enqueue(recheckVisibility());
    }, backoff.current);
  }

  const watcher = createPageWatcher(view, { dirty: markDirty, restyled, navigated: () => markDirty([root]) });
  /**
   * The system scheme changed: a page that follows it (its own dark-mode CSS, or a
   * `color-scheme: light dark` canvas) has a new background, so the colours are read again.
   */
  const systemScheme = view.matchMedia?.('(prefers-color-scheme: dark)');

  // Each step of the preparation is a few milliseconds: the clock is read after every one.
  const prepare = options.prepare;
  if (prepare) scheduler.enqueue({ step: () => (prepare() ? 0 : UNITS_PER_CLOCK_CHECK) });

  function scanJob(node: Node): SlicedJob {
    const job = new ScanJob(node, target);
    return { step: () => job.step(), finish: notifyIfChanged };
  }

  function notifyIfChanged(): void {
    if (disposed) return;
    // The elements the viewport painter held back during the scan, observed in steps of their own.
    if (!scheduler.busy && mentionPainter.observeHeldBack(0)) {
      scheduler.enqueue({
        step: () => (mentionPainter.observeHeldBack(OBSERVE_BATCH) ? OBSERVE_BATCH : 0),
        finish: notifyIfChanged,
      });
      return;
    }
    styleRoots();
    if (!changed) return;
    changed = false;
    onChange?.();
  }

  /**
   * Adopts the ::highlight stylesheet into the roots met since last time, once no scan is
   * left to run. A new stylesheet invalidates the style of the whole tree: adopted mid-scan,
   * the next visibility check would pay for restyling the page inside a time slice (over half
   * a second on a 10 MB page); adopted at the end, the browser restyles in its next frame.
   * Shadow roots met again in a rescan are checked again: a component may have replaced its
   * adopted sheets when it re-rendered.
   * Not before the page has a mention: that restyle costs as much on a page without any name
   * (about 130 ms on 1 MB), where there is nothing to paint.
   */
  function styleRoots(): void {
    if (scheduler.busy || disposed || !registry.hasVisible()) return;
    // The background behind the painted mentions, read again after every scan and style
    // re-check (a site's theme switch is a class or data-theme change on the root): a few
    // getComputedStyle calls, and the rules are rewritten only when the palette changed.
    painter.checkColours();
    for (const r of unstyled) painter.styleRoot(r);
    unstyled.clear();
  }

  function markDirty(nodes: Node[]): void {
    for (const node of nodes) dirty.add(node);
    if (flushPending) return;
    flushPending = true;
    scheduler.later(flush, backoff.next(performance.now()));
  }

  /** Drops the mentions of every dirty container (and any disconnected one), then rescans them. */
  function flush(): void {
    flushPending = false;
    backoff.flushed(performance.now());
    const containers = new Map<Node, boolean>();
    for (const node of dirty) {
      if (node.nodeType === 1 && frames.has(node as HTMLIFrameElement)) {
        containers.set(node, true);
        continue;
      }
      const found = dirtyContainer(node);
      if (found) containers.set(found.container, (containers.get(found.container) ?? false) || found.scannable);
    }
    dirty = new Set();
    dropStale(new Set(containers.keys()));
    for (const [container, scannable] of containers) {
      if (!scannable || hasDirtyAncestor(container, containers)) continue;
      if (container.nodeType === 1 && frames.has(container as HTMLIFrameElement)) {
        target.frame(container as HTMLIFrameElement);
      } else {
        scheduler.enqueue(scanJob(container));
      }
    }
    // Only dropped, nothing queued to rescan: report now.
    if (!scheduler.busy) notifyIfChanged();
  }

  function hasDirtyAncestor(node: Node, containers: Map<Node, boolean>): boolean {
    for (let n = composedParent(node); n; n = composedParent(n)) {
      if (containers.get(n)) return true;
    }
    return false;
  }

  /** Removes mentions inside `containers` and mentions whose text left the page. */
  function dropStale(containers: Set<Node>): void {
    for (const m of registry.everything()) {
      if (isInsideAny(m.range.startContainer, containers) || !m.nodes.every(isLive)) remove(m);
    }
  }

  function isInsideAny(node: Node, containers: Set<Node>): boolean {
    for (let n: Node | null = node; n; n = composedParent(n)) {
      if (containers.has(n)) return true;
    }
    return false;
  }

  function isLive(node: Node): boolean {
    return node.isConnected && composedContains(root, node);
  }

  function remove(m: PageMention): void {
    registry.remove(m);
    mentionPainter.hide(m);
    if (m === active) setActive(null);
    changed = true;
  }

  /** Re-checks every mention's visibility after class/style changes (sliced). */
  function recheckVisibility(): SlicedJob {
    const all = registry.everything();
    let i = 0;
    return {
      step() {
        const m = all[i++];
        if (!m) return 0;
        const parent = m.range.startContainer.parentElement;
        const visible = parent ? isLive(parent) && isRendered(parent) : false;
        if (visible !== m.visible) {
          registry.setVisible(m, visible);
          if (visible) mentionPainter.show(m);
          else mentionPainter.hide(m);
          changed = true;
        }
        return 1;
      },
      finish: notifyIfChanged,
    };
  }

  function setActive(m: PageMention | null): void {
    if (active) painter.delete(active.range, 'active');
    active = m;
    if (m) painter.add(m.range, 'active');
  }

  /**
   * The first scan waits for the whole document and for an idle period after it, i.e. until
   * the browser has rendered the complete page once. Started from DOMContentLoaded, it ran in
   * the parser's last task, and its first visibility check forced the page's first layout
   * inside the extension's task (90–200 ms of layout on a 10 MB page,
   * tests/e2e/battery-large-page.test.ts): work the page does anyway in its own frame.
   */
  function afterContentLoaded(): void {
    if (root.readyState === 'loading') whenIdle(afterContentLoaded);
    else whenIdle(begin);
  }

  function whenIdle(fn: () => void): void {
    if (disposed) return;
    if (typeof view!.requestIdleCallback === 'function') idleHandle = view!.requestIdleCallback(fn, { timeout: FIRST_SCAN_WAIT_MS });
    else idleHandle = view!.setTimeout(fn, FIRST_SCAN_WAIT_MS / 4);
  }

  /** The first scan and the watcher. */
  function begin(): void {
    idleHandle = undefined;
    if (disposed) return;
    began = true;
    systemScheme?.addEventListener('change', restyled);
    watcher.observe(root);
    unstyled.add(root);
    scheduler.enqueue(scanJob(root));
  }

  return {
    start() {
      if (started || disposed) return;
      started = true;
      // The content script starts at document_start (its stylesheet goes in before the page has
      // content, page/highlight.ts): the first scan waits for the whole document, rather than
      // rescanning each piece the parser adds as if the page had changed.
      if (root.readyState === 'loading') whenIdle(afterContentLoaded);
      else begin();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      if (idleHandle !== undefined) (view.cancelIdleCallback ?? view.clearTimeout).call(view, idleHandle);
      scheduler.dispose();
      watcher.dispose();
      systemScheme?.removeEventListener('change', restyled);
      for (const frame of frames) frame.removeEventListener('load', onFrameLoad);
      frames.clear();
      shadowRoots.clear();
      mentionPainter.dispose();
      painter.dispose();
      registry.clear();
    },
    mentions: () => registry.list(),
    mentionAt: (x, y, doc = root) => mentionAtPoint(registry, doc, x, y, [...shadowRoots]),
    next: (from, only) => registry.next(from, only),
    prev: (from, only) => registry.prev(from, only),
    counts: () => registry.counts(),
    groups: () => registry.groups(),
    totals: () => registry.totals(),
    setActive,
    setLook: (look) => painter.setLook(look),
    checkNavigation: () => watcher.checkUrl(),
    async settled() {
      // Let pending MutationObserver records arrive first.
      await new Promise((r) => setTimeout(r, 0));
      while (!disposed && started && !began) await new Promise((r) => setTimeout(r, 10));
      while (!disposed && (flushPending || restylePending || scheduler.busy)) {
        await scheduler.idle();
        if (flushPending || restylePending) await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
}
