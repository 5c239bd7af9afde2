import { describe, expect, it } from 'vitest';
import { badgeSource, classOptionLabel, confirmsName, formatDisplayName, formatLegalName, initials, pluralStudents, profileBadges } from './display';
import { emptyProfile } from './profile';

describe('formatDisplayName', () => {
  it('uses the preferred name instead of the given name when set', () => {
    expect(formatDisplayName({ givenName: 'Elizabeth', familyName: 'Okafor', preferredName: 'Liz' })).toBe('Liz Okafor');
  });
  it('falls back to the given name, and ignores a blank preferred name', () => {
    expect(formatDisplayName({ givenName: 'Ana', familyName: 'García', preferredName: '   ' })).toBe('Ana García');
  });
  it('trims and never leaves stray spaces', () => {
    expect(formatDisplayName({ givenName: ' Ana ', familyName: '', preferredName: '' })).toBe('Ana');
  });
  it('keeps markup-like text as plain text (escaping is the renderer’s job, not mangling)', () => {
    expect(formatDisplayName({ givenName: '<b>x</b>', familyName: 'Y', preferredName: '' })).toBe('<b>x</b> Y');
  });
});

describe('other name helpers', () => {
  it('formats the legal name and initials', () => {
    expect(formatLegalName({ givenName: 'Elizabeth', familyName: 'Okafor' })).toBe('Elizabeth Okafor');
    expect(initials({ givenName: 'elizabeth', familyName: 'okafor', preferredName: 'liz' })).toBe('LO');
  });
  it('pluralises student counts', () => {
    expect(pluralStudents(1)).toBe('1 student');
    expect(pluralStudents(0)).toBe('0 students');
    expect(classOptionLabel({ name: 'Bio', archived: true, studentCount: 2 })).toBe('Bio (2 students) — archived');
  });
});

describe('profileBadges', () => {
  it('shows each accommodation kind once, then the home language', () => {
    const p = emptyProfile();
    p.accommodations = [
      { kind: 'iep', notes: '', reviewDate: '' },
      { kind: 'el', notes: '', reviewDate: '' },
      { kind: 'iep', notes: 'second IEP entry', reviewDate: '' },
    ];
    p.homeLanguage = 'Spanish';
    expect(profileBadges(badgeSource('s1', p)).map((b) => b.text)).toEqual(['IEP', 'EL', 'Spanish']);
  });
  it('shows nothing for an empty or missing profile', () => {
    expect(profileBadges(badgeSource('s1', emptyProfile()))).toEqual([]);
    expect(profileBadges(undefined)).toEqual([]);
  });
});

describe('confirmsName', () => {
  it('accepts the name typed with other case and spacing', () => {
    expect(confirmsName('  ana   garcía ', 'Ana García'), 'case and spaces are not what the check is for').toBe(true);
    expect(confirmsName('Ana Garci\u0301a', 'Ana García'), 'a decomposed accent is the same name').toBe(true);
  });
  it('refuses anything else, and never matches a blank name', () => {
    expect(confirmsName('Ana Garcia', 'Ana García'), 'a different letter is a different name').toBe(false);
    expect(confirmsName('Ana', 'Ana García'), 'part of the name is not a confirmation').toBe(false);
    expect(confirmsName('', ''), 'nothing typed confirms nothing').toBe(false);
  });
});
