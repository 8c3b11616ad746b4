import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_LOCALE, localeFiles, manifestMessage } from './core/browser-strings';
import { DEFAULT_PORTAL_HOSTS } from './core/portals';
import { firefoxThemeIcons, iconDictionary } from './scripts/gen/icon-set';

// Default portal sites live in core/portals.ts, one list for the manifest's host permissions,
// the content script's matches and the settings. Re-exported for existing importers.
export { DEFAULT_PORTAL_HOSTS };

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // No auto-imports: every browser API a module uses is imported where it is used, so the
  // compiler and the import-graph test (tests/unit/import-graph.test.ts) see each one.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The browser-facing words (core/browser-strings.ts) become _locales/{en,zh_CN}/messages.json
    // in every build, `wxt build` alone included; nothing generated is kept in public/.
    'build:publicAssets': (_wxt, files) => {
      for (const file of localeFiles()) files.push({ relativeDest: file.path, contents: file.contents });
    },
    // WXT makes the popup page's <title> the action's default_title; the toolbar tooltip is the
    // localised one instead (the popup keeps its plain <title> for its own document).
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = manifestMessage('actionTitle');
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    // Name, description, tooltip and command descriptions in the browser's language (en, zh_CN).
    default_locale: DEFAULT_LOCALE,
    name: manifestMessage('extensionName'),
    description: manifestMessage('extensionDescription'),
    // Icons (public/icon/, rendered by scripts/gen/icons.ts). Chrome has one toolbar icon for
    // both themes (its white glass keeps it legible on dark toolbars); Firefox picks by theme.
    icons: iconDictionary('light'),
    [manifestVersion === 2 ? 'browser_action' : 'action']: {
      default_icon: iconDictionary('light'),
      ...(browser === 'firefox' ? { theme_icons: firefoxThemeIcons() } : {}),
    },
    // Least permissions (docs/architecture.md, «Permissions»): settings storage; activeTab + scripting for the one-off
    // "Scan this page once"; scripting to register the content script on the user's own sites;
    // contextMenus for "Look up in Grant Lens". Hosts: the default portals only; any other site
    // is asked for at the moment the user switches it on.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: DEFAULT_PORTAL_HOSTS.map((host) => `*://${host}/*`),
    // Firefox MV2 has no optional_host_permissions: there optional origins go in
    // optional_permissions (checked in .output/firefox-mv2/manifest.json).
    ...(browser === 'firefox'
      ? { optional_permissions: ['*://*/*'] }
      : { optional_host_permissions: ['*://*/*'] }),
    // Next/previous programme mention (services/background/navigation.ts sends them to the page, which
    // scrolls to the mention and opens its card). Users rebind them at chrome://extensions/shortcuts
    // (Firefox: about:addons → Manage Extension Shortcuts).
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: manifestMessage('nextMentionCommand'),
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: manifestMessage('previousMentionCommand'),
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'grant-lens@example.org', strict_min_version: '140.0' },
          },
        }
      : {}),
  }),
});
