/**
 * Renders the icon PNGs in public/icon/ from scripts/gen/icon.svg with Debian's Chromium
 * (playwright-core; never a downloaded browser). Run by hand after changing the drawing:
 *
 *   npx tsx scripts/gen/icons.ts
 *
 * The PNGs are committed, so `npm run build` needs no browser; tests/unit/icons.test.ts checks
 * that every file the manifest names exists at its size.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ICON_SIZES, iconPath, type IconSize, type ToolbarTheme } from './icon-set';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = resolve(import.meta.dirname, 'icon.svg');
const PUBLIC_DIR = resolve(ROOT, 'public');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Recolouring per toolbar theme. The light-toolbar colours are the SVG's own; on a dark toolbar
 * the dark blue would vanish, so the lens turns light blue and the glass is left clear.
 */
const THEME_CSS: Record<ToolbarTheme, string> = {
  light: '',
  dark: '.lens { stroke: #8fc0f0 } .glass { fill: none } .mark { fill: #ffb72e }',
};

/**
 * Transparent margin around the drawing. The store-size icon keeps Chrome Web Store's 96 px of
 * artwork inside 128 px; the small ones use every pixel.
 */
function padding(size: IconSize): number {
  return size === 128 ? 16 : 0;
}

function pageFor(svg: string, size: IconSize, theme: ToolbarTheme): string {
  const art = size - 2 * padding(size);
  const sized = svg.replace(/width="128" height="128"/, `width="${art}" height="${art}"`);
  return `<!doctype html><html><head><style>
    html, body { margin: 0; background: transparent; }
    svg { display: block; margin: ${padding(size)}px; }
    ${THEME_CSS[theme]}
  </style></head><body>${sized}</body></html>`;
}

async function main(): Promise<void> {
  const svg = readFileSync(SOURCE, 'utf8');
  if (!svg.includes('width="128" height="128"')) throw new Error(`${SOURCE}: expected width="128" height="128"`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const theme of ['light', 'dark'] as const) {
      for (const size of ICON_SIZES) {
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(pageFor(svg, size, theme));
        const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
        const file = resolve(PUBLIC_DIR, iconPath(size, theme));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, png);
        console.log(`icons: ${iconPath(size, theme)}`);
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
