/**
 * The toolbar badge: how many rows the popup's "On this page" lists for the tab's top document
 * (core/mention-groups.ts: programmes, an ambiguous form once, partner calls, partners), from its
 * content script's mention reports (core/messages.ts TOOLBAR_FRAME_ID: the badge and the
 * popup count the same document), kept per tab and cleared when the tab navigates. A content
 * script that stops highlighting reports zero, which clears the badge.
 */
import { browser, type Browser } from 'wxt/browser';
import { TOOLBAR_FRAME_ID } from '../../core/messages';

const BADGE_COLOUR = '#1c5d99';

export function badgeText(distinct: number): string {
  if (distinct <= 0) return '';
  return distinct > 99 ? '99+' : String(distinct);
}

export interface Badge {
  /** A content script's report: `distinct` groups in frame `frameId` of tab `tabId`. */
  report(tabId: number, frameId: number | undefined, distinct: number): void;
}

/**
 * The toolbar button's API: `action` in MV3; Firefox's MV2 build only has `browserAction`
 * (same badge methods), and WXT does not alias one to the other.
 */
function toolbarButton(): Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'> {
  const api = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return api.action ?? api.browserAction!;
}

export function installBadge(): Badge {
  const button = toolbarButton();
  const show = (tabId: number, distinct: number) => {
    button.setBadgeText({ tabId, text: badgeText(distinct) }).catch(() => {
      // The tab was closed meanwhile: no badge to set.
    });
  };

  function onTabUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo): void {
    // A new document is loading: the old count no longer applies; its content script reports anew.
    if (change.status === 'loading') show(tabId, 0);
  }

  void button.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  browser.tabs.onUpdated.addListener(onTabUpdated);
  return {
    report(tabId, frameId, distinct) {
      if ((frameId ?? TOOLBAR_FRAME_ID) !== TOOLBAR_FRAME_ID) return;
      show(tabId, distinct);
    },
  };
}
