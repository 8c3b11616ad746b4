/**
 * The English names of the programmes as people write them (issue 11): in acknowledgements, CVs
 * and project lists a programme appears in a dozen renderings — word order varies ("Cooperation
 * between Governments" / "Intergovernmental"), "S&T" / "Science and Technology" / "Scientific and
 * Technological", "Innovation" present or not, "Cooperation" / "Collaboration", "Program" /
 * "Programme" / "Project" / "Key Special Project" / "Fund", with or without "of NSFC" / "of the
 * National Key R&D Program of China" around it. So a name is read as a phrase of key words, not
 * as a fixed string: one place for the words (what each means: a **concept**) and for each
 * programme's small grammar; core/english-names.ts is the recognition pass that applies them.
 *
 * Where the renderings come from: ../docs/grant-numbers.md «Acknowledgement lines» and the
 * catalogue's own English names (data/programs.json); docs/domain.md «English names as people
 * write them» says what is matched and what never is.
 *
 * Pure data: no DOM, no browser API.
 */

/**
 * What a word means to the grammars. `intl` international; `st` science or technology (S&T,
 * Scientific and Technological); `innov` innovation; `coop` cooperation or collaboration;
 * `exch` exchange; `intergov` intergovernmental / between governments; `hkmt` Hong Kong, Macao
 * and Taiwan; `org` inter-organisational; `prog`, `proj`, `fund`: the head words; `young`,
 * `excellent`, `senior`, `scientists`, `foreign`: the RFIS tiers; `nsfc`, `nkrd`, `most`,
 * `china`: context (the funder or country named around a name, never a name alone).
 */
export type Concept =
  | 'intl' | 'foreign' | 'st' | 'innov' | 'coop' | 'exch' | 'joint' | 'research' | 'regional'
  | 'major' | 'key' | 'special' | 'strategic' | 'intergov' | 'hkmt' | 'org' | 'conference'
  | 'prog' | 'proj' | 'fund' | 'young' | 'excellent' | 'senior' | 'scientists'
  | 'nsfc' | 'nkrd' | 'most' | 'china';

/** Context concepts: they may stand around a name (before or after its words), never inside it, never alone. */
export const CONTEXT_CONCEPTS: readonly Concept[] = ['nsfc', 'nkrd', 'most', 'china'];

/**
 * The words, as written (folded at build time: case, width, dashes), with their concepts.
 * Multi-word entries are read as one word: funder names, "Hong Kong, Macao and Taiwan" (a comma
 * ends a chain of words, core/composer.ts), "Science, Technology and Innovation".
 * Hyphenated forms (Co-operation, Inter-governmental) are listed; a hyphen or line break
 * *between* two words is a filler anyway.
 */
export const ENGLISH_WORDS: Readonly<Record<string, readonly Concept[]>> = {
  international: ['intl'],
  intl: ['intl'],
  foreign: ['foreign'],
  science: ['st'],
  scientific: ['st'],
  technology: ['st'],
  technological: ['st'],
  technologies: ['st'],
  's&t': ['st'],
  'sci-tech': ['st'],
  'science, technology and innovation': ['st', 'innov'],
  'science, technology, and innovation': ['st', 'innov'],
  innovation: ['innov'],
  innovative: ['innov'],
  cooperation: ['coop'],
  'co-operation': ['coop'],
  cooperative: ['coop'],
  'co-operative': ['coop'],
  collaboration: ['coop'],
  collaborative: ['coop'],
  exchange: ['exch'],
  exchanges: ['exch'],
  joint: ['joint'],
  research: ['research'],
  regional: ['regional'],
  major: ['major'],
  key: ['key'],
  special: ['special'],
  strategic: ['strategic'],
  intergovernmental: ['intergov'],
  'inter-governmental': ['intergov'],
  intergovernment: ['intergov'],
  'inter-government': ['intergov'],
  governmental: ['intergov'],
  governments: ['intergov'],
  'government-to-government': ['intergov'],
  'hong kong, macao and taiwan': ['hkmt'],
  'hong kong, macao, and taiwan': ['hkmt'],
  'hong kong, macau and taiwan': ['hkmt'],
  'hong kong, macau, and taiwan': ['hkmt'],
  'hong kong-macao-taiwan': ['hkmt'],
  'inter-organizational': ['org'],
  interorganizational: ['org'],
  'inter-organisational': ['org'],
  interorganisational: ['org'],
  conference: ['conference'],
  conferences: ['conference'],
  program: ['prog'],
  programs: ['prog'],
  programme: ['prog'],
  programmes: ['prog'],
  project: ['proj'],
  projects: ['proj'],
  fund: ['fund'],
  funds: ['fund'],
  fellowship: ['fund'],
  fellowships: ['fund'],
  young: ['young'],
  excellent: ['excellent'],
  outstanding: ['excellent'],
  senior: ['senior'],
  scientists: ['scientists'],
  scientist: ['scientists'],
  scholars: ['scientists'],
  scholar: ['scientists'],
  researchers: ['scientists'],
  'national natural science foundation of china': ['nsfc'],
  'natural science foundation of china': ['nsfc'],
  'national natural science foundation': ['nsfc'],
  'national key r&d program of china': ['nkrd'],
  'national key r&d programme of china': ['nkrd'],
  'national key r&d program': ['nkrd'],
  'national key r&d programme': ['nkrd'],
  'national key research and development program of china': ['nkrd'],
  'national key research and development programme of china': ['nkrd'],
  'national key research and development program': ['nkrd'],
  'national key research and development programme': ['nkrd'],
  'ministry of science and technology of china': ['most'],
  'ministry of science and technology of the peoples republic of china': ['most'],
  'ministry of science and technology': ['most'],
  china: ['china'],
  chinas: ['china'],
  chinese: ['china'],
};

