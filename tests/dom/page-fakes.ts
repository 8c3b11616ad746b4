/**
 * Test helpers for the page engine in happy-dom: the few browser pieces happy-dom lacks
 * (StaticRange, Highlight, CSS.highlights), and a small recognizer that keeps the
 * core/types.ts contract (leftmost-longest, UTF-16 offsets into the text it is given).
 */
import type { Mention, NameRef, Recognizer } from '../../core/types';

type ShimWindow = Window & Record<string, unknown> & { CSS?: Record<string, unknown> };

/** Installs minimal StaticRange / Highlight / CSS.highlights where they are missing. */
export function installHighlightShims(win: Window = window): void {
  const w = win as ShimWindow;
  if (typeof w.StaticRange !== 'function') {
    w.StaticRange = class StaticRangeShim {
      readonly startContainer: Node;
      readonly startOffset: number;
      readonly endContainer: Node;
      readonly endOffset: number;
      constructor(init: StaticRangeInit) {
        this.startContainer = init.startContainer;
        this.startOffset = init.startOffset;
        this.endContainer = init.endContainer;
        this.endOffset = init.endOffset;
      }
      get collapsed() {
        return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
      }
    };
  }
  if (typeof w.Highlight !== 'function') {
    w.Highlight = class HighlightShim extends Set<AbstractRange> {
      priority = 0;
      type = 'highlight';
    };
  }
  if (!(w.CSS?.highlights instanceof Map)) {
    // happy-dom's CSS object is recreated on access: give the window a fixed one.
    const css = Object.assign(Object.create(w.CSS ?? null) as object, { highlights: new Map() });
    Object.defineProperty(w, 'CSS', { value: css, configurable: true, writable: true });
  }
}

export function highlightRegistry(win: Window = window): Map<string, Set<AbstractRange>> {
  return (win as ShimWindow).CSS!.highlights as Map<string, Set<AbstractRange>>;
}

/** The text a range covers (ranges may span several text nodes). */
export function rangeText(range: AbstractRange): string {
  const r = range.startContainer.ownerDocument!.createRange();
  r.setStart(range.startContainer, range.startOffset);
  r.setEnd(range.endContainer, range.endOffset);
  return r.toString();
}

/** What a fake name means: an entry id, or several (an ambiguous form) and partners. */
export type FakeMeaning = string | { ids: string[]; partners?: string[] };

/** Recognizes exact names (no folding): enough to test where the engine looks and maps. */
export function fakeRecognizer(names: Record<string, FakeMeaning>): Recognizer & { calls: string[] } {
  const forms = Object.keys(names).sort((a, b) => b.length - a.length);
  const calls: string[] = [];
  return {
    calls,
    find(text: string, from = 0): Mention[] {
      calls.push(text);
      const found: Mention[] = [];
      let i = from;
      while (i < text.length) {
        const form = forms.find((f) => text.startsWith(f, i));
        if (!form) {
          i++;
          continue;
        }
        const meaning = names[form]!;
        const { ids, partners = [] } = typeof meaning === 'string' ? { ids: [meaning] } : meaning;
        const lang = /[a-z]/i.test(form) ? 'en' : 'zh';
        const refs: NameRef[] = ids.map((entryId) => ({ entryId, text: form, lang, role: 'name' }));
        const mention: Mention = { start: i, end: i + form.length, refs };
        if (partners.length > 0) mention.partners = partners.map((partnerId) => ({ partnerId, text: form, via: 'prefix' }));
        found.push(mention);
        i += form.length;
      }
      return found;
    },
  };
}

/**
 * An IntersectionObserver the test drives by hand (happy-dom has no layout, so its own never
 * reports). `intersect(el, yes)` delivers one entry to every observer watching `el`.
 */
export function installFakeIntersectionObserver(win: Window = window) {
  const observers = new Set<FakeObserver>();
  class FakeObserver {
    readonly targets = new Set<Element>();
    constructor(private readonly callback: IntersectionObserverCallback) {
      observers.add(this);
    }
    observe(el: Element) {
      this.targets.add(el);
    }
    unobserve(el: Element) {
      this.targets.delete(el);
    }
    disconnect() {
      this.targets.clear();
      observers.delete(this);
    }
    deliver(el: Element, isIntersecting: boolean) {
      const entry = { target: el, isIntersecting } as IntersectionObserverEntry;
      this.callback([entry], this as unknown as IntersectionObserver);
    }
  }
  Object.defineProperty(win, 'IntersectionObserver', { value: FakeObserver, configurable: true, writable: true });
  return {
    intersect(el: Element, isIntersecting: boolean) {
      for (const o of observers) if (o.targets.has(el)) o.deliver(el, isIntersecting);
    },
    observed(): Element[] {
      return [...observers].flatMap((o) => [...o.targets]);
    },
  };
}
