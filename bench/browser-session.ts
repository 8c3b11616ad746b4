/**
 * One headless Chromium (Debian's, never a downloaded one) and one page server on
 * 127.0.0.1 for the whole benchmark. Pages, the bundled harness, mark.min.js and the
 * catalogues are served from memory: the browser makes no request beyond 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';
import { CHROMIUM_PATH, startPageServer, type PageServer } from '../tests/e2e/harness';

export const MARK_JS_PATH = resolve(import.meta.dirname, '../node_modules/mark.js/dist/mark.min.js');

/** The flags the e2e tests use (without them Chromium keeps calling home), plus expose-gc. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Lets the harness collect the garbage of building a matcher before the timed scan.
  '--js-flags=--expose-gc',
];

export interface BenchSession {
  server: PageServer;
  /** The page of the current browser (a new one after `restart`). */
  readonly page: Page;
  /** Chromium's version, as the browser reports it. */
  browserVersion: string;
  /**
   * Kills the browser and starts a new one: the only sure way to stop a run over its time
   * cap (a page stuck in one long task answers no protocol command, not even a terminate).
   */
  restart(): Promise<void>;
  /** Loads a served page afresh (a cold page for every measurement). */
  open(path: string): Promise<void>;
  close(): Promise<void>;
}

export async function startSession(harnessJs: string): Promise<BenchSession> {
  const server = await startPageServer();
  server.routes.set('/bench/harness.js', harnessJs);
  server.routes.set('/bench/mark.min.js', readFileSync(MARK_JS_PATH, 'utf8'));
  server.routes.set('/bench/blank.html', '<!doctype html><meta charset="utf-8"><title>blank</title><script src="/bench/harness.js"></script>');
  let browserServer: BrowserServer;
  let browser: Browser;
  let page: Page;
  const launch = async (): Promise<void> => {
    browserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    browser = await chromium.connect(browserServer.wsEndpoint());
    page = await browser.newPage();
    // A 10 MB page takes a while to parse and lay out on a shared 2-core machine.
    page.setDefaultNavigationTimeout(180_000);
    page.setDefaultTimeout(900_000);
  };
  await launch();
  const origin = `http://127.0.0.1:${server.port}`;
  return {
    server,
    get page() {
      return page;
    },
    browserVersion: browser!.version(),
    async restart() {
      await browserServer.kill();
      await launch();
    },
    async open(path) {
      await page.goto(origin + path, { waitUntil: 'load' });
    },
    async close() {
      await browser.close();
      await browserServer.close();
      await server.close();
    },
  };
}
