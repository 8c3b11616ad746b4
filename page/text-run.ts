/**
 * A text run: the joined text of the text nodes of one block's inline content, with an offset
 * map back to the nodes. `starts[i]` is the run offset where `nodes[i]` begins (prefix sums),
 * so a run offset maps to a (node, offset) by binary search.
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

/** Collects text nodes into a run. Empty nodes are left out: they carry no offset. */
export class TextRunBuilder {
  private parts: string[] = [];
  private nodes: Text[] = [];
  private starts: number[] = [];
  private length = 0;

  add(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    this.parts.push(data);
    this.nodes.push(node);
    this.starts.push(this.length);
    this.length += data.length;
  }

  get isEmpty(): boolean {
    return this.nodes.length === 0;
  }

  /** Returns the run built so far and starts a new one. */
  take(): TextRun | null {
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
