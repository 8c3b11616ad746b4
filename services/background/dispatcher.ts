/**
 * The background's one message dispatcher (core/messages.ts): the content scripts' mention
 * reports (badge) and "open the full entry" requests, and the settings changes every other
 * context sends to the one settings writer. What is not a well-formed message of ours is
 * ignored; the keyboard commands arrive through browser.commands (navigation.ts), not here.
 */
import { browser, type Browser } from 'wxt/browser';
import { parseMessage, type DoneAnswer } from '../../core/messages';
import type { SettingsChange } from '../../core/settings';

export interface BackgroundHandlers {
  /** A content script's mention counts (`frameId` of tab `tabId`). */
  mentionsChanged(report: { tabId: number; frameId: number | undefined; total: number; distinct: number }): void;
  /** A card asks to open the catalogue at an entry; `from` is the tab it was in. */
  openEntry(id: string, from: Browser.tabs.Tab | undefined): void;
  /** A card's partner section asks to open the catalogue at a partner. */
  openPartner(id: string, from: Browser.tabs.Tab | undefined): void;
  /** Stores one settings change (the one writer's queue). */
  updateSettings(change: SettingsChange): Promise<void>;
  /** Injects the card script into a content script's frame (its first card). */
  loadCard(target: { tabId: number; frameId: number }): Promise<void>;
}

export function listenInBackground(handlers: BackgroundHandlers): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: DoneAnswer) => void) => {
      const parsed = parseMessage(message);
      switch (parsed?.type) {
        case 'grant-lens:mentions-changed': {
          const tabId = sender.tab?.id;
          if (tabId !== undefined) handlers.mentionsChanged({ tabId, frameId: sender.frameId, ...parsed });
          return undefined;
        }
        case 'grant-lens:open-entry':
          handlers.openEntry(parsed.id, sender.tab);
          return undefined;
        case 'grant-lens:load-card': {
          const tabId = sender.tab?.id;
          if (tabId === undefined) return undefined; // only a page's content script has a card
          answerWhenDone(handlers.loadCard({ tabId, frameId: sender.frameId ?? 0 }), sendResponse);
          return true; // answers asynchronously
        }
        case 'grant-lens:open-partner':
          handlers.openPartner(parsed.id, sender.tab);
          return undefined;
        case 'grant-lens:update-settings':
          // Settings are the extension's own pages' business: a content script has no say.
          if (!fromExtensionPage(sender)) return undefined;
          answerWhenDone(handlers.updateSettings(parsed.change), sendResponse);
          return true; // answers asynchronously
        default:
          return undefined; // for the page, or not ours: other listeners may answer
      }
    },
  );
}

function answerWhenDone(work: Promise<void>, sendResponse: (answer: DoneAnswer) => void): void {
  work.then(
    () => sendResponse({ ok: true }),
    (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
}

/** The popup (no tab) or an extension page open in a tab (the options page); not a content script. */
function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.tab === undefined || (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}
