/**
 * For the content script: whether to highlight on this page and in which look, now and
 * whenever the user changes it (options page, popup switch, another device), so a page follows
 * a change without a reload. Why the script runs on the page (core/settings.ts PageRun)
 * decides which settings matter: a portal's switch, a user site's place in the list, or none
 * for a page scanned once.
 */
import { highlightPolicy, type HighlightPolicy, type PageRun } from '../core/settings';
import type { SettingsService } from './settings';

/**
 * Calls `onChange` once with the current policy for the page, then each time it changes (not
 * on unrelated settings changes). Returns the function that stops watching.
 */
export function watchHighlightPolicy(
  settings: SettingsService,
  run: PageRun,
  onChange: (policy: HighlightPolicy) => void,
): () => void {
  let last: HighlightPolicy | undefined;
  return settings.subscribe(({ settings: current }) => {
    const policy = highlightPolicy(current, run);
    if (last && last.allowed === policy.allowed && last.look === policy.look) return;
    last = policy;
    onChange(policy);
  });
}
