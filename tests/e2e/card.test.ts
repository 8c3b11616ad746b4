/**
 * The hover card's placement, copy and partner section, in Chromium with the built extension
 * (issues 14 and 10):
 *
 * - it never covers the name: every mention of a long English page, hovered at 1366×650 and at
 *   1024×600 with the mention near the top, the middle and the bottom of the window, gets a card
 *   that intersects none of the mention's boxes and lies inside the viewport;
 * - Copy name and Copy acknowledgement work on a plain http:// page (no secure context, so no
 *   navigator.clipboard there): the text is read back in a page at localhost, the page's own
 *   selection is left as it was and its DOM sees no change;
 * - a partner call's card shows the partner's name and dated facts; a partner named alone gets
 *   a partner card; an ambiguous 中瑞 lists both partners; a partner opens in the catalogue.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardAxeViolations } from './axe';
import { UI_HOST_TAG, installMutationLog, readMutationLogInPage } from './battery-pages';
import { extensionSession, paintedTexts, waitForPainted, type ExtensionBrowser } from './harness';

const PORTAL = 'www.nsfc.gov.cn';
const LONG_PAGE = `http://${PORTAL}/card/long-english.html`;
const NOTICE = `http://${PORTAL}/tooltip-notice.html`;
const PARTNER_NOTICE = `http://${PORTAL}/partners/notice.html`;
const LONG_PAGE_MENTIONS = 17;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Placement {
  mention: string;
  active: string | null;
  lines: Box[];
  card: Box | null;
  placement: string | null;
  viewport: { width: number; height: number };
}

/**
 * In page: scrolls the `occurrence`-th (0-based) occurrence of `text` so its top sits at
 * `fraction` of the window's height; where to point at it. Found in the text, not in the
 * highlights: only mentions near the viewport are painted.
 */
function scrollMentionTo({ text, occurrence, fraction }: { text: string; occurrence: number; fraction: number }): {
  x: number;
  y: number;
  text: string;
} {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let at = node.textContent!.indexOf(text); at >= 0; at = node.textContent!.indexOf(text, at + 1)) {
      if (seen++ < occurrence) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      scrollBy(0, range.getBoundingClientRect().top - fraction * innerHeight);
      const first = range.getClientRects()[0]!;
      return { x: first.left + Math.min(first.width / 2, 20), y: first.top + first.height / 2, text };
    }
  }
  throw new Error(`no occurrence ${occurrence} of "${text}"`);
}

/** In page: the active mention's line boxes and the open card's box. */
function placementInPage(hostTag: string): Omit<Placement, 'mention'> {
  const [r] = [...(CSS.highlights.get('grant-lens-active') ?? [])];
  let lines: Box[] = [];
  let active: string | null = null;
  if (r) {
    const live = new Range();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    active = live.toString();
    lines = [...live.getClientRects()].map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
  }
  const card = document.querySelector(hostTag)?.shadowRoot?.querySelector<HTMLElement>('.gl-card');
  const box = card?.getBoundingClientRect();
  return {
    active,
    lines,
    card: box ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom } : null,
    placement: card?.dataset.placement ?? null,
    viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
  };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Opens `url` and waits for its mentions to be painted (`mentions` of them, or any when not given). */
async function openPage(browser: ExtensionBrowser, url: string, mentions?: number): Promise<{ page: Page; texts: string[] }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  if (mentions === undefined) await expect.poll(() => paintedTexts(page), { timeout: 10_000 }).not.toHaveLength(0);
  else await waitForPainted(page, mentions);
  await page.mouse.move(1, 1);
  return { page, texts: await paintedTexts(page) };
}

/** Mention `index` of `mentions` (a page's mention texts in document order, none inside another). */
function nth(mentions: readonly string[], index: number): { text: string; occurrence: number } {
  const text = mentions[index]!;
  return { text, occurrence: mentions.slice(0, index).filter((other) => other === text).length };
}

/**
 * Hovers the `occurrence`-th `text` of the page (a mention in one text node) placed at
 * `fraction` of the window; the card once it has settled.
 */
