import { describe, expect, it } from 'vitest';
import {
  charCount,
  chipProblem,
  isValidIsoDate,
  LIMITS,
  validateClass,
  validateProfile,
  validateStudent,
} from './validate';
import { emptyProfile, newAccommodation, newContact } from './profile';

const student = (o: Partial<Parameters<typeof validateStudent>[0]> = {}) => ({
  givenName: 'Ana',
  familyName: 'García',
  preferredName: '',
  birthDate: '',
  studentNumber: '',
  email: '',
  grade: '',
  ...o,
});

describe('isValidIsoDate', () => {
  it('accepts real calendar dates, including leap days', () => {
    expect(isValidIsoDate('2012-02-29')).toBe(true);
    expect(isValidIsoDate('2000-02-29'), '2000 is a leap year (divisible by 400)').toBe(true);
    expect(isValidIsoDate('2024-12-31')).toBe(true);
  });
  it('rejects dates that do not exist, so the backend never sees them', () => {
    expect(isValidIsoDate('2023-02-29'), '2023 is not a leap year').toBe(false);
    expect(isValidIsoDate('1900-02-29'), '1900 is not a leap year (divisible by 100)').toBe(false);
    expect(isValidIsoDate('2024-04-31'), 'April has 30 days').toBe(false);
    expect(isValidIsoDate('2024-13-01')).toBe(false);
    expect(isValidIsoDate('2024-00-10')).toBe(false);
  });
  it('rejects other formats', () => {
    expect(isValidIsoDate('24-1-5')).toBe(false);
    expect(isValidIsoDate('2024/01/05')).toBe(false);
    expect(isValidIsoDate('2024-01-05T00:00')).toBe(false);
  });
});

describe('charCount', () => {
  it('counts Unicode scalar values like Rust chars().count(), not UTF-16 units', () => {
    expect(charCount('😀'), 'an emoji is 2 UTF-16 units but 1 char').toBe(1);
    expect(charCount('abc')).toBe(3);
  });
});

describe('validateClass', () => {
  it('requires a non-blank name', () => {
    expect(validateClass({ name: '   ', subject: '', gradeLevel: '' })).toHaveProperty('name');
  });
  it('accepts exactly 100 characters and rejects 101', () => {
    expect(validateClass({ name: 'x'.repeat(100), subject: '', gradeLevel: '' })).toEqual({});
    expect(validateClass({ name: 'x'.repeat(101), subject: '', gradeLevel: '' })).toHaveProperty('name');
  });
  it('limits subject and grade level', () => {
    const e = validateClass({ name: 'Math', subject: 's'.repeat(101), gradeLevel: 'g'.repeat(101) });
    expect(Object.keys(e).sort()).toEqual(['gradeLevel', 'subject']);
  });
});

describe('validateStudent', () => {
  it('accepts a valid student (no false positives that would block saving)', () => {
    expect(validateStudent(student({ preferredName: 'Annie', birthDate: '2012-02-29' }))).toEqual({});
  });
  it('requires given and family names, keyed by the backend field names', () => {
    const e = validateStudent(student({ givenName: ' ', familyName: '' }));
    expect(Object.keys(e).sort()).toEqual(['familyName', 'givenName']);
  });
  it('limits every name to 100 characters', () => {
    const long = 'n'.repeat(101);
    const e = validateStudent(student({ givenName: long, familyName: long, preferredName: long }));
    expect(Object.keys(e).sort()).toEqual(['familyName', 'givenName', 'preferredName']);
  });
  it('trims before measuring, as the backend does', () => {
    expect(validateStudent(student({ givenName: `  ${'n'.repeat(100)}  ` }))).toEqual({});
  });
  it('rejects an impossible birth date but allows none', () => {
    expect(validateStudent(student({ birthDate: '2023-02-29' }))).toHaveProperty('birthDate');
    expect(validateStudent(student({ birthDate: '' }))).toEqual({});
  });
});

describe('validateProfile', () => {
  it('accepts an empty profile', () => {
    expect(validateProfile(emptyProfile())).toEqual({});
  });
  it('reports too-long list items by index, like "strengths.2"', () => {
    const p = emptyProfile();
    p.strengths = ['a', 'b', 'x'.repeat(LIMITS.listItem + 1)];
    expect(Object.keys(validateProfile(p))).toEqual(['strengths.2']);
  });
  it('limits each list to 30 items', () => {
    const p = emptyProfile();
    p.interests = Array.from({ length: 31 }, (_, i) => `i${i}`);
    expect(validateProfile(p)).toHaveProperty('interests');
    p.interests = p.interests.slice(0, 30);
    expect(validateProfile(p), '30 items is the limit, not over it').toEqual({});
  });
  it('limits notes to 4000 characters', () => {
    const p = emptyProfile();
    p.notes = 'n'.repeat(4000);
    expect(validateProfile(p)).toEqual({});
    p.notes = 'n'.repeat(4001);
    expect(validateProfile(p)).toHaveProperty('notes');
  });
  it('requires a contact name and checks accommodation review dates', () => {
    const p = emptyProfile();
    p.familyContacts = [{ ...newContact(), name: 'Rosa' }, newContact()];
    p.accommodations = [{ ...newAccommodation(), reviewDate: '2025-02-30' }];
    expect(Object.keys(validateProfile(p)).sort()).toEqual(['accommodations.0.reviewDate', 'familyContacts.1.name']);
  });
  it('limits accommodations and contacts to 10 each', () => {
    const p = emptyProfile();
    p.accommodations = Array.from({ length: 11 }, newAccommodation);
    p.familyContacts = Array.from({ length: 11 }, () => ({ ...newContact(), name: 'X' }));
    const e = validateProfile(p);
    expect(e).toHaveProperty('accommodations');
    expect(e).toHaveProperty('familyContacts');
  });
});

describe('chipProblem', () => {
  it('allows a new item', () => {
    expect(chipProblem(['Art'], 'Music', 'Interest')).toBeNull();
  });
  it('rejects duplicates ignoring case, so lists stay clean', () => {
    expect(chipProblem(['Art'], ' art ', 'Interest')).toMatch(/already/);
  });
  it('rejects a 31st item and a too-long item', () => {
    const full = Array.from({ length: 30 }, (_, i) => `x${i}`);
    expect(chipProblem(full, 'one more', 'Interest')).toMatch(/30/);
    expect(chipProblem([], 'y'.repeat(201), 'Interest')).toMatch(/200/);
  });
});
