/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per layer, registered in
 * `CSS.highlights` of each document that has mentions (a same-origin frame has its own
 * registry), filled with `StaticRange`s. The `::highlight()` rules go into a constructed
 * stylesheet adopted by the document and by each open shadow root (document styles do not
 * reach into shadow trees). Adopted sheets are not part of the DOM: the page's markup, and
 * its serialization, stay exactly as they were. The rules' colours come from the document's
 * own background (checkColours), not from the system's colour scheme.
 *
 * Where the API is missing the painter does nothing; mentions are still found and hoverable.
 */
import { highlightDeclarations, paletteFor, type HighlightPalette, type Rgb } from '../core/highlight-palette';
import type { HighlightLook } from '../core/settings';
import { HIGHLIGHT_NAMES, type HighlightLayer } from './constants';
import { backgroundBehind } from './page-background';

/**
 * How many painted mentions the colour check reads the background behind: a handful, spread
 * over the painted ones (those near the viewport: what the reader sees), so a page whose
 * first name sits in a dark banner still gets the colours of its white body. One palette per
 * document: a single mention on a differently coloured block keeps the page's palette.
 */
const BACKGROUND_SAMPLES = 5;

/**
 * The `::highlight()` rules for a look on a page with this palette: the declarations come
 * from core/highlight-palette.ts, which the options page's preview uses too.
 */
export function highlightCss(look: HighlightLook, palette: HighlightPalette): string {
  const rules = highlightDeclarations(look, palette);
  return (Object.keys(HIGHLIGHT_NAMES) as HighlightLayer[])
    .map((layer) => `::highlight(${HIGHLIGHT_NAMES[layer]}) { ${rules[layer]} }`)
    .join('\n');
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
  /** The palette the sheet was last written with (from this document's background). */
  palette: HighlightPalette;
  /** The sheet's text now: rewritten only when it changes (a rewrite restyles the page). */
  css: string;
  /** Whether the colours were read from this document's background yet. */
  checked: boolean;
  /** Painted mentions to read the background behind, spread over the page (see SpreadSample). */
  samples: SpreadSample<AbstractRange>;
}

/**
 * Up to `capacity` of the items added, spread evenly over all of them in the order added: every
 * `stride`-th is kept, and when the sample is full every other one is dropped and the stride
 * doubles. The painter samples its own record of what it painted, never the Highlight itself:
 * in Firefox a content script sees the page's Highlight through an Xray wrapper, which cannot
 * be iterated ("Xray wrapping of iterators not supported", tests/firefox/editing.test.ts).
 */
export class SpreadSample<T> {
  private items: T[] = [];
  private stride = 1;
  private seen = 0;

  constructor(private readonly capacity: number) {}

  add(item: T): void {
    if (this.seen++ % this.stride !== 0) return;
    this.items.push(item);
    if (this.items.length > this.capacity) {
      this.items = this.items.filter((_, i) => i % 2 === 0);
      this.stride *= 2;
    }
  }

  values(): readonly T[] {
    return this.items;
  }
}

/**
 * The rules adopted into a document before it has content (issue 12): the content script
 * starts at `document_start` and adopts them at once, with the usual look and the light-page
 * palette. Why: Chromium restyles the whole document whenever a sheet with `::highlight()`
 * rules is adopted or rewritten (it computes each element's highlight styles in its style
 * recalc), 0.6–0.8 s on an 8 MB page in one task; adopted into an empty document, that work is
 * done bit by bit as the parser adds elements (docs/architecture.md, «The stylesheet»). The
 * painter takes the sheet over for that document and rewrites it only if the look or the
 * page's palette turns out different (a dark page, the background look).
 */
export interface EarlyHighlightSheet {
  readonly document: Document;
  readonly sheet: CSSStyleSheet;
  /** The rules it holds (the painter's starting point). */
  readonly css: string;
  /** Removes it from the document if it is still there (the page is not highlighted after all). */
  release(): void;
}

