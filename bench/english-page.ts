/**
 * Generates an English page of acknowledgement paragraphs and CV grant lists (issue 11), with
 * programme names planted as people write them in English (the grammar of
 * core/english-formulas.ts, not the catalogue's fixed forms) and grant numbers beside some of
 * them, among prose full of the grammar's own words that must not be marked ("international
 * cooperation", "science and technology", "key project", the funders named alone).
 * Deterministic for a seed; counts what it planted, which is the number of mentions the
 * recognizer must find (tests/unit/bench-page-generator.test.ts checks it block by block).
 */
import { escapeHtml } from './name-variants';
import { pageOf, utf8Length, type PlantedCount } from './page-generator';
import { createRng, type Rng } from './rng';

/** English renderings, in varied styles; each is one mention. */
export const ENGLISH_RENDERINGS: readonly string[] = [
  'Intergovernmental International S&T Innovation Cooperation Key Special Project',
  'International Cooperation in Science and Technology Innovation between Governments',
  'Inter-governmental Science and Technology Cooperation Program of the National Key R&D Program of China',
  'Strategic International Scientific and Technological Innovation Cooperation Key Special Project',
  'Strategic S&T Innovation Cooperation Programme',
  'S&T Innovation Cooperation with Hong Kong, Macao and Taiwan Key Special Project',
  'International Science and Technology Cooperation Program of China',
  'Program of International S&T Cooperation',
  'International S&T Cooperation Program',
  'International Cooperation Projects of the National Key R&D Program of China',
  'Major International (Regional) Joint Research Project of NSFC',
  'Key International Joint Research Programme',
  'International (Regional) Cooperation and Exchange Programs',
  'Funds for International Cooperation and Exchange of the National Natural Science Foundation of China',
  'NSFC International Cooperative Research Project',
  'Research Fund for International Young Scientists',
  'Research Fund for International Excellent Young Scientists of NSFC',
  'International Senior Scientists Research Fund',
];

/** Numbers specific enough to count alone (core/grant-numbers.ts): each is one mention. */
export const ENGLISH_PAGE_NUMBERS: readonly string[] = [
  '51920105010', '71520107004', '62061136006', '42361144709', '21850410459', '72350710798',
  '2019YFE0126800', '2018YFE0200500', '2021YFE0205700', '2012DFB10200', '2014DFA63070',
];

/** Sentences with a name, some with a number beside it. */
const NAME_SENTENCES = [
  'This work was supported by the {name} (Grant No. {number}).',
  'We acknowledge funding from the {name}.',
  'The authors thank the {name} for support under grant {number}.',
  'Part of this research was funded by the {name}, and the samples were provided by the partner institute.',
];

/** CV list items with a name. */
const NAME_ITEMS = ['PI, {name}, {number}, 2019–2022', 'Co-investigator, {name}, 2016–2020', 'Member of the {name} team ({number})'];

/** Prose with the grammar's words that must not be marked. */
const PROSE = [
  'International cooperation is welcome, and visiting students may apply at any time.',
  'Questions about visas go to the international cooperation program office on the second floor.',
  'The study was also supported by the National Natural Science Foundation of China and by the National Key R&D Program of China.',
  'Key projects of NSFC are reviewed every spring by panels of domestic experts.',
  'Science and technology cooperation between the two groups began with a workshop in 2015.',
  'Intergovernmental cooperation on climate adaptation has grown over the last decade.',
  'The Excellent Young Scientists Fund supports early-career researchers in China.',
  'We thank the reviewers for comments that improved the manuscript considerably.',
  'Samples were collected at three field stations and analysed by mass spectrometry.',
  'The funders had no role in study design, data collection and analysis, or the decision to publish.',
  'Her research focuses on the strategic management of joint research programmes in Europe and Asia.',
  'Data are available from the corresponding author on reasonable request.',
];

const HEADINGS = ['Acknowledgements', 'Funding', 'Research grants', 'Curriculum vitae', 'Selected projects'];

