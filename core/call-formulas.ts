/**
 * The words of the formulas notices use to name a partner call: a programme plus a partner
 * (中德(NSFC-DFG)合作研究项目, 国家自然科学基金委员会与英国皇家学会合作交流项目, NSFC-RGC项目,
 * 中国和新西兰政府间科技合作项目). One place for every formula word and for what each kind of call
 * means in the catalogue; the grammar that puts the words together is core/partner-calls.ts.
 *
 * Where the formulas come from: the titles and bodies of NSFC's partner-call notices ("X年度国家
 * 自然科学基金委员会与<partner>合作研究项目指南", "根据国家自然科学基金委员会(NSFC)与<partner>
 * (<ABBR>)双边合作协议…", the short forms 中<X>(NSFC-<ABBR>)合作研究项目, NSFC-<ABBR>项目 of
 * the ISIS system) and the line titles of MOST's intergovernmental guide (中国和<country>政府间
 * 科技合作项目 …); docs/domain.md, «Partner calls».
 *
 * Pure data: no DOM, no browser API.
 */

/** What an NSFC partner call is for, as the formula's last words say it. */
export type NsfcCallKind = 'research' | 'exchange' | 'conference' | 'talent' | 'any';

export const NSFC_CALL_KINDS: readonly NsfcCallKind[] = ['research', 'exchange', 'conference', 'talent', 'any'];

/**
 * The programme each kind of call belongs to, and how a partner's own programme links
 * (data/partners.json `programmes[]`) make it more precise:
 * - `programme`: the catalogue entry when the partner does not say more (or when several
 *   candidate partners disagree);
 * - `refinesTo`: a partner linked to exactly one of these (without a `callKind`) is that one's
 *   call (a Royal Society exchange is nsfc-org-visit, the researcher-visit exchange);
 * - `callKind`: the links that count are those with this `callKind` (talent calls, which NSFC
 *   files under organisation-level exchange).
 * `any` is a call the formula names without saying its kind (NSFC-RGC项目): the agreement-based
 * umbrella, unless the partner works through one programme only.
 */
export const NSFC_CALLS: Readonly<Record<NsfcCallKind, { programme: string; refinesTo: readonly string[]; callKind?: 'talent' }>> = {
  research: { programme: 'nsfc-org-research', refinesTo: ['nsfc-org-research'] },
  exchange: { programme: 'nsfc-org-exchange', refinesTo: ['nsfc-org-visit', 'nsfc-org-exchange'] },
  conference: { programme: 'nsfc-org-conference', refinesTo: ['nsfc-org-conference'] },
  talent: { programme: 'nsfc-org-exchange', refinesTo: ['nsfc-org-exchange', 'nsfc-org-visit'], callKind: 'talent' },
  any: { programme: 'nsfc-org', refinesTo: ['nsfc-org-research', 'nsfc-org-visit', 'nsfc-org-exchange', 'nsfc-org-conference'] },
};

/** MOST's intergovernmental lines: the programme, unless the partner works through the HKMT line only. */
export const MOST_CALL = { programme: 'most-intergov', refinesTo: ['most-intergov', 'most-hkmt'] } as const;

/** How NSFC is named at the head of a formula (国家自然科学基金委员会与…, NSFC与…). */
export const NSFC_HEADS: readonly string[] = ['国家自然科学基金委员会', '国家自然科学基金委', '自然科学基金委', 'NSFC'];

/**
 * NSFC as written beside a partner's abbreviation: NSFC-DFG, DFG-NSFC (any dash, spaces around it
 * fold away), NSFC/RGC. `{}` stands for the abbreviation.
 */
export const NSFC_ABBREVIATION_FORMS: readonly string[] = ['NSFC-{}', '{}-NSFC', 'NSFC/{}'];

/** The words that end an NSFC formula and the kind of call they name. */
export const NSFC_KIND_WORDS: Readonly<Record<string, NsfcCallKind>> = {
  合作研究项目: 'research',
  合作交流项目: 'exchange',
  合作与交流项目: 'exchange',
  人员交流项目: 'exchange',
  学术会议项目: 'conference',
  双边研讨会项目: 'conference',
  人才项目: 'talent',
  // Only right after NSFC-<ABBR> (NSFC-RGC项目, the ISIS agreement name): see core/partner-calls.ts.
  项目: 'any',
};

/** How MOST's lines begin: 中国和<country>…, 中国科技部与<agency>…, 中国—<organisation>… */
export const MOST_HEADS: readonly string[] = ['中国和', '中国与', '中国科技部与', '科技部与', '中国科学技术部与', '中国-'];

/** The words that end a MOST line's title (中国和新西兰政府间科技合作项目 …). */
export const MOST_KIND_WORDS: readonly string[] = [
  '政府间科技合作项目',
  '政府间合作项目',
  '政府间联合研究项目',
  '政府间联合研发项目',
  '产业技术研发合作项目',
  '联合实验室项目',
  '联合实验室合作项目',
  '联合研究项目',
  '联合资助项目',
];

/**
 * English words of a call's name after NSFC-<ABBR> ("NSFC-DFG Joint Research Program"), with the
 * kind of call a word says, or null for a word that says none.
 */
export const ENGLISH_CALL_WORDS: Readonly<Record<string, NsfcCallKind | null>> = {
  research: 'research',
  exchange: 'exchange',
  exchanges: 'exchange',
  mobility: 'exchange',
  conference: 'conference',
  conferences: 'conference',
  seminar: 'conference',
  seminars: 'conference',
  workshop: 'conference',
  workshops: 'conference',
  symposium: 'conference',
  fellowship: 'talent',
  fellowships: 'talent',
  talent: 'talent',
  talents: 'talent',
  joint: null,
  international: null,
  bilateral: null,
  cooperation: null,
  cooperative: null,
  collaboration: null,
  collaborative: null,
  scientific: null,
  science: null,
};

/** The words that end such an English name. */
export const ENGLISH_CALL_ENDS: readonly string[] = [
  'program', 'programs', 'programme', 'programmes', 'project', 'projects', 'scheme', 'schemes',
];

/**
 * Forms that look like part of a formula or a name but say the opposite: read and dropped, so
 * the name inside them is not read either. 非组织间(合作)项目 are the projects outside the
 * agreements (NSFC's own wording), the opposite of 组织间.
 */
export const STOP_FORMS: readonly string[] = ['非组织间'];

/** Every Chinese text above, for the traditional → simplified table (scripts/gen/trad-table.ts). */
export const FORMULA_TEXTS: readonly string[] = [
  ...NSFC_HEADS,
  ...Object.keys(NSFC_KIND_WORDS),
  ...MOST_HEADS,
  ...MOST_KIND_WORDS,
  ...STOP_FORMS,
];
