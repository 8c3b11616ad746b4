/**
 * The popup's page sections (PagePanel: SiteControls, scan once, OnThisPage) in happy-dom with
 * the fake browser and a fake content script's answers.
 */
import { ClipboardContext } from '../../components/clipboard-context';
import { createClipboard } from '../../services/clipboard';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PagePanel, type PagePanelProps } from '../../components/PagePanel';
import { SiteControls } from '../../components/SiteControls';
import type { MentionsAnswer } from '../../core/messages';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { userSiteScriptId } from '../../core/user-site-scripts';
import { pageChannel } from '../../services/page-channel';
import { readSettings, type SettingsService } from '../../services/settings';
import { createUserSites } from '../../services/user-sites';
import { installFakePermissions, installFakeScripting, localSettings } from './sites-fakes';

let root: HTMLElement;
let permissions: ReturnType<typeof installFakePermissions>;
let scripting: ReturnType<typeof installFakeScripting>;
/** What the tab's content script answers; null: there is none ("Receiving end does not exist"). */
let pageAnswer: MentionsAnswer | null;
let sent: { tabId: number; message: unknown; options: unknown }[];
let settings: SettingsService;
const getSettings = async () => (await readSettings()).settings;

/** SiteControls with the services the popup builds (services/), over the fake browser. */
function siteControls(lang: 'en' | 'zh') {
  return <SiteControls lang={lang} settings={settings} userSites={createUserSites(settings)} page={pageChannel} />;
}

function onThisPage(props: Omit<PagePanelProps, 'page' | 'settings' | 'userSites'>) {
  return <PagePanel page={pageChannel} settings={settings} userSites={createUserSites(settings)} {...props} />;
}

/** A group of the answer: one programme unless said otherwise. */
function group(ids: string[], count: number, more: Partial<MentionsAnswer['groups'][number]> = {}) {
  return { ids, partners: [], count, text: ids[0] ?? '', sentence: `A sentence naming ${ids.join(', ')}.`, ...more };
}
const scanButton = () =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent === 'Scan this page once') ?? null;

function openOn(url: string): void {
  fakeBrowser.tabs.query = vi.fn(async () => [{ id: 5, url, index: 0 } as never]);
}

async function until(condition: () => boolean, tries = 100): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (condition()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  throw new Error(`never true; page: ${root.textContent}`);
}

async function mount(node: preact.ComponentChild): Promise<void> {
  const clipboard = createClipboard({ fallbackRoot: () => root });
  await act(async () => render(<ClipboardContext.Provider value={clipboard}>{node}</ClipboardContext.Provider>, root));
}

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
const text = () => root.textContent ?? '';

