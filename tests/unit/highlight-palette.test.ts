import { describe, expect, it } from 'vitest';
import {
  MIN_MARK_CONTRAST,
  composite,
  contrastRatio,
  cssColor,
  highlightDeclarations,
  pageTone,
  paletteFor,
  parseCssColor,
  relativeLuminance,
  type Rgb,
} from '../../core/highlight-palette';

const rgb = (r: number, g: number, b: number): Rgb => ({ r, g, b });
const WHITE = rgb(255, 255, 255);
const BLACK = rgb(0, 0, 0);

describe('colour math', () => {
  it('reads computed and written colours, and refuses what it cannot read', () => {
    expect(parseCssColor('rgb(255, 128, 0)')).toEqual({ r: 255, g: 128, b: 0, a: 1 });
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseCssColor('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseCssColor('rgba(10, 20, 30, 0.25)')).toEqual({ r: 10, g: 20, b: 30, a: 0.25 });
    expect(parseCssColor('transparent')?.a).toBe(0);
    expect(parseCssColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseCssColor('#1e1e1e')).toEqual({ r: 30, g: 30, b: 30, a: 1 });
    expect(parseCssColor('oklch(0.5 0.1 200)')).toBeNull();
    expect(parseCssColor('')).toBeNull();
    expect(parseCssColor('rgb(1, 2)')).toBeNull();
    expect(parseCssColor('rgb(a, b, c)')).toBeNull();
  });

  it('has the WCAG luminance and contrast figures', () => {
    expect(relativeLuminance(WHITE)).toBeCloseTo(1, 6);
    expect(relativeLuminance(BLACK)).toBe(0);
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 6);
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 6);
    // Published pairs: #767676 is the lightest grey with 4.5:1 on white; #777 just misses it.
    expect(contrastRatio(rgb(0x76, 0x76, 0x76), WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(rgb(0x77, 0x77, 0x77), WHITE)).toBeLessThan(4.5);
    expect(contrastRatio(rgb(0xff, 0, 0), WHITE)).toBeCloseTo(4, 1);
  });

  it('composites a translucent colour over an opaque one', () => {
    expect(composite({ r: 0, g: 0, b: 0, a: 0.5 }, WHITE)).toEqual({ r: 127.5, g: 127.5, b: 127.5 });
    expect(composite({ r: 10, g: 20, b: 30, a: 1 }, WHITE)).toEqual({ r: 10, g: 20, b: 30 });
    expect(composite({ r: 10, g: 20, b: 30, a: 0 }, WHITE)).toEqual(WHITE);
  });

  it('writes colours in the space syntax', () => {
    expect(cssColor(rgb(1.4, 2.6, 3))).toBe('rgb(1 3 3)');
    expect(cssColor({ r: 1, g: 2, b: 3, a: 0.4 })).toBe('rgb(1 2 3 / 0.4)');
  });
});

describe('palette from the page background', () => {
  it('takes the tone from the page, not from anything else', () => {
    expect(pageTone(WHITE)).toBe('light');
    expect(pageTone(rgb(0xf5, 0xf0, 0xe1))).toBe('light'); // beige
    expect(pageTone(rgb(0x1e, 0x1e, 0x1e))).toBe('dark');
    expect(pageTone(rgb(0x12, 0x12, 0x12))).toBe('dark');
    expect(pageTone(rgb(0x0b, 0x2a, 0x4a))).toBe('dark'); // navy banner
    expect(pageTone(rgb(0xb0, 0xb0, 0xb0))).toBe('light');
    expect(pageTone(rgb(0x70, 0x70, 0x70))).toBe('dark');
  });

  it('gives every mark at least 3:1 on any background, from black to white', () => {
    for (let level = 0; level <= 255; level += 5) {
      for (const background of [rgb(level, level, level), rgb(level, (level * 3) % 256, 255 - level), rgb(255, level, 0)]) {
        const palette = paletteFor([background]);
        expect(contrastRatio(palette.mark, background), JSON.stringify(background)).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST);
        expect(contrastRatio(palette.number, background), JSON.stringify(background)).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST);
      }
    }
  });

  it('keeps the base amber where it already stands out, and moves it only where it must', () => {
    const onWhite = paletteFor([WHITE]);
    const onDark = paletteFor([rgb(0x1e, 0x1e, 0x1e)]);
    expect(onWhite.tone).toBe('light');
    expect(onWhite.mark).toEqual(rgb(180, 83, 9));
    expect(onDark.tone).toBe('dark');
    expect(onDark.mark).toEqual(rgb(251, 191, 36));
    // A mid grey: neither base amber reaches 3:1 there; the mark is moved towards white.
    const grey = rgb(0x80, 0x80, 0x80);
    expect(contrastRatio(rgb(251, 191, 36), grey)).toBeLessThan(MIN_MARK_CONTRAST);
    const onGrey = paletteFor([grey]);
    expect(onGrey.mark).not.toEqual(rgb(251, 191, 36));
    expect(contrastRatio(onGrey.mark, grey)).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST);
  });

  it('follows the majority of the sampled backgrounds, and meets 3:1 on each of that tone', () => {
    const dark = rgb(0x16, 0x19, 0x1e);
    expect(paletteFor([WHITE, dark, WHITE]).tone).toBe('light');
    expect(paletteFor([dark, WHITE, dark]).tone).toBe('dark');
    expect(paletteFor([dark, WHITE]).tone).toBe('dark'); // a tie: the first
    expect(paletteFor([]).tone).toBe('light'); // nothing read: the canvas default, white
    const beige = rgb(0xff, 0xe0, 0x80);
    const palette = paletteFor([WHITE, beige]);
    for (const background of [WHITE, beige]) {
      expect(contrastRatio(palette.mark, background)).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST);
    }
  });
});

describe('declarations', () => {
  const palette = paletteFor([WHITE]);

  it('draws both looks with the same solid, offset mark; the background look adds the tint', () => {
    const underline = highlightDeclarations('underline', palette);
    const background = highlightDeclarations('background', palette);
    const mark = 'text-decoration: underline solid rgb(180 83 9); text-decoration-thickness: max(2px, 0.12em); text-underline-offset: 0.22em; text-decoration-skip-ink: none;';
    expect(underline.mention).toBe(mark);
    expect(background.mention).toBe(`background-color: rgb(252 211 77 / 0.4); ${mark}`);
    expect(underline.active).toBe(background.active);
    expect(underline.active).toContain('background-color: rgb(251 191 36 / 0.6)');
    expect(underline.number).toContain('underline dotted rgb(110 118 129)');
  });

  it('uses the dark-page palette on a dark page', () => {
    const dark = highlightDeclarations('underline', paletteFor([BLACK]));
    expect(dark.mention).toContain('rgb(251 191 36)');
    expect(dark.active).toContain('rgb(251 191 36 / 0.42)');
  });
});
