/**
 * "Show me where": the popup's `grant-lens:reveal` asks for a programme; each request moves to
 * the next mention of it (wrapping), scrolls it into view and paints it as active. The card
 * (the tooltip work) plugs in through `show`.
 */
import type { PageEngine, PageMention } from './engine';
import { scrollMentionIntoView } from './keyboard-nav';

export type Revealer = (id: string) => PageMention | null;

export function createRevealer(
  engine: Pick<PageEngine, 'next' | 'setActive'>,
  show?: (mention: PageMention) => void,
): Revealer {
  let last: PageMention | null = null;
  return (id) => {
    const from = last && last.ids.includes(id) ? last : null;
    const mention = engine.next(from, id);
    if (!mention) return null;
    last = mention;
    scrollMentionIntoView(mention.range);
    engine.setActive(mention);
    show?.(mention);
    return mention;
  };
}
