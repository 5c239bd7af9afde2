import { describe, expect, it } from 'vitest';
import { filterStudents, matchesQuery, normalizeForSearch } from './search';

const s = (givenName: string, familyName: string, preferredName = '') => ({
  givenName,
  familyName,
  preferredName,
  displayName: `${preferredName || givenName} ${familyName}`,
});

const roster = [
  s('José', 'García'),
  s('Ana', 'Nguyễn'),
  s('Elizabeth', 'Okafor', 'Liz'),
  s('Søren', 'Ålund'),
  s('Zoë', 'Müller-Schmidt'),
];

describe('normalizeForSearch', () => {
  it('folds accents and case so a teacher can type without diacritics', () => {
    expect(normalizeForSearch('José GARCÍA'), 'accented upper-case must fold to plain lower-case').toBe('jose garcia');
    expect(normalizeForSearch('Nguyễn'), 'stacked Vietnamese marks must all be removed').toBe('nguyen');
  });
  it('collapses and trims whitespace so stray spaces do not break matching', () => {
    expect(normalizeForSearch('  Ana \t  María  ')).toBe('ana maria');
  });
  it('folds letters that do not decompose (ø, ß)', () => {
    expect(normalizeForSearch('Søren Straße'), 'ø and ß have no combining mark to strip').toBe('soren strasse');
  });
});

describe('matchesQuery / filterStudents', () => {
  it('matches any name part, ignoring case and accents', () => {
    expect(filterStudents(roster, 'garcia').map((x) => x.givenName), 'family name without accent').toEqual(['José']);
    expect(filterStudents(roster, 'JOSE').map((x) => x.familyName), 'given name upper-case').toEqual(['García']);
    expect(filterStudents(roster, 'liz').map((x) => x.familyName), 'preferred name is searchable').toEqual(['Okafor']);
    expect(filterStudents(roster, 'elizabeth').map((x) => x.familyName), 'legal given name still finds Liz').toEqual([
      'Okafor',
    ]);
  });

  it('requires every word to match, so "ana ng" narrows instead of widening', () => {
    expect(filterStudents(roster, 'ana ng').map((x) => x.familyName)).toEqual(['Nguyễn']);
    expect(filterStudents(roster, 'ana garcia'), 'words from two different students must not match').toEqual([]);
  });

  it('matches substrings inside hyphenated names', () => {
    expect(matchesQuery(roster[4]!, 'schmidt'), 'second part of a hyphenated family name').toBe(true);
    expect(matchesQuery(roster[4]!, 'muller'), 'ü typed as u').toBe(true);
  });

  it('returns everyone, in order, for an empty or blank query', () => {
    expect(filterStudents(roster, '   ')).toEqual(roster);
  });

  it('does not match when nothing fits (the filter actually filters)', () => {
    expect(filterStudents(roster, 'xyz')).toEqual([]);
    expect(matchesQuery(roster[0]!, 'ana'), 'José García must not match "ana"').toBe(false);
  });

  it('keeps the original roster order', () => {
    const out = filterStudents(roster, 'a');
    const order = out.map((x) => roster.indexOf(x));
    expect([...order].sort((a, b) => a - b), 'filtering must not reorder the backend-sorted roster').toEqual(order);
  });
});
