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

/**
 * Applies one change to the current settings and stores the whole, valid result. Reading
 * just before writing keeps a change made meanwhile elsewhere (popup, another device) unless
 * it touched the same field.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normaliseSettings(change(await getSettings())).settings;
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with normalised settings whenever they change; returns the unsubscribe function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normaliseSettings(value).settings));
}
