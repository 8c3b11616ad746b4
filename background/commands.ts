/**
 * The background's part of the hover cards: keyboard commands and "open the full entry".
 *
 * - The manifest's `commands` (wxt.config.ts; users rebind them at chrome://extensions/shortcuts
 *   or about:addons) arrive here, not in the page: each becomes a `grant-lens:navigate` message
 *   to the top frame of the tab it was pressed in, whose content script moves to the next or
 *   previous mention and shows its card.
 * - A card's "open in catalogue" asks here, because a web page may not open the extension's
 *   own pages itself (they are not web-accessible, and should not be).
 *
 * entrypoints/background.ts calls `registerHoverCardRouting()` once.
 */
import { browser } from 'wxt/browser';

export type NavDirection = 'next' | 'previous';

/** Manifest command name → direction. The names are what wxt.config.ts declares. */
export const NAV_COMMANDS: Readonly<Record<string, NavDirection>> = {
  'next-mention': 'next',
  'previous-mention': 'previous',
};

/** Background → content script: a navigation command was pressed. */
export interface NavigateRequest {
  type: 'grant-lens:navigate';
  direction: NavDirection;
}

/** Content script → background: open the catalogue page at an entry. */
export interface OpenEntryRequest {
  type: 'grant-lens:open-entry';
  id: string;
}

export function isNavigateRequest(message: unknown): message is NavigateRequest {
  const m = message as Partial<NavigateRequest> | null;
  return (
    typeof m === 'object' && m !== null && m.type === 'grant-lens:navigate' &&
    (m.direction === 'next' || m.direction === 'previous')
  );
}

export function isOpenEntryRequest(message: unknown): message is OpenEntryRequest {
  const m = message as Partial<OpenEntryRequest> | null;
  // Ids are kebab-case (core/schema.ts); anything else is not ours and never reaches a URL.
  return (
    typeof m === 'object' && m !== null && m.type === 'grant-lens:open-entry' &&
    typeof m.id === 'string' && /^[a-z][a-z0-9-]*$/.test(m.id)
  );
}

/** The catalogue page's deep link for an entry. */
export function catalogueEntryPath(id: string): string {
  return `/catalogue.html#/entry/${encodeURIComponent(id)}`;
}

export function registerHoverCardRouting(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = NAV_COMMANDS[command];
    if (direction) void sendNavigate(direction, tab?.id);
  });
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isOpenEntryRequest(message)) return undefined; // other listeners answer the rest
    const opener = sender.tab;
    void browser.tabs.create({
      url: browser.runtime.getURL(catalogueEntryPath(message.id) as `/catalogue.html${string}`),
      ...(opener?.id !== undefined ? { openerTabId: opener.id, index: opener.index + 1 } : {}),
    });
    return undefined;
  });
}

async function sendNavigate(direction: NavDirection, tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const request: NavigateRequest = { type: 'grant-lens:navigate', direction };
  try {
    // The top frame only: one card per command. Mentions inside iframes get their cards on hover.
    await browser.tabs.sendMessage(id, request, { frameId: 0 });
  } catch {
    // No content script in that tab (not a portal, or not switched on): nothing to navigate.
  }
}
