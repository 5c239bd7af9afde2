// The only module that talks to the Rust backend. Every other file imports
// the typed functions below; nothing else may import `invoke`.
import { invoke } from '@tauri-apps/api/core';

export type ErrorCode = 'invalid' | 'not_found' | 'storage' | 'internal';
export interface AppError {
  code: ErrorCode;
  message: string;
  field?: string;
}

export interface ClassInput {
  name: string;
  subject: string;
  gradeLevel: string;
}
export interface ClassView {
  id: string;
  name: string;
  subject: string;
  gradeLevel: string;
  archived: boolean;
  studentCount: number;
}
export interface StudentInput {
  givenName: string;
  familyName: string;
  preferredName: string;
  /** "YYYY-MM-DD" or "" */
  birthDate: string;
}
export interface StudentView extends StudentInput {
  id: string;
  classId: string;
  archived: boolean;
  displayName: string;
}
export type WorkWith = '' | 'alone' | 'peers' | 'either';
export type LearnBy = 'reading' | 'listening' | 'doing';
export type AccommodationKind = 'iep' | '504' | 'el' | 'other';
export interface Accommodation {
  kind: AccommodationKind;
  notes: string;
  /** "YYYY-MM-DD" or "" */
  reviewDate: string;
}
export interface FamilyContact {
  name: string;
  relationship: string;
  phone: string;
  email: string;
  preferredLanguage: string;
}
export interface LearnerProfile {
  strengths: string[];
  needs: string[];
  interests: string[];
  careerGoals: string[];
  workWith: WorkWith;
  learnBy: LearnBy[];
  homeLanguage: string;
  otherLanguages: string[];
  accommodations: Accommodation[];
  familyContacts: FamilyContact[];
  notes: string;
}
export interface AppInfo {
  version: string;
  dbPath: string;
  deviceId: string;
}

const ERROR_CODES: readonly ErrorCode[] = ['invalid', 'not_found', 'storage', 'internal'];

/** True when `e` already has the exact shape of an AppError. */
export function isAppError(e: unknown): e is AppError {
  if (typeof e !== 'object' || e === null) return false;
  const o = e as Record<string, unknown>;
  return (
    typeof o.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(o.code) &&
    typeof o.message === 'string' &&
    (o.field === undefined || typeof o.field === 'string')
  );
}

/**
 * Turn whatever `invoke` rejected with into an AppError. A bare string, an
 * Error, or an unknown object becomes `{ code: "internal", message }`.
 */
export function toAppError(e: unknown): AppError {
  if (isAppError(e)) {
    const out: AppError = { code: e.code, message: e.message };
    if (e.field !== undefined && e.field !== '') out.field = e.field;
    return out;
  }
  if (typeof e === 'string' && e.trim() !== '') return { code: 'internal', message: e };
  if (e instanceof Error && e.message) return { code: 'internal', message: e.message };
  if (typeof e === 'object' && e !== null) {
    const m = (e as Record<string, unknown>).message;
    if (typeof m === 'string' && m.trim() !== '') return { code: 'internal', message: m };
  }
  return { code: 'internal', message: 'Something went wrong. Please try again.' };
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toAppError(e);
  }
}

export const appInfo = (): Promise<AppInfo> => call('app_info');

export const listClasses = (includeArchived: boolean): Promise<ClassView[]> =>
  call('list_classes', { includeArchived });
export const createClass = (input: ClassInput): Promise<ClassView> => call('create_class', { input });
export const updateClass = (id: string, input: ClassInput): Promise<ClassView> =>
  call('update_class', { id, input });
export const setClassArchived = (id: string, archived: boolean): Promise<ClassView> =>
  call('set_class_archived', { id, archived });
export const loadDemoClass = (): Promise<ClassView> => call('load_demo_class');

export const listStudents = (classId: string, includeArchived: boolean): Promise<StudentView[]> =>
  call('list_students', { classId, includeArchived });
export const createStudent = (classId: string, input: StudentInput): Promise<StudentView> =>
  call('create_student', { classId, input });
export const updateStudent = (id: string, input: StudentInput): Promise<StudentView> =>
  call('update_student', { id, input });
export const setStudentArchived = (id: string, archived: boolean): Promise<StudentView> =>
  call('set_student_archived', { id, archived });

export const getProfile = (studentId: string): Promise<LearnerProfile> => call('get_profile', { studentId });
export const saveProfile = (studentId: string, profile: LearnerProfile): Promise<LearnerProfile> =>
  call('save_profile', { studentId, profile });
