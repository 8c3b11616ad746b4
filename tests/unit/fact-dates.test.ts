/**
 * How old a fact is and which facts a reader sees first (core/fact-dates.ts): the year texts
 * of programme facts, the spans of partner facts, "more than five years old" against the
 * current year, latest first with undated last, and the current/folded split.
 */
import { describe, expect, it } from 'vitest';
import {
  byRecency,
  factYears,
  isOldFact,
  partnerFactYears,
  splitByRecency,
  yearsSince,
  type YearSpan,
} from '../../core/fact-dates';

describe('factYears', () => {
  it.each([
    ['2024', { from: 2024, to: 2024 }],
    ['2015–2019', { from: 2015, to: 2019 }],
    ['2020-2024', { from: 2020, to: 2024 }],
    ['2021, 2024', { from: 2021, to: 2024 }],
    ['FY2021', { from: 2021, to: 2021 }],
    ['2021年起', { from: 2021, to: 2021 }],
    ['about 2013', { from: 2013, to: 2013 }],
  ])('%s', (text, span) => {
    expect(factYears(text)).toEqual(span);
  });

  it('reads no year from "undated", numbers that are not years, or longer digit runs', () => {
    expect(factYears('undated')).toBeUndefined();
    expect(factYears('')).toBeUndefined();
    expect(factYears('300 projects')).toBeUndefined();
    expect(factYears('120245')).toBeUndefined();
  });

  it('reads a partner fact by its year and the end of its range', () => {
    expect(partnerFactYears({ year: 2018 })).toEqual({ from: 2018, to: 2018 });
    expect(partnerFactYears({ year: 2004, to: 2006 })).toEqual({ from: 2004, to: 2006 });
  });
});

describe('more than five years old', () => {
  const span = (from: number, to = from): YearSpan => ({ from, to });

  it('counts from the last year a fact holds for, against the current year', () => {
    expect(yearsSince(span(2020), 2026)).toBe(6);
    expect(isOldFact(span(2020), 2026)).toBe(true);
    expect(isOldFact(span(2021), 2026)).toBe(false); // exactly five years: not more
    expect(isOldFact(span(2015, 2021), 2026)).toBe(false); // the range reaches 2021
    expect(isOldFact(span(2015, 2019), 2026)).toBe(true);
    expect(isOldFact(span(2020), 2025)).toBe(false); // the same fact a year earlier
  });

  it('never calls a future or undated fact old', () => {
    expect(yearsSince(span(2027), 2026)).toBe(0);
    expect(isOldFact(span(2027), 2026)).toBe(false);
    expect(isOldFact(undefined, 2026)).toBe(false);
  });
});

describe('fact ordering', () => {
  const facts = [
    { id: 'a', year: '2014' },
    { id: 'b', year: 'undated' },
    { id: 'c', year: '2015–2019' },
    { id: 'd', year: '2021–2026' },
    { id: 'e', year: '2019' },
    { id: 'f', year: '2024' },
    { id: 'g', year: 'undated' },
    { id: 'h', year: '2024' },
  ];
  const spanOf = (fact: { year: string }) => factYears(fact.year);
  const ids = (list: readonly { id: string }[]) => list.map((fact) => fact.id);

  it('puts the latest first (last year, then first year), keeps file order among equals, undated last', () => {
    expect(ids(byRecency(facts, spanOf))).toEqual(['d', 'f', 'h', 'e', 'c', 'a', 'b', 'g']);
  });

  it('shows the facts of the last five years first and folds the old and the undated', () => {
    const split = splitByRecency(facts, spanOf, 2026);
    expect(ids(split.current)).toEqual(['d', 'f', 'h']);
    expect(ids(split.older)).toEqual(['e', 'c', 'a', 'b', 'g']);
  });

  it('shows the newest year when every dated fact is old', () => {
    const old = [
      { id: 'x', year: '2014' },
      { id: 'y', year: '2015' },
      { id: 'z', year: '2015' },
      { id: 'u', year: 'undated' },
    ];
    const split = splitByRecency(old, spanOf, 2026);
    expect(ids(split.current)).toEqual(['y', 'z']);
    expect(ids(split.older)).toEqual(['x', 'u']);
  });

  it('shows undated facts when nothing is dated, and nothing when there is nothing', () => {
    const undated = [{ id: 'p', year: 'undated' }, { id: 'q', year: 'undated' }];
    expect(splitByRecency(undated, spanOf, 2026)).toEqual({ current: undated, older: [] });
    expect(splitByRecency([], spanOf, 2026)).toEqual({ current: [], older: [] });
  });
});
