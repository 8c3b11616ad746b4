/**
 * The engines compared on the same page with the same names. Each has a `prepare` step
 * (building its matcher; timed apart, it runs once per page) and a `scan` step (timed):
 * find every name on the page and make it visible, and report how many it found.
 */
import { defaultFoldTable } from '../../core/default-fold';
import type { CatalogueData } from './data';
import { countMarkRuns } from './mark-count';

export interface ScanOutcome {
  found: number;
  /** Removes what the scan added (highlights), leaving the page as served; not timed. */
  cleanup?: () => void;
}

export interface PreparedEngine {
  /** Scans `doc` (engines that walk elements start at its body). */
  scan(doc: Document): Promise<ScanOutcome> | ScanOutcome;
}

export interface Engine {
  name: EngineName;
  prepare(data: CatalogueData): Promise<PreparedEngine> | PreparedEngine;
}

export type EngineName = 'grant-lens' | 'mark.js' | 'naive-regex' | 'floor-walk' | 'floor-fold';

/** mark.js 8.11.1 from its own dist file (loaded by a <script> tag, as a page would). */
interface MarkInstance {
  mark(keywords: string[], options: Record<string, unknown>): void;
}
declare global {
  interface Window {
    Mark?: new (context: Element) => MarkInstance;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * mark.js the way its documentation tells users to mark a list of terms: `mark(array)` with
 * `separateWordSearch: false` (names are phrases) and `acrossElements: true` (names cut by
 * <b>…</b>), other options at their defaults. mark.js wraps each match in <mark>: it changes
 * the page's DOM, which is what Grant Lens must never do.
 */
export const markJs: Engine = {
  name: 'mark.js',
  prepare(data) {
    const Mark = window.Mark;
    if (!Mark) throw new Error('bench: mark.min.js did not load');
    const keywords = data.forms.map((form) => form.text);
    return {
      scan: (doc) =>
        new Promise<ScanOutcome>((resolve) => {
          new Mark(doc.body).mark(keywords, {
            separateWordSearch: false,
            acrossElements: true,
            done: () => resolve({ found: countMarkRuns(doc.body) }),
          });
        }),
    };
  },
};

/**
 * What a developer writes in ten minutes: one regex alternation of every name (longest
 * first), run over each text node on its own, matches painted as CSS highlights. It misses
 * every name split by markup, line breaks, other brackets, quotes or traditional script.
 */
export const naiveRegex: Engine = {
  name: 'naive-regex',
  prepare(data) {
    const alternation = data.forms
      .map((form) => form.text)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    const pattern = new RegExp(alternation, 'gi');
    return {
      scan(doc) {
        const ranges: StaticRange[] = [];
        const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const text = node.data;
          pattern.lastIndex = 0;
          for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
            const end = match.index + match[0].length;
            ranges.push(new StaticRange({ startContainer: node, startOffset: match.index, endContainer: node, endOffset: end }));
          }
        }
        CSS.highlights.set('bench-naive', new Highlight(...ranges));
        return { found: ranges.length, cleanup: () => CSS.highlights.delete('bench-naive') };
      },
    };
  },
};

/** Floor A: a TreeWalker visiting every text node and nothing else. */
export const floorWalk: Engine = {
  name: 'floor-walk',
  prepare() {
    return {
      scan(doc) {
        let chars = 0;
        const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).length;
        // Returned so the loop cannot be optimised away; not a mention count.
        return { found: chars > 0 ? 0 : -1 };
      },
    };
  },
};

/**
 * Floor B, the lower bound for any matcher: the same walk, reading every character of every
 * text node once through the same 64 K fold table the recognizer uses. A matcher must at
 * least do this; Grant Lens's distance from it is its own overhead.
 */
export const floorFold: Engine = {
  name: 'floor-fold',
  prepare() {
    const table = defaultFoldTable();
    return {
      scan(doc) {
        let acc = 0;
        const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = (node as Text).data;
          for (let i = 0; i < text.length; i++) acc = (acc + table[text.charCodeAt(i)]!) | 0;
        }
        // Returned so the loop cannot be optimised away; not a mention count.
        return { found: acc === 0x7fffffff ? -1 : 0 };
      },
    };
  },
};
