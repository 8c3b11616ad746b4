/**
 * The Firefox build's own pages in Firefox ESR, opened in a tab at their fixed moz-extension://
 * address: the popup searches as the user types (pinyin initials, a short name, English with a
 * typo), the catalogue page opens a look-up (?q=) on its best match and searches from its box.
 * Read through roles and accessible names, as a user (or a screen reader) meets them.
 *
 * Firefox's WebDriver BiDi reports no console message or uncaught error of an extension page
 * (tried: a console.error and a throw in popup.html reach no listener), so unlike on the portal
 * page, these tests cannot also assert a quiet console.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, type FirefoxWithExtension } from './harness';

/** The search box and the listed results (each option's text), in the page. */
function searchState(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('[role="combobox"]');
    return {
      focused: box !== null && document.activeElement === box,
      value: box?.value ?? null,
      options: [...document.querySelectorAll('[role="listbox"] [role="option"]')].map((o) => o.textContent ?? ''),
    };
  });
}

/** The catalogue entry on show: the accessible name of the article in <main>. */
function shownEntry(page: Page) {
  return page.evaluate(() => {
    const article = document.querySelector('main article[aria-labelledby]');
    const heading = article && document.getElementById(article.getAttribute('aria-labelledby')!);
    return heading?.textContent ?? null;
  });
}

/** Empties the search box as a user does (select all, delete). */
async function clearSearch(page: Page): Promise<void> {
  await page.click('[role="combobox"]', { count: 3 });
  await page.keyboard.press('Backspace');
  await expect.poll(async () => (await searchState(page)).value).toBe('');
}

describe('Firefox: the popup and catalogue pages', () => {
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => firefox?.close());

  it('the popup searches as the user types', async () => {
    const page = await openExtensionPage(firefox, 'popup.html');
    await expect.poll(async () => (await searchState(page)).focused, { timeout: 30_000 }).toBe(true);

    await page.keyboard.type('zdgj');
    await expect
      .poll(async () => (await searchState(page)).options[0] ?? '', { timeout: 30_000 })
      .toContain('重点国际（地区）合作研究项目');

    await clearSearch(page);
    await page.keyboard.type('Reserch Fund for International Senior Scientists');
    await expect
      .poll(async () => (await searchState(page)).options[0] ?? '', { timeout: 30_000 })
      .toContain('外国资深学者研究基金项目');

    await page.close();
  });

  it('the catalogue page opens a look-up on its best match and searches from its box', async () => {
    const query = '重大国际(地区)合作研究项目'; // a former name, ASCII brackets
    const page = await openExtensionPage(firefox, `catalogue.html?q=${encodeURIComponent(query)}`);
    await expect.poll(() => shownEntry(page), { timeout: 30_000 }).toBe('重点国际（地区）合作研究项目');
    expect((await searchState(page)).value).toBe(query);

    await clearSearch(page);
    await page.keyboard.type('RFIS-II');
    await expect
      .poll(async () => (await searchState(page)).options[0] ?? '', { timeout: 30_000 })
      .toContain('外国优秀青年学者研究基金项目');
    await page.keyboard.press('Enter');
    await expect.poll(() => shownEntry(page), { timeout: 30_000 }).toBe('外国优秀青年学者研究基金项目');

    await page.close();
  });
});
