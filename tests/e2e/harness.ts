/**
 * Shared e2e plumbing: a static page server on 127.0.0.1, and Debian's Chromium with the
 * built extension loaded, resolving the portal hostnames to that server.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser } from 'wxt/browser';

/** The extension API inside `serviceWorker.evaluate` callbacks and init scripts, which run in the browser. */
declare const chrome: typeof Browser;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const PAGES_DIR = resolve(import.meta.dirname, 'pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface PageServer {
  port: number;
  /** Extra pages served from memory, by path (e.g. "/generated.html"). */
  routes: Map<string, string>;
  close(): Promise<void>;
}

/**
 * Serves tests/e2e/pages (and in-memory routes) on 127.0.0.1, at a free port unless `port` is
 * given (the Firefox layer needs 80: it maps hostnames, not ports). Rejects if the port is taken.
 */
export async function startPageServer(
  { root = PAGES_DIR, port: wanted = 0 }: { root?: string; port?: number } = {},
): Promise<PageServer> {
  const routes = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const body = routes.get(path);
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html'] });
      res.end(body);
      return;
    }
    const file = resolve(root, '.' + path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const data = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(data);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(wanted, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    routes,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the built extension. `hosts` are resolved to 127.0.0.1:port so a
 * test page can be served as, e.g., http://www.nsfc.gov.cn/notice.html.
 */
export async function launchWithExtension(
  options: { port?: number; hosts?: string[]; colorScheme?: 'light' | 'dark'; lang?: string } = {},
): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'grant-lens-e2e-'));
  const rules = (options.hosts ?? [])
    .map((host) => `MAP ${host} 127.0.0.1:${options.port}`)
    .join(',');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    // `--lang` below picks the manifest's _locales; Playwright's own locale emulation (en-US
    // unless told) is what pages read as i18n.getUILanguage() and navigator.language.
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // Without these Chromium keeps calling home, and this machine refuses every connection.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(rules ? [`--host-resolver-rules=${rules}`] : []),
      // The browser's language, for the extension's _locales (e.g. 'zh-CN').
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  let [serviceWorker] = context.serviceWorkers();
  // A loaded machine can take a while to start the worker; Playwright's default is 30 s.
  serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 90_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Texts of the ranges in a frame's `grant-lens` highlight, in document order. */
export function paintedTexts(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const highlight = CSS.highlights.get('grant-lens');
    if (!highlight) return [];
    const ranges = [...highlight].map((r) => {
      const live = new Range();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live;
    });
    // Shadow-root ranges cannot be compared with document ones: put them after their host.
    const key = (r: Range) => {
      const root = r.startContainer.getRootNode();
      return root instanceof ShadowRoot ? root.host : r.startContainer;
    };
    ranges.sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === kb) return a.compareBoundaryPoints(Range.START_TO_START, b);
      return ka.compareDocumentPosition(kb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    return ranges.map((r) => r.toString());
  });
}

export async function waitForPainted(frame: Page | Frame, count: number): Promise<string[]> {
  await expect.poll(() => paintedTexts(frame), { timeout: 10_000 }).toHaveLength(count);
  return paintedTexts(frame);
}

/** The content script's answer to the popup's `grant-lens:get-mentions`, for the tab showing `url`. */
export function askMentions(browser: ExtensionBrowser, url: string): Promise<unknown> {
  return browser.serviceWorker.evaluate(async (tabUrl) => {
    const [tab] = await chrome.tabs.query({ url: tabUrl });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'grant-lens:get-mentions' });
  }, url);
}

/**
 * The id of the tab showing `url` (asked from the service worker). Only for hosts the
 * extension holds: elsewhere it cannot see a tab's address (use `activeTabId`).
 */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const id = await browser.serviceWorker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  if (id === undefined) throw new Error(`no tab at ${url}`);
  return id;
}

/**
 * The popup, opened as a page, as if over the tab showing `url`: its tabs.query answers with
 * that tab (the toolbar click that normally opens it cannot be made from automation).
 * Everything else is real: messages to the content script, settings.
 */
export async function openPopupOn(
  browser: ExtensionBrowser,
  url: string,
  viewport?: { width: number; height: number },
  tabId?: number,
): Promise<Page> {
  tabId ??= await tabIdOf(browser, url);
  const popup = await browser.context.newPage();
  if (viewport) await popup.setViewportSize(viewport);
  await popup.addInitScript((tab) => {
    const api = (globalThis as unknown as { chrome: typeof Browser }).chrome;
    api.tabs.query = (async () => [tab]) as unknown as typeof api.tabs.query;
  }, { id: tabId, url, index: 0 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return popup;
}

/** The id of the active tab of the last focused window: the page a test has just opened. */
export async function activeTabId(browser: ExtensionBrowser): Promise<number> {
  const id = await browser.serviceWorker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** A small Chinese notice page around `body`, for routes of the page server. */
export function noticePage(body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知</title></head><body>${body}</body></html>`;
}

/**
 * The usual suite set-up: a page server and Chromium with the built extension, `hosts` mapped
 * to the server, both closed after the suite. Read `session.server` / `session.browser` inside
 * the tests (they are set in beforeAll).
 */
export function extensionSession(hosts: string[]): { server: PageServer; browser: ExtensionBrowser } {
  const session = {} as { server: PageServer; browser: ExtensionBrowser };
  beforeAll(async () => {
    session.server = await startPageServer();
    session.browser = await launchWithExtension({ port: session.server.port, hosts });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
