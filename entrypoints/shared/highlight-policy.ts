/**
 * For the content script: whether to highlight on this page and in which style, now and
 * whenever the user changes it (options page, popup switch, another device), so a page follows
 * a change without a reload.
 */
import { highlightPolicy, type HighlightPolicy } from '../../core/settings';
import { getSettings, watchSettings } from './settings-store';

/**
 * Calls `onChange` once with the current policy for `host`, then each time it changes (not on
 * unrelated settings changes). Returns the function that stops watching.
 */
export function watchHighlightPolicy(host: string, onChange: (policy: HighlightPolicy) => void): () => void {
  let last: HighlightPolicy | undefined;
  let stopped = false;
  const deliver = (policy: HighlightPolicy) => {
    if (stopped || (last && last.allowed === policy.allowed && last.style === policy.style)) return;
    last = policy;
    onChange(policy);
  };
  const unwatch = watchSettings((settings) => deliver(highlightPolicy(settings, host)));
  void getSettings().then((settings) => {
    // A change that arrived while reading is newer than what was read: keep it.
    if (last === undefined) deliver(highlightPolicy(settings, host));
  });
  return () => {
    stopped = true;
    unwatch();
  };
}
