import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageRun, type HighlightPolicy } from '../../core/settings';
import { watchHighlightPolicy } from '../../entrypoints/shared/highlight-policy';
import { updateSettings } from '../../entrypoints/shared/settings-store';

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('watchHighlightPolicy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the current policy, then each change that matters to this host only', async () => {
    const seen: HighlightPolicy[] = [];
    const stop = watchHighlightPolicy(pageRun('https://www.nsfc.gov.cn/', false), (policy) => seen.push(policy));
    await settle();
    expect(seen).toEqual([{ allowed: true, look: 'underline' }]);

    await updateSettings((s) => ({ ...s, disabledPortals: ['www.most.gov.cn'] })); // another portal
    await updateSettings((s) => ({ ...s, uiLanguage: 'zh' })); // unrelated
    await settle();
    expect(seen).toHaveLength(1);

    await updateSettings((s) => ({ ...s, disabledPortals: ['www.most.gov.cn', 'www.nsfc.gov.cn'] }));
    await updateSettings((s) => ({ ...s, highlightLook: 'background' }));
    await settle();
    expect(seen.slice(1)).toEqual([
      { allowed: false, look: 'underline' },
      { allowed: false, look: 'background' },
    ]);

    stop();
    await updateSettings((s) => ({ ...s, disabledPortals: [] }));
    await settle();
    expect(seen).toHaveLength(3);
  });

  it('is off everywhere when highlighting is switched off', async () => {
    await updateSettings((s) => ({ ...s, highlightEnabled: false }));
    const seen: HighlightPolicy[] = [];
    watchHighlightPolicy(pageRun('https://kyc.example.edu.cn/', false), (policy) => seen.push(policy));
    await settle();
    expect(seen).toEqual([{ allowed: false, look: 'underline' }]);
  });
});
