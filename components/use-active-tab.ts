/** The tab the popup was opened on; `undefined` while asking, `null` when there is none. */
import { useEffect, useState } from 'preact/hooks';
import { getActiveTab, type ActiveTab } from '../entrypoints/shared/active-tab';

export function useActiveTab(): ActiveTab | null | undefined {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  useEffect(() => {
    void getActiveTab().then(setTab, () => setTab(null));
  }, []);
  return tab;
}
