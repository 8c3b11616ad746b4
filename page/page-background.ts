/**
 * The colour a page actually shows behind its text, for the highlight palette
 * (core/highlight-palette.ts). Read from computed styles, never from prefers-color-scheme:
 * a white government site in a dark-mode browser is still white.
 *
 * Called a handful of times per stylesheet check (page/highlight.ts), never per mention.
 */
import { composite, parseCssColor, type Rgb, type Rgba } from '../core/highlight-palette';
import { composedParent } from './composed-tree';

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
/** Chromium's dark canvas (`Canvas` under a used dark color-scheme). */
const DARK_CANVAS: Rgb = { r: 18, g: 18, b: 18 };

/**
 * The background behind `element` (the body if null): the computed background colours from
 * it up to the root (across shadow hosts), composited from the first opaque one (or the
 * canvas) upwards. Background images and gradients are not read: they have no one colour,
 * and the colour under them is what the page gives as their fallback.
 */
export function backgroundBehind(doc: Document, element: Element | null): Rgb {
  const view = doc.defaultView;
  const start = element ?? doc.body ?? doc.documentElement;
  const layers: Rgba[] = [];
  if (view && start) {
    for (let node: Node | null = start; node && node.nodeType !== 9; node = composedParent(node)) {
      if (node.nodeType !== 1) continue;
      const color = parseCssColor(view.getComputedStyle(node as Element).backgroundColor);
      if (!color || color.a === 0) continue;
      layers.push(color);
      if (color.a === 1) break;
    }
  }
  let color = layers.at(-1)?.a === 1 ? { r: 0, g: 0, b: 0 } : canvasColor(doc);
  for (let i = layers.length - 1; i >= 0; i--) color = composite(layers[i]!, color);
  return color;
}

/**
 * What shows where nothing is painted: white, unless the page opted into a dark color-scheme
 * (CSS `color-scheme` on the root or `<meta name="color-scheme">`) that the browser uses: only
 * `dark`, or `light dark` while the system prefers dark.
 */
export function canvasColor(doc: Document): Rgb {
  const root = doc.documentElement;
  const view = doc.defaultView;
  if (!root || !view) return WHITE;
  let schemes = view.getComputedStyle(root).colorScheme ?? '';
  if (!schemes || schemes === 'normal') {
    schemes = doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  }
  const words = schemes.toLowerCase().split(/\s+/);
  if (!words.includes('dark')) return WHITE;
  const prefersDark = view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return !words.includes('light') || prefersDark ? DARK_CANVAS : WHITE;
}
