/**
 * What the localisation tests read from a manifest, built (tests/e2e) or declared in
 * wxt.config.ts (tests/unit): the `_locales` keys it refers to.
 */

/** Every `__MSG_key__` in a manifest: the keys the browser looks up in _locales. */
export function messageKeys(manifest: unknown): string[] {
  return [...new Set([...JSON.stringify(manifest).matchAll(/__MSG_(\w+?)__/g)].map((m) => m[1]!))].sort();
}
