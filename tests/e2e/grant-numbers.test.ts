/**
 * Grant numbers on a CV page served from the user's own site (issue 11), in Chromium with the
 * built extension: the site is added on the options page, the numbers are marked (a number of
 * a programme as a mention, one that names none on its own faint layer, look-alikes not at all),
 * a number's card shows its inferred programme and year with the "inferred" note, and Copy
 * acknowledgement puts the expected lines on the clipboard; English names as people write them
 * (the page's English list) are marked too, with their programme's card.
 *
 * The user's site is http://localhost: a secure context, so the content script has the
 * clipboard API there, as on any https site (on plain http it has none). Headless Chromium
 * shows the options page's permission prompt with nobody to answer it (tests/e2e/background.test.ts),
 * so the test first gives the site access the way a user can in the browser's own extension
 * settings (chrome://extensions › Details › Site access, which is developerPrivate's
 * addHostPermission); the options page's request is then granted without a prompt, and
 * everything after it (settings, script registration, the highlighter) is the real path.
 *
 * The page is the CLI's fixture (tests/fixtures/recognize/cv.html), so the CLI test and this
 * one read the same page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardAxeViolations } from './axe';
import { HIGHLIGHT_NAMES, UI_HOST_TAG, highlightedTextsInPage, mentionPointInPage } from './battery-pages';
import { launchWithExtension, startPageServer, type ExtensionBrowser, type PageServer } from './harness';

declare const chrome: typeof Browser;

const CV = readFileSync(resolve(import.meta.dirname, '../fixtures/recognize/cv.html'), 'utf8');
const USER_SITE = 'http://localhost';

/** The texts painted on one highlight layer, sorted. */
function layerTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate(highlightedTextsInPage, name);
}

interface NumberCard {
  entry: string | null;
  heading: string;
  number: string | null;
  reading: string | null;
  inferred: string | null;
}

function openCard(page: Page): Promise<NumberCard | null> {
  return page.evaluate((host) => {
    const card = document.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>('.gl-card');
    if (!card) return null;
    const text = (selector: string) => card.querySelector(selector)?.textContent ?? null;
    return {
      entry: card.dataset.entry ?? null,
      heading: document.querySelector(host)!.shadowRoot!.getElementById(card.getAttribute('aria-labelledby')!)!.textContent!,
      number: text('.gl-grant-value'),
      reading: text('.gl-grant-reading'),
      inferred: text('.gl-grant-inferred'),
    };
  }, UI_HOST_TAG);
}

/** axe's violations in the open card (inside the UI host's shadow root). */
async function hover(page: Page, layer: string, text: string): Promise<NumberCard> {
  await page.mouse.move(2, 2);
  await expect.poll(() => openCard(page), { timeout: 3_000 }).toBeNull();
  const at = await page.evaluate(mentionPointInPage, { name: layer, text });
  if (!at) throw new Error(`no painted "${text}" on ${layer}`);
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await expect.poll(() => openCard(page), { timeout: 3_000 }).not.toBeNull();
  return (await openCard(page))!;
}

