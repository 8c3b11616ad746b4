/**
 * One scan job: walk a subtree into runs (run-walker.ts), hand each run to the recognizer in
 * bounded chunks (chunked-find.ts) and turn each mention into a StaticRange over the page's
 * own text nodes. Resumable (see scheduler.ts): a step is one node or one chunk.
 */
import type { Mention, Recognizer } from '../core/types';
import { ChunkedFind, CHUNK_CHARS } from './chunked-find';
import type { PageMention } from './registry';
import { RunWalker, type WalkSink } from './run-walker';
import type { SlicedJob } from './scheduler';
import { locate, type NodePoint, type TextRun } from './text-run';
import { isRendered } from './visibility';

export interface ScanTarget {
  recognizer: Recognizer;
  mention(mention: PageMention): void;
  shadowRoot(root: ShadowRoot): void;
  frame(frame: HTMLIFrameElement | HTMLFrameElement): void;
}

/** Cost of one recognizer chunk in scheduler units (about one DOM node each). */
const CHUNK_COST = CHUNK_CHARS / 1024;
const HAS_TEXT = /\S/;

export class ScanJob implements SlicedJob {
  private readonly walker: RunWalker;
  private readonly runs: TextRun[] = [];
  private current: { run: TextRun; find: ChunkedFind } | null = null;

  constructor(
    root: Node,
    private readonly target: ScanTarget,
  ) {
    const runs = this.runs;
    const sink: WalkSink = {
      run: (run) => {
        if (HAS_TEXT.test(run.text)) runs.push(run);
      },
      shadowRoot: (r) => target.shadowRoot(r),
      frame: (f) => target.frame(f),
    };
    this.walker = new RunWalker(root, sink);
  }

  step(): number {
    if (this.current) {
      const { run, find } = this.current;
      // Mentions in one element share its visibility, and style cannot change within a step:
      // asked once per element of the chunk's mentions (issue 12).
      let element: Element | null = null;
      let visible = false;
      const isVisible = (el: Element): boolean => {
        if (el !== element) {
          element = el;
          visible = isRendered(el);
        }
        return visible;
      };
      for (const m of find.next()) this.target.mention(toPageMention(run, m, isVisible));
      if (find.done) this.current = null;
      return CHUNK_COST;
    }
    const run = this.runs.shift();
    if (run) {
      this.current = { run, find: new ChunkedFind(run.text, this.target.recognizer) };
      return 1;
    }
    if (this.walker.done) return 0;
    this.walker.step();
    return 1;
  }
}

/**
 * Where a mention in run offsets lies on the page's text nodes, and whether it is on screen
 * (the element holding its first character is rendered). The command-line reader of HTML
 * files decides visibility with this too (scripts/html-text.ts).
 */
export function placeMention(
  run: TextRun,
  m: Mention,
  isVisible: (el: Element) => boolean = isRendered,
): { start: NodePoint; end: NodePoint; visible: boolean } {
  const start = locate(run, m.start, 'start');
  const end = locate(run, m.end, 'end');
  const parent = start.node.parentElement;
  return { start, end, visible: parent ? isVisible(parent) : true };
}

/** Maps a mention in run offsets back onto the page's text nodes (`isVisible`: as placeMention). */
export function toPageMention(run: TextRun, m: Mention, isVisible?: (el: Element) => boolean): PageMention {
  const { start, end, visible } = placeMention(run, m, isVisible);
  const mention: PageMention = {
    ids: entryIdsOf(m),
    refs: m.refs,
    text: run.text.slice(m.start, m.end),
    range: makeStaticRange(start.node, start.offset, end.node, end.offset),
    nodes: run.nodes.slice(start.index, end.index + 1),
    visible,
  };
  if (m.partners) mention.partners = m.partners;
  if (m.grant) mention.grant = m.grant;
  return mention;
}

/** The catalogue ids a mention's refs name, no repeats, in order (most have one ref: no Set for them). */
function entryIdsOf(m: Mention): string[] {
  const refs = m.refs;
  if (refs.length === 1) return [refs[0]!.entryId];
  return [...new Set(refs.map((r) => r.entryId))];
}

type RangeWindow = Window & { StaticRange?: typeof StaticRange };

/** A StaticRange from the nodes' own realm (a frame's document has its own constructors). */
export function makeStaticRange(
  startContainer: Node,
  startOffset: number,
  endContainer: Node,
  endOffset: number,
): StaticRange {
  const view = startContainer.ownerDocument?.defaultView as RangeWindow | null | undefined;
  const Ctor = view?.StaticRange ?? globalThis.StaticRange;
  return new Ctor({ startContainer, startOffset, endContainer, endOffset });
}
