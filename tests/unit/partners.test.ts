import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../core/catalogue';
import type { PartnersFile } from '../../core/partner-schema';
import { parsePartnerCatalogue, parsePartnerCatalogueJson } from '../../core/partners';
import { problemsOf as problemsFrom, drop } from './catalogue-problems';

const programmes = parseCatalogue(JSON.parse(readFileSync(new URL('./fixtures/catalogue/minimal.json', import.meta.url), 'utf8')));
const minimalText = readFileSync(new URL('./fixtures/partners/minimal.json', import.meta.url), 'utf8');
const context = { programmes, registryKeys: new Set(['guide-2018', 'guide-2019']) };

/** A fresh copy of the valid fixture (tfa, de, tsf, tsf-se over the fam › prog › sub programmes) to break. */
function minimal(): PartnersFile {
  return JSON.parse(minimalText) as PartnersFile;
}

function problemsOf(input: unknown): readonly string[] {
  return problemsFrom(() => parsePartnerCatalogue(input, context));
}

describe('parsePartnerCatalogue: a valid file', () => {
  const catalogue = parsePartnerCatalogue(minimal(), context);

  it('keeps file order and finds partners by id, country and programme', () => {
    expect(catalogue.partners.map((partner) => partner.id)).toEqual(['tfa', 'de', 'tsf', 'tsf-se']);
    expect(catalogue.byId('tfa')?.countries).toEqual(['de']);
    expect(catalogue.byId('nope')).toBeUndefined();
    // A country is both a line partner (de) and home to an organisation (tfa).
    expect(catalogue.partnersOfCountry('de').map((partner) => partner.id)).toEqual(['tfa', 'de']);
    expect(catalogue.partnersOfCountry('xx')).toEqual([]);
    expect(catalogue.partnersOfProgramme('prog').map((partner) => partner.id)).toEqual(['tfa', 'tsf', 'tsf-se']);
    expect(catalogue.partnersOfProgramme('fam')).toEqual([]);
  });

  it('gives every candidate country of a one-character prefix', () => {
    expect(catalogue.countryByPrefix('瑞').map((country) => country.code)).toEqual(['ch', 'se']);
    expect(catalogue.countryByPrefix('中德').map((country) => country.code)).toEqual(['de']);
    expect(catalogue.countryByPrefix('法')).toEqual([]);
  });

  it('lists facts latest first, for one programme with the partner\'s own facts', () => {
    expect(catalogue.partnerFacts('tfa').map((fact) => fact.text.en)).toEqual([
      'At most ¥3M each.', 'Exchange ¥100k.', 'At most ¥2M each.', 'Founded.',
    ]);
    expect(catalogue.partnerFacts('tfa', { programme: 'prog' }).map((fact) => fact.year)).toEqual([2019, 2018, 2000]);
    expect(catalogue.partnerFacts('nope')).toEqual([]);
  });

  it('shows the current name, and a country line by its country', () => {
    expect(catalogue.displayName('tfa', 'zh')).toBe('测试研究联合会');
    expect(catalogue.displayName('tfa', 'en')).toBe('Test Funding Agency');
    expect(catalogue.displayName('tsf', 'zh')).toBe('Test Swiss Foundation');
    expect(catalogue.displayName('de', 'zh')).toBe('德国');
    expect(catalogue.displayName('nope', 'en')).toBeUndefined();
  });
});

