/**
 * Names the page engine shares with the rest of the extension.
 */

/**
 * Tag name of the extension's own UI host element (the tooltip card's shadow host). The engine
 * never scans inside it and ignores mutations that only add or remove it.
 */
export const UI_HOST_TAG = 'grant-lens-ui';

/**
 * `CSS.highlights` names, one per highlight layer (every mention, and the active one painted
 * over it); the `::highlight()` rules use them.
 */
export const HIGHLIGHT_NAMES = {
  /** Every recognised programme mention. */
  mention: 'grant-lens',
  /** The mention the user is looking at (hovered, revealed). Painted over `mention`. */
  active: 'grant-lens-active',
} as const;

export type HighlightLayer = keyof typeof HIGHLIGHT_NAMES;
