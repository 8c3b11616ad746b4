/**
 * The extension's icon files: which sizes exist, for which toolbar, and where they are.
 * One list for the manifest (wxt.config.ts), the renderer (scripts/gen/icons.ts) and the tests.
 * The PNGs are committed in public/icon/, so a build needs no browser.
 */

/** Toolbar 16/32, extension pages 48, add-ons manager 96 (Firefox, high-DPI 48), store 128. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
export type IconSize = (typeof ICON_SIZES)[number];

/** The toolbar an icon is drawn for: dark-blue glyph on light toolbars, a lighter one on dark. */
export type ToolbarTheme = 'light' | 'dark';

/** Path inside the extension (and under public/): icon/16.png, icon/dark-toolbar-16.png. */
export function iconPath(size: IconSize, theme: ToolbarTheme): string {
  return theme === 'light' ? `icon/${size}.png` : `icon/dark-toolbar-${size}.png`;
}

/** A manifest icon dictionary ({ "16": "icon/16.png", ... }) for one toolbar theme. */
export function iconDictionary(theme: ToolbarTheme): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconPath(size, theme)]));
}

/**
 * Firefox's `browser_action.theme_icons`: `light` is the icon for a light theme (dark text) and
 * `dark` the one for a dark theme (MDN, browser_action › theme_icons; WXT's ThemeIcon type).
 */
export function firefoxThemeIcons(): { light: string; dark: string; size: number }[] {
  return ICON_SIZES.map((size) => ({ light: iconPath(size, 'light'), dark: iconPath(size, 'dark'), size }));
}
