import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { userSiteScriptId } from '../../core/user-site-scripts';
import { readSettings, type SettingsService } from '../../services/settings';
import { createUserSites } from '../../services/user-sites';
import { installFakePermissions, installFakeScripting, localSettings } from './sites-fakes';

let root: HTMLElement;
let permissions: ReturnType<typeof installFakePermissions>;
let scripting: ReturnType<typeof installFakeScripting>;
const getSettings = async () => (await readSettings()).settings;

/** The options page as entrypoints/options/main.tsx builds it, in a browser speaking `language`. */
async function mount(settings: SettingsService = localSettings(), language = 'en-US'): Promise<void> {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () =>
    render(<OptionsApp settings={settings} userSites={createUserSites(settings)} browserLanguage={language} />, root),
  );
  await until(() => root.querySelector('h1') !== null);
}

/** Waits for the async storage round trips the page makes; fails the test if it never happens. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (condition()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  throw new Error('condition never became true');
}

const $ = <T extends Element = HTMLInputElement>(selector: string) => root.querySelector<T>(selector)!;
const status = () => $('[data-testid="save-status"]').textContent;

async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}

async function addSite(text: string): Promise<void> {
  const input = $('#site-address');
  await act(async () => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => $<HTMLFormElement>('form.add-site').requestSubmit());
}

beforeEach(() => {
  fakeBrowser.reset();
  permissions = installFakePermissions();
  scripting = installFakeScripting();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('options page', () => {
  it('shows the defaults on a fresh install', async () => {
    await mount();
    expect($('#highlight-enabled').checked).toBe(true);
    expect($('#look-underline').checked).toBe(true);
    expect($<HTMLSelectElement>('#ui-language').value).toBe('auto');
    expect(root.querySelectorAll('input[id^="portal-"]:checked')).toHaveLength(5);
    expect(root.querySelector('.notice')).toBeNull();
  });

  it('saves each change at once and says so', async () => {
    await mount();
    await click($('#highlight-enabled'));
    await until(() => status()?.includes('Saved') ?? false);
    await expect.poll(async () => (await getSettings()).highlightEnabled).toBe(false);

    await click($('#look-background'));
    await until(() => $('.sample-background') !== null);
    await expect.poll(async () => (await getSettings()).highlightLook).toBe('background');

    await click($('#portal-www-nsfc-gov-cn'));
    await until(() => !$('#portal-www-nsfc-gov-cn').checked);
    await until(() => status()?.includes('Saved') ?? false);
    await expect.poll(async () => (await getSettings()).disabledPortals).toEqual(['www.nsfc.gov.cn']);
  });

  it('switches its own language when the UI language changes', async () => {
    await mount();
    const select = $<HTMLSelectElement>('#ui-language');
    await act(async () => {
      select.value = 'zh';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => $('h1').textContent === 'Grant Lens 设置');
    expect(document.documentElement.lang).toBe('zh-CN');
    await expect.poll(async () => (await getSettings()).uiLanguage).toBe('zh');
  });

  it('adds a valid site: asks for its permission, registers the script, lists it', async () => {
    await mount();
    await addSite('https://KYC.example.edu.cn/notices/1.html');
    await until(() => root.querySelector('.user-site') !== null);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://kyc.example.edu.cn/*'] });
    expect(scripting.registered.has(userSiteScriptId('https://kyc.example.edu.cn'))).toBe(true);
    expect($('.user-site .host').textContent).toBe('https://kyc.example.edu.cn');
    expect($('#site-address').value).toBe('');
    await expect.poll(async () => (await getSettings()).userSites).toEqual(['https://kyc.example.edu.cn']);
  });

  it.each([
    ['', 'Type the address of a site.'],
    ['intranet', 'The site name looks incomplete'],
    ['ftp://files.example.org', 'Only http and https'],
    ['*.example.edu.cn', 'patterns with * are not accepted'],
    ['www.nsfc.gov.cn', 'one of the grant portals above'],
  ])('refuses %j inline, without asking the browser', async (text, message) => {
    await mount();
    await addSite(text);
    expect($('#site-address-problem').textContent).toContain(message);
    expect($('#site-address').getAttribute('aria-invalid')).toBe('true');
    expect($('#site-address').value).toBe(text); // what the user typed is kept to be corrected
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('says so when the browser refuses access, and adds nothing', async () => {
    permissions.answer = false;
    await mount();
    await addSite('kyc.example.edu.cn');
    await until(() => $('#site-address-problem').textContent !== '');
    expect($('#site-address-problem').textContent).toContain('did not allow access');
    await expect.poll(async () => (await getSettings()).userSites).toEqual([]);
  });

  it('refuses a duplicate, then removes the site and gives the permission back', async () => {
    await mount();
    await addSite('kyc.example.edu.cn');
    await until(() => root.querySelector('.user-site') !== null);
    await addSite('https://kyc.example.edu.cn/');
    expect($('#site-address-problem').textContent).toContain('already in your list');

    await click($<HTMLButtonElement>('button[aria-label="Remove: https://kyc.example.edu.cn"]'));
    await until(() => root.querySelector('.user-site') === null);
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['https://kyc.example.edu.cn/*'] });
    expect(scripting.registered.size).toBe(0);
    await expect.poll(async () => (await getSettings()).userSites).toEqual([]);
  });

  it('marks a site whose access was withdrawn and offers to allow it again', async () => {
    await fakeBrowser.storage.sync.set({ settings: { userSites: ['https://kyc.example.edu.cn'] } });
    await mount();
    await until(() => root.querySelector('.warning') !== null);
    await click($<HTMLButtonElement>('button[aria-label="Allow again: https://kyc.example.edu.cn"]'));
    await until(() => root.querySelector('.warning') === null);
    expect(scripting.registered.has(userSiteScriptId('https://kyc.example.edu.cn'))).toBe(true);
  });

  it('shows defaults for bad stored fields, keeps the good ones, and names the problems', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        highlightEnabled: 'yes',
        highlightStyle: 'background',
        uiLanguage: 42,
        userSites: ['https://kyc.example.edu.cn', 'javascript:alert(1)'],
      },
    });
    await mount();
    expect($('#highlight-enabled').checked).toBe(true);
    expect($('#look-background').checked).toBe(true);
    expect($<HTMLSelectElement>('#ui-language').value).toBe('auto');
    expect($('.user-site .host').textContent).toBe('https://kyc.example.edu.cn');
    const notice = $('.notice').textContent!;
    expect(notice).toContain('reset to their defaults');
    expect(notice).toContain('highlightEnabled');
    expect(notice).toContain('uiLanguage');
    expect(notice).toContain('javascript:alert(1)');
  });

  it('reflects a change made elsewhere (the popup) while open', async () => {
    await mount();
    await fakeBrowser.storage.sync.set({ settings: { disabledPortals: ['www.most.gov.cn'] } });
    await until(() => !$('#portal-www-most-gov-cn').checked);
  });

  it('a save that finishes after a newer change shows the newer change, not its own result', async () => {
    // Bug: the page set what its write returned once the write finished; a change stored
    // meanwhile by another context (delivered first) was overwritten on screen by the older one.
    const service = localSettings();
    const realUpdate = service.update;
    service.update = async (change) => {
      await realUpdate(change);
      // Another context's change lands right after ours, before our save reports back.
      await fakeBrowser.storage.sync.set({
        settings: { highlightEnabled: false, highlightStyle: 'underline', uiLanguage: 'auto', disabledPortals: ['www.most.gov.cn'], userSites: [] },
        settings$: { v: 2 },
      });
    };
    await mount(service);
    await click($('#highlight-enabled'));
    await until(() => status()?.includes('Saved') ?? false);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect($('#portal-www-most-gov-cn').checked).toBe(false);
    expect($('#highlight-enabled').checked).toBe(false);
  });

  it('"auto" follows the browser language it is given (services/ui-language.ts, one way everywhere)', async () => {
    await mount(localSettings(), 'zh-CN');
    expect($('h1').textContent).toBe('Grant Lens 设置');
  });
});
