/**
 * The text a browser would show for an HTML document, as blocks: for the command-line
 * recognizer (scripts/recognize.ts), which must never join a name across two paragraphs,
 * table cells or list items (the page engine does the same with block boundaries).
 *
 * Parsing is happy-dom's HTML parser (entities, unclosed tags, comments handled like a
 * browser); scripts never run. Within a block, whitespace collapses to one space as CSS
 * `white-space: normal` does, except inside <pre>/<textarea>; <br> is a line break inside
 * its block. Skipped: script, style, template, noscript, head, and elements marked hidden
 * (the `hidden` attribute, `display:none`/`visibility:hidden` in a style attribute).
 */
import { Window } from 'happy-dom';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS']);

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TEXTAREA', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'SELECT', 'BUTTON', 'LABEL',
]);

const PRESERVES_WHITESPACE = new Set(['PRE', 'TEXTAREA', 'LISTING', 'PLAINTEXT', 'XMP']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** CSS white space (not NBSP, not U+3000: those show as characters). */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
  hasAttribute?(name: string): boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The visible text of `html`, one string per block that has any text, in document order. */
export function htmlBlocks(html: string): string[] {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    const blocks: string[] = [];
    let current = '';
    /** Whether the current block's text comes from <pre> (its spaces are shown, not trimmed). */
    let currentPreserved = false;
    const endBlock = () => {
      if (current.trim() !== '') blocks.push(currentPreserved ? current : trimCollapsed(current));
      current = '';
      currentPreserved = false;
    };
    const walk = (node: DomNode, preserve: boolean) => {
      if (node.nodeType === TEXT_NODE) {
        const data = node.textContent ?? '';
        current += preserve ? data : data.replace(COLLAPSIBLE, ' ');
        currentPreserved ||= preserve;
        return;
      }
      if (node.nodeType !== ELEMENT_NODE) return;
      const tag = node.nodeName.toUpperCase();
      if (SKIPPED.has(tag) || isHidden(node)) return;
      if (tag === 'BR') {
        current += '\n';
        return;
      }
      const block = BLOCKS.has(tag);
      if (block) endBlock();
      const keep = preserve || PRESERVES_WHITESPACE.has(tag);
      for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, keep);
      if (block) endBlock();
    };
    walk(document.documentElement as unknown as DomNode, false);
    endBlock();
    return blocks;
  } finally {
    window.close();
  }
}

function isHidden(element: DomNode): boolean {
  if (element.hasAttribute?.('hidden')) return true;
  const style = element.getAttribute?.('style');
  return style != null && HIDDEN_STYLE.test(style);
}

/** Collapsed spaces at the edges of a block (and around its line breaks) are not shown. */
function trimCollapsed(text: string): string {
  return text.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '').replace(/ *\n */g, '\n');
}

/** The visible text of `html`: blocks joined by line breaks (what the offsets refer to). */
export function htmlToText(html: string): string {
  return htmlBlocks(html).join('\n');
}
