/**
 * The background in Chromium with the built extension: the toolbar badge counts what the popup
 * lists per tab (reported by the real content script) and clears on navigation; the
 * selection menu exists; user-site scripts are registered by the real scripting API from
 * settings and permissions, and a second reconcile leaves them alone; the popup's page
 * sections (PagePanel: SiteControls, OnThisPage) talk to the real content script and settings.
 *
 * Not here: the optional-permission prompt (permissions.request). Headless Chromium shows it
 * with nobody to answer and automation cannot reach it, so the flow around it is tested with
 * mocks in tests/dom/sites*.test.ts; here the registration half runs against the real API
 * on a host the extension already holds (a default portal written into userSites directly).
 */
import type { Browser } from 'wxt/browser';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  noticePage,
  openPopupOn as openPopupOnTab,
  startPageServer,
  tabIdOf as tabIdOfIn,
  type ExtensionBrowser,
  type PageServer,
} from './harness';
import { axeViolations } from './axe';

/** The extension API inside `serviceWorker.evaluate` callbacks, which run in the worker. */
declare const chrome: typeof Browser;

const PORTAL = 'www.nsfc.gov.cn';
const OTHER_PORTAL = 'service.most.gov.cn';


describe('background', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startPageServer();
    server.routes.set(
      '/two.html',
      noticePage(
        '<h1>关于申报2025年度重点国际（地区）合作研究项目的通知</h1>' +
          '<p>重点国际（地区）合作研究项目每年受理一次。另见外国学者研究基金项目。</p>',
      ),
    );
    server.routes.set('/one.html', noticePage('<p>政府间国际科技创新合作重点专项 2025 年度第一批申报指南。</p>'));
    server.routes.set('/none.html', noticePage('<p>本页没有任何项目名称。</p>'));
    browser = await launchWithExtension({ port: server.port, hosts: [PORTAL, OTHER_PORTAL] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const tabIdOf = (url: string) => tabIdOfIn(browser, url);
  const badgeOf = (tabId: number) =>
    browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  it('shows the distinct programmes per tab and clears when the tab navigates', async () => {
    const first = await browser.context.newPage();
    await first.goto(`http://${PORTAL}/two.html`);
    const firstId = await tabIdOf(`http://${PORTAL}/two.html`);
    await expect.poll(() => badgeOf(firstId), { timeout: 10_000 }).toBe('2');

    const second = await browser.context.newPage();
    await second.goto(`http://${OTHER_PORTAL}/one.html`);
    const secondId = await tabIdOf(`http://${OTHER_PORTAL}/one.html`);
    await expect.poll(() => badgeOf(secondId), { timeout: 10_000 }).toBe('1');
    expect(await badgeOf(firstId)).toBe('2');

    await first.goto(`http://${PORTAL}/none.html`);
    await expect.poll(() => badgeOf(firstId), { timeout: 10_000 }).toBe('');
    expect(await badgeOf(secondId)).toBe('1');
    await first.close();
    await second.close();
  });

  it('has created the selection lookup menu', async () => {
    // contextMenus has no getter: updating an id that does not exist fails, so this checks it.
    const exists = await browser.serviceWorker.evaluate(
      () =>
        new Promise<boolean>((resolve) =>
          chrome.contextMenus.update('grant-lens-lookup', {}, () => resolve(!chrome.runtime.lastError)),
        ),
    );
    expect(exists).toBe(true);
  });

  it('registers user-site scripts through the real scripting API, once, and removes them', async () => {
    const registered = () =>
      browser.serviceWorker.evaluate(async () =>
        (await chrome.scripting.getRegisteredContentScripts()).map(({ id, matches, js, allFrames, runAt, persistAcrossSessions }) => ({
          id, matches, js, allFrames, runAt, persistAcrossSessions,
        })),
      );
    const setSites = (userSites: string[], marker: string) =>
      browser.serviceWorker.evaluate(
        async ([sites, style]) => chrome.storage.sync.set({ settings: { userSites: sites, highlightStyle: style }, 'settings$': { v: 2 } }),
        [userSites, marker] as const,
      );

    // A settings change makes the background reconcile; the origin is granted (a default portal).
    await setSites([`http://${PORTAL}`], 'underline');
    const expected = [
      {
        id: `grant-lens-user-site:http://${PORTAL}`,
        matches: [`http://${PORTAL}/*`],
        js: ['content-scripts/highlighter.js'],
        allFrames: true,
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ];
    await expect.poll(registered, { timeout: 10_000 }).toEqual(expected);

    // Another change: the registration Chromium reports back is recognised as up to date, so
    // nothing is registered again (counted by wrapping the API the background calls).
    await browser.serviceWorker.evaluate(() => {
      const scope = globalThis as unknown as { registerCalls: number };
      const original = chrome.scripting.registerContentScripts.bind(chrome.scripting);
      scope.registerCalls = 0;
      chrome.scripting.registerContentScripts = ((scripts: Browser.scripting.RegisteredContentScript[]) => {
        scope.registerCalls++;
        return original(scripts);
      }) as typeof chrome.scripting.registerContentScripts;
    });
    await setSites([`http://${PORTAL}`], 'background');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await registered()).toEqual(expected);
    expect(await browser.serviceWorker.evaluate(() => (globalThis as unknown as { registerCalls: number }).registerCalls)).toBe(0);
    // ...and the wrapper does count: a new site is registered through it.
    await setSites([`http://${PORTAL}`, `http://${OTHER_PORTAL}`], 'background');
    await expect
      .poll(() => browser.serviceWorker.evaluate(() => (globalThis as unknown as { registerCalls: number }).registerCalls), { timeout: 10_000 })
      .toBe(1);

    // A site without permission is kept in settings but gets no script; a removed site loses it.
    await setSites(['https://kyc.example.edu.cn'], 'underline');
    await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
  });

  const openPopupOn = (url: string) => openPopupOnTab(browser, url);

  it('popup sections: programmes on the page with counts, the portal switch, no axe violation', async () => {
    const notice = await browser.context.newPage();
    await notice.goto(`http://${PORTAL}/two.html`);
    const popup = await openPopupOn(`http://${PORTAL}/two.html`);
    const rows = popup.locator('.gl-mention');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    expect(await rows.first().textContent()).toMatch(/×2/);

    const violations = await axeViolations(popup, ['.gl-on-this-page', '.gl-site-controls']);
    expect(violations).toEqual([]);

    const toggle = popup.getByRole('switch', { name: 'Highlight on this site' });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect
      .poll(() => browser.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings), { timeout: 10_000 })
      .toMatchObject({ disabledPortals: [PORTAL] });
    await toggle.check();
    await expect
      .poll(() => browser.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings), { timeout: 10_000 })
      .toMatchObject({ disabledPortals: [] });

    // A click asks the page to reveal the programme and closes the popup.
    const closed = popup.waitForEvent('close');
    await rows.first().click();
    await closed;
    await notice.close();
  });
});
