/**
 * The popup's channel to the page it was opened on: which tab that is, what the page's content
 * script has recognised (get-mentions), "show me where" (reveal), and starting the highlighter
 * in the tab (scan once, or at once on a site just switched on). Messages go to the tab's top
 * frame only (core/messages.ts TOOLBAR_FRAME_ID: the toolbar speaks for the top document).
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import {
  SCAN_ONCE_FLAG,
  TOOLBAR_FRAME_ID,
  parseMentionsAnswer,
  type GroupIds,
  type MentionsAnswer,
  type MessageOf,
} from '../core/messages';
import { HIGHLIGHTER_SCRIPT } from '../core/user-site-scripts';

export interface ActiveTab {
  id: number;
  url: string | undefined;
}

export interface PageChannel {
  /** The tab the popup was opened on (the active tab of the current window); null if none. */
  activeTab(): Promise<ActiveTab | null>;
  /** What the tab's content script has recognised; null when none answers (or it answers nonsense). */
  getMentions(tabId: number): Promise<MentionsAnswer | null>;
  /** Asks the page to scroll to the next mention of one group (an "On this page" row) and show its card. */
  reveal(tabId: number, group: GroupIds): Promise<void>;
  /**
   * "Scan this page once": injects the highlighter through activeTab (granted by opening the
   * popup on the tab), with no standing permission; it scans even where highlighting is off.
   */
  scanOnce(tabId: number): Promise<void>;
  /**
   * Starts the highlighter in the tab as it would start there by itself (a user site just
   * switched on: it highlights now, not only from the next visit, and follows the setting).
   */
  highlightNow(tabId: number): Promise<void>;
}

export const pageChannel: PageChannel = {
  async activeTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab || tab.id === undefined) return null;
    return { id: tab.id, url: tab.url };
  },
  getMentions,
  async reveal(tabId, { ids, partners }) {
    const message: MessageOf<'grant-lens:reveal'> = { type: 'grant-lens:reveal', group: { ids: [...ids], partners: [...partners] } };
    await browser.tabs.sendMessage(tabId, message, { frameId: TOOLBAR_FRAME_ID }).catch(() => {
      // The page went away or was reloaded meanwhile: nothing to show.
    });
  },
  scanOnce: (tabId) => injectHighlighter(tabId, true),
  highlightNow: (tabId) => injectHighlighter(tabId, false),
};

/** The one client of get-mentions: every caller reads the answer the same way. */
async function getMentions(tabId: number): Promise<MentionsAnswer | null> {
  const message: MessageOf<'grant-lens:get-mentions'> = { type: 'grant-lens:get-mentions' };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: TOOLBAR_FRAME_ID });
    return parseMentionsAnswer(answer);
  } catch {
    return null; // "Receiving end does not exist": no content script in this tab.
  }
}

/** Does nothing when a content script already answers there, so a page is never scanned twice. */
async function injectHighlighter(tabId: number, scanOnce: boolean): Promise<void> {
  if ((await getMentions(tabId)) !== null) return;
  // WXT types `files` with the build's own paths; the script is another entrypoint's output.
  const file = `/${HIGHLIGHTER_SCRIPT}` as ScriptPublicPath;
  const target = { tabId, allFrames: true };
  if (scanOnce) {
    await browser.scripting.executeScript({
      target,
      func: (flag: string) => {
        (window as unknown as Record<string, boolean>)[flag] = true;
      },
      args: [SCAN_ONCE_FLAG],
    });
  }
  await browser.scripting.executeScript({ target, files: [file] });
}
