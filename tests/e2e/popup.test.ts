/**
 * The popup in Chromium with the built extension, opened as a page: the search box has focus,
 * typing shows results best first, the keyboard moves through them and opens the detail view,
 * copy (with its confirmation) and "open in catalogue" work, Esc walks back; axe finds no violation, light or dark.
 * (Its screenshots are taken by tests/e2e/screenshots.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { axeViolations } from './axe';

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
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

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
    await expect.poll(() => page.locator('.gl-copy-status').textContent()).toBe(
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
      await page.close();
    });
  }
});
