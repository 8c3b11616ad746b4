/**
 * The second recognition pass on the pieces (core/composer.ts): partners and partner calls.
 *
 * Words (pieces) it adds, all from data/partners.json and core/call-formulas.ts:
 * - `partner`: an organisation's full name, former name, variant or unit (德国研究联合会, 德国科学
 *   基金会, Royal Society of Edinburgh); alone, a mention of the partner (refs empty);
 * - `partnerShort`: a short name (研资局), `abbreviation`: a bare abbreviation (DFG): only inside
 *   a formula, never alone (too common: DFG, NSF, RS, EC, NRF);
 * - `nsfcAbbreviation`: NSFC-<ABBR> and <ABBR>-NSFC;
 * - `prefix`: 中<X> for every one-character country form of the country table (中德, 中瑞 …);
 * - `place`: a country's or region's name (新西兰, New Zealand) and a group's (非洲国家), for MOST;
 * - formula words: `nsfc` (国家自然科学基金委员会, NSFC …), `nsfcKind` (合作研究项目 … and the
 *   bare 项目), `mostHead` (中国和 …), `mostKind` (政府间科技合作项目 …), `englishWord`,
 *   `englishEnd`, `stop` (非组织间).
 *
 * Rules: see RULES below, one per formula. A mention of a call has `refs` the programme and
 * `partners` the partner the text names: by its name or abbreviation when it gives one, else
 * every candidate of an ambiguous 中X prefix (中瑞: SNSF and VR for research, STINT for
 * exchanges), narrowed to the partners whose calls of that kind the catalogue knows.
 *
 * The actions, which the content script runs on compiled data, are in core/partner-call-actions.ts.
 *
 * Pure: no DOM, no browser API.
 */
import { isAllCapsForm } from './abbreviation-case';
import {
  ENGLISH_CALL_ENDS,
  ENGLISH_CALL_WORDS,
  MOST_CALL,
  MOST_HEADS,
  MOST_KIND_WORDS,
  NSFC_ABBREVIATION_FORMS,
  NSFC_CALL_KINDS,
  NSFC_CALLS,
  NSFC_HEADS,
  NSFC_KIND_WORDS,
  STOP_FORMS,
  type NsfcCallKind,
} from './call-formulas';
import type { Grammar, LexiconBuilder, RuleSpec } from './composer';
import { NAMED, partnerCallActions, type CallData } from './partner-call-actions';
import type { Country, Partner, PartnerName, Prefix, ProgrammeLink } from './partner-schema';
import type { RecognitionInput } from './recognizer';
import type { RecognizerEntry } from './schema';
import type { PartnerRef } from './types';

/**
 * What of the partner catalogue the recognizer reads: ids, kinds, countries, written forms,
 * programme links, the country table's names and prefixes. The full catalogue (core/partners.ts)
 * is one; the content script ships only this much (scripts/gen/partner-words.ts), not the
 * facts, notes and sources.
 */
export interface PartnerWords {
  partners: ReadonlyArray<
    Pick<Partner, 'id' | 'kind' | 'countries'> & {
      names?: ReadonlyArray<Pick<PartnerName, 'text' | 'kind'>>;
      programmes: ReadonlyArray<Pick<ProgrammeLink, 'programme' | 'callKind'>>;
    }
  >;
  countries: ReadonlyArray<Pick<Country, 'code' | 'name'> & { prefixes?: ReadonlyArray<Pick<Prefix, 'text'>> }>;
}

type WordsPartner = PartnerWords['partners'][number];

/** The recognizer's share of a partner file (what scripts/gen/partner-words.ts writes). */
export function partnerWordsOf(file: { partners: readonly Partner[]; countries: readonly Country[] }): PartnerWords {
  return {
    partners: file.partners.map((p) => ({
      id: p.id,
      kind: p.kind,
      countries: p.countries,
      ...(p.names && { names: p.names.map(({ text, kind }) => ({ text, kind })) }),
      programmes: p.programmes.map(({ programme, callKind }) => ({ programme, ...(callKind && { callKind }) })),
    })),
    countries: file.countries.map((c) => ({
      code: c.code,
      name: c.name,
      ...(c.prefixes && { prefixes: c.prefixes.map(({ text }) => ({ text })) }),
    })),
  };
}

