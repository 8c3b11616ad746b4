/**
 * Sizes of what the extension ships, gzip-compressed (what a store download and a cold
 * cache cost), read from the production build in .output/chrome-mv3.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUILD_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3');

export interface BundleSize {
  name: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

function measure(name: string, files: string[]): BundleSize {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const data = readFileSync(join(BUILD_DIR, file));
    bytes += data.length;
    gzipBytes += gzipSync(data, { level: 9 }).length;
  }
  return { name, files, bytes, gzipBytes };
}

/** Scripts and styles an HTML entry point loads (script src, modulepreload and stylesheet links). */
function assetsOf(htmlFile: string): string[] {
  const html = readFileSync(join(BUILD_DIR, htmlFile), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => match[1].replace(/^\//, ''));
  return [...new Set(refs)];
}

/** Content scripts and the popup, or null when there is no build to measure. */
export function bundleSizes(): BundleSize[] | null {
  if (!existsSync(join(BUILD_DIR, 'manifest.json'))) return null;
  const sizes: BundleSize[] = [];
  const contentDir = join(BUILD_DIR, 'content-scripts');
  if (existsSync(contentDir)) {
    const scripts = readdirSync(contentDir).filter((file) => file.endsWith('.js'));
    for (const file of scripts) sizes.push(measure(`content script ${file}`, [`content-scripts/${file}`]));
  }
  // The card script: injected on a frame's first card, not at start (docs/architecture.md,
  // «The card on demand»); its name does not start with "content script", so the size target
  // counts only what every page loads.
  if (existsSync(join(BUILD_DIR, 'card.js'))) sizes.push(measure('card script card.js (on the first card)', ['card.js']));
  if (existsSync(join(BUILD_DIR, 'popup.html'))) sizes.push(measure('popup (html, scripts, styles)', ['popup.html', ...assetsOf('popup.html')]));
  return sizes;
}
