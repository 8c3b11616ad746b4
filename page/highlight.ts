/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per layer, registered in
 * `CSS.highlights` of each document that has mentions (a same-origin frame has its own
 * registry), filled with `StaticRange`s. The `::highlight()` rules go into a constructed
 * stylesheet adopted by the document and by each open shadow root (document styles do not
 * reach into shadow trees). Adopted sheets are not part of the DOM: the page's markup, and
 * its serialization, stay exactly as they were.
 *
 * Where the API is missing the painter does nothing; mentions are still found and hoverable.
 */
import type { HighlightLook } from '../core/settings';
import { HIGHLIGHT_NAMES, type HighlightLayer } from './constants';

/**
 * The `::highlight()` rules for a look. Soft marker colours that keep text readable in light
 * and dark pages; the active mention (hovered, revealed) is always painted stronger.
 */
export function highlightCss(look: HighlightLook): string {
  const mention =
    look === 'underline'
      ? 'text-decoration: underline dotted rgb(191 134 0); text-decoration-thickness: 2px;'
      : 'background-color: rgb(255 213 79 / 0.35);';
  const mentionDark =
    look === 'underline'
      ? 'text-decoration-color: rgb(255 213 79);'
      : 'background-color: rgb(255 213 79 / 0.22);';
  // A number that names no programme: the same faint dotted underline in both looks.
  return `
::highlight(${HIGHLIGHT_NAMES.mention}) { ${mention} }
::highlight(${HIGHLIGHT_NAMES.number}) { text-decoration: underline dotted rgb(110 118 129); text-decoration-thickness: 1px; }
::highlight(${HIGHLIGHT_NAMES.active}) {
  background-color: rgb(255 193 7 / 0.6);
  text-decoration: underline solid rgb(191 134 0);
}
@media (prefers-color-scheme: dark) {
  ::highlight(${HIGHLIGHT_NAMES.mention}) { ${mentionDark} }
  ::highlight(${HIGHLIGHT_NAMES.number}) { text-decoration-color: rgb(164 173 184); }
  ::highlight(${HIGHLIGHT_NAMES.active}) { background-color: rgb(255 213 79 / 0.45); }
}
`;
}

type HighlightRegistry = Map<string, Highlight>;
type HighlightWindow = Window & {
  Highlight?: typeof Highlight;
  CSS?: { highlights?: HighlightRegistry };
  CSSStyleSheet: typeof CSSStyleSheet;
};

interface DocumentPaint {
  registry: HighlightRegistry;
  highlights: Map<HighlightLayer, Highlight>;
  sheet: CSSStyleSheet | null;
}

export class HighlightPainter {
  private readonly documents = new Map<Document, DocumentPaint | null>();
  private readonly styledRoots = new Set<Document | ShadowRoot>();

  constructor(private look: HighlightLook = 'underline') {}

  /** Switches every document's rules to another look (the user changed the setting). */
  setLook(look: HighlightLook): void {
    if (look === this.look) return;
    this.look = look;
    for (const paint of this.documents.values()) paint?.sheet?.replaceSync(highlightCss(look));
  }

  /** Adds a range to a layer's highlight in the range's document. */
  add(range: AbstractRange, layer: HighlightLayer = 'mention'): void {
    const highlight = this.highlightFor(range.startContainer, layer);
    highlight?.add(range);
  }

  delete(range: AbstractRange, layer: HighlightLayer = 'mention'): void {
    const doc = range.startContainer.ownerDocument;
    const paint = doc && this.documents.get(doc);
    paint?.highlights.get(layer)?.delete(range);
  }

  /** Makes the `::highlight()` rules apply in a document or an open shadow root. */
  styleRoot(root: Document | ShadowRoot): void {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    const paint = doc && this.paintFor(doc);
    if (!paint?.sheet) return;
    const sheets = root.adoptedStyleSheets;
    // Pages that assign their own adoptedStyleSheets may have dropped ours: check every time.
    if (!sheets.includes(paint.sheet)) root.adoptedStyleSheets = [...sheets, paint.sheet];
    this.styledRoots.add(root);
  }

  /** Removes every highlight and stylesheet this painter added; safe to call twice. */
  dispose(): void {
    for (const paint of this.documents.values()) {
      if (!paint) continue;
      for (const [layer, highlight] of paint.highlights) {
        highlight.clear();
        // Another instance (after an extension reload) may own the name by now: leave it.
        const name = HIGHLIGHT_NAMES[layer];
        if (paint.registry.get(name) === highlight) paint.registry.delete(name);
      }
    }
    for (const root of this.styledRoots) {
      const paint = this.documents.get(root.nodeType === 9 ? (root as Document) : root.ownerDocument!);
      if (paint?.sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== paint.sheet);
    }
    this.documents.clear();
    this.styledRoots.clear();
  }

  private highlightFor(node: Node, layer: HighlightLayer): Highlight | null {
    const doc = node.ownerDocument;
    const paint = doc && this.paintFor(doc);
    if (!paint) return null;
    let highlight = paint.highlights.get(layer);
    if (!highlight) {
      const view = doc.defaultView as HighlightWindow;
      highlight = new view.Highlight!();
      // The active mention paints over the plain one.
      highlight.priority = layer === 'active' ? 1 : 0;
      paint.registry.set(HIGHLIGHT_NAMES[layer], highlight);
      paint.highlights.set(layer, highlight);
    }
    return highlight;
  }

  private paintFor(doc: Document): DocumentPaint | null {
    let paint = this.documents.get(doc);
    if (paint !== undefined) return paint;
    paint = null;
    const view = doc.defaultView as HighlightWindow | null;
    const registry = view?.CSS?.highlights;
    if (view && registry && typeof view.Highlight === 'function') {
      paint = { registry, highlights: new Map(), sheet: makeSheet(view, this.look) };
    }
    this.documents.set(doc, paint);
    return paint;
  }
}

/** A stylesheet made in the document's own realm: a sheet can only be adopted there. */
function makeSheet(view: HighlightWindow, look: HighlightLook): CSSStyleSheet | null {
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(highlightCss(look));
    return sheet;
  } catch {
    return null;
  }
}
