/**
 * Shared helpers of the reliability and safety battery (tests/e2e/battery-*.test.ts).
 *
 * The battery compares each page as served on a default portal host (the content script runs)
 * with the same page served on plain 127.0.0.1 (it does not): whatever differs is the
 * extension's doing. Page state is read from the page's main world, as a page script would see
 * it (or from a fresh isolated world, for pages that broke their own built-ins); the extension's
 * work from a Chromium trace; its counts from the service worker.
 */
import { expect } from 'vitest';
import type { Frame, Page, Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import {
  HIGHLIGHT_NAMES,
  PLAIN_HOST,
  PORTAL_HOST,
  UI_HOST_TAG,
  cardBoxInPage,
  highlightedTextsInPage,
  mentionPointInPage,
  readMutationLogInPage,
  serializeDomInPage,
  type MutationLog,
} from './battery-pages';
import { launchWithExtension, startPageServer, type ExtensionBrowser, type PageServer } from './harness';

/** The extension API as the service worker sees it (code passed to serviceWorker.evaluate). */
declare const chrome: typeof Browser;

// The pages, their expected mentions and the in-page probes are shared with the Firefox layer.
export * from './battery-pages';
export * from './trace';

export const portalUrl = (port: number, path: string) => `http://${PORTAL_HOST}:${port}${path}`;
/** The same test server without a portal name: no content script, the page as it is. */
export const plainUrl = (port: number, path: string) => `http://${PLAIN_HOST}:${port}${path}`;

/** The text of every range in the mention highlight of a frame's document, sorted. */
export async function highlightedTexts(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(highlightedTextsInPage, HIGHLIGHT_NAMES.mention);
}

/** Waits until the frame's highlighted mentions are exactly `expected` (any order). */
export async function expectHighlights(frame: Page | Frame, expected: string[], timeout = 15_000): Promise<void> {
  await expect.poll(() => highlightedTexts(frame), { timeout }).toEqual([...expected].sort());
}

/** Serves an empty favicon so the browser's own favicon request is no 404 console error. */
export function quietFavicon(routes: Map<string, string>): void {
  routes.set('/favicon.ico', '');
}

/**
 * The battery's usual set-up: the test pages served on 127.0.0.1 as PORTAL_HOST, and Chromium
 * with the built extension. For `beforeAll`; `endBatterySession` in `afterAll`.
 */
export async function startBatterySession(): Promise<{ server: PageServer; browser: ExtensionBrowser }> {
  const server = await startPageServer();
  quietFavicon(server.routes);
  const browser = await launchWithExtension({ port: server.port, hosts: [PORTAL_HOST] });
  return { server, browser };
}

/** Closes what startBatterySession opened (either may be missing if the set-up failed). */
export async function endBatterySession(server?: PageServer, browser?: ExtensionBrowser): Promise<void> {
  await browser?.close();
  await server?.close();
}

/** Console errors and uncaught page errors of a page, collected from now on. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      errors.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  return errors;
}

export async function readMutationLog(frame: Page | Frame): Promise<MutationLog> {
  return frame.evaluate(readMutationLogInPage);
}

/** The frame's DOM as text (serializeDomInPage), leaving out the extension's UI host only. */
export async function serializeDom(frame: Page | Frame): Promise<string> {
  return frame.evaluate(serializeDomInPage, UI_HOST_TAG);
}

/** Center of the first line box of a painted mention with this text, scrolled into view if needed. */
export async function mentionPoint(frame: Page | Frame, text: string): Promise<{ x: number; y: number }> {
  const point = await frame.evaluate(mentionPointInPage, { name: HIGHLIGHT_NAMES.mention, text });
  if (!point) throw new Error(`no highlighted mention "${text}" on the page`);
  return point;
}

/** The open card inside the UI host, as the page sees it (null when no card is shown). */
export async function cardBox(page: Page): Promise<ReturnType<typeof cardBoxInPage> | null> {
  return page.evaluate(cardBoxInPage, UI_HOST_TAG);
}

/**
 * Evaluates an expression in a fresh isolated world of the page's main frame: the page's DOM,
 * with pristine built-ins (for pages that broke their own `Array`, `Node`, `JSON`...).
 */
export async function evaluateInFreshWorld<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'battery-reader',
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`evaluateInFreshWorld: ${exceptionDetails.text} ${result.description ?? ''}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/**
 * The content script's own count of the mentions on a tab's page (its answer to the popup's
 * `grant-lens:get-mentions`), asked from the service worker: the total and the number of
 * groups (core/mention-groups.ts: what the popup lists and the badge shows). Counts cover the
 * whole page, painted or not.
 */
export async function mentionTotals(
  serviceWorker: Worker,
  pageUrl: string,
): Promise<{ total: number; distinct: number } | null> {
  return serviceWorker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    if (tab?.id === undefined) return null;
    try {
      const answer = (await chrome.tabs.sendMessage(tab.id, { type: 'grant-lens:get-mentions' }, { frameId: 0 })) as {
        groups: { count: number }[];
      };
      return {
        total: answer.groups.reduce((sum, group) => sum + group.count, 0),
        distinct: answer.groups.length,
      };
    } catch {
      return null;
    }
  }, pageUrl.replace(/:\d+\//, '/'));
}

/**
 * Starts recording, in the service worker, the mention totals each page's content script
 * reports by itself (`grant-lens:mentions-changed`, what the badge is made from). Waiting on
 * these asks the content script for nothing, so a trace taken meanwhile shows only the work
 * the extension does on its own.
 */
export async function recordReportedTotals(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    const scope = self as unknown as { __batteryTotals?: Record<string, number> };
    if (scope.__batteryTotals) return;
    scope.__batteryTotals = {};
    chrome.runtime.onMessage.addListener((message: unknown, sender) => {
      const m = message as { type?: string; total?: number };
      if (m?.type === 'grant-lens:mentions-changed' && sender.tab?.url && sender.frameId === 0) {
        scope.__batteryTotals![sender.tab.url] = m.total ?? -1;
      }
      return undefined;
    });
  });
}

/** The last total the top frame of the page at `pageUrl` reported (see recordReportedTotals). */
export async function reportedTotal(serviceWorker: Worker, pageUrl: string): Promise<number | null> {
  return serviceWorker.evaluate(
    (url) => (self as unknown as { __batteryTotals?: Record<string, number> }).__batteryTotals?.[url] ?? null,
    pageUrl,
  );
}
