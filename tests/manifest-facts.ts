/**
 * What the localisation and icon tests read from a manifest, built (tests/e2e) or declared in
 * wxt.config.ts (tests/unit): the `_locales` keys it refers to and the icon files it names.
 */

/** Every `__MSG_key__` in a manifest: the keys the browser looks up in _locales. */
export function messageKeys(manifest: unknown): string[] {
  return [...new Set([...JSON.stringify(manifest).matchAll(/__MSG_(\w+?)__/g)].map((m) => m[1]!))].sort();
}

export interface NamedIcon {
  /** Where the manifest names it, e.g. "action.default_icon.16". */
  where: string;
  path: string;
  size: number;
}

type IconDictionary = Record<string, string>;
type ThemeIcon = { light: string; dark: string; size: number };
type Action = { default_icon?: IconDictionary | string; theme_icons?: ThemeIcon[] };

/** Every icon file the manifest names, with the pixel size it is named for. */
export function namedIcons(manifest: Record<string, unknown>): NamedIcon[] {
  const named: NamedIcon[] = [];
  const dictionary = (where: string, icons: IconDictionary | string | undefined) => {
    if (typeof icons === 'string') throw new Error(`${where}: a single icon file, expected one per size`);
    for (const [size, path] of Object.entries(icons ?? {})) named.push({ where: `${where}.${size}`, path, size: Number(size) });
  };
  dictionary('icons', manifest.icons as IconDictionary | undefined);
  for (const key of ['action', 'browser_action'] as const) {
    const action = manifest[key] as Action | undefined;
    if (!action) continue;
    dictionary(`${key}.default_icon`, action.default_icon);
    for (const icon of action.theme_icons ?? []) {
      named.push({ where: `${key}.theme_icons.${icon.size}.light`, path: icon.light, size: icon.size });
      named.push({ where: `${key}.theme_icons.${icon.size}.dark`, path: icon.dark, size: icon.size });
    }
  }
  return named;
}
