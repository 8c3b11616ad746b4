/**
 * Battery: least permissions and no remote code, read from the built extension.
 *
 * - The Chrome manifest asks for exactly the permissions below; adding one must be a
 *   deliberate change of this list (with its reason).
 * - No content_security_policy loosening (MV3's default forbids eval and remote scripts).
 * - No built file can reach the network: no XMLHttpRequest, WebSocket, EventSource,
 *   sendBeacon, importScripts, eval or new Function; the only fetches are library code that
 *   reads the extension's own files (listed with their reasons below); every URL
 *   literal is a known harmless one (XML namespaces, WXT's documentation links in its error
 *   messages, the catalogue's source links shown to the user) and no page loads a remote
 *   script or stylesheet.
 * - The Firefox build (MV2) has its gecko id, a minimum version with the CSS Custom Highlight
 *   API, and the same permissions in MV2's shape.
 * - Both builds are localised and have their icons: every `__MSG_…__` resolves in each
 *   _locales file (default_locale set), every icon named is there at its size; and Chromium in
 *   Chinese shows the Chinese name, description, tooltip and commands (core/browser-strings.ts).
 *
 * The e2e global setup has built .output/chrome-mv3; the Firefox build is made here.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { BROWSER_STRINGS, DEFAULT_LOCALE, LOCALE_FOLDERS } from '../../core/browser-strings';
import { messageKeys, namedIcons } from '../manifest-facts';
import { readPng } from '../png';
import { EXTENSION_DIR, launchWithExtension } from './harness';

/** The extension API as the service worker sees it (code passed to serviceWorker.evaluate). */
declare const chrome: typeof Browser;

const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX_DIR = resolve(ROOT, '.output/firefox-mv2');

/** The default grant portals (core/portals.ts): where the highlighter runs without asking. */
const PORTAL_PATTERNS = [
  '*://grants.nsfc.gov.cn/*', // NSFC online application system
  '*://isisn.nsfc.gov.cn/*', // NSFC information system (ISIS)
  '*://service.most.gov.cn/*', // MOST national S&T programme management service
  '*://www.most.gov.cn/*', // MOST notices
  '*://www.nsfc.gov.cn/*', // NSFC guides and notices
];

const PERMISSIONS = [
  'activeTab', // "Scan this page once" on a page the user is looking at, without a host grant
  'contextMenus', // "Look up in Grant Lens" on selected text
  'scripting', // register the highlighter on sites the user adds; the one-off scan
  'storage', // settings (synced)
];

/** Any other site, asked for only when the user switches highlighting on there. */
const OPTIONAL_HOSTS = ['*://*/*'];

const sorted = (list: unknown) => [...((list as string[] | undefined) ?? [])].sort();

function readManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every `__MSG_…__` of a built manifest is in each _locales file of the build, non-empty. */
function expectLocalised(dir: string, manifest: Record<string, unknown>): void {
  expect(manifest.default_locale).toBe(DEFAULT_LOCALE);
  const keys = messageKeys(manifest);
  expect(keys).toContain('extensionName');
  expect(keys).toContain('extensionDescription');
  const folders = readdirSync(join(dir, '_locales')).sort();
  expect(folders).toEqual(Object.values(LOCALE_FOLDERS).sort());
  for (const folder of folders) {
    const messages = JSON.parse(readFileSync(join(dir, '_locales', folder, 'messages.json'), 'utf8')) as Record<
      string,
      { message?: string }
    >;
    for (const key of keys) expect(messages[key]?.message?.trim(), `${folder}: ${key}`).toBeTruthy();
  }
}

/** Every icon a built manifest names is in the build, a PNG of the size it is named for. */
function expectIcons(dir: string, manifest: Record<string, unknown>): void {
  const icons = namedIcons(manifest);
  expect(icons.map((icon) => icon.where)).toContain('icons.128');
  for (const icon of icons) {
    const png = readPng(join(dir, icon.path));
    expect([icon.where, png.width, png.height]).toEqual([icon.where, icon.size, icon.size]);
  }
}

