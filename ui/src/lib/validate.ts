// Client-side validation that mirrors the backend's limits, for instant
// feedback. The backend stays the authority: anything it rejects is shown
// the same way. Errors are keyed by the backend's camelCase field path
// ("givenName", "strengths.2", "familyContacts.0.name"), so client and
// server errors go through one mapping to on-screen controls.
import type { ClassInput, LearnerProfile, StudentInput } from '../api';

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
  if (required && v === '') errors[field] = `${label} can't be blank.`;
  else if (charCount(v) > max)
    errors[field] = `${label} is too long (${charCount(v)} characters); the limit is ${max}.`;
}

function checkDate(errors: FieldErrors, field: string, value: string, label: string): void {
  const v = value.trim();
  if (v !== '' && !isValidIsoDate(v)) errors[field] = `${label} must be a real date written YYYY-MM-DD; "${v}" is not.`;
}

export function validateClass(input: ClassInput): FieldErrors {
  const e: FieldErrors = {};
  checkText(e, 'name', input.name, 'Class name', LIMITS.name, true);
  checkText(e, 'subject', input.subject, 'Subject', LIMITS.classText, false);
  checkText(e, 'gradeLevel', input.gradeLevel, 'Grade level', LIMITS.classText, false);
  return e;
}

export function validateStudent(input: StudentInput): FieldErrors {
  const e: FieldErrors = {};
  checkText(e, 'givenName', input.givenName, 'Given name', LIMITS.name, true);
  checkText(e, 'familyName', input.familyName, 'Family name', LIMITS.name, true);
  checkText(e, 'preferredName', input.preferredName, 'Preferred name', LIMITS.name, false);
  checkDate(e, 'birthDate', input.birthDate, 'Birth date');
  checkText(e, 'studentNumber', input.studentNumber, 'Student ID', LIMITS.classText, false);
  checkText(e, 'grade', input.grade, 'Grade', LIMITS.classText, false);
  return e;
}

export const LIST_FIELDS = ['strengths', 'needs', 'interests', 'careerGoals', 'otherLanguages'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export const LIST_LABELS: Record<ListField, { plural: string; singular: string }> = {
  strengths: { plural: 'Strengths', singular: 'Strength' },
  needs: { plural: 'Needs', singular: 'Need' },
  interests: { plural: 'Interests', singular: 'Interest' },
  careerGoals: { plural: 'Career goals', singular: 'Career goal' },
  otherLanguages: { plural: 'Other languages', singular: 'Language' },
};

/**
 * Why a new chip cannot be added to a list, or null if it can. Used by the
 * chip input before it adds anything.
 */
export function chipProblem(list: readonly string[], item: string, singular: string): string | null {
  const v = item.trim();
  if (v === '') return null;
  if (charCount(v) > LIMITS.listItem) return `${singular} is too long (${charCount(v)} characters); the limit is ${LIMITS.listItem}.`;
  if (list.length >= LIMITS.listItems) return `At most ${LIMITS.listItems} items; remove one first.`;
  const folded = v.toLocaleLowerCase();
  if (list.some((x) => x.trim().toLocaleLowerCase() === folded)) return `“${v}” is already in the list.`;
  return null;
}

export function validateProfile(p: LearnerProfile): FieldErrors {
  const e: FieldErrors = {};
  for (const f of LIST_FIELDS) {
    const items = p[f];
    const { plural, singular } = LIST_LABELS[f];
    if (items.length > LIMITS.listItems) e[f] = `${plural}: at most ${LIMITS.listItems} items.`;
    items.forEach((item, i) => {
      const path = `${f}.${i}`;
      if (item.trim() === '') e[path] = `${singular} ${i + 1} is empty.`;
      else if (charCount(item.trim()) > LIMITS.listItem)
        e[path] = `${singular} ${i + 1} must be at most ${LIMITS.listItem} characters.`;
    });
  }
  if (charCount(p.notes.trim()) > LIMITS.notes) e.notes = `Notes must be at most ${LIMITS.notes} characters.`;

  if (p.accommodations.length > LIMITS.accommodations)
    e.accommodations = `At most ${LIMITS.accommodations} accommodations.`;
  p.accommodations.forEach((a, i) => {
    if (!['iep', '504', 'el', 'other'].includes(a.kind)) e[`accommodations.${i}.kind`] = 'Choose a kind.';
    if (charCount(a.notes.trim()) > LIMITS.notes)
      e[`accommodations.${i}.notes`] = `Notes must be at most ${LIMITS.notes} characters.`;
    checkDate(e, `accommodations.${i}.reviewDate`, a.reviewDate, 'Review date');
  });

  if (p.familyContacts.length > LIMITS.contacts) e.familyContacts = `At most ${LIMITS.contacts} family contacts.`;
  p.familyContacts.forEach((c, i) => {
    checkText(e, `familyContacts.${i}.name`, c.name, 'Contact name', LIMITS.name, true);
  });
  return e;
}

export function hasErrors(e: FieldErrors): boolean {
  return Object.keys(e).length > 0;
}
