import { describe, expect, it } from 'vitest';
import {
  SETTINGS_VERSION,
  applySettingsChange,
  defaultSettings,
  highlightPolicy,
  migrateSettings,
  normaliseSettings,
  pageRun,
  parseSettingsChange,
  readStoredSettings,
  siteSwitchFor,
  storedSettings,
  storedVersion,
  withPortalEnabled,
  withUserSite,
  withoutUserSite,
  type Settings,
} from '../../core/settings';

const custom: Settings = {
  highlightEnabled: false,
  highlightLook: 'background',
  uiLanguage: 'zh',
  disabledPortals: ['www.most.gov.cn'],
  userSites: ['https://kyc.example.edu.cn'],
};
/** `custom` as it is stored. */
const stored = storedSettings(custom);

describe('normaliseSettings', () => {
  it('gives the defaults, without complaint, for nothing stored (fresh install)', () => {
    expect(normaliseSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [] });
    expect(normaliseSettings(null)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('keeps a fully valid object as it is', () => {
    expect(normaliseSettings(structuredClone(stored))).toEqual({ settings: custom, problems: [] });
  });

  it('fills the missing fields of a partial object with defaults, silently', () => {
    const { settings, problems } = normaliseSettings({ highlightStyle: 'background' });
    expect(settings).toEqual({ ...defaultSettings(), highlightLook: 'background' });
    expect(problems).toEqual([]);
  });

  it('ignores unknown extra fields', () => {
    const { settings, problems } = normaliseSettings({ ...stored, theme: 'neon', v: 9 });
    expect(settings).toEqual(custom);
    expect(problems).toEqual([]);
  });

  // Each row: a stored field with a bad value, and the setting it holds; only that setting
  // falls back, the others stay as set. Problems name the stored field.
  const badFields: [string, keyof Settings, unknown][] = [
    ['highlightEnabled', 'highlightEnabled', 'yes'],
    ['highlightEnabled', 'highlightEnabled', 1],
    ['highlightStyle', 'highlightLook', 'bold'],
    ['highlightStyle', 'highlightLook', null],
    ['uiLanguage', 'uiLanguage', 'fr'],
    ['uiLanguage', 'uiLanguage', 42],
    ['disabledPortals', 'disabledPortals', 'www.most.gov.cn'],
    ['disabledPortals', 'disabledPortals', { host: 'x' }],
    ['userSites', 'userSites', 'https://kyc.example.edu.cn'],
    ['userSites', 'userSites', 7],
  ];
  it.each(badFields)('a bad %s (%s, %j) falls back to its default and keeps every other field', (field, setting, bad) => {
    const { settings, problems } = normaliseSettings({ ...stored, [field]: bad });
    expect(settings).toEqual({ ...custom, [setting]: defaultSettings()[setting] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${field}: `));
  });

  it('keeps the good items of a list, drops and names the bad ones, and removes duplicates', () => {
    const { settings, problems } = normaliseSettings({
      userSites: [
        'https://kyc.example.edu.cn',
        'javascript:alert(1)',
        'KYC.Example.edu.cn/notices/1.html',
        42,
        'http://lab.example.org:8080/x',
        '',
      ],
      disabledPortals: ['www.nsfc.gov.cn', 'not a host', null, 'WWW.NSFC.GOV.CN'],
    });
    expect(settings.userSites).toEqual(['https://kyc.example.edu.cn', 'http://lab.example.org']);
    expect(settings.disabledPortals).toEqual(['www.nsfc.gov.cn']);
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toContain('"javascript:alert(1)"');
  });

  it.each([['a string'], [42], [true], [['a', 'list']]])('replaces garbage (%j) with the defaults and says so', (garbage) => {
    const { settings, problems } = normaliseSettings(garbage);
    expect(settings).toEqual(defaultSettings());
    expect(problems).toEqual([expect.stringMatching(/^settings: expected an object/)]);
  });

  it('never returns a shared default object that a caller could mutate', () => {
    const first = normaliseSettings(undefined).settings;
    first.userSites.push('https://x.example.org');
    expect(normaliseSettings(undefined).settings.userSites).toEqual([]);
  });
});

describe('migrations', () => {
  it('is at version 2', () => expect(SETTINGS_VERSION).toBe(2));

  // From a version-1 stored value to what the user sees after migration and normalisation.
  const table: { name: string; v1: unknown; expected: Partial<Settings>; problems?: number }[] = [
    { name: 'switched off, background look', v1: { enabled: false, style: 'bg' }, expected: { highlightEnabled: false, highlightLook: 'background' } },
    { name: 'line look', v1: { enabled: true, style: 'line' }, expected: { highlightLook: 'underline' } },
    { name: 'bare host sites become https origins', v1: { sites: ['kyc.example.edu.cn', 'http://old.example.org'] }, expected: { userSites: ['https://kyc.example.edu.cn', 'http://old.example.org'] } },
    { name: 'an unknown v1 style is named, not silently lost', v1: { enabled: false, style: 'wavy' }, expected: { highlightEnabled: false, highlightLook: 'underline' }, problems: 1 },
    { name: 'an empty v1 object', v1: {}, expected: {} },
    { name: 'garbage stays garbage and normalises to defaults', v1: 'on', expected: {}, problems: 1 },
    { name: 'v2 fields already present win over v1 leftovers', v1: { enabled: false, highlightEnabled: true, style: 'bg', highlightStyle: 'underline' }, expected: { highlightEnabled: true, highlightLook: 'underline' } },
  ];
  it.each(table)('v1 → v2: $name', ({ v1, expected, problems = 0 }) => {
    const migrated = migrateSettings(structuredClone(v1), 1);
    const result = normaliseSettings(migrated);
    expect(result.settings).toEqual({ ...defaultSettings(), ...expected });
    expect(result.problems).toHaveLength(problems);
  });

  it('does not touch a value that is already at the current version', () => {
    const value = { ...stored };
    expect(migrateSettings(value, SETTINGS_VERSION)).toBe(value);
  });

  it('leaves no v1 keys behind', () => {
    expect(migrateSettings({ enabled: true, style: 'bg', sites: [] }, 1)).toEqual({
      highlightEnabled: true,
      highlightStyle: 'background',
      userSites: [],
    });
  });
});

describe('stored shape and versions', () => {
  it('stores the look under the field name every version reads (highlightStyle)', () => {
    expect(storedSettings(custom)).toEqual({
      highlightEnabled: false,
      highlightStyle: 'background',
      uiLanguage: 'zh',
      disabledPortals: ['www.most.gov.cn'],
      userSites: ['https://kyc.example.edu.cn'],
    });
    expect(normaliseSettings(storedSettings(custom)).settings).toEqual(custom);
  });

  it('reads the version from the metadata record; none, or nonsense, is version 1', () => {
    expect(storedVersion({ v: 2 })).toBe(2);
    expect(storedVersion({ v: 7 })).toBe(7);
    expect(storedVersion(undefined)).toBe(1);
    expect(storedVersion({ v: 'two' })).toBe(1);
    expect(storedVersion({ v: 0 })).toBe(1);
  });

  it('migrates an older stored value before reading it', () => {
    expect(readStoredSettings({ enabled: false, style: 'bg' }, undefined)).toEqual({
      settings: { ...defaultSettings(), highlightEnabled: false, highlightLook: 'background' },
      problems: [],
    });
  });

  it('reads a value written by a newer version as it is: known fields kept, the rest ignored, no problem', () => {
    const newer = { ...stored, highlightStyle: 'background', someV3Field: { x: 1 } };
    expect(readStoredSettings(newer, { v: SETTINGS_VERSION + 1 })).toEqual({ settings: custom, problems: [] });
  });
});

describe('changes', () => {
  it('sets each field, leaving the input untouched', () => {
    const base = defaultSettings();
    expect(applySettingsChange(base, { kind: 'highlight-enabled', on: false }).highlightEnabled).toBe(false);
    expect(applySettingsChange(base, { kind: 'look', look: 'background' }).highlightLook).toBe('background');
    expect(applySettingsChange(base, { kind: 'ui-language', language: 'zh' }).uiLanguage).toBe('zh');
    expect(applySettingsChange(base, { kind: 'portal', host: 'www.most.gov.cn', on: false }).disabledPortals).toEqual(['www.most.gov.cn']);
    expect(applySettingsChange(base, { kind: 'user-site', origin: 'https://a.example.org', on: true }).userSites).toEqual(['https://a.example.org']);
    expect(base).toEqual(defaultSettings());
  });

  it('applied again to a newer state, still means what the user asked for (set, not toggle)', () => {
    const change = { kind: 'portal', host: 'www.most.gov.cn', on: false } as const;
    const once = applySettingsChange(defaultSettings(), change);
    expect(applySettingsChange(once, change)).toEqual(once);
  });

  it.each([
    { kind: 'highlight-enabled', on: false },
    { kind: 'look', look: 'background' },
    { kind: 'ui-language', language: 'auto' },
    { kind: 'portal', host: 'www.most.gov.cn', on: true },
    { kind: 'user-site', origin: 'https://a.example.org', on: false },
  ])('is data a message can carry, checked like one: accepts %j', (change) => {
    expect(parseSettingsChange(structuredClone(change))).toEqual(change);
  });

  it.each([
    ['not an object', 'look'],
    ['null', null],
    ['a look that is not one', { kind: 'look', look: 'wavy' }],
    ['a language that is not one', { kind: 'ui-language', language: 'fr' }],
    ['a switch that is not a boolean', { kind: 'highlight-enabled', on: 'yes' }],
    ['a change without its value', { kind: 'portal', host: 'www.most.gov.cn' }],
    ['a host that is not a string', { kind: 'portal', host: 7, on: true }],
    ['an origin that is not a string', { kind: 'user-site', origin: null, on: true }],
    ['an unknown kind', { kind: 'erase-everything' }],
    ['no kind', { look: 'background' }],
    // Strict: what else a change with an extra field meant to change is unknown.
    ['an extra field', { kind: 'look', look: 'background', on: true }],
    ['a second kind’s field', { kind: 'highlight-enabled', on: true, host: 'www.most.gov.cn' }],
  ])('refuses %s', (_, change) => expect(parseSettingsChange(change)).toBeNull());
});

describe('updates', () => {
  it('switches a default portal off and on again', () => {
    const off = withPortalEnabled(defaultSettings(), 'www.nsfc.gov.cn', false);
    expect(off.disabledPortals).toEqual(['www.nsfc.gov.cn']);
    const on = withPortalEnabled(off, 'www.nsfc.gov.cn', true);
    expect(on.disabledPortals).toEqual([]);
    expect(withPortalEnabled(off, 'www.nsfc.gov.cn', false).disabledPortals).toEqual(['www.nsfc.gov.cn']);
  });

  it('adds a user site once and removes it', () => {
    const added = withUserSite(withUserSite(defaultSettings(), 'https://a.example.org'), 'https://a.example.org');
    expect(added.userSites).toEqual(['https://a.example.org']);
    expect(withoutUserSite(added, 'https://a.example.org').userSites).toEqual([]);
  });
});

describe('siteSwitchFor', () => {
  const settings: Settings = { ...defaultSettings(), disabledPortals: ['www.most.gov.cn'], userSites: ['https://kyc.example.edu.cn'] };
  it.each([
    ['https://www.nsfc.gov.cn/publish/portal0/', { kind: 'portal', host: 'www.nsfc.gov.cn', on: true }],
    ['http://www.most.gov.cn/', { kind: 'portal', host: 'www.most.gov.cn', on: false }],
    ['https://kyc.example.edu.cn/notice/1.html', { kind: 'user-site', origin: 'https://kyc.example.edu.cn', on: true }],
    ['https://other.example.org/', { kind: 'user-site', origin: 'https://other.example.org', on: false }],
    ['http://kyc.example.edu.cn/', { kind: 'user-site', origin: 'http://kyc.example.edu.cn', on: false }],
    ['chrome://extensions/', { kind: 'unsupported' }],
    [undefined, { kind: 'unsupported' }],
  ])('%s → %j', (url, expected) => expect(siteSwitchFor(settings, url)).toEqual(expected));
});

describe('pageRun: why the content script runs on a page', () => {
  it.each([
    ['https://www.nsfc.gov.cn/publish/', false, { reason: 'portal', origin: 'https://www.nsfc.gov.cn' }],
    ['http://WWW.MOST.GOV.CN/x', false, { reason: 'portal', origin: 'http://www.most.gov.cn' }],
    ['https://kyc.example.edu.cn:8443/a', false, { reason: 'user-site', origin: 'https://kyc.example.edu.cn' }],
    ['https://www.nsfc.gov.cn/publish/', true, { reason: 'scan-once', origin: 'https://www.nsfc.gov.cn' }],
    ['https://news.example.org/a', true, { reason: 'scan-once', origin: 'https://news.example.org' }],
  ] as const)('%s (scan once: %s) → %j', (url, scanOnce, expected) => expect(pageRun(url, scanOnce)).toEqual(expected));
});

describe('highlightPolicy', () => {
  const settings: Settings = {
    ...defaultSettings(),
    highlightLook: 'background',
    disabledPortals: ['www.most.gov.cn'],
    userSites: ['https://kyc.example.edu.cn'],
  };
  const off = { ...settings, highlightEnabled: false };

  it('a portal: on unless highlighting or that portal is switched off', () => {
    expect(highlightPolicy(settings, pageRun('https://www.nsfc.gov.cn/', false))).toEqual({ allowed: true, look: 'background' });
    expect(highlightPolicy(settings, pageRun('https://WWW.MOST.GOV.CN/', false))).toEqual({ allowed: false, look: 'background' });
    expect(highlightPolicy(off, pageRun('https://www.nsfc.gov.cn/', false)).allowed).toBe(false);
  });

  it('a user site: on while it is in the list, off at once when it is switched off', () => {
    const run = pageRun('https://kyc.example.edu.cn/notice/1.html', false);
    expect(highlightPolicy(settings, run)).toEqual({ allowed: true, look: 'background' });
    expect(highlightPolicy(withoutUserSite(settings, 'https://kyc.example.edu.cn'), run).allowed).toBe(false);
    expect(highlightPolicy(off, run).allowed).toBe(false);
    // Another scheme is another origin: not the site the user allowed.
    expect(highlightPolicy(settings, pageRun('http://kyc.example.edu.cn/', false)).allowed).toBe(false);
  });

  it('a page scanned once: on, whatever the settings say (the user asked for it)', () => {
    const run = pageRun('https://www.most.gov.cn/', true);
    expect(highlightPolicy(off, run)).toEqual({ allowed: true, look: 'background' });
    expect(highlightPolicy(defaultSettings(), pageRun('https://news.example.org/', true)).allowed).toBe(true);
  });
});
