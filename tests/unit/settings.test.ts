import { describe, expect, it } from 'vitest';
import {
  SETTINGS_VERSION,
  defaultSettings,
  highlightAllowedOn,
  highlightPolicy,
  migrateSettings,
  normaliseSettings,
  siteSwitchFor,
  withPortalEnabled,
  withUserSite,
  withoutUserSite,
  type Settings,
} from '../../core/settings';

const custom: Settings = {
  highlightEnabled: false,
  highlightStyle: 'background',
  uiLanguage: 'zh',
  disabledPortals: ['www.most.gov.cn'],
  userSites: ['https://kyc.example.edu.cn'],
};

describe('normaliseSettings', () => {
  it('gives the defaults, without complaint, for nothing stored (fresh install)', () => {
    expect(normaliseSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [] });
    expect(normaliseSettings(null)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('keeps a fully valid object as it is', () => {
    expect(normaliseSettings(structuredClone(custom))).toEqual({ settings: custom, problems: [] });
  });

  it('fills the missing fields of a partial object with defaults, silently', () => {
    const { settings, problems } = normaliseSettings({ highlightStyle: 'background' });
    expect(settings).toEqual({ ...defaultSettings(), highlightStyle: 'background' });
    expect(problems).toEqual([]);
  });

  it('ignores unknown extra fields', () => {
    const { settings, problems } = normaliseSettings({ ...custom, theme: 'neon', v: 9 });
    expect(settings).toEqual(custom);
    expect(problems).toEqual([]);
  });

  // Each row: a field with a bad value; only that field falls back, the others stay as set.
  const badFields: [keyof Settings, unknown][] = [
    ['highlightEnabled', 'yes'],
    ['highlightEnabled', 1],
    ['highlightStyle', 'bold'],
    ['highlightStyle', null],
    ['uiLanguage', 'fr'],
    ['uiLanguage', 42],
    ['disabledPortals', 'www.most.gov.cn'],
    ['disabledPortals', { host: 'x' }],
    ['userSites', 'https://kyc.example.edu.cn'],
    ['userSites', 7],
  ];
  it.each(badFields)('a bad %s (%j) falls back to its default and keeps every other field', (field, bad) => {
    const { settings, problems } = normaliseSettings({ ...custom, [field]: bad });
    expect(settings).toEqual({ ...custom, [field]: defaultSettings()[field] });
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
    { name: 'switched off, background style', v1: { enabled: false, style: 'bg' }, expected: { highlightEnabled: false, highlightStyle: 'background' } },
    { name: 'line style', v1: { enabled: true, style: 'line' }, expected: { highlightStyle: 'underline' } },
    { name: 'bare host sites become https origins', v1: { sites: ['kyc.example.edu.cn', 'http://old.example.org'] }, expected: { userSites: ['https://kyc.example.edu.cn', 'http://old.example.org'] } },
    { name: 'an unknown v1 style is named, not silently lost', v1: { enabled: false, style: 'wavy' }, expected: { highlightEnabled: false, highlightStyle: 'underline' }, problems: 1 },
    { name: 'an empty v1 object', v1: {}, expected: {} },
    { name: 'garbage stays garbage and normalises to defaults', v1: 'on', expected: {}, problems: 1 },
    { name: 'v2 fields already present win over v1 leftovers', v1: { enabled: false, highlightEnabled: true, style: 'bg', highlightStyle: 'underline' }, expected: { highlightEnabled: true, highlightStyle: 'underline' } },
  ];
  it.each(table)('v1 → v2: $name', ({ v1, expected, problems = 0 }) => {
    const migrated = migrateSettings(structuredClone(v1), 1);
    const result = normaliseSettings(migrated);
    expect(result.settings).toEqual({ ...defaultSettings(), ...expected });
    expect(result.problems).toHaveLength(problems);
  });

  it('does not touch a value that is already at the current version', () => {
    const value = { ...custom };
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

describe('updates', () => {
  it('switches a default portal off and on again', () => {
    const off = withPortalEnabled(defaultSettings(), 'www.nsfc.gov.cn', false);
    expect(off.disabledPortals).toEqual(['www.nsfc.gov.cn']);
    expect(highlightAllowedOn(off, 'www.nsfc.gov.cn')).toBe(false);
    expect(highlightAllowedOn(off, 'www.most.gov.cn')).toBe(true);
    const on = withPortalEnabled(off, 'www.nsfc.gov.cn', true);
    expect(on.disabledPortals).toEqual([]);
    expect(withPortalEnabled(off, 'www.nsfc.gov.cn', false).disabledPortals).toEqual(['www.nsfc.gov.cn']);
  });

  it('highlights nowhere when highlighting is off', () => {
    expect(highlightAllowedOn({ ...defaultSettings(), highlightEnabled: false }, 'www.nsfc.gov.cn')).toBe(false);
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

describe('highlightPolicy', () => {
  it('combines the global switch, the host and the style', () => {
    const settings: Settings = { ...defaultSettings(), highlightStyle: 'background', disabledPortals: ['www.most.gov.cn'] };
    expect(highlightPolicy(settings, 'www.nsfc.gov.cn')).toEqual({ allowed: true, style: 'background' });
    expect(highlightPolicy(settings, 'WWW.MOST.GOV.CN')).toEqual({ allowed: false, style: 'background' });
    expect(highlightPolicy({ ...settings, highlightEnabled: false }, 'kyc.example.edu.cn').allowed).toBe(false);
  });
});
