/**
 * The page highlighter: what the content script does on a page, apart from the wiring. It
 * follows the highlight policy (services/highlight-policy.ts): starts the page engine and its
 * hover cards when the policy allows, changes the look, stops when the policy says so (and
 * then tells the badge the page has nothing, so it does not keep the old count). While it
 * runs in the tab's top frame it answers the popup and the keyboard commands through the
 * content channel's one dispatcher and reports its counts for the badge; in other frames it
 * only highlights and shows cards (core/messages.ts TOOLBAR_FRAME_ID).
 *
 * Everything that touches the browser comes in as options, so this runs in happy-dom tests.
 */
import { MAX_GROUP_IDS, MENTION_TEXT_MAX, SENTENCE_MAX, type MentionsAnswer } from '../core/messages';
import type { HighlightLook, HighlightPolicy } from '../core/settings';
import type { PageEngine, PageMention } from '../page/engine';
import { mentionSentence } from '../page/mention-context';
import { createRevealer } from '../page/reveal';
import type { ContentChannel } from '../services/content-channel';
import type { HoverCards } from './hover-cards';

/** Badge updates wait for the page to settle a little; counts change in bursts while scanning. */
export const CHANGE_REPORT_DELAY_MS = 300;
/** get-mentions waits for the first scan at most this long, then answers with what it has. */
export const ANSWER_WAIT_MS = 1_500;

export interface PageHighlighterOptions {
  /** Calls back with the policy now and after each change; returns the function that stops. */
  watchPolicy(onChange: (policy: HighlightPolicy) => void): () => void;
  /** A page engine over this document; `onChange` after its set of visible mentions changed. */
  createEngine(look: HighlightLook, onChange: () => void): PageEngine;
  /** The hover cards over a running engine (ui/hover-cards.ts). */
  mountCards(engine: PageEngine): Promise<HoverCards<PageMention>>;
  channel: ContentChannel;
  /** Whether this is the tab's top frame, the one the toolbar speaks for. */
  toolbarFrame: boolean;
  /** The page's address, for the answer to the popup. */
  pageUrl(): string;
  /** A failure the user would not see otherwise (the cards could not start). */
  reportProblem(message: string, error: unknown): void;
  /**
   * The policy says this page is not highlighted: what the script prepared before knowing
   * (the stylesheet adopted at document_start) can go. A running engine removes its own.
   */
  notHighlighting?(): void;
}

export interface PageHighlighter {
  /** A same-document navigation happened (SPA): the engine checks whether to rescan. */
  checkNavigation(): void;
  /** Removes everything this copy added. Safe to call twice. */
  dispose(): void;
}

interface Running {
  engine: PageEngine;
  dispose(): void;
}

export function runPageHighlighter(options: PageHighlighterOptions): PageHighlighter {
  let running: Running | undefined;

  /** Stopped by the policy (switched off): the badge learns the page has nothing now. */
  function stop(): void {
    if (!running) return;
    running.dispose();
    running = undefined;
    if (options.toolbarFrame) options.channel.reportMentions({ total: 0, distinct: 0 });
  }

  const stopWatching = options.watchPolicy(({ allowed, look }) => {
    if (!allowed) {
      stop();
      options.notHighlighting?.();
    } else if (running) running.engine.setLook(look);
    else running = start(options, look);
  });

  return {
    checkNavigation: () => running?.engine.checkNavigation(),
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

function start(options: PageHighlighterOptions, look: HighlightLook): Running {
  const { channel, toolbarFrame } = options;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let reported = { total: 0, distinct: 0 };

  const engine = options.createEngine(look, () => {
    if (!toolbarFrame) return;
    clearTimeout(reportTimer);
    reportTimer = setTimeout(reportCounts, CHANGE_REPORT_DELAY_MS);
  });

  // Hover cards: mounted asynchronously, so "reveal" and the commands open a card once they are.
  // If they cannot start, the names stay highlighted, and the reason is reported, not thrown
  // into the page as an unhandled rejection.
  let cards: HoverCards<PageMention> | undefined;
  let disposed = false;
  options.mountCards(engine).then(
    (mounted) => (disposed ? mounted.dispose() : (cards = mounted)),
    (error: unknown) => {
      if (!disposed) options.reportProblem('Grant Lens: the hover cards could not start on this page', error);
    },
  );
  const reveal = createRevealer(engine, (mention) => cards?.controller.reveal(mention));
  // The popup asks every second while open: a group's sentence is read once per first mention.
  const sentences = new WeakMap<PageMention, string>();

  /** Tells the background (badge) how many mentions the page has, when that changed. */
  function reportCounts(): void {
    // totals(), not counts(): no document order needed, and ordering walks the whole page
    // (a 70 ms task after every change on a 10 MB page; tests/e2e/battery-large-page.test.ts).
    // Groups, not ids: an ambiguous form counts once, as one row of the popup's list.
    const { total, distinct } = engine.totals();
    if (total === reported.total && distinct === reported.distinct) return;
    reported = { total, distinct };
    channel.reportMentions(reported);
  }

  const stopListening = toolbarFrame
    ? channel.listen({
        async getMentions() {
          const waited = new Promise((resolve) => setTimeout(resolve, ANSWER_WAIT_MS));
          await Promise.race([engine.settled(), waited]);
          return answer(engine, options.pageUrl(), sentences);
        },
        reveal: (group) => void reveal(group),
        navigate: (direction) => void cards?.controller.navigate(direction),
      })
    : () => {};

  engine.start();

  return {
    engine,
    dispose() {
      disposed = true;
      cards?.dispose();
      clearTimeout(reportTimer);
      engine.dispose();
      stopListening();
    },
  };
}

/**
 * The answer to the popup's get-mentions (core/messages.ts MentionsAnswer): the page's groups
 * in document order, each with its first mention as written and the sentence around it.
 */
function answer(engine: PageEngine, url: string, sentences: WeakMap<PageMention, string>): MentionsAnswer {
  return {
    url,
    groups: engine.groups().map(({ ids, partners, count, first }) => {
      let sentence = sentences.get(first);
      if (sentence === undefined) {
        sentence = mentionSentence(first, SENTENCE_MAX);
        sentences.set(first, sentence);
      }
      const text = first.text.replace(/\s+/g, ' ').trim().slice(0, MENTION_TEXT_MAX);
      // Within the schema's bounds, so one odd group never costs the whole answer.
      return { ids: ids.slice(0, MAX_GROUP_IDS), partners: partners.slice(0, MAX_GROUP_IDS), count, text, sentence };
    }),
  };
}
