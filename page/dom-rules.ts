/**
 * How the walker treats an element: skip its subtree, treat it as a block (text on either side
 * belongs to different runs), or as inline (its text joins the surrounding run).
 *
 * Tag lists decide the common cases without asking for computed style (fast); elements the
 * lists do not know (custom elements, rare tags) ask `getComputedStyle` once.
 */
import { UI_HOST_TAG } from './constants';

export type ElementKind = 'skip' | 'block' | 'inline';

/** Never scanned: not text the reader sees, or text the reader is editing. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'OPTGROUP', 'DATALIST', 'BUTTON', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT',
  'EMBED', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/**
 * Phrasing elements that do not start a new line by default. `<br>` and `<wbr>` are handled
 * apart (a `<br>` ends a run; `<wbr>` is an invisible break opportunity and joins).
 */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I',
  'INS', 'KBD', 'LABEL', 'MARK', 'Q', 'RUBY', 'RB', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE',
  'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'BIG', 'NOBR', 'IMG', 'SLOT',
]);

/** Block-level by default (and table parts, list items, form rows). */
const BLOCK_TAGS = new Set([
  'HTML', 'BODY', 'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS',
  'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'MENU',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT',
  'TR', 'TD', 'TH', 'UL', 'IFRAME', 'FRAME', 'FRAMESET', 'BR', 'RT', 'RP', 'OUTPUT', 'METER',
  'PROGRESS',
]);

/** Computed display values that keep text flowing in the surrounding line. */
const INLINE_DISPLAYS = new Set(['inline', 'contents', 'ruby', 'ruby-base', 'ruby-text']);

export function classifyElement(el: Element): ElementKind {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || tag === UI_HOST_TAG.toUpperCase()) return 'skip';
  // `hidden` hides the subtree unless the author's CSS overrides it, which is rare; skipping
  // it saves walking collapsed menus and off-screen tab panels.
  if (el.hasAttribute('hidden')) return 'skip';
  if (isEditableRoot(el)) return 'skip';
  if (INLINE_TAGS.has(tag)) return 'inline';
  if (BLOCK_TAGS.has(tag)) return 'block';
  return displayKind(el);
}

/**
 * The subtree is being edited by the reader: highlighting it would flicker under the caret and
 * hover cards would get in the way. (Its descendants are skipped with it.)
 */
function isEditableRoot(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

function displayKind(el: Element): ElementKind {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'block';
  const display = view.getComputedStyle(el).display;
  if (display === 'none') return 'skip';
  // '' only where no layout engine computes display (test DOMs): the CSS initial value, inline.
  return display === '' || INLINE_DISPLAYS.has(display) ? 'inline' : 'block';
}