/**
 * All-caps forms: words only in capitals or as written (core/abbreviation-case.ts), so "sti" or
 * "nsfc" in a URL is no word. Bare MOST is not here: "most" is everywhere, and in capitals still
 * a heading word.
 */
export const ENGLISH_CAPITALS: Readonly<Record<string, readonly Concept[]>> = {
  NSFC: ['nsfc'],
  NNSFC: ['nsfc'],
  STI: ['st', 'innov'],
};

/**
 * Pairs of concepts that "and" may join inside a name (Science and Technology, Cooperation and
 * Exchange, Cooperative Research and Exchange). Anywhere else "and" separates two things — "the
 * NSFC and the International S&T Cooperation Program" is two.
 */
export const AND_PAIRS: ReadonlyArray<readonly [Concept, Concept]> = [
  ['st', 'st'],
  ['st', 'innov'],
  ['coop', 'exch'],
  ['research', 'exch'],
  ['research', 'coop'],
  ['coop', 'research'],
  ['exch', 'coop'],
];

/** The most words (tokens) one English name may have, context included; core/composer.ts caps its span too. */
export const MAX_NAME_WORDS = 16;

/**
 * One programme's grammar: which words a phrase must have, which it may have, and what anchors
 * it (a head word, a funder, "(Regional)"), so that prose ("promote international S&T
 * cooperation") is never a programme. A phrase matches a grammar when
 * - every group of `all` has one of its concepts (a group is written 'a|b');
 * - every concept of the phrase is in `all` or `may` (anything else: not this programme);
 * - one concept of `anchor` is in the phrase or its context, or every concept of `anchorAll`
 *   (the special projects' formal "International … Innovation Cooperation" without a head word;
 *   absent both: no anchor needed);
 * - `without`: none of these concepts is in the phrase (a more specific grammar's words);
 * - `needs`, when set: one of these in the phrase or context, or (`headFirst`) the phrase
 *   starts with its head word ("Program of International S&T Cooperation").
 * The context around it must be the funder's: NSFC's (nsfc, china) or MOST's (nkrd, most, china).
 * Grammars are tried in order; the first that matches names the programme.
 */
export interface EnglishGrammar {
  /** The catalogue entry (a family where the words leave the child open). */
  entry: string;
  funder: 'NSFC' | 'MOST';
  all: readonly string[];
  may: readonly Concept[];
  anchor?: readonly Concept[];
  anchorAll?: readonly Concept[];
  without?: readonly Concept[];
  needs?: { any: readonly Concept[]; headFirst?: boolean };
}

/** What marks a MOST name as science and technology cooperation (not any international cooperation). */
const MOST_ST = 'st|innov|nkrd|most';
const MOST_HEADS: Concept[] = ['key', 'special', 'prog', 'proj'];
const MOST_ANCHOR: Concept[] = ['prog', 'proj', 'nkrd', 'most'];
/** Without a head word or the funder, only the formal wording anchors a special project ("… International S&T Innovation Cooperation"). */
const FORMAL: Concept[] = ['intl', 'innov'];

