/**
 * Shared helpers of the reliability and safety battery (tests/e2e/battery-*.test.ts).
 *
 * The battery compares each page as served on a default portal host (the content script runs)
 * with the same page served on plain 127.0.0.1 (it does not): whatever differs is the
 * extension's doing. Everything the helpers read is read from the page's main world, as a page
 * script (or a user) would see it.
 */
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { HIGHLIGHT_NAMES, UI_HOST_TAG } from '../../page/constants';

/** A default portal (core/portals.ts): the manifest's content script runs there. */
export const PORTAL_HOST = 'www.nsfc.gov.cn';

export const portalUrl = (port: number, path: string) => `http://${PORTAL_HOST}:${port}${path}`;
/** The same test server without a portal name: no content script, the page as it is. */
export const plainUrl = (port: number, path: string) => `http://127.0.0.1:${port}${path}`;

export { HIGHLIGHT_NAMES, UI_HOST_TAG };

/** The text of every range in the mention highlight of a frame's document, sorted. */
export async function highlightedTexts(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    if (!highlight) return [];
    const texts: string[] = [];
    for (const r of highlight as unknown as Iterable<AbstractRange>) {
      const live = document.createRange();
      try {
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        texts.push(live.toString());
      } catch {
        texts.push('<stale range>');
      }
    }
    return texts.sort();
  }, HIGHLIGHT_NAMES.mention);
}

/** Waits until the frame's highlighted mentions are exactly `expected` (any order). */
export async function expectHighlights(frame: Page | Frame, expected: string[], timeout = 15_000): Promise<void> {
  await expect.poll(() => highlightedTexts(frame), { timeout }).toEqual([...expected].sort());
}

/** Serves an empty favicon so the browser's own favicon request is no 404 console error. */
export function quietFavicon(routes: Map<string, string>): void {
  routes.set('/favicon.ico', '');
}

/** Console errors and uncaught page errors of a page, collected from now on. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      errors.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  return errors;
}

/**
 * Main-world script (page.addInitScript, so it runs in every frame before any page script):
 * a MutationObserver on the document and on every shadow root the page attaches, logging each
 * mutation record as one line. Records on or inside the extension's UI host are counted
 * apart (`__batteryUiMutations`): the host is the one node the extension may add.
 */
export function installMutationLog(uiHostTag: string): void {
  const w = window as unknown as {
    __batteryMutations: string[];
    __batteryUiMutations: number;
    __batteryLoaded: boolean;
  };
  w.__batteryMutations = [];
  w.__batteryUiMutations = 0;
  w.__batteryLoaded = false;
  const HOST = uiHostTag.toUpperCase();
  const isUi = (node: Node | null): boolean => {
    for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      if (n.nodeName === HOST) return true;
    }
    return false;
  };
  const path = (node: Node | null): string => {
    const parts: string[] = [];
    for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      const parent: Node | null = n.parentNode;
      const index = parent ? Array.prototype.indexOf.call(parent.childNodes, n) : 0;
      parts.push(`${n.nodeName}[${index}]`);
    }
    return parts.reverse().join('>');
  };
  const describe = (nodes: NodeList): string =>
    Array.prototype.map.call(nodes, (n: Node) => n.nodeName).join(',');
  const log = (records: MutationRecord[]): void => {
    for (const r of records) {
      const onlyUi =
        r.type === 'childList' &&
        [...r.addedNodes, ...r.removedNodes].length > 0 &&
        [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeName === HOST);
      if (isUi(r.target) || onlyUi) {
        w.__batteryUiMutations++;
        continue;
      }
      const when = w.__batteryLoaded ? 'after-load' : 'parsing';
      w.__batteryMutations.push(
        `${when} ${r.type} ${path(r.target)} ${r.attributeName ?? ''} +[${describe(r.addedNodes)}] -[${describe(r.removedNodes)}]`,
      );
    }
  };
  const observer = new MutationObserver(log);
  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  observer.observe(document, options);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    observer.observe(root, options);
    return root;
  };
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      // Parser insertions are all queued by now: log them, then mark the rest as "after load".
      log(observer.takeRecords());
      w.__batteryLoaded = true;
    },
    { capture: true },
  );
}

export interface MutationLog {
  lines: string[];
  afterLoad: string[];
  uiMutations: number;
}

export async function readMutationLog(frame: Page | Frame): Promise<MutationLog> {
  return frame.evaluate(() => {
    const w = window as unknown as { __batteryMutations: string[]; __batteryUiMutations: number };
    const lines = [...w.__batteryMutations];
    return {
      lines,
      afterLoad: lines.filter((l) => l.startsWith('after-load')),
      uiMutations: w.__batteryUiMutations,
    };
  });
}

/**
 * The frame's DOM as text: every element with its attributes (sorted), text, comments, and the
 * content of open shadow roots, leaving out the extension's UI host element only.
 */
export async function serializeDom(frame: Page | Frame): Promise<string> {
  return frame.evaluate((hostTag) => {
    const HOST = hostTag.toUpperCase();
    const out: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        out.push(JSON.stringify((node as Text).data));
        return;
      }
      if (node.nodeType === Node.COMMENT_NODE) {
        out.push(`<!--${(node as Comment).data}-->`);
        return;
      }
      if (node.nodeType === Node.DOCUMENT_TYPE_NODE) {
        out.push(`<!doctype ${(node as DocumentType).name}>`);
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const el = node as Element;
      if (el.nodeName === HOST) return;
      const attrs = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
      out.push(`<${el.nodeName} ${attrs.join(' ')}>`);
      if (el.shadowRoot) {
        out.push('#shadow-root(');
        el.shadowRoot.childNodes.forEach(walk);
        out.push(')');
      }
      const content = el instanceof HTMLTemplateElement ? el.content : el;
      content.childNodes.forEach(walk);
      out.push(`</${el.nodeName}>`);
    };
    document.childNodes.forEach(walk);
    return out.join('\n');
  }, UI_HOST_TAG);
}

/** Center of the n-th mention range (document order of insertion) in viewport coordinates. */
export async function mentionPoint(
  frame: Page | Frame,
  text: string,
): Promise<{ x: number; y: number }> {
  const point = await frame.evaluate(
    ({ name, text }) => {
      const highlight = CSS.highlights.get(name);
      for (const r of (highlight ?? []) as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.toString() !== text) continue;
        const rect = live.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    { name: HIGHLIGHT_NAMES.mention, text },
  );
  if (!point) throw new Error(`no highlighted mention "${text}" on the page`);
  return point;
}

/** The open card inside the UI host, as the page sees it (null when no card is shown). */
export async function cardBox(page: Page): Promise<{ width: number; height: number; text: string } | null> {
  return page.evaluate((hostTag) => {
    const card = document.querySelector(hostTag)?.shadowRoot?.querySelector('.gl-card');
    if (!card) return null;
    const rect = card.getBoundingClientRect();
    return { width: rect.width, height: rect.height, text: card.textContent ?? '' };
  }, UI_HOST_TAG);
}
