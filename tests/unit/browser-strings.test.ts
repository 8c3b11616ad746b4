/**
 * The browser's own words about Grant Lens (core/browser-strings.ts) and the _locales files the
 * build writes from them: every `__MSG_…__` the manifest uses resolves in both languages, the
 * Chinese ones are Chinese, and Chrome's limits and key rules hold.
 */
import { describe, expect, it } from 'vitest';
import {
  BROWSER_STRINGS,
  DEFAULT_LOCALE,
  LOCALE_FOLDERS,
  escapeMessage,
  localeFiles,
  localeMessages,
  manifestMessage,
  type BrowserStringKey,
} from '../../core/browser-strings';
import type { Lang } from '../../core/i18n';
import { messageKeys } from '../manifest-facts';
import { manifestFromConfig } from './config-manifest';

const LANGS: Lang[] = ['en', 'zh'];
const HAN = /\p{Script=Han}/u;

/** messages.json as the build writes it, by locale folder. */
const files = Object.fromEntries(
  localeFiles().map((file) => [file.path, JSON.parse(file.contents) as Record<string, { message: string }>]),
);

describe('the _locales files', () => {
  it('are one messages.json per language, the default locale among them', () => {
    expect(Object.keys(files).sort()).toEqual(['_locales/en/messages.json', '_locales/zh_CN/messages.json']);
    expect(DEFAULT_LOCALE).toBe('en');
    expect(files[`_locales/${DEFAULT_LOCALE}/messages.json`]).toBeDefined();
  });

  it('hold every browser string in each language, as localeMessages gives them', () => {
    for (const lang of LANGS) {
      const file = files[`_locales/${LOCALE_FOLDERS[lang]}/messages.json`]!;
      expect(file).toEqual(localeMessages(lang));
      expect(Object.keys(file).sort()).toEqual(Object.keys(BROWSER_STRINGS).sort());
    }
  });

  it('use keys Chrome accepts (ASCII letters, digits, underscore; not the reserved @@ ones)', () => {
    for (const key of Object.keys(BROWSER_STRINGS)) expect(key).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    // Keys are case-insensitive to the browser: no two may differ only in case.
    const lower = Object.keys(BROWSER_STRINGS).map((key) => key.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it('write a literal $ as $$ (a lone $ would start a placeholder)', () => {
    expect(escapeMessage('US$ 5 or $1')).toBe('US$$ 5 or $$1');
    expect(escapeMessage('no dollar')).toBe('no dollar');
  });
});

describe('the manifest in wxt.config.ts', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`(${browser}) refers only to messages both languages have, non-empty`, async () => {
      const manifest = await manifestFromConfig(browser);
      expect(manifest.default_locale).toBe(DEFAULT_LOCALE);
      const keys = messageKeys(manifest);
      // Name, description, toolbar tooltip and both keyboard commands are localised.
      expect(keys).toEqual(
        ['actionTitle', 'extensionDescription', 'extensionName', 'nextMentionCommand', 'previousMentionCommand'].sort(),
      );
      for (const file of Object.values(files)) {
        for (const key of keys) expect(file[key]?.message.trim(), key).toBeTruthy();
      }
      expect(manifest.name).toBe(manifestMessage('extensionName'));
      expect(manifest.description).toBe(manifestMessage('extensionDescription'));
    });
  }
});

describe('the words themselves', () => {
  const keys = Object.keys(BROWSER_STRINGS) as BrowserStringKey[];

  it('are non-empty in both languages, with a note for translators', () => {
    for (const key of keys) {
      for (const lang of LANGS) expect(BROWSER_STRINGS[key][lang].trim(), `${key}.${lang}`).not.toBe('');
      expect(BROWSER_STRINGS[key].where.trim(), key).not.toBe('');
    }
  });

  it('are Chinese in zh and not in en', () => {
    for (const key of keys) {
      expect(BROWSER_STRINGS[key].zh, key).toMatch(HAN);
      expect(BROWSER_STRINGS[key].en, key).not.toMatch(HAN);
    }
    // What Chinese users see in the extension list and the store.
    expect(localeMessages('zh').extensionName.message).toMatch(HAN);
    expect(localeMessages('zh').extensionDescription.message).toMatch(HAN);
  });

  it("keep the extension's name in both (the brand is not translated)", () => {
    for (const lang of LANGS) expect(BROWSER_STRINGS.extensionName[lang]).toMatch(/^Grant Lens\b/);
  });

  it("fit Chrome's limits: name at most 75 characters, description at most 132", () => {
    for (const lang of LANGS) {
      expect([...BROWSER_STRINGS.extensionName[lang]].length).toBeLessThanOrEqual(75);
      expect([...BROWSER_STRINGS.extensionDescription[lang]].length).toBeLessThanOrEqual(132);
    }
  });
});
