/**
 * The settings service: the user's settings in the browser's synced storage, for every part of
 * the extension.
 *
 * Reading. `subscribe` delivers the current settings, then the settings after each change, in
 * the order they were stored. Every delivery is a fresh read of storage, queued behind the
 * previous one, so a slow first read can never land after (and undo) a newer change; a change
 * event only says "read again". Whatever was read goes through core/settings.ts
 * (`readStoredSettings`): older shapes are migrated, a value written by a newer version is read
 * as far as this version understands it (no error: earlier, WXT's storage logged "Version
 * downgrade detected" in every context), bad fields fall back to their defaults and are named.
 *
 * Writing. Changes are data (core/settings.ts SettingsChange) and have one writer: the
 * background (`createSettingsWriter`, one queue). The popup and the options page send their
 * changes there (`messageSettingsWriter`). Each context used to keep its own write queue: two
 * contexts writing at once both read the old settings, and the second write undid the first.
 * With one queue every change is applied to the settings as stored at that moment.
 * `update` resolves once this context's subscribers have seen the stored result, so a view
 * showing a change ahead of storage can let go of it without the control snapping back.
 *
 * Storage layout: key `settings` holds the value, key `settings$` the version record `{ v }`
 * (the layout of WXT's versioned storage, which earlier versions used, so their data reads).
 */
import { browser } from 'wxt/browser';
import { requestDone } from './background-request';
import {
  SETTINGS_VERSION,
  applySettingsChange,
  defaultSettings,
  migrateSettings,
  normaliseSettings,
  readStoredSettings,
  storedSettings,
  storedVersion,
  type NormalisedSettings,
  type SettingsChange,
} from '../core/settings';

const KEY = 'settings';
const META_KEY = 'settings$';

export interface SettingsService {
  /**
   * Calls back with the current settings (and the problems found in what was stored), then
   * after each change, in order. Returns the function that stops the deliveries.
   */
  subscribe(callback: (current: NormalisedSettings) => void): () => void;
  /** Stores one change; resolves once this context's subscribers have the stored result. */
  update(change: SettingsChange): Promise<void>;
}

/** Stores one change (the background's queue, or a message to it). */
export type SettingsWriter = (change: SettingsChange) => Promise<void>;

/** The stored settings, read once. */
export async function readSettings(): Promise<NormalisedSettings> {
  const stored = await browser.storage.sync.get([KEY, META_KEY]);
  return readStoredSettings(stored[KEY], stored[META_KEY]);
}

export function createSettingsService(write: SettingsWriter): SettingsService {
  const subscribers = new Set<(current: NormalisedSettings) => void>();
  let latest: NormalisedSettings | undefined;
  let reads: Promise<void> = Promise.resolve();

  function deliver(current: NormalisedSettings): void {
    latest = current;
    for (const callback of [...subscribers]) {
      try {
        callback(current);
      } catch (error) {
        console.error('Grant Lens: a settings subscriber failed', error);
      }
    }
  }

  /** Reads storage after every read queued before, and delivers what it read. Never rejects. */
  function refresh(): Promise<void> {
    reads = reads
      .then(() =>
        readSettings().catch((error: unknown) => ({
          // Storage unreadable (disabled by policy, or the extension is going away): the
          // defaults, said plainly; nothing is written, so nothing stored is lost.
          settings: defaultSettings(),
          problems: [`settings: could not be read (${error instanceof Error ? error.message : String(error)}); using the defaults`],
        })),
      )
      .then(deliver);
    return reads;
  }

  function onStorageChanged(changes: Record<string, unknown>, area: string): void {
    if (area === 'sync' && (KEY in changes || META_KEY in changes)) void refresh();
  }

  return {
    subscribe(callback) {
      subscribers.add(callback);
      if (subscribers.size === 1) {
        browser.storage.onChanged.addListener(onStorageChanged);
        void refresh();
      } else if (latest) {
        callback(latest);
      }
      return () => {
        if (!subscribers.delete(callback) || subscribers.size > 0) return;
        latest = undefined;
        browser.storage.onChanged.removeListener(onStorageChanged);
      };
    },
    async update(change) {
      await write(change);
      if (subscribers.size > 0) await refresh();
    },
  };
}

/** The background's writer: the one queue every change goes through. */
export interface StorageSettingsWriter {
  write: SettingsWriter;
  /**
   * Stores settings written by an older version in today's shape (migrated, not normalised:
   * a bad field stays as it was, so the options page can still name it). Reading migrates
   * anyway; this keeps storage tidy for the next version, as WXT's storage did on load.
   */
  upgradeStored(): Promise<void>;
}

export function createSettingsWriter(): StorageSettingsWriter {
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs `task` after every task queued before; one failure does not block the next. */
  function enqueue(task: () => Promise<void>): Promise<void> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }
  return {
    write: (change) =>
      enqueue(async () => {
        const { settings } = await readSettings();
        // Through normalise again: a change cannot store what a read would refuse (a bad origin).
        const next = normaliseSettings(storedSettings(applySettingsChange(settings, change))).settings;
        await browser.storage.sync.set({ [KEY]: storedSettings(next), [META_KEY]: { v: SETTINGS_VERSION } });
      }),
    upgradeStored: () =>
      enqueue(async () => {
        const stored = await browser.storage.sync.get([KEY, META_KEY]);
        const version = storedVersion(stored[META_KEY]);
        if (stored[KEY] === undefined || stored[KEY] === null || version >= SETTINGS_VERSION) return;
        await browser.storage.sync.set({
          [KEY]: migrateSettings(stored[KEY], version),
          [META_KEY]: { v: SETTINGS_VERSION },
        });
      }),
  };
}

/** Every other context's writer: the change goes to the background's queue. */
export const messageSettingsWriter: SettingsWriter = async (change) => {
  await requestDone({ type: 'grant-lens:update-settings', change });
};