export const ENGLISH_GRAMMARS: readonly EnglishGrammar[] = [
  // MOST: the three special projects, each by its own word.
  // Intergovernmental International S&T Innovation Cooperation Key Special Project;
  // International Cooperation in Science and Technology Innovation between Governments.
  { entry: 'most-intergov', funder: 'MOST', all: ['intergov', 'coop', MOST_ST], may: ['intl', 'st', 'innov', ...MOST_HEADS], anchor: MOST_ANCHOR, anchorAll: FORMAL },
  // Strategic International S&T Innovation Cooperation Key Special Project; International Strategic Innovative Project.
  { entry: 'most-strategic', funder: 'MOST', all: ['strategic', 'coop|intl', MOST_ST], may: ['intl', 'coop', 'st', 'innov', ...MOST_HEADS], anchor: MOST_ANCHOR, anchorAll: FORMAL },
  // S&T Innovation Cooperation with Hong Kong, Macao and Taiwan Key Special Project; without a
  // head word or the funder it is prose ("S&T innovation cooperation with Hong Kong, Macao and
  // Taiwan has deepened"); the catalogue's own head-less name is matched as written.
  { entry: 'most-hkmt', funder: 'MOST', all: ['hkmt', 'coop|exch', MOST_ST], may: ['coop', 'exch', 'st', 'innov', ...MOST_HEADS], anchor: MOST_ANCHOR },
  // The 2001–2015 programme by its own wordings: International S&T Cooperation Program of China;
  // China's International Science and Technology Cooperation Program; Program of International
  // S&T Cooperation; Program for Key International S&T Cooperation Projects. Never with
  // Innovation, Key Special Project or the National Key R&D Program (the 2016– programmes' words).
  {
    entry: 'most-legacy-intl',
    funder: 'MOST',
    all: ['intl', 'coop', 'st', 'prog|proj'],
    may: ['key', 'prog', 'proj'],
    without: ['innov', 'special', 'nkrd'],
    needs: { any: ['china', 'most'], headFirst: true },
  },
  // The generic renderings leave the special project open: the family.
  // International S&T Cooperation Program; International Science and Technology Innovation
  // Cooperation Key Special Project; International Cooperation Projects of the National Key R&D Program.
  { entry: 'most-intl', funder: 'MOST', all: ['intl', 'coop', MOST_ST], may: ['st', 'innov', 'joint', 'research', ...MOST_HEADS], anchor: MOST_ANCHOR },

  // NSFC. Major/Key International (Regional) Joint Research Project.
  { entry: 'nsfc-key', funder: 'NSFC', all: ['major|key', 'intl', 'research', 'joint|coop'], may: ['regional', 'joint', 'coop', 'prog', 'proj'], anchor: ['prog', 'proj', 'regional', 'nsfc'] },
  // Inter-organizational …: research and exchange; research; exchange; conference.
  { entry: 'nsfc-org', funder: 'NSFC', all: ['org', 'research', 'exch'], may: ['intl', 'regional', 'coop', 'joint', 'prog', 'proj'], anchor: ['prog', 'proj', 'nsfc'] },
  { entry: 'nsfc-org-research', funder: 'NSFC', all: ['org', 'research'], may: ['intl', 'regional', 'coop', 'joint', 'prog', 'proj'], anchor: ['prog', 'proj', 'nsfc'] },
  { entry: 'nsfc-org-conference', funder: 'NSFC', all: ['org', 'conference'], may: ['intl', 'regional', 'prog', 'proj'], anchor: ['prog', 'proj', 'nsfc'] },
  { entry: 'nsfc-org-exchange', funder: 'NSFC', all: ['org', 'exch'], may: ['intl', 'regional', 'coop', 'prog', 'proj'], anchor: ['prog', 'proj', 'nsfc'] },
  // International (Regional) Cooperative Research Projects; NSFC International Collaborative Research Program.
  // Without "(Regional)" or NSFC the words are anyone's (JSPS, NSF, the EU all have one).
  { entry: 'nsfc-intl-research', funder: 'NSFC', all: ['intl', 'research', 'coop|joint'], may: ['regional', 'coop', 'joint', 'prog', 'proj'], needs: { any: ['regional', 'nsfc'] } },
  // International (Regional) Cooperation and Exchange Programs; Funds for International
  // Cooperation and Exchange; Projects of International Cooperation and Exchanges NSFC: the
  // family (which category, the words do not say).
  { entry: 'nsfc-intl', funder: 'NSFC', all: ['intl', 'coop', 'exch'], may: ['regional', 'research', 'prog', 'proj', 'fund'], anchor: ['prog', 'proj', 'fund', 'regional', 'nsfc'] },
  // NSFC International (Regional) Cooperation Program.
  { entry: 'nsfc-intl', funder: 'NSFC', all: ['intl', 'coop'], may: ['regional', 'prog', 'proj', 'fund'], anchor: ['prog', 'proj', 'fund'], needs: { any: ['regional', 'nsfc'] } },
  // Research Fund for International (Excellent / Senior) Young Scientists; International Young
  // Scientists Research Fund; Research Fund for Foreign Young Scholars. Not "Excellent Young
  // Scientists Fund" (优秀青年科学基金, a domestic programme): no international word.
  { entry: 'nsfc-rfis-excellent', funder: 'NSFC', all: ['fund', 'intl|foreign', 'scientists', 'excellent'], may: ['research', 'young', 'prog', 'proj'] },
  { entry: 'nsfc-rfis-senior', funder: 'NSFC', all: ['fund', 'intl|foreign', 'scientists', 'senior'], may: ['research', 'prog', 'proj'] },
  { entry: 'nsfc-rfis-young', funder: 'NSFC', all: ['fund', 'intl|foreign', 'scientists', 'young'], may: ['research', 'prog', 'proj'] },
  { entry: 'nsfc-rfis', funder: 'NSFC', all: ['fund', 'intl|foreign', 'scientists'], may: ['research', 'prog', 'proj'] },
];

/** The context each funder's names may carry. */
export const FUNDER_CONTEXT: Readonly<Record<EnglishGrammar['funder'], readonly Concept[]>> = {
  NSFC: ['nsfc', 'china'],
  MOST: ['nkrd', 'most', 'china'],
};
