/**
 * A resumable walk over one subtree that cuts its text into runs (see text-run.ts): inline
 * elements join, `<br>` is a line break inside the run, blocks and skipped elements cut. It walks with firstChild /
 * nextSibling pointers (no per-node callbacks through a TreeWalker filter) and does one node
 * per `step()`, so the caller can stop at any time and resume in a later time slice.
 *
 * Open shadow roots and the documents of same-origin frames the content script cannot reach
 * itself (about:blank, srcdoc) are reported, not entered: the caller walks them as roots of
 * their own (they have their own styles, observers and, for frames, their own highlights).
 */
import { walkKind } from './dom-rules';
import { TextRunBuilder, type TextRun } from './text-run';

export interface WalkSink {
  run(run: TextRun): void;
  shadowRoot(root: ShadowRoot): void;
  frame(frame: HTMLIFrameElement | HTMLFrameElement): void;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export class RunWalker {
  private node: Node | null;
  /** For each element entered on the way down: does leaving it end a run? */
  private readonly blockStack: boolean[] = [];
  private readonly builder = new TextRunBuilder();

  constructor(
    private readonly root: Node,
    private readonly sink: WalkSink,
  ) {
    this.node = root.firstChild;
  }

  get done(): boolean {
    return this.node === null;
  }

  /** Handles one node. Returns false once the subtree is finished (the last run is flushed). */
  step(): boolean {
    const node = this.node;
    if (node === null) return false;
    // Each DOM property read is a call into the browser: each is read once per node (issue 12).
    const type = node.nodeType;
    let next: Node | null = null;
    if (type === TEXT_NODE) this.builder.add(node as Text);
    else if (type === ELEMENT_NODE) next = this.enter(node as Element);
    this.node = next ?? this.advance(node);
    if (this.node === null) this.flush();
    return this.node !== null;
  }

  /** Decides what an element does to the current run; returns its first child if its children are walked. */
  private enter(el: Element): Node | null {
    const kind = walkKind(el);
    if (kind === 'skip') {
      this.flush();
      return null;
    }
    if (kind === 'break') {
      this.builder.addBreak();
      return null;
    }
    if (kind === 'frame') {
      this.flush();
      this.sink.frame(el as HTMLIFrameElement);
      return null;
    }
    const shadow = (el as HTMLElement).shadowRoot;
    // A shadow host renders its shadow tree, with its light children slotted somewhere inside:
    // runs cannot follow the rendering across that boundary, so the host cuts like a block.
    const block = kind === 'block' || shadow !== null;
    if (block) this.flush();
    if (shadow) this.sink.shadowRoot(shadow);
    const first = el.firstChild;
    if (first !== null) this.blockStack.push(block);
    return first;
  }

  /** The node after `node`'s subtree: its next sibling, or the next sibling of the nearest ancestor that has one. */
  private advance(node: Node): Node | null {
    let current: Node = node;
    while (current !== this.root) {
      const next = current.nextSibling;
      if (next) return next;
      const parent = current.parentNode;
      // Detached mid-walk (the page removed it between slices): stop here, the watcher has
      // queued the change and will rescan.
      if (parent === null) return null;
      current = parent;
      if (current !== this.root && this.blockStack.pop()) this.flush();
    }
    return null;
  }

  private flush(): void {
    const run = this.builder.take();
    if (run) this.sink.run(run);
  }
}
