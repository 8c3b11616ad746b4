/**
 * Generates notice-like pages (headings, paragraphs, tables, lists; mostly Chinese with some
 * English) of a given amount of text, with programme names planted at a realistic density in
 * the forms real pages use. Deterministic for a seed, and it counts what it planted, which is
 * the expected number of mentions (the recall target) for every engine in the benchmark.
 */
import type { NameForm } from './catalogue-forms';
import {
  EN_NAME_SENTENCES,
  EN_SENTENCES,
  HEADINGS,
  TABLE_CELLS,
  TABLE_HEADER,
  ZH_NAME_HEADINGS,
  ZH_NAME_SENTENCES,
  ZH_SENTENCES,
} from './notice-text';
import { escapeHtml, renderName, type Variant } from './name-variants';
import { createRng, type Rng } from './rng';

export interface PageOptions {
  /** Visible text to write, in UTF-8 bytes (the page stops at the first block past it). */
  textBytes: number;
  /** Names to plant; empty for a page without any programme name. */
  forms: readonly NameForm[];
  seed: number;
  /** Chance that a sentence carries a name (default 0.15: about one per 600 bytes). */
  nameRate?: number;
}

export interface PlantedCount {
  total: number;
  byVariant: Partial<Record<Variant, number>>;
}

export interface GeneratedPage {
  /** The HTML inside <body>. */
  bodyHtml: string;
  textBytes: number;
  textChars: number;
  blocks: number;
  planted: PlantedCount;
}

/** UTF-8 length of a string without allocating (surrogate pairs count 2 + 2). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/** Collects HTML and keeps the counts in step with it. */
class PageWriter {
  readonly parts: string[] = [];
  textBytes = 0;
  textChars = 0;
  blocks = 0;
  readonly planted: PlantedCount = { total: 0, byVariant: {} };
  private readonly zhForms: readonly NameForm[];
  private readonly enForms: readonly NameForm[];

  constructor(
    readonly rng: Rng,
    forms: readonly NameForm[],
    private readonly nameRate: number,
  ) {
    this.zhForms = forms.filter((form) => form.lang === 'zh');
    this.enForms = forms.filter((form) => form.lang === 'en');
  }

  get hasNames(): boolean {
    return this.zhForms.length > 0;
  }

  /** Plain text, escaped and counted. */
  text(text: string): string {
    this.textBytes += utf8Length(text);
    this.textChars += text.length;
    return escapeHtml(text);
  }

  /** A template with a `{name}` slot, the slot filled with a planted name. */
  withName(template: string, lang: 'zh' | 'en'): string {
    const forms = lang === 'zh' || this.enForms.length === 0 ? this.zhForms : this.enForms;
    const [before, after] = template.split('{name}');
    const name = renderName(this.rng, this.rng.pick(forms));
    this.textBytes += utf8Length(name.text);
    this.textChars += name.text.length;
    this.planted.total++;
    this.planted.byVariant[name.variant] = (this.planted.byVariant[name.variant] ?? 0) + 1;
    return this.text(before) + name.html + this.text(after);
  }

  sentence(lang: 'zh' | 'en'): string {
    const plain = lang === 'zh' ? ZH_SENTENCES : EN_SENTENCES;
    const named = lang === 'zh' ? ZH_NAME_SENTENCES : EN_NAME_SENTENCES;
    if (this.hasNames && this.rng.chance(this.nameRate)) return this.withName(this.rng.pick(named), lang);
    return this.text(this.rng.pick(plain));
  }

  block(tag: string, inner: string): void {
    this.blocks++;
    this.parts.push(`<${tag}>${inner}</${tag}>`);
  }
}

function writeParagraph(w: PageWriter): void {
  const lang = w.rng.chance(0.15) ? 'en' : 'zh';
  const count = w.rng.int(2, 6);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    // English sentences are separated by a space, which is text too.
    if (i > 0 && lang === 'en') sentences.push(w.text(' '));
    sentences.push(w.sentence(lang));
  }
  w.block('p', sentences.join(''));
}

function writeHeading(w: PageWriter): void {
  const inner =
    w.hasNames && w.rng.chance(0.3)
      ? w.withName(w.rng.pick(ZH_NAME_HEADINGS), 'zh')
      : w.text(w.rng.pick(HEADINGS));
  w.block('h2', inner);
}

