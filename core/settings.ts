/**
 * The user's settings: their shape, defaults, validation, the migrations from older stored
 * shapes, and the changes the UI makes. Pure: the settings service (services/settings.ts)
 * feeds whatever it read through `readStoredSettings`, so a bad or old value never reaches the
 * UI or the content script, and one bad field never costs the user the others.
 */
import type { LangSetting } from './i18n';
import { isDefaultPortalHost } from './portals';
import { hasOnlyKeys, isOneOf, isRecord } from './shape-checks';
import { originHost, pageOrigin, parseSiteOrigin } from './site-origin';

/** How mentions are marked on pages: the user's one choice of look. */
export const HIGHLIGHT_LOOKS = ['underline', 'background'] as const;
export type HighlightLook = (typeof HIGHLIGHT_LOOKS)[number];
export const UI_LANGUAGES = ['auto', 'zh', 'en'] as const satisfies readonly LangSetting[];

export interface Settings {
  /** Mark programme names on pages at all. */
  highlightEnabled: boolean;
  highlightLook: HighlightLook;
  uiLanguage: LangSetting;
  /** Default portal hosts (core/portals.ts) the user switched off. */
  disabledPortals: string[];
  /** Origins (`https://host`) the user added and granted; see core/site-origin.ts. */
  userSites: string[];
}

/**
 * The stored field that holds the look. It keeps the name the first published versions gave
 * it (`highlightStyle`), so settings synced between devices running older and newer versions
 * read the same on both; only this file maps it to `highlightLook`.
 */
const STORED_LOOK_FIELD = 'highlightStyle';

/**
 * The stored shape's version, kept in the item's metadata record `settings$` (the layout of
 * WXT's versioned storage, which earlier versions used: their data reads unchanged).
 */
export const SETTINGS_VERSION = 2;

export function defaultSettings(): Settings {
  return {
    highlightEnabled: true,
    highlightLook: 'underline',
    uiLanguage: 'auto',
    disabledPortals: [],
    userSites: [],
  };
}

export interface NormalisedSettings {
  settings: Settings;
  /** One sentence per value that was dropped or replaced by its default; empty when all was well. */
  problems: string[];
}

/**
 * Reads any stored value (the stored shape: see `storedSettings`) into valid settings. A
 * missing field takes its default silently (a partial or fresh object is normal); a field with
 * a bad value takes its default and is named in `problems` by its stored name; a list keeps its
 * good items and names the bad ones; unknown fields are ignored.
 */
export function normaliseSettings(raw: unknown): NormalisedSettings {
  const settings = defaultSettings();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`settings: expected an object, found ${describe(raw)}; using the defaults`);
    return { settings, problems };
  }
  const record = raw as Record<string, unknown>;

  const enabled = record.highlightEnabled;
  if (typeof enabled === 'boolean') settings.highlightEnabled = enabled;
  else if (enabled !== undefined) problems.push(badValue('highlightEnabled', enabled, 'true or false'));

  const look = record[STORED_LOOK_FIELD];
  if (isOneOf(look, HIGHLIGHT_LOOKS)) settings.highlightLook = look;
  else if (look !== undefined) problems.push(badValue(STORED_LOOK_FIELD, look, HIGHLIGHT_LOOKS.join(' or ')));

  const language = record.uiLanguage;
  if (isOneOf(language, UI_LANGUAGES)) settings.uiLanguage = language;
  else if (language !== undefined) problems.push(badValue('uiLanguage', language, UI_LANGUAGES.join(', ')));

  settings.disabledPortals = readList(record.disabledPortals, 'disabledPortals', readHost, problems);
  settings.userSites = readList(record.userSites, 'userSites', readOrigin, problems);

  return { settings, problems };
}

/** The object stored for valid settings: the shape `normaliseSettings` reads. */
export function storedSettings(settings: Settings): Record<string, unknown> {
  return {
    highlightEnabled: settings.highlightEnabled,
    [STORED_LOOK_FIELD]: settings.highlightLook,
    uiLanguage: settings.uiLanguage,
    disabledPortals: [...settings.disabledPortals],
    userSites: [...settings.userSites],
  };
}

