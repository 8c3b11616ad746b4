import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageRun, type HighlightPolicy } from '../../core/settings';
import { watchHighlightPolicy } from '../../services/highlight-policy';
import type { SettingsService } from '../../services/settings';
import { localSettings } from './sites-fakes';

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('watchHighlightPolicy', () => {
  let settings: SettingsService;
  beforeEach(() => {
    fakeBrowser.reset();
    settings = localSettings();
  });

  it('gives the current policy, then each change that matters to this portal only', async () => {
    const seen: HighlightPolicy[] = [];
    const stop = watchHighlightPolicy(settings, pageRun('https://www.nsfc.gov.cn/', false), (policy) => seen.push(policy));
    await settle();
    expect(seen).toEqual([{ allowed: true, look: 'underline' }]);

    await settings.update({ kind: 'portal', host: 'www.most.gov.cn', on: false }); // another portal
    await settings.update({ kind: 'ui-language', language: 'zh' }); // unrelated
    await settle();
    expect(seen).toHaveLength(1);

    await settings.update({ kind: 'portal', host: 'www.nsfc.gov.cn', on: false });
    await settings.update({ kind: 'look', look: 'background' });
    await settle();
    expect(seen.slice(1)).toEqual([
      { allowed: false, look: 'underline' },
      { allowed: false, look: 'background' },
    ]);

    stop();
    await settings.update({ kind: 'portal', host: 'www.nsfc.gov.cn', on: true });
    await settle();
    expect(seen).toHaveLength(3);
  });

  it('is off everywhere when highlighting is switched off', async () => {
    await settings.update({ kind: 'highlight-enabled', on: false });
    const seen: HighlightPolicy[] = [];
    watchHighlightPolicy(settings, pageRun('https://www.nsfc.gov.cn/', false), (policy) => seen.push(policy));
    await settle();
    expect(seen).toEqual([{ allowed: false, look: 'underline' }]);
  });

  it('a user site: on while listed, off as soon as it is switched off (its open pages clear at once)', async () => {
    // Bug: the policy looked only at the global switch and the portals, so a user site switched
    // off kept highlighting its open pages until they were reloaded.
    const site = 'https://kyc.example.edu.cn';
    await settings.update({ kind: 'user-site', origin: site, on: true });
    const seen: HighlightPolicy[] = [];
    watchHighlightPolicy(settings, pageRun(`${site}/notice/1.html`, false), (policy) => seen.push(policy));
    await settle();
    await settings.update({ kind: 'user-site', origin: site, on: false });
    await settle();
    expect(seen).toEqual([
      { allowed: true, look: 'underline' },
      { allowed: false, look: 'underline' },
    ]);
  });

  it('a page scanned once stays on whatever the settings say, and follows the look', async () => {
    await settings.update({ kind: 'highlight-enabled', on: false });
    const seen: HighlightPolicy[] = [];
    watchHighlightPolicy(settings, pageRun('https://news.example.org/a', true), (policy) => seen.push(policy));
    await settle();
    await settings.update({ kind: 'look', look: 'background' });
    await settle();
    expect(seen).toEqual([
      { allowed: true, look: 'underline' },
      { allowed: true, look: 'background' },
    ]);
  });
});