function writeTable(w: PageWriter): void {
  const rows: string[] = [`<tr>${TABLE_HEADER.map((cell) => `<th>${w.text(cell)}</th>`).join('')}</tr>`];
  const rowCount = w.rng.int(3, 8);
  for (let row = 1; row <= rowCount; row++) {
    const category =
      w.hasNames && w.rng.chance(0.6) ? w.withName('{name}', 'zh') : w.text(w.rng.pick(TABLE_CELLS));
    const cells = [w.text(String(row)), category, w.text(w.rng.pick(TABLE_CELLS)), w.text(w.rng.pick(TABLE_CELLS)), w.text(w.rng.pick(TABLE_CELLS))];
    rows.push(`<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`);
  }
  w.blocks += rowCount + 1;
  w.parts.push(`<table>${rows.join('')}</table>`);
}

function writeList(w: PageWriter): void {
  const items: string[] = [];
  const count = w.rng.int(3, 6);
  for (let i = 0; i < count; i++) items.push(`<li>${w.sentence('zh')}</li>`);
  w.blocks += count;
  w.parts.push(`<ul>${items.join('')}</ul>`);
}

function writeSection(w: PageWriter): void {
  w.parts.push('<section>');
  writeHeading(w);
  const paragraphs = w.rng.int(2, 5);
  for (let i = 0; i < paragraphs; i++) writeParagraph(w);
  if (w.rng.chance(0.3)) writeList(w);
  if (w.rng.chance(0.2)) writeTable(w);
  w.parts.push('</section>');
}

export function generatePage(options: PageOptions): GeneratedPage {
  const w = new PageWriter(createRng(options.seed), options.forms, options.nameRate ?? 0.15);
  w.parts.push('<main>');
  while (w.textBytes < options.textBytes) writeSection(w);
  w.parts.push('</main>');
  return pageOf(w, w.planted);
}

/** A finished page from its writer's parts and counts (bench/english-page.ts writes pages too). */
export function pageOf<P extends PlantedCount>(
  w: { parts: readonly string[]; textBytes: number; textChars: number; blocks: number },
  planted: P,
): GeneratedPage & { planted: P } {
  return { bodyHtml: w.parts.join(''), textBytes: w.textBytes, textChars: w.textChars, blocks: w.blocks, planted };
}

export interface AppendBlocks {
  /** One paragraph per block, each with exactly one planted name. */
  blocks: string[];
  planted: PlantedCount;
}

/** Paragraphs a dynamic page appends after the first scan (the watcher benchmark). */
export function generateAppendBlocks(count: number, forms: readonly NameForm[], seed: number): AppendBlocks {
  const w = new PageWriter(createRng(seed), forms, 0);
  const blocks: string[] = [];
  for (let i = 0; i < count; i++) {
    const lang = w.rng.chance(0.15) ? 'en' : 'zh';
    const sentences = lang === 'en' ? EN_NAME_SENTENCES : ZH_NAME_SENTENCES;
    blocks.push(`<p>${w.text(w.rng.pick(lang === 'en' ? EN_SENTENCES : ZH_SENTENCES))}${w.withName(w.rng.pick(sentences), lang)}</p>`);
  }
  return { blocks, planted: w.planted };
}

/** A whole HTML document around a generated body; `headScripts` run before the body is parsed. */
export function pageDocument(bodyHtml: string, title: string, scripts: readonly string[] = [], headScripts: readonly string[] = []): string {
  const scriptTags = scripts.map((src) => `<script src="${src}"></script>`).join('\n');
  const headScriptTags = headScripts.map((src) => `<script src="${src}"></script>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
body { font: 16px/1.6 system-ui, sans-serif; max-width: 60rem; margin: 1rem auto; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 0.2rem 0.5rem; }
</style>
${headScriptTags}
</head>
<body>
${bodyHtml}
${scriptTags}
</body>
</html>
`;
}

/**
 * Loose folding (brackets, quotes, whitespace removed; lower case) used only to prove that
 * the notice text itself names no programme, so planted counts are the only mentions.
 */
function looseFold(text: string): string {
  return text.replace(/[（）()“”"「」‘’'\s]/g, '').toLowerCase();
}

/** Throws, naming the sentence and the name, if any notice text contains a catalogue form. */
export function assertNoticeTextNamesNothing(forms: readonly NameForm[], texts: readonly string[]): void {
  const folded = forms.map((form) => ({ form: form.text, key: looseFold(form.text) }));
  for (const text of texts) {
    for (const piece of text.split('{name}')) {
      const haystack = looseFold(piece);
      const hit = folded.find(({ key }) => key.length > 0 && haystack.includes(key));
      if (hit) throw new Error(`bench notice text "${text}" contains the catalogue name "${hit.form}"`);
    }
  }
}
