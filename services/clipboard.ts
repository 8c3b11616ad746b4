/**
 * Writing text to the clipboard from every place a view runs: the extension's own pages
 * (secure contexts) and the hover card on any web page, http:// included, and in frames.
 *
 * First `navigator.clipboard.writeText`, where the context is secure and the API exists: the
 * asynchronous API leaves the selection and focus alone. It is missing on http:// pages
 * (`navigator.clipboard` needs a secure context) and refused in a cross-origin frame without
 * `allow="clipboard-write"`; there the copy falls back to `document.execCommand('copy')` over
 * a hidden, read-only <textarea> placed inside `fallbackRoot` (the card's own shadow root on
 * pages), after which the page's selection and focus are put back as they were.
 *
 * Why this fallback and not the background or an offscreen document: the copy runs inside the
 * click that asked for it (execCommand needs that user activation and no permission at all),
 * while an offscreen document needs the `offscreen` permission and does not exist in Firefox
 * MV2, and a copy in the background loses the activation and needs `clipboardWrite` (least
 * permissions). The textarea lives in the card's shadow tree, which the page's scripts and
 * MutationObservers do not see, so the page's content is never touched; deprecated as
 * execCommand is, every browser still implements 'copy' for exactly this case.
 */

export interface ClipboardService {
  /** Resolves once the text is on the clipboard; rejects when no way could put it there. */
  writeText(text: string): Promise<void>;
}

export interface ClipboardOptions {
  /**
   * Where the fallback's hidden textarea goes: the card's layer inside its shadow root on a
   * page, the body on an extension page. Null (nothing mounted): the fallback cannot run.
   */
  fallbackRoot(): ParentNode | null;
  /** The window whose clipboard API and document are used (tests pass happy-dom's). */
  win?: Window & typeof globalThis;
}

export function createClipboard(options: ClipboardOptions): ClipboardService {
  const win = options.win ?? window;
  return {
    async writeText(text) {
      // Insecure contexts have no navigator.clipboard at all; a window that cannot tell (no
      // isSecureContext) is asked anyway, and a refusal falls through to the selection.
      const api = win.isSecureContext === false ? undefined : win.navigator.clipboard;
      if (api?.writeText) {
        try {
          await api.writeText(text);
          return;
        } catch {
          // Refused (a frame without clipboard-write, a focus rule): the selection way below.
        }
      }
      const root = options.fallbackRoot();
      if (!root || !copyBySelection(text, root, win.document)) throw new Error('The browser refused to copy');
    },
  };
}

/**
 * The selection-based copy: select the text in a hidden textarea under `root`, ask the
 * document to copy, remove the textarea, give back the selection and focus. True when the
 * browser says it copied.
 */
export function copyBySelection(text: string, root: ParentNode, doc: Document): boolean {
  const selection = doc.getSelection();
  const saved: Range[] = [];
  for (let i = 0; selection && i < selection.rangeCount; i++) saved.push(selection.getRangeAt(i));
  const focused = deepActiveElement(doc);

  const area = doc.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.tabIndex = -1;
  area.setAttribute('aria-hidden', 'true');
  // Selectable (not display: none) but out of sight and out of the way of the pointer.
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;padding:0;border:0;opacity:0;pointer-events:none;';
  root.appendChild(area);
  try {
    area.focus({ preventScroll: true });
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    if (focused && focused !== doc.body && focused.isConnected) focused.focus({ preventScroll: true });
    if (selection) {
      selection.removeAllRanges();
      for (const range of saved) selection.addRange(range);
    }
  }
}

/** The focused element, looking inside shadow roots (the card's buttons live in one). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/**
 * Builds the clipboard of a view whose fallback root is only known to the view (the card's
 * layer inside its shadow root): the entrypoint hands this to the card surface.
 */
export type ClipboardFactory = (fallbackRoot: () => ParentNode | null) => ClipboardService;

export const clipboardFactory: ClipboardFactory = (fallbackRoot) => createClipboard({ fallbackRoot });