export interface EnglishPage {
  bodyHtml: string;
  textBytes: number;
  textChars: number;
  blocks: number;
  /** Names and numbers planted: the mentions the recognizer must find. */
  planted: PlantedCount & { names: number; numbers: number };
}

class Writer {
  readonly parts: string[] = [];
  textBytes = 0;
  textChars = 0;
  blocks = 0;
  names = 0;
  numbers = 0;
  readonly byVariant: PlantedCount['byVariant'] = {};
  constructor(readonly rng: Rng) {}

  text(text: string): string {
    this.textBytes += utf8Length(text);
    this.textChars += text.length;
    return escapeHtml(text);
  }

  /** A template with `{name}` (and maybe `{number}`) filled. */
  fill(template: string): string {
    return template
      .split(/(\{name\}|\{number\})/)
      .map((part) => (part === '{name}' ? this.name() : part === '{number}' ? this.number() : this.text(part)))
      .join('');
  }

  private number(): string {
    this.numbers++;
    return this.text(this.rng.pick(ENGLISH_PAGE_NUMBERS));
  }

  /** A rendering as written: plain, lower case, a line break inside, markup around a word. */
  private name(): string {
    this.names++;
    const name = this.rng.pick(ENGLISH_RENDERINGS);
    const roll = this.rng.next();
    const words = name.split(' ');
    const at = 1 + Math.floor(this.rng.next() * (words.length - 1));
    let variant: 'english' | 'english-line-break' | 'english-markup';
    let html: string;
    if (roll < 0.6) {
      variant = 'english';
      html = this.text(roll < 0.1 && !/NSFC|S&T/.test(name) ? name.toLowerCase() : name);
    } else if (roll < 0.8) {
      variant = 'english-line-break';
      html = this.text(words.slice(0, at).join(' ')) + this.text('\n') + this.text(words.slice(at).join(' '));
    } else {
      variant = 'english-markup';
      html = `${this.text(`${words.slice(0, at).join(' ')} `)}<em>${this.text(words[at]!)}</em>${this.text(words.slice(at + 1).map((w) => ` ${w}`).join(''))}`;
    }
    this.byVariant[variant] = (this.byVariant[variant] ?? 0) + 1;
    return html;
  }

  block(tag: string, inner: string): void {
    this.blocks++;
    this.parts.push(`<${tag}>${inner}</${tag}>`);
  }
}

function paragraph(w: Writer): void {
  const sentences: string[] = [];
  const count = w.rng.int(3, 7);
  for (let i = 0; i < count; i++) {
    if (i > 0) sentences.push(w.text(' '));
    sentences.push(w.rng.chance(0.15) ? w.fill(w.rng.pick(NAME_SENTENCES)) : w.text(w.rng.pick(PROSE)));
  }
  w.block('p', sentences.join(''));
}

function list(w: Writer): void {
  const items: string[] = [];
  const count = w.rng.int(3, 8);
  for (let i = 0; i < count; i++) items.push(`<li>${w.rng.chance(0.4) ? w.fill(w.rng.pick(NAME_ITEMS)) : w.text(w.rng.pick(PROSE))}</li>`);
  w.blocks += count;
  w.parts.push(`<ul>${items.join('')}</ul>`);
}

export function generateEnglishPage(options: { textBytes: number; seed: number }): EnglishPage {
  const w = new Writer(createRng(options.seed));
  w.parts.push('<main>');
  while (w.textBytes < options.textBytes) {
    w.parts.push('<section>');
    w.block('h2', w.text(w.rng.pick(HEADINGS)));
    for (let i = w.rng.int(1, 3); i > 0; i--) paragraph(w);
    if (w.rng.chance(0.5)) list(w);
    w.parts.push('</section>');
  }
  w.parts.push('</main>');
  return pageOf(w, { total: w.names + w.numbers, names: w.names, numbers: w.numbers, byVariant: w.byVariant });
}
