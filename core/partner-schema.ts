/**
 * The shape of data/partners.json, as valibot schemas: the country/region table and the
 * partners (NSFC's counterpart organisations, MOST's intergovernmental lines). Types used
 * everywhere else are inferred from here.
 *
 * Pure: no DOM, no browser API.
 */
import * as v from 'valibot';
import { BilingualSchema, EntryIdSchema, YearsSchema } from './schema';
import { SOURCE_KEY_PATTERN } from './sources';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const sourceKey = v.pipe(v.string(), v.regex(SOURCE_KEY_PATTERN, 'must be a source key like "imde-2018-dfg"'));
const year = v.pipe(v.number(), v.integer(), v.minValue(1949, 'must be a year from 1949'), v.maxValue(2100, 'must be a year up to 2100'));

export const COUNTRY_CODE_PATTERN = /^[a-z]{2}$/;

/** A one-character country form as in 中德, 中瑞 … */
export const PrefixSchema = v.strictObject({
  text: v.pipe(v.string(), v.length(1, 'must be one character')),
  /** `attested`: a cited notice writes 中<text> for this country; `inferred`: no source, unambiguous. */
  status: v.picklist(['attested', 'inferred']),
  source: v.optional(sourceKey),
  note: v.optional(BilingualSchema),
});

export const CountrySchema = v.strictObject({
  /** ISO 3166-1 alpha-2, lower case. */
  code: v.pipe(v.string(), v.regex(COUNTRY_CODE_PATTERN, 'must be an ISO 3166-1 alpha-2 code in lower case')),
  /** `region`: Hong Kong, Macao, Taiwan. */
  kind: v.picklist(['country', 'region']),
  name: BilingualSchema,
  prefixes: v.optional(v.array(PrefixSchema)),
});

/** One written form of a partner's name. */
export const PartnerNameSchema = v.strictObject({
  text: nonEmpty,
  /** Language tag: zh, en, de, fr, es, pl, pt, sv, tr … */
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'must be a two-letter language code')),
  /**
   * `name`: a full name (the first undated one per language is shown); `former`: a name no
   * longer used (with years); `abbreviation`; `short`: a short form (研资局); `variant`: another
   * spelling seen in notices; `unit`: a council or body of the partner (ESRC of UKRI).
   */
  kind: v.picklist(['name', 'former', 'abbreviation', 'short', 'variant', 'unit']),
  years: v.optional(YearsSchema),
  source: v.optional(sourceKey),
  /** `inferred`: the form is not seen in any source (a translation or expansion of ours). */
  status: v.optional(v.literal('inferred')),
  /** Another partner uses the same form (NRF): every such form must say so. */
  ambiguous: v.optional(v.literal(true)),
  note: v.optional(BilingualSchema),
});

/** A dated sighting of the partner's calls: the call year (年度) a source shows. */
export const SightingSchema = v.strictObject({
  /** The call year where the source gives one; left out only for an undated source. */
  year: v.optional(year),
  source: sourceKey,
});

/** A programme the partner works through. */
export const ProgrammeLinkSchema = v.strictObject({
  /** Programme id in data/programs.json. */
  programme: nonEmpty,
  /**
   * Set where the programme alone does not say what the calls are: `talent` (talent and
   * fellowship calls, which NSFC files as organisation-level exchange), `agreement` (an
   * agreement or MoU with no call seen).
   */
  callKind: v.optional(v.picklist(['talent', 'agreement'])),
  seen: v.pipe(v.array(SightingSchema), v.minLength(1, 'needs at least one sighting with its source')),
  /** Titles of this partner's calls or lines as the sources write them (中国和新西兰政府间科技合作项目). */
  titles: v.optional(v.array(v.strictObject({ text: nonEmpty, year: v.optional(year), source: sourceKey }))),
  /** `inferred`: no source says this partner's calls belong to this programme. */
  status: v.optional(v.literal('inferred')),
  note: v.optional(BilingualSchema),
});

export const PARTNER_FACT_TOPICS = [
  'funding', 'duration', 'projects', 'limit', 'eligibility', 'submission', 'scope', 'agreement', 'other',
] as const;

export const PartnerFactSchema = v.strictObject({
  /** The call year (年度) the fact holds for, else the year of the document. */
  year,
  /** Last year of a range (2004–2006). */
  to: v.optional(year),
  /** The programme the fact is about; left out for facts about the partner itself. */
  programme: v.optional(nonEmpty),
  topic: v.picklist(PARTNER_FACT_TOPICS),
  text: BilingualSchema,
  source: sourceKey,
  /** `inferred`: our reading of the source, not its words. */
  status: v.optional(v.literal('inferred')),
});

export const PartnerSchema = v.strictObject({
  /**
   * Stable id: an organisation's own abbreviation in lower-case ASCII (dfg, rs, tubitak), or
   * a made-up one where it has none (kt-li); a country line's ISO code (nz); a group's name
   * (arab-states). Kept when the partner is renamed.
   */
  id: EntryIdSchema,
  /** `organisation`: an agency, council, institute or international body; `country`: a government line; `group`: countries named together. */
  kind: v.picklist(['organisation', 'country', 'group']),
  /** Codes in `countries`: home country (or both, for a joint body); empty for international bodies. */
  countries: v.array(v.string()),
  /** Written forms; a `country` partner takes its names from the country table. */
  names: v.optional(v.array(PartnerNameSchema)),
  programmes: v.array(ProgrammeLinkSchema),
  facts: v.optional(v.array(PartnerFactSchema)),
  /** Keys of every registry record the partner cites (the reading list of its card). */
  sources: v.pipe(v.array(sourceKey), v.minLength(1, 'needs at least one source')),
  note: v.optional(BilingualSchema),
});

export const PartnersFileSchema = v.strictObject({
  version: v.literal(1),
  countries: v.array(CountrySchema),
  partners: v.array(PartnerSchema),
});

export type Prefix = v.InferOutput<typeof PrefixSchema>;
export type Country = v.InferOutput<typeof CountrySchema>;
export type PartnerName = v.InferOutput<typeof PartnerNameSchema>;
export type ProgrammeLink = v.InferOutput<typeof ProgrammeLinkSchema>;
export type PartnerFact = v.InferOutput<typeof PartnerFactSchema>;
export type PartnerFactTopic = PartnerFact['topic'];
export type Partner = v.InferOutput<typeof PartnerSchema>;
export type PartnerKind = Partner['kind'];
export type PartnersFile = v.InferOutput<typeof PartnersFileSchema>;
