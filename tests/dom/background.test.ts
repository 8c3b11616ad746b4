import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { userSiteScript, userSiteScriptId } from '../../core/user-site-scripts';
import background from '../../entrypoints/background';
import { installBadge } from '../../services/background/badge';
import { listenInBackground } from '../../services/background/dispatcher';
import { LOOKUP_MENU_ID } from '../../services/background/lookup-menu';
import { scheduleReconcile } from '../../services/background/site-registrations';
import { catalogueSearchUrl } from '../../services/extension-pages';
import { createSettingsService, messageSettingsWriter, readSettings } from '../../services/settings';
import {
  fakeEvent,
  installFakeContextMenus,
  installFakePermissions,
  installFakeScripting,
} from './sites-fakes';

function mentionsChanged(distinct: number) {
  return { type: 'grant-lens:mentions-changed', total: distinct * 2, distinct };
}
const sender = (tabId: number, frameId = 0) => ({ tab: { id: tabId } as never, frameId });
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

async function tick(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The badge as the background wires it: reports arrive through the one dispatcher. */
function installBadgeBehindDispatcher(): void {
  const badge = installBadge();
  listenInBackground({
    mentionsChanged: ({ tabId, frameId, distinct }) => badge.report(tabId, frameId, distinct),
    openEntry: () => {},
    openPartner: () => {},
    updateSettings: async () => {},
    loadCard: async () => {},
  });
}

describe('badge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installBadgeBehindDispatcher();
  });

  it('shows the distinct programme count per tab', async () => {
    await fakeBrowser.runtime.onMessage.trigger(mentionsChanged(3), sender(1), () => {});
    await fakeBrowser.runtime.onMessage.trigger(mentionsChanged(1), sender(2), () => {});
    await tick();
    expect(await badge(1)).toBe('3');
    expect(await badge(2)).toBe('1');
  });

  it('follows later counts and shows nothing for zero', async () => {
    await fakeBrowser.runtime.onMessage.trigger(mentionsChanged(3), sender(1), () => {});
    await fakeBrowser.runtime.onMessage.trigger(mentionsChanged(0), sender(1), () => {});
    await tick();
    expect(await badge(1)).toBe('');
  });

  it('counts the top frame only, as the popup does (core/messages.ts TOOLBAR_FRAME_ID)', async () => {
    // Bug: the badge showed the largest count of any frame while the popup listed the top
    // frame's; now both speak for the top document.
    await fakeBrowser.runtime.onMessage.trigger(mentionsChanged(2), sender(1, 0), () => {});
    await fakeBrowser.runtime.onMessage.trigger(mentionsChanged(4), sender(1, 7), () => {});
    await tick();
    expect(await badge(1)).toBe('2');
  });

  it('clears the tab badge when the tab navigates, not on other updates', async () => {
    await fakeBrowser.runtime.onMessage.trigger(mentionsChanged(3), sender(1), () => {});
    await fakeBrowser.tabs.onUpdated.trigger(1, { title: 'x' }, { id: 1 } as never);
    await tick();
    expect(await badge(1)).toBe('3');
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' }, { id: 1 } as never);
    await tick();
    expect(await badge(1)).toBe('');
  });

  it('ignores other messages, malformed reports and senders that are not tabs', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'something-else', distinct: 9 }, sender(1), () => {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'grant-lens:mentions-changed', total: 1, distinct: '9' }, sender(1), () => {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'grant-lens:mentions-changed', total: 1, distinct: -3 }, sender(1), () => {});
    await fakeBrowser.runtime.onMessage.trigger(mentionsChanged(9), { frameId: 0 }, () => {});
    await tick();
    expect(await badge(1)).toBe('');
  });

  it('caps large counts at 99+', async () => {
    await fakeBrowser.runtime.onMessage.trigger(mentionsChanged(150), sender(1), () => {});
    await tick();
    expect(await badge(1)).toBe('99+');
  });
});