describe('battery: least permissions (Chrome MV3 build)', () => {
  const manifest = readManifest(EXTENSION_DIR);

  it('asks for exactly the permissions the extension uses', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(sorted(manifest.permissions)).toEqual(PERMISSIONS);
    expect(sorted(manifest.host_permissions)).toEqual(PORTAL_PATTERNS);
    expect(sorted(manifest.optional_host_permissions)).toEqual(OPTIONAL_HOSTS);
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('runs its one content script on the default portals only', () => {
    const scripts = manifest.content_scripts as { matches: string[]; js: string[] }[];
    expect(scripts).toHaveLength(1);
    expect(sorted(scripts[0]!.matches)).toEqual(PORTAL_PATTERNS);
    expect(scripts[0]!.js).toEqual(['content-scripts/highlighter.js']);
    // Nothing is exposed to pages: no web page can load or fingerprint the extension's files.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('keeps the default content security policy (no eval, no remote script)', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
  });
});

describe('battery: the Chrome build is localised and has its icons', () => {
  const manifest = readManifest(EXTENSION_DIR);

  it('resolves every __MSG_ key in en and zh_CN', () => expectLocalised(EXTENSION_DIR, manifest));

  it('names icons that are in the build at their sizes, the toolbar button included', () => {
    expectIcons(EXTENSION_DIR, manifest);
    expect(Object.keys((manifest.action as { default_icon: object }).default_icon)).toContain('16');
  });

  // What the extension list, the toolbar and the shortcuts page show, as Chromium resolves it.
  for (const [lang, browserLang] of [
    ['en', 'en-US'],
    ['zh', 'zh-CN'],
  ] as const) {
    it(`shows its words in ${browserLang} Chromium`, async () => {
      const browser = await launchWithExtension({ lang: browserLang });
      try {
        const shown = await browser.serviceWorker.evaluate(() => {
          const m = chrome.runtime.getManifest();
          return {
            name: m.name,
            description: m.description,
            title: m.action?.default_title,
            next: m.commands?.['next-mention']?.description,
            previous: m.commands?.['previous-mention']?.description,
          };
        });
        expect(shown).toEqual({
          name: BROWSER_STRINGS.extensionName[lang],
          description: BROWSER_STRINGS.extensionDescription[lang],
          title: BROWSER_STRINGS.actionTitle[lang],
          next: BROWSER_STRINGS.nextMentionCommand[lang],
          previous: BROWSER_STRINGS.previousMentionCommand[lang],
        });
      } finally {
        await browser.close();
      }
    });
  }
});

describe('battery: no remote code in the built files', () => {
  const files = filesIn(EXTENSION_DIR);
  const scripts = files.filter((f) => extname(f) === '.js');
  const pages = files.filter((f) => extname(f) === '.html' || extname(f) === '.css');

  /** URL literals that never become a request. */
  function harmless(url: string): boolean {
    return (
      // XML namespace names (Preact creates SVG/MathML elements with them).
      /^http:\/\/www\.w3\.org\/(1998\/Math\/MathML|1999\/xhtml|2000\/svg)$/.test(url) ||
      // Documentation links in the error messages of WXT and @webext-core/isolated-element.
      /^https:\/\/(wxt\.dev\/|github\.com\/wxt-dev\/wxt\/|developer\.mozilla\.org\/)/.test(url) ||
      // Site-origin parsing of a host the user typed (`https://${host}`), never fetched.
      /^https:\/\/\$\{\w+\}$/.test(url)
    );
  }

  /**
   * The catalogue's source links (data/programs.json and the source registry data/sources.json),
   * shown in the entry and partner details as links to open (mirrors' addresses are data only),
   * and addresses quoted in facts ("(http://isis.nsfc.gov.cn)"): read as the check below reads
   * scripts, so a closing bracket ends an address in both.
   */
  const sourceLinks = new Set(
    ['data/programs.json', 'data/sources.json'].flatMap(
      (file) => readFileSync(resolve(ROOT, file), 'utf8').match(/https?:\/\/[^\s"'`)\\]+/g) ?? [],
    ),
  );

  it('has scripts to check', () => {
    expect(scripts.map((f) => relative(EXTENSION_DIR, f))).toContain('content-scripts/highlighter.js');
    expect(scripts.map((f) => relative(EXTENSION_DIR, f))).toContain('background.js');
  });

  it('no script opens a connection, loads code or evaluates strings', () => {
    const found: string[] = [];
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      for (const pattern of [
        /XMLHttpRequest/g,
        /WebSocket/g,
        /EventSource/g,
        /sendBeacon/g,
        /importScripts/g,
        /\beval\(/g,
        /new Function\(/g,
        /\bimport\(\s*["'`]https?:/g,
      ]) {
        for (const m of code.matchAll(pattern)) found.push(`${relative(EXTENSION_DIR, file)}: ${m[0]}`);
      }
      // The fetches allowed are library code that only ever reads the extension's own files:
      const local = [
        // Vite's modulepreload polyfill: fetch(link.href, options) for the extension page's own
        // <link rel=modulepreload> (the page HTML check below keeps those local).
        /\bfetch\(\w+\.href,\w+\)/g,
        // WXT's createShadowRootUi loading the content script's own stylesheet by
        // runtime.getURL (only with cssInjectionMode 'ui'; the card passes its CSS inline).
        /getURL\(`\/content-scripts\/[\w-]+\.css`\);try\{return await\(await fetch\(\w+\)\)/g,
        // @webext-core/isolated-element's "css: { url }" option (WXT passes { textContent }).
        /`url`in \w+\?await fetch\(\w+\.url\)/g,
      ];
      const allowedAt = new Set<number>();
      for (const pattern of local) {
        for (const m of code.matchAll(pattern)) allowedAt.add(m.index! + m[0].lastIndexOf('fetch('));
      }
      for (const m of code.matchAll(/\bfetch\(/g)) {
        if (!allowedAt.has(m.index!)) found.push(`${relative(EXTENSION_DIR, file)}: ${code.slice(m.index!, m.index! + 40)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('every URL in a script is a namespace, a documentation link or a catalogue source link', () => {
    const unknown: string[] = [];
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      for (const [url] of code.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)\\]+/g)) {
        if (!harmless(url) && !sourceLinks.has(url)) unknown.push(`${relative(EXTENSION_DIR, file)}: ${url}`);
      }
      for (const m of code.matchAll(/["'`]\/\/[a-z0-9-]+\.[a-z0-9.-]+\//gi)) {
        unknown.push(`${relative(EXTENSION_DIR, file)}: protocol-relative ${m[0]}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('extension pages load only their own files', () => {
    const remote: string[] = [];
    for (const file of pages) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:src|href)\s*=\s*["']?\s*((?:https?:)?\/\/[^"'\s>]+)/gi)) {
        remote.push(`${relative(EXTENSION_DIR, file)}: ${m[1]}`);
      }
      for (const m of text.matchAll(/(?:url\(|@import)\s*["']?\s*((?:https?:)?\/\/[^"')\s]+)/gi)) {
        remote.push(`${relative(EXTENSION_DIR, file)}: ${m[1]}`);
      }
    }
    expect(pages.length).toBeGreaterThan(0);
    expect(remote).toEqual([]);
  });
});

describe('battery: Firefox build (MV2)', () => {
  let manifest: Record<string, unknown>;
  beforeAll(() => {
    // The same command as `npm run build:firefox`, less the generate step `npm test` has run.
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
    manifest = readManifest(FIREFOX_DIR);
  }, 180_000);

  it('has its add-on id and needs a Firefox with the CSS Custom Highlight API', () => {
    const gecko = (manifest.browser_specific_settings as { gecko?: { id?: string; strict_min_version?: string } })
      ?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    // Highlight and CSS.highlights arrived in Firefox 140 (MDN browser-compat-data).
    const major = Number.parseInt(gecko?.strict_min_version ?? '0', 10);
    expect(major).toBeGreaterThanOrEqual(140);
  });

  it('asks for the same permissions in MV2 shape', () => {
    expect(manifest.manifest_version).toBe(2);
    // MV2 lists host permissions among the permissions, and optional hosts in optional_permissions.
    expect(sorted(manifest.permissions)).toEqual([...PERMISSIONS, ...PORTAL_PATTERNS].sort());
    expect(sorted(manifest.optional_permissions)).toEqual(OPTIONAL_HOSTS);
    const scripts = manifest.content_scripts as { matches: string[] }[];
    expect(scripts).toHaveLength(1);
    expect(sorted(scripts[0]!.matches)).toEqual(PORTAL_PATTERNS);
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('is localised: every __MSG_ key resolves in en and zh_CN', () => expectLocalised(FIREFOX_DIR, manifest));

  it('names icons that are in the build at their sizes, a light- and a dark-toolbar one for the button', () => {
    expectIcons(FIREFOX_DIR, manifest);
    const themeIcons = (manifest.browser_action as { theme_icons?: { light: string; dark: string }[] }).theme_icons;
    expect(themeIcons?.length).toBeGreaterThan(0);
    for (const icon of themeIcons ?? []) expect(icon.light).not.toBe(icon.dark);
  });
});
