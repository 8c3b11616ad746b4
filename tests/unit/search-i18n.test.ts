/** UI language resolution (core/i18n.ts), which decides the language of the search UI. */
import { describe, expect, it } from 'vitest';
import { otherLang, pick, resolveLang } from '../../core/i18n';

describe('resolveLang', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh', 'zh'],
    ['zh-Hant-TW', 'zh'],
    ['ZH-hk', 'zh'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['', 'en'],
    ['zhx', 'en'],
  ] as const)('auto with %j → %s', (browser, lang) => {
    expect(resolveLang('auto', browser)).toBe(lang);
  });

  it('lets the setting override the browser', () => {
    expect(resolveLang('zh', 'en-US')).toBe('zh');
    expect(resolveLang('en', 'zh-CN')).toBe('en');
  });
});

describe('pick and otherLang', () => {
  it('pick the text of a language', () => {
    expect(pick({ zh: '简介', en: 'Summary' }, 'zh')).toBe('简介');
    expect(pick({ zh: '简介', en: 'Summary' }, 'en')).toBe('Summary');
    expect(otherLang('zh')).toBe('en');
  });
});
