/**
 * The actions of the partner-call pass (core/partner-calls.ts, which builds its words and
 * rules): what a matched formula makes. Apart from the pass so that the content script, which
 * runs compiled data (core/recognition-pack.ts), carries the actions without the formulas and
 * the builders.
 *
 * Pure: no DOM, no browser API.
 */
import type { NsfcCallKind } from './call-formulas';
import { DROP, type Action, type MatchedToken, type RuleMatch } from './composer';
import type { NameRef, PartnerRef } from './types';

/** What a `place` piece stands for: a country (with its MOST line partner, if there is one) or a group of countries. */
export interface PlaceItem {
  country?: string;
  partner?: PartnerRef;
}

/** The plain data the actions read, computed at build time. */
export interface CallData {
  /** How a call names its programme: the Chinese name, the first English name (only ids the catalogue has). */
  programmes: Record<string, { zh: NameRef; en: NameRef }>;
  /** Per kind of call (and `most`, MOST's intergovernmental lines): the kind's own programme. */
  defaults: Record<NsfcCallKind | 'most', string>;
  /** Per partner: the programme of each kind of its calls, where its links make it more precise than the kind's default. */
  partnerCalls: Record<string, Partial<Record<NsfcCallKind | 'most', string>>>;
  /** Per 中X prefix: per kind of call, the candidate partners (ids, file order). */
  prefixCandidates: Record<string, Record<NsfcCallKind, string[]>>;
}

/** Piece kinds that name a partner inside an NSFC formula. */
export const NAMED = ['partner', 'partnerShort', 'abbreviation', 'nsfcAbbreviation'];

export const partnerCallActions: Readonly<Record<string, Action<CallData>>> = {
  partner: partnerAlone,
  nsfcCall,
  englishCall,
  mostCall,
  drop: () => DROP,
};

// ---------------------------------------------------------------------------------------
// Actions

function partnerAlone(match: RuleMatch) {
  return { refs: [], partners: match.tokens[0]!.items as PartnerRef[] };
}

function nsfcCall(match: RuleMatch, data: CallData) {
  const kind = (tokenOf(match, 'nsfcKind')!.items[0] as NsfcCallKind);
  // The bare 项目 ends only NSFC-<ABBR>项目.
  if (kind === 'any' && match.rule !== 'abbreviation-call') return null;
  let partners = namedPartners(match.tokens);
  if (partners.length === 0) {
    const prefix = tokenOf(match, 'prefix')!.items[0] as string;
    const ids = data.prefixCandidates[prefix]?.[kind] ?? [];
    if (ids.length === 0) return null;
    partners = ids.map((partnerId) => ({ partnerId, text: prefix, via: 'prefix' as const }));
  }
  return callMention(data, nsfcProgramme(data, kind, partners), 'zh', partners);
}

function englishCall(match: RuleMatch, data: CallData) {
  const words = match.tokens.filter((token) => token.kind === 'englishWord').map((token) => token.items[0] as NsfcCallKind | null);
  const kind = words.find((word) => word !== null) ?? 'any';
  const partners = namedPartners(match.tokens);
  return callMention(data, nsfcProgramme(data, kind, partners), 'en', partners);
}

function mostCall(match: RuleMatch, data: CallData) {
  const named = match.tokens[1]!;
  let partners: PartnerRef[] =
    named.kind === 'place' ? (named.items as PlaceItem[]).flatMap((place) => (place.partner ? [place.partner] : [])) : (named.items as PartnerRef[]);
  const abbreviation = tokenOf(match, 'abbreviation');
  if (abbreviation) {
    const both = intersect(partners, abbreviation.items as PartnerRef[]);
    if (both.length > 0) partners = both;
  }
  const programmes = new Set(partners.map((p) => data.partnerCalls[p.partnerId]?.most ?? data.defaults.most));
  const programme = programmes.size === 1 ? [...programmes][0]! : data.defaults.most;
  return callMention(data, programme, 'zh', partners);
}

function callMention(data: CallData, programme: string, lang: 'zh' | 'en', partners: PartnerRef[]) {
  const refs = data.programmes[programme];
  if (!refs) return null;
  return partners.length > 0 ? { refs: [refs[lang]], partners } : { refs: [refs[lang]] };
}

/** The programme of a call of this kind with these partners: the one they all make precise, else the kind's own. */
function nsfcProgramme(data: CallData, kind: NsfcCallKind, partners: readonly PartnerRef[]): string {
  const chosen = new Set(partners.map((p) => data.partnerCalls[p.partnerId]?.[kind] ?? data.defaults[kind]));
  return chosen.size === 1 ? [...chosen][0]! : data.defaults[kind];
}

/**
 * The partners the formula's words name: the first naming token's, narrowed by every other
 * naming token that agrees with it (德国研究联合会（DFG）; a disagreeing one is ignored).
 */
function namedPartners(tokens: readonly MatchedToken[]): PartnerRef[] {
  let partners: PartnerRef[] = [];
  for (const token of tokens) {
    if (!NAMED.includes(token.kind)) continue;
    const refs = token.items as PartnerRef[];
    if (partners.length === 0) partners = refs;
    else {
      const both = intersect(partners, refs);
      if (both.length > 0) partners = both;
    }
  }
  return partners;
}

function intersect(a: readonly PartnerRef[], b: readonly PartnerRef[]): PartnerRef[] {
  return a.filter((ref) => b.some((other) => other.partnerId === ref.partnerId));
}

function tokenOf(match: RuleMatch, kind: string): MatchedToken | undefined {
  return match.tokens.find((token) => token.kind === kind);
}

