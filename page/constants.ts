/**
 * Names the page engine shares with the rest of the extension.
 */

/**
 * Tag name of the extension's own UI host element (the tooltip card's shadow host). The engine
 * never scans inside it and ignores mutations that only add or remove it.
 */
export const UI_HOST_TAG = 'grant-lens-ui';

/**
 * `CSS.highlights` names, one per highlight layer (every mention, grant numbers that name no
 * programme, and the active one painted over them); the `::highlight()` rules use them.
 */
export const HIGHLIGHT_NAMES = {
  /** Every recognised programme mention (a grant number of a programme included). */
  mention: 'grant-lens',
  /**
   * A grant number that is none of the catalogue's programmes (an NSFC grant of another type,
   * another National Key R&D special project): marked faintly, so the reader can hover it and
   * learn what it is, without it looking like a programme (issue 11).
   */
  number: 'grant-lens-number',
  /** The mention the user is looking at (hovered, revealed). Painted over `mention`. */
  active: 'grant-lens-active',
} as const;

export type HighlightLayer = keyof typeof HIGHLIGHT_NAMES;
