import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Default portal sites (DOMAIN.md, "Agencies and portals"). Kept here, in one place, because
// the manifest's host permissions and the content script's matches must agree.
export const DEFAULT_PORTAL_HOSTS = [
  'service.most.gov.cn',
  'www.most.gov.cn',
  'www.nsfc.gov.cn',
  'grants.nsfc.gov.cn',
  'isisn.nsfc.gov.cn',
] as const;

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Grant Lens',
    description:
      "Recognises China's international S&T cooperation funding programmes (MOST, NSFC) on grant portals and explains them.",
    permissions: ['storage'],
    // Next/previous programme mention (background/commands.ts sends them to the page, which
    // scrolls to the mention and opens its card). Users rebind them at chrome://extensions/shortcuts
    // (Firefox: about:addons → Manage Extension Shortcuts).
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Next programme mention on the page (show its card)',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Previous programme mention on the page (show its card)',
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
