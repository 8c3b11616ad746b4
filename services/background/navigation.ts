/**
 * The manifest's keyboard commands for the hover cards (wxt.config.ts; users rebind them at
 * chrome://extensions/shortcuts or about:addons) arrive in the background, not in the page:
 * each becomes a navigate message to the top frame of the tab it was pressed in, whose content
 * script moves to the next or previous mention and shows its card.
 */
import { browser } from 'wxt/browser';
import { NAV_COMMANDS, TOOLBAR_FRAME_ID, type MessageOf, type NavDirection } from '../../core/messages';

export function installNavigationCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = NAV_COMMANDS[command];
    if (direction) void sendNavigate(direction, tab?.id);
  });
}

async function sendNavigate(direction: NavDirection, tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const message: MessageOf<'grant-lens:navigate'> = { type: 'grant-lens:navigate', direction };
  try {
    // The top frame only: one card per command. Mentions inside iframes get their cards on hover.
    await browser.tabs.sendMessage(id, message, { frameId: TOOLBAR_FRAME_ID });
  } catch {
    // No content script in that tab (not a portal, or not switched on): nothing to navigate.
  }
}
