/**
 * The content script's side of the message protocol (core/messages.ts): its one dispatcher
 * for what the popup and the background ask of the page, and its senders (mention counts for
 * the badge, "open the full entry" from a card, "load the card script" on the first card).
 *
 * After an extension reload or update the copy still on the page is orphaned: every runtime
 * call throws "Extension context invalidated". Senders swallow that (the copy is about to
 * dispose itself), and removing the dispatcher never throws.
 */
import { browser } from 'wxt/browser';
import { parseMessage, type GroupIds, type MentionsAnswer, type MessageOf, type NavDirection } from '../core/messages';
import { requestDone } from './background-request';

/** What the page does for each request it accepts. */
export interface ContentHandlers {
  /** get-mentions: answered asynchronously. */
  getMentions(): Promise<MentionsAnswer>;
  /** reveal: the next mention of one group ("On this page" row). */
  reveal(group: GroupIds): void;
  navigate(direction: NavDirection): void;
}

export interface ContentChannel {
  /** Installs the content script's one message dispatcher; returns the function that removes it. */
  listen(handlers: ContentHandlers): () => void;
  /** Tells the background (badge) how many mentions the page has. */
  reportMentions(totals: { total: number; distinct: number }): void;
  /** Asks the background to open the catalogue page at an entry (a page may not open it). */
  openEntry(id: string): void;
  /**
   * Asks the background to inject the card script into this frame (the first card); resolves
   * once it has run, rejects with the reason it could not.
   */
  loadCard(): Promise<void>;
  /** Asks the background to open the catalogue page at a partner. */
  openPartner(id: string): void;
}

export const contentChannel: ContentChannel = {
  listen(handlers) {
    const dispatch = (message: unknown, _sender: unknown, sendResponse: (answer: MentionsAnswer) => void) => {
      const parsed = parseMessage(message);
      switch (parsed?.type) {
        case 'grant-lens:get-mentions':
          void handlers.getMentions().then(sendResponse);
          return true; // answers asynchronously
        case 'grant-lens:reveal':
          handlers.reveal(parsed.group);
          return undefined;
        case 'grant-lens:navigate':
          handlers.navigate(parsed.direction);
          return undefined;
        default:
          return undefined; // not for the page (or not ours at all): no answer
      }
    };
    browser.runtime.onMessage.addListener(dispatch);
    return () => {
      try {
        browser.runtime.onMessage.removeListener(dispatch);
      } catch {
        // Orphaned by an extension reload: the runtime is gone, and its listeners with it.
      }
    };
  },
  reportMentions({ total, distinct }) {
    send({ type: 'grant-lens:mentions-changed', total, distinct });
  },
  openEntry(id) {
    send({ type: 'grant-lens:open-entry', id });
  },
  loadCard: () => requestDone({ type: 'grant-lens:load-card' }),
  openPartner(id) {
    send({ type: 'grant-lens:open-partner', id });
  },
};

function send(message: MessageOf<'grant-lens:mentions-changed' | 'grant-lens:open-entry' | 'grant-lens:open-partner'>): void {
  try {
    browser.runtime.sendMessage(message).catch(() => {
      // No receiver, or the extension was reloaded under the page: nothing to tell.
    });
  } catch {
    // Orphaned: this copy is about to dispose itself.
  }
}