/** The version a metadata record names; none means version 1, which had no record. */
export function storedVersion(meta: unknown): number {
  const version = (meta as { v?: unknown } | null | undefined)?.v;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

/**
 * Reads a stored value and its metadata record. Older versions are migrated first. A value
 * written by a newer version (synced from a device that was updated first) is read as it is:
 * the fields this version knows are kept, the others ignored; it is no error.
 */
export function readStoredSettings(value: unknown, meta: unknown): NormalisedSettings {
  const version = storedVersion(meta);
  return normaliseSettings(version < SETTINGS_VERSION ? migrateSettings(value, version) : value);
}

/** An item reader: the normalised item, or null when it is not valid. */
type ItemReader = (item: unknown) => string | null;

function readList(value: unknown, field: string, readItem: ItemReader, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(badValue(field, value, 'a list'));
    return [];
  }
  const kept: string[] = [];
  for (const item of value) {
    const read = readItem(item);
    if (read === null) problems.push(`${field}: dropped ${describe(item)}, not a valid site`);
    else if (!kept.includes(read)) kept.push(read);
  }
  return kept;
}

/**
 * Disabled portals are kept as any plausible host name, not only today's portal list: were a
 * portal dropped from the list and added back later, the user's choice would still stand.
 */
function readHost(item: unknown): string | null {
  if (typeof item !== 'string') return null;
  const host = item.trim().toLowerCase();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
}

function readOrigin(item: unknown): string | null {
  if (typeof item !== 'string') return null;
  const parsed = parseSiteOrigin(item);
  return parsed.ok ? parsed.origin : null;
}

function badValue(field: string, value: unknown, expected: string): string {
  return `${field}: expected ${expected}, found ${describe(value)}; using the default`;
}

/** A short, safe rendering of a stored value for a problem message. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 60) + '…' : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

// ---------------------------------------------------------------------------------------------
// Migrations. Version 1 (the first published shape) stored
//   { enabled: boolean, style: 'bg' | 'line', sites: string[] of bare host names }
// Version 2 is `Settings` above. Each migration turns the previous version's shape into the
// next one's, never throws, and passes through values it cannot translate, so that
// `normaliseSettings` names them instead of a migration silently dropping them.
// ---------------------------------------------------------------------------------------------

const V1_LOOKS: Record<string, HighlightLook> = { bg: 'background', line: 'underline' };

export function migrateV1ToV2(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return old;
  const { enabled, style, sites, ...rest } = old as Record<string, unknown>;
  const next: Record<string, unknown> = { ...rest };
  if (enabled !== undefined && next.highlightEnabled === undefined) next.highlightEnabled = enabled;
  if (style !== undefined && next[STORED_LOOK_FIELD] === undefined) {
    next[STORED_LOOK_FIELD] = typeof style === 'string' ? (V1_LOOKS[style] ?? style) : style;
  }
  // v1 kept bare hosts ("kyc.example.edu.cn"); parseSiteOrigin reads them as https origins.
  if (sites !== undefined && next.userSites === undefined) next.userSites = sites;
  return next;
}

/** Keyed by the version each function migrates *to*. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateV1ToV2,
};

/** Runs the migrations from `fromVersion` up to SETTINGS_VERSION. */
export function migrateSettings(raw: unknown, fromVersion: number): unknown {
  let value = raw;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    value = SETTINGS_MIGRATIONS[version]?.(value) ?? value;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Changes the UI makes. A change is data, not a function: it travels in a message to the one
// place that writes settings (the background, services/settings.ts), is checked there like any
// message, and is applied to the settings as stored at that moment, so a change made meanwhile
// in another context is never overwritten. Each change sets a value (never "toggle"), so
// applying it to a newer state still means what the user asked for.
// ---------------------------------------------------------------------------------------------

export type SettingsChange =
  | { kind: 'highlight-enabled'; on: boolean }
  | { kind: 'look'; look: HighlightLook }
  | { kind: 'ui-language'; language: LangSetting }
  | { kind: 'portal'; host: string; on: boolean }
  | { kind: 'user-site'; origin: string; on: boolean };

/**
 * The change, checked; null for anything that is not one, whole. Strict: a change with a field
 * it does not name is refused, not trimmed (what else it meant to change is unknown).
 */
export function parseSettingsChange(value: unknown): SettingsChange | null {
  if (!isRecord(value)) return null;
  const change = readSettingsChange(value);
  return change !== null && hasOnlyKeys(value, Object.keys(change)) ? change : null;
}

function readSettingsChange(value: Readonly<Record<string, unknown>>): SettingsChange | null {
  const { kind, on } = value;
  switch (kind) {
    case 'highlight-enabled':
      return typeof on === 'boolean' ? { kind, on } : null;
    case 'look':
      return isOneOf(value.look, HIGHLIGHT_LOOKS) ? { kind, look: value.look } : null;
    case 'ui-language':
      return isOneOf(value.language, UI_LANGUAGES) ? { kind, language: value.language } : null;
    case 'portal':
      return typeof value.host === 'string' && typeof on === 'boolean' ? { kind, host: value.host, on } : null;
    case 'user-site':
      return typeof value.origin === 'string' && typeof on === 'boolean' ? { kind, origin: value.origin, on } : null;
    default:
      return null;
  }
}

/** The settings after one change; the input is left untouched. */
export function applySettingsChange(settings: Settings, change: SettingsChange): Settings {
  switch (change.kind) {
    case 'highlight-enabled':
      return { ...settings, highlightEnabled: change.on };
    case 'look':
      return { ...settings, highlightLook: change.look };
    case 'ui-language':
      return { ...settings, uiLanguage: change.language };
    case 'portal':
      return withPortalEnabled(settings, change.host, change.on);
    case 'user-site':
      return change.on ? withUserSite(settings, change.origin) : withoutUserSite(settings, change.origin);
  }
}

export function withPortalEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const others = settings.disabledPortals.filter((h) => h !== host);
  return { ...settings, disabledPortals: enabled ? others : [...others, host] };
}

