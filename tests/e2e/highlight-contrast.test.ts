/**
 * Visible highlights (issue 14), measured in Chromium with the built extension: on a light and
 * a dark page, with the system in light and in dark mode, in both looks, the mark drawn under
 * a plain name and under a linked name has at least 3:1 contrast with the page background,
 * the colours depend on the page and not on the system scheme, and on a link the mark is a
 * line of its own, apart from the link's underline. The options page's preview uses exactly
 * the declarations the page's `::highlight()` rule has.
 *
 * Measured from pixels, not from the rules: each name is captured with its highlight and
 * again with the `grant-lens` highlight taken out of `CSS.highlights` for a moment; the
 * pixels that differ are the mark. A solid colour that covers at least a row across the name
 * is a line; its contrast is taken against the most common colour of the unmarked capture.
 */
import type { Browser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contrastRatio, MIN_MARK_CONTRAST, type Rgb } from '../../core/highlight-palette';
import { launchWithExtension, startPageServer, type ExtensionBrowser, type PageServer } from './harness';

declare const chrome: typeof Browser;

const PORTAL = 'www.nsfc.gov.cn';
const PLAIN = 'Research Fund for International Scientists';
const LINKED = 'Research Fund for International Young Scientists';

/** The two test pages; the dark one has the options preview's dark sample background. */
const PAGES = {
  light: { background: '#ffffff', text: '#1f2328', link: '#0645ad' },
  dark: { background: '#16191e', text: '#e6e9ee', link: '#8ab4f8' },
} as const;
type Tone = keyof typeof PAGES;
const TONES = Object.keys(PAGES) as Tone[];
const SCHEMES = ['light', 'dark'] as const;
const LOOKS = ['underline', 'background'] as const;
/** The properties a mark is made of, compared between a page's rule and the options preview. */
const LONGHANDS = [
  'text-decoration-line',
  'text-decoration-style',
  'text-decoration-color',
  'text-decoration-thickness',
  'text-underline-offset',
  'text-decoration-skip-ink',
  'background-color',
];

