/**
 * The shape of one catalogue entry in data/programs.json, as a valibot schema.
 * Types used everywhere else are inferred from here, so the data file, the validator
 * and the code can never disagree about a field.
 *
 * Pure: no DOM, no browser API.
 */
import * as v from 'valibot';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/** A text in both UI languages. */
export const BilingualSchema = v.strictObject({ zh: nonEmpty, en: nonEmpty });

/** Years a name was in use; either end may be open. */
export const YearsSchema = v.strictObject({
  from: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1949), v.maxValue(2100))),
  to: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1949), v.maxValue(2100))),
  /** "about": the boundary year is approximate ("until about 2013"). */
  approximate: v.optional(v.boolean()),
});

/** Where a fact comes from: the seed appendix (by section) or a public document. */
export const SourceSchema = v.strictObject({
  /** Short stable key facts refer to, e.g. "seed-2.1" or "nsfc-2012-guide". */
  key: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be a lowercase key like "nsfc-2012-guide"')),
  title: nonEmpty,
  url: v.optional(v.pipe(v.string(), v.url('must be a URL'))),
  /** Section of the seed document, e.g. "附录 二、1". */
  section: v.optional(nonEmpty),
  year: v.optional(v.pipe(v.number(), v.integer())),
});

export const EnglishNameSchema = v.strictObject({
  text: nonEmpty,
  /** `official`: used by the funder itself; `translation`: ours or a third party's. */
  status: v.picklist(['official', 'translation']),
  /** Source key (see `sources`) the name comes from. */
  source: v.optional(nonEmpty),
  years: v.optional(YearsSchema),
  note: v.optional(BilingualSchema),
});

export const AliasSchema = v.strictObject({
  text: nonEmpty,
  lang: v.picklist(['zh', 'en']),
  kind: v.picklist(['short', 'former', 'variant', 'colloquial', 'abbreviation']),
  years: v.optional(YearsSchema),
  note: v.optional(BilingualSchema),
  /** English aliases: `official` or `translation`, as for English names. */
  status: v.optional(v.picklist(['official', 'translation'])),
  source: v.optional(nonEmpty),
  /**
   * The same folded text may name more than one entry only when every such alias says so;
   * the matcher then reports all candidate ids for it.
   */
  ambiguous: v.optional(v.boolean()),
  /**
   * Too generic to highlight on pages (e.g. "Joint Research Projects", 学术会议项目): the popup
   * search still finds the entry by it, but the page matcher must skip it.
   */
  searchOnly: v.optional(v.boolean()),
});

export const FactSchema = v.strictObject({
  /** The year (or range, "2015–2019") the fact holds for. */
  year: nonEmpty,
  text: BilingualSchema,
  /** Source key (see `sources`). */
  source: nonEmpty,
});

/**
 * An entry id: lowercase kebab-case (`nsfc-key`). The one pattern for ids everywhere: the data
 * file, the catalogue page's `#/entry/<id>` route and every message that carries an id, so an
 * id can never smuggle another address into a URL.
 */
export const ENTRY_ID = /^[a-z][a-z0-9-]*$/;

export const EntryIdSchema = v.pipe(v.string(), v.regex(ENTRY_ID, 'must be a lowercase kebab-case id'));

const EntryFieldsSchema = v.strictObject({
  id: EntryIdSchema,
  kind: v.picklist(['family', 'category', 'programme', 'subtype']),
  parent: v.nullable(v.string()),
  funder: v.picklist(['MOST', 'NSFC']),
  /**
   * The years the programme took applications. `to` set: a historical programme (国际科技合作专项,
   * 2001–2015), which search results, headers and cards show as such with its years.
   */
  years: v.optional(YearsSchema),
  /** Managing agency where known (e.g. CSTEC for MOST special projects). */
  agency: v.optional(BilingualSchema),
  name: v.strictObject({
    /** The current Chinese name. */
    zh: nonEmpty,
    /** English names, the preferred one first. */
    en: v.pipe(v.array(EnglishNameSchema), v.minLength(1, 'needs at least one English name')),
  }),
  aliases: v.array(AliasSchema),
  summary: BilingualSchema,
  focus: v.optional(v.array(BilingualSchema)),
  conditions: v.optional(v.array(BilingualSchema)),
  facts: v.optional(v.array(FactSchema)),
  /** The entry's own source records (the older form; see `sourceKeys`). */
  sources: v.array(SourceSchema),
  /**
   * Keys of records in the source registry (data/sources.json) the entry cites. New sources go
   * there; the entry's own `sources` move there over time.
   */
  sourceKeys: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be a lowercase key like "nsfc-2012-guide"')))),
  /** Why the entry sits where it does in the tree, or what a reader should not confuse it with. */
  note: v.optional(BilingualSchema),
  /**
   * Ids of entries tied to this one outside the parent/child tree, e.g. the parts of the
   * agreement-based nsfc-org that NSFC files under its research and exchange categories.
   */
  related: v.optional(v.array(v.string())),
});

export const EntrySchema = v.pipe(
  EntryFieldsSchema,
  v.forward(
    v.partialCheck(
      [['sources'], ['sourceKeys']],
      (entry) => entry.sources.length + (entry.sourceKeys?.length ?? 0) > 0,
      'needs at least one source',
    ),
    ['sources'],
  ),
);

export const CatalogueFileSchema = v.strictObject({
  version: v.literal(1),
  entries: v.array(EntrySchema),
});

export type Bilingual = v.InferOutput<typeof BilingualSchema>;
export type Years = v.InferOutput<typeof YearsSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type EnglishName = v.InferOutput<typeof EnglishNameSchema>;
export type Alias = v.InferOutput<typeof AliasSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Entry = v.InferOutput<typeof EntrySchema>;
export type EntryKind = Entry['kind'];
export type CatalogueFile = v.InferOutput<typeof CatalogueFileSchema>;
