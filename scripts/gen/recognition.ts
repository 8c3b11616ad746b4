/**
 * Build step: the bundled catalogue's recognition, compiled here once instead of on every page
 * (issue 12), packed (core/recognition-pack.ts) and written as a module,
 * core/generated/recognition.ts, which the content script unpacks (core/bundled-recognizer.ts).
 *
 * Same inputs as compiling at run time: the recognizer's share of the catalogue and of the
 * partner file (the two steps before this one wrote them) and the fold table with the generated
 * traditional → simplified table (written by the step before). The step unpacks what it wrote
 * and fails the build unless that equals the compiled data, array for array.
 *
 * The module writes every object or array that occurs more than once (a NameRef in a piece
 * table, in a solo result and in a pass's data) as one `const`, and the rest as literals: the
 * bundler's minifier shortens the names, gzip does the rest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildFoldTable, type TradToSimp } from '../../core/fold';
import { numberedEntriesOf } from '../../core/grant-numbers';
import type { PartnerWords } from '../../core/partner-calls';
import { foldAsRead, packRecognition, unpackRecognition, type PackedRecognition, type UnpackedRecognition } from '../../core/recognition-pack';
import { compileRecognition } from '../../core/recognizer';
import type { RecognizerEntry } from '../../core/schema';

export const RECOGNITION_MODULE = 'recognition.ts';

/** The bundled recognition, compiled: what createRecognizer(entries, { partners }) would run. */
export function compileBundled(entries: readonly RecognizerEntry[], partners: PartnerWords, tradToSimp: TradToSimp): UnpackedRecognition {
  const foldTable = buildFoldTable(tradToSimp);
  return { data: compileRecognition({ entries, partners, foldTable }), foldTable, numbered: numberedEntriesOf(entries) };
}

export const recognitionStep = {
  name: 'the compiled recognition (core/generated/recognition.ts)',
  async run(outDir: string): Promise<void> {
    const read = (file: string) => JSON.parse(readFileSync(join(outDir, file), 'utf8'));
    const { TRAD_TO_SIMP } = (await import(pathToFileURL(join(outDir, 'trad-to-simp.ts')).href)) as { TRAD_TO_SIMP: TradToSimp };
    const compiled = compileBundled(read('recognizer-entries.json'), read('partner-words.json'), TRAD_TO_SIMP);
    const packed = packRecognition(compiled.data, compiled.foldTable, compiled.numbered);
    const source = renderRecognitionModule(packed);
    const differs = firstDifference(unpackRecognition(packed), { ...compiled, foldTable: foldAsRead(compiled.foldTable, compiled.data.lexicon.keys) });
    if (differs) throw new Error(`the packed recognition does not unpack to the compiled one: ${differs} differs (core/recognition-pack.ts)`);
    writeFileSync(join(outDir, RECOGNITION_MODULE), source);
  },
};

/**
 * The TypeScript module exporting `PACKED_RECOGNITION`, written small: every object or array
 * that occurs more than once is one `const`; objects
 * with the same keys (more than once) are made by one arrow function per key list (a NameRef is
 * `r("nsfc-intl","…","zh","name")`, not its four keys again). Measured on the bundled catalogue:
 * docs/architecture.md, «Start-up from compiled data».
 */
export function renderRecognitionModule(packed: PackedRecognition): string {
  const plain = JSON.parse(JSON.stringify(packed)) as unknown;
  // How often each object and array occurs, by its JSON text (strings are left to gzip: hoisting
  // the repeated ones measured 34 bytes worse in the content script).
  const textOf = new Map<object, string>();
  const count = new Map<string, number>();
  const seen = (text: string) => count.set(text, (count.get(text) ?? 0) + 1);
  const keyLists = new Map<string, number>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    const text = JSON.stringify(value);
    textOf.set(value, text);
    seen(text);
    if (!Array.isArray(value)) {
      const list = JSON.stringify(Object.keys(value));
      keyLists.set(list, (keyLists.get(list) ?? 0) + 1);
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(plain);
  const names = new Map<string, string>();
  const shapes = new Map<string, string>();
  const lines: string[] = [];
  const declare = (text: string, body: string): string => {
    const name = `v${names.size}`;
    names.set(text, name);
    lines.push(`const ${name} = ${body};`);
    return name;
  };
  const maker = (keys: readonly string[]): string => {
    const list = JSON.stringify(keys);
    let name = shapes.get(list);
    if (!name) {
      name = `s${shapes.size}`;
      shapes.set(list, name);
      const params = keys.map((_, i) => `p${i}`);
      lines.push(`const ${name} = (${params.map((param) => `${param}: any`).join(', ')}) => ({ ${keys.map((key, i) => `${JSON.stringify(key)}: ${params[i]}`).join(', ')} });`);
    }
    return name;
  };
  const literal = (value: unknown): string => {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    const text = textOf.get(value)!;
    const shared = count.get(text)! > 1 && text.length > 8 && value !== plain;
    if (shared && names.has(text)) return names.get(text)!;
    let body: string;
    if (Array.isArray(value)) body = `[${value.map(literal).join(',')}]`;
    else {
      const keys = Object.keys(value);
      const values = Object.values(value).map(literal);
      const repeated = keys.length >= 2 && value !== plain && keyLists.get(JSON.stringify(keys))! > 1;
      body = repeated ? `${maker(keys)}(${values.join(',')})` : `{${keys.map((key, i) => `${JSON.stringify(key)}:${values[i]}`).join(',')}}`;
    }
    return shared ? declare(text, body) : body;
  };
  const root = literal(plain);
  return [
    '// Generated by scripts/gen/recognition.ts from data/programs.json and data/partners.json. Do not edit.',
    "import type { PackedRecognition } from '../recognition-pack';",
    ...lines,
    `export const PACKED_RECOGNITION: PackedRecognition = ${root};`,
    '',
  ].join('\n');
}

/** The path of the first value in `a` that is not in `b` as in JSON (typed arrays compared element by element), or null. */
export function firstDifference(a: unknown, b: unknown, path = 'recognition'): string | null {
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor) return path;
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    if (x.length !== y.length) return `${path}.length`;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return `${path}[${i}]`;
    return null;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return JSON.stringify(a) === JSON.stringify(b) ? null : path;
  if (Array.isArray(a) !== Array.isArray(b)) return path;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const differs = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (differs) return differs;
  }
  return Array.isArray(a) && a.length !== (b as unknown[]).length ? `${path}.length` : null;
}
