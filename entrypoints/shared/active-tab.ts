/** The tab the popup was opened on (the active tab of the current window). */
import { browser } from '#imports';

export interface ActiveTab {
  id: number;
  url: string | undefined;
}

export async function getActiveTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, url: tab.url };
}
