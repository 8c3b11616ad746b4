/**
 * How the walker treats an element: skip its subtree, treat it as a block (text on either side
 * belongs to different runs), as inline (its text joins the surrounding run), or as a line
 * break inside the run (`<br>`: core/html-rules.ts).
 *
 * The tag table (core/html-rules.ts) decides the common cases without asking for computed
 * style (fast); elements it does not know (custom elements, rare tags) ask `getComputedStyle`
 * once. The command-line recognizer reads HTML files through this same walk
 * (scripts/html-text.ts).
 */
import { TAG_RULES } from '../core/html-rules';
import { UI_HOST_TAG } from './constants';
import { inDesignMode, isEditingHost } from './editable';

export type ElementKind = 'skip' | 'block' | 'inline' | 'break';

const UI_HOST = UI_HOST_TAG.toUpperCase();

/** Computed display values that keep text flowing in the surrounding line. */
const INLINE_DISPLAYS = new Set(['inline', 'contents', 'ruby', 'ruby-base', 'ruby-text']);

export function classifyElement(el: Element): ElementKind {
  const kind = walkKind(el);
  return kind === 'frame' ? 'block' : kind;
}

/**
 * classifyElement, with `<iframe>`/`<frame>` told apart from other blocks (the walker hands
 * frames over as roots of their own, page/run-walker.ts): one tag lookup per element walked.
 */
export function walkKind(el: Element): ElementKind | 'frame' {
  const tag = el.tagName.toUpperCase();
  const rule = TAG_RULES.get(tag);
  // Form fields and anything the reader is editing: highlighting would flicker under the
  // caret and hover cards would get in the way (page/editable.ts).
  if (rule === 'skip' || rule === 'field' || tag === UI_HOST) return 'skip';
  // `hidden` hides the subtree unless the author's CSS overrides it, which is rare; skipping
  // it saves walking collapsed menus and off-screen tab panels.
  if (el.hasAttribute('hidden')) return 'skip';
  if (isEditingHost(el)) return 'skip';
  if (tag === 'HTML' && inDesignMode(el.ownerDocument)) return 'skip';
  if (rule === 'inline') return 'inline';
  if (rule === 'break') return 'break';
  if (rule === 'frame') return 'frame';
  if (rule !== undefined) return 'block';
  return displayKind(el);
}

function displayKind(el: Element): ElementKind {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'block';
  const display = view.getComputedStyle(el).display;
  if (display === 'none') return 'skip';
  // '' only where no layout engine computes display (test DOMs): the CSS initial value, inline.
  return display === '' || INLINE_DISPLAYS.has(display) ? 'inline' : 'block';
}
