/**
 * The catalogue page in Chromium with the built extension: it opens on the overview; a deep
 * link shows its entry or partner; the tree, the search and the partners view navigate (and
 * the browser's back button follows); a narrow window shows the entry above the tree; `?q=`
 * opens with the best match for a look-up, an unknown id says so, a language chosen in the
 * settings applies at once; axe finds no violation, light or dark, in every view. (Its
 * screenshots are taken by tests/e2e/screenshots.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { axeViolations } from './axe';

/** The extension API inside `serviceWorker.evaluate` callbacks, which run in the worker. */
declare const chrome: typeof Browser;

async function openCatalogue(browser: ExtensionBrowser, address: string, width = 1280): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
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

  it('opens on the overview: the families, what changed, the way to the partners', async () => {
    const page = await openCatalogue(browser, '');
    await expect.poll(() => heading(page)).toBe("Catalogue of China's international S&T cooperation funding");
    const families = await page.locator('.gl-family-card').evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.entryId));
    expect(families).toEqual(['nsfc-intl', 'most-intl', 'most-legacy-intl']);
    expect(await page.locator('.gl-change').count()).toBeGreaterThanOrEqual(5);
    // The search box has focus, as before; the overview link is the current page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    expect(await page.locator('.gl-views [aria-current="page"]').textContent()).toBe('Overview');
    await page.locator('.gl-change[data-change="nsfc-rfis"] a').click();
    await expect.poll(() => heading(page)).toBe('外国学者研究基金项目');
    await page.close();
  });

  it('shows the partner a deep link names (#/partner/dfg), and links back to its country and programmes', async () => {
    const page = await openCatalogue(browser, '#/partner/dfg');
    await expect.poll(() => heading(page)).toBe('German Research Foundation');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gl-entry-heading');
    expect(await page.title()).toBe('German Research Foundation · Grant Lens');
    const text = (await page.locator('.gl-partner').textContent()) ?? '';
    expect(text).toContain('德国研究联合会');
    expect(text).toContain('中德(NSFC-DFG)合作研究项目');
    expect(await page.locator('.gl-sources > li').count()).toBeGreaterThan(3);
    // Back to Germany in the partners view, scrolled to its heading.
    await page.locator('.gl-path a', { hasText: 'Germany' }).click();
    expect(new URL(page.url()).hash).toBe('#/partners/de');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('gl-country-de-title');
    const top = await page.locator('#gl-country-de-title').evaluate((el) => el.getBoundingClientRect().top);
    const header = await page.locator('.gl-catalogue-header').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(header - 1); // not under the sticky header
    expect(top).toBeLessThan(header + 60);
    // From the partners view to a programme that lists its partners, then back.
    await page.locator('.gl-country[data-country="de"] .gl-partner-row[data-partner-id="dfg"] [data-programme="nsfc-org-research"] a').click();
    await expect.poll(() => heading(page)).toBe('组织间国际（地区）合作研究项目');
    expect(await page.locator('.gl-partner-list [data-partner-id="isf"]').count()).toBe(1);
    await page.goBack();
    expect(new URL(page.url()).hash).toBe('#/partners/de');
    await page.close();
  });

  it('in a narrow window (700 px) shows the entry above the tree, the whole heading in view', async () => {
    const page = await openCatalogue(browser, '#/entry/nsfc-org-exchange', 700);
    await expect.poll(() => heading(page)).toBe('组织间合作交流项目');
    const box = (selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const entry = await box('#gl-entry-heading');
    const tree = await box('.gl-tree');
    expect(entry.bottom).toBeLessThan(tree.top);
    expect(entry.top).toBeGreaterThanOrEqual(0);
    expect(entry.bottom).toBeLessThanOrEqual(800);
    expect(entry.left).toBeLessThan(40); // one column: the entry starts at the left margin
    // The same page 1,280 px wide keeps the tree on the left, beside the entry.
    await page.setViewportSize({ width: 1280, height: 800 });
    const wide = await box('#gl-entry-heading');
    const wideTree = await box('.gl-tree');
    expect(wideTree.right).toBeLessThan(wide.left);
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
    it(`has no axe violation (${colorScheme}): overview, entry, search, partners, partner, narrow`, async () => {
      const page = await openCatalogue(browser, '');
      await page.emulateMedia({ colorScheme });
      await page.locator('.gl-overview').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(page.url().replace(/#.*$/, '') + '#/entry/nsfc-rfis');
      await expect.poll(() => heading(page)).toBe('外国学者研究基金项目');
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('[role="combobox"]').fill('zhengfujian');
      await page.locator('[role="option"]').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('[role="combobox"]').fill('');
      for (const address of ['#/partners', '#/partner/dfg', '#/entry/nsfc-key']) {
        await page.evaluate((hash) => (location.hash = hash), address);
        await page.locator('#gl-entry-heading').waitFor();
        await page.locator('details.gl-facts-older').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        expect(await axeViolations(page), address).toEqual([]);
      }
      await page.setViewportSize({ width: 700, height: 800 });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