/** Adopts the rules into `doc` now; null where the API is missing. */
export function adoptHighlightSheetEarly(doc: Document, look: HighlightLook): EarlyHighlightSheet | null {
  const view = doc.defaultView as HighlightWindow | null;
  if (!view?.CSS?.highlights || typeof view.Highlight !== 'function') return null;
  const css = placeholderCss(look);
  const sheet = makeSheet(view, css);
  if (!sheet) return null;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    document: doc,
    sheet,
    css,
    release() {
      if (doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

export class HighlightPainter {
  private readonly documents = new Map<Document, DocumentPaint | null>();
  private readonly styledRoots = new Set<Document | ShadowRoot>();

  /** The early sheet's rules now. */
  private earlyCss: string;

  /**
   * `early`: the sheet adopted at document_start, used for its document instead of a new one.
   * Made with the usual look: for another look it is rewritten here, when the settings have
   * just arrived, usually while the page is still loading and restyling it is cheap.
   */
  constructor(
    private look: HighlightLook = 'underline',
    private readonly early: EarlyHighlightSheet | null = null,
  ) {
    this.earlyCss = early?.css ?? '';
    if (!early) return;
    const css = placeholderCss(look);
    if (css !== this.earlyCss) {
      early.sheet.replaceSync(css);
      this.earlyCss = css;
    }
  }

  /** Switches every document's rules to another look (the user changed the setting). */
  setLook(look: HighlightLook): void {
    if (look === this.look) return;
    this.look = look;
    for (const paint of this.documents.values()) if (paint) this.write(paint, paint.palette);
  }

  /**
   * Re-reads each document's background and rewrites its rules if the palette changed (the
   * page switched its theme, the system scheme changed a page that follows it). A few
   * getComputedStyle calls per document (BACKGROUND_SAMPLES walks up to the root): the engine
   * calls it once a scan or a style re-check is done, not per mention.
   */
  checkColours(): void {
    for (const [doc, paint] of this.documents) if (paint?.sheet) this.check(doc, paint);
  }

  private check(doc: Document, paint: DocumentPaint): void {
    paint.checked = true;
    this.write(paint, paletteFor(sampleBackgrounds(doc, paint)));
  }

  private write(paint: DocumentPaint, palette: HighlightPalette): void {
    paint.palette = palette;
    const css = highlightCss(this.look, palette);
    if (css === paint.css || !paint.sheet) return;
    paint.css = css;
    paint.sheet.replaceSync(css);
  }

  /** Adds a range to a layer's highlight in the range's document. */
  add(range: AbstractRange, layer: HighlightLayer = 'mention'): void {
    const doc = range.startContainer.ownerDocument;
    const paint = doc && this.paintFor(doc);
    if (!paint) return;
    this.layerOf(paint, doc, layer).add(range);
    if (layer !== 'active') paint.samples.add(range);
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
    // Never adopted with the placeholder colours (a frame styled before any of its mentions was painted).
    if (!paint.checked) this.check(doc!, paint);
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
    // Adopted at document_start, so there even when no mention was ever styled.
    this.early?.release();
    this.documents.clear();
    this.styledRoots.clear();
  }

  /** A layer's Highlight in a document, registered on first use. */
  private layerOf(paint: DocumentPaint, doc: Document, layer: HighlightLayer): Highlight {
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
      // A placeholder: the engine calls checkColours before it adopts the sheet anywhere. No
      // style is read here, in the middle of a scan's time slice (page/engine.ts styleRoots).
      const palette = paletteFor([]);
      const early = this.early?.document === doc && doc.adoptedStyleSheets.includes(this.early.sheet) ? this.early : null;
      // The early sheet holds the rules it was made with: `css` says so, so the first write
      // rewrites it only if this look or the page's palette differs.
      const css = early ? this.earlyCss : placeholderCss(this.look);
      const sheet = early ? early.sheet : makeSheet(view, css);
      paint = { registry, highlights: new Map(), sheet, palette, css, checked: false, samples: new SpreadSample(BACKGROUND_SAMPLES * 4) };
    }
    this.documents.set(doc, paint);
    return paint;
  }
}

/** The rules before a document's background is read: the light-page palette, as on most pages. */
function placeholderCss(look: HighlightLook): string {
  return highlightCss(look, paletteFor([]));
}

/** A stylesheet made in the document's own realm: a sheet can only be adopted there. */
function makeSheet(view: HighlightWindow, css: string): CSSStyleSheet | null {
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return null;
  }
}

/** The backgrounds behind up to BACKGROUND_SAMPLES painted mentions, spread evenly; the body's if none. */
function sampleBackgrounds(doc: Document, paint: DocumentPaint): Rgb[] {
  const painted = paint.samples.values();
  const backgrounds: Rgb[] = [];
  const every = Math.max(1, Math.floor(painted.length / BACKGROUND_SAMPLES));
  for (let i = 0; i < painted.length && backgrounds.length < BACKGROUND_SAMPLES; i += every) {
    const node = painted[i]!.startContainer;
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    // A mention rescanned away since (its text replaced) is not behind anything now.
    if (element?.isConnected) backgrounds.push(backgroundBehind(doc, element));
  }
  return backgrounds.length ? backgrounds : [backgroundBehind(doc, null)];
}
