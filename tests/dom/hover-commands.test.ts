import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenInBackground } from '../../services/background/dispatcher';
import { installNavigationCommands } from '../../services/background/navigation';
import { openCatalogueEntry, openCatalogueView } from '../../services/extension-pages';

type CommandListener = (command: string, tab?: { id?: number }) => void;

describe('background routing for hover cards', () => {
  let pressed: CommandListener;
  let sent: { tabId: number; message: unknown; options: unknown }[];

  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    // The fake browser has no commands API: capture the listener the module adds.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
      pressed = listener as unknown as CommandListener;
    });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
      tabId: number,
      message: unknown,
      options: unknown,
    ) => {
      sent.push({ tabId, message, options });
    }) as never);
    installNavigationCommands();
    listenInBackground({
      mentionsChanged: () => {},
      openEntry: (id, from) => void openCatalogueEntry(id, from),
      openPartner: (id, from) => void openCatalogueView({ kind: 'partner', id }, from),
      updateSettings: async () => {},
      loadCard: async () => {},
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('sends next/previous-mention commands to the top frame of the tab they were pressed in', async () => {
    pressed('next-mention', { id: 7 });
    pressed('previous-mention', { id: 7 });
    pressed('_execute_action', { id: 7 }); // not ours
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      { tabId: 7, message: { type: 'grant-lens:navigate', direction: 'next' }, options: { frameId: 0 } },
      { tabId: 7, message: { type: 'grant-lens:navigate', direction: 'previous' }, options: { frameId: 0 } },
    ]);
  });

  it('a tab without a content script is not an error', async () => {
    vi.mocked(fakeBrowser.tabs.sendMessage).mockRejectedValue(new Error('Receiving end does not exist.'));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    pressed('next-mention', { id: 3 });
    await new Promise((r) => setTimeout(r, 20));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('opens the catalogue at the entry a card asks for, next to the page', async () => {
    const opener = await fakeBrowser.tabs.create({ url: 'http://www.nsfc.gov.cn/notice.html' });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'grant-lens:open-entry', id: 'nsfc-key' }, { tab: opener }, () => {});
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
        fakeBrowser.runtime.getURL('/catalogue.html#/entry/nsfc-key'),
      ),
    );
  });

  it('opens the catalogue at the partner a card’s partner section asks for', async () => {
    const opener = await fakeBrowser.tabs.create({ url: 'http://www.nsfc.gov.cn/notice.html' });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'grant-lens:open-partner', id: 'dfg' }, { tab: opener }, () => {});
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
        fakeBrowser.runtime.getURL('/catalogue.html#/partner/dfg'),
      ),
    );
  });

  it('opens nothing for an id that is not an entry id (no other address smuggled into the URL)', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    for (const id of ['../popup.html', 'x#/y', 'NSFC', '']) {
      await fakeBrowser.runtime.onMessage.trigger({ type: 'grant-lens:open-entry', id }, { tab: { id: 1 } as never }, () => {});
      await fakeBrowser.runtime.onMessage.trigger({ type: 'grant-lens:open-partner', id }, { tab: { id: 1 } as never }, () => {});
    }
    await new Promise((r) => setTimeout(r, 10));
    expect(create).not.toHaveBeenCalled();
  });
});
