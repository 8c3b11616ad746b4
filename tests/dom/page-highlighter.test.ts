/**
 * The page highlighter (ui/page-highlighter.ts): the content script's logic with the real page
 * engine in happy-dom and fakes for the browser side (the policy, the content channel, cards).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HighlightPolicy } from '../../core/settings';
import { HIGHLIGHT_NAMES } from '../../page/constants';
import { createPageEngine, type PageEngine, type PageMention } from '../../page/engine';
import type { ContentChannel, ContentHandlers } from '../../services/content-channel';
import type { HoverCards } from '../../ui/hover-cards';
import {
  CHANGE_REPORT_DELAY_MS,
  runPageHighlighter,
  type PageHighlighter,
  type PageHighlighterOptions,
} from '../../ui/page-highlighter';
import { fakeRecognizer, highlightRegistry, installHighlightShims, rangeText } from './page-fakes';

const KEY = '重点国际（地区）合作研究项目';
const ORG = '组织间国际（地区）合作研究与交流项目';
const names = { [KEY]: 'nsfc-key', [ORG]: 'nsfc-org' };

/** A content channel that records what the page reports and lets a test play the popup. */
function fakeChannel() {
  const reports: { total: number; distinct: number }[] = [];
  let handlers: ContentHandlers | null = null;
  const channel: ContentChannel = {
    listen(h) {
      handlers = h;
      return () => {
        if (handlers === h) handlers = null;
      };
    },
    reportMentions: (totals) => reports.push(totals),
    openEntry: () => {},
    loadCard: () => Promise.resolve(),
    openPartner: () => {},
  };
  return { channel, reports, handlers: () => handlers };
}

/** A policy the test switches by hand. */
function fakePolicy(initial: HighlightPolicy) {
  let listener: ((policy: HighlightPolicy) => void) | null = null;
  return {
    watch(onChange: (policy: HighlightPolicy) => void) {
      listener = onChange;
      queueMicrotask(() => onChange(initial));
      return () => (listener = null);
    },
    set: (policy: HighlightPolicy) => listener?.(policy),
  };
}

const painted = () => highlightRegistry().get(HIGHLIGHT_NAMES.mention)?.size ?? 0;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let highlighter: PageHighlighter | null = null;

function run(overrides: Partial<PageHighlighterOptions> & Pick<PageHighlighterOptions, 'watchPolicy' | 'channel'>) {
  const engines: PageEngine[] = [];
  highlighter = runPageHighlighter({
    createEngine: (look, onChange) => {
      const engine = createPageEngine({ root: document, recognizer: fakeRecognizer(names), look, onChange, paintNearViewportOnly: false });
      engines.push(engine);
      return engine;
    },
    mountCards: async () => ({ controller: { reveal: vi.fn(), navigate: vi.fn() }, dispose: vi.fn() }) as unknown as HoverCards<PageMention>,
    toolbarFrame: true,
    pageUrl: () => 'https://www.nsfc.gov.cn/notice.html',
    reportProblem: vi.fn(),
    ...overrides,
  });
  return engines;
}

