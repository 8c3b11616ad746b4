/**
 * A text run: the joined text of the text nodes of one block's inline content, with an offset
 * map back to the nodes. `starts[i]` is the run offset where `nodes[i]` begins (prefix sums),
 * so a run offset maps to a (node, offset) by binary search. A `<br>` between two text nodes
 * is a line-break character "\n" in `text` that belongs to no node: the offsets it takes lie
 * between one node's end and the next node's start.
 */
export interface TextRun {
  text: string;
  nodes: Text[];
  starts: number[];
}

export interface NodePoint {
  node: Text;
  offset: number;
  /** Index of `node` in the run's `nodes`. */
  index: number;
}

/** What a `<br>` puts into a run's text: the fold reads it as whitespace (core/fold.ts). */
export const LINE_BREAK = '\n';

/** Collects text nodes into a run. Empty nodes are left out: they carry no offset. */
export class TextRunBuilder {
  private parts: string[] = [];
  private nodes: Text[] = [];
  private starts: number[] = [];
  private length = 0;

  /** `<br>`s seen since the last text node: a line break each, once text follows in this run. */
  private pendingBreaks = 0;

  add(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    if (this.pendingBreaks > 0) {
      if (this.nodes.length > 0) {
        this.parts.push(LINE_BREAK.repeat(this.pendingBreaks));
        this.length += this.pendingBreaks;
      }
      this.pendingBreaks = 0;
    }
    this.parts.push(data);
    this.nodes.push(node);
    this.starts.push(this.length);
    this.length += data.length;
  }

  /** A `<br>`: a line break between the text before and after it (none at the run's start or end). */
  addBreak(): void {
    this.pendingBreaks++;
  }

  get isEmpty(): boolean {
    return this.nodes.length === 0;
  }

  /** Returns the run built so far and starts a new one. */
  take(): TextRun | null {
    this.pendingBreaks = 0;
    if (this.nodes.length === 0) return null;
    const run = { text: this.parts.join(''), nodes: this.nodes, starts: this.starts };
    this.parts = [];
    this.nodes = [];
    this.starts = [];
    this.length = 0;
    return run;
  }
}

/**
 * Where run offset `offset` falls. At a boundary between two nodes, a start point belongs to
 * the later node and an end point to the earlier one, so a range never begins at the very end
 * of a node or ends at the very start of one (its client rects stay tight).
 */
export function locate(run: TextRun, offset: number, side: 'start' | 'end'): NodePoint {
  const { starts, nodes } = run;
  // The last node whose start is < offset (end side) or <= offset (start side).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const begins = starts[mid]!;
    if (side === 'start' ? begins <= offset : begins < offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  return { node, offset: Math.min(offset - starts[lo]!, node.data.length), index: lo };
}
