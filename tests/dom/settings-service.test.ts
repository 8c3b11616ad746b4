/**
 * The settings service (services/settings.ts) over WXT's fake browser: ordered deliveries,
 * the one writer, the message route to it, and what was stored by other versions.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NormalisedSettings, Settings } from '../../core/settings';
import { listenInBackground } from '../../services/background/dispatcher';
import {
  createSettingsService,
  createSettingsWriter,
  messageSettingsWriter,
  readSettings,
} from '../../services/settings';

const stored = async () => fakeBrowser.storage.sync.get(['settings', 'settings$']);
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

/** A context's service whose writes go to the background, and that background's dispatcher. */
function backgroundAndPages(pages: number) {
  const writer = createSettingsWriter();
  listenInBackground({ mentionsChanged: () => {}, openEntry: () => {}, openPartner: () => {}, updateSettings: writer.write, loadCard: async () => {} });
  return Array.from({ length: pages }, () => createSettingsService(messageSettingsWriter));
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('subscribe', () => {
  it('delivers the current settings, then each change in order', async () => {
    const service = createSettingsService(createSettingsWriter().write);
    const seen: Settings['uiLanguage'][] = [];
    service.subscribe(({ settings }) => seen.push(settings.uiLanguage));
    await settle();
    await fakeBrowser.storage.sync.set({ settings: { uiLanguage: 'zh' } });
    await fakeBrowser.storage.sync.set({ settings: { uiLanguage: 'en' } });
    await settle();
    expect(seen).toEqual(['auto', 'zh', 'en']);
  });

  it('a slow first read never lands after (and undoes) a newer change', async () => {
    // Bug: SiteControls and the options page read once and watched separately; a read that
    // answered after a change event put the older settings back on screen.
    const realGet = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync);
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementation((async (keys: never) => {
      const value = await realGet(keys); // what storage holds now: the old settings
      if (++calls === 1) await firstHeld;
      return value;
    }) as never);

    const service = createSettingsService(createSettingsWriter().write);
    const seen: string[][] = [];
    service.subscribe(({ settings }) => seen.push(settings.disabledPortals));
    await settle();
    await fakeBrowser.storage.sync.set({ settings: { disabledPortals: ['www.nsfc.gov.cn'] }, settings$: { v: 2 } });
    await settle();
    releaseFirst();
    await settle();
    expect(seen.at(-1)).toEqual(['www.nsfc.gov.cn']);
  });

  it('a second subscriber gets the current settings at once, and stopping one keeps the other', async () => {
    const service = createSettingsService(createSettingsWriter().write);
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = service.subscribe(({ settings }) => first.push(settings.uiLanguage));
    await settle();
    service.subscribe(({ settings }) => second.push(settings.uiLanguage));
    expect(second).toEqual(['auto']);
    stopFirst();
    await fakeBrowser.storage.sync.set({ settings: { uiLanguage: 'zh' } });
    await settle();
    expect(first).toEqual(['auto']);
    expect(second).toEqual(['auto', 'zh']);
  });

  it('reads garbage as defaults with problems', async () => {
    await fakeBrowser.storage.sync.set({ settings: { highlightEnabled: 3 } });
    expect((await readSettings()).problems).toHaveLength(1);
  });

  it('unreadable storage delivers the defaults and says why, and loses nothing', async () => {
    await fakeBrowser.storage.sync.set({ settings: { uiLanguage: 'zh' } });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage is disabled'));
    const delivered: NormalisedSettings[] = [];
    createSettingsService(createSettingsWriter().write).subscribe((current) => delivered.push(current));
    await settle();
    expect(delivered[0].settings.uiLanguage).toBe('auto');
    expect(delivered[0].problems[0]).toContain('storage is disabled');
    vi.restoreAllMocks();
    expect((await stored()).settings).toEqual({ uiLanguage: 'zh' });
  });
});

