// Client-side validation that mirrors the backend's limits, for instant
// feedback. The backend stays the authority: anything it rejects is shown
// the same way. Errors are keyed by the backend's camelCase field path
// ("givenName", "strengths.2", "familyContacts.0.name"), so client and
// server errors go through one mapping to on-screen controls.
// Messages come from the catalog (validate-…), read when a check runs, so they follow the
// UI's language.
import type { ClassInput, LearnerProfile, StudentInput } from '../api';
import { t } from './i18n.svelte';

export const LIMITS = {
  name: 100,
  classText: 100,
  listItem: 200,
  listItems: 30,
  notes: 4000,
  accommodations: 10,
  contacts: 10,
} as const;

export type FieldErrors = Record<string, string>;

/** Length in Unicode scalar values, as Rust's `chars().count()` counts. */
export function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** A real calendar date written YYYY-MM-DD (so 2023-02-29 is not one). */
export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

function checkText(
  errors: FieldErrors,
  field: string,
  value: string,
  label: string,
  max: number,
  required: boolean,
): void {
  const v = value.trim();
  // Same wording as waypoint-core's validate.rs, so a message reads the same whichever side
  // caught the problem.
  if (required && v === '') errors[field] = t('validate-blank', { field: label });
  else if (charCount(v) > max) errors[field] = t('validate-too-long', { field: label, count: charCount(v), max });
}

function checkDate(errors: FieldErrors, field: string, value: string, label: string): void {
  const v = value.trim();
  if (v !== '' && !isValidIsoDate(v)) errors[field] = t('validate-bad-date', { field: label, value: v });
}

export function validateClass(input: ClassInput): FieldErrors {
  const e: FieldErrors = {};
  checkText(e, 'name', input.name, t('validate-field-class-name'), LIMITS.name, true);
  checkText(e, 'subject', input.subject, t('validate-field-subject'), LIMITS.classText, false);
  checkText(e, 'gradeLevel', input.gradeLevel, t('validate-field-grade-level'), LIMITS.classText, false);
  return e;
}

export function validateStudent(input: StudentInput): FieldErrors {
  const e: FieldErrors = {};
  checkText(e, 'givenName', input.givenName, t('student-given-name'), LIMITS.name, true);
  checkText(e, 'familyName', input.familyName, t('student-family-name'), LIMITS.name, true);
  checkText(e, 'preferredName', input.preferredName, t('student-preferred-name'), LIMITS.name, false);
  checkDate(e, 'birthDate', input.birthDate, t('student-birth-date'));
  checkText(e, 'studentNumber', input.studentNumber, t('student-number'), LIMITS.classText, false);
  checkText(e, 'grade', input.grade, t('student-grade'), LIMITS.classText, false);
  return e;
}

export const LIST_FIELDS = ['strengths', 'needs', 'interests', 'careerGoals', 'otherLanguages'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** A profile list's name (its heading) and what one item of it is called. */
export function listLabels(f: ListField): { plural: string; singular: string } {
  switch (f) {
    case 'strengths':
      return { plural: t('profile-strengths'), singular: t('profile-strength') };
    case 'needs':
      return { plural: t('profile-needs'), singular: t('profile-need') };
    case 'interests':
      return { plural: t('profile-interests'), singular: t('profile-interest') };
    case 'careerGoals':
      return { plural: t('profile-career-goals'), singular: t('profile-career-goal') };
    case 'otherLanguages':
      return { plural: t('profile-other-languages'), singular: t('profile-language') };
  }
}

/**
 * Why a new chip cannot be added to a list, or null if it can. Used by the
 * chip input before it adds anything.
 */
export function chipProblem(list: readonly string[], item: string, singular: string): string | null {
  const v = item.trim();
  if (v === '') return null;
  if (charCount(v) > LIMITS.listItem) return t('validate-too-long', { field: singular, count: charCount(v), max: LIMITS.listItem });
  if (list.length >= LIMITS.listItems) return t('validate-chip-full', { max: LIMITS.listItems });
  const folded = v.toLocaleLowerCase();
  if (list.some((x) => x.trim().toLocaleLowerCase() === folded)) return t('validate-chip-duplicate', { item: v });
  return null;
}

export function validateProfile(p: LearnerProfile): FieldErrors {
  const e: FieldErrors = {};
  for (const f of LIST_FIELDS) {
    const items = p[f];
    const { plural, singular } = listLabels(f);
    if (items.length > LIMITS.listItems) e[f] = t('validate-list-too-many', { field: plural, max: LIMITS.listItems });
    items.forEach((item, i) => {
      const path = `${f}.${i}`;
      if (item.trim() === '') e[path] = t('validate-item-empty', { item: singular, number: i + 1 });
      else if (charCount(item.trim()) > LIMITS.listItem)
        e[path] = t('validate-item-too-long', { item: singular, number: i + 1, max: LIMITS.listItem });
    });
  }
  if (charCount(p.notes.trim()) > LIMITS.notes) e.notes = t('validate-notes-too-long', { max: LIMITS.notes });

  if (p.accommodations.length > LIMITS.accommodations)
    e.accommodations = t('validate-too-many-accommodations', { max: LIMITS.accommodations });
  p.accommodations.forEach((a, i) => {
    if (!['iep', '504', 'el', 'other'].includes(a.kind)) e[`accommodations.${i}.kind`] = t('validate-choose-kind');
    if (charCount(a.notes.trim()) > LIMITS.notes)
      e[`accommodations.${i}.notes`] = t('validate-notes-too-long', { max: LIMITS.notes });
    checkDate(e, `accommodations.${i}.reviewDate`, a.reviewDate, t('profile-review-date'));
  });

  if (p.familyContacts.length > LIMITS.contacts) e.familyContacts = t('validate-too-many-contacts', { max: LIMITS.contacts });
  p.familyContacts.forEach((c, i) => {
    checkText(e, `familyContacts.${i}.name`, c.name, t('validate-field-contact-name'), LIMITS.name, true);
  });
  return e;
}

export function hasErrors(e: FieldErrors): boolean {
  return Object.keys(e).length > 0;
}
