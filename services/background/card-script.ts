/**
 * The card on demand, background side (docs/architecture.md, «The card on demand»): injects
 * the card script into the one frame whose content script asked for it. An injected file runs
 * in the extension's isolated world of that frame, beside the content script, and the page can
 * neither request nor detect it (it is not a web-accessible resource). The extension may
 * script that frame already: its content script runs there (a portal host, a user site the
 * user granted, or "scan once" under activeTab).
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { CARD_SCRIPT } from '../../core/messages';

export async function injectCardScript({ tabId, frameId }: { tabId: number; frameId: number }): Promise<void> {
  // WXT types `files` with the build's own paths; the card script is an unlisted entrypoint.
  const file = `/${CARD_SCRIPT}` as ScriptPublicPath;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}
