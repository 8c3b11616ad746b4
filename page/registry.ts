/**
 * The mentions found on a page, kept so the hover card, the popup and "reveal" can find them:
 * in document order, by text node (for hit-testing), counted per catalogue id and per group
 * (core/mention-groups.ts: what "On this page" lists and the badge counts).
 */
import { tagRule } from '../core/html-rules';
import { isGroup, mentionGroupKey } from '../core/mention-groups';
import type { GrantNumberReading, NameRef, PartnerRef } from '../core/types';
import { compareComposed, ownFrameDocument } from './composed-tree';

/**
 * Visits the text nodes under `root` in rendering order: a shadow host's open shadow tree at
 * the host's place (before its light children), the document of a frame this engine reads
 * (composed-tree.ts ownFrameDocument) at the frame.
 */
export function walkComposed(root: Node, visit: (text: Text) => void): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      visit(node as Text);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const shadow = (el as HTMLElement).shadowRoot;
      if (shadow) walkComposed(shadow, visit);
      if (tagRule(el.tagName) === 'frame') {
        // Only frames this engine reads hold its mentions (an http(s) frame has its own).
        const doc = ownFrameDocument(el);
        if (doc) walkComposed(doc, visit);
      }
    }
    // Next in document order: first child, else next sibling of the nearest ancestor that has one.
    let next: Node | null = node.firstChild;
    while (!next && node) {
      if (node === root) break;
      next = node.nextSibling;
      if (!next) {
        node = node.parentNode;
        if (node === root) node = null;
      }
    }
    node = next;
  }
}

const NO_PARTNERS: readonly string[] = [];

/** The partner ids a mention names, no repeats (most name none: no array is made for them). */
export function partnerIdsOf(mention: PageMention): readonly string[] {
  const refs = mention.partners;
  if (!refs || refs.length === 0) return NO_PARTNERS;
  return [...new Set(refs.map((ref) => ref.partnerId))];
}

/** The group a mention counts in (core/mention-groups.ts), or null for none. */
export function groupKeyOf(mention: PageMention): string | null {
  const partners = partnerIdsOf(mention);
  return isGroup(mention.ids, partners) ? mentionGroupKey(mention.ids, partners) : null;
}

/** What a page mentions, one row of "On this page": a group and its mentions. */
export interface MentionGroup {
  key: string;
  /** Programme ids, in the order the first mention names them. */
  ids: string[];
  /** Partner ids, in the order the first mention names them. */
  partners: string[];
  /** Visible mentions of the group. */
  count: number;
  /** The first of them in document order. */
  first: PageMention;
}

/** Up to this many changes are merged into the sorted list; more re-sort it by a walk. */
const MAX_MERGED_CHANGES = 64;

