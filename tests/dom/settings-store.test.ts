import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings, loadSettings, updateSettings, watchSettings } from '../../entrypoints/shared/settings-store';

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every change of quick successive updates (no lost update)', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, highlightLook: 'background' })),
      updateSettings((s) => ({ ...s, disabledPortals: [...s.disabledPortals, 'www.most.gov.cn'] })),
      updateSettings((s) => ({ ...s, uiLanguage: 'zh' })),
      updateSettings((s) => ({ ...s, disabledPortals: [...s.disabledPortals, 'www.nsfc.gov.cn'] })),
    ]);
    expect(await getSettings()).toMatchObject({
      highlightLook: 'background',
      uiLanguage: 'zh',
      disabledPortals: ['www.most.gov.cn', 'www.nsfc.gov.cn'],
    });
  });

  it('a failing change does not block the next one', async () => {
    await expect(
      updateSettings(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await updateSettings((s) => ({ ...s, highlightEnabled: false }));
    expect((await getSettings()).highlightEnabled).toBe(false);
  });

  it('stores only valid settings, whatever a change returns', async () => {
    await updateSettings((s) => ({ ...s, highlightLook: 'wavy' as never, userSites: ['kyc.example.edu.cn'] }));
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({
      highlightEnabled: true,
      highlightStyle: 'underline',
      uiLanguage: 'auto',
      disabledPortals: [],
      userSites: ['https://kyc.example.edu.cn'],
    });
  });

  it('reads garbage as defaults with problems, and watches with normalised values', async () => {
    await fakeBrowser.storage.sync.set({ settings: { highlightEnabled: 3 } });
    expect((await loadSettings()).problems).toHaveLength(1);
    const seen: unknown[] = [];
    const stop = watchSettings((settings) => seen.push(settings.uiLanguage));
    await fakeBrowser.storage.sync.set({ settings: { uiLanguage: 'klingon' } });
    await fakeBrowser.storage.sync.set({ settings: { uiLanguage: 'en' } });
    stop();
    expect(seen).toEqual(['auto', 'en']);
  });
});
