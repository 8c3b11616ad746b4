/** The tab the popup was opened on; `undefined` while asking, `null` when there is none. */
import { useEffect, useState } from 'preact/hooks';
import type { ActiveTab, PageChannel } from '../services/page-channel';

export function useActiveTab(page: PageChannel): ActiveTab | null | undefined {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  useEffect(() => {
    void page.activeTab().then(setTab, () => setTab(null));
  }, [page]);
  return tab;
}