describe('the one writer', () => {
  it('keeps every change of quick successive updates (no lost update)', async () => {
    const service = createSettingsService(createSettingsWriter().write);
    await Promise.all([
      service.update({ kind: 'look', look: 'background' }),
      service.update({ kind: 'portal', host: 'www.most.gov.cn', on: false }),
      service.update({ kind: 'ui-language', language: 'zh' }),
      service.update({ kind: 'portal', host: 'www.nsfc.gov.cn', on: false }),
    ]);
    expect((await readSettings()).settings).toMatchObject({
      highlightLook: 'background',
      uiLanguage: 'zh',
      disabledPortals: ['www.most.gov.cn', 'www.nsfc.gov.cn'],
    });
  });

  it('two contexts writing at once (popup and options page) keep both changes', async () => {
    // Bug: each context had its own write queue; both read the old settings and the second
    // write undid the first. Now both go to the background's one queue.
    const [popup, options] = backgroundAndPages(2);
    await Promise.all([
      popup.update({ kind: 'portal', host: 'www.most.gov.cn', on: false }),
      options.update({ kind: 'ui-language', language: 'zh' }),
      popup.update({ kind: 'user-site', origin: 'https://kyc.example.edu.cn', on: true }),
      options.update({ kind: 'look', look: 'background' }),
    ]);
    expect((await readSettings()).settings).toEqual({
      highlightEnabled: true,
      highlightLook: 'background',
      uiLanguage: 'zh',
      disabledPortals: ['www.most.gov.cn'],
      userSites: ['https://kyc.example.edu.cn'],
    });
  });

  it('update resolves once this context has delivered the stored result', async () => {
    const [page] = backgroundAndPages(1);
    const seen: boolean[] = [];
    page.subscribe(({ settings }) => seen.push(settings.highlightEnabled));
    await settle();
    await page.update({ kind: 'highlight-enabled', on: false });
    expect(seen.at(-1)).toBe(false);
  });

  it('a failed write is reported to the sender and does not block the next', async () => {
    const [page] = backgroundAndPages(1);
    const realSet = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(page.update({ kind: 'ui-language', language: 'zh' })).rejects.toThrow('QUOTA_BYTES');
    vi.mocked(fakeBrowser.storage.sync.set).mockImplementation(realSet as never);
    await page.update({ kind: 'highlight-enabled', on: false });
    expect((await readSettings()).settings.highlightEnabled).toBe(false);
  });

  it('stores only valid settings, in the stored shape, with the version record', async () => {
    const service = createSettingsService(createSettingsWriter().write);
    await service.update({ kind: 'user-site', origin: 'javascript:alert(1)', on: true });
    await service.update({ kind: 'user-site', origin: 'kyc.example.edu.cn', on: true });
    expect(await stored()).toEqual({
      settings: {
        highlightEnabled: true,
        highlightStyle: 'underline',
        uiLanguage: 'auto',
        disabledPortals: [],
        userSites: ['https://kyc.example.edu.cn'],
      },
      settings$: { v: 2 },
    });
  });

  it('the background refuses settings changes from a content script', async () => {
    const writer = createSettingsWriter();
    const updateSettings = vi.fn(writer.write);
    listenInBackground({ mentionsChanged: () => {}, openEntry: () => {}, openPartner: () => {}, updateSettings, loadCard: async () => {} });
    const change = { type: 'grant-lens:update-settings', change: { kind: 'highlight-enabled', on: false } };
    await fakeBrowser.runtime.onMessage.trigger(change, { tab: { id: 3 } as never, url: 'https://www.nsfc.gov.cn/' }, () => {});
    expect(updateSettings).not.toHaveBeenCalled();
  });
});

describe('settings stored by other versions', () => {
  it('written by a newer version: read as far as this version knows, with no console error', async () => {
    // Known bug until now: WXT's storage logged "Version downgrade detected (v3 -> v2)".
    const error = vi.spyOn(console, 'error');
    await fakeBrowser.storage.sync.set({
      settings: { highlightEnabled: false, uiLanguage: 'zh', someV3Field: 1 },
      settings$: { v: 3 },
    });
    const delivered: NormalisedSettings[] = [];
    createSettingsService(createSettingsWriter().write).subscribe((current) => delivered.push(current));
    await settle();
    expect(delivered).toEqual([
      { settings: expect.objectContaining({ highlightEnabled: false, uiLanguage: 'zh' }), problems: [] },
    ]);
    expect(error).not.toHaveBeenCalled();
  });

  it('written by version 1: migrated on read, and stored in the current shape by the background', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, style: 'bg', sites: ['kyc.example.edu.cn'] } });
    expect((await readSettings()).settings).toMatchObject({ highlightEnabled: false, highlightLook: 'background' });
    await createSettingsWriter().upgradeStored();
    expect(await stored()).toEqual({
      // Migrated, not normalised: what the user had is kept as it was for the options page.
      settings: { highlightEnabled: false, highlightStyle: 'background', userSites: ['kyc.example.edu.cn'] },
      settings$: { v: 2 },
    });
  });

  it('upgrading leaves current and newer settings alone', async () => {
    await fakeBrowser.storage.sync.set({ settings: { uiLanguage: 'zh' }, settings$: { v: 3 } });
    await createSettingsWriter().upgradeStored();
    expect(await stored()).toEqual({ settings: { uiLanguage: 'zh' }, settings$: { v: 3 } });
  });
});
