/**
 * The popup in Chromium with the built extension, opened as a page: the search box has focus,
 * typing shows results best first, the keyboard moves through them and opens the detail view,
 * copy (with its confirmation) and "open in catalogue" work, Esc walks back; partners are
 * found (DFG, 皇家学会, 新西兰, zhongde); over a page, the site switch and "scan once" come
 * first, then what the page mentions (an ambiguous form once, as the badge counts it), then
 * the catalogue, and "Copy as table" puts that list on the clipboard; axe finds no violation,
 * light or dark. (Its screenshots are taken by tests/e2e/screenshots.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { Page } from 'playwright-core';
import {
  activeTabId,
  launchWithExtension,
  noticePage,
  openPopupOn,
  startPageServer,
  tabIdOf,
  type ExtensionBrowser,
  type PageServer,
} from './harness';
import { axeViolations } from './axe';

/** The extension API inside `serviceWorker.evaluate` callbacks, which run in the worker. */
declare const chrome: typeof Browser;

const PORTAL = 'www.nsfc.gov.cn';
const OTHER_SITE = 'kyc.example.edu.cn';
const POPUP = { width: 380, height: 600 };

async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.locator('[role="combobox"]').waitFor();
  return page;
}

/** What the combobox says: the active option's entry id (or null) and the listed ids. */
function comboboxState(page: Page) {
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('[role="combobox"]')!;
    const activeId = input.getAttribute('aria-activedescendant');
    const active = activeId ? document.getElementById(activeId) : null;
    return {
      focused: document.activeElement === input,
      expanded: input.getAttribute('aria-expanded'),
      active: active?.dataset.entryId ?? null,
      ids: [...document.querySelectorAll<HTMLElement>('[role="listbox"] [role="option"]')].map(
        (option) => option.dataset.entryId,
      ),
    };
  });
}

