import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Four layers, one command (`npm test`):
// - unit: the pure core in plain Node (no DOM, no browser API);
// - dom: the page engine and Preact components in happy-dom, with WXT's fake browser;
// - e2e: the built extension loaded into Debian's Chromium through playwright-core;
// - firefox: the Firefox build installed in Debian's Firefox ESR through puppeteer-core.
//
// One browser at a time: the machine has two cores. Each browser project runs its files one by
// one (fileParallelism: false), and `sequence.groupOrder` runs the projects as groups, lowest
// first, so the Chromium files all finish before Firefox starts (the unit and dom projects, group
// 0, run before both).
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'firefox',
          environment: 'node',
          include: ['tests/firefox/**/*.test.ts'],
          globalSetup: ['tests/firefox/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          // Firefox starts and installs the add-on slower than Chromium on a loaded machine.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
