/**
 * "Show me where": the popup's `grant-lens:reveal` asks for one group of mentions (an "On
 * this page" row, core/mention-groups.ts); each request moves to the next mention of it
 * (wrapping), scrolls it into view and paints it as active. The card (the tooltip work) plugs
 * in through `show`.
 */
import { mentionGroupKey, type MentionGroupIds } from '../core/mention-groups';
import type { PageEngine, PageMention } from './engine';
import { scrollMentionIntoView } from './keyboard-nav';
import { groupKeyOf } from './registry';

export type Revealer = (group: MentionGroupIds) => PageMention | null;

export function createRevealer(
  engine: Pick<PageEngine, 'next' | 'setActive'>,
  show?: (mention: PageMention) => void,
): Revealer {
  let last: PageMention | null = null;
  return ({ ids, partners }) => {
    const group = mentionGroupKey(ids, partners);
    const from = last && groupKeyOf(last) === group ? last : null;
    const mention = engine.next(from, { group });
    if (!mention) return null;
    last = mention;
    scrollMentionIntoView(mention.range);
    engine.setActive(mention);
    show?.(mention);
    return mention;
  };
}
