/**
 * The highlight's colours and rules, chosen from the page's own background (issue 14). Pure:
 * the page engine reads the background (page/page-background.ts) and adopts the rules
 * (page/highlight.ts); the options page shows its preview with the very same declarations
 * (components/options/LookPreview.tsx), so the preview is what pages show.
 *
 * Why the page's background and not the system scheme: most pages ignore prefers-color-scheme
 * (a government site stays white in a dark-mode browser), so rules that followed the system
 * painted pale yellow on white. Here a light page gets the light-page palette whatever the
 * system says, a dark page the dark-page one, and the mark colour is then nudged until it
 * keeps at least MIN_MARK_CONTRAST against that very background.
 */
import type { HighlightLook } from './settings';

/** An sRGB colour, channels 0–255. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}
/** With alpha 0–1. */
export interface Rgba extends Rgb {
  a: number;
}

/** WCAG 2's minimum for non-text marks (1.4.11): the mark against the page around it. */
export const MIN_MARK_CONTRAST = 3;

/**
 * Reads a colour as getComputedStyle gives it (`rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)`, the
 * space form `rgb(1 2 3 / 50%)`, `transparent`) or as written in a palette (`#rgb`,
 * `#rrggbb`). Anything else (a page's `oklch()`, `color()`) is null: the caller treats it as
 * no background of its own and looks further up.
 */
export function parseCssColor(text: string): Rgba | null {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d) : hex[1]!.match(/../g)!;
    const [r, g, b] = digits.map((d) => parseInt(d, 16)) as [number, number, number];
    return { r, g, b, a: 1 };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(value);
  if (!fn) return null;
  const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length !== 3 && parts.length !== 4) return null;
  const numbers = parts.map((part, i) => {
    const n = parseFloat(part);
    if (!Number.isFinite(n)) return NaN;
    if (part.endsWith('%')) return i === 3 ? n / 100 : (n / 100) * 255;
    return n;
  });
  if (numbers.some(Number.isNaN)) return null;
  const [r, g, b, a = 1] = numbers as [number, number, number, number?];
  return { r: clamp(r, 0, 255), g: clamp(g, 0, 255), b: clamp(b, 0, 255), a: clamp(a, 0, 1) };
}

/** `top` painted over the opaque `under` (source-over). */
export function composite(top: Rgba, under: Rgb): Rgb {
  const mix = (t: number, u: number) => t * top.a + u * (1 - top.a);
  return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b) };
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, 1 to 21, order-free. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export type PageTone = 'light' | 'dark';

export interface HighlightPalette {
  /** Which kind of page the colours are for. */
  tone: PageTone;
  /** The mark: every look's solid underline. At least MIN_MARK_CONTRAST against the page. */
  mark: Rgb;
  /** The background look's marker tint, translucent so a cell's own colour still shows. */
  tint: Rgba;
  /** The tint of the active mention (hovered, revealed), stronger than `tint`. */
  activeTint: Rgba;
  /** A grant number that names no programme: grey, so it reads as "something, not a programme". */
  number: Rgb;
}

/**
 * The two base palettes. Amber, because links are blue or purple: the mark never reads as
 * the link's own colour. The light-page mark is a dark amber (5:1 on white), the dark-page
 * one a bright amber (10:1 on #1e1e1e); the tints keep black or white text readable.
 */
const BASE: Record<PageTone, Omit<HighlightPalette, 'tone'>> = {
  light: {
    mark: { r: 180, g: 83, b: 9 },
    tint: { r: 252, g: 211, b: 77, a: 0.4 },
    activeTint: { r: 251, g: 191, b: 36, a: 0.6 },
    number: { r: 110, g: 118, b: 129 },
  },
  dark: {
    mark: { r: 251, g: 191, b: 36 },
    tint: { r: 251, g: 191, b: 36, a: 0.24 },
    activeTint: { r: 251, g: 191, b: 36, a: 0.42 },
    number: { r: 145, g: 152, b: 161 },
  },
};

const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const WHITE: Rgb = { r: 255, g: 255, b: 255 };

/**
 * The page's tone: the palette whose mark stands out more against this background. (For grey
 * backgrounds that is a luminance threshold of about 0.31, a mid grey.)
 */
export function pageTone(background: Rgb): PageTone {
  return contrastRatio(BASE.light.mark, background) >= contrastRatio(BASE.dark.mark, background) ? 'light' : 'dark';
}

