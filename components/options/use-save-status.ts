/**
 * The visible "saved" state: every change saves at once, and the page says so (or says why
 * it could not). One status for the whole page, announced politely to screen readers.
 */
import { useCallback, useRef, useState } from 'preact/hooks';

export type SaveStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string };

export function useSaveStatus() {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  // Only the latest save may set the final status: an older one finishing late must not
  // replace "Saving…" of a newer one with "Saved".
  const latest = useRef(0);

  const run = useCallback(async (save: () => Promise<boolean | void>): Promise<void> => {
    const ticket = ++latest.current;
    setStatus({ state: 'saving' });
    try {
      const changed = await save();
      if (ticket !== latest.current) return;
      setStatus(changed === false ? { state: 'idle' } : { state: 'saved' });
    } catch (error) {
      if (ticket !== latest.current) return;
      setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  return { status, run };
}
