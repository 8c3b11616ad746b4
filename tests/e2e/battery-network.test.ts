/**
 * Battery: no network. Over a whole session — a portal page scanned and a mention hovered,
 * a popup search, the options page, the catalogue page — every request the browser makes is
 * one of the test pages' own (to the test server) or a file of the extension itself.
 *
 * The witness is Playwright's request events for the whole browser context: pages, frames,
 * extension pages and the extension's service worker. The service worker is covered too: a
 * probe fetched from it at the end must show up (so an empty list means "nothing happened",
 * not "nothing was watched").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { type ExtensionBrowser, type PageServer } from './harness';
import {
  NOTICE_MENTIONS,
  endBatterySession,
  startBatterySession,
  PORTAL_HOST,
  cardBox,
  collectPageErrors,
  expectHighlights,
  mentionPoint,
  portalUrl,
} from './battery-support';

/** Runs an expression in the extension's isolated world of a page (the content script's realm). */
async function evaluateInContentScript(page: Page, expression: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Grant Lens');
  if (!isolated) throw new Error(`no Grant Lens world in ${JSON.stringify(contexts.map((c) => c.name))}`);
  await cdp.send('Runtime.evaluate', { expression, contextId: isolated.id, awaitPromise: true });
  await cdp.detach();
}

describe('battery: no network', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  const requests: { url: string; from: string }[] = [];

  beforeAll(async () => {
    ({ server, browser } = await startBatterySession());
    browser.context.on('request', (request: Request) => {
      const worker = request.serviceWorker();
      const from = worker ? `service worker ${worker.url()}` : (request.frame()?.url() ?? '?');
      requests.push({ url: request.url(), from });
    });
  });
  afterAll(() => endBatterySession(server, browser));

  it('a whole session requests nothing but the test pages and the extension’s own files', async () => {
    const { context, extensionId, serviceWorker } = browser;

    // A portal page: scan, then hover a mention until its card shows.
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(portalUrl(server.port, '/battery/notice.html'));
    await expectHighlights(page, NOTICE_MENTIONS);
    const point = await mentionPoint(page, '外国资深学者研究基金项目');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => cardBox(page), { timeout: 10_000 }).not.toBeNull();

    // The popup: a search in Chinese, pinyin and English.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const box = popup.locator('[role="combobox"]');
    for (const query of ['外国青年学者', 'zhongdian guoji', 'senior scientists']) {
      await box.fill(query);
      await expect.poll(() => popup.locator('[role="option"]').count()).toBeGreaterThan(0);
    }

    // The options page and the catalogue page.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect.poll(() => options.locator('#app').textContent()).toMatch(/\S/);
    const catalogue = await context.newPage();
    await catalogue.goto(`chrome-extension://${extensionId}/catalogue.html`);
    await expect.poll(() => catalogue.locator('#app').textContent()).toMatch(/\S/);

    // Let badge reports and anything else queued settle before the probe.
    await page.waitForTimeout(500);

    // The page logged nothing (checked before the probes below, whose 404s it logs).
    expect(errors).toEqual([]);

    // Positive controls: requests made from the service worker and from the content script's
    // isolated world are both seen, and so are the extension pages' own file loads.
    const probe = `http://127.0.0.1:${server.port}/battery-probe-from-service-worker`;
    await serviceWorker.evaluate((url) => fetch(url, { mode: 'no-cors' }).then(() => 'sent', String), probe);
    await expect.poll(() => requests.some((r) => r.url === probe && r.from.startsWith('service worker'))).toBe(true);
    const contentProbe = `http://127.0.0.1:${server.port}/battery-probe-from-content-script`;
    await evaluateInContentScript(page, `fetch(${JSON.stringify(contentProbe)}, { mode: 'no-cors' }).catch(() => {})`);
    await expect.poll(() => requests.some((r) => r.url === contentProbe)).toBe(true);
    expect(requests.some((r) => r.url.startsWith(`chrome-extension://${extensionId}/chunks/`))).toBe(true);

    const own = (url: string) =>
      url.startsWith(`chrome-extension://${extensionId}/`) ||
      url.startsWith(`http://${PORTAL_HOST}:${server.port}/`) ||
      url === probe ||
      url === contentProbe;
    const foreign = requests.filter((r) => !own(r.url));
    expect(foreign).toEqual([]);
    // On the test server, only what the page itself loads: its HTML (the browser may add the
    // favicon). Nothing on behalf of the extension.
    const paths = new Set(
      requests.filter((r) => r.url.startsWith(`http://${PORTAL_HOST}`)).map((r) => new URL(r.url).pathname),
    );
    expect(paths).toContain('/battery/notice.html');
    expect([...paths].filter((p) => p !== '/battery/notice.html' && p !== '/favicon.ico')).toEqual([]);
  });
});
