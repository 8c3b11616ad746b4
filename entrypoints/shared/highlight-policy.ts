/**
 * For the content script: whether to highlight on this page and in which look, now and
 * whenever the user changes it (options page, popup switch, another device), so a page follows
 * a change without a reload.
 */
import { highlightPolicy, type HighlightPolicy, type PageRun } from '../../core/settings';
import { getSettings, watchSettings } from './settings-store';

/**
 * Calls `onChange` once with the current policy for the page, then each time it changes (not
 * on unrelated settings changes). Returns the function that stops watching.
 */
export function watchHighlightPolicy(run: PageRun, onChange: (policy: HighlightPolicy) => void): () => void {
  let last: HighlightPolicy | undefined;
  let stopped = false;
  const deliver = (policy: HighlightPolicy) => {
    if (stopped || (last && last.allowed === policy.allowed && last.look === policy.look)) return;
    last = policy;
    onChange(policy);
  };
  const unwatch = watchSettings((settings) => deliver(highlightPolicy(settings, run)));
  void getSettings().then((settings) => {
    // A change that arrived while reading is newer than what was read: keep it.
    if (last === undefined) deliver(highlightPolicy(settings, run));
  });
  return () => {
    stopped = true;
    unwatch();
  };
}
