/**
 * The command-line recognizer's reading of an HTML file (scripts/recognize.ts), which is the
 * extension's reading of a page: the same walk (page/run-walker.ts, following the tag table
 * of core/html-rules.ts), so the same runs (a block's inline text; never across blocks,
 * `<br>`, form fields or skipped elements), the same recognizer call per run, and the same
 * visibility decision per mention (page/scan.ts placeMention). A name is found here exactly
 * when the extension would mark it on that page.
 *
 * Parsing is happy-dom's HTML parser (entities, unclosed tags, comments handled like a
 * browser); scripts never run, no file is fetched. The document's own `<style>` rules and
 * `style` attributes count for what is hidden (happy-dom computes display and visibility
 * from them). What a file alone cannot show is not read: frames' documents and shadow trees
 * built by scripts.
 *
 * Offsets and text refer to the text a browser shows: each run's whitespace collapsed as CSS
 * `white-space: normal` does (kept inside <pre>, <listing>, <xmp>, <plaintext>), text under
 * hidden elements left out, runs joined by line breaks.
 */
import { Window } from 'happy-dom';
import type { GrantNumberReading, NameRef, Recognizer } from '../core/types';
import { RunWalker } from '../page/run-walker';
import { placeMention } from '../page/scan';
import type { TextRun } from '../page/text-run';
import { isRendered } from '../page/visibility';

/** One mention, offsets in UTF-16 code units of the shown text (`HtmlMentions.text`). */
export interface HtmlMention {
  start: number;
  end: number;
  text: string;
  refs: readonly NameRef[];
  /** Set on grant numbers (core/grant-numbers.ts). */
  grant?: GrantNumberReading;
}

export interface HtmlMentions {
  /** The text a browser shows: runs joined by line breaks. */
  text: string;
  mentions: HtmlMention[];
}

/** Elements whose text keeps its spaces and line breaks (the browser's default `white-space: pre`). */
const PREFORMATTED = new Set(['PRE', 'LISTING', 'XMP', 'PLAINTEXT']);

/** CSS collapsible white space (not NBSP, not U+3000: those show as characters). */
const COLLAPSIBLE = /[ \t\n\r\f]/;

/** A run as shown: its text, and for each run offset (and the end) the offset in it. */
interface ShownRun {
  run: TextRun;
  shown: string;
  shownAt: Int32Array;
}

/** The visible text of `html`, one string per run that shows any, in document order. */
export function htmlBlocks(html: string): string[] {
  return withDocument(html, (doc) => shownRuns(doc).map((r) => r.shown));
}

/** The visible text of `html`: runs joined by line breaks (what the offsets refer to). */
export function htmlToText(html: string): string {
  return htmlBlocks(html).join('\n');
}

/** Every mention the extension would mark on the page `html`, in document order. */
export function htmlMentions(html: string, recognizer: Recognizer): HtmlMentions {
  return withDocument(html, (doc) => {
    const mentions: HtmlMention[] = [];
    let offset = 0;
    const texts: string[] = [];
    for (const { run, shown, shownAt } of shownRuns(doc)) {
      for (const m of recognizer.find(run.text)) {
        if (!placeMention(run, m).visible) continue;
        const start = shownAt[m.start]!;
        const end = shownAt[m.end]!;
        const mention: HtmlMention = { start: offset + start, end: offset + end, text: shown.slice(start, end), refs: m.refs };
        if (m.grant) mention.grant = m.grant;
        mentions.push(mention);
      }
      texts.push(shown);
      offset += shown.length + 1; // the line break joining runs
    }
    return { text: texts.join('\n'), mentions };
  });
}

function withDocument<T>(html: string, use: (doc: Document) => T): T {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    return use(doc as unknown as Document);
  } finally {
    window.close();
  }
}

/** The document's runs as the page engine cuts them, each as shown; runs that show nothing are left out. */
function shownRuns(doc: Document): ShownRun[] {
  const runs: TextRun[] = [];
  // Shadow roots and frames are reported, not entered; a parsed file has none the engine
  // could read (declarative shadow DOM is not attached by DOMParser, frames are not loaded).
  const walker = new RunWalker(doc, { run: (run) => runs.push(run), shadowRoot: () => {}, frame: () => {} });
  while (walker.step());
  const looks = new ElementLooks();
  const shown: ShownRun[] = [];
  for (const run of runs) {
    const s = showRun(run, looks);
    if (s.shown !== '') shown.push(s);
  }
  return shown;
}

/**
 * Collapses a run's white space as the browser shows it: a run of collapsible spaces is one
 * space, none at the run's start or end; text of hidden elements is left out.
 */
function showRun(run: TextRun, looks: ElementLooks): ShownRun {
  const shownAt = new Int32Array(run.text.length + 1);
  let shown = '';
  let pendingSpace = false;
  run.nodes.forEach((node, k) => {
    const base = run.starts[k]!;
    const parent = node.parentElement;
    const hidden = parent !== null && !looks.rendered(parent);
    const preserve = parent !== null && looks.preformatted(parent);
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (hidden) {
        shownAt[base + i] = shown.length;
      } else if (!preserve && COLLAPSIBLE.test(ch)) {
        pendingSpace = true;
        shownAt[base + i] = shown.length;
      } else {
        if (pendingSpace && shown !== '') shown += ' ';
        pendingSpace = false;
        shownAt[base + i] = shown.length;
        shown += ch;
      }
    }
  });
  shownAt[run.text.length] = shown.length;
  return { run, shown, shownAt };
}

/** Per-element answers, cached: many text nodes share a parent. */
class ElementLooks {
  private readonly renderedCache = new Map<Element, boolean>();
  private readonly preCache = new Map<Element, boolean>();

  rendered(el: Element): boolean {
    let known = this.renderedCache.get(el);
    if (known === undefined) this.renderedCache.set(el, (known = isRendered(el)));
    return known;
  }

  preformatted(el: Element): boolean {
    let known = this.preCache.get(el);
    if (known === undefined) {
      known = PREFORMATTED.has(el.tagName.toUpperCase()) || (el.parentElement !== null && this.preformatted(el.parentElement));
      this.preCache.set(el, known);
    }
    return known;
  }
}