export function withUserSite(settings: Settings, origin: string): Settings {
  if (settings.userSites.includes(origin)) return settings;
  return { ...settings, userSites: [...settings.userSites, origin] };
}

export function withoutUserSite(settings: Settings, origin: string): Settings {
  return { ...settings, userSites: settings.userSites.filter((o) => o !== origin) };
}

/** What the "Highlight on this site" switch controls for a page, and whether it is on. */
export type SiteSwitch =
  | { kind: 'unsupported' }
  | { kind: 'portal'; host: string; on: boolean }
  | { kind: 'user-site'; origin: string; on: boolean };

/**
 * For a page address: a default portal is switched through `disabledPortals`; any other web
 * page through `userSites` (with a permission); browser and extension pages cannot be.
 * `highlightEnabled` is deliberately not folded in: it is shown as its own setting.
 */
export function siteSwitchFor(settings: Settings, pageUrl: string | undefined): SiteSwitch {
  const origin = pageOrigin(pageUrl);
  if (origin === null) return { kind: 'unsupported' };
  const host = originHost(origin);
  if (isDefaultPortalHost(host)) return { kind: 'portal', host, on: !settings.disabledPortals.includes(host) };
  return { kind: 'user-site', origin, on: settings.userSites.includes(origin) };
}

// ---------------------------------------------------------------------------------------------
// The highlight policy: whether the content script on a page highlights, and how.
// ---------------------------------------------------------------------------------------------

/**
 * Why the content script runs on a page. A default portal: the manifest put it there. Any
 * other site: the user's own site, registered at run time (services/user-sites.ts). Scan
 * once: the user asked for this page, this time (the popup sets SCAN_ONCE_FLAG first).
 */
export type RunReason = 'portal' | 'user-site' | 'scan-once';

export interface PageRun {
  reason: RunReason;
  /** The page's origin (core/site-origin.ts pageOrigin); null for pages that have none. */
  origin: string | null;
}

export function pageRun(pageUrl: string, scanOnce: boolean): PageRun {
  const origin = pageOrigin(pageUrl);
  if (scanOnce) return { reason: 'scan-once', origin };
  const portal = origin !== null && isDefaultPortalHost(originHost(origin));
  return { reason: portal ? 'portal' : 'user-site', origin };
}

/** What the content script on a page should do, from the settings. */
export interface HighlightPolicy {
  /** Highlight now. */
  allowed: boolean;
  look: HighlightLook;
}

/**
 * A portal highlights while highlighting is on and the user has not switched that portal
 * off; a user site while highlighting is on and the site is still in the list (switching it
 * off clears its open pages at once); a page scanned once always (the user asked for it,
 * even with highlighting off), until it is reloaded.
 */
export function highlightPolicy(settings: Settings, run: PageRun): HighlightPolicy {
  const look = settings.highlightLook;
  switch (run.reason) {
    case 'scan-once':
      return { allowed: true, look };
    case 'portal': {
      const host = run.origin === null ? '' : originHost(run.origin);
      return { allowed: settings.highlightEnabled && !settings.disabledPortals.includes(host), look };
    }
    case 'user-site':
      return {
        allowed: settings.highlightEnabled && run.origin !== null && settings.userSites.includes(run.origin),
        look,
      };
  }
}