async function hoverAt(page: Page, { text, occurrence }: { text: string; occurrence: number }, fraction: number): Promise<Placement> {
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  const at = await page.evaluate(scrollMentionTo, { text, occurrence, fraction });
  await page.mouse.move(at.x, at.y, { steps: 2 });
  await expect
    .poll(async () => {
      const state = await page.evaluate(placementInPage, UI_HOST_TAG);
      return state.card !== null && state.placement !== null && state.active === at.text;
    }, { timeout: 5_000 })
    .toBe(true);
  // floating-ui places asynchronously: read until two reads agree.
  let last = await page.evaluate(placementInPage, UI_HOST_TAG);
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(50);
    const next = await page.evaluate(placementInPage, UI_HOST_TAG);
    if (JSON.stringify(next) === JSON.stringify(last)) break;
    last = next;
  }
  return { mention: at.text, ...last };
}

describe('the hover card', () => {
  const session = extensionSession([PORTAL]);

  for (const viewport of [
    { width: 1366, height: 650 },
    { width: 1024, height: 600 },
  ]) {
    it(`never covers the name it explains and stays inside a ${viewport.width}×${viewport.height} window`, async () => {
      const { page, texts } = await openPage(session.browser, LONG_PAGE, LONG_PAGE_MENTIONS);
      await page.setViewportSize(viewport);
      const fractions = [0.04, 0.5, 0.9, 0.25, 0.75];
      const problems: string[] = [];
      const sides = new Set<string>();
      for (let index = 0; index < LONG_PAGE_MENTIONS; index++) {
        const state = await hoverAt(page, nth(texts, index), fractions[index % fractions.length]!);
        const { card, lines } = state;
        expect(card, state.mention).not.toBeNull();
        expect(lines.length, state.mention).toBeGreaterThan(0);
        sides.add(state.placement!.split('-')[0]!);
        const where = `${state.mention} (${state.placement}, card ${JSON.stringify(card)})`;
        if (lines.some((line) => overlaps(card!, line))) problems.push(`covers the name: ${where}`);
        if (card!.left < 0 || card!.top < 0 || card!.right > state.viewport.width || card!.bottom > state.viewport.height) {
          problems.push(`outside the ${state.viewport.width}×${state.viewport.height} viewport: ${where}`);
        }
      }
      expect(problems).toEqual([]);
      // Both sides were used: names near the bottom get the card above them.
      expect([...sides].sort()).toEqual(['bottom', 'top']);
      await page.close();
    });
  }

  it('caps its height to the room beside the name and scrolls inside, also from the keyboard', async () => {
    const { page, texts } = await openPage(session.browser, LONG_PAGE, LONG_PAGE_MENTIONS);
    await page.setViewportSize({ width: 1024, height: 600 });
    // The DFG call (index 4) has the tallest card: programme and partner facts.
    const state = await hoverAt(page, nth(texts, 4), 0.5);
    const card = page.locator(`${UI_HOST_TAG} .gl-card`);
    const sizes = await card.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, max: el.style.maxHeight }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(parseFloat(sizes.max)).toBeLessThanOrEqual(300);
    expect(state.card!.bottom - state.card!.top).toBeLessThanOrEqual(parseFloat(sizes.max) + 0.5);
    // A card opened by click and focused (as the keyboard command does) scrolls with the keys.
    await card.focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => card.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await page.close();
  });

  it('copies the name and the acknowledgement on a plain http page, leaving the page alone', async () => {
    const { page } = await openPage(session.browser, NOTICE);
    expect(await page.evaluate(() => [isSecureContext, 'clipboard' in navigator])).toEqual([false, false]);
    await page.evaluate(installMutationLog, UI_HOST_TAG);
    // The reader had selected something on the page; the copy must give it back.
    await page.evaluate(() => {
      const selection = getSelection()!;
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1, p')!);
      selection.removeAllRanges();
      selection.addRange(range);
    });
    const selected = await page.evaluate(() => getSelection()!.toString());
    expect(selected.length).toBeGreaterThan(0);

    const { mention } = await hoverAt(page, { text: '外国学者研究基金项目', occurrence: 0 }, 0.3);
    const name = await page.locator(`${UI_HOST_TAG} .gl-card .gl-name-zh`).textContent();
    await page.locator(`${UI_HOST_TAG} .gl-card .gl-copy button`, { hasText: 'Copy name' }).click();
    await expect.poll(() => page.locator(`${UI_HOST_TAG} .gl-card .gl-copy-status`).first().textContent()).toBe(`Copied: ${name}`);
    expect(mention.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(selected);
    expect(await readClipboard(session.browser, session.server.port)).toBe(name);

    await page.bringToFront();
    await page.locator(`${UI_HOST_TAG} .gl-card button`, { hasText: 'Copy acknowledgement' }).click();
    await expect
      .poll(() => page.locator(`${UI_HOST_TAG} .gl-ack .gl-copy-status`).textContent())
      .toMatch(/^Copied \(NSFC's wording, .*Fill in the grant number\): Project \[grant number\]/);
    expect(await readClipboard(session.browser, session.server.port)).toBe(
      'Project [grant number] supported by National Natural Science Foundation of China\n国家自然科学基金资助项目（[批准号]）',
    );
    // The hidden textarea lived in the card's shadow root: the page's DOM saw nothing.
    expect((await page.evaluate(readMutationLogInPage)).lines).toEqual([]);
    await page.close();
  });

  it("shows a partner call's partner with dated facts, a partner named alone, and both partners of 中瑞", async () => {
    const { page } = await openPage(session.browser, PARTNER_NOTICE, 6);
    // 中德（NSFC-DFG）合作研究项目: the programme and the DFG section.
    await hoverAt(page, { text: '中德（NSFC-DFG）合作研究项目', occurrence: 0 }, 0.3);
    const card = page.locator(`${UI_HOST_TAG} .gl-card`);
    expect(await card.getAttribute('data-entry')).toBe('nsfc-org-research');
    const dfg = card.locator('.gl-card-partner[data-partner-id="dfg"]');
    // An English card: the English name first, the Chinese one under it.
    expect(await dfg.locator('.gl-partner-name').textContent()).toBe('German Research Foundation DFG');
    expect(await dfg.locator('.gl-name-en').textContent()).toBe('德国研究联合会');
    const fact = dfg.locator('.gl-fact').first();
    expect(await fact.locator('dt').textContent()).toMatch(/^20\d\d/);
    expect(await fact.locator('dd').textContent()).toMatch(/¥[\d,]+/);
    expect(await dfg.locator('.gl-badge-old').count()).toBeGreaterThan(0); // the 2016–2020 calls are old now
    expect(await cardAxeViolations(page, UI_HOST_TAG)).toEqual([]);
    // The partner opens in the catalogue, in a new tab beside the page.
    const opened = session.browser.context.waitForEvent('page');
    await dfg.locator('.gl-open-partner').click();
    const catalogue = await opened;
    await catalogue.waitForLoadState();
    expect(catalogue.url()).toBe(`chrome-extension://${session.browser.extensionId}/catalogue.html#/partner/dfg`);
    await catalogue.close();
    await page.bringToFront();

    // 德国研究联合会 named alone: a partner card.
    // Its first occurrence is inside the title's call name; the second stands alone.
    const alone = await hoverAt(page, { text: '德国研究联合会', occurrence: 1 }, 0.3);
    expect(alone.mention).toBe('德国研究联合会');
    expect(await card.getAttribute('data-partners')).toBe('dfg');
    expect(await card.locator('h2.gl-partner-name').textContent()).toBe('German Research Foundation DFG');
    expect(await card.locator('.gl-fact').count()).toBeGreaterThan(0);
    expect(await cardAxeViolations(page, UI_HOST_TAG)).toEqual([]);

    // 中瑞合作研究项目: Switzerland's SNSF or Sweden's VR, and the card says the page does not tell.
    await hoverAt(page, { text: '中瑞合作研究项目', occurrence: 0 }, 0.3);
    expect(await card.locator('.gl-card-partner').evaluateAll((sections) => sections.map((s) => (s as HTMLElement).dataset.partnerId))).toEqual([
      'snsf',
      'vr',
    ]);
    expect(await card.locator('.gl-partner-either').textContent()).toMatch(/^“中瑞” may name any of these partners: .*Switzerland.*Sweden.*The page does not say which\.$/);
    await page.close();
  });
});

/** The clipboard's text, read in another page (the http page itself may not read it). */
async function readClipboard(browser: ExtensionBrowser, port: number): Promise<string> {
  // A page of its own at http://localhost (a secure context, where the extension does not run)
  // may be granted clipboard-read; extension origins cannot be granted permissions by the test.
  const origin = `http://localhost:${port}`;
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const reader = await browser.context.newPage();
  await reader.goto(`${origin}/card/long-english.html`);
  await reader.bringToFront();
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}

