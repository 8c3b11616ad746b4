/**
 * The Firefox build in Firefox ESR on a portal page: it installs as a temporary add-on, paints
 * every programme name of a notice served as www.nsfc.gov.cn (read from the page's
 * CSS.highlights), opens a card for a hovered name and closes it on Esc, and counts the
 * page's programmes on the toolbar badge.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { PageServer } from '../e2e/harness';
import { NOTICE, NOTICE_MENTIONS, PORTAL_HOST } from '../e2e/battery-pages';
import {
  FIREFOX_EXTENSION_DIR,
  geckoId,
  endFirefoxSession,
  startFirefoxSession,
  openExtensionPage,
  openPage,
  pageUrl,
  type FirefoxWithExtension,
} from './harness';
import { expectHighlights, hasUiHost, mentionPoint, openCard } from './probes';

/** The extension API of the page `evaluate` runs in (an extension page here). */
declare const browser: typeof Browser;

describe('Firefox: the Firefox build on a portal page', () => {
  let server: PageServer;
  let firefox: FirefoxWithExtension;

  beforeAll(async () => ({ server, firefox } = await startFirefoxSession()));
  afterAll(() => endFirefoxSession(server, firefox));

  it('installs the Firefox build (MV2) under its gecko id', () => {
    const manifest = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(firefox.addonId).toBe(geckoId());
  });

  it('paints every programme name on a notice served as a portal', async () => {
    const { page, errors } = await openPage(firefox, pageUrl(PORTAL_HOST, NOTICE));
    await expectHighlights(page, NOTICE_MENTIONS);
    // Reading a page mounts no UI.
    expect(await hasUiHost(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a card for a hovered name and closes it on Esc', async () => {
    const { page } = await openPage(firefox, pageUrl(PORTAL_HOST, NOTICE));
    await expectHighlights(page, NOTICE_MENTIONS);
    const name = '外国资深学者研究基金项目';
    const point = await mentionPoint(page, name);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    // The hover dwell is 500 ms; a loaded machine may take longer to show it.
    await expect.poll(() => openCard(page), { timeout: 15_000, interval: 100 }).not.toBeNull();
    const card = (await openCard(page))!;
    expect(card.name).toContain(name);
    expect(card.text).toContain('Research Fund for International Senior Scientists');

    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page), { timeout: 15_000, interval: 100 }).toBeNull();
    await page.close();
  });

  it("shows the notice's distinct programmes on the toolbar badge (MV2 browserAction)", async () => {
    const { page } = await openPage(firefox, pageUrl(PORTAL_HOST, NOTICE));
    await expectHighlights(page, NOTICE_MENTIONS);
    // The badge is read through the extension's own API, from one of its pages: WebDriver BiDi
    // does not reach the toolbar.
    const reader = await openExtensionPage(firefox, 'popup.html');
    const badge = () =>
      reader.evaluate(async (url) => {
        const [tab] = await browser.tabs.query({ url });
        // Firefox's MV2 build has `browserAction`, with the same badge methods as MV3's `action`.
        const button = (browser as unknown as { browserAction: typeof browser.action }).browserAction;
        return tab?.id === undefined ? null : button.getBadgeText({ tabId: tab.id });
      }, pageUrl(PORTAL_HOST, NOTICE));
    // Fourteen mentions, eleven rows of the popup's list: ten programmes (some named in several
    // ways) and the ambiguous 国合专项, counted once (core/mention-groups.ts).
    await expect.poll(badge, { timeout: 15_000, interval: 100 }).toBe('11');
    await reader.close();
    await page.close();
  });
});
