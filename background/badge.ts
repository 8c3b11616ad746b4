/**
 * The toolbar badge: how many distinct programmes the tab mentions, from the content
 * scripts' `grant-lens:mentions-changed` messages, kept per tab and cleared when the tab
 * navigates.
 */
import { browser, type Browser } from '#imports';
import { isGrantLensMessage } from '../core/messages';

const BADGE_COLOUR = '#1c5d99';

export function badgeText(distinct: number): string {
  if (distinct <= 0) return '';
  return distinct > 99 ? '99+' : String(distinct);
}

/**
 * The toolbar button's API: `action` in MV3; Firefox's MV2 build only has `browserAction`
 * (same badge methods), and WXT does not alias one to the other.
 */
function toolbarButton(): Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'> {
  const api = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return api.action ?? api.browserAction!;
}

export function installBadge(): void {
  const button = toolbarButton();
  /**
   * Distinct counts per tab, per frame. Content scripts run in every frame and each reports
   * only its own frame; the message carries counts, not ids, so frames cannot be merged
   * exactly. The badge shows the largest frame's count: never more programmes than the tab
   * has (a sum would count a programme named in two frames twice). Kept in memory: if the
   * service worker is stopped, the badge already set stays, and the next report starts afresh.
   */
  const distinctByTab = new Map<number, Map<number, number>>();

  async function show(tabId: number): Promise<void> {
    const frames = distinctByTab.get(tabId);
    const distinct = frames ? Math.max(0, ...frames.values()) : 0;
    await button.setBadgeText({ tabId, text: badgeText(distinct) });
  }

  function onMessage(message: unknown, sender: Browser.runtime.MessageSender): undefined {
    if (!isGrantLensMessage(message) || message.type !== 'grant-lens:mentions-changed') return;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const distinct = Number.isFinite(message.distinct) ? message.distinct : 0;
    const frames = distinctByTab.get(tabId) ?? new Map<number, number>();
    frames.set(sender.frameId ?? 0, distinct);
    distinctByTab.set(tabId, frames);
    void show(tabId);
    // Returns nothing: this listener never answers, so other listeners may.
  }

  function onTabUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo): void {
    // A new document is loading: the old counts no longer apply; its content script reports anew.
    if (change.status !== 'loading') return;
    distinctByTab.delete(tabId);
    void show(tabId);
  }

  void button.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  browser.runtime.onMessage.addListener(onMessage);
  browser.tabs.onUpdated.addListener(onTabUpdated);
  browser.tabs.onRemoved.addListener((tabId) => void distinctByTab.delete(tabId));
}
