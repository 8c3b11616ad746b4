/**
 * The page's background as the highlight colours read it (page/page-background.ts), and the
 * painter rewriting its rules when that background changes (page/highlight.ts checkColours).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backgroundBehind, canvasColor } from '../../page/page-background';
import { adoptHighlightSheetEarly, HighlightPainter } from '../../page/highlight';
import { installHighlightShims } from './page-fakes';

const WHITE = { r: 255, g: 255, b: 255 };

beforeEach(() => installHighlightShims());
afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
  document.head.innerHTML = '';
});

describe('backgroundBehind', () => {
  it('is white where nothing is painted', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    expect(backgroundBehind(document, document.getElementById('p'))).toEqual(WHITE);
    expect(backgroundBehind(document, null)).toEqual(WHITE);
  });

  it('takes the nearest opaque background on the way up, body or block', () => {
    document.body.style.backgroundColor = 'rgb(17, 17, 17)';
    document.body.innerHTML = '<div id="card" style="background-color: rgb(250, 250, 240)"><p id="in">a</p></div><p id="out">b</p>';
    expect(backgroundBehind(document, document.getElementById('in'))).toEqual({ r: 250, g: 250, b: 240 });
    expect(backgroundBehind(document, document.getElementById('out'))).toEqual({ r: 17, g: 17, b: 17 });
    expect(backgroundBehind(document, null)).toEqual({ r: 17, g: 17, b: 17 });
  });

  it('composites translucent backgrounds over what is under them', () => {
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    document.body.innerHTML = '<p id="p" style="background-color: rgba(255, 255, 255, 0.5)">a</p>';
    expect(backgroundBehind(document, document.getElementById('p'))).toEqual({ r: 127.5, g: 127.5, b: 127.5 });
  });

  it('reads a dark canvas only where the page opted into a dark color-scheme', () => {
    expect(canvasColor(document)).toEqual(WHITE);
    document.head.innerHTML = '<meta name="color-scheme" content="dark">';
    expect(canvasColor(document)).toEqual({ r: 18, g: 18, b: 18 });
    // "light dark" follows the system, which is light here.
    document.head.innerHTML = '<meta name="color-scheme" content="light dark">';
    expect(canvasColor(document)).toEqual(WHITE);
  });
});

describe('HighlightPainter colours', () => {
  // happy-dom's CSS parser drops ::highlight() rules: the text each sheet was given is kept here.
  const written = new WeakMap<CSSStyleSheet, string>();
  const replaceSync = CSSStyleSheet.prototype.replaceSync;
  beforeEach(() => {
    CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, text: string) {
      written.set(this, text);
      replaceSync.call(this, text);
    };
  });
  afterEach(() => {
    CSSStyleSheet.prototype.replaceSync = replaceSync;
  });
  /** The `::highlight(grant-lens)` rule in the document's adopted sheets. */
  function mentionRule(): string {
    const css = document.adoptedStyleSheets.map((sheet) => written.get(sheet) ?? '').join('\n');
    return /::highlight\(grant-lens\) \{[^}]*\}/.exec(css)?.[0] ?? '';
  }

  it('paints from the background behind its mentions and follows a theme switch', () => {
    document.body.innerHTML = '<p id="p">外国学者研究基金项目</p>';
    const text = document.getElementById('p')!.firstChild!;
    const painter = new HighlightPainter('underline');
    painter.add(new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: 5 }));
    painter.styleRoot(document);
    painter.checkColours();
    expect(mentionRule()).toContain('solid rgb(180 83 9)'); // the light-page amber

    document.body.style.backgroundColor = 'rgb(20, 22, 26)';
    painter.checkColours();
    expect(mentionRule()).toContain('solid rgb(251 191 36)'); // the dark-page amber

    painter.setLook('background');
    expect(mentionRule()).toContain('background-color: rgb(251 191 36 / 0.24)');
    painter.dispose();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  describe('the rules adopted at document_start (adoptHighlightSheetEarly)', () => {
    /** Counts replaceSync calls on one sheet: each is a whole-page restyle in Chromium. */
    function countingWrites(sheet: CSSStyleSheet): { count: number } {
      const writes = { count: 0 };
      const own = sheet.replaceSync.bind(sheet);
      sheet.replaceSync = (text: string) => {
        writes.count++;
        own(text);
      };
      return writes;
    }
    function paintOne(painter: HighlightPainter): void {
      const text = document.getElementById('p')!.firstChild!;
      painter.add(new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: 5 }));
      painter.checkColours();
      painter.styleRoot(document);
    }

    it('are taken over as they are on a light page: no second sheet, no rewrite', () => {
      document.body.innerHTML = '<p id="p">外国学者研究基金项目</p>';
      const early = adoptHighlightSheetEarly(document, 'underline')!;
      expect(document.adoptedStyleSheets).toEqual([early.sheet]);
      const writes = countingWrites(early.sheet);
      const painter = new HighlightPainter('underline', early);
      paintOne(painter);
      expect(document.adoptedStyleSheets).toEqual([early.sheet]);
      expect(writes.count).toBe(0);
      expect(mentionRule()).toContain('solid rgb(180 83 9)');
      painter.dispose();
      expect(document.adoptedStyleSheets).toHaveLength(0);
    });

    it('are rewritten once where the page is dark', () => {
      document.body.innerHTML = '<p id="p">外国学者研究基金项目</p>';
      document.body.style.backgroundColor = 'rgb(20, 22, 26)';
      const early = adoptHighlightSheetEarly(document, 'underline')!;
      const writes = countingWrites(early.sheet);
      const painter = new HighlightPainter('underline', early);
      paintOne(painter);
      expect(document.adoptedStyleSheets).toEqual([early.sheet]);
      expect(writes.count).toBe(1);
      expect(mentionRule()).toContain('solid rgb(251 191 36)');
      painter.dispose();
      document.body.style.backgroundColor = '';
    });

    it('are rewritten for the other look as soon as the painter is made (the settings just came), not after the scan', () => {
      document.body.innerHTML = '<p id="p">外国学者研究基金项目</p>';
      const early = adoptHighlightSheetEarly(document, 'underline')!;
      const writes = countingWrites(early.sheet);
      const painter = new HighlightPainter('background', early);
      expect(writes.count).toBe(1);
      expect(mentionRule()).toContain('background-color: rgb(252 211 77 / 0.4)');
      paintOne(painter);
      expect(writes.count).toBe(1);
      painter.dispose();
    });

    it('go with the painter even if no mention was ever painted, and release() is safe twice', () => {
      const early = adoptHighlightSheetEarly(document, 'underline')!;
      new HighlightPainter('underline', early).dispose();
      expect(document.adoptedStyleSheets).toHaveLength(0);
      early.release();
      expect(document.adoptedStyleSheets).toHaveLength(0);
    });

    it('are not reused once the page dropped them: the painter makes its own', () => {
      document.body.innerHTML = '<p id="p">外国学者研究基金项目</p>';
      const early = adoptHighlightSheetEarly(document, 'underline')!;
      document.adoptedStyleSheets = [];
      const painter = new HighlightPainter('underline', early);
      paintOne(painter);
      expect(document.adoptedStyleSheets).toHaveLength(1);
      expect(document.adoptedStyleSheets[0]).not.toBe(early.sheet);
      painter.dispose();
    });
  });
});