/** Where `m` goes in the document-ordered `list` (binary search: few node comparisons). */
function insertionIndex(list: readonly PageMention[], m: PageMention): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const other = list[mid]!.range;
    const after =
      compareComposed(other.startContainer, other.startOffset, m.range.startContainer, m.range.startOffset) > 0;
    if (after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether `a` starts after `b` in document order (across shadow roots and frames). */
function startsAfter(a: PageMention, b: PageMention): boolean {
  const x = a.range.startContainer;
  const y = b.range.startContainer;
  if (x === y) return a.range.startOffset > b.range.startOffset;
  // One call when both are in one tree: compareComposed builds each node's chain of trees first
  // (with it, the checks cost about half the walk they save on a 1 MB notice). Nodes in two
  // trees (a shadow root, a frame's document) are disconnected for compareDocumentPosition.
  const position = x.compareDocumentPosition(y);
  if ((position & 1) /* DISCONNECTED */ === 0) return (position & 2) /* PRECEDING */ !== 0;
  return compareComposed(x, a.range.startOffset, y, b.range.startOffset) > 0;
}

/** One mention on the page: a programme, a partner call, or a partner named alone. */
export interface PageMention {
  /** Catalogue ids it names: one, or more for a form the catalogue marks ambiguous; none for a partner named alone. */
  ids: string[];
  refs: NameRef[];
  /** Partners it names (core/types.ts Mention.partners); absent when it names none. */
  partners?: readonly PartnerRef[];
  /** The text as the page writes it (may contain markup-free line breaks, quotes, spaces). */
  text: string;
  /** Where it is. A StaticRange does not follow DOM changes: the watcher drops stale ones. */
  range: StaticRange;
  /** Every text node the mention covers, first to last. */
  nodes: Text[];
  /** Rendered and not visibility:hidden; only visible mentions are painted and counted. */
  visible: boolean;
  /** Set on a grant number (core/grant-numbers.ts); `ids` is empty when it names no programme. */
  grant?: GrantNumberReading;
}

/** Which mentions a step visits: those naming an entry id, or those of one group (by key). */
export type MentionFilter = string | { group: string };

export class MentionRegistry {
  /** `root`: the document whose order (with its shadow roots and frames) the list follows. */
  constructor(private readonly root: Document) {}

  private readonly all = new Set<PageMention>();
  private readonly byNode = new Map<Text, PageMention[]>();
  /** Visible mentions in document order, as of the last `list()`; null: sort from scratch. */
  private ordered: PageMention[] | null = null;
  /** Mentions added, removed or shown/hidden since `ordered` was made. */
  private readonly changedSinceOrder = new Set<PageMention>();
  /**
   * Every mention in the order added, as long as none was removed since the registry was
   * empty. A scan walks in document order, so after one `list()` finds them already in order
   * by comparing each with the one before it, and needs neither a walk over the page nor a
   * sort (issue 12: on a 1 MB notice that walk was a second pass over every node after the
   * scan's own; checked in `list()`, not in `add()`, so a scan whose list nobody asks for pays
   * nothing). Null once one is removed or they turn out of order (a shadow root or frame
   * scanned after the text around its host, a rescan in the middle of the page): `list()`
   * then orders as before.
   */
  private sequence: PageMention[] | null = [];
  /** How many of `sequence`'s first mentions are known to be in document order. */
  private inOrder = 0;

  get size(): number {
    return this.all.size;
  }

  has(mention: PageMention): boolean {
    return this.all.has(mention);
  }

  add(mention: PageMention): void {
    if (this.sequence && !this.all.has(mention)) this.sequence.push(mention);
    this.all.add(mention);
    for (const node of mention.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(mention);
      else this.byNode.set(node, [mention]);
    }
    this.changedSinceOrder.add(mention);
  }

  remove(mention: PageMention): void {
    if (!this.all.delete(mention)) return;
    // Empty again (a rescan of the whole page dropped everything): the next scan starts a sequence.
    this.sequence = this.all.size === 0 ? [] : null;
    this.inOrder = 0;
    for (const node of mention.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const rest = list.filter((m) => m !== mention);
      if (rest.length) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
    this.changedSinceOrder.add(mention);
  }

  /** Shows or hides a mention (hidden ones are kept, but neither listed nor counted). */
  setVisible(mention: PageMention, visible: boolean): void {
    if (mention.visible === visible) return;
    mention.visible = visible;
    this.changedSinceOrder.add(mention);
  }

  /** Every mention, visible or not (for re-validation). */
  everything(): PageMention[] {
    return [...this.all];
  }

  /** Mentions that cover a text node (hit-test candidates). */
  atNode(node: Node): readonly PageMention[] {
    return this.byNode.get(node as Text) ?? [];
  }

  /**
   * Visible mentions in document order (across shadow roots and frames). A few changes since
   * the last call are merged in by binary search; many (a scan) sort everything again by one
   * walk over the page that numbers the text nodes holding mentions. Comparing nodes pairwise
   * (compareDocumentPosition) costs time in proportion to the siblings between them, which
   * made sorting 10,000 mentions on a long flat page take seconds; a walk is linear.
   */
  list(): readonly PageMention[] {
    const changed = this.changedSinceOrder;
    if (this.ordered && changed.size === 0) return this.ordered;
    if (this.sequenceInOrder()) {
      this.ordered = this.sequence!.filter((m) => m.visible);
    } else if (this.ordered && changed.size <= MAX_MERGED_CHANGES) {
      const merged = this.ordered.filter((m) => !changed.has(m));
      for (const m of changed) {
        if (m.visible && this.all.has(m)) merged.splice(insertionIndex(merged, m), 0, m);
      }
      this.ordered = merged;
    } else {
      const visible = [...this.all].filter((m) => m.visible);
      const order = this.numberTextNodes();
      const key = (m: PageMention) => order.get(m.range.startContainer) ?? Number.MAX_SAFE_INTEGER;
      this.ordered = visible.sort(
        (a, b) => key(a) - key(b) || a.range.startOffset - b.range.startOffset,
      );
    }
    changed.clear();
    return this.ordered;
  }

  /** Whether `sequence` is in document order; drops it if not. One comparison per mention added since the last check. */
  private sequenceInOrder(): boolean {
    const sequence = this.sequence;
    if (!sequence) return false;
    for (let i = Math.max(this.inOrder, 1); i < sequence.length; i++) {
      // Neighbours on the page: one cheap comparison each (compareDocumentPosition walks the siblings between them).
      if (startsAfter(sequence[i - 1]!, sequence[i]!)) {
        this.sequence = null;
        return false;
      }
    }
    this.inOrder = sequence.length;
    return true;
  }

  /** Document-order numbers for the text nodes that hold mentions. */
  private numberTextNodes(): Map<Node, number> {
    const order = new Map<Node, number>();
    const wanted = this.byNode;
    let next = 0;
    walkComposed(this.root, (text) => {
      if (wanted.has(text)) order.set(text, next++);
    });
    return order;
  }

  /**
   * The next visible mention after `from`, wrapping around: of entry `id` if a string is given
   * (any mention naming it), of the group with that key if `{ group }` is.
   */
  next(from: PageMention | null, only?: MentionFilter): PageMention | null {
    return this.step(from, only, 1);
  }

  /** The previous visible mention before `from`, wrapping around; `only` as for `next`. */
  prev(from: PageMention | null, only?: MentionFilter): PageMention | null {
    return this.step(from, only, -1);
  }

  /** Whether any mention is visible (stops at the first). */
  hasVisible(): boolean {
    for (const m of this.all) if (m.visible) return true;
    return false;
  }

  /**
   * How many visible mentions count in a group, and how many groups (the rows of "On this
   * page", which the badge shows), without putting them in document order: the badge asks
   * after every change, and ordering walks the whole page (~70 ms on 10 MB).
   */
  totals(): { total: number; distinct: number } {
    let total = 0;
    const keys = new Set<string>();
    for (const m of this.all) {
      if (!m.visible) continue;
      const key = groupKeyOf(m);
      if (key === null) continue;
      total++;
      keys.add(key);
    }
    return { total, distinct: keys.size };
  }

  /** The groups of visible mentions, in document order of each group's first mention. */
  groups(): MentionGroup[] {
    const groups = new Map<string, MentionGroup>();
    for (const m of this.list()) {
      const key = groupKeyOf(m);
      if (key === null) continue;
      const group = groups.get(key);
      if (group) group.count++;
      else groups.set(key, { key, ids: [...m.ids], partners: [...partnerIdsOf(m)], count: 1, first: m });
    }
    return [...groups.values()];
  }

  /** Visible mentions per id, in document order of each id's first mention. */
  counts(): { id: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const m of this.list()) {
      for (const id of m.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts].map(([id, count]) => ({ id, count }));
  }

  clear(): void {
    this.sequence = [];
    this.inOrder = 0;
    this.all.clear();
    this.byNode.clear();
    this.ordered = null;
    this.changedSinceOrder.clear();
  }

  private step(from: PageMention | null, only: MentionFilter | undefined, direction: 1 | -1) {
    const list = this.list();
    const matches = (m: PageMention) =>
      only === undefined || (typeof only === 'string' ? m.ids.includes(only) : groupKeyOf(m) === only.group);
    const n = list.length;
    if (n === 0) return null;
    let index = from ? list.indexOf(from) : -1;
    if (index === -1 && from) {
      // `from` is gone (rescanned): continue from where it was.
      const lo = insertionIndex(list, from);
      index = direction === 1 ? lo - 1 : lo;
    }
    if (index === -1 && direction === -1) index = n;
    for (let k = 1; k <= n; k++) {
      const m = list[(((index + direction * k) % n) + n) % n]!;
      if (matches(m)) return m;
    }
    return null;
  }
}
