// Map a backend field path (camelCase key path of the command's input) to
// the id of the control that shows it. The error element's id is always
// the control id + "-error". Unknown paths map to null: the caller then
// shows the message in the form's general alert instead of losing it.

import { tick } from 'svelte';
import { toAppError } from '../api';

export type FieldMapper = (field: string) => string | null;

export function errorIdFor(controlId: string): string {
  return `${controlId}-error`;
}

export const classFieldControl: FieldMapper = (field) => {
  switch (field) {
    case 'name':
      return 'class-name';
    case 'subject':
      return 'class-subject';
    case 'gradeLevel':
      return 'class-grade';
    default:
      return null;
  }
};

export const studentFieldControl: FieldMapper = (field) => {
  switch (field) {
    case 'givenName':
      return 'given-name';
    case 'familyName':
      return 'family-name';
    case 'preferredName':
      return 'preferred-name';
    case 'birthDate':
      return 'birth-date';
    case 'studentNumber':
      return 'student-number';
    case 'email':
      return 'student-email';
    case 'grade':
      return 'student-grade';
    default:
      return null;
  }
};

const LIST_CONTROLS: Record<string, string> = {
  strengths: 'strengths-input',
  needs: 'needs-input',
  interests: 'interests-input',
  careerGoals: 'career-goals-input',
  otherLanguages: 'other-languages-input',
};

const ACCOMMODATION_PARTS: Record<string, string> = {
  kind: 'kind',
  notes: 'notes',
  reviewDate: 'review-date',
};

const CONTACT_PARTS: Record<string, string> = {
  name: 'name',
  relationship: 'relationship',
  phone: 'phone',
  email: 'email',
  preferredLanguage: 'language',
};

export const profileFieldControl: FieldMapper = (field) => {
  const parts = field.split('.');
  const [head, index, sub] = parts;
  if (head === undefined || parts.length > 3) return null;

  const list = LIST_CONTROLS[head];
  if (list !== undefined) {
    // "strengths" and "strengths.2" both belong to the strengths chip input.
    return parts.length === 1 || (parts.length === 2 && isIndex(index)) ? list : null;
  }

  switch (head) {
    case 'workWith':
      return parts.length === 1 ? 'work-with' : null;
    case 'learnBy':
      return parts.length <= 2 ? 'learn-by' : null;
    case 'homeLanguage':
      return parts.length === 1 ? 'home-language' : null;
    case 'notes':
      return parts.length === 1 ? 'profile-notes' : null;
    case 'accommodations':
      return rowControl('accommodations', 'accommodation', ACCOMMODATION_PARTS, 'kind', index, sub, parts.length);
    case 'familyContacts':
      return rowControl('contacts', 'contact', CONTACT_PARTS, 'name', index, sub, parts.length);
    default:
      return null;
  }
};

function isIndex(s: string | undefined): s is string {
  return s !== undefined && /^(0|[1-9]\d{0,3})$/.test(s);
}

function rowControl(
  sectionId: string,
  prefix: string,
  subparts: Record<string, string>,
  firstPart: string,
  index: string | undefined,
  sub: string | undefined,
  len: number,
): string | null {
  if (len === 1) return sectionId; // e.g. "too many accommodations"
  if (!isIndex(index)) return null;
  if (len === 2) return `${prefix}-${index}-${subparts[firstPart]}`;
  const part = sub === undefined ? undefined : subparts[sub];
  return part === undefined ? null : `${prefix}-${index}-${part}`;
}

/**
 * Split field-keyed errors into per-control messages and leftovers for the
 * general alert. When several paths land on one control (e.g. two bad
 * strengths), the first message wins and the rest are kept in order.
 */
export function errorsByControl(
  errors: Record<string, string>,
  mapper: FieldMapper,
): { controls: Record<string, string>; general: string[] } {
  const controls: Record<string, string> = {};
  const general: string[] = [];
  for (const [field, message] of Object.entries(errors)) {
    const id = mapper(field);
    if (id === null) general.push(message);
    else if (controls[id] === undefined) controls[id] = message;
  }
  return { controls, general };
}

/** Errors to show: per-control messages plus one general message. */
export interface ShownErrors {
  controls: Record<string, string>;
  general: string | null;
}

export const NO_ERRORS: ShownErrors = Object.freeze({ controls: {}, general: null }) as ShownErrors;

/** Client-side validation results → what to show. */
export function shownFromFieldErrors(errors: Record<string, string>, mapper: FieldMapper): ShownErrors {
  const { controls, general } = errorsByControl(errors, mapper);
  return { controls, general: general.length > 0 ? general.join(' ') : null };
}

/**
 * A backend rejection → what to show. An `invalid` error whose field maps
 * to a control is shown beside it; everything else goes to the general
 * alert, never silently dropped.
 */
export function shownFromAppError(
  e: { code: string; message: string; field?: string },
  mapper: FieldMapper,
): ShownErrors {
  if (e.code === 'invalid' && e.field) {
    const id = mapper(e.field);
    if (id !== null) return { controls: { [id]: e.message }, general: null };
  }
  return { controls: {}, general: e.message };
}

/** The aria-describedby value for a control: its hint(s) and, if any, its error. */
export function describedBy(
  controlId: string,
  controls: Record<string, string>,
  ...hints: (string | null | undefined | false)[]
): string | undefined {
  const ids = hints.filter((h): h is string => typeof h === 'string' && h !== '');
  if (controls[controlId] !== undefined) ids.push(errorIdFor(controlId));
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Focus the first control marked invalid inside `root`, after the DOM updated. */
export function focusFirstInvalid(root: HTMLElement | undefined | null): void {
  const el = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  el?.focus();
}

/**
 * The save flow every form shares: check the input locally, then save it; on either kind
 * of problem, show each message where it belongs and focus the first invalid control.
 * Returns what `save` returned, or null when nothing was saved (the form keeps what was
 * typed).
 */
export async function validateThenSave<I, R>(opts: {
  input: I;
  validate: (input: I) => Record<string, string>;
  mapper: FieldMapper;
  save: (input: I) => Promise<R>;
  show: (errors: ShownErrors) => void;
  form: HTMLElement | undefined;
}): Promise<R | null> {
  const local = opts.validate(opts.input);
  if (Object.keys(local).length > 0) {
    opts.show(shownFromFieldErrors(local, opts.mapper));
  } else {
    opts.show({ controls: {}, general: null });
    try {
      return await opts.save(opts.input);
    } catch (err) {
      opts.show(shownFromAppError(toAppError(err), opts.mapper));
    }
  }
  await tick();
  focusFirstInvalid(opts.form);
  return null;
}
