/**
 * What the page the popup was opened on mentions, kept current while the popup is open (the
 * page channel's get-mentions, asked every second: pages change, scans finish), and the one-off
 * scan for a page Grant Lens is not reading. One owner for both, so the scan button at the top
 * of the popup and the list under it always agree.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MentionsAnswer } from '../core/messages';
import { pageOrigin } from '../core/site-origin';
import type { ActiveTab, PageChannel } from '../services/page-channel';
import { useActiveTab } from './use-active-tab';

/** How often the list is refreshed while the popup is open. */
const REFRESH_MS = 1_000;

export type PageMentionsState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'no-script'; problem?: string }
  | { kind: 'list'; groups: MentionsAnswer['groups'] };

export interface PageMentions {
  /** The tab (undefined while it is looked up, null when there is none). */
  tab: ActiveTab | null | undefined;
  state: PageMentionsState;
  /** "Scan this page once"; its failure ends up in `state.problem`. */
  scan(): Promise<void>;
}

export function usePageMentions(page: PageChannel): PageMentions {
  const tab = useActiveTab(page);
  const [state, setState] = useState<PageMentionsState>({ kind: 'loading' });
  /**
   * Questions to the page are numbered, and an answer counts only if no newer question was
   * answered (or a scan begun) since it was asked: a refresh still in flight when the user
   * pressed Scan used to answer "no script" after the scan's list and flip the section back.
   */
  const asked = useRef({ count: 0, newest: 0 });

  /** Asks the page; `apply` runs only if the answer is still the newest. */
  async function ask(tabId: number, apply: (answer: MentionsAnswer | null) => void): Promise<void> {
    const question = ++asked.current.count;
    const answer = await page.getMentions(tabId);
    if (question <= asked.current.newest) return;
    asked.current.newest = question;
    apply(answer);
  }

  useEffect(() => {
    if (tab === undefined) return;
    if (tab === null || pageOrigin(tab.url) === null) {
      setState({ kind: 'unsupported' });
      return;
    }
    let stopped = false;
    const refresh = () =>
      ask(tab.id, (answer) => {
        if (stopped) return;
        setState((previous) =>
          answer
            ? { kind: 'list', groups: answer.groups }
            : previous.kind === 'no-script'
              ? previous // keep a scan problem on screen
              : { kind: 'no-script' },
        );
      });
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [tab, page]);

  async function scan() {
    if (!tab) return;
    // Every question asked before the scan is out of date once it starts.
    asked.current.newest = ++asked.current.count;
    try {
      await page.scanOnce(tab.id);
      setState({ kind: 'loading' });
      await ask(tab.id, (answer) => setState(answer ? { kind: 'list', groups: answer.groups } : { kind: 'no-script' }));
    } catch (error) {
      setState({ kind: 'no-script', problem: error instanceof Error ? error.message : String(error) });
    }
  }

  return { tab, state, scan };
}