beforeEach(() => {
  installHighlightShims();
  document.body.innerHTML = `<p>申请${KEY}，或${ORG}。</p><p>再次：${KEY}。</p>`;
});
afterEach(() => {
  highlighter?.dispose();
  highlighter = null;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('the page highlighter follows the policy', () => {
  it('highlights when allowed, reports its counts for the badge, answers the popup', async () => {
    const { channel, reports, handlers } = fakeChannel();
    run({ watchPolicy: fakePolicy({ allowed: true, look: 'underline' }).watch, channel });
    await vi.waitFor(() => expect(painted()).toBe(3));
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ total: 3, distinct: 2 }), { timeout: CHANGE_REPORT_DELAY_MS * 5 });
    const sentence = `申请${KEY}，或${ORG}。`;
    expect(await handlers()!.getMentions()).toEqual({
      url: 'https://www.nsfc.gov.cn/notice.html',
      groups: [
        { ids: ['nsfc-key'], partners: [], count: 2, text: KEY, sentence },
        { ids: ['nsfc-org'], partners: [], count: 1, text: ORG, sentence },
      ],
    });
  });

  it('counts a form that names several programmes once, partner calls with their partner, for the popup and the badge alike', async () => {
    document.body.innerHTML =
      '<p>RFIS applicants apply in spring. Another RFIS line.</p>' +
      '<div><p>The fund for young scientists: 外国青年学者研究基金项目。</p></div>' +
      '<p>今年的 中德合作研究项目 受理申请；另见 德国研究联合会 与 中瑞合作研究项目。</p>';
    const { channel, reports, handlers } = fakeChannel();
    run({
      watchPolicy: fakePolicy({ allowed: true, look: 'underline' }).watch,
      channel,
      createEngine: (look, onChange) =>
        createPageEngine({
          root: document,
          recognizer: fakeRecognizer({
            RFIS: { ids: ['nsfc-rfis', 'nsfc-rfis-young'] },
            外国青年学者研究基金项目: 'nsfc-rfis-young',
            中德合作研究项目: { ids: ['nsfc-org-research'], partners: ['dfg'] },
            德国研究联合会: { ids: [], partners: ['dfg'] },
            中瑞合作研究项目: { ids: ['nsfc-org-research'], partners: ['snsf', 'stint'] },
          }),
          look,
          onChange,
          paintNearViewportOnly: false,
        }),
    });
    await vi.waitFor(() => expect(painted()).toBe(6));
    const answer = await handlers()!.getMentions();
    expect(answer.groups.map(({ ids, partners, count, text }) => ({ ids, partners, count, text }))).toEqual([
      { ids: ['nsfc-rfis', 'nsfc-rfis-young'], partners: [], count: 2, text: 'RFIS' },
      { ids: ['nsfc-rfis-young'], partners: [], count: 1, text: '外国青年学者研究基金项目' },
      { ids: ['nsfc-org-research'], partners: ['dfg'], count: 1, text: '中德合作研究项目' },
      { ids: [], partners: ['dfg'], count: 1, text: '德国研究联合会' },
      { ids: ['nsfc-org-research'], partners: ['snsf', 'stint'], count: 1, text: '中瑞合作研究项目' },
    ]);
    // The sentence of each group's first mention, read from the page.
    expect(answer.groups[0].sentence).toBe('RFIS applicants apply in spring.');
    expect(answer.groups[1].sentence).toBe('The fund for young scientists: 外国青年学者研究基金项目。');
    expect(answer.groups[2].sentence).toBe('今年的 中德合作研究项目 受理申请；');
    expect(answer.groups[3].sentence).toBe('另见 德国研究联合会 与 中瑞合作研究项目。');
    // The badge counts what the popup lists.
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ total: 6, distinct: 5 }), { timeout: CHANGE_REPORT_DELAY_MS * 5 });
    // "Show on the page" steps through one group only.
    handlers()!.reveal({ ids: ['nsfc-rfis-young', 'nsfc-rfis'], partners: [] });
    const active = () => [...(highlightRegistry().get(HIGHLIGHT_NAMES.active) ?? [])].map(rangeText);
    expect(active()).toEqual(['RFIS']);
    handlers()!.reveal({ ids: ['nsfc-org-research'], partners: ['dfg'] });
    expect(active()).toEqual(['中德合作研究项目']);
  });

  it('when switched off it clears the page and reports zero, so the badge does not keep the count', async () => {
    // Bug: a stopping highlighter said nothing, and the badge kept the page's old count.
    const { channel, reports, handlers } = fakeChannel();
    const policy = fakePolicy({ allowed: true, look: 'underline' });
    run({ watchPolicy: policy.watch, channel });
    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ total: 3, distinct: 2 }), { timeout: CHANGE_REPORT_DELAY_MS * 5 });
    policy.set({ allowed: false, look: 'underline' });
    expect(painted()).toBe(0);
    expect(reports.at(-1)).toEqual({ total: 0, distinct: 0 });
    expect(handlers()).toBeNull(); // nothing left to answer: the popup offers a scan
  });

  it('never starts while not allowed, and then reports nothing and lets go of what it prepared', async () => {
    const { channel, reports, handlers } = fakeChannel();
    const notHighlighting = vi.fn();
    run({ watchPolicy: fakePolicy({ allowed: false, look: 'underline' }).watch, channel, notHighlighting });
    await wait(CHANGE_REPORT_DELAY_MS * 2);
    expect(painted()).toBe(0);
    expect(reports).toEqual([]);
    expect(handlers()).toBeNull();
    // The stylesheet adopted at document_start (entrypoints/highlighter.content.ts) goes.
    expect(notHighlighting).toHaveBeenCalledTimes(1);
  });

  it('changes the look without starting over', async () => {
    const { channel } = fakeChannel();
    const policy = fakePolicy({ allowed: true, look: 'underline' });
    const engines = run({ watchPolicy: policy.watch, channel });
    await vi.waitFor(() => expect(painted()).toBe(3));
    const setLook = vi.spyOn(engines[0], 'setLook');
    policy.set({ allowed: true, look: 'background' });
    expect(setLook).toHaveBeenCalledWith('background');
    expect(engines).toHaveLength(1);
  });
});

describe('frames: the toolbar speaks for the top document', () => {
  it('a frame that is not the top one highlights, but neither reports nor answers', async () => {
    const { channel, reports, handlers } = fakeChannel();
    run({ watchPolicy: fakePolicy({ allowed: true, look: 'underline' }).watch, channel, toolbarFrame: false });
    await vi.waitFor(() => expect(painted()).toBe(3));
    await wait(CHANGE_REPORT_DELAY_MS * 2);
    expect(reports).toEqual([]);
    expect(handlers()).toBeNull();
  });
});

describe('hover cards that cannot start', () => {
  it('are reported once, not left as an unhandled rejection; the page stays highlighted and answers', async () => {
    // Bug: mountHoverCards had no rejection handler in the content script.
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const reportProblem = vi.fn();
    const { channel, handlers } = fakeChannel();
    run({
      watchPolicy: fakePolicy({ allowed: true, look: 'underline' }).watch,
      channel,
      mountCards: () => Promise.reject(new Error('no shadow root here')),
      reportProblem,
    });
    await vi.waitFor(() => expect(painted()).toBe(3));
    await wait(20);
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    expect(reportProblem).toHaveBeenCalledTimes(1);
    expect(reportProblem.mock.calls[0][1]).toEqual(new Error('no shadow root here'));
    // Reveal still scrolls to the mention and marks it; only the card is missing.
    handlers()!.reveal({ ids: ['nsfc-org'], partners: [] });
    expect(highlightRegistry().get(HIGHLIGHT_NAMES.active)?.size).toBe(1);
  });

  it('a failure after the page stopped highlighting is no news', async () => {
    const reportProblem = vi.fn();
    const { channel } = fakeChannel();
    const policy = fakePolicy({ allowed: true, look: 'underline' });
    let fail!: (error: Error) => void;
    run({
      watchPolicy: policy.watch,
      channel,
      mountCards: () => new Promise((_, reject) => (fail = reject)),
      reportProblem,
    });
    await vi.waitFor(() => expect(painted()).toBe(3));
    policy.set({ allowed: false, look: 'underline' });
    fail(new Error('Extension context invalidated.'));
    await wait(10);
    expect(reportProblem).not.toHaveBeenCalled();
  });
});
