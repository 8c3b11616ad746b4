/**
 * What the catalogue page opens on (issue 14): the two families of today and the historical
 * programme, what each is for, and what changed, latest first.
 *
 * The words about each family are the catalogue's own (its summary). The changes are of two
 * kinds:
 * - **renames**, derived from the data: a programme's former Chinese name with its years
 *   (data/programs.json aliases), a partner's former name beside its current one
 *   (data/partners.json names), so a rename added to the data appears here by itself;
 * - **structural changes** (a programme set up, split or moved), which no single field
 *   records: the short table below. Each one links the entry whose dated records (facts,
 *   names, summary) carry it and its sources, and a test holds that the entry mentions the
 *   year (tests/unit/overview.test.ts).
 *
 * Pure: no DOM, no browser API.
 */
import type { Catalogue } from './catalogue';
import type { PartnerCatalogue } from './partners';
import type { Bilingual, Entry, Years } from './schema';
import { factYears } from './fact-dates';

/** The families in the order the overview presents them: today's, then the historical one. */
export const OVERVIEW_FAMILIES = {
  current: ['nsfc-intl', 'most-intl'],
  historical: ['most-legacy-intl'],
} as const;

/** A structural change: its year, one sentence, the entry that documents it. */
export interface StructuralChange {
  kind: 'structure';
  year: number;
  text: Bilingual;
  /** The entry whose facts and sources tell the change; the year is in its records. */
  entry: string;
}

/** One name replacing another. */
export interface Rename {
  /** Language of the two names. */
  lang: string;
  former: string;
  formerYears?: Years;
  current: string;
}

/** A programme or partner renamed: the year the new name is first known, and the names. */
export interface RenameChange {
  kind: 'rename';
  year: number;
  /** The year is one past the former name's last (approximate) year, not a recorded start. */
  approximate: boolean;
  subject: { kind: 'entry' | 'partner'; id: string };
  renames: Rename[];
}

export type CatalogueChange = StructuralChange | RenameChange;

export const STRUCTURAL_CHANGES: readonly StructuralChange[] = [
  {
    kind: 'structure',
    year: 2021,
    entry: 'nsfc-rfis',
    text: {
      zh: '外国学者研究基金项目分为三个层次：外国青年学者（RFIS-I）、外国优秀青年学者（RFIS-II）和外国资深学者（RFIS-III）；此前 RFIS 只指外国青年学者研究基金。',
      en: 'The Research Fund for International Scientists now has three tiers: young (RFIS-I), excellent young (RFIS-II) and senior scientists (RFIS-III); before, RFIS meant the young scientists’ fund only.',
    },
  },
  {
    kind: 'structure',
    year: 2020,
    entry: 'most-hkmt',
    text: {
      zh: '港澳台科技创新合作项目并入战略性科技创新合作重点专项，以“港澳台项目”批次发布（2017–2019年与政府间重点专项共用一份指南）。',
      en: 'Hong Kong, Macao and Taiwan projects move into the strategic cooperation special project, as batches of “HKMT projects” (in 2017–2019 they shared one guide with the intergovernmental special project).',
    },
  },
  {
    kind: 'structure',
    year: 2016,
    entry: 'most-strategic',
    text: {
      zh: '战略性国际科技创新合作重点专项首次征集：科技部的国际合作资助转入国家重点研发计划，接续2001–2015年的国际科技合作专项。',
      en: 'First call of the strategic cooperation special project: MOST’s international cooperation funding moves into the National Key R&D Program, after the 2001–2015 International S&T Cooperation Program (国际科技合作专项).',
    },
  },
];

/** Programme renames: each former Chinese alias with a last year, against the current name. */
export function programmeRenames(catalogue: Catalogue): RenameChange[] {
  return catalogue.entries.flatMap((entry) =>
    entry.aliases
      .filter((alias) => alias.kind === 'former' && alias.lang === 'zh' && alias.years?.to !== undefined)
      .map((alias): RenameChange => ({
        kind: 'rename',
        year: alias.years!.to! + 1,
        approximate: true,
        subject: { kind: 'entry', id: entry.id },
        renames: [{ lang: 'zh', former: alias.text, formerYears: alias.years, current: entry.name.zh }],
      })),
  );
}

/**
 * Partner renames: a former name with a last year beside the current full name in the same
 * language; a partner renamed in several languages the same year is one change.
 */
export function partnerRenames(partners: PartnerCatalogue): RenameChange[] {
  const changes: RenameChange[] = [];
  for (const partner of partners.partners) {
    const names = partner.names ?? [];
    const byYear = new Map<number, RenameChange>();
    for (const former of names) {
      if (former.kind !== 'former' || former.years?.to === undefined) continue;
      const current = names.find((name) => name.kind === 'name' && name.lang === former.lang && name.years?.to === undefined);
      if (!current) continue;
      const start = current.years?.from;
      const year = start ?? former.years.to + 1;
      const change = byYear.get(year) ?? {
        kind: 'rename' as const,
        year,
        approximate: start === undefined,
        subject: { kind: 'partner' as const, id: partner.id },
        renames: [],
      };
      change.renames.push({ lang: former.lang, former: former.text, formerYears: former.years, current: current.text });
      byYear.set(year, change);
    }
    changes.push(...byYear.values());
  }
  return changes;
}

/** Every change the overview lists, latest first (structural before renames in the same year). */
export function catalogueChanges(catalogue: Catalogue, partners: PartnerCatalogue): CatalogueChange[] {
  const all: CatalogueChange[] = [...STRUCTURAL_CHANGES, ...programmeRenames(catalogue), ...partnerRenames(partners)];
  const rank = (change: CatalogueChange) => (change.kind === 'structure' ? 0 : 1);
  return all
    .map((change, order) => ({ change, order }))
    .sort((a, b) => b.change.year - a.change.year || rank(a.change) - rank(b.change) || a.order - b.order)
    .map(({ change }) => change);
}

/** Every year an entry's own records name: fact years, name and alias years, years in its summary and note. */
export function yearsOfEntry(entry: Entry): Set<number> {
  const years = new Set<number>();
  const addSpan = (text: string) => {
    for (const match of text.matchAll(/(?<!\d)(19|20)\d\d(?!\d)/g)) years.add(Number(match[0]));
  };
  const addYears = (span: Years | undefined) => {
    if (span?.from !== undefined) years.add(span.from);
    if (span?.to !== undefined) years.add(span.to);
  };
  for (const fact of entry.facts ?? []) {
    const span = factYears(fact.year);
    if (span) for (let year = span.from; year <= span.to; year++) years.add(year);
  }
  entry.aliases.forEach((alias) => addYears(alias.years));
  entry.name.en.forEach((name) => addYears(name.years));
  for (const text of [entry.summary.zh, entry.summary.en, entry.note?.zh ?? '', entry.note?.en ?? '']) addSpan(text);
  return years;
}

/** Partners working through any entry of a family (the family and everything under it), each once. */
export function partnersOfFamily(catalogue: Catalogue, partners: PartnerCatalogue, familyId: string): number {
  const ids = new Set<string>();
  const walk = (id: string) => {
    partners.partnersOfProgramme(id).forEach((partner) => ids.add(partner.id));
    catalogue.children(id).forEach((child) => walk(child.id));
  };
  walk(familyId);
  return ids.size;
}