describe('grant numbers on a CV page of a user site', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let cvUrl: string;

  beforeAll(async () => {
    server = await startPageServer();
    server.routes.set('/cv.html', CV);
    server.routes.set('/favicon.ico', '');
    browser = await launchWithExtension();
    cvUrl = `http://localhost:${server.port}/cv.html`;

    // Site access as the browser's extension settings give it (see the header).
    const settings = await browser.context.newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate(
      ([id, pattern]) =>
        (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }).developerPrivate.addHostPermission(
          id,
          pattern,
        ),
      [browser.extensionId, `${USER_SITE}/*`] as const,
    );
    await settings.close();

    // The test reads the clipboard from the page (clipboard-read); the extension writes it.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://localhost:${server.port}` });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks the numbers, explains one by its pattern, and copies its acknowledgement', async () => {
    // The user adds the site on the options page.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#site-address').fill(USER_SITE);
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect
      .poll(
        () => browser.serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)),
        { timeout: 15_000 },
      )
      .toEqual([`grant-lens-user-site:${USER_SITE}`]);
    await options.close();

    const page = await browser.context.newPage();
    await page.goto(cvUrl);
    await page.evaluate(() => document.fonts.ready);

    // Numbers of the programmes are mentions, beside the names; look-alikes are not marked.
    await expect
      .poll(() => layerTexts(page, HIGHLIGHT_NAMES.mention), { timeout: 15_000 })
      .toEqual(
        [
          '重点国际（地区）合作研究项目',
          '51920105010',
          '国际（地区）合作与交流项目',
          '62061136006',
          '2019YFE0126800',
          '2019YFE0126802',
          '战略性科技创新合作”重点专项',
          '2021YFE0205700',
          '国家国际科技合作专项',
          '2012DFB10200',
          'NSFC Research Fund for International Young Scientists',
          '21850410459',
          // English names as people write them (core/english-names.ts), the funder around them included
          'Intergovernmental International S&T Innovation Cooperation Key Special Project of the National Key R&D Program of China',
          'Major International Joint Research Programme of NSFC',
          '41520104008',
          'International Science and Technology Cooperation Program of China',
          '2014DFA63070',
          'Research Fund for International Excellent Young Scientists',
          // not: the international cooperation program office, NSFC named alone
        ].sort(),
      );
    // Numbers that name no programme here: on their own layer.
    expect(await layerTexts(page, HIGHLIGHT_NAMES.number)).toEqual(['2019YFE0303100', '61872345']);

    // A number's card: its programme, what the pattern says with the year, the "inferred" note.
    const card = await hover(page, HIGHLIGHT_NAMES.mention, '62061136006');
    expect(card).toMatchObject({ entry: 'nsfc-intl', number: '62061136006' });
    expect(card.reading).toBe('By its pattern: International (Regional) Cooperation and Exchange Program, 2020');
    expect(card.inferred).toMatch(/^Inferred from the number's pattern .*: 11 digits, type code 61/);
    expect(await cardAxeViolations(page, UI_HOST_TAG)).toEqual([]);

    // Copy acknowledgement, clicked in the card as a user would.
    const button = page.locator(`${UI_HOST_TAG} .gl-card button`, { hasText: 'Copy acknowledgement' });
    await button.click();
    await expect
      .poll(() => page.locator(`${UI_HOST_TAG} .gl-ack .gl-copy-status`).textContent())
      .toMatch(/^Copied \(NSFC's wording, as quoted in 关于对科研项目成果进行标注的说明 .*\): Project 62061136006/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Project 62061136006 supported by National Natural Science Foundation of China\n国家自然科学基金资助项目（62061136006）',
    );

    // An English name's card is its programme's (the card of a name carries no number).
    await page.keyboard.press('Escape');
    const english = await hover(page, HIGHLIGHT_NAMES.mention, 'Intergovernmental International S&T Innovation Cooperation Key Special Project of the National Key R&D Program of China');
    expect(english).toMatchObject({ entry: 'most-intergov', number: null });
    // A number beside an English name: the words name the programme, the pattern agrees.
    await page.keyboard.press('Escape');
    const beside = await hover(page, HIGHLIGHT_NAMES.mention, '41520104008');
    expect(beside).toMatchObject({ entry: 'nsfc-key', number: '41520104008' });

    // A number that names no programme gets a card saying what it is.
    await page.keyboard.press('Escape');
    const general = await hover(page, HIGHLIGHT_NAMES.number, '61872345');
    expect(general).toMatchObject({ entry: null, heading: 'An NSFC grant of 2018, not an international programme', number: '61872345' });
    expect(general.inferred).toContain('11-digit numbers since 2011');
    expect(await cardAxeViolations(page, UI_HOST_TAG)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await cardAxeViolations(page, UI_HOST_TAG)).toEqual([]);
    await page.close();
  });
});
