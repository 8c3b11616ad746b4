/**
 * Popup section: the programmes the page mentions, from the tab's content script (the page
 * channel's get-mentions), with counts and names from the bundled catalogue. A click asks the
 * page to reveal the first mention and closes the popup. A page without the content script
 * gets a friendly word and the one-off scan. Bilingual; takes `lang`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { bundledCatalogue } from '../core/bundled-catalogue';
import { pick, type Lang } from '../core/i18n';
import type { MentionsAnswer } from '../core/messages';
import type { Entry } from '../core/schema';
import { pageOrigin } from '../core/site-origin';
import type { PageChannel } from '../services/page-channel';
import { useActiveTab } from './use-active-tab';
import './page-sections.css';

const T = {
  heading: { en: 'On this page', zh: '本页提到的项目' },
  loading: { en: 'Looking at the page…', zh: '正在读取本页…' },
  none: { en: 'No programme names found on this page.', zh: '本页未发现项目名称。' },
  notRunning: {
    en: 'Grant Lens is not reading this page. Scan it once to see which programmes it mentions.',
    zh: 'Grant Lens 尚未读取本页。扫描一次即可查看本页提到的项目。',
  },
  cannotRun: { en: 'Grant Lens cannot read this kind of page.', zh: 'Grant Lens 无法读取此类页面。' },
  scan: { en: 'Scan this page once', zh: '扫描本页一次' },
  scanFailed: { en: 'The page could not be scanned: ', zh: '无法扫描本页：' },
  mentions: { en: (n: number) => `${n} mention${n === 1 ? '' : 's'}`, zh: (n: number) => `出现 ${n} 次` },
  reveal: { en: 'Show on the page', zh: '在页面中显示' },
};

/** How often the list is refreshed while the popup is open: pages change, scans finish. */
const REFRESH_MS = 1_000;

type State =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'no-script'; problem?: string }
  | { kind: 'list'; counts: MentionsAnswer['counts'] };

export interface OnThisPageProps {
  lang: Lang;
  /** The page the popup was opened on (services/page-channel.ts). */
  page: PageChannel;
  /** Called after a reveal was sent; the popup closes so the page can be read. */
  close?: () => void;
}

export function OnThisPage({ lang, page, close = () => window.close() }: OnThisPageProps) {
  const tab = useActiveTab(page);
  const [state, setState] = useState<State>({ kind: 'loading' });
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
            ? { kind: 'list', counts: answer.counts }
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
      await ask(tab.id, (answer) => setState(answer ? { kind: 'list', counts: answer.counts } : { kind: 'no-script' }));
    } catch (error) {
      setState({ kind: 'no-script', problem: error instanceof Error ? error.message : String(error) });
    }
  }

  async function reveal(id: string) {
    if (!tab) return;
    await page.reveal(tab.id, id);
    close();
  }

  return (
    <section class="gl-section gl-on-this-page" aria-labelledby="gl-on-page-heading" aria-busy={state.kind === 'loading'}>
      <h2 id="gl-on-page-heading" class="gl-section-heading">
        {pick(T.heading, lang)}
      </h2>
      {state.kind === 'loading' && <p class="gl-hint">{pick(T.loading, lang)}</p>}
      {state.kind === 'unsupported' && <p class="gl-hint">{pick(T.cannotRun, lang)}</p>}
      {state.kind === 'no-script' && (
        <>
          <p class="gl-hint">{pick(T.notRunning, lang)}</p>
          <button type="button" class="gl-button" onClick={() => void scan()}>
            {pick(T.scan, lang)}
          </button>
          {state.problem && (
            <p class="gl-message gl-problem" role="alert">
              {pick(T.scanFailed, lang)}
              {state.problem}
            </p>
          )}
        </>
      )}
      {state.kind === 'list' && <MentionList counts={state.counts} lang={lang} onReveal={(id) => void reveal(id)} />}
    </section>
  );
}

function MentionList(props: { counts: MentionsAnswer['counts']; lang: Lang; onReveal(id: string): void }) {
  const { counts, lang, onReveal } = props;
  // Ids the catalogue does not know (a content script from another version) are left out.
  const rows = counts
    .map(({ id, count }) => ({ entry: bundledCatalogue.byId(id), count }))
    .filter((row): row is { entry: Entry; count: number } => row.entry !== undefined);
  if (rows.length === 0) return <p class="gl-hint">{pick(T.none, lang)}</p>;
  return (
    <ul class="gl-mention-list">
      {rows.map(({ entry, count }) => (
        <li key={entry.id}>
          <button
            type="button"
            class="gl-mention"
            title={pick(T.reveal, lang)}
            onClick={() => onReveal(entry.id)}
          >
            <span class="gl-mention-name">{displayName(entry, lang)}</span>
            <span class="gl-mention-count">
              <span aria-hidden="true">×{count}</span>
              <span class="gl-visually-hidden">{pick(T.mentions, lang)(count)}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function displayName(entry: Entry, lang: Lang): string {
  return lang === 'zh' ? entry.name.zh : entry.name.en[0].text;
}