const RULES: readonly RuleSpec[] = [
  // 德国研究联合会: the partner alone.
  { name: 'partner', slots: [{ kinds: ['partner'] }], action: 'partner' },
  // 国家自然科学基金委员会（NSFC）与德国研究联合会（DFG）合作研究项目; NSFC与DFG合作研究项目.
  {
    name: 'nsfc-partner-call',
    slots: [{ kinds: ['nsfc'], max: 3 }, { kinds: NAMED }, { kinds: ['abbreviation'], min: 0 }, { kinds: ['nsfcKind'] }],
    action: 'nsfcCall',
  },
  // 中德合作研究项目; 中德（NSFC-DFG）合作研究项目.
  { name: 'prefix-call', slots: [{ kinds: ['prefix'] }, { kinds: ['nsfcAbbreviation'], min: 0 }, { kinds: ['nsfcKind'] }], action: 'nsfcCall' },
  // NSFC-DFG（中德）合作研究项目; NSFC-DFG合作研究项目; NSFC-RGC项目.
  {
    name: 'abbreviation-call',
    slots: [{ kinds: ['nsfcAbbreviation'] }, { kinds: ['prefix'], min: 0 }, { kinds: ['nsfcKind'] }],
    action: 'nsfcCall',
  },
  // NSFC-DFG Joint Research Program; NSFC–RGC Joint Research Scheme; RSE-NSFC Joint Projects.
  {
    name: 'english-call',
    slots: [
      { kinds: ['nsfcAbbreviation'] },
      { kinds: ['place'], min: 0 },
      { kinds: ['englishWord'], min: 0, max: 6 },
      { kinds: ['englishEnd'] },
    ],
    action: 'englishCall',
  },
  // 中国和新西兰政府间科技合作项目; 中国科技部与日本国际协力机构（JICA）联合研究项目; 中国—东盟联合研究项目.
  {
    name: 'most-call',
    slots: [{ kinds: ['mostHead'] }, { kinds: ['place', 'partner', 'partnerShort'] }, { kinds: ['abbreviation'], min: 0 }, { kinds: ['mostKind'] }],
    action: 'mostCall',
  },
  // 非组织间(合作)项目: read, and nothing in it is a name.
  { name: 'stop', slots: [{ kinds: ['stop'] }], action: 'drop' },
];

export const partnerCalls: Grammar<RecognitionInput, CallData> = {
  name: 'partner calls',
  build: buildCallLexicon,
  rules: RULES,
  actions: partnerCallActions,
};

// ---------------------------------------------------------------------------------------
// Build time

function buildCallLexicon({ entries, partners: catalogue }: RecognitionInput, lexicon: LexiconBuilder): CallData {
  const data: CallData = {
    programmes: programmeRefs(entries),
    defaults: { ...Object.fromEntries(NSFC_CALL_KINDS.map((kind) => [kind, NSFC_CALLS[kind].programme])), most: MOST_CALL.programme } as CallData['defaults'],
    partnerCalls: {},
    prefixCandidates: {},
  };
  for (const form of STOP_FORMS) lexicon.add(form, 'stop', form);
  // Without partners no formula can name one: its words would only be read and dropped.
  if (!catalogue) return data;
  for (const head of NSFC_HEADS) lexicon.add(head, 'nsfc', head, caseOf(head));
  for (const [word, kind] of Object.entries(NSFC_KIND_WORDS)) lexicon.add(word, 'nsfcKind', kind);
  for (const head of MOST_HEADS) lexicon.add(head, 'mostHead', head);
  for (const word of MOST_KIND_WORDS) lexicon.add(word, 'mostKind', word);
  for (const [word, kind] of Object.entries(ENGLISH_CALL_WORDS)) lexicon.add(word, 'englishWord', kind);
  for (const word of ENGLISH_CALL_ENDS) lexicon.add(word, 'englishEnd', word);

  const funderOf = new Map(entries.map((entry) => [entry.id, entry.funder]));
  const byId = new Map(catalogue.partners.map((partner) => [partner.id, partner]));
  for (const partner of catalogue.partners) {
    addPartnerNames(partner, lexicon);
    const calls = refinedCalls(partner);
    // Only partners whose links refine a call (the actions read the rest as the kind's own programme).
    if (Object.keys(calls).length > 0) data.partnerCalls[partner.id] = calls;
  }
  const countriesByPrefix = new Map<string, string[]>();
  for (const country of catalogue.countries) {
    for (const { text } of country.prefixes ?? []) countriesByPrefix.set(text, [...(countriesByPrefix.get(text) ?? []), country.code]);
  }
  for (const country of catalogue.countries) {
    const line = byId.get(country.code);
    const partner = line?.kind === 'country' ? { partnerId: line.id, text: country.name.zh, via: 'country' as const } : undefined;
    for (const name of [country.name.zh, country.name.en]) lexicon.add(name, 'place', { country: country.code, ...(partner && { partner }) });
  }
  for (const [text, codes] of countriesByPrefix) {
    const prefix = `中${text}`;
    lexicon.add(prefix, 'prefix', prefix);
    // Every candidate: 瑞 is Switzerland and Sweden (core/partners.ts countryByPrefix reads the same table).
    data.prefixCandidates[prefix] = prefixCandidates(catalogue.partners.filter((p) => p.countries.some((c) => codes.includes(c))), funderOf);
  }
  return data;
}

