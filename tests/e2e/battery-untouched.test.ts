/**
 * Battery: the page is untouched. On realistic portal pages (a notice, a guide with tables and
 * lists, an application form, a page that re-renders itself like React, a page with an open
 * shadow root and a same-origin iframe) the extension paints every mention and hovers a card,
 * yet the page's DOM (shadow roots and frame documents included) is exactly what it is
 * without the extension, apart from the one UI host element the card lives in.
 *
 * Two witnesses, both in the page's main world:
 * - a MutationObserver installed before any page script (and on every shadow root the page
 *   attaches) logs every mutation; the log on the portal host must equal the log of the same
 *   steps on plain 127.0.0.1, where the content script does not run;
 * - the serialized DOM after scanning and hovering must equal the plain host's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, type PageServer } from './harness';
import {
  UNTOUCHED_CASES,
  type UntouchedCase,
  endBatterySession,
  startBatterySession,
  PORTAL_HOST,
  UI_HOST_TAG,
  cardBox,
  collectPageErrors,
  expectHighlights,
  installMutationLog,
  mentionPoint,
  plainUrl,
  portalUrl,
  readMutationLog,
  serializeDom,
  type MutationLog,
} from './battery-support';

interface Observed {
  logs: MutationLog[];
  doms: string[];
  card: Awaited<ReturnType<typeof cardBox>>;
  errors: string[];
}

describe('battery: the page is untouched', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => ({ server, browser } = await startBatterySession()));
  afterAll(() => endBatterySession(server, browser));

  /** Loads a page on one host, lets the extension scan (portal) and hovers a mention. */
  async function observe(c: UntouchedCase, onPortal: boolean, hover: boolean): Promise<Observed> {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.addInitScript(installMutationLog, UI_HOST_TAG);
    await page.goto((onPortal ? portalUrl : plainUrl)(server.port, c.path), { waitUntil: 'load' });
    const frames = () => page.frames();
    await expect.poll(() => frames().length).toBe(c.frames.length);
    if (onPortal) {
      for (const [i, expected] of c.frames.entries()) await expectHighlights(frames()[i]!, expected);
    }
    let card: Observed['card'] = null;
    if (hover) {
      // The same mention's place on both hosts: on the plain host, where nothing is painted,
      // the pointer goes where the portal run found it (same page, same layout).
      const point = onPortal ? await mentionPoint(page, c.hover) : hoverPoints.get(c.path);
      if (!point) throw new Error('hover on the portal host first');
      hoverPoints.set(c.path, point);
      await page.mouse.move(point.x, point.y, { steps: 3 });
      if (onPortal) {
        await expect.poll(() => cardBox(page), { timeout: 10_000 }).not.toBeNull();
        card = await cardBox(page);
      }
    }
    if (c.act) {
      await page.evaluate(c.act);
      if (onPortal && c.after) await expectHighlights(page, c.after);
    }
    // Let anything the extension had queued (rescans, badge reports) run before reading.
    await page.waitForTimeout(400);
    const logs = await Promise.all(frames().map(readMutationLog));
    const doms = await Promise.all(frames().map(serializeDom));
    await page.close();
    return { logs, doms, card, errors };
  }

  const hoverPoints = new Map<string, { x: number; y: number }>();

  /** Same mutations (the page's own), same serialized DOM, no errors, in every frame. */
  function expectSamePage(c: UntouchedCase, portal: Observed, plain: Observed): void {
    // The observer works: it saw the parser build each document.
    for (const log of [...portal.logs, ...plain.logs]) expect(log.lines.length).toBeGreaterThan(10);
    for (const [i, log] of portal.logs.entries()) {
      expect(log.lines, `mutation log of frame ${i}`).toEqual(plain.logs[i]!.lines);
    }
    // Static pages have no mutation at all once loaded.
    if (!c.act) for (const log of portal.logs) expect(log.afterLoad).toEqual([]);
    expect(plain.logs.map((l) => l.uiMutations)).toEqual(plain.logs.map(() => 0));
    expect(portal.doms).toEqual(plain.doms);
    expect(portal.errors).toEqual([]);
    expect(plain.errors).toEqual([]);
  }

  for (const c of UNTOUCHED_CASES) {
    it(`${c.path}: scanning changes nothing`, async () => {
      const portal = await observe(c, true, false);
      const plain = await observe(c, false, false);
      expectSamePage(c, portal, plain);
      // Reading a page mounts no UI at all.
      expect(portal.logs.map((l) => l.uiMutations)).toEqual(portal.logs.map(() => 0));
    });

    it(`${c.path}: hovering a mention shows a card and changes nothing else`, async () => {
      const portal = await observe(c, true, true);
      const plain = await observe(c, false, true);
      expect(portal.card?.text).toBeTruthy();
      // The card's host was added (the one node the extension may add), nothing else.
      expect(portal.logs[0]!.uiMutations).toBeGreaterThan(0);
      expectSamePage(c, portal, plain);
    });
  }
});
