/**
 * Settings in the browser's synced storage, through WXT's versioned storage item. Everything
 * read goes through `normaliseSettings` (core/settings.ts): old shapes are migrated by WXT
 * (SETTINGS_MIGRATIONS), bad values fall back to defaults, and nobody downstream ever sees an
 * unchecked value.
 */
import { storage } from '#imports';
import {
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  normaliseSettings,
  storedSettings,
  type NormalisedSettings,
  type Settings,
} from '../../core/settings';

/** Raw item: typed `unknown` on purpose, since storage may hold anything (other versions, edits). */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  fallback: null,
});

/** The current settings and any problems found in what was stored. */
export async function loadSettings(): Promise<NormalisedSettings> {
  return normaliseSettings(await settingsItem.getValue());
}

export async function getSettings(): Promise<Settings> {
  return (await loadSettings()).settings;
}

/** The tail of this page's queue of settings writes (see updateSettings). */
let writes: Promise<unknown> = Promise.resolve();

/**
 * Applies one change to the current settings and stores the whole, valid result. Changes made
 * on this page run one after another: two quick clicks would otherwise both read the old
 * settings and the second write would undo the first. Reading just before writing also keeps
 * a change made meanwhile elsewhere (popup, another device) unless it touched the same field.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const run = writes.then(async () => {
    const next = normaliseSettings(storedSettings(change(await getSettings()))).settings;
    await settingsItem.setValue(storedSettings(next));
    return next;
  });
  writes = run.catch(() => undefined); // one failed write must not block the next
  return run;
}

/** Calls back with normalised settings whenever they change; returns the unsubscribe function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normaliseSettings(value).settings));
}