function pageHtml(tone: Tone): string {
  const { background, text, link } = PAGES[tone];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notice</title>
<style>
  body { background: ${background}; color: ${text}; font: 16px/1.8 sans-serif; margin: 0; padding: 24px 32px; }
  a { color: ${link}; }
  /* A site's theme switch: a class on the root. */
  html.dark body { background: ${PAGES.dark.background}; color: ${PAGES.dark.text}; }
</style></head><body>
<p>Applications to the ${PLAIN} open in March.</p>
<p>Attachment: <a href="#guide">${LINKED}</a></p>
</body></html>`;
}

interface Capture {
  /** The most common colour without the highlight: the page background behind the name. */
  background: Rgb;
  /** Solid colours the highlight drew, each covering at least one row across the name, most contrasting first. */
  lines: { color: Rgb; contrast: number; rows: number[] }[];
  /** Share of the name's box the highlight changed (the tint covers most of it). */
  changed: number;
  /** Rows (of the capture) that are a line across the name without the highlight: a link's underline. */
  ownLines: number[];
}

/** The painted range of `text` in the page's `grant-lens` highlight, as a box. */
async function nameBox(page: Page, text: string) {
  const box = await page.evaluate((wanted) => {
    for (const range of CSS.highlights.get('grant-lens') ?? []) {
      const live = new Range();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      if (live.toString() !== wanted) continue;
      const r = live.getClientRects()[0]!;
      return { x: Math.floor(r.left), y: Math.floor(r.top), width: Math.ceil(r.width), height: Math.ceil(r.height) };
    }
    return null;
  }, text);
  if (!box) throw new Error(`${text} is not painted`);
  return box;
}

async function measure(page: Page, decoder: Page, text: string): Promise<Capture> {
  const box = await nameBox(page, text);
  // Room below the box: the mark sits under the baseline, offset from it.
  const clip = { x: box.x, y: box.y, width: box.width, height: box.height + 10 };
  const shot = () => page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  const marked = await shot();
  await page.evaluate(() => {
    const slot = window as unknown as { __marks?: Highlight };
    slot.__marks = CSS.highlights.get('grant-lens');
    CSS.highlights.delete('grant-lens');
  });
  const plain = await shot();
  await page.evaluate(() => {
    const slot = window as unknown as { __marks?: Highlight };
    CSS.highlights.set('grant-lens', slot.__marks!);
  });
  const result = await decoder.evaluate(
    async ([a, b]) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return { width: bitmap.width, height: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
      };
      const withMark = await pixels(a);
      const without = await pixels(b);
      const { width, height } = withMark;
      const key = (data: Uint8ClampedArray, i: number) => `${data[i]},${data[i + 1]},${data[i + 2]}`;
      const counts = new Map<string, number>();
      for (let i = 0; i < without.data.length; i += 4) counts.set(key(without.data, i), (counts.get(key(without.data, i)) ?? 0) + 1);
      const background = [...counts].sort((x, y) => y[1] - x[1])[0]![0];
      // Per row: the colour that fills most of it (a line fills 80% or more).
      const rowLine = (data: Uint8ClampedArray, y: number) => {
        const row = new Map<string, number>();
        for (let x = 0; x < width; x++) row.set(key(data, (y * width + x) * 4), (row.get(key(data, (y * width + x) * 4)) ?? 0) + 1);
        const [color, count] = [...row].sort((p, q) => q[1] - p[1])[0]!;
        return count >= width * 0.8 && color !== background ? color : null;
      };
      const lines = new Map<string, number[]>();
      const ownLines: number[] = [];
      let changed = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if (key(withMark.data, i) !== key(without.data, i)) changed++;
        }
        const line = rowLine(withMark.data, y);
        if (line && line !== rowLine(without.data, y)) lines.set(line, [...(lines.get(line) ?? []), y]);
        if (rowLine(without.data, y)) ownLines.push(y);
      }
      return { background, lines: [...lines], changed, ownLines };
    },
    [marked.toString('base64'), plain.toString('base64')] as const,
  );
  const rgb = (text: string): Rgb => {
    const [r, g, b] = text.split(',').map(Number) as [number, number, number];
    return { r, g, b };
  };
  const background = rgb(result.background);
  const lines = result.lines
    .map(([color, rows]) => ({ color: rgb(color), contrast: contrastRatio(rgb(color), background), rows }))
    .sort((x, y) => y.contrast - x.contrast);
  return { background, lines, changed: result.changed / (box.width * box.height), ownLines: result.ownLines };
}

describe('highlight contrast against the page', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let decoder: Page;

  const writeLook = (look: string) =>
    browser.serviceWorker.evaluate((value) => chrome.storage.sync.set({ settings: { highlightStyle: value } }), look);

  beforeAll(async () => {
    server = await startPageServer();
    for (const tone of TONES) server.routes.set(`/look/${tone}.html`, pageHtml(tone));
    browser = await launchWithExtension({ port: server.port, hosts: [PORTAL] });
    decoder = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The mark colour seen per look, tone and scheme, to compare schemes afterwards. */
  const marks = new Map<string, Rgb>();
  /** The page's `::highlight(grant-lens)` longhands per look and tone, for the options preview. */
  const rules = new Map<string, Record<string, string>>();

  for (const look of LOOKS) {
    it(`${look}: at least 3:1 on light and dark pages, whatever the system scheme; a line apart from a link's`, async () => {
      await writeLook(look);
      for (const scheme of SCHEMES) {
        for (const tone of TONES) {
          const page = await browser.context.newPage();
          await page.setViewportSize({ width: 900, height: 400 });
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(`http://${PORTAL}/look/${tone}.html`);
          await expect.poll(() => page.evaluate(() => CSS.highlights.get('grant-lens')?.size ?? 0), { timeout: 10_000 }).toBe(2);
          // The rule for this look is adopted (the look setting may still be arriving).
          const rule = () =>
            page.evaluate((names) => {
              const found = document.adoptedStyleSheets
                .flatMap((sheet) => [...sheet.cssRules])
                .find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === '::highlight(grant-lens)');
              if (!found) return null;
              return Object.fromEntries(names.map((name) => [name, found.style.getPropertyValue(name)]));
            }, LONGHANDS);
          await expect.poll(async () => Boolean((await rule())?.['background-color']), { timeout: 10_000 }).toBe(look === 'background');
          rules.set(`${look}/${tone}`, (await rule())!);

          for (const name of [PLAIN, LINKED]) {
            const where = `${look}, ${tone} page, ${scheme} system, ${name === LINKED ? 'linked' : 'plain'} name`;
            const capture = await measure(page, decoder, name);
            const mark = capture.lines[0];
            expect(mark, `${where}: no solid line drawn`).toBeDefined();
            expect(mark!.contrast, `${where}: mark ${JSON.stringify(mark)} on ${JSON.stringify(capture.background)}`).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST);
            if (look === 'background') expect(capture.changed, `${where}: tint`).toBeGreaterThan(0.5);
            if (name === LINKED) {
              // The link's own underline is there without the highlight, and the mark is a
              // separate line below it, with a gap between the two.
              expect(capture.ownLines.length, `${where}: link underline`).toBeGreaterThan(0);
              expect(Math.min(...mark!.rows), where).toBeGreaterThan(Math.max(...capture.ownLines) + 1);
            }
            const key = `${look}/${tone}`;
            if (!marks.has(key)) marks.set(key, mark!.color);
            // Chosen from the page, not the system: the same colour in both schemes.
            expect(mark!.color, `${where}: same mark as in the other scheme`).toEqual(marks.get(key));
          }
          await page.close();
        }
      }
      expect(marks.get(`${look}/light`)).not.toEqual(marks.get(`${look}/dark`));
    });
  }

  it("follows a site's theme switch (a class on the root) without a reload", async () => {
    await writeLook('underline');
    const page = await browser.context.newPage();
    await page.goto(`http://${PORTAL}/look/light.html`);
    const markColor = () =>
      page.evaluate(() => {
        const rule = document.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules])
          .find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === '::highlight(grant-lens)');
        return rule?.style.getPropertyValue('text-decoration-color') ?? null;
      });
    await expect.poll(markColor, { timeout: 10_000 }).toBe('rgb(180, 83, 9)');
    await page.evaluate(() => document.documentElement.classList.add('dark'));
    await expect.poll(markColor, { timeout: 10_000 }).toBe('rgb(251, 191, 36)');
    await page.evaluate(() => document.documentElement.classList.remove('dark'));
    await expect.poll(markColor, { timeout: 10_000 }).toBe('rgb(180, 83, 9)');
    await page.close();
  });

  it('the options preview uses the same declarations as the pages, in both schemes', async () => {
    expect(rules.size).toBe(LOOKS.length * TONES.length);
    for (const look of LOOKS) {
      await writeLook(look);
      for (const scheme of SCHEMES) {
        const options = await browser.context.newPage();
        await options.emulateMedia({ colorScheme: scheme });
        await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
        await options.locator(`#look-${look}:checked`).waitFor();
        for (const tone of TONES) {
          const preview = await options.locator(`[data-testid="sample-${tone}"] .sample-mark`).evaluateAll(
            (marks, names) =>
              marks.map((mark) => Object.fromEntries(names.map((name) => [name, (mark as HTMLElement).style.getPropertyValue(name)]))),
            LONGHANDS,
          );
          expect(preview).toHaveLength(2);
          for (const declarations of preview) expect(declarations, `${look}, ${tone} sample, ${scheme} system`).toEqual(rules.get(`${look}/${tone}`));
        }
        await options.close();
      }
    }
  });
});
