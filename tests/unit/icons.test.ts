/**
 * The icon set: every icon file the manifest names (both browsers) is a committed PNG in
 * public/ with the pixel size it is named for, with a transparent corner (the toolbar shows
 * through), and public/icon/ holds nothing the manifest does not name.
 * Regenerate with `npx tsx scripts/gen/icons.ts` (README, "Icons").
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, firefoxThemeIcons } from '../../scripts/gen/icon-set';
import { namedIcons } from '../manifest-facts';
import { readPng } from '../png';
import { manifestFromConfig } from './config-manifest';

const PUBLIC_DIR = resolve(import.meta.dirname, '../../public');

describe('icons named by the manifest', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`(${browser}) exist in public/ at their sizes, transparent at the corner`, async () => {
      const icons = namedIcons(await manifestFromConfig(browser));
      expect(icons.length).toBeGreaterThan(0);
      for (const icon of icons) {
        const file = resolve(PUBLIC_DIR, icon.path);
        expect(existsSync(file), `${icon.where}: ${icon.path}`).toBe(true);
        const png = readPng(file);
        expect({ where: icon.where, width: png.width, height: png.height, rgba: png.rgba }).toEqual({
          where: icon.where,
          width: icon.size,
          height: icon.size,
          rgba: true,
        });
        expect(png.cornerAlpha, icon.where).toBe(0);
      }
    });
  }

  it('give the extension, its toolbar button and the store every size', async () => {
    const chrome = await manifestFromConfig('chrome');
    const sizes = (where: string) => namedIcons(chrome).filter((i) => i.where.startsWith(where)).map((i) => i.size);
    expect(sizes('icons.')).toEqual([...ICON_SIZES]);
    expect(sizes('action.default_icon.')).toEqual([...ICON_SIZES]);
  });

  it('(firefox) pair a light-toolbar and a dark-toolbar icon for each size', async () => {
    const firefox = await manifestFromConfig('firefox');
    const themeIcons = (firefox.browser_action as { theme_icons?: unknown }).theme_icons;
    expect(themeIcons).toEqual(firefoxThemeIcons());
    for (const icon of firefoxThemeIcons()) expect(icon.light).not.toBe(icon.dark);
  });

  it('public/icon/ holds no icon the manifest does not name', async () => {
    const named = new Set(
      [...namedIcons(await manifestFromConfig('chrome')), ...namedIcons(await manifestFromConfig('firefox'))].map(
        (icon) => icon.path,
      ),
    );
    const present = readdirSync(resolve(PUBLIC_DIR, 'icon')).map((name) => `icon/${name}`);
    expect(present.filter((path) => !named.has(path))).toEqual([]);
  });
});
