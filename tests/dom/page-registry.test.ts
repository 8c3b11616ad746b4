/**
 * The registry's document order (page/registry.ts list()): mentions added in document order
 * (a scan) are listed as added, without a walk; added out of order, or after a removal, they
 * are put in document order as before.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { makeStaticRange } from '../../page/scan';
import { MentionRegistry, type PageMention } from '../../page/registry';
import { installHighlightShims } from './page-fakes';

beforeEach(() => installHighlightShims());

/** A mention of the first `length` characters of paragraph `index` (or from `offset`). */
function mentionIn(index: number, offset = 0, visible = true): PageMention {
  const text = document.querySelectorAll('p')[index]!.firstChild as Text;
  return {
    ids: [`p${index}-${offset}`],
    refs: [],
    text: text.data.slice(offset, offset + 2),
    range: makeStaticRange(text, offset, text, offset + 2),
    nodes: [text],
    visible,
  };
}

const ids = (list: readonly PageMention[]) => list.map((m) => m.ids[0]);

describe('registry order', () => {
  beforeEach(() => {
    document.body.innerHTML = '<p>aaaa</p><div><p>bbbb</p><p>cccc</p></div><p>dddd</p>';
  });

  it('lists mentions added in document order as added, visible ones only', () => {
    const registry = new MentionRegistry(document);
    for (const m of [mentionIn(0), mentionIn(1, 0), mentionIn(1, 2, false), mentionIn(2), mentionIn(3)]) registry.add(m);
    expect(ids(registry.list())).toEqual(['p0-0', 'p1-0', 'p2-0', 'p3-0']);
  });

  it('puts mentions added out of order in document order', () => {
    const registry = new MentionRegistry(document);
    for (const m of [mentionIn(0), mentionIn(2), mentionIn(1, 2), mentionIn(3), mentionIn(1, 0)]) registry.add(m);
    expect(ids(registry.list())).toEqual(['p0-0', 'p1-0', 'p1-2', 'p2-0', 'p3-0']);
  });

  it('keeps document order after a removal and re-adding, and again once emptied', () => {
    const registry = new MentionRegistry(document);
    const [a, b, c] = [mentionIn(0), mentionIn(1), mentionIn(3)];
    for (const m of [a, b, c]) registry.add(m);
    registry.remove(b);
    registry.add(mentionIn(2));
    registry.add(mentionIn(1));
    expect(ids(registry.list())).toEqual(['p0-0', 'p1-0', 'p2-0', 'p3-0']);
    for (const m of [...registry.everything()]) registry.remove(m);
    expect(registry.list()).toEqual([]);
    for (const m of [mentionIn(3), mentionIn(0)]) registry.add(m);
    expect(ids(registry.list())).toEqual(['p0-0', 'p3-0']);
  });

  it('lists a mention added twice once', () => {
    const registry = new MentionRegistry(document);
    const m = mentionIn(0);
    registry.add(m);
    registry.add(m);
    expect(registry.list()).toHaveLength(1);
  });
});
