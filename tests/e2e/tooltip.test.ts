/**
 * Hover cards in Chromium with the built extension, on a notice served as
 * http://www.nsfc.gov.cn/…: hover shows the right programme's card after the dwell, it stays
 * while hovered, closes on leave and on Esc, a click pins it; keyboard navigation reaches every
 * mention; a card at the viewport's right edge stays inside; hostile page CSS does not change
 * the card's size; axe finds no violation in the card. (Its screenshots are taken by
 * tests/e2e/screenshots.test.ts.)
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { extensionSession, type ExtensionBrowser } from './harness';

/** The extension API as the service worker sees it (the test evaluates code there). */
declare const chrome: typeof Browser;

const PORTAL = 'www.nsfc.gov.cn';
const NOTICE = `http://${PORTAL}/tooltip-notice.html`;
const HOSTILE = `http://${PORTAL}/tooltip-hostile.html`;
const ROOT = resolve(import.meta.dirname, '../..');

interface CardState {
  entry: string;
  pinned: boolean;
  usage: string | null;
  rect: { x: number; y: number; width: number; height: number };
  /** The card's content height, whether or not its height is capped to the room beside the name. */
  contentHeight: number;
  viewport: { width: number; height: number };
}

/** The open card in a frame (the card lives in the frame of its mention), or null. */
function cardState(frame: Page | Frame): Promise<CardState | null> {
  return frame.evaluate(() => {
    const card = document.querySelector('grant-lens-ui')?.shadowRoot?.querySelector<HTMLElement>('.gl-card');
    if (!card) return null;
    const r = card.getBoundingClientRect();
    return {
      entry: card.dataset.entry ?? '',
      pinned: card.dataset.pinned === 'true',
      usage: card.querySelector('.gl-usage')?.textContent ?? null,
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      contentHeight: card.scrollHeight,
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

/** Painted mention texts of a frame, in document order (light DOM only: that is all we need). */
function mentionTexts(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const ranges = [...(CSS.highlights.get('grant-lens') ?? [])].map((r) => {
      const live = new Range();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live;
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

/** The mention painted as active (the one whose card is open): its text and its centre. */
function activeMention(frame: Page | Frame): Promise<{ text: string; x: number; y: number } | null> {
  return frame.evaluate(() => {
    const [r] = [...(CSS.highlights.get('grant-lens-active') ?? [])];
    if (!r) return null;
    const live = new Range();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    const box = live.getBoundingClientRect();
    return { text: live.toString(), x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
}

async function activeText(frame: Page | Frame): Promise<string | null> {
  return (await activeMention(frame))?.text ?? null;
}

/** Centre of a mention's first line box, in the frame's viewport coordinates. */
function mentionCentre(frame: Page | Frame, text: string): Promise<{ x: number; y: number }> {
  return frame.evaluate((wanted) => {
    for (const r of CSS.highlights.get('grant-lens') ?? []) {
      const live = new Range();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.toString() !== wanted) continue;
      const box = live.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    throw new Error(`no painted mention "${wanted}"`);
  }, text);
}

async function openNotice(browser: ExtensionBrowser, url = NOTICE): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => mentionTexts(page), { timeout: 10_000 }).not.toHaveLength(0);
  await page.mouse.move(2, 2);
  return page;
}

/** A child frame of the page, once it has loaded. */
async function childFrame(page: Page, matches: (url: string) => boolean): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => matches(f.url())), { timeout: 5_000 }).toBe(true);
  return page.frames().find((f) => matches(f.url()))!;
}

async function hover(page: Page, text: string): Promise<CardState> {
  const at = await mentionCentre(page, text);
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await expect.poll(() => cardState(page), { timeout: 3_000 }).not.toBeNull();
  return (await cardState(page))!;
}

/** Sends what the background sends for the next/previous-mention command to the active tab. */
async function navigateCommand(browser: ExtensionBrowser, direction: 'next' | 'previous'): Promise<void> {
  await browser.serviceWorker.evaluate(async (dir) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab!.id!, { type: 'grant-lens:navigate', direction: dir }, { frameId: 0 });
  }, direction);
}

describe('hover cards', () => {
  const session = extensionSession([PORTAL]);

  it('shows the programme under the pointer after the dwell, keeps it while hovered, closes on leave', async () => {
    const page = await openNotice(session.browser);
    const at = await mentionCentre(page, '重点国际（地区）合作研究项目');
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await page.waitForTimeout(200);
    expect(await cardState(page)).toBeNull(); // still within the dwell
    await expect.poll(() => cardState(page), { timeout: 3_000 }).not.toBeNull();
    const card = (await cardState(page))!;
    expect(card).toMatchObject({ entry: 'nsfc-key', pinned: false, usage: null });
    expect(await activeText(page)).toBe('重点国际（地区）合作研究项目');
    // The card script (loaded on demand) lives in the extension's isolated world: the page's
    // own scripts cannot see it.
    expect(await page.evaluate(() => '__grantLensCard' in window)).toBe(false);

    await page.waitForTimeout(1_200); // resting on the name
    expect((await cardState(page))?.entry).toBe('nsfc-key');
    // Onto the card, across the gap, and rest there.
    await page.mouse.move(card.rect.x + card.rect.width / 2, card.rect.y + 20, { steps: 8 });
    await page.waitForTimeout(1_200);
    expect((await cardState(page))?.entry).toBe('nsfc-key');
    // Away from both: gone after the grace period.
    await page.mouse.move(2, 2, { steps: 4 });
    await expect.poll(() => cardState(page), { timeout: 3_000 }).toBeNull();
    expect(await activeText(page)).toBeNull();
    await page.close();
  });

  it('a quick sweep across several names opens no card', async () => {
    const page = await openNotice(session.browser);
    const seen: (CardState | null)[] = [];
    for (const name of ['重点国际（地区）合作研究项目', '重大国际（地区）合作研究项目', '外国学者研究基金项目']) {
      const at = await mentionCentre(page, name);
      await page.mouse.move(at.x, at.y, { steps: 4 });
      await page.waitForTimeout(150); // a reader's glance, well under the dwell
      seen.push(await cardState(page));
    }
    await page.mouse.move(2, 2, { steps: 4 });
    await page.waitForTimeout(800);
    seen.push(await cardState(page));
    expect(seen).toEqual([null, null, null, null]);
    await page.close();
  });

  it('says when the page used a former name', async () => {
    const page = await openNotice(session.browser);
    const card = await hover(page, '重大国际（地区）合作研究项目');
    expect(card.entry).toBe('nsfc-key');
    expect(card.usage).toMatch(/重大国际（地区）合作研究项目/);
    expect(card.usage).toMatch(/2014/);
    await page.close();
  });

  it('closes on Esc', async () => {
    const page = await openNotice(session.browser);
    await hover(page, '外国学者研究基金项目');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page), { timeout: 1_000 }).toBeNull();
    await page.close();
  });

  it('comes back when the page throws the card host away (a framework re-rendering <body>)', async () => {
    const page = await openNotice(session.browser);
    await hover(page, '外国学者研究基金项目');
    await page.mouse.move(2, 2);
    await expect.poll(() => cardState(page), { timeout: 2_000 }).toBeNull();
    await page.evaluate(() => document.querySelector('grant-lens-ui')!.remove());
    expect((await hover(page, '重点合作研究项目')).entry).toBe('nsfc-key');
    await page.close();
  });

  it('pins on click until a click elsewhere', async () => {
    const page = await openNotice(session.browser);
    const at = await mentionCentre(page, '外国学者研究基金项目');
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await cardState(page))?.pinned, { timeout: 1_000 }).toBe(true);
    await page.mouse.move(2, 2, { steps: 4 });
    await page.waitForTimeout(1_000);
    expect((await cardState(page))?.entry).toBe('nsfc-rfis');
    await page.mouse.click(4, 4);
    await expect.poll(() => cardState(page), { timeout: 1_000 }).toBeNull();
    await page.close();
  });

  it('keeps a card at the right edge of the viewport fully inside it', async () => {
    const page = await openNotice(session.browser);
    const at = await mentionCentre(page, '重点合作研究项目');
    expect(at.x).toBeGreaterThan(page.viewportSize()!.width - 150); // the name is at the edge
    const card = await hover(page, '重点合作研究项目');
    expect(card.rect.x).toBeGreaterThanOrEqual(0);
    expect(card.rect.y).toBeGreaterThanOrEqual(0);
    expect(card.rect.x + card.rect.width).toBeLessThanOrEqual(card.viewport.width);
    expect(card.rect.y + card.rect.height).toBeLessThanOrEqual(card.viewport.height);
    await page.close();
  });

  it('shows the card inside a same-origin iframe, in that frame', async () => {
    const page = await openNotice(session.browser);
    const frame = await childFrame(page, (url) => url.endsWith('/tooltip-frame.html'));
    await expect.poll(() => mentionTexts(frame), { timeout: 10_000 }).toEqual(['外国青年学者研究基金项目']);
    const inFrame = await mentionCentre(frame, '外国青年学者研究基金项目');
    const box = (await page.locator('#frame').boundingBox())!;
    await page.mouse.move(box.x + 1 + inFrame.x, box.y + 1 + inFrame.y, { steps: 3 });
    await expect.poll(async () => (await cardState(frame))?.entry, { timeout: 3_000 }).toBe('nsfc-rfis-young');
    expect(await cardState(page)).toBeNull();
    await page.close();
  });

  it('shows the card of a mention inside a srcdoc frame (scanned by the top frame) beside it', async () => {
    const page = await openNotice(session.browser);
    const frame = await childFrame(page, (url) => url === 'about:srcdoc');
    await expect.poll(() => mentionTexts(frame), { timeout: 10_000 }).toEqual(['组织间合作交流项目']);
    await page.locator('#srcdoc').scrollIntoViewIfNeeded();
    const inFrame = await mentionCentre(frame, '组织间合作交流项目');
    const box = (await page.locator('#srcdoc').boundingBox())!;
    const at = { x: box.x + 1 + inFrame.x, y: box.y + 1 + inFrame.y };
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await expect.poll(async () => (await cardState(page))?.entry, { timeout: 3_000 }).toBe('nsfc-org-exchange');
    const card = (await cardState(page))!;
    // Beside the name: just below it, or just above it when there is no room below.
    const gapBelow = card.rect.y - at.y;
    const gapAbove = at.y - (card.rect.y + card.rect.height);
    expect(Math.min(Math.abs(gapBelow), Math.abs(gapAbove))).toBeLessThan(30);
    expect(Math.abs(card.rect.x - at.x)).toBeLessThan(200);
    await page.close();
  });

  it('keyboard commands reach every mention in order, wrap, and Esc closes', async () => {
    // Headless Chromium cannot press extension shortcuts: the test sends the message the
    // background's command handler sends (services/background/navigation.ts), from the service worker.
    const page = await openNotice(session.browser);
    await page.bringToFront();
    const srcdoc = await childFrame(page, (url) => url === 'about:srcdoc');
    await expect.poll(() => mentionTexts(srcdoc), { timeout: 10_000 }).toHaveLength(1);
    // Every mention the top frame's engine knows, in page order: the one scrolled out of sight
    // inside the box, and the one in the srcdoc frame (no content script of its own) included.
    const texts = [
      '重点国际（地区）合作研究项目',
      '重大国际（地区）合作研究项目',
      '外国学者研究基金项目',
      '重点合作研究项目',
      '政府间国际科技创新合作重点专项',
      '组织间合作交流项目',
    ];
    const active = async () => (await activeText(page)) ?? (await activeText(srcdoc));
    const visited: string[] = [];
    for (let i = 0; i < texts.length; i++) {
      await navigateCommand(session.browser, 'next');
      await expect.poll(() => cardState(page), { timeout: 2_000 }).not.toBeNull();
      const inTop = await activeMention(page);
      const where = inTop ?? (await activeMention(srcdoc))!;
      visited.push(where.text);
      // Scrolled into view (the one inside the scrolled box too), its card open and pinned.
      const offset = inTop ? 0 : (await page.locator('#srcdoc').boundingBox())!.y;
      const y = offset + where.y;
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(page.viewportSize()!.height);
      // Its card: pinned, beside the name (just below or above it), wholly inside the viewport.
      await expect.poll(async () => (await cardState(page))!.rect.y, { timeout: 1_000 }).not.toBe(0);
      const card = (await cardState(page))!;
      expect(card.pinned).toBe(true);
      const gap = Math.min(Math.abs(card.rect.y - y), Math.abs(y - (card.rect.y + card.rect.height)));
      expect(gap).toBeLessThan(30);
      expect(card.rect.y).toBeGreaterThanOrEqual(0);
      expect(card.rect.y + card.rect.height).toBeLessThanOrEqual(card.viewport.height);
    }
    expect(visited).toEqual(texts);
    await navigateCommand(session.browser, 'next');
    await expect.poll(active).toBe(texts[0]);
    await navigateCommand(session.browser, 'previous');
    await expect.poll(active).toBe(texts[texts.length - 1]);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page), { timeout: 1_000 }).toBeNull();
    await page.close();
  });

  it('a card opened from the keyboard leaves the page selection as it was', async () => {
    const page = await openNotice(session.browser);
    await page.bringToFront();
    await page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('outro')!));
    await navigateCommand(session.browser, 'next');
    await expect.poll(() => cardState(page), { timeout: 2_000 }).not.toBeNull();
    expect(await page.evaluate(() => getSelection()!.toString())).toBe('联系人：国际合作局');
    await page.close();
  });

  it('a card opened from the keyboard takes focus and gives it back on Esc, but never from a text field', async () => {
    const page = await openNotice(session.browser);
    await page.bringToFront();
    const focused = () => page.evaluate(() => document.activeElement?.tagName.toLowerCase());
    await page.locator('#outro a').focus();
    await navigateCommand(session.browser, 'next');
    await expect.poll(focused, { timeout: 2_000 }).toBe('grant-lens-ui'); // focus is in the card
    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page), { timeout: 1_000 }).toBeNull();
    expect(await focused()).toBe('a'); // back where it was
    // Someone writing in a field keeps their caret there.
    await page.locator('textarea').focus();
    await navigateCommand(session.browser, 'next');
    await expect.poll(() => cardState(page), { timeout: 2_000 }).not.toBeNull();
    expect(await focused()).toBe('textarea');
    await page.close();
  });

  it('hostile page CSS does not change the card', async () => {
    const normal = await openNotice(session.browser);
    const reference = await hover(normal, '重点国际（地区）合作研究项目');
    await normal.close();
    const hostile = await openNotice(session.browser, HOSTILE);
    const card = await hover(hostile, '重点国际（地区）合作研究项目');
    expect(card.entry).toBe('nsfc-key');
    expect(card.rect.width).toBe(reference.rect.width);
    // Not the box's height: that is capped to the room beside the name, which differs between
    // the two pages' layouts (page/hover-position.ts).
    expect(card.contentHeight).toBe(reference.contentHeight);
    await hostile.close();
  });

  it('axe finds no accessibility violation in the card, in the light and the dark theme', async () => {
    const page = await openNotice(session.browser);
    await hover(page, '重大国际（地区）合作研究项目'); // with the former-name line
    await page.addScriptTag({ path: resolve(ROOT, 'node_modules/axe-core/axe.min.js') });
    const audit = () =>
      page.evaluate(async () => {
        type Result = { violations: { id: string; help: string }[]; passes: unknown[] };
        const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<Result> } }).axe;
        // axe reaches into the open shadow root through `fromShadowDom`.
        const result = await axe.run({ include: { fromShadowDom: ['grant-lens-ui', '.gl-card'] } });
        const shadow = document.querySelector('grant-lens-ui')!.shadowRoot!;
        const card = shadow.querySelector('.gl-card')!;
        const announcer = shadow.querySelector('[role="status"]')!.getBoundingClientRect();
        return {
          violations: result.violations.map((v) => `${v.id}: ${v.help}`),
          passes: result.passes.length,
          background: getComputedStyle(card).backgroundColor,
          announcerSize: announcer.width * announcer.height,
        };
      });
    const light = await audit();
    expect(light.violations).toEqual([]);
    expect(light.passes).toBeGreaterThan(5); // it did look at the card
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await audit();
    expect(dark.violations).toEqual([]);
    expect(dark.background).not.toBe(light.background); // the dark theme applied
    // The design tokens (components/tokens.css) reached the shadow root: the card's raised
    // background in each theme, and the live region visually hidden by the shared rule.
    expect([light.background, dark.background]).toEqual(['rgb(255, 255, 255)', 'rgb(30, 34, 40)']);
    expect([light.announcerSize, dark.announcerSize]).toEqual([1, 1]);
    await page.close();
  });
});
