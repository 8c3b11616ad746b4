/**
 * The ways real notices write a programme name (docs/domain.md, «How pages write the names»:
 * half-width or full-width brackets, quotes around part of a name, PDF line breaks inside it,
 * markup around part of it, traditional script, a year in front). Each variant still names the
 * programme once, so a recognizer that folds these forms finds exactly one mention per planted name.
 */
import * as OpenCC from 'opencc-js';
import type { Rng } from './rng';
import type { NameForm } from './catalogue-forms';

export const ZH_VARIANTS = [
  'plain',
  'half-width-brackets',
  'quoted-part',
  'line-break',
  'inline-markup',
  'traditional',
  'year-prefix',
] as const;
export const EN_VARIANTS = ['english', 'english-line-break', 'english-markup'] as const;
export type Variant = (typeof ZH_VARIANTS)[number] | (typeof EN_VARIANTS)[number];

/** How often each Chinese variant is written (weights, not percentages). */
const ZH_WEIGHTS: Record<(typeof ZH_VARIANTS)[number], number> = {
  plain: 40,
  'half-width-brackets': 10,
  'quoted-part': 10,
  'line-break': 10,
  'inline-markup': 15,
  traditional: 10,
  'year-prefix': 5,
};

export interface RenderedName {
  variant: Variant;
  html: string;
  /** The text a reader sees (markup removed), for the size count. */
  text: string;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const traditionalCache = new Map<string, string>();

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function pickWeighted<K extends string>(rng: Rng, weights: Record<K, number>): K {
  const keys = Object.keys(weights) as K[];
  const total = keys.reduce((sum, key) => sum + weights[key], 0);
  let roll = rng.next() * total;
  for (const key of keys) {
    roll -= weights[key];
    if (roll < 0) return key;
  }
  return keys[keys.length - 1];
}

/** A cut point inside the name that leaves at least two characters on each side. */
function innerCut(rng: Rng, text: string): number {
  return text.length < 4 ? 1 : rng.int(2, text.length - 2);
}

const MARKUP_TAGS = ['b', 'strong', 'em', 'span', 'a'] as const;

function wrapInTag(tag: (typeof MARKUP_TAGS)[number], inner: string): string {
  return tag === 'a' ? `<a href="#">${inner}</a>` : `<${tag}>${inner}</${tag}>`;
}

function renderZh(rng: Rng, name: string): RenderedName {
  let variant = pickWeighted(rng, ZH_WEIGHTS);
  if (variant === 'half-width-brackets' && !/[（）]/.test(name)) variant = 'plain';
  const cut = innerCut(rng, name);
  const head = name.slice(0, cut);
  const tail = name.slice(cut);
  switch (variant) {
    case 'half-width-brackets': {
      const text = name.replace(/（/g, '(').replace(/）/g, ')');
      return { variant, html: escapeHtml(text), text };
    }
    case 'quoted-part': {
      const [open, close] = rng.chance(0.7) ? ['“', '”'] : ['"', '"'];
      const text = `${open}${head}${close}${tail}`;
      return { variant, html: escapeHtml(text), text };
    }
    case 'line-break': {
      const text = `${head}\n${tail}`;
      return { variant, html: escapeHtml(text), text };
    }
    case 'inline-markup':
      return {
        variant,
        html: wrapInTag(rng.pick(MARKUP_TAGS), escapeHtml(head)) + escapeHtml(tail),
        text: name,
      };
    case 'traditional': {
      let text = traditionalCache.get(name);
      if (text === undefined) {
        text = toTraditional(name);
        traditionalCache.set(name, text);
      }
      return { variant, html: escapeHtml(text), text };
    }
    case 'year-prefix': {
      const text = `${rng.int(2016, 2026)}年度${name}`;
      return { variant, html: escapeHtml(text), text };
    }
    default:
      return { variant: 'plain', html: escapeHtml(name), text: name };
  }
}

function renderEn(rng: Rng, name: string): RenderedName {
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index);
  const roll = rng.next();
  if (roll < 0.15 && spaces.length > 0) {
    const at = rng.pick(spaces);
    const text = `${name.slice(0, at)}\n${name.slice(at + 1)}`;
    return { variant: 'english-line-break', html: escapeHtml(text), text };
  }
  if (roll < 0.3 && spaces.length > 0) {
    const at = spaces[0];
    return {
      variant: 'english-markup',
      html: wrapInTag(rng.pick(MARKUP_TAGS), escapeHtml(name.slice(0, at))) + escapeHtml(name.slice(at)),
      text: name,
    };
  }
  return { variant: 'english', html: escapeHtml(name), text: name };
}

/** One planted mention of `form`, written in a randomly chosen real-world variant. */
export function renderName(rng: Rng, form: NameForm): RenderedName {
  return form.lang === 'zh' ? renderZh(rng, form.text) : renderEn(rng, form.text);
}
