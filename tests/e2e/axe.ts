/**
 * axe-core in a Chromium page, for the e2e accessibility checks of the extension's pages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const AXE_SOURCE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe on the page (or on the `include` selectors only) and returns one line per violation.
 * Extension pages forbid inline scripts (CSP script-src 'self'), so addScriptTag is refused;
 * evaluating the source through the DevTools protocol is not subject to the page's CSP.
 */
export async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selectors) => {
    type Result = { violations: { id: string; help: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run(context?: unknown): Promise<Result> } }).axe;
    const result = await (selectors ? axe.run({ include: selectors.map((s) => [s]) }) : axe.run());
    return result.violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, include);
}

/** Runs axe on the open card inside the extension's shadow-root host (`hostTag`); one line per violation. */
export async function cardAxeViolations(page: Page, hostTag: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (host) => {
    type Result = { violations: { id: string; help: string }[] };
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<Result> } }).axe;
    // axe reaches into the open shadow root through `fromShadowDom`.
    const result = await axe.run({ include: { fromShadowDom: [host, '.gl-card'] } });
    return result.violations.map((v) => `${v.id}: ${v.help}`);
  }, hostTag);
}
