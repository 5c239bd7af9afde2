import { describe, expect, it } from 'vitest';
import {
  classFieldControl,
  describedBy,
  errorIdFor,
  errorsByControl,
  profileFieldControl,
  shownFromAppError,
  studentFieldControl,
} from './fields';

describe('field path → control id', () => {
  it('maps class fields', () => {
    expect(classFieldControl('name')).toBe('class-name');
    expect(classFieldControl('subject')).toBe('class-subject');
    expect(classFieldControl('gradeLevel')).toBe('class-grade');
  });

  it('maps student fields to the ids the e2e tests and labels use', () => {
    expect(studentFieldControl('givenName')).toBe('given-name');
    expect(studentFieldControl('familyName')).toBe('family-name');
    expect(studentFieldControl('preferredName')).toBe('preferred-name');
    expect(studentFieldControl('birthDate')).toBe('birth-date');
  });

  it('maps every list field, with or without an index, to its chip input', () => {
    expect(profileFieldControl('strengths')).toBe('strengths-input');
    expect(profileFieldControl('strengths.2')).toBe('strengths-input');
    expect(profileFieldControl('careerGoals.0')).toBe('career-goals-input');
    expect(profileFieldControl('otherLanguages.29')).toBe('other-languages-input');
    expect(profileFieldControl('needs')).toBe('needs-input');
    expect(profileFieldControl('interests.1')).toBe('interests-input');
  });

  it('maps row fields to the row control', () => {
    expect(profileFieldControl('familyContacts.0.name')).toBe('contact-0-name');
    expect(profileFieldControl('familyContacts.3.preferredLanguage')).toBe('contact-3-language');
    expect(profileFieldControl('familyContacts.1.email')).toBe('contact-1-email');
    expect(profileFieldControl('accommodations.1.reviewDate')).toBe('accommodation-1-review-date');
    expect(profileFieldControl('accommodations.0.kind')).toBe('accommodation-0-kind');
    expect(profileFieldControl('accommodations.4')).toBe('accommodation-4-kind');
    expect(profileFieldControl('familyContacts')).toBe('contacts');
  });

  it('maps scalar profile fields', () => {
    expect(profileFieldControl('notes')).toBe('profile-notes');
    expect(profileFieldControl('homeLanguage')).toBe('home-language');
    expect(profileFieldControl('workWith')).toBe('work-with');
    expect(profileFieldControl('learnBy.1')).toBe('learn-by');
  });

  it('returns null for unknown or malformed paths so they go to the general alert', () => {
    expect(studentFieldControl('classId')).toBeNull();
    expect(profileFieldControl('familyContacts.x.name'), 'non-numeric index').toBeNull();
    expect(profileFieldControl('familyContacts.0.shoeSize'), 'unknown sub-field').toBeNull();
    expect(profileFieldControl('strengths.1.extra'), 'too deep').toBeNull();
    expect(profileFieldControl('bogus')).toBeNull();
    expect(profileFieldControl('')).toBeNull();
  });

  it('builds error ids as control id + "-error"', () => {
    expect(errorIdFor('contact-0-name')).toBe('contact-0-name-error');
  });
});

describe('shownFromAppError', () => {
  it('puts an invalid error with a known field beside that control', () => {
    const r = shownFromAppError({ code: 'invalid', message: 'Too long.', field: 'givenName' }, studentFieldControl);
    expect(r).toEqual({ controls: { 'given-name': 'Too long.' }, general: null });
  });
  it('sends an invalid error with an unknown field to the general alert instead of dropping it', () => {
    const r = shownFromAppError({ code: 'invalid', message: 'Bad.', field: 'mystery' }, studentFieldControl);
    expect(r).toEqual({ controls: {}, general: 'Bad.' });
  });
  it('never attaches non-invalid errors to a field, even if a field is present', () => {
    const r = shownFromAppError({ code: 'storage', message: 'Disk full.', field: 'givenName' }, studentFieldControl);
    expect(r).toEqual({ controls: {}, general: 'Disk full.' });
  });
});

describe('errorsByControl', () => {
  it('keeps the first message per control and collects unknown ones', () => {
    const r = errorsByControl(
      { 'strengths.1': 'first', 'strengths.4': 'second', zzz: 'lost?' },
      profileFieldControl,
    );
    expect(r.controls).toEqual({ 'strengths-input': 'first' });
    expect(r.general, 'unmapped messages must still be shown').toEqual(['lost?']);
  });
});

describe('describedBy', () => {
  it('references the error only when there is one', () => {
    expect(describedBy('given-name', {})).toBeUndefined();
    expect(describedBy('given-name', { 'given-name': 'x' })).toBe('given-name-error');
    expect(describedBy('notes', { notes: 'x' }, 'notes-hint', null)).toBe('notes-hint notes-error');
  });
});
