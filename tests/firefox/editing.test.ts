/**
 * In Firefox, typing into fields is intact: on an application form served as a portal, typing
 * programme names key by key into an <input>, a <textarea> and a contenteditable editor, with
 * the pointer then resting on the field, gives exactly the text typed, and exactly what the same
 * steps give on the same page without the extension (values, the editor's markup, focus, caret).
 * Nothing typed is painted, no card opens over a field; a card does open for the form's own
 * mention afterwards, so "no card" is not a card that never works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { PageServer } from '../e2e/harness';
import { FORM, FORM_MENTIONS, PLAIN_HOST, PORTAL_HOST, formFieldsInPage, type FieldState } from '../e2e/battery-pages';
import { endFirefoxSession, openPage, pageUrl, startFirefoxSession, type FirefoxWithExtension } from './harness';
import { expectHighlights, highlightedTexts, mentionPoint, openCard } from './probes';

const ENGLISH = 'Research Fund for International Young Scientists';
const CHINESE = '外国资深学者研究基金项目';
const FIELDS = [
  { selector: '#title', kind: 'input' },
  { selector: '#abstract', kind: 'textarea' },
  { selector: '#editor', kind: 'contenteditable' },
] as const;

describe('Firefox: typing into fields is intact', () => {
  let server: PageServer;
  let firefox: FirefoxWithExtension;

  beforeAll(async () => ({ server, firefox } = await startFirefoxSession()));
  afterAll(() => endFirefoxSession(server, firefox));

  /** The same typing session on either host; on the portal, cards seen after each step. */
  async function typingSession(onPortal: boolean) {
    const { page, errors } = await openPage(firefox, pageUrl(onPortal ? PORTAL_HOST : PLAIN_HOST, FORM));
    if (onPortal) await expectHighlights(page, FORM_MENTIONS);
    const trace: FieldState[] = [];
    const cardsSeen: string[] = [];
    const record = async (step: string) => {
      trace.push(await page.evaluate(formFieldsInPage, step));
      const card = await openCard(page);
      if (card) cardsSeen.push(`${step}: ${card.name}`);
    };
    for (const { selector, kind } of FIELDS) {
      const field = (await page.$(selector))!;
      await field.scrollIntoView();
      const box = (await field.boundingBox())!;
      // Near the field's right end (after any text), but inside the viewport: Firefox refuses a
      // click outside it, and a field can be wider than 800 px with the machine's fonts.
      const right = Math.min(box.x + box.width, page.viewport()?.width ?? 800);
      await page.mouse.click(right - 8, box.y + box.height / 2);
      await page.keyboard.type(ENGLISH);
      await record(`${kind}: typed English`);
      await page.keyboard.type(` ${CHINESE}`);
      await record(`${kind}: typed Chinese`);
      // The pointer moves over the field while the user types on.
      await page.mouse.move(box.x + 20, box.y + box.height / 2, { steps: 4 });
      await page.keyboard.type(' 2025');
      await record(`${kind}: typed while hovering`);
    }
    // A (wrongly) pending card gets its chance: twice the 500 ms hover dwell, pointer on the editor.
    await new Promise((done) => setTimeout(done, 1_000));
    await record('after a pause on the field');
    const painted = onPortal ? await highlightedTexts(page) : [];
    return { page, trace, cardsSeen, painted, errors };
  }

  it('gives exactly the text typed, as without the extension, and paints nothing in it', async () => {
    const portal = await typingSession(true);
    const plain = await typingSession(false);

    const typed = `${ENGLISH} ${CHINESE} 2025`;
    const last = portal.trace.at(-1)!;
    expect(last.title).toBe(typed);
    expect(last.abstract).toBe(typed);
    // The editor keeps its own text and gains exactly what was typed after it.
    expect(last.editorText.trim()).toBe(`已有合作基础：${typed}`);
    expect(portal.trace).toEqual(plain.trace);

    expect(portal.cardsSeen).toEqual([]);
    // Nothing typed was painted: still only the form's own mentions.
    expect(portal.painted).toEqual([...FORM_MENTIONS].sort());
    expect(portal.errors).toEqual([]);
    expect(plain.errors).toEqual([]);

    // Cards do work on this page: the form's own mention opens one.
    const point = await mentionPoint(portal.page, '重点国际（地区）合作研究项目');
    await portal.page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => openCard(portal.page), { timeout: 15_000, interval: 100 }).not.toBeNull();
    await portal.page.close();
    await plain.page.close();
  });
});
