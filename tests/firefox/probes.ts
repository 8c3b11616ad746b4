/**
 * The battery's in-page probes (tests/e2e/battery-pages.ts) run through puppeteer-core in
 * Firefox. Everything is read from the page's main world, as a page script would see it.
 *
 * Firefox's content scripts reach the page through Xray wrappers, and `CSS.highlights` there is
 * the document's own HighlightRegistry: the ranges the content script registers are the ones a
 * page script reads, so the painted mentions are observed directly, not inferred.
 */
import { expect } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import {
  HIGHLIGHT_NAMES,
  UI_HOST_TAG,
  highlightedTextsInPage,
  mentionPointInPage,
  openCardInPage,
  readMutationLogInPage,
  serializeDomInPage,
  type MutationLog,
} from '../e2e/battery-pages';

/** The text of every range in the mention highlight of a frame's document, sorted. */
export function highlightedTexts(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(highlightedTextsInPage, HIGHLIGHT_NAMES.mention);
}

/** Waits until the frame's highlighted mentions are exactly `expected` (any order). */
export async function expectHighlights(frame: Page | Frame, expected: string[], timeout = 30_000): Promise<void> {
  await expect.poll(() => highlightedTexts(frame), { timeout, interval: 100 }).toEqual([...expected].sort());
}

/** Center of the first line box of a painted mention with this text, scrolled into view if needed. */
export async function mentionPoint(frame: Page | Frame, text: string): Promise<{ x: number; y: number }> {
  const point = await frame.evaluate(mentionPointInPage, { name: HIGHLIGHT_NAMES.mention, text });
  if (!point) throw new Error(`no highlighted mention "${text}" on the page`);
  return point;
}

/** The open hover card (its accessible name and text), or null. */
export function openCard(page: Page): Promise<{ name: string; text: string } | null> {
  return page.evaluate(openCardInPage, UI_HOST_TAG);
}

/** Whether the extension's UI host element is in the document. */
export function hasUiHost(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.querySelector(tag) !== null, UI_HOST_TAG);
}

export function readMutationLog(frame: Page | Frame): Promise<MutationLog> {
  return frame.evaluate(readMutationLogInPage);
}

/** The frame's DOM as text, leaving out the extension's UI host only. */
export function serializeDom(frame: Page | Frame): Promise<string> {
  return frame.evaluate(serializeDomInPage, UI_HOST_TAG);
}

/** Uncaught page errors and console errors/warnings of a page, collected from now on. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${(error as Error).message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') {
      errors.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  return errors;
}
