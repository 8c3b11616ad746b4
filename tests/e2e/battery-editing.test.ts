/**
 * Battery: editing is safe. On an application form, typing programme names into an <input>,
 * a <textarea> and a contenteditable editor — key by key, as inserted text, and through an
 * IME composition — with the pointer resting on the field, then selecting and undoing,
 * gives exactly what the same steps give on the same page without the extension: the same
 * values, caret, selection and undo results. No card opens while typing, and nothing is
 * painted inside the fields. (A card does open for the page's own mentions afterwards, so
 * "no card" is not a card that never works.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, type PageServer } from './harness';
import {
  FORM,
  FORM_MENTIONS,
  formFieldsInPage,
  type FieldState,
  endBatterySession,
  startBatterySession,
  PORTAL_HOST,
  cardBox,
  collectPageErrors,
  expectHighlights,
  highlightedTexts,
  mentionPoint,
  plainUrl,
  portalUrl,
} from './battery-support';

function fieldState(page: Page, step: string): Promise<FieldState> {
  return page.evaluate(formFieldsInPage, step);
}

describe('battery: editing is safe', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => ({ server, browser } = await startBatterySession()));
  afterAll(() => endBatterySession(server, browser));

  /**
   * The same editing session on either host. On the portal host `check` runs after each step
   * (no card may be open); the trace of field states is returned for comparison.
   */
  async function editingSession(onPortal: boolean) {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto((onPortal ? portalUrl : plainUrl)(server.port, FORM));
    if (onPortal) await expectHighlights(page, FORM_MENTIONS);
    const cdp = await browser.context.newCDPSession(page);
    const trace: FieldState[] = [];
    const cardsSeen: string[] = [];
    const record = async (step: string) => {
      trace.push(await fieldState(page, step));
      const card = await cardBox(page);
      if (card) cardsSeen.push(`${step}: ${card.text.slice(0, 40)}`);
    };

    /** Clicks into a field, leaves the pointer resting on it, and types in three ways. */
    async function typeInto(selector: string, name: string) {
      const box = (await page.locator(selector).boundingBox())!;
      await page.mouse.click(box.x + box.width - 8, box.y + box.height / 2);
      // Key by key (real keydown/keypress/input/keyup per character).
      await page.keyboard.type('Research Fund for International Young Scientists', { delay: 5 });
      await record(`${name}: typed English`);
      // Inserted text, as a paste or an on-screen keyboard does.
      await page.keyboard.press('Enter');
      await page.keyboard.insertText('外国资深学者研究基金项目');
      await record(`${name}: inserted Chinese`);
      // An IME composition (pinyin candidates, then the committed characters).
      await page.keyboard.type(' ');
      for (const partial of ['z', 'zhong', 'zhongdian']) {
        await cdp.send('Input.imeSetComposition', {
          text: partial,
          selectionStart: partial.length,
          selectionEnd: partial.length,
        });
      }
      await record(`${name}: composing`);
      await cdp.send('Input.insertText', { text: '重点国际（地区）合作研究项目' });
      await record(`${name}: composed`);
      // The pointer moves over the field while the user types on.
      await page.mouse.move(box.x + 20, box.y + box.height / 2, { steps: 4 });
      await page.keyboard.type('2025', { delay: 20 });
      await record(`${name}: typed while hovering`);
      // Select the last word and part of the name, then undo twice and redo once.
      for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowLeft');
      await record(`${name}: selected`);
      await page.keyboard.press('Control+z');
      await record(`${name}: undo 1`);
      await page.keyboard.press('Control+z');
      await record(`${name}: undo 2`);
      await page.keyboard.press('Control+Shift+z');
      await record(`${name}: redo`);
    }

    await typeInto('#title', 'input');
    await typeInto('#abstract', 'textarea');
    await typeInto('#editor', 'contenteditable');
    // Give a (wrongly) pending card its chance to appear: longer than any hover dwell.
    await page.waitForTimeout(800);
    await record('after a pause on the field');

    const painted = onPortal ? await highlightedTexts(page) : [];
    await cdp.detach();
    return { page, trace, cardsSeen, painted, errors };
  }

  it('typing, composing, selecting and undoing give exactly what they give without the extension', async () => {
    const portal = await editingSession(true);
    const plain = await editingSession(false);

    expect(portal.trace).toEqual(plain.trace);
    // The trace is a real one: the session typed what it meant to.
    expect(plain.trace.find((s) => s.step === 'textarea: composed')?.abstract).toContain('重点国际（地区）合作研究项目');
    expect(plain.trace.find((s) => s.step === 'contenteditable: composed')?.editor).toContain('外国资深学者研究基金项目');
    expect(portal.cardsSeen).toEqual([]);
    // Nothing typed into the fields was painted: still only the form's own mentions.
    expect(portal.painted).toEqual([...FORM_MENTIONS].sort());
    expect(portal.errors).toEqual([]);
    expect(plain.errors).toEqual([]);

    // Control: the card works on this page, for the page's own text.
    const point = await mentionPoint(portal.page, '重点国际（地区）合作研究项目');
    await portal.page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => cardBox(portal.page), { timeout: 10_000 }).not.toBeNull();
    await portal.page.close();
    await plain.page.close();
  });
});
