/**
 * The mentions found on a page, kept so the hover card, the popup and "reveal" can find them:
 * in document order, by text node (for hit-testing), and counted per catalogue id.
 */
import type { NameRef } from '../core/types';
import { compareComposed } from './composed-tree';

/** One programme mention on the page. */
export interface PageMention {
  /** Catalogue ids it names: one, or more for a form the catalogue marks ambiguous. */
  ids: string[];
  refs: NameRef[];
  /** The text as the page writes it (may contain markup-free line breaks, quotes, spaces). */
  text: string;
  /** Where it is. A StaticRange does not follow DOM changes: the watcher drops stale ones. */
  range: StaticRange;
  /** Every text node the mention covers, first to last. */
  nodes: Text[];
  /** Rendered and not visibility:hidden; only visible mentions are painted and counted. */
  visible: boolean;
}

export class MentionRegistry {
  private readonly all = new Set<PageMention>();
  private readonly byNode = new Map<Text, PageMention[]>();
  private ordered: PageMention[] | null = null;

  get size(): number {
    return this.all.size;
  }

  add(mention: PageMention): void {
    this.all.add(mention);
    for (const node of mention.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(mention);
      else this.byNode.set(node, [mention]);
    }
    this.ordered = null;
  }

  remove(mention: PageMention): void {
    if (!this.all.delete(mention)) return;
    for (const node of mention.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const rest = list.filter((m) => m !== mention);
      if (rest.length) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
    this.ordered = null;
  }

  /** Call after changing a mention's `visible` flag. */
  invalidateOrder(): void {
    this.ordered = null;
  }

  /** Every mention, visible or not (for re-validation). */
  everything(): PageMention[] {
    return [...this.all];
  }

  /** Mentions that cover a text node (hit-test candidates). */
  atNode(node: Node): readonly PageMention[] {
    return this.byNode.get(node as Text) ?? [];
  }

  /** Visible mentions in document order (across shadow roots and frames). */
  list(): readonly PageMention[] {
    if (!this.ordered) {
      this.ordered = [...this.all]
        .filter((m) => m.visible)
        .sort((a, b) =>
          compareComposed(
            a.range.startContainer, a.range.startOffset,
            b.range.startContainer, b.range.startOffset,
          ),
        );
    }
    return this.ordered;
  }

  /** The next visible mention after `from` (of entry `id` if given), wrapping around. */
  next(from: PageMention | null, id?: string): PageMention | null {
    return this.step(from, id, 1);
  }

  /** The previous visible mention before `from` (of entry `id` if given), wrapping around. */
  prev(from: PageMention | null, id?: string): PageMention | null {
    return this.step(from, id, -1);
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
    this.all.clear();
    this.byNode.clear();
    this.ordered = null;
  }

  private step(from: PageMention | null, id: string | undefined, direction: 1 | -1) {
    const list = this.list();
    const matches = (m: PageMention) => id === undefined || m.ids.includes(id);
    const n = list.length;
    if (n === 0) return null;
    let index = from ? list.indexOf(from) : -1;
    if (index === -1 && from) {
      // `from` is gone (rescanned): continue from where it was.
      index = list.findIndex(
        (m) =>
          compareComposed(
            m.range.startContainer, m.range.startOffset,
            from.range.startContainer, from.range.startOffset,
          ) > 0,
      );
      index = index === -1 ? n : index;
      if (direction === 1) index -= 1;
    }
    if (index === -1 && direction === -1) index = n;
    for (let k = 1; k <= n; k++) {
      const m = list[(((index + direction * k) % n) + n) % n]!;
      if (matches(m)) return m;
    }
    return null;
  }
}