describe('background wiring', () => {
  let menus: ReturnType<typeof installFakeContextMenus>;
  let scripting: ReturnType<typeof installFakeScripting>;
  let permissions: ReturnType<typeof installFakePermissions>;

  beforeEach(() => {
    fakeBrowser.reset();
    menus = installFakeContextMenus();
    scripting = installFakeScripting();
    permissions = installFakePermissions();
    fakeBrowser.i18n.getUILanguage = vi.fn(() => 'en-GB');
    Object.assign(fakeBrowser.commands, { onCommand: fakeEvent() });
    background.main();
  });

  it('creates the selection menu on install, titled in the UI language', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(menus.items.get(LOOKUP_MENU_ID)).toEqual({
      id: LOOKUP_MENU_ID,
      title: 'Look up in Grant Lens',
      contexts: ['selection'],
    });
  });

  it('recreates the menu on update without a duplicate-id error', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    expect(menus.items.size).toBe(1);
  });

  it('titles the menu in Chinese when the browser speaks Chinese, and retitles on a settings change', async () => {
    fakeBrowser.i18n.getUILanguage = vi.fn(() => 'zh-CN');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(menus.items.get(LOOKUP_MENU_ID)?.title).toBe('在 Grant Lens 中查询');
    // As the options page does: the change travels to the background's one writer.
    await createSettingsService(messageSettingsWriter).update({ kind: 'ui-language', language: 'en' });
    await vi.waitFor(() => expect(menus.items.get(LOOKUP_MENU_ID)?.title).toBe('Look up in Grant Lens'));
  });

  it('opens the catalogue beside the page with the selection as query', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await menus.onClicked.trigger(
      { menuItemId: LOOKUP_MENU_ID, selectionText: '  重点国际（地区）\n合作研究项目 ' },
      { id: 4, index: 2 },
    );
    const tabs = await fakeBrowser.tabs.query({});
    const opened = tabs.find((tab) => tab.url?.includes('catalogue.html'));
    expect(opened).toBeDefined();
    const url = new URL(opened!.url!);
    expect(url.pathname).toBe('/catalogue.html');
    expect(url.searchParams.get('q')).toBe('重点国际（地区） 合作研究项目');
    // Beside the page the user was reading (the fake tabs ignore the position, so ask the call).
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ index: 3, openerTabId: 4 }));
  });

  it('ignores clicks on other menu items and empty selections', async () => {
    const before = (await fakeBrowser.tabs.query({})).length;
    await menus.onClicked.trigger({ menuItemId: 'other', selectionText: 'x' }, { id: 4, index: 2 });
    await menus.onClicked.trigger({ menuItemId: LOOKUP_MENU_ID, selectionText: '   ' }, { id: 4, index: 2 });
    expect((await fakeBrowser.tabs.query({})).length).toBe(before);
  });

  it('re-registers granted user sites after an update', async () => {
    await fakeBrowser.storage.sync.set({ settings: { userSites: ['https://kyc.example.edu.cn'] } });
    permissions.granted.add('https://kyc.example.edu.cn/*');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await scheduleReconcile('test: wait for the queue');
    expect(scripting.registered.get(userSiteScriptId('https://kyc.example.edu.cn'))).toEqual(
      userSiteScript('https://kyc.example.edu.cn'),
    );
  });

  it('drops the script of a site whose permission the user revokes, keeping the setting', async () => {
    const site = 'https://kyc.example.edu.cn';
    await fakeBrowser.storage.sync.set({ settings: { userSites: [site] } });
    scripting.registered.set(userSiteScriptId(site), userSiteScript(site));
    await permissions.onRemoved.trigger({ origins: [`${site}/*`] });
    await scheduleReconcile('test: wait for the queue');
    expect(scripting.registered.size).toBe(0);
    expect((await readSettings()).settings.userSites).toEqual([site]);
  });
});

describe('catalogueSearchUrl', () => {
  it('caps a long selection and encodes it', () => {
    const url = new URL(catalogueSearchUrl('a&b '.repeat(100)));
    expect(url.searchParams.get('q')).toHaveLength(100);
    expect(url.searchParams.get('q')!.startsWith('a&b a&b')).toBe(true);
  });
});

describe('badge in a Firefox MV2 build (browserAction, no action)', () => {
  it('sets the badge through browserAction', async () => {
    fakeBrowser.reset();
    const texts: unknown[] = [];
    const original = fakeBrowser.action;
    const browserAction = {
      setBadgeText: vi.fn(async (details: unknown) => void texts.push(details)),
      setBadgeBackgroundColor: vi.fn(async () => {}),
    };
    Object.assign(fakeBrowser, { action: undefined, browserAction });
    try {
      installBadgeBehindDispatcher();
      await fakeBrowser.runtime.onMessage.trigger(mentionsChanged(2), sender(3), () => {});
      await tick();
      expect(texts).toEqual([{ tabId: 3, text: '2' }]);
    } finally {
      Object.assign(fakeBrowser, { action: original });
    }
  });
});
