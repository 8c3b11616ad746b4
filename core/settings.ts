/**
 * The user's settings: their shape, defaults, validation and the migrations from older
 * stored shapes. Pure: the storage wrapper (entrypoints/shared/settings-store.ts) feeds
 * whatever it read through `normaliseSettings`, so a bad or old value never reaches the UI
 * or the content script, and one bad field never costs the user the others.
 */
import type { LangSetting } from './i18n';
import { isDefaultPortalHost } from './portals';
import { originHost, pageOrigin, parseSiteOrigin } from './site-origin';

export type HighlightStyle = 'underline' | 'background';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background'];
export const UI_LANGUAGES: readonly LangSetting[] = ['auto', 'zh', 'en'];

export interface Settings {
  /** Mark programme names on pages at all. */
  highlightEnabled: boolean;
  highlightStyle: HighlightStyle;
  uiLanguage: LangSetting;
  /** Default portal hosts (core/portals.ts) the user switched off. */
  disabledPortals: string[];
  /** Origins (`https://host`) the user added and granted; see core/site-origin.ts. */
  userSites: string[];
}

/** The stored shape's version; WXT's storage keeps it in the item's metadata (`settings$`). */
export const SETTINGS_VERSION = 2;

export function defaultSettings(): Settings {
  return {
    highlightEnabled: true,
    highlightStyle: 'underline',
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
 * Reads any stored value into valid settings. A missing field takes its default silently (a
 * partial or fresh object is normal); a field with a bad value takes its default and is named
 * in `problems`; a list keeps its good items and names the bad ones; unknown fields are ignored.
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

  const style = record.highlightStyle;
  if (isOneOf(style, HIGHLIGHT_STYLES)) settings.highlightStyle = style;
  else if (style !== undefined) problems.push(badValue('highlightStyle', style, HIGHLIGHT_STYLES.join(' or ')));

  const language = record.uiLanguage;
  if (isOneOf(language, UI_LANGUAGES)) settings.uiLanguage = language;
  else if (language !== undefined) problems.push(badValue('uiLanguage', language, UI_LANGUAGES.join(', ')));

  settings.disabledPortals = readList(record.disabledPortals, 'disabledPortals', readHost, problems);
  settings.userSites = readList(record.userSites, 'userSites', readOrigin, problems);

  return { settings, problems };
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

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
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

const V1_STYLES: Record<string, HighlightStyle> = { bg: 'background', line: 'underline' };

export function migrateV1ToV2(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return old;
  const { enabled, style, sites, ...rest } = old as Record<string, unknown>;
  const next: Record<string, unknown> = { ...rest };
  if (enabled !== undefined && next.highlightEnabled === undefined) next.highlightEnabled = enabled;
  if (style !== undefined && next.highlightStyle === undefined) {
    next.highlightStyle = typeof style === 'string' ? (V1_STYLES[style] ?? style) : style;
  }
  // v1 kept bare hosts ("kyc.example.edu.cn"); parseSiteOrigin reads them as https origins.
  if (sites !== undefined && next.userSites === undefined) next.userSites = sites;
  return next;
}

/** Keyed by the version each function migrates *to*, as WXT's storage expects. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateV1ToV2,
};

/** Runs the migrations from `fromVersion` up to SETTINGS_VERSION (what WXT does on load). */
export function migrateSettings(raw: unknown, fromVersion: number): unknown {
  let value = raw;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    value = SETTINGS_MIGRATIONS[version]?.(value) ?? value;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Pure updates the UI applies; each returns new settings and leaves the input untouched.
// ---------------------------------------------------------------------------------------------

/** Whether the content script should highlight on a page of this host. */
export function highlightAllowedOn(settings: Settings, host: string): boolean {
  return settings.highlightEnabled && !settings.disabledPortals.includes(host.toLowerCase());
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

/** What the content script on a page of `host` should do, from the settings. */
export interface HighlightPolicy {
  /** Highlighting on at all, and this host not a portal the user switched off. */
  allowed: boolean;
  style: HighlightStyle;
}

export function highlightPolicy(settings: Settings, host: string): HighlightPolicy {
  return { allowed: highlightAllowedOn(settings, host), style: settings.highlightStyle };
}
