/**
 * The highlighter content script: runs the page engine (page/engine.ts) with the bundled
 * catalogue's recognizer and answers the popup/background. Wiring only.
 *
 * It runs on the default portals (this manifest entry), on the user's own sites (registered at
 * runtime, entrypoints/shared/sites.ts) and once on demand (scripting.executeScript). The same
 * file can therefore arrive twice in one page: the newest copy wins and the older one disposes
 * itself (WXT's context tells it, and the instance kept on `window` is disposed too), so a page
 * never shows doubled highlights. After an extension reload or update the orphaned copy notices
 * on its next context check (the 1-second context timer in main) and removes everything it added.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { bundledCatalogue } from '../core/bundled-catalogue';
import {
  SCAN_ONCE_FLAG,
  isGrantLensMessage,
  type MentionsChanged,
  type MentionsResponse,
} from '../core/messages';
import { DEFAULT_PORTAL_HOSTS } from '../core/portals';
import { pageRun, type HighlightLook } from '../core/settings';
import { createRecognizer } from '../core/recognizer';
import { createPageEngine, type PageEngine, type PageMention } from '../page/engine';
import { createRevealer } from '../page/reveal';
import { watchHighlightPolicy } from './shared/highlight-policy';
import { mountHoverCards, type HoverCards } from '../ui/hover-cards';

/** Where the running instance is kept, per page and extension world. */
const INSTANCE_KEY = '__grantLensHighlighter';
/** Badge updates wait for the page to settle a little; counts change in bursts while scanning. */
const CHANGE_REPORT_DELAY_MS = 300;
/** How often a copy checks whether the extension was reloaded or removed, to clean up. */
const CONTEXT_CHECK_MS = 1_000;
/** get-mentions waits for the first scan at most this long, then answers with what it has. */
const ANSWER_WAIT_MS = 1_500;

interface Instance {
  dispose(): void;
}

interface RunningHighlighter extends Instance {
  engine: PageEngine;
}

export default defineContentScript({
  matches: DEFAULT_PORTAL_HOSTS.map((host) => `*://${host}/*`),
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const slot = window as unknown as Record<string, unknown>;
    (slot[INSTANCE_KEY] as Instance | undefined)?.dispose();
    const instance = followSettings(ctx, slot[SCAN_ONCE_FLAG] === true);
    delete slot[SCAN_ONCE_FLAG];
    slot[INSTANCE_KEY] = instance;
    ctx.onInvalidated(() => {
      instance.dispose();
      if (slot[INSTANCE_KEY] === instance) delete slot[INSTANCE_KEY];
    });
    // Notices an extension reload, update or removal: each tick of a context timer checks the
    // context (runtime id gone → onInvalidated above). WXT's location watcher cannot be relied
    // on for that: with the Navigation API (Chromium) it never polls, and orphaned highlights
    // and cards stayed on open pages (tests/e2e/battery-bad-data.test.ts).
    ctx.setInterval(() => {}, CONTEXT_CHECK_MS);
  },
});

/**
 * Runs the highlighter while the settings allow it on this host (options page, popup switch,
 * another device: a page follows a change without a reload) in the chosen look. A page the user
 * asked to scan once is scanned whatever the settings say.
 */
function followSettings(ctx: ContentScriptContext, scanRequested: boolean): Instance {
  let running: RunningHighlighter | undefined;
  const stopWatching = watchHighlightPolicy(pageRun(location.href, scanRequested), ({ allowed, look }) => {
    if (!allowed) {
      running?.dispose();
      running = undefined;
    } else if (running) {
      running.engine.setLook(look);
    } else {
      running = startHighlighter(ctx, look);
    }
  });
  return {
    dispose() {
      // The page's highlights and card first: after an extension reload the settings watch
      // (browser.storage) throws "Extension context invalidated", which used to abort this
      // cleanup and leave them on the page (tests/e2e/battery-bad-data.test.ts).
      running?.dispose();
      running = undefined;
      try {
        stopWatching();
      } catch {
        // Orphaned: the storage listeners went with the runtime.
      }
    },
  };
}

function startHighlighter(ctx: ContentScriptContext, look: HighlightLook): RunningHighlighter {
  const isTop = window.top === window;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let reported = { total: 0, distinct: 0 };

  const engine = createPageEngine({
    root: document,
    recognizer: createRecognizer(bundledCatalogue.entries),
    look,
    onChange: () => {
      clearTimeout(reportTimer);
      reportTimer = setTimeout(reportCounts, CHANGE_REPORT_DELAY_MS);
    },
  });
  // Hover cards (ui/hover-cards.ts): mounted asynchronously, so "reveal" opens a card once they are.
  let cards: HoverCards<PageMention> | undefined;
  let disposed = false;
  void mountHoverCards(ctx, engine).then((mounted) => (disposed ? mounted.dispose() : (cards = mounted)));
  const reveal = createRevealer(engine, (mention) => cards?.controller.reveal(mention));

  /** Tells the background (badge) how many mentions this frame has, when that changed. */
  function reportCounts(): void {
    // totals(), not counts(): no document order needed, and ordering walks the whole page
    // (a 70 ms task after every change on a 10 MB page; tests/e2e/battery-large-page.test.ts).
    // Mentions, not the sum of counts: an ambiguous form counts once for each of its ids.
    const { total, distinct } = engine.totals();
    if (total === reported.total && distinct === reported.distinct) return;
    reported = { total, distinct };
    const message: MentionsChanged = { type: 'grant-lens:mentions-changed', ...reported };
    try {
      browser.runtime.sendMessage(message).catch(() => {});
    } catch {
      // The extension was reloaded: this copy is orphaned and about to be disposed.
    }
  }

  function onMessage(
    message: unknown,
    _sender: unknown,
    sendResponse: (response: MentionsResponse) => void,
  ): boolean | undefined {
    if (!isGrantLensMessage(message)) return undefined;
    if (message.type === 'grant-lens:get-mentions') {
      // One answer per tab: the top frame's (frames each report their own badge counts).
      if (!isTop) return undefined;
      const waited = new Promise((resolve) => setTimeout(resolve, ANSWER_WAIT_MS));
      void Promise.race([engine.settled(), waited]).then(() =>
        sendResponse({ url: location.href, counts: engine.counts() }),
      );
      return true; // answers asynchronously
    }
    if (message.type === 'grant-lens:reveal') reveal(message.id);
    return undefined;
  }

  browser.runtime.onMessage.addListener(onMessage);
  // SPA navigations the isolated world cannot otherwise see (WXT's location watcher: the
  // Navigation API where the browser has it, else a 1-second URL poll).
  ctx.addEventListener(window, 'wxt:locationchange', () => engine.checkNavigation());
  engine.start();

  return {
    engine,
    dispose() {
      disposed = true;
      cards?.dispose();
      clearTimeout(reportTimer);
      engine.dispose();
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // Orphaned by an extension reload: the runtime is gone, and its listeners with it.
      }
    },
  };
}