/**
 * The palette for a page, from the backgrounds found behind a few of its mentions (or behind
 * its body). The majority tone wins (a tie goes to the first background); the mark and the
 * number colour are then moved towards black (light pages) or white (dark pages) until they
 * keep MIN_MARK_CONTRAST against every background of that tone: an unusual page colour
 * (beige, mid grey, a yellow banner) still gets a mark that shows.
 */
export function paletteFor(backgrounds: readonly Rgb[]): HighlightPalette {
  const seen = backgrounds.length > 0 ? backgrounds : [WHITE];
  const tones = seen.map(pageTone);
  const light = tones.filter((t) => t === 'light').length;
  const dark = tones.length - light;
  const tone: PageTone = light === dark ? tones[0]! : light > dark ? 'light' : 'dark';
  const against = seen.filter((_, i) => tones[i] === tone);
  const toward = tone === 'light' ? BLACK : WHITE;
  const base = BASE[tone];
  return {
    tone,
    mark: withContrast(base.mark, against, toward),
    tint: base.tint,
    activeTint: base.activeTint,
    number: withContrast(base.number, against, toward),
  };
}

/**
 * `color` mixed towards `toward` in tenths until it has the minimum contrast against all of
 * `against`. Where even `toward` falls short (a saturated orange is too dark for white and
 * too light for black to reach 3:1 from the side its tone suggests), black or white,
 * whichever stands out more: one of them always has at least 4.58:1 against a colour.
 */
function withContrast(color: Rgb, against: readonly Rgb[], toward: Rgb): Rgb {
  const worst = (c: Rgb) => Math.min(...against.map((bg) => contrastRatio(c, bg)));
  for (let step = 0; step <= 10; step++) {
    const mixed = mix(color, toward, step / 10);
    if (worst(mixed) >= MIN_MARK_CONTRAST) return mixed;
  }
  return worst(BLACK) >= worst(WHITE) ? BLACK : WHITE;
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const m = (x: number, y: number) => Math.round(x + (y - x) * t);
  return { r: m(a.r, b.r), g: m(a.g, b.g), b: m(a.b, b.b) };
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

export function cssColor({ r, g, b, ...rest }: Rgb | Rgba): string {
  const channels = `${Math.round(r)} ${Math.round(g)} ${Math.round(b)}`;
  return 'a' in rest ? `rgb(${channels} / ${rest.a})` : `rgb(${channels})`;
}

/** The CSS declarations of each highlight layer (page/constants.ts HIGHLIGHT_NAMES). */
export interface HighlightDeclarations {
  mention: string;
  number: string;
  active: string;
}

/**
 * The underline every mark uses, and why it stays visible on links: a link has its own
 * underline (1px, at the font's underline position just below the baseline) and its own
 * colour. The mark is a separate line under it: thicker (at least 2px), pushed lower
 * (`text-underline-offset`, so a gap separates the two lines), solid and continuous
 * (`skip-ink: none`, so descenders do not cut it into dashes that read like the link's), in
 * amber, never the link's blue. A wavy line was rejected: it reads as a spelling error.
 * Chromium honours all four inside `::highlight()` (tests/e2e/highlight-contrast.test.ts measures
 * the drawn line on plain and linked names).
 */
function underline(style: 'solid' | 'dotted', color: Rgb): string {
  return (
    `text-decoration: underline ${style} ${cssColor(color)}; text-decoration-thickness: max(2px, 0.12em); ` +
    'text-underline-offset: 0.22em; text-decoration-skip-ink: none;'
  );
}

/**
 * The declarations for a look on a page with this palette. Both looks carry the solid mark,
 * so both keep MIN_MARK_CONTRAST against the page; the background look adds the marker tint
 * (on its own, a tint light enough to read through is far below 3:1 against white). The
 * active mention adds a stronger tint; a number that names no programme gets a grey dotted line.
 */
export function highlightDeclarations(look: HighlightLook, palette: HighlightPalette): HighlightDeclarations {
  const mark = underline('solid', palette.mark);
  return {
    mention: look === 'background' ? `background-color: ${cssColor(palette.tint)}; ${mark}` : mark,
    number: underline('dotted', palette.number),
    active: `background-color: ${cssColor(palette.activeTint)}; ${mark}`,
  };
}
