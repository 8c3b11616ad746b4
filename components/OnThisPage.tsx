/**
 * Popup section: what the page mentions (the tab's content script answers with groups,
 * core/mention-groups.ts), one row per group with its count: a programme by its name; a form
 * that names several programmes once, as written, with its candidates (RFIS is one row, not
 * the umbrella and the young scientists' fund twice); a partner call with its partner; a
 * partner named alone. A click asks the page to reveal the group's next mention and closes the
 * popup. "Copy as table" puts the list on the clipboard for a spreadsheet
 * (core/mentions-table.ts). Bilingual; takes `lang`.
 */
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { bundledCatalogue } from '../core/bundled-catalogue';
import { bundledPartners } from '../core/bundled-partners';
import { pick, type Lang } from '../core/i18n';
import type { MentionGroupAnswer } from '../core/messages';
import { groupNames, mentionsTable, type GroupNames } from '../core/mentions-table';
import type { PageChannel } from '../services/page-channel';
import type { PageMentions } from './use-page-mentions';
import { ClipboardContext } from './clipboard-context';
import './page-sections.css';

const T = {
  heading: { en: 'On this page', zh: '本页提到的项目' },
  loading: { en: 'Looking at the page…', zh: '正在读取本页…' },
  none: { en: 'No programme or partner names found on this page.', zh: '本页未发现项目或合作方名称。' },
  notRunning: {
    en: 'Grant Lens is not reading this page. Scan it once (above) to see what it mentions.',
    zh: 'Grant Lens 尚未读取本页。扫描一次（见上方）即可查看本页提到的项目。',
  },
  cannotRun: { en: 'Grant Lens cannot read this kind of page.', zh: 'Grant Lens 无法读取此类页面。' },
  mentions: { en: (n: number) => `${n} mention${n === 1 ? '' : 's'}`, zh: (n: number) => `出现 ${n} 次` },
  reveal: { en: 'Show on the page', zh: '在页面中显示' },
  mayMean: { en: 'may mean: ', zh: '可能指：' },
  partner: { en: 'partner: ', zh: '合作方：' },
  oneOf: { en: 'partner, one of: ', zh: '合作方之一：' },
  copy: { en: 'Copy as table', zh: '复制为表格' },
  copied: {
    en: (n: number) => `Copied a table of ${n} row${n === 1 ? '' : 's'}; paste it into a spreadsheet.`,
    zh: (n: number) => `已复制表格（${n} 行），可粘贴到电子表格中。`,
  },
  copyFailed: { en: 'Could not copy the table.', zh: '无法复制表格。' },
};

/** How long the copy confirmation stays visible. */
const CONFIRMATION_MS = 4000;

export interface OnThisPageProps {
  lang: Lang;
  /** What the page mentions (use-page-mentions.ts). */
  mentions: PageMentions;
  /** The page the popup was opened on (services/page-channel.ts), for "show on the page". */
  page: PageChannel;
  /** Called after a reveal was sent; the popup closes so the page can be read. */
  close?: () => void;
}

/** A group with its names in the UI language; groups naming nothing this catalogue knows are left out. */
type Row = MentionGroupAnswer & { names: GroupNames };

export function OnThisPage({ lang, mentions, page, close = () => window.close() }: OnThisPageProps) {
  const { state, tab } = mentions;
  const rows: Row[] =
    state.kind === 'list'
      ? state.groups
          .map((group) => ({ ...group, names: groupNames(group, bundledCatalogue, bundledPartners, lang) }))
          .filter((row) => row.names.programmes.length + row.names.partners.length > 0)
      : [];

  async function reveal(row: Row) {
    if (!tab) return;
    await page.reveal(tab.id, { ids: row.ids, partners: row.partners });
    close();
  }

  return (
    <section class="gl-section gl-on-this-page" aria-labelledby="gl-on-page-heading" aria-busy={state.kind === 'loading'}>
      <div class="gl-section-head">
        <h2 id="gl-on-page-heading" class="gl-section-heading">
          {pick(T.heading, lang)}
        </h2>
        {rows.length > 0 && <CopyTable rows={rows} lang={lang} />}
      </div>
      {state.kind === 'loading' && <p class="gl-hint">{pick(T.loading, lang)}</p>}
      {state.kind === 'unsupported' && <p class="gl-hint">{pick(T.cannotRun, lang)}</p>}
      {state.kind === 'no-script' && <p class="gl-hint">{pick(T.notRunning, lang)}</p>}
      {state.kind === 'list' &&
        (rows.length === 0 ? (
          <p class="gl-hint">{pick(T.none, lang)}</p>
        ) : (
          <ul class="gl-mention-list">
            {rows.map((row) => (
              <li key={`${row.ids.join('+')}|${row.partners.join('+')}`}>
                <button type="button" class="gl-mention" title={pick(T.reveal, lang)} onClick={() => void reveal(row)}>
                  <MentionRow row={row} lang={lang} />
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function MentionRow({ row, lang }: { row: Row; lang: Lang }) {
  const { programmes, partners } = row.names;
  // One programme and no partner: its name. Otherwise the form as the page writes it, and
  // what it stands for underneath.
  const plain = programmes.length === 1 && partners.length === 0;
  const title = plain ? programmes[0] : row.text;
  const details: string[] = [];
  if (programmes.length > 1) details.push(pick(T.mayMean, lang) + programmes.join(' / '));
  if (programmes.length === 1 && !plain) details.push(programmes[0]);
  if (partners.length === 1) details.push(pick(T.partner, lang) + partners[0]);
  if (partners.length > 1) details.push(pick(T.oneOf, lang) + partners.join(' / '));
  return (
    <>
      <span class="gl-mention-text">
        <span class="gl-mention-name" lang={/\p{Script=Han}/u.test(title) ? 'zh-CN' : 'en'}>
          {title}
        </span>
        {details.map((detail) => (
          <span class="gl-mention-detail" key={detail}>
            {detail}
          </span>
        ))}
      </span>
      <span class="gl-mention-count">
        <span aria-hidden="true">×{row.count}</span>
        <span class="gl-visually-hidden">{pick(T.mentions, lang)(row.count)}</span>
      </span>
    </>
  );
}

/** "Copy as table", with a confirmation everyone can see and hear. */
function CopyTable({ rows, lang }: { rows: readonly Row[]; lang: Lang }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [copiedRows, setCopiedRows] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const clipboard = useContext(ClipboardContext);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    try {
      if (!clipboard) throw new Error('No clipboard was provided');
      await clipboard.writeText(mentionsTable(rows, bundledCatalogue, bundledPartners, lang));
      setCopiedRows(rows.length);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    timer.current = setTimeout(() => setStatus('idle'), CONFIRMATION_MS);
  }

  return (
    <>
      <button type="button" class="gl-button gl-copy-table" onClick={() => void copy()}>
        {pick(T.copy, lang)}
      </button>
      <p class={`gl-message gl-copy-table-status ${status === 'failed' ? 'gl-problem' : ''}`} role="status">
        {status === 'copied' && pick(T.copied, lang)(copiedRows)}
        {status === 'failed' && pick(T.copyFailed, lang)}
      </p>
    </>
  );
}
