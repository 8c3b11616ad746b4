/**
 * The battery's pages and what the extension must do on them, with the probes that read a page
 * from its main world, as a page script would see it. Nothing here drives a browser: the
 * Chromium layer (playwright-core, battery-support.ts) and the Firefox layer (puppeteer-core,
 * tests/firefox/) pass these functions to their own `evaluate` / init-script calls.
 *
 * Every `*InPage` function and `installMutationLog` runs inside the page: it is sent as source
 * text, so it must use nothing from this module but its own argument.
 */
import { HIGHLIGHT_NAMES, UI_HOST_TAG } from '../../page/constants';

export { HIGHLIGHT_NAMES, UI_HOST_TAG };

/** A default portal (core/portals.ts): the manifest's content script runs there. */
export const PORTAL_HOST = 'www.nsfc.gov.cn';
/** The test server without a portal name: the content script does not run there. */
export const PLAIN_HOST = '127.0.0.1';

/** pages/battery/notice.html, and every mention on it the extension must highlight. */
export const NOTICE = '/battery/notice.html';
export const NOTICE_MENTIONS = [
  '国家自然科学基金国际（地区）合作研究与交流项目',
  '重点国际（地区）合作研究项目', // <b>重点</b> starts the name: one mention over two text nodes
  '组织间国际(地区)合作研究与交流项目',
  '外国学者研究基金项目',
  '重点国际（地区）合作研究项目',
  '重点合作研究项目',
  '组织间合作研究项目',
  '组织间项目',
  '外国青年学者研究基金项目',
  '外国优秀青年学者研究基金项目',
  '外国资深学者研究基金项目',
  '政府间国际科技创新合作”重点专项',
  '国际科技合作专项', // the 2001–2015 programme (most-legacy-intl)
  '国合专项', // ambiguous: most-legacy-intl or most-intl
];

/** pages/battery/form.html, and its own mentions (the <select>'s options are form controls: skipped). */
export const FORM = '/battery/form.html';
export const FORM_MENTIONS = ['政府间国际科技创新合作重点专项', '重点国际（地区）合作研究项目'];

/** What a user would see of form.html's fields: values, the focused field, its caret and selection. */
export interface FieldState {
  step: string;
  title: string;
  abstract: string;
  /** The contenteditable editor's markup and its text as rendered. */
  editor: string;
  editorText: string;
  focused: string | null;
  selection: string;
}

/** In page (form.html): the fields' state after the step named `step`. */
export function formFieldsInPage(step: string): FieldState {
  const title = document.querySelector<HTMLInputElement>('#title')!;
  const abstract = document.querySelector<HTMLTextAreaElement>('#abstract')!;
  const editor = document.querySelector<HTMLElement>('#editor')!;
  const active = document.activeElement as HTMLInputElement | HTMLTextAreaElement | HTMLElement | null;
  let selection: string;
  if (active && 'selectionStart' in active) {
    selection = `${active.selectionStart}-${active.selectionEnd} ${active.selectionDirection}`;
  } else {
    const s = getSelection()!;
    const where = (node: Node | null) =>
      node ? `${node.nodeName}#${Array.prototype.indexOf.call(node.parentNode?.childNodes ?? [], node)}` : 'none';
    selection = `${where(s.anchorNode)}:${s.anchorOffset} ${where(s.focusNode)}:${s.focusOffset} ${s.toString()}`;
  }
  return {
    step,
    title: title.value,
    abstract: abstract.value,
    editor: editor.innerHTML,
    editorText: editor.innerText,
    focused: active?.id || active?.nodeName || null,
    selection,
  };
}

/** A realistic portal page the extension must leave exactly as it is. */
export interface UntouchedCase {
  path: string;
  /** Highlighted texts per frame, the top document first (shadow roots count as their document). */
  frames: string[][];
  /** A mention to hover (its card must open), in the top document. */
  hover: string;
  /** Page script the test runs (in the page) after scanning, on both hosts alike (e.g. re-rendering). */
  act?: () => void;
  /** Highlights of the top document after `act`. */
  after?: string[];
}

