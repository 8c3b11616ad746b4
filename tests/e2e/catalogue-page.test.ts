/**
 * The catalogue page in Chromium with the built extension: a deep link shows its entry,
 * the tree and the search navigate (and the browser's back button follows), `?q=` opens with
 * the best match for a look-up, an unknown id says so, a language chosen in the settings
 * applies at once; axe finds no violation, light or dark;
 * and the README screenshot (docs/screenshots/catalogue.png) is taken here.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { axeViolations } from './axe';

/** The extension API inside `serviceWorker.evaluate` callbacks, which run in the worker. */
declare const chrome: typeof Browser;

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOT = resolve(ROOT, 'docs/screenshots/catalogue.png');

async function openCatalogue(browser: ExtensionBrowser, address: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${browser.extensionId}/catalogue.html${address}`);
  await page.locator('.gl-tree').waitFor();
  return page;
}

const heading = (page: Page) => page.locator('#gl-entry-heading').textContent();

describe('catalogue page', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it('shows the entry a deep link names, marked in the tree', async () => {
    const page = await openCatalogue(browser, '#/entry/nsfc-key');
    await expect.poll(() => heading(page)).toBe('重点国际（地区）合作研究项目');
    const current = page.locator('.gl-tree [aria-current="page"]');
    expect(await current.getAttribute('data-entry-id')).toBe('nsfc-key');
    const text = (await page.locator('.gl-entry').textContent()) ?? '';
    expect(text).toContain('重大国际（地区）合作研究项目'); // the former name
    expect(text).toContain('Major International (Regional) Joint Research Project');
    expect(await page.title()).toContain('重点国际（地区）合作研究项目');
    await page.close();
  });

  it('navigates by the tree and the search, and follows the back button', async () => {
    const page = await openCatalogue(browser, '#/entry/nsfc-key');
    await page.locator('.gl-tree [data-entry-id="most-intergov"]').click();
    await expect.poll(() => heading(page)).toBe('政府间国际科技创新合作重点专项');
    expect(new URL(page.url()).hash).toBe('#/entry/most-intergov');

    await page.locator('[role="combobox"]').fill('RFIS-II');
    await expect.poll(() => page.locator('[role="option"]').first().getAttribute('data-entry-id')).toBe(
      'nsfc-rfis-excellent',
    );
    await page.locator('[role="combobox"]').press('Enter');
    await expect.poll(() => heading(page)).toBe('外国优秀青年学者研究基金项目');
    expect(await page.locator('[role="combobox"]').inputValue()).toBe('');

    await page.goBack();
    await expect.poll(() => heading(page)).toBe('政府间国际科技创新合作重点专项');
    await page.close();
  });

  it('opens a look-up (?q=, the context menu) with the best match and the other results', async () => {
    const query = encodeURIComponent('重大国际(地区)合作研究项目');
    const page = await openCatalogue(browser, `?q=${query}`);
    await expect.poll(() => heading(page)).toBe('重点国际（地区）合作研究项目');
    expect(await page.locator('[role="combobox"]').inputValue()).toBe('重大国际(地区)合作研究项目');
    expect(await page.locator('[role="option"]').first().textContent()).toContain('former name');
    await page.close();
  });

  it('says so when a link names no entry', async () => {
    const page = await openCatalogue(browser, '#/entry/no-such-programme');
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toContain('no-such-programme');
    await page.close();
  });

  it('switches language when the setting changes, without a reload', async () => {
    const page = await openCatalogue(browser, '#/entry/nsfc-key');
    await expect.poll(() => page.locator('.gl-section-title').first().textContent()).toBe('Summary');
    const setLanguage = (uiLanguage: string) =>
      browser.serviceWorker.evaluate(async (language) => {
        const { settings } = await chrome.storage.sync.get('settings');
        await chrome.storage.sync.set({ settings: { ...(settings as object), uiLanguage: language }, settings$: { v: 2 } });
      }, uiLanguage);
    await setLanguage('zh');
    await expect.poll(() => page.locator('.gl-section-title').first().textContent()).toBe('简介');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await setLanguage('auto'); // back to the browser's language (en-US here)
    await expect.poll(() => page.locator('.gl-section-title').first().textContent()).toBe('Summary');
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation (${colorScheme})`, async () => {
      const page = await openCatalogue(browser, '#/entry/nsfc-rfis');
      await page.emulateMedia({ colorScheme });
      await expect.poll(() => heading(page)).toBe('外国学者研究基金项目');
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('[role="combobox"]').fill('zhengfujian');
      await page.locator('[role="option"]').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('takes the README screenshot', async () => {
    const page = await openCatalogue(browser, '#/entry/nsfc-key');
    await expect.poll(() => heading(page)).toBe('重点国际（地区）合作研究项目');
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    await page.close();
  });
});
