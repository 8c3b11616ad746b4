/**
 * What the catalogue page opens on (core/overview.ts): every family presented once; each
 * structural change backed by the dated records of the entry it links; renames derived from
 * the data (programmes' former names, partners' former names); latest first.
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledPartners } from '../../core/bundled-partners';
import { parseCatalogue } from '../../core/catalogue';
import { partnerCatalogueOf } from '../../core/partners';
import {
  OVERVIEW_FAMILIES,
  STRUCTURAL_CHANGES,
  catalogueChanges,
  partnerRenames,
  partnersOfFamily,
  programmeRenames,
  yearsOfEntry,
} from '../../core/overview';
import type { PartnersFile } from '../../core/partner-schema';

describe('the overview', () => {
  it('presents every family of the catalogue once', () => {
    const presented = [...OVERVIEW_FAMILIES.current, ...OVERVIEW_FAMILIES.historical];
    expect([...presented].sort()).toEqual(bundledCatalogue.roots().map((family) => family.id).sort());
  });

  it('links each structural change to an entry whose own records name its year', () => {
    for (const change of STRUCTURAL_CHANGES) {
      const entry = bundledCatalogue.byId(change.entry);
      expect(entry, change.entry).toBeDefined();
      expect(yearsOfEntry(entry!).has(change.year), `${change.entry} ${change.year}`).toBe(true);
    }
  });

  it('lists the changes latest first: RFIS tiers, HKMT, the partner renames of 2024 and 2019', () => {
    const changes = catalogueChanges(bundledCatalogue, bundledPartners);
    const years = changes.map((change) => change.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const label = (change: (typeof changes)[number]) =>
      change.kind === 'structure' ? `${change.year} ${change.entry}` : `${change.year} ${change.subject.id}`;
    const labels = changes.map(label);
    for (const expected of ['2024 rcf', '2024 sfi', '2021 nsfc-rfis', '2020 most-hkmt', '2019 dfg', '2016 most-strategic']) {
      expect(labels).toContain(expected);
    }
  });

  it('counts the partners of a family across every programme under it', () => {
    expect(partnersOfFamily(bundledCatalogue, bundledPartners, 'nsfc-intl')).toBeGreaterThan(30);
    expect(partnersOfFamily(bundledCatalogue, bundledPartners, 'most-intl')).toBeGreaterThan(30);
    expect(partnersOfFamily(bundledCatalogue, bundledPartners, 'nsfc-rfis')).toBe(0);
  });
});

describe('renames from the data', () => {
  it('reads a programme rename from a former Chinese name with its last year', () => {
    const renames = programmeRenames(bundledCatalogue);
    const key = renames.find((change) => change.subject.id === 'nsfc-key')!;
    expect(key).toMatchObject({ year: 2014, approximate: true });
    expect(key.renames).toEqual([
      { lang: 'zh', former: '重大国际（地区）合作研究项目', formerYears: { to: 2013, approximate: true }, current: '重点国际（地区）合作研究项目' },
    ]);
  });

  it('reads a partner rename in each language from the current name’s first year, one change per year', () => {
    const rcf = partnerRenames(bundledPartners).filter((change) => change.subject.id === 'rcf');
    expect(rcf).toHaveLength(1);
    expect(rcf[0]!.year).toBe(2024);
    expect(rcf[0]!.approximate).toBe(false);
    expect(rcf[0]!.renames.map((rename) => [rename.former, rename.current])).toEqual([
      ['芬兰科学院', '芬兰研究理事会'],
      ['Academy of Finland', 'Research Council of Finland'],
    ]);
  });

  it('follows the data: a new former name is a new change, a former name without years is none', () => {
    const file: PartnersFile = {
      version: 1,
      countries: [{ code: 'xx', kind: 'country', name: { zh: '某国', en: 'Someland' } }],
      partners: [
        {
          id: 'abc',
          kind: 'organisation',
          countries: ['xx'],
          names: [
            { text: 'New Agency', lang: 'en', kind: 'name' },
            { text: 'Old Agency', lang: 'en', kind: 'former', years: { to: 2022 } },
            { text: 'Ancient Agency', lang: 'en', kind: 'former' },
          ],
          programmes: [],
          sources: ['x'],
        },
      ],
    };
    expect(partnerRenames(partnerCatalogueOf(file))).toEqual([
      {
        kind: 'rename',
        year: 2023,
        approximate: true,
        subject: { kind: 'partner', id: 'abc' },
        renames: [{ lang: 'en', former: 'Old Agency', formerYears: { to: 2022 }, current: 'New Agency' }],
      },
    ]);
    const programmes = parseCatalogue({
      version: 1,
      entries: [
        {
          id: 'fam',
          kind: 'family',
          parent: null,
          funder: 'NSFC',
          name: { zh: '新名称项目', en: [{ text: 'New Programme', status: 'translation' }] },
          aliases: [{ text: '旧名称项目', lang: 'zh', kind: 'former' }],
          summary: { zh: '说明', en: 'About' },
          sources: [{ key: 's', title: 'S' }],
        },
      ],
    });
    expect(programmeRenames(programmes)).toEqual([]);
  });
});
