/**
 * Firefox plumbing: Debian's Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi,
 * with a fresh profile and the Firefox build (.output/firefox-mv2/) installed as a temporary
 * add-on; the e2e page server (tests/e2e/harness.ts) on port 80, where the portal hostnames
 * resolve.
 *
 * Firefox has no per-port host mapping like Chromium's --host-resolver-rules: the pref
 * `network.dns.localDomains` resolves the listed hostnames to this machine, so the pages are
 * served on the default HTTP port. The pref `extensions.webextensions.uuids` fixes the add-on's
 * moz-extension:// host, so its pages can be opened by address.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { vi } from 'vitest';
import { DEFAULT_PORTAL_HOSTS } from '../../core/portals';
import { startPageServer, type PageServer } from '../e2e/harness';
import { collectPageErrors } from './probes';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
/** The port Firefox reaches the portal hostnames on (no port in the address). */
export const PAGE_PORT = 80;
/** The add-on's moz-extension:// host in the test profile (any UUID would do; fixed for the addresses). */
export const EXTENSION_UUID = '6f1c3a52-0d4e-4b8a-9c27-3e5d8b1f4a60';

/** The add-on id Firefox installs the build under: the built manifest's gecko id (wxt.config.ts). */
export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${FIREFOX_EXTENSION_DIR}/manifest.json names no browser_specific_settings.gecko.id`);
  return id;
}

/** Serves tests/e2e/pages on 127.0.0.1:80, or says plainly why it cannot. */
export async function startPortalServer(): Promise<PageServer> {
  try {
    const server = await startPageServer({ port: PAGE_PORT });
    // Firefox asks for a favicon; an empty one keeps the console free of 404s.
    server.routes.set('/favicon.ico', '');
    return server;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new Error(
        `The Firefox tests serve their pages on 127.0.0.1:${PAGE_PORT} (Firefox maps portal hostnames to ` +
          `this machine, not to a port), and port ${PAGE_PORT} is taken. Stop whatever listens there ` +
          `(ss -ltnp 'sport = :${PAGE_PORT}') and run them again.`,
        { cause: error },
      );
    }
    if (code === 'EACCES') {
      throw new Error(
        `The Firefox tests serve their pages on port ${PAGE_PORT}, which needs root ` +
          '(or CAP_NET_BIND_SERVICE for node).',
        { cause: error },
      );
    }
    throw error;
  }
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** What `installExtension` answered: the add-on id Firefox installed the build under. */
  addonId: string;
  /** moz-extension://<EXTENSION_UUID>/<path> */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/**
 * Launches Firefox ESR headless with a fresh profile, resolving `hosts` (default: every default
 * portal) to this machine, and installs the Firefox build.
 */
export async function launchFirefox(
  { hosts = [...DEFAULT_PORTAL_HOSTS], prefs = {} }: { hosts?: string[]; prefs?: Record<string, unknown> } = {},
): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // WebDriver BiDi refuses to navigate a tab to a moz-extension:// page ("not allowed in this
    // context", Firefox's isWebdriverSafeNavigationURL) unless the remote agent has system
    // access. The tests open the popup and catalogue pages that way, as a user opens a bookmark.
    args: ['--remote-allow-system-access'],
    // A loaded two-core machine can take a while to start Firefox; puppeteer's default is 30 s.
    timeout: 120_000,
    protocolTimeout: 120_000,
    extraPrefsFirefox: {
      'network.dns.localDomains': hosts.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }),
      ...prefs,
    },
  });
  try {
    const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    return {
      browser,
      addonId,
      extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path}`,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * A test file's usual set-up: the page server on port 80 and Firefox with the build installed.
 * For `beforeAll`; `endFirefoxSession` in `afterAll`.
 */
export async function startFirefoxSession(
  options?: Parameters<typeof launchFirefox>[0],
): Promise<{ server: PageServer; firefox: FirefoxWithExtension }> {
  const server = await startPortalServer();
  try {
    return { server, firefox: await launchFirefox(options) };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** Closes what startFirefoxSession opened (either may be missing if the set-up failed). */
export async function endFirefoxSession(server?: PageServer, firefox?: FirefoxWithExtension): Promise<void> {
  await firefox?.close();
  await server?.close();
}

/**
 * Opens one of the add-on's pages (e.g. "popup.html") in a new tab and waits until it is loaded.
 *
 * Firefox's WebDriver BiDi reports no navigation events for a page that loads in the extension
 * process, so puppeteer's `goto` would wait for a load event that never comes: it is started
 * and left (closing the tab ends it), and the document itself says when it is there.
 */
export async function openExtensionPage(firefox: FirefoxWithExtension, path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  const url = firefox.extensionUrl(path);
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  await vi.waitFor(
    async () => {
      const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => 'navigating');
      if (state !== `${url} complete`) throw new Error(`${url} did not load (last seen: ${state})`);
    },
    { timeout: 60_000, interval: 100 },
  );
  return page;
}

/** A web page opened by `openPage`, with the errors it has logged since before it loaded. */
export interface OpenedPage {
  page: Page;
  /** Uncaught errors and console errors/warnings of the page (collectPageErrors). */
  errors: string[];
}

/** Opens a page in a new tab, collecting its errors from before it loads. */
export async function openPage(firefox: FirefoxWithExtension, url: string): Promise<OpenedPage> {
  const page = await firefox.browser.newPage();
  const errors = collectPageErrors(page);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return { page, errors };
}

/** The address of a test page on a portal host (the content script runs) or the plain host (it does not). */
export function pageUrl(host: string, path: string): string {
  return `http://${host}${path}`;
}

/** Fails early, with the command that fixes it, when Firefox ESR is not installed. */
export function assertFirefoxInstalled(): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox tests need Debian's Firefox ESR at ${FIREFOX_PATH}.\n` +
        'Install it with: apt-get update && apt-get install -y firefox-esr\n' +
        '(never let a tool download its own browser; it cannot here).',
    );
  }
}
