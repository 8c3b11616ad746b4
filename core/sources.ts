/**
 * The source registry (data/sources.json): one record per public document that a fact of the
 * catalogue cites, so a fact names a key and the card shows the document by its own title,
 * publisher, date and address. Programme entries cite it through `sourceKeys`, partners
 * through `sources`.
 *
 * Validation follows core/catalogue.ts: the valibot schema checks each record's shape, the
 * cross-checks what one record cannot see on its own; every problem is reported as
 * `<file>: <key>.<field path>: <what is wrong>`.
 *
 * Pure: no DOM, no browser API.
 */
import * as v from 'valibot';
import { CatalogueError, describeNonObject, issueLines, parseJsonText } from './issues';
import { BilingualSchema, SOURCE_KEY_PATTERN, type Entry } from './schema';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

export { SOURCE_KEY_PATTERN };

/** What a document is, which says how far a reader can trust it. */
export const SOURCE_KINDS = [
  /** The funder's or partner's own page or document. */
  'official',
  /** A research office's or institute's copy of a notice (`publisher` says whose). */
  'repost',
  /** An unofficial copy on an unrelated domain (`copyOf` says of what, or that it is unknown). */
  'mirror',
  /** An acknowledgement in a publication. */
  'paper',
  /** A document-sharing site's copy (`copyOf` says of what). */
  'document-copy',
  /** A news report. */
  'news',
  /** An encyclopedia entry. */
  'encyclopedia',
  /** An undated compilation cited by its own heading. */
  'compilation',
  /** A third party's rendering in another language (`copyOf` says of what). */
  'translation',
] as const;

export const SourceRecordSchema = v.strictObject({
  /** Stable key facts cite, e.g. "imde-2018-dfg". */
  key: v.pipe(v.string(), v.regex(SOURCE_KEY_PATTERN, 'must be a lowercase key like "nsfc-2015-snsf"')),
  /** The document's own title, as published and in its own language. */
  title: nonEmpty,
  /** Set when no copy showed the title: `title` then describes what the document is. */
  titleInferred: v.optional(v.literal(true)),
  /** Language of the title: "zh", "zh-Hant", "en", "de" … */
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2}(-[A-Z][a-z]{3})?$/, 'must be a language tag like "zh" or "zh-Hant"')),
  /** Who published this copy (for a repost: the research office or institute). */
  publisher: v.optional(
    v.pipe(
      v.strictObject({ zh: v.optional(nonEmpty), en: v.optional(nonEmpty) }),
      v.check((name) => name.zh !== undefined || name.en !== undefined, 'needs a Chinese or an English name'),
    ),
  ),
  /** Publication date, as exact as known ("2018", "2018-01", "2018-01-19"); null when undated. */
  date: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'))),
  url: v.optional(v.pipe(v.string(), v.url('must be a URL'))),
  kind: v.picklist(SOURCE_KINDS),
  /** For a mirror, a document copy or a translation: what it is a copy of ("unknown" is an answer). */
  copyOf: v.optional(BilingualSchema),
  note: v.optional(BilingualSchema),
});

export const SourcesFileSchema = v.strictObject({
  version: v.literal(1),
  sources: v.array(SourceRecordSchema),
});

export type SourceRecord = v.InferOutput<typeof SourceRecordSchema>;
export type SourceKind = SourceRecord['kind'];
export type SourcesFile = v.InferOutput<typeof SourcesFileSchema>;

export interface SourceRegistry {
  /** Every record, in file order. */
  readonly sources: readonly SourceRecord[];
  /** Every key, for the validators of the files that cite them. */
  readonly keys: ReadonlySet<string>;
  byKey(key: string): SourceRecord | undefined;
}

/** Parses JSON text of a registry file; bad JSON is reported like any other problem. */
export function parseSourceRegistryJson(text: string, fileName = 'sources.json'): SourceRegistry {
  return parseSourceRegistry(parseJsonText(text, fileName), fileName);
}

/** Validates a parsed registry file and returns the lookup API; throws `CatalogueError`. */
export function parseSourceRegistry(input: unknown, fileName = 'sources.json'): SourceRegistry {
  const got = describeNonObject(input);
  if (got !== undefined) {
    throw new CatalogueError(fileName, [`${fileName}: expected an object {"version": 1, "sources": [...]}, got ${got}`]);
  }
  const result = v.safeParse(SourcesFileSchema, input);
  if (!result.success) {
    const lists = { sources: { idField: 'key', idPattern: SOURCE_KEY_PATTERN, input: (input as { sources?: unknown }).sources } };
    throw new CatalogueError(fileName, issueLines(fileName, result.issues, lists));
  }
  const problems = crossCheck(result.output.sources).map((problem) => `${fileName}: ${problem}`);
  if (problems.length > 0) throw new CatalogueError(fileName, problems);
  return sourceRegistryOf(result.output);
}

/**
 * The lookup API over a file already validated (at build time): no checks, the index built on
 * first use, so importing it costs next to nothing.
 */
export function sourceRegistryOf(file: SourcesFile): SourceRegistry {
  let index: Map<string, SourceRecord> | undefined;
  const byKey = () => (index ??= new Map(file.sources.map((source) => [source.key, source])));
  return {
    sources: file.sources,
    get keys() {
      return new Set(byKey().keys());
    },
    byKey: (key) => byKey().get(key),
  };
}

/** Kinds that are someone else's copy of a document, so must say what they copy. */
const COPIES: ReadonlySet<SourceKind> = new Set(['mirror', 'document-copy', 'translation']);

function crossCheck(sources: readonly SourceRecord[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  sources.forEach((source, index) => {
    const first = seen.get(source.key);
    if (first !== undefined) {
      problems.push(`sources[${index}].key: duplicate key "${source.key}" (first at sources[${first}])`);
      return;
    }
    seen.set(source.key, index);
    if (COPIES.has(source.kind) && !source.copyOf) {
      problems.push(`${source.key}.copyOf: required for a ${source.kind} (say what it copies, or that the original is unknown)`);
    }
    if (source.kind === 'repost' && !source.publisher) {
      problems.push(`${source.key}.publisher: required for a repost (whose copy it is)`);
    }
    if (source.kind === 'official' && !source.url) {
      problems.push(`${source.key}.url: required for an official document`);
    }
  });
  return problems;
}

/** A cited document as the views list it: its registry record, and the year of its date. */
export type Source = SourceRecord & { year?: number };

/**
 * Every document an entry cites (`sourceKeys`), in its order, as registry records with the year
 * of their date. A key the registry lacks (only possible in a file the build has not validated)
 * is skipped.
 */
export function sourcesOfEntry(entry: Entry, registry: SourceRegistry): Source[] {
  return entry.sourceKeys.flatMap((key): Source[] => {
    const record = registry.byKey(key);
    if (!record) return [];
    return [record.date === null ? { ...record } : { ...record, year: Number(record.date.slice(0, 4)) }];
  });
}