describe('popup', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  beforeAll(async () => {
    server = await startPageServer();
    server.routes.set(
      '/rfis.html',
      noticePage(
        '<h1>2025年度项目指南</h1>' +
          '<p>RFIS applications open in March. Applicants to RFIS need a doctorate.</p>' +
          '<p>另见外国青年学者研究基金项目。</p>',
      ),
    );
    browser = await launchWithExtension({ port: server.port, hosts: [PORTAL, OTHER_SITE] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page in a tab and the popup over it. */
  async function popupOver(url: string): Promise<{ tab: Page; popup: Page }> {
    const tab = await browser.context.newPage();
    await tab.goto(url);
    await tab.bringToFront();
    // The extension sees the address of portal tabs only; the page just opened is the active one.
    return { tab, popup: await openPopupOn(browser, url, POPUP, await activeTabId(browser)) };
  }

  /** Top edges of the popup's sections, in px from the top of the popup. */
  function tops(popup: Page, selectors: string[]): Promise<number[]> {
    return popup.evaluate(
      (list) => list.map((selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? Number.NaN),
      selectors,
    );
  }

  it('focuses the search box and lists the families while it is empty', async () => {
    const page = await openPopup(browser);
    expect((await comboboxState(page)).focused).toBe(true);
    await expect.poll(() => page.locator('.gl-tree [data-entry-id="nsfc-intl"]').count()).toBe(1);
    await expect.poll(() => page.locator('.gl-tree [data-entry-id="most-intl"]').count()).toBe(1);
    await page.close();
  });

  it('searches as the user types and moves through results with the keyboard', async () => {
    const page = await openPopup(browser);
    await page.keyboard.type('zdgj');
    await expect.poll(async () => (await comboboxState(page)).ids[0]).toBe('nsfc-key');
    expect((await comboboxState(page)).expanded).toBe('true');

    await page.locator('[role="combobox"]').fill('');
    await page.keyboard.type('RFIS');
    await expect.poll(async () => (await comboboxState(page)).ids.length).toBeGreaterThanOrEqual(3);
    const { ids } = await comboboxState(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect((await comboboxState(page)).active).toBe(ids[1]);
    await page.keyboard.press('ArrowUp');
    expect((await comboboxState(page)).active).toBe(ids[0]);
    expect((await comboboxState(page)).focused).toBe(true);

    const firstName = await page.locator('[role="option"] .gl-result-zh').first().textContent();
    await page.keyboard.press('Enter');
    const heading = page.locator('#gl-detail-heading');
    await expect.poll(() => heading.textContent()).toBe(firstName);
    // Focus moved to the detail heading, so a screen reader starts there.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gl-detail-heading');

    // Esc goes back to the search with the query kept, then Esc clears it.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await comboboxState(page)).focused).toBe(true);
    expect(await page.locator('[role="combobox"]').inputValue()).toBe('RFIS');
    await page.keyboard.press('Escape');
    expect(await page.locator('[role="combobox"]').inputValue()).toBe('');
    expect((await comboboxState(page)).expanded).toBe('false');
    await page.close();
  });

  it('says when a result matched by a former name', async () => {
    const page = await openPopup(browser);
    await page.keyboard.type('重大国际（地区）合作研究项目');
    const first = page.locator('[role="option"]').first();
    await expect.poll(() => first.getAttribute('data-entry-id')).toBe('nsfc-key');
    expect(await first.textContent()).toContain('former name');
    await page.close();
  });

  it('shows the whole entry, copies its name and opens it in the catalogue page', async () => {
    const page = await openPopup(browser);
    await page.keyboard.type('政府间专项');
    await expect.poll(async () => (await comboboxState(page)).ids[0]).toBe('most-intergov');
    await page.keyboard.press('Enter');
    const detail = page.locator('.gl-entry');
    await expect.poll(() => detail.locator('#gl-detail-heading').textContent()).toBe('政府间国际科技创新合作重点专项');
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain('Intergovernmental International Science and Technology Innovation Cooperation');
    expect(text).toContain('translation');
    expect(text).toContain('政府间专项');

    await page.getByRole('button', { name: 'Copy name' }).click();
    // The confirmation appears only once navigator.clipboard.writeText has resolved.
    const copyName = page.locator('.gl-copy', { has: page.getByRole('button', { name: 'Copy name' }) });
    await expect.poll(() => copyName.locator('.gl-copy-status').textContent()).toBe(
      'Copied: 政府间国际科技创新合作重点专项',
    );

    const opened = browser.context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open in catalogue' }).click();
    const catalogue = await opened;
    await catalogue.waitForLoadState();
    expect(catalogue.url()).toBe(`chrome-extension://${browser.extensionId}/catalogue.html#/entry/most-intergov`);
    await expect.poll(() => catalogue.locator('#gl-entry-heading').textContent()).toBe('政府间国际科技创新合作重点专项');
    await catalogue.close();
  });

  it.each([
    ['DFG', 'dfg', 'German Research Foundation'],
    ['皇家学会', 'rs', 'The Royal Society'],
    ['新西兰', 'nz', 'New Zealand'],
    ['zhongde', 'dfg', 'German Research Foundation'],
  ])('finds the partner %s and opens it', async (query, id, heading) => {
    const page = await openPopup(browser);
    await page.keyboard.type(query);
    const first = page.locator('[role="option"]').first();
    await expect.poll(() => first.getAttribute('data-partner-id')).toBe(id);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#gl-detail-heading').textContent()).toBe(heading);
    expect(await page.locator('.gl-partner .gl-calls li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('over a portal page: the site switch first, then what the page mentions, then the catalogue', async () => {
    const url = `http://${PORTAL}/rfis.html`;
    const { tab, popup } = await popupOver(url);
    await expect.poll(() => popup.locator('.gl-mention').count(), { timeout: 10_000 }).toBe(2);
    const [site, onPage, catalogue] = await tops(popup, ['.gl-site-controls', '.gl-on-this-page', '.gl-popup-catalogue']);
    expect(site).toBeLessThan(onPage);
    expect(onPage).toBeLessThan(catalogue);
    // The switch is in the first screen of the popup, not under the catalogue.
    const toggle = await popup.getByRole('switch', { name: 'Highlight on this site' }).boundingBox();
    expect(toggle!.y + toggle!.height).toBeLessThan(POPUP.height / 2);
    await popup.close();
    await tab.close();
  });

  // The scan itself needs the activeTab grant of a real toolbar click (tests/dom/sites-popup.test.tsx).
  it('over a page Grant Lens is not reading: "Scan this page once" at the top', async () => {
    const url = `http://${OTHER_SITE}/rfis.html`;
    const { tab, popup } = await popupOver(url);
    const scan = popup.getByRole('button', { name: 'Scan this page once' });
    await scan.waitFor();
    const box = await scan.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(POPUP.height / 2);
    const [site, scanOnce, onPage, catalogue] = await tops(popup, ['.gl-site-controls', '.gl-scan-once', '.gl-on-this-page', '.gl-popup-catalogue']);
    expect(site).toBeLessThan(scanOnce);
    expect(scanOnce).toBeLessThan(onPage);
    expect(onPage).toBeLessThan(catalogue);
    await popup.close();
    await tab.close();
  });

  it('counts an ambiguous form once (RFIS is one row, not two), as the badge does', async () => {
    const url = `http://${PORTAL}/rfis.html`;
    const { tab, popup } = await popupOver(url);
    const rows = popup.locator('.gl-mention');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    expect(await rows.nth(0).locator('.gl-mention-name').textContent()).toBe('RFIS');
    expect(await rows.nth(0).textContent()).toContain(
      'may mean: Research Fund for International Scientists / Research Fund for International Young Scientists',
    );
    expect(await rows.nth(0).textContent()).toContain('×2');
    expect(await rows.nth(1).locator('.gl-mention-name').textContent()).toBe('Research Fund for International Young Scientists');
    const tabId = await tabIdOf(browser, url);
    await expect
      .poll(() => browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 10_000 })
      .toBe('2');
    await popup.close();
    await tab.close();
  });

  it('copies what the page mentions as a table: programme, partner, count, first sentence', async () => {
    const url = `http://${PORTAL}/rfis.html`;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { tab, popup } = await popupOver(url);
    await expect.poll(() => popup.locator('.gl-mention').count(), { timeout: 10_000 }).toBe(2);
    await popup.getByRole('button', { name: 'Copy as table' }).click();
    await expect.poll(() => popup.locator('.gl-copy-table-status').textContent()).toContain('Copied a table of 2 rows');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(
      'Programme\tPartner\tCount\tFirst sentence\n' +
        'RFIS (Research Fund for International Scientists / Research Fund for International Young Scientists)\t\t2\tRFIS applications open in March.\n' +
        'Research Fund for International Young Scientists\t\t1\t另见外国青年学者研究基金项目。\n',
    );
    await popup.close();
    await tab.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation (${colorScheme}): empty, results and detail`, async () => {
      const page = await openPopup(browser);
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.type('RFIS');
      await page.keyboard.press('ArrowDown');
      await page.locator('[role="option"]').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await page.locator('#gl-detail-heading').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // A partner's detail, and an empty result with its hint.
      await page.keyboard.press('Escape');
      await page.locator('[role="combobox"]').fill('DFG');
      await page.keyboard.press('Enter');
      await page.locator('.gl-partner #gl-detail-heading').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('[role="combobox"]').fill('截止日期');
      await page.locator('.gl-empty-hint').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
