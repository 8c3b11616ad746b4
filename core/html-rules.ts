/**
 * How a reader of page text treats an HTML element, by its tag: the one table behind the page
 * engine's walk (page/dom-rules.ts, page/run-walker.ts), its "is the reader editing here?"
 * check (page/editable.ts) and, through that same walk, the command-line recognizer's reading
 * of HTML files (scripts/html-text.ts), so the two never disagree on what a page says.
 *
 * - `block`: starts on a new line; text on either side belongs to different runs (a name
 *   never joins across it);
 * - `inline`: phrasing content that stays in the line; its text joins the surrounding run
 *   (`<wbr>` too: an invisible break opportunity inside a word);
 * - `break`: `<br>`, a line break inside the run, not a boundary (issue 10): the run goes on
 *   with a line-break character between the text on either side, which the fold reads as it
 *   reads any line break — nothing inside CJK text (政府间国际科技创新<br>合作重点专项 is one
 *   name, as a PDF line break inside a name already is), a space between Latin words;
 * - `frame`: `<iframe>`/`<frame>`: another document (its children are fallback markup, never
 *   shown); ends the run, and the engine reads the frame's document as a root of its own;
 * - `skip`: not text the reader reads: scripts, styles, media, the document head, and form
 *   controls' parts (a button's caption, a list's options); never read, never joined across;
 * - `field`: a form field the reader types into or picks from. Skipped like `skip`, and
 *   "editable" for the hover card (no card, no focus move while the reader types).
 *
 * Tags not in the table (custom elements, rare or obsolete tags) are decided by their computed
 * `display` (page/dom-rules.ts). Tag names are upper case, as `Element.tagName` gives them
 * for HTML elements.
 *
 * Pure data: no DOM, no browser API.
 */

export type TagRule = 'block' | 'inline' | 'break' | 'frame' | 'skip' | 'field';

const RULES: ReadonlyArray<readonly [TagRule, string]> = [
  ['skip', 'SCRIPT STYLE NOSCRIPT TEMPLATE HEAD TITLE META LINK SVG MATH CANVAS VIDEO AUDIO OBJECT EMBED'],
  ['skip', 'BUTTON OPTION OPTGROUP DATALIST'],
  ['field', 'INPUT TEXTAREA SELECT'],
  [
    'inline',
    'A ABBR B BDI BDO BIG CITE CODE DATA DEL DFN EM FONT I IMG INS KBD LABEL MARK NOBR Q RB RUBY S SAMP ' +
      'SLOT SMALL SPAN STRIKE STRONG SUB SUP TIME TT U VAR WBR',
  ],
  [
    'block',
    'HTML BODY ADDRESS ARTICLE ASIDE BLOCKQUOTE CENTER DD DETAILS DIALOG DIR DIV DL DT FIELDSET ' +
      'FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LEGEND LI MAIN MENU NAV OL P PRE ' +
      'SECTION SUMMARY TABLE CAPTION THEAD TBODY TFOOT TR TD TH UL FRAMESET RT RP OUTPUT METER PROGRESS',
  ],
  ['break', 'BR'],
  ['frame', 'IFRAME FRAME'],
];

/** Tag name (upper case) → rule. */
export const TAG_RULES: ReadonlyMap<string, TagRule> = new Map(
  RULES.flatMap(([rule, tags]) => tags.split(' ').map((tag) => [tag, rule] as const)),
);

/** The rule for a tag name (any case), or undefined when computed display decides. */
export function tagRule(tagName: string): TagRule | undefined {
  return TAG_RULES.get(tagName.toUpperCase());
}

/**
 * A `contenteditable` attribute's value, read as the HTML standard reads it (ASCII case-
 * insensitive, not trimmed): `true`, the empty string and `plaintext-only` make the element
 * an editing host; `false` makes it, and what it contains, not editable; a missing or
 * unknown value ("yes", " true") inherits the parent's state.
 */
export function contentEditableState(value: string | null): 'editable' | 'not-editable' | 'inherit' {
  if (value === null) return 'inherit';
  const v = value.toLowerCase();
  if (v === '' || v === 'true' || v === 'plaintext-only') return 'editable';
  if (v === 'false') return 'not-editable';
  return 'inherit';
}