describe('parsePartnerCatalogue: broken files, exact messages', () => {
  it('reports a file that is not a partner object, or not JSON', () => {
    expect(problemsOf([])).toEqual([
      'partners.json: expected an object {"version": 1, "countries": [...], "partners": [...]}, got an array',
    ]);
    expect(() => parsePartnerCatalogueJson('{', context, 'broken.json')).toThrow(/broken\.json: not valid JSON: /);
  });

  it('names partner and field: a fact without a year, a partner without sources, a bad kind', () => {
    const file = minimal();
    drop(file.partners[0]!.facts![1]!, 'year');
    file.partners[2]!.sources = [];
    (file.partners[3] as { kind: string }).kind = 'agency';
    expect(problemsOf(file)).toEqual([
      'partners.json: tfa.facts[1].year: required',
      'partners.json: tsf.sources: needs at least one source',
      'partners.json: tsf-se.kind: expected ("organisation" | "country" | "group"), got "agency"',
    ]);
  });

  it('names the country table by code, and a record without a usable id by its index', () => {
    const file = minimal();
    file.countries[0]!.name.en = ' ';
    file.countries[1]!.prefixes![0]!.text = '瑞士';
    file.partners[1]!.id = 'Germany';
    expect(problemsOf(file)).toEqual([
      'partners.json: countries.de.name.en: must not be empty',
      'partners.json: countries.ch.prefixes[0].text: must be one character',
      'partners.json: partners[1].id: must be a lowercase kebab-case id',
    ]);
  });

  it('reports unknown programme ids in links and facts', () => {
    const file = minimal();
    file.partners[0]!.programmes[0]!.programme = 'nsfc-nope';
    file.partners[0]!.facts![0]!.programme = 'most-nope';
    expect(problemsOf(file)).toEqual([
      'partners.json: tfa.programmes[0].programme: unknown programme "nsfc-nope"',
      'partners.json: tfa.facts[0].programme: unknown programme "most-nope"',
    ]);
  });

  it('reports a source key missing from the registry or from the partner\'s own list', () => {
    const file = minimal();
    file.partners[0]!.sources.push('guide-2099');
    file.partners[0]!.facts![2]!.source = 'guide-2017';
    file.partners[2]!.programmes[0]!.seen[0]!.source = 'guide-2019';
    file.countries[0]!.prefixes![0]!.source = 'nowhere';
    expect(problemsOf(file)).toEqual([
      'partners.json: countries.de.prefixes[0].source: unknown source "nowhere" (not in the source registry)',
      'partners.json: tfa.sources[2]: unknown source "guide-2099" (not in the source registry)',
      'partners.json: tfa.facts[2].source: unknown source "guide-2017" (not in tfa.sources)',
      'partners.json: tsf.programmes[0].seen[0].source: unknown source "guide-2019" (not in tsf.sources)',
    ]);
  });

  it('reports two partners sharing a name after folding, unless both say ambiguous', () => {
    const file = minimal();
    file.partners[2]!.names!.push({ text: 'ｔｅｓｔ  funding AGENCY', lang: 'en', kind: 'variant' });
    delete file.partners[3]!.names![1]!.ambiguous;
    expect(problemsOf(file)).toEqual([
      'partners.json: tsf.names[2].text: "ｔｅｓｔ  funding AGENCY" folds the same as tfa.names[2].text ("Test Funding Agency"); ' +
        'mark every such name "ambiguous" or drop one',
      'partners.json: tsf-se.names[1].text: "TSF" folds the same as tsf.names[1].text ("TSF"); mark every such name "ambiguous" or drop one',
    ]);
  });

  it('reports an ambiguous mark no other partner needs, and a repeat inside one partner', () => {
    const file = minimal();
    file.partners[3]!.names![1]!.text = 'TSE';
    file.partners[0]!.names!.push({ text: 'tfa', lang: 'en', kind: 'variant' });
    expect(problemsOf(file)).toEqual([
      'partners.json: tfa.names[4].text: "tfa" repeats tfa.names[3].text after folding',
      'partners.json: tsf.names[1].text: marked ambiguous, but no other partner uses "TSF"',
      'partners.json: tsf-se.names[1].text: marked ambiguous, but no other partner uses "TSE"',
    ]);
  });

  it('reports a partner name that collides with a programme name', () => {
    const file = minimal();
    file.partners[0]!.names![3]!.text = 'tjr';
    file.partners[2]!.names!.push({ text: '测试合作研究项目', lang: 'zh', kind: 'variant' });
    expect(problemsOf(file)).toEqual([
      'partners.json: tfa.names[3].text: "tjr" folds the same as a name of programme prog ("TJR")',
      'partners.json: tsf.names[2].text: "测试合作研究项目" folds the same as a name of programme prog ("测试合作研究项目")',
    ]);
  });

  it('reports country codes not in the table and misused country ids', () => {
    const file = minimal();
    file.partners[0]!.countries = ['de', 'uk'];
    file.partners[1]!.countries = ['ch'];
    file.partners[2]!.id = 'se';
    file.partners[2]!.names = [];
    file.partners[3]!.names!.pop();
    file.countries.push({ code: 'de', kind: 'country', name: { zh: '德', en: 'Germany again' } });
    file.countries[1]!.prefixes![0] = { text: '瑞', status: 'attested' };
    expect(problemsOf(file)).toEqual([
      'partners.json: countries.ch.prefixes[0].source: required for an attested prefix',
      'partners.json: countries[3].code: duplicate country "de"',
      'partners.json: tfa.countries[1]: unknown country "uk" (not in the country table)',
      'partners.json: de.countries: a country partner has exactly its own code ["de"]',
      'partners.json: se.id: "se" is a country code; only a country partner may use it',
      'partners.json: se.names: needs at least one name',
    ]);
  });

  it('reports a duplicate partner id at the second partner', () => {
    const file = minimal();
    file.partners[3]!.id = 'tsf';
    file.partners[3]!.names = [{ text: 'Another', lang: 'en', kind: 'name' }];
    delete file.partners[2]!.names![1]!.ambiguous;
    expect(problemsOf(file)).toEqual(['partners.json: partners[3].id: duplicate id "tsf" (first at partners[2])']);
  });
});
