/**
 * In Firefox, the page is untouched: on the battery's portal pages (a notice, a guide, an
 * application form, a page that re-renders itself, a page with a shadow root and an iframe) the
 * extension paints every mention and shows a card for a hovered one, yet the page's DOM (shadow
 * roots and frame documents included) is exactly what it is without the extension, apart from
 * the one UI host element the card lives in. The same witnesses as the Chromium battery
 * (tests/e2e/battery-untouched.test.ts), on the same pages:
 * - a MutationObserver installed before any page script (as the page's first script) logs every
 *   mutation; the log on the portal host must equal the log of the same steps on plain
 *   127.0.0.1, where the content script does not run;
 * - the serialized DOM after scanning and hovering must equal the plain host's.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { PAGES_DIR, type PageServer } from '../e2e/harness';
import {
  PLAIN_HOST,
  PORTAL_HOST,
  UI_HOST_TAG,
  UNTOUCHED_CASES,
  installMutationLog,
  type MutationLog,
  type UntouchedCase,
} from '../e2e/battery-pages';
import { endFirefoxSession, openPage, pageUrl, startFirefoxSession, type FirefoxWithExtension } from './harness';
import {
  expectHighlights,
  mentionPoint,
  openCard,
  readMutationLog,
  serializeDom,
} from './probes';

interface Observed {
  /** Mutation logs per frame once the page is read, before any hover. */
  scanned: MutationLog[];
  logs: MutationLog[];
  doms: string[];
  card: { name: string; text: string } | null;
  errors: string[];
}

/** The document frames.html embeds. */
const FRAME_CHILD = '/battery/frame-child.html';

/**
 * The page with installMutationLog as its first script (the first child of <head>), served the
 * same on both hosts. Not a WebDriver BiDi preload script (page.evaluateOnNewDocument): in
 * Firefox that runs in an iframe's initial about:blank document, whose window the frame's real
 * document then reuses, so the observer watched a document that was already gone (tried: the
 * iframe of frames.html logged nothing).
 */
function withMutationLog(html: string): string {
  const script = `<script>(${installMutationLog.toString()})(${JSON.stringify(UI_HOST_TAG)});</script>`;
  if (!/<head>/i.test(html)) throw new Error('a battery page without <head>');
  return html.replace(/<head>/i, (head) => head + script);
}

/** Where the portal run hovered each page (the plain run points at the same place). */
interface HoverPlace {
  x: number;
  y: number;
  scrollY: number;
}

/**
 * Waits until the page's event loop has nothing left that it had queued: two animation frames
 * and an idle period (the content script's rescans and reports run in this loop too).
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestIdleCallback(() => done(), { timeout: 5_000 })),
        ),
      ),
  );
}

describe('Firefox: the page is untouched', () => {
  let server: PageServer;
  let firefox: FirefoxWithExtension;
  const hoverPlaces = new Map<string, HoverPlace>();

  beforeAll(async () => {
    ({ server, firefox } = await startFirefoxSession());
    for (const path of [...UNTOUCHED_CASES.map((c) => c.path), FRAME_CHILD]) {
      server.routes.set(path, withMutationLog(readFileSync(resolve(PAGES_DIR, `.${path}`), 'utf8')));
    }
  });
  afterAll(() => endFirefoxSession(server, firefox));

  /** Loads a page on one host, lets the extension read it (portal), hovers a mention, acts. */
  async function observe(c: UntouchedCase, onPortal: boolean): Promise<Observed> {
    const { page, errors } = await openPage(firefox, pageUrl(onPortal ? PORTAL_HOST : PLAIN_HOST, c.path));
    await expect.poll(() => page.frames().length).toBe(c.frames.length);
    if (onPortal) {
      for (const [i, expected] of c.frames.entries()) await expectHighlights(page.frames()[i]!, expected);
    }
    await settle(page);
    const scanned = await Promise.all(page.frames().map(readMutationLog));

    let place = hoverPlaces.get(c.path);
    if (onPortal) {
      const point = await mentionPoint(page, c.hover);
      place = { ...point, scrollY: await page.evaluate(() => scrollY) };
      hoverPlaces.set(c.path, place);
    } else {
      // Nothing is painted here: the pointer goes where the portal run found the mention.
      if (!place) throw new Error('observe the portal host first');
      await page.evaluate((y) => scrollTo(0, y), place.scrollY);
    }
    await page.mouse.move(place.x, place.y, { steps: 3 });
    let card: Observed['card'] = null;
    if (onPortal) {
      await expect.poll(() => openCard(page), { timeout: 15_000, interval: 100 }).not.toBeNull();
      card = await openCard(page);
    }
    if (c.act) {
      await page.evaluate(c.act);
      if (onPortal && c.after) await expectHighlights(page, c.after);
    }
    await settle(page);
    const logs = await Promise.all(page.frames().map(readMutationLog));
    const doms = await Promise.all(page.frames().map(serializeDom));
    await page.close();
    return { scanned, logs, doms, card, errors };
  }

  for (const c of UNTOUCHED_CASES) {
    it(`${c.path}: reading and hovering change nothing but the card's host`, async () => {
      const portal = await observe(c, true);
      const plain = await observe(c, false);

      // The observer works: it saw the parser build each document (from its first script on;
      // the iframe's small document gives 9 lines).
      for (const log of [...portal.logs, ...plain.logs]) expect(log.lines.length).toBeGreaterThan(5);
      // Reading the page mounts no UI; hovering adds the card's host, the one node allowed.
      expect(portal.scanned.map((l) => l.uiMutations)).toEqual(portal.scanned.map(() => 0));
      expect(portal.card?.name).toBeTruthy();
      expect(portal.logs[0]!.uiMutations).toBeGreaterThan(0);
      expect(plain.logs.map((l) => l.uiMutations)).toEqual(plain.logs.map(() => 0));
      // Same mutations (the page's own), same DOM, no errors, in every frame.
      for (const [i, log] of portal.logs.entries()) {
        expect(log.lines, `mutation log of frame ${i}`).toEqual(plain.logs[i]!.lines);
      }
      if (!c.act) for (const log of portal.logs) expect(log.afterLoad).toEqual([]);
      expect(portal.doms).toEqual(plain.doms);
      expect(portal.errors).toEqual([]);
      expect(plain.errors).toEqual([]);
    });
  }
});
