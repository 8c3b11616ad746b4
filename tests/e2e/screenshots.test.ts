/**
 * The screenshots (issue 14): the popup, a hover card, the catalogue page and the options page,
 * in a zh-CN and an en-US Chromium, light and dark: 16 pictures in docs/screenshots/, named
 * `<surface>-<language>-<scheme>.png`, plus two of the catalogue page's other views
 * (docs/screenshots/README.md lists them; the top-level README shows a few). This is the only
 * test that writes there: run it on its own to regenerate them,
 *   npx vitest run --project e2e tests/e2e/screenshots.test.ts
 *
 * Every picture is taken in a settled state, so the same code gives the same picture: the
 * state it shows is checked first (the results listed, the card of the right programme, the
 * overview rendered), fonts have loaded, Chinese is drawn with a real font rather than boxes,
 * animations and transitions are off and the caret hidden (Playwright's `animations:
 * 'disabled'`, `caret: 'hide'`).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, startPageServer, type ExtensionBrowser, type PageServer } from './harness';

const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const PORTAL = 'www.nsfc.gov.cn';
const NOTICE = `http://${PORTAL}/tooltip-notice.html`;
const LANGUAGES = ['zh-CN', 'en-US'] as const;
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/**
 * Waits until the page is still: web fonts loaded, two frames painted, and Chinese drawn with
 * glyphs: two different characters must not render the same pixels (a missing font draws both
 * as the same box).
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const distinct = await page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const font = getComputedStyle(document.body).fontFamily;
    const pixels = (text: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 40;
      const context = canvas.getContext('2d')!;
      context.font = `32px ${font}`;
      context.fillText(text, 2, 32);
      return context.getImageData(0, 0, 40, 40).data.join(',');
    };
    return pixels('国') !== pixels('项');
  });
  expect(distinct, 'Chinese renders as boxes: install a CJK font (fonts-wqy-microhei)').toBe(true);
}

async function capture(page: Page, name: string, options: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } } = {}) {
  await settle(page);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), animations: 'disabled', caret: 'hide', ...options });
}

async function openPage(browser: ExtensionBrowser, scheme: Scheme, address: string, size: { width: number; height: number }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize(size);
  await page.goto(address.startsWith('http') ? address : `chrome-extension://${browser.extensionId}/${address}`);
  return page;
}

/** Centre of a painted mention's first line box (the page engine paints with CSS.highlights). */
function paintedMention(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    for (const range of CSS.highlights.get('grant-lens') ?? []) {
      const live = new Range();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      if (live.toString() !== wanted) continue;
      const box = live.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, text);
}

/** The open card's programme and box (it lives in the extension's shadow root), or null. */
function openCard(page: Page): Promise<{ entry: string; x: number; y: number; width: number; height: number } | null> {
  return page.evaluate(() => {
    const card = document.querySelector('grant-lens-ui')?.shadowRoot?.querySelector<HTMLElement>('.gl-card');
    if (!card) return null;
    const box = card.getBoundingClientRect();
    return { entry: card.dataset.entry ?? '', x: box.x, y: box.y, width: box.width, height: box.height };
  });
}

for (const language of LANGUAGES) {
  describe(`screenshots in a ${language} browser`, () => {
    let server: PageServer;
    let browser: ExtensionBrowser;
    const zh = language === 'zh-CN';

    beforeAll(async () => {
      server = await startPageServer();
      browser = await launchWithExtension({ port: server.port, hosts: [PORTAL], lang: language });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const scheme of SCHEMES) {
      it(`popup (${scheme}): a pinyin search finding a programme by its former name`, async () => {
        const page = await openPage(browser, scheme, 'popup.html', { width: 380, height: 600 });
        await page.locator('[role="combobox"]').fill('zhongda');
        const first = page.locator('[role="option"]').first();
        await expect.poll(() => first.getAttribute('data-entry-id')).toBe('nsfc-key');
        await page.locator('[role="combobox"]').press('ArrowDown');
        await capture(page, `popup-${language}-${scheme}`);
        await page.close();
      });

      it(`card (${scheme}): a former name on an NSFC notice`, async () => {
        const page = await openPage(browser, scheme, NOTICE, { width: 1000, height: 700 });
        const name = '重大国际（地区）合作研究项目';
        await expect.poll(() => paintedMention(page, name), { timeout: 10_000 }).not.toBeNull();
        const at = (await paintedMention(page, name))!;
        await page.mouse.move(at.x, at.y, { steps: 3 });
        await expect.poll(async () => (await openCard(page))?.entry, { timeout: 5_000 }).toBe('nsfc-key');
        await settle(page);
        const card = (await openCard(page))!;
        const left = Math.max(0, Math.min(at.x - 200, card.x) - 16);
        const top = Math.max(0, Math.min(at.y - 40, card.y) - 16);
        const right = Math.min(1000, Math.max(at.x + 200, card.x + card.width) + 16);
        const bottom = Math.min(700, card.y + card.height + 16);
        await capture(page, `card-${language}-${scheme}`, { clip: { x: left, y: top, width: right - left, height: bottom - top } });
        await page.close();
      });

      it(`catalogue page (${scheme}): the overview it opens on`, async () => {
        const page = await openPage(browser, scheme, 'catalogue.html', { width: 1280, height: 800 });
        await page.locator('.gl-overview .gl-family-card').first().waitFor();
        expect(await page.locator('.gl-catalogue').getAttribute('lang')).toBe(zh ? 'zh-CN' : 'en');
        await capture(page, `catalogue-${language}-${scheme}`);
        await page.close();
      });

      it(`options page (${scheme})`, async () => {
        const page = await openPage(browser, scheme, 'options.html', { width: 900, height: 800 });
        await expect.poll(() => page.locator('h1').textContent()).toBe(zh ? 'Grant Lens 设置' : 'Grant Lens settings');
        await capture(page, `options-${language}-${scheme}`, { fullPage: true });
        await page.close();
      });
    }

    // Two more views of the catalogue page, one in each language (light).
    if (zh) {
      it('catalogue page: a programme with its dated facts and its partners (zh-CN, light)', async () => {
        const page = await openPage(browser, 'light', 'catalogue.html#/entry/nsfc-org-research', { width: 1280, height: 1000 });
        await expect.poll(() => page.locator('#gl-entry-heading').textContent()).toBe('组织间国际（地区）合作研究项目');
        await page.locator('.gl-partner-list').waitFor();
        await capture(page, 'catalogue-entry-zh-CN-light');
        await page.close();
      });
    } else {
      it('catalogue page: a partner, DFG, with its calls, facts and sources (en-US, light)', async () => {
        const page = await openPage(browser, 'light', 'catalogue.html#/partner/dfg', { width: 1280, height: 1000 });
        await expect.poll(() => page.locator('#gl-entry-heading').textContent()).toBe('German Research Foundation');
        await capture(page, 'catalogue-partner-en-US-light');
        await page.close();
      });
    }
  });
}