export const UNTOUCHED_CASES: UntouchedCase[] = [
  {
    path: NOTICE,
    frames: [NOTICE_MENTIONS],
    hover: '外国资深学者研究基金项目',
  },
  {
    path: '/battery/guide.html',
    frames: [
      [
        '国际（地区）合作研究与交流项目',
        '重点国际（地区）合作研究项目',
        '组织间国际（地区）合作研究与交流项目',
        '组织间合作研究项目',
        '组织间合作交流项目',
        '外国学者研究基金项目',
        '重点国际（地区）合作研究项目',
        'Major International (Regional) Joint Research Program',
        '外国青年学者研究基金项目',
        'Research Fund for International Young Scientists',
        '外国优秀青年学者研究基金项目',
        'Research Fund for International Excellent Young Scientists',
        '外国资深学者研究基金项目',
        'Research Fund for International Senior Scientists',
        '重點國際（地區）合作研究項目',
      ],
    ],
    hover: 'Research Fund for International Young Scientists',
  },
  {
    path: FORM,
    // The <select>'s options, the <input>, <textarea> and the contenteditable editor are skipped.
    frames: [FORM_MENTIONS],
    hover: '重点国际（地区）合作研究项目',
  },
  {
    path: '/battery/rerender.html',
    frames: [['重点国际（地区）合作研究项目', '外国青年学者研究基金项目', '政府间国际科技创新合作重点专项']],
    hover: '外国青年学者研究基金项目',
    // Seven renders: text nodes reused, rewritten and replaced, as a reconciler does.
    act: () => (window as unknown as { rerender(n: number): void }).rerender(7),
    after: ['重点国际（地区）合作研究项目', '外国青年学者研究基金项目', '政府间国际科技创新合作重点专项'],
  },
  {
    path: '/battery/frames.html',
    frames: [['组织间国际（地区）合作研究与交流项目'], ['外国资深学者研究基金项目']],
    hover: '组织间国际（地区）合作研究与交流项目',
  },
];

/** In page: the text of every range in the highlight `name` of this document, sorted. */
export function highlightedTextsInPage(name: string): string[] {
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
}

/**
 * In page: the centre of the first line box of a painted mention with this text (of the
 * highlight `name`), scrolled into view if needed; null when no such mention is painted.
 */
export function mentionPointInPage({ name, text }: { name: string; text: string }): { x: number; y: number } | null {
  const highlight = CSS.highlights.get(name);
  for (const r of (highlight ?? []) as unknown as Iterable<AbstractRange>) {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    if (live.toString() !== text) continue;
    let rect = live.getClientRects()[0];
    if (!rect) continue;
    if (rect.top < 0 || rect.bottom > innerHeight) {
      // Bring its first line box into view (scrolling changes no DOM).
      scrollBy(0, rect.top - innerHeight / 3);
      rect = live.getClientRects()[0]!;
    }
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** In page: the open card inside the UI host (tag `hostTag`), null when no card is shown. */
export function cardBoxInPage(hostTag: string): { width: number; height: number; contentHeight: number; text: string } | null {
  const card = document.querySelector(hostTag)?.shadowRoot?.querySelector('.gl-card');
  if (!card) return null;
  const rect = card.getBoundingClientRect();
  // The box's height is capped to the room beside the name; scrollHeight is the content's.
  return { width: rect.width, height: rect.height, contentHeight: card.scrollHeight, text: card.textContent ?? '' };
}

/**
 * Init script (in every frame, before any page script): a MutationObserver on the document and
 * on every shadow root the page attaches, logging each mutation record as one line. Records on
 * or inside the extension's UI host are counted apart (`__batteryUiMutations`): the host is the
 * one node the extension may add.
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

/** In page: what installMutationLog has logged so far. */
export function readMutationLogInPage(): MutationLog {
  const w = window as unknown as { __batteryMutations: string[]; __batteryUiMutations: number };
  const lines = [...w.__batteryMutations];
  return {
    lines,
    afterLoad: lines.filter((l) => l.startsWith('after-load')),
    uiMutations: w.__batteryUiMutations,
  };
}

/**
 * In page: the document as text: every element with its attributes (sorted), text, comments,
 * and the content of open shadow roots, leaving out the extension's UI host element only.
 */
export function serializeDomInPage(hostTag: string): string {
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
}

/**
 * In page: the open hover card as a user meets it: the dialog inside the extension's UI host
 * (tag `hostTag`), its accessible name (the element its aria-labelledby points to) and its
 * text; null when no card is shown.
 */
export function openCardInPage(hostTag: string): { name: string; text: string } | null {
  const root = document.querySelector(hostTag)?.shadowRoot;
  const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
  if (!root || !dialog) return null;
  const labelIds = (dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const name = labelIds.map((id) => root.getElementById(id)?.textContent ?? '').join(' ').trim();
  return { name: name || (dialog.getAttribute('aria-label') ?? ''), text: dialog.textContent ?? '' };
}
