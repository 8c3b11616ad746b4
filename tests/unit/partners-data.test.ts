/**
 * The shipped partner catalogue (data/partners.json) and source registry (data/sources.json):
 * every partner of the team's gathered partner list that has a source, the renames, the
 * ambiguous prefixes and abbreviations, and that every registry record is cited.
 */
import { describe, expect, it } from 'vitest';
import { NSFC_RULE_SOURCE } from '../../core/acknowledgements';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledPartners as partners } from '../../core/bundled-partners';
import { bundledSources as sources } from '../../core/bundled-sources';
import { validateData } from '../../scripts/catalogue-file';
import { validateCatalogueStep } from '../../scripts/gen/validate-catalogue';

/** NSFC's partner organisations (47 with a source, plus the Swedish Research Council found since). */
const NSFC_ORGANISATIONS = [
  'dfg', 'sgc', 'rs', 'ams', 'ukri', 'bc', 'rse', 'isf', 'snsf', 'stint', 'vr', 'jsps', 'jst', 'a3', 'anr', 'cnrs',
  'rfbr', 'rsf', 'nrf', 'nsf', 'nih', 'bsf', 'cihr', 'nwo', 'rcf', 'fwo', 'fnrs', 'fwf', 'sfi', 'ec', 'brffr', 'psf',
  'asrt', 'insf', 'tubitak', 'rcn', 'ncn', 'dnrf', 'aei', 'conicet', 'fapesp', 'nrf-za', 'rgc', 'fdct', 'kt-li',
  'bhkaec', 'iiasa', 'cgiar',
];
/** MOST intergovernmental lines with a source (Sweden and Kazakhstan have none we can cite; Germany has no line). */
const MOST_LINES = [
  'il', 'riken', 'jica', 'jp', 'nz', 'us', 'eg', 'arab-states', 'african-countries', 'gb', 'mt', 'european-countries',
  'it', 'asean', 'es', 'fi', 'cu', 'pk', 'tj', 'kr', 'hu', 'pl', 'th', 'vn', 'ca', 'eu', 'uz', 'bg', 'gr', 'ru',
  'brics', 'unep', 'dk', 'au', 'ph', 'fr', 'be', 'sg', 'at',
];
/** The Hong Kong side of the HKMT line (Macao's FDCT and Taiwan's K.T. Li foundation are NSFC partners above). */
const HKMT_PARTNERS = ['itc'];

describe('bundled partner catalogue', () => {
  it('passes the build step that validates it, and the bundled copy is the validated file', () => {
    expect(() => validateCatalogueStep.run()).not.toThrow();
    const validated = validateData();
    expect(partners.partners).toEqual(validated.partners.partners);
    expect(sources.sources).toEqual(validated.sources.sources);
  });

  it('has every partner we decided on, and nothing else', () => {
    const expected = [...NSFC_ORGANISATIONS, ...MOST_LINES, ...HKMT_PARTNERS];
    expect(new Set(expected).size).toBe(expected.length);
    expect(partners.partners.map((partner) => partner.id).sort()).toEqual([...expected].sort());
  });

  it('links the NSFC organisations to NSFC programmes and the lines to MOST ones', () => {
    const funder = (id: string) => bundledCatalogue.byId(id)!.funder;
    for (const id of NSFC_ORGANISATIONS) {
      expect(partners.byId(id)!.programmes.some((link) => funder(link.programme) === 'NSFC'), id).toBe(true);
    }
    for (const id of MOST_LINES) {
      expect(partners.byId(id)!.programmes.some((link) => link.programme === 'most-intergov'), id).toBe(true);
    }
    expect(partners.partnersOfProgramme('most-hkmt').map((partner) => partner.id)).toEqual(['itc']);
  });

  it('keeps a country line and the country\'s organisations apart', () => {
    expect(partners.partnersOfCountry('fi').map((partner) => partner.id)).toEqual(['rcf', 'fi']);
    expect(partners.partnersOfCountry('jp').map((partner) => partner.id)).toEqual(['jsps', 'jst', 'a3', 'riken', 'jica', 'jp']);
    expect(partners.displayName('fi', 'zh')).toBe('芬兰');
    expect(partners.displayName('rcf', 'en')).toBe('Research Council of Finland');
  });

  it('answers every candidate of an ambiguous prefix', () => {
    const codes = (text: string) => partners.countryByPrefix(text).map((country) => country.code);
    expect(codes('中瑞')).toEqual(['ch', 'se']);
    expect(codes('巴')).toEqual(['br', 'pk']);
    expect(codes('德')).toEqual(['de']);
    expect(codes('新')).toEqual([]);
    const brazil = partners.country('br')!.prefixes![0]!;
    expect(brazil.status).toBe('inferred');
    for (const country of partners.countries) {
      for (const prefix of country.prefixes ?? []) {
        if (prefix.status === 'attested') expect(sources.byKey(prefix.source!), country.code).toBeDefined();
      }
    }
  });

  it('records the renames with their years', () => {
    const name = (id: string, text: string) => partners.byId(id)!.names!.find((n) => n.text === text)!;
    expect(name('dfg', '德国科学基金会')).toMatchObject({ kind: 'former', years: { to: 2018 } });
    expect(name('dfg', '德国研究联合会')).toMatchObject({ kind: 'name', years: { from: 2019 } });
    expect(name('rcf', 'Academy of Finland')).toMatchObject({ kind: 'former', years: { to: 2023 } });
    expect(name('sfi', 'Science Foundation Ireland')).toMatchObject({ kind: 'former', years: { to: 2024 } });
    expect(partners.displayName('dfg', 'zh')).toBe('德国研究联合会');
  });

  it('marks NRF ambiguous for Korea and South Africa', () => {
    for (const id of ['nrf', 'nrf-za']) {
      expect(partners.byId(id)!.names!.find((n) => n.text === 'NRF')!.ambiguous).toBe(true);
    }
  });

  it('gives the latest facts first', () => {
    const years = partners.partnerFacts('dfg', { programme: 'nsfc-org-research' }).map((fact) => fact.year);
    expect(years[0]).toBe(2020);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
  });

  it('cites every registry record somewhere, and no team working file', () => {
    const cited = new Set<string>();
    for (const entry of bundledCatalogue.entries) entry.sourceKeys?.forEach((key) => cited.add(key));
    for (const partner of partners.partners) partner.sources.forEach((key) => cited.add(key));
    for (const country of partners.countries) country.prefixes?.forEach((p) => p.source && cited.add(p.source));
    // The acknowledgement lines cite the document quoting NSFC's rule (core/acknowledgements.ts).
    cited.add(NSFC_RULE_SOURCE);
    expect(sources.sources.map((source) => source.key).filter((key) => !cited.has(key))).toEqual([]);
    const text = JSON.stringify(sources.sources) + JSON.stringify(partners.partners);
    expect(text).not.toMatch(/PARTNERS\.md|DOMAIN\.md|DESIGN\.md|seed appendix/i);
  });
});
