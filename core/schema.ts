/**
 * The shape of one catalogue entry in data/programs.json, as a valibot schema.
 * Types used everywhere else are inferred from here, so the data file, the validator
 * and the code can never disagree about a field.
 *
 * Pure: no DOM, no browser API.
 */
import * as v from 'valibot';
import { ENTRY_ID } from './entry-id';

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

/**
 * A key of the source registry (data/sources.json, core/sources.ts), the one place a cited
 * document is described: entries, their names, aliases and facts cite it by this key.
 */
export const SOURCE_KEY_PATTERN = /^[a-z0-9][a-z0-9.-]*$/;

const SourceKeySchema = v.pipe(v.string(), v.regex(SOURCE_KEY_PATTERN, 'must be a lowercase key like "nsfc-guide-2012-intl"'));

export const EnglishNameSchema = v.strictObject({
  text: nonEmpty,
  /** `official`: used by the funder itself; `translation`: ours or a third party's. */
  status: v.picklist(['official', 'translation']),
  /** Registry key (one of the entry's `sourceKeys`) of the document the name comes from. */
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

/**
 * The year a fact holds for, or a range of years with an en dash: "2024", "2017–2019". Nothing
 * else ("undated", "2021, 2024"): a fact whose year is not known is not a fact the catalogue
 * shows (docs/domain.md). core/fact-dates.ts reads it (factYears).
 */
export const FACT_YEAR = /^(\d{4})(?:–(\d{4}))?$/;

export const FactSchema = v.strictObject({
  year: v.pipe(v.string(), v.regex(FACT_YEAR, 'must be a year or a range of years, like "2024" or "2017–2019"')),
  text: BilingualSchema,
  /** Registry key (one of the entry's `sourceKeys`) of the document that states it. */
  source: nonEmpty,
});

/** An entry id (core/entry-id.ts, the one pattern for ids everywhere). */
export const EntryIdSchema = v.pipe(v.string(), v.regex(ENTRY_ID, 'must be a lowercase kebab-case id'));

export const EntrySchema = v.strictObject({
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
  /**
   * Keys of the source registry's records (data/sources.json) the entry cites, in the order the
   * views number them: every name, alias and fact cites one of these.
   */
  sourceKeys: v.pipe(v.array(SourceKeySchema), v.minLength(1, 'needs at least one source')),
  /** Why the entry sits where it does in the tree, or what a reader should not confuse it with. */
  note: v.optional(BilingualSchema),
  /**
   * Ids of entries tied to this one outside the parent/child tree, e.g. the parts of the
   * agreement-based nsfc-org that NSFC files under its research and exchange categories.
   */
  related: v.optional(v.array(v.string())),
});

export const CatalogueFileSchema = v.strictObject({
  version: v.literal(1),
  /**
   * The day the facts were last checked against their sources: each entry's latest known figures
   * are those known on this day (YYYY-MM-DD). The UI shows it ("as of …").
   */
  asOf: v.pipe(v.string(), v.isoDate('must be a date YYYY-MM-DD')),
  entries: v.array(EntrySchema),
});

export type Bilingual = v.InferOutput<typeof BilingualSchema>;
export type Years = v.InferOutput<typeof YearsSchema>;
/** A cited document as the views list it (defined with the registry, core/sources.ts). */
export type { Source } from './sources';
export type EnglishName = v.InferOutput<typeof EnglishNameSchema>;
export type Alias = v.InferOutput<typeof AliasSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Entry = v.InferOutput<typeof EntrySchema>;

/**
 * What recognising an entry's names needs (the written forms, the family tree, the funder):
 * the content script carries only this share of the catalogue (core/generated/
 * recognizer-entries.json, scripts/gen/recognizer-entries.ts); the card, which shows the rest,
 * loads on demand (docs/architecture.md, «The card on demand»).
 */
export const RECOGNIZER_FIELDS = ['id', 'kind', 'parent', 'funder', 'name', 'aliases'] as const;
export type RecognizerEntry = Pick<Entry, (typeof RECOGNIZER_FIELDS)[number]>;

export function recognizerEntryOf(entry: Entry): RecognizerEntry {
  return Object.fromEntries(RECOGNIZER_FIELDS.map((field) => [field, entry[field]])) as RecognizerEntry;
}
export type EntryKind = Entry['kind'];
export type CatalogueFile = v.InferOutput<typeof CatalogueFileSchema>;