beforeEach(() => {
  fakeBrowser.reset();
  permissions = installFakePermissions();
  scripting = installFakeScripting();
  pageAnswer = null;
  sent = [];
  settings = localSettings();
  fakeBrowser.tabs.sendMessage = vi.fn(async (tabId: number, message: unknown, options?: unknown) => {
    sent.push({ tabId, message, options });
    if (pageAnswer === null) throw new Error('Could not establish connection. Receiving end does not exist.');
    return (message as { type: string }).type === 'grant-lens:get-mentions' ? pageAnswer : undefined;
  }) as never;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('SiteControls', () => {
  it('switches a default portal off and on through settings, without asking for anything', async () => {
    openOn('https://www.nsfc.gov.cn/publish/portal0/tab434/');
    await mount(siteControls('en'));
    await until(() => $('input[role="switch"]') !== null);
    const toggle = $<HTMLInputElement>('input[role="switch"]')!;
    expect(toggle.checked).toBe(true);
    expect(text()).toContain('www.nsfc.gov.cn');
    await act(async () => toggle.click());
    await until(() => !$<HTMLInputElement>('input[role="switch"]')!.checked);
    await expect.poll(async () => (await getSettings()).disabledPortals).toEqual(['www.nsfc.gov.cn']);
    await until(() => !$<HTMLInputElement>('input[role="switch"]')!.disabled); // the first change is done
    await act(async () => $<HTMLInputElement>('input[role="switch"]')!.click());
    await until(() => $<HTMLInputElement>('input[role="switch"]')!.checked);
    await expect.poll(async () => (await getSettings()).disabledPortals).toEqual([]);
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('on another site asks for that origin at the click, registers, saves and scans the page now', async () => {
    openOn('https://kyc.example.edu.cn/notice/2024/5.html');
    await mount(siteControls('en'));
    await until(() => $('input[role="switch"]') !== null);
    const toggle = $<HTMLInputElement>('input[role="switch"]')!;
    expect(toggle.checked).toBe(false);
    await act(async () => toggle.click());
    // Asked within the click itself (before any await), as the browser requires.
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://kyc.example.edu.cn/*'] });
    await until(() => $<HTMLInputElement>('input[role="switch"]')!.checked);
    await expect.poll(() => scripting.registered.has(userSiteScriptId('https://kyc.example.edu.cn'))).toBe(true);
    await expect.poll(async () => (await getSettings()).userSites).toEqual(['https://kyc.example.edu.cn']);
    // Highlighted now as a user site (services/page-channel.ts highlightNow): the script, no
    // scan-once flag, so switching the site off again clears the page at once.
    await until(() => scripting.executeScript.mock.calls.length === 1);
    expect(scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 5, allFrames: true },
      files: ['/content-scripts/highlighter.js'],
    });
  });

  it('says so when the user refuses, and stays off', async () => {
    permissions.answer = false;
    openOn('https://kyc.example.edu.cn/');
    await mount(siteControls('zh'));
    await until(() => $('input[role="switch"]') !== null);
    await act(async () => $<HTMLInputElement>('input[role="switch"]')!.click());
    await until(() => text().includes('未获得访问权限'));
    expect($<HTMLInputElement>('input[role="switch"]')!.checked).toBe(false);
    expect(scripting.registered.size).toBe(0);
  });

  it('switching a user site off releases it', async () => {
    await settings.update({ kind: 'user-site', origin: 'https://kyc.example.edu.cn', on: true });
    permissions.granted.add('https://kyc.example.edu.cn/*');
    openOn('https://kyc.example.edu.cn/');
    await mount(siteControls('en'));
    await until(() => $<HTMLInputElement>('input[role="switch"]')?.checked === true);
    await act(async () => $<HTMLInputElement>('input[role="switch"]')!.click());
    await until(() => !$<HTMLInputElement>('input[role="switch"]')!.checked);
    expect(permissions.granted.size).toBe(0);
    await expect.poll(async () => (await getSettings()).userSites).toEqual([]);
  });

  it('an older settings read never overwrites a newer change on screen', async () => {
    // Bug: SiteControls read the settings once and watched them separately; a read that
    // answered after a change (another context switched this portal off) showed it on again.
    const realGet = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync);
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    let calls = 0;
    fakeBrowser.storage.sync.get = (async (keys: never) => {
      const value = await realGet(keys); // what storage holds now: the old settings
      if (++calls === 1) await firstHeld;
      return value;
    }) as never;
    openOn('https://www.nsfc.gov.cn/x');
    await mount(siteControls('en'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    await fakeBrowser.storage.sync.set({ settings: { disabledPortals: ['www.nsfc.gov.cn'] }, settings$: { v: 2 } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    releaseFirst();
    await until(() => $('input[role="switch"]') !== null);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect($<HTMLInputElement>('input[role="switch"]')!.checked).toBe(false);
  });

  it('leaves the one-off scan to PagePanel: no second scan button', async () => {
    openOn('https://news.example.org/a.html');
    await mount(siteControls('en'));
    await until(() => $('input[role="switch"]') !== null);
    expect($('button')).toBeNull();
  });

  it('offers nothing on browser pages, and notes when highlighting is off everywhere', async () => {
    openOn('chrome://extensions/');
    await mount(siteControls('en'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(root.innerHTML).toBe(''); // OnThisPage says why; no switch to offer

    render(null, root);
    await settings.update({ kind: 'highlight-enabled', on: false });
    openOn('https://www.most.gov.cn/');
    await mount(siteControls('en'));
    await until(() => text().includes('switched off for every site'));
  });
});

describe('OnThisPage (in PagePanel)', () => {
  const [first, second] = bundledCatalogue.entries;

  it('lists what the page mentions, with names and counts, in the given order', async () => {
    pageAnswer = {
      url: 'https://www.nsfc.gov.cn/x',
      groups: [group([second.id], 3), group(['not-in-this-catalogue'], 9), group([first.id], 1)],
    };
    openOn('https://www.nsfc.gov.cn/x');
    await mount(onThisPage({ lang: 'zh', close: () => {} }));
    await until(() => root.querySelectorAll('.gl-mention').length === 2);
    const rows = [...root.querySelectorAll('.gl-mention')].map((row) => row.textContent);
    expect(rows).toEqual([`${second.name.zh}×3出现 3 次`, `${first.name.zh}×1出现 1 次`]);
    expect(sent.find((call) => (call.message as { type: string }).type === 'grant-lens:get-mentions')).toEqual({
      tabId: 5,
      message: { type: 'grant-lens:get-mentions' },
      options: { frameId: 0 },
    });
  });

  it('shows English names in English', async () => {
    pageAnswer = { url: 'https://www.nsfc.gov.cn/x', groups: [group([first.id], 2)] };
    openOn('https://www.nsfc.gov.cn/x');
    await mount(onThisPage({ lang: 'en', close: () => {} }));
    await until(() => $('.gl-mention') !== null);
    expect($('.gl-mention-name')!.textContent).toBe(first.name.en[0].text);
    expect($('.gl-mention')!.textContent).toContain('2 mentions');
  });

  it('a form that names several programmes is one row, under the form, with its candidates', async () => {
    pageAnswer = {
      url: 'https://www.nsfc.gov.cn/x',
      groups: [group(['nsfc-rfis', 'nsfc-rfis-young'], 2, { text: 'RFIS' }), group(['nsfc-rfis-young'], 1)],
    };
    openOn('https://www.nsfc.gov.cn/x');
    await mount(onThisPage({ lang: 'en', close: () => {} }));
    await until(() => root.querySelectorAll('.gl-mention').length === 2);
    const [ambiguous, young] = [...root.querySelectorAll('.gl-mention')];
    expect(ambiguous.querySelector('.gl-mention-name')!.textContent).toBe('RFIS');
    expect(ambiguous.textContent).toContain('may mean: Research Fund for International Scientists / Research Fund for International Young Scientists');
    expect(ambiguous.textContent).toContain('×2');
    expect(young.querySelector('.gl-mention-name')!.textContent).toBe('Research Fund for International Young Scientists');
  });

  it('lists a partner call with its partner, and a partner named alone', async () => {
    pageAnswer = {
      url: 'https://www.nsfc.gov.cn/x',
      groups: [
        group(['nsfc-org-research'], 2, { partners: ['dfg'], text: '中德(NSFC-DFG)合作研究项目' }),
        group([], 1, { partners: ['dfg'], text: '德国研究联合会' }),
        group(['nsfc-org-research'], 1, { partners: ['snsf', 'stint'], text: '中瑞合作研究项目' }),
      ],
    };
    openOn('https://www.nsfc.gov.cn/x');
    await mount(onThisPage({ lang: 'zh', close: () => {} }));
    await until(() => root.querySelectorAll('.gl-mention').length === 3);
    const [call, alone, candidates] = [...root.querySelectorAll('.gl-mention')].map((row) => row.textContent!);
    expect(call).toContain('中德(NSFC-DFG)合作研究项目');
    expect(call).toContain('组织间国际（地区）合作研究项目');
    expect(call).toContain('合作方：德国研究联合会 (DFG)');
    expect(alone).toContain('合作方：德国研究联合会 (DFG)');
    expect(alone).not.toContain('组织间');
    expect(candidates).toContain('合作方之一：');
  });

  it('a click asks the page to reveal that group and closes the popup', async () => {
    pageAnswer = { url: 'https://www.nsfc.gov.cn/x', groups: [group(['nsfc-rfis', 'nsfc-rfis-young'], 2, { text: 'RFIS' })] };
    const close = vi.fn();
    openOn('https://www.nsfc.gov.cn/x');
    await mount(onThisPage({ lang: 'en', close: close }));
    await until(() => $('.gl-mention') !== null);
    await act(async () => $<HTMLButtonElement>('.gl-mention')!.click());
    await until(() => close.mock.calls.length === 1);
    expect(sent.at(-1)).toEqual({
      tabId: 5,
      message: { type: 'grant-lens:reveal', group: { ids: ['nsfc-rfis', 'nsfc-rfis-young'], partners: [] } },
      options: { frameId: 0 },
    });
  });

  it('copies the list as a table for a spreadsheet, and says so', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    try {
      pageAnswer = {
        url: 'https://www.nsfc.gov.cn/x',
        groups: [
          group(['nsfc-key'], 2, { sentence: '申请重点国际（地区）合作研究项目的人员须具有高级职称。' }),
          group(['nsfc-org-research'], 1, { partners: ['dfg'], text: '中德(NSFC-DFG)合作研究项目', sentence: '中德(NSFC-DFG)合作研究项目\t今年受理。' }),
        ],
      };
      openOn('https://www.nsfc.gov.cn/x');
      await mount(onThisPage({ lang: 'zh', close: () => {} }));
      await until(() => $('.gl-copy-table') !== null);
      await act(async () => $<HTMLButtonElement>('.gl-copy-table')!.click());
      expect(writeText).toHaveBeenCalledWith(
        '项目\t合作方\t次数\t首次出现的句子\n' +
          '重点国际（地区）合作研究项目\t\t2\t申请重点国际（地区）合作研究项目的人员须具有高级职称。\n' +
          '组织间国际（地区）合作研究项目\t德国研究联合会 (DFG)\t1\t中德(NSFC-DFG)合作研究项目 今年受理。\n',
      );
      await until(() => text().includes('已复制表格（2 行）'));

      writeText.mockRejectedValueOnce(new Error('denied'));
      await act(async () => $<HTMLButtonElement>('.gl-copy-table')!.click());
      await until(() => text().includes('无法复制表格'));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says when the page names nothing, and offers no table', async () => {
    pageAnswer = { url: 'https://www.nsfc.gov.cn/x', groups: [] };
    openOn('https://www.nsfc.gov.cn/x');
    await mount(onThisPage({ lang: 'en' }));
    await until(() => text().includes('No programme or partner names found'));
    expect($('.gl-copy-table')).toBeNull();
  });

  it('offers a scan on a page without the content script, then lists what it found', async () => {
    openOn('https://news.example.org/a.html');
    await mount(onThisPage({ lang: 'en' }));
    await until(() => text().includes('not reading this page'));
    scripting.executeScript.mockImplementation(async () => {
      pageAnswer = { url: 'https://news.example.org/a.html', groups: [group([first.id], 4)] };
      return [];
    });
    await act(async () => scanButton()!.click());
    await until(() => $('.gl-mention') !== null);
    expect(scanButton()).toBeNull();
    // Through activeTab (no permission request), into every frame.
    // The scan-once flag first (so highlighting that is off still scans), then the script.
    expect(scripting.executeScript).toHaveBeenCalledTimes(2);
    expect(scripting.executeScript).toHaveBeenNthCalledWith(1, expect.objectContaining({
      target: { tabId: 5, allFrames: true },
      args: ['__grantLensScanOnce'],
    }));
    expect(scripting.executeScript).toHaveBeenLastCalledWith({
      target: { tabId: 5, allFrames: true },
      files: ['/content-scripts/highlighter.js'],
    });
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('puts the switch and the scan above the list', async () => {
    openOn('https://news.example.org/a.html');
    await mount(onThisPage({ lang: 'en' }));
    await until(() => scanButton() !== null && $('input[role="switch"]') !== null);
    const order = ['.gl-site-controls', '.gl-scan-once', '.gl-on-this-page'].map((selector) => $(selector)!);
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('a refresh still in flight when Scan is pressed does not flip the list back', async () => {
    // Bug: the 1-second refresh asked the page before the scan, answered "no script" after the
    // scan's list had arrived, and the section went back to offering the scan.
    let hangNext = true;
    const held: (() => void)[] = [];
    fakeBrowser.tabs.sendMessage = vi.fn(async (_tabId: number, message: unknown) => {
      if (hangNext) {
        hangNext = false;
        await new Promise<void>((resolve) => held.push(resolve));
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      if (pageAnswer === null) throw new Error('Could not establish connection. Receiving end does not exist.');
      return (message as { type: string }).type === 'grant-lens:get-mentions' ? pageAnswer : undefined;
    }) as never;
    openOn('https://news.example.org/a.html');
    await mount(onThisPage({ lang: 'en' }));
    await until(() => held.length > 0);
    held.shift()!(); // the first question: no script
    await until(() => text().includes('not reading this page'));
    hangNext = true; // the next refresh asks, and its answer is slow
    await until(() => held.length > 0, 400);
    scripting.executeScript.mockImplementation(async () => {
      pageAnswer = { url: 'https://news.example.org/a.html', groups: [group([first.id], 4)] };
      return [];
    });
    await act(async () => scanButton()!.click());
    await until(() => $('.gl-mention') !== null);
    held.shift()!(); // the old refresh answers now: "no script"
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect($('.gl-mention')).not.toBeNull();
  });

  it('shows why a scan failed', async () => {
    openOn('https://chromewebstore.google.com/detail/x');
    scripting.executeScript.mockRejectedValue(new Error('The extensions gallery cannot be scripted.'));
    await mount(onThisPage({ lang: 'en' }));
    await until(() => scanButton() !== null);
    await act(async () => scanButton()!.click());
    await until(() => text().includes('cannot be scripted'));
    expect($('[role="alert"]')).not.toBeNull();
  });

  it('has nothing to offer on browser pages', async () => {
    openOn('about:blank');
    await mount(onThisPage({ lang: 'en' }));
    await until(() => text().includes('cannot read this kind of page'));
    expect($('button')).toBeNull();
  });
});
