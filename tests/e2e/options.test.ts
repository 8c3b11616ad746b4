/**
 * The options page in Chromium with the built extension: changes persist across a reload; a
 * corrupt or old settings object written straight into storage (through the service worker)
 * shows defaults for the bad fields and keeps the good ones; axe finds no violation, light or
 * dark.
 */
import type { Browser } from 'wxt/browser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { axeViolations } from './axe';

/** The extension API inside `serviceWorker.evaluate` callbacks, which run in the worker. */
declare const chrome: typeof Browser;


/** Raw settings storage, as the service worker sees it. */
function readStorage(browser: ExtensionBrowser): Promise<Record<string, unknown>> {
  return browser.serviceWorker.evaluate(() => chrome.storage.sync.get(null));
}
function writeStorage(browser: ExtensionBrowser, items: Record<string, unknown>): Promise<void> {
  return browser.serviceWorker.evaluate(async (values) => {
    await chrome.storage.sync.clear();
    await chrome.storage.sync.set(values);
  }, items);
}

describe('options page', () => {
  let browser: ExtensionBrowser;
  let optionsUrl: string;
  beforeAll(async () => {
    browser = await launchWithExtension();
    optionsUrl = `chrome-extension://${browser.extensionId}/options.html`;
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => writeStorage(browser, {}));

  async function openOptions(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(optionsUrl);
    await page.locator('h1').waitFor();
    return page;
  }

  it('is declared as the options page, opening in a tab', async () => {
    const manifest = await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('saves changes at once, and they survive a reload', async () => {
    const page = await openOptions();
    const saved = page.getByTestId('save-status');

    await page.locator('#highlight-enabled').uncheck();
    await expect.poll(() => saved.textContent(), { timeout: 10_000 }).toContain('Saved');
    await page.locator('#look-background').check();
    await page.locator('#portal-www-most-gov-cn').uncheck();
    await page.locator('#ui-language').selectOption('zh');
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('Grant Lens 设置');
    await expect.poll(() => saved.textContent(), { timeout: 10_000 }).toContain('已保存');

    await page.reload();
    await page.locator('h1').waitFor();
    expect(await page.locator('#highlight-enabled').isChecked()).toBe(false);
    expect(await page.locator('#look-background').isChecked()).toBe(true);
    expect(await page.locator('#portal-www-most-gov-cn').isChecked()).toBe(false);
    expect(await page.locator('#portal-www-nsfc-gov-cn').isChecked()).toBe(true);
    expect(await page.locator('#ui-language').inputValue()).toBe('zh');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');

    const stored = await readStorage(browser);
    expect(stored.settings).toEqual({
      highlightEnabled: false,
      highlightStyle: 'background',
      uiLanguage: 'zh',
      disabledPortals: ['www.most.gov.cn'],
      userSites: [],
    });
    expect(stored['settings$']).toEqual({ v: 2 });
    await page.close();
  });

  it('shows defaults for corrupt fields, keeps the good ones and names what was reset', async () => {
    await writeStorage(browser, {
      settings: {
        highlightEnabled: 'yes please',
        highlightStyle: 'background',
        uiLanguage: 42,
        disabledPortals: ['www.nsfc.gov.cn', { bad: true }],
        userSites: ['https://kyc.example.edu.cn', 'javascript:alert(1)'],
        somethingElse: [1, 2, 3],
      },
      'settings$': { v: 2 },
    });
    const page = await openOptions();
    expect(await page.locator('#highlight-enabled').isChecked()).toBe(true); // default
    expect(await page.locator('#look-background').isChecked()).toBe(true); // kept
    expect(await page.locator('#ui-language').inputValue()).toBe('auto'); // default
    expect(await page.locator('#portal-www-nsfc-gov-cn').isChecked()).toBe(false); // kept
    expect(await page.locator('.user-site .host').allTextContents()).toEqual(['https://kyc.example.edu.cn']);
    const notice = await page.locator('.notice').textContent();
    expect(notice).toContain('reset to their defaults');
    for (const named of ['highlightEnabled', 'uiLanguage', 'disabledPortals', 'javascript:alert(1)']) {
      expect(notice).toContain(named);
    }
    // The page is usable as it is: the next change stores a clean object, good fields intact.
    await page.locator('#look-underline').check();
    await expect.poll(async () => (await readStorage(browser)).settings, { timeout: 10_000 }).toEqual({
      highlightEnabled: true,
      highlightStyle: 'underline',
      uiLanguage: 'auto',
      disabledPortals: ['www.nsfc.gov.cn'],
      userSites: ['https://kyc.example.edu.cn'],
    });
    await page.close();
  });

  it('migrates settings stored by version 1 and keeps what the user had set', async () => {
    await writeStorage(browser, { settings: { enabled: false, style: 'bg', sites: ['kyc.example.edu.cn'] } });
    const page = await openOptions();
    expect(await page.locator('#highlight-enabled').isChecked()).toBe(false);
    expect(await page.locator('#look-background').isChecked()).toBe(true);
    expect(await page.locator('.user-site .host').allTextContents()).toEqual(['https://kyc.example.edu.cn']);
    expect(await page.locator('.notice').count()).toBe(0);
    const stored = await readStorage(browser);
    expect(stored['settings$']).toEqual({ v: 2 });
    expect(stored.settings).toEqual({ highlightEnabled: false, highlightStyle: 'background', userSites: ['kyc.example.edu.cn'] });
    await page.close();
  });

  it('refuses an invalid site inline', async () => {
    const page = await openOptions();
    await page.locator('#site-address').fill('ftp://files.example.org');
    await page.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => page.locator('#site-address-problem').textContent(), { timeout: 10_000 }).toContain('Only http and https');
    expect(await page.locator('#site-address').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations (${scheme}, with a site listed and an error shown)`, async () => {
      await writeStorage(browser, { settings: { userSites: ['https://kyc.example.edu.cn'] }, 'settings$': { v: 2 } });
      const page = await openOptions();
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('#site-address').fill('intranet');
      await page.getByRole('button', { name: 'Add site' }).click();
      await page.locator('#site-address-problem:not(:empty)').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
