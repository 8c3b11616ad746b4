/**
 * The highlighter follows the user's settings on an open page, without a reload: switched off
 * everywhere or on this portal, the look (underline or background), and "scan this page once"
 * still scanning a page where highlighting is off.
 */
import type { Browser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, startPageServer, type ExtensionBrowser, type PageServer } from './harness';

declare const chrome: typeof Browser;

const PORTAL = 'www.nsfc.gov.cn';
const NOTICE = `http://${PORTAL}/highlight/notice.html`;

function paintedCount(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('grant-lens')?.size ?? 0);
}

/** The text of the `::highlight(grant-lens)` rule the extension adopted into the document. */
function mentionRule(page: Page): Promise<string> {
  return page.evaluate(() =>
    document.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .filter((text) => text.startsWith('::highlight(grant-lens)'))
      .join('\n'),
  );
}

describe('highlighter and settings', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;

  const writeSettings = (settings: Record<string, unknown>) =>
    browser.serviceWorker.evaluate((value) => chrome.storage.sync.set({ settings: value }), settings);

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchWithExtension({ port: server.port, hosts: [PORTAL] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('switches off and on, per portal and everywhere, and changes its look, live', async () => {
    const page = await browser.context.newPage();
    await page.goto(NOTICE);
    await expect.poll(() => paintedCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    const painted = await paintedCount(page);
    expect(await mentionRule(page)).toContain('underline');
    expect(await mentionRule(page)).not.toContain('background-color');

    // The background look is the marker tint over the same underline (core/highlight-palette.ts).
    await writeSettings({ highlightStyle: 'background' });
    await expect.poll(() => mentionRule(page)).toContain('background-color');
    expect(await mentionRule(page)).toContain('underline');

    await writeSettings({ highlightStyle: 'background', disabledPortals: [PORTAL] });
    await expect.poll(() => paintedCount(page)).toBe(0);
    expect(await mentionRule(page)).toBe('');

    await writeSettings({ highlightStyle: 'background' });
    await expect.poll(() => paintedCount(page)).toBe(painted);

    await writeSettings({ highlightEnabled: false });
    await expect.poll(() => paintedCount(page)).toBe(0);

    // A page opened while highlighting is off is left alone.
    await page.close();
    const later = await browser.context.newPage();
    await later.goto(NOTICE);
    await later.waitForTimeout(1_000);
    expect(await paintedCount(later)).toBe(0);

    // "Scan this page once" (services/page-channel.ts scanOnce) sets the flag in the
    // isolated world, then injects the script: the page is scanned although highlighting is off.
    await browser.serviceWorker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      const target = { tabId: tab.id!, allFrames: true };
      await chrome.scripting.executeScript({
        target,
        func: () => {
          (window as unknown as Record<string, boolean>).__grantLensScanOnce = true;
        },
      });
      await chrome.scripting.executeScript({ target, files: ['/content-scripts/highlighter.js'] });
    }, NOTICE);
    await expect.poll(() => paintedCount(later), { timeout: 10_000 }).toBe(painted);
    await writeSettings({});
  });
});
