/** SiteControls and OnThisPage (the popup's page sections) in happy-dom with the fake browser. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OnThisPage, type OnThisPageProps } from '../../components/OnThisPage';
import { SiteControls } from '../../components/SiteControls';
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
let pageAnswer: { url: string; counts: { id: string; count: number }[] } | null;
let sent: { tabId: number; message: unknown; options: unknown }[];
let settings: SettingsService;
const getSettings = async () => (await readSettings()).settings;

/** SiteControls with the services the popup builds (services/), over the fake browser. */
function siteControls(lang: 'en' | 'zh') {
  return <SiteControls lang={lang} settings={settings} userSites={createUserSites(settings)} page={pageChannel} />;
}

function onThisPage(props: Omit<OnThisPageProps, 'page'>) {
  return <OnThisPage page={pageChannel} {...props} />;
}

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
  await act(async () => render(node, root));
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

  it('leaves the one-off scan to OnThisPage: no second scan button', async () => {
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

describe('OnThisPage', () => {
  const [first, second] = bundledCatalogue.entries;

  it('lists the programmes the page mentions, with names and counts, in the given order', async () => {
    pageAnswer = {
      url: 'https://www.nsfc.gov.cn/x',
      counts: [
        { id: second.id, count: 3 },
        { id: 'not-in-this-catalogue', count: 9 },
        { id: first.id, count: 1 },
      ],
    };
    openOn('https://www.nsfc.gov.cn/x');
    await mount(onThisPage({ lang: 'zh', close: () => {} }));
    await until(() => root.querySelectorAll('.gl-mention').length === 2);
    const rows = [...root.querySelectorAll('.gl-mention')].map((row) => row.textContent);
    expect(rows).toEqual([`${second.name.zh}×3出现 3 次`, `${first.name.zh}×1出现 1 次`]);
    expect(sent[0]).toEqual({ tabId: 5, message: { type: 'grant-lens:get-mentions' }, options: { frameId: 0 } });
  });

  it('shows English names in English', async () => {
    pageAnswer = { url: 'https://www.nsfc.gov.cn/x', counts: [{ id: first.id, count: 2 }] };
    openOn('https://www.nsfc.gov.cn/x');
    await mount(onThisPage({ lang: 'en', close: () => {} }));
    await until(() => $('.gl-mention') !== null);
    expect($('.gl-mention-name')!.textContent).toBe(first.name.en[0].text);
    expect($('.gl-mention')!.textContent).toContain('2 mentions');
  });

  it('a click asks the page to reveal the programme and closes the popup', async () => {
    pageAnswer = { url: 'https://www.nsfc.gov.cn/x', counts: [{ id: first.id, count: 2 }] };
    const close = vi.fn();
    openOn('https://www.nsfc.gov.cn/x');
    await mount(onThisPage({ lang: 'en', close: close }));
    await until(() => $('.gl-mention') !== null);
    await act(async () => $<HTMLButtonElement>('.gl-mention')!.click());
    await until(() => close.mock.calls.length === 1);
    expect(sent.at(-1)).toEqual({ tabId: 5, message: { type: 'grant-lens:reveal', id: first.id }, options: { frameId: 0 } });
  });

  it('says when the page names no programme', async () => {
    pageAnswer = { url: 'https://www.nsfc.gov.cn/x', counts: [] };
    openOn('https://www.nsfc.gov.cn/x');
    await mount(onThisPage({ lang: 'en' }));
    await until(() => text().includes('No programme names found'));
  });

  it('offers a scan on a page without the content script, then lists what it found', async () => {
    openOn('https://news.example.org/a.html');
    await mount(onThisPage({ lang: 'en' }));
    await until(() => text().includes('not reading this page'));
    scripting.executeScript.mockImplementation(async () => {
      pageAnswer = { url: 'https://news.example.org/a.html', counts: [{ id: first.id, count: 4 }] };
      return [];
    });
    await act(async () => $<HTMLButtonElement>('button')!.click());
    await until(() => $('.gl-mention') !== null);
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
      pageAnswer = { url: 'https://news.example.org/a.html', counts: [{ id: first.id, count: 4 }] };
      return [];
    });
    await act(async () => $<HTMLButtonElement>('button')!.click());
    await until(() => $('.gl-mention') !== null);
    held.shift()!(); // the old refresh answers now: "no script"
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect($('.gl-mention')).not.toBeNull();
  });

  it('shows why a scan failed', async () => {
    openOn('https://chromewebstore.google.com/detail/x');
    scripting.executeScript.mockRejectedValue(new Error('The extensions gallery cannot be scripted.'));
    await mount(onThisPage({ lang: 'en' }));
    await until(() => $('button') !== null);
    await act(async () => $<HTMLButtonElement>('button')!.click());
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