/** Only ids the catalogue has (a smaller catalogue simply recognises fewer calls). */
function programmeRefs(entries: readonly RecognizerEntry[]): CallData['programmes'] {
  const refs: CallData['programmes'] = {};
  const wanted = new Set<string>([...NSFC_CALL_KINDS.map((kind) => NSFC_CALLS[kind].programme), ...MOST_CALL.refinesTo, ...NSFC_CALLS.any.refinesTo]);
  for (const entry of entries) {
    if (!wanted.has(entry.id)) continue;
    const english = entry.name.en[0]!;
    refs[entry.id] = {
      zh: Object.freeze({ entryId: entry.id, text: entry.name.zh, lang: 'zh', role: 'name' }),
      en: Object.freeze({ entryId: entry.id, text: english.text, lang: 'en', role: 'english' }),
    };
  }
  return refs;
}

function addPartnerNames(partner: WordsPartner, lexicon: LexiconBuilder): void {
  for (const name of partner.names ?? []) {
    if (partner.kind === 'group') {
      lexicon.add(name.text, 'place', { partner: { partnerId: partner.id, text: name.text, via: 'name' } });
      continue;
    }
    if (partner.kind !== 'organisation') continue;
    if (name.kind === 'abbreviation' || isAllCapsForm(name.text)) {
      const ref: PartnerRef = { partnerId: partner.id, text: name.text, via: 'abbreviation' };
      lexicon.add(name.text, 'abbreviation', ref, { caseForm: name.text });
      for (const form of NSFC_ABBREVIATION_FORMS) {
        const written = form.replace('{}', name.text);
        lexicon.add(written, 'nsfcAbbreviation', ref, { caseForm: written });
      }
    } else {
      lexicon.add(name.text, name.kind === 'short' ? 'partnerShort' : 'partner', { partnerId: partner.id, text: name.text, via: viaOf(name) });
    }
  }
}

function viaOf(name: Pick<PartnerName, 'kind'>): PartnerRef['via'] {
  return name.kind === 'former' ? 'former' : 'name';
}

/** The programme of each kind of the partner's calls where its links name exactly one. */
function refinedCalls(partner: WordsPartner): CallData['partnerCalls'][string] {
  const calls: CallData['partnerCalls'][string] = {};
  for (const kind of NSFC_CALL_KINDS) {
    const ids = new Set(linksOfKind(partner, kind).map((link) => link.programme));
    if (ids.size === 1) calls[kind] = [...ids][0]!;
  }
  const most = new Set(partner.programmes.filter((link) => (MOST_CALL.refinesTo as readonly string[]).includes(link.programme)).map((l) => l.programme));
  if (most.size === 1) calls.most = [...most][0]!;
  return calls;
}

function linksOfKind(partner: WordsPartner, kind: NsfcCallKind) {
  const spec = NSFC_CALLS[kind];
  return partner.programmes.filter((link) => link.callKind === spec.callKind && spec.refinesTo.includes(link.programme));
}

/**
 * Candidates of a prefix for each kind of call: its countries' organisations whose calls of
 * that kind the catalogue knows, else every organisation of those countries that works with NSFC.
 */
function prefixCandidates(partners: readonly WordsPartner[], funderOf: ReadonlyMap<string, string>): Record<NsfcCallKind, string[]> {
  const organisations = partners.filter((p) => p.kind === 'organisation');
  const withNsfc = organisations.filter((p) => p.programmes.some((link) => funderOf.get(link.programme) === 'NSFC' && link.callKind !== 'agreement'));
  const out = {} as Record<NsfcCallKind, string[]>;
  for (const kind of NSFC_CALL_KINDS) {
    const known = withNsfc.filter((p) => linksOfKind(p, kind).length > 0);
    out[kind] = (known.length > 0 ? known : withNsfc).map((p) => p.id);
  }
  return out;
}

function caseOf(form: string): { caseForm?: string } {
  return isAllCapsForm(form) ? { caseForm: form } : {};
}

export type { CallData, PlaceItem } from './partner-call-actions';
