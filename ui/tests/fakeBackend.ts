// An in-memory stand-in for the shell's class, student and profile commands, for component
// tests. It implements the generated command interface (so a changed command or view type is
// a type error here), rejects with {code, message, field} like the shell, and lets a test
// inject a failure for one command.
import type { Accommodation, ClassView, FamilyContact, LearnerProfile, StudentInput, StudentView } from '../src/bindings';
import { emptyProfile, LEARN_BY_ORDER } from '../src/lib/profile';
import { badgeSource, formatDisplayName } from '../src/lib/display';
import { switchboard, type Call, type FakeCommands, type Rejection } from './fakes/commands';
import { studentNextSteps } from './fakes/nextSteps';
import { importsFake, type ImportsFake } from './fakes/imports';
import { fileImportsFake, type FileImportsFake } from './fakes/fileImports';

export interface FakeBackend {
  classes: ClassView[];
  students: StudentView[];
  profiles: Map<string, FullProfile>;
  calls: Call[];
  /** The commands this fake answers, for a fake that hands the rest on to it. */
  commands: FakeCommands;
  /** The file-import commands, over these classes and students. */
  imports: ImportsFake;
  /** The scores and framework import commands (and one framework to score against). */
  fileImports: FileImportsFake;
  /** Make the next call of `cmd` reject with `error`. */
  failNext(cmd: string, error: Rejection): void;
  handle(cmd: string, args?: Record<string, unknown>): Promise<unknown>;
}

let seq = 0;
const newId = (p: string) => `${p}-${++seq}`;

/** A student's names with the defaults the backend gives a field the form left out. */
function names(input: StudentInput) {
  return {
    givenName: input.givenName ?? '',
    familyName: input.familyName ?? '',
    preferredName: input.preferredName ?? '',
    birthDate: input.birthDate ?? '',
    studentNumber: input.studentNumber ?? '',
    email: input.email ?? '',
    grade: input.grade ?? '',
  };
}

/**
 * A profile as the backend answers it: the generated type marks every field optional (serde
 * fills in what the UI leaves out), but what comes back has them all.
 */
export type FullProfile = Required<Omit<LearnerProfile, 'accommodations' | 'familyContacts'>> & {
  accommodations: Required<Accommodation>[];
  familyContacts: Required<FamilyContact>[];
};

/** A plain copy of a profile with every field filled in as serde does, learnBy in canonical order. */
function fullProfile(p: LearnerProfile): FullProfile {
  return {
    strengths: [...(p.strengths ?? [])],
    needs: [...(p.needs ?? [])],
    interests: [...(p.interests ?? [])],
    careerGoals: [...(p.careerGoals ?? [])],
    workWith: p.workWith ?? '',
    learnBy: LEARN_BY_ORDER.filter((l) => (p.learnBy ?? []).includes(l)),
    homeLanguage: p.homeLanguage ?? '',
    otherLanguages: [...(p.otherLanguages ?? [])],
    accommodations: (p.accommodations ?? []).map((a) => ({ kind: a.kind, notes: a.notes ?? '', reviewDate: a.reviewDate ?? '' })),
    familyContacts: (p.familyContacts ?? []).map((c) => ({
      name: c.name ?? '',
      relationship: c.relationship ?? '',
      phone: c.phone ?? '',
      email: c.email ?? '',
      preferredLanguage: c.preferredLanguage ?? '',
    })),
    notes: p.notes ?? '',
  };
}

export function fakeBackend(init: { classes?: ClassView[]; students?: StudentView[] } = {}): FakeBackend {
  const sb = switchboard();
  const count = (classId: string) => b.students.filter((s) => s.classId === classId && !s.archived).length;
  const cls = (c: ClassView): ClassView => ({ ...c, studentCount: count(c.id) });
  const studentOf = (id: string) => {
    const s = b.students.find((x) => x.id === id);
    if (!s) throw { code: 'not_found', message: 'No such student.' };
    return s;
  };

  const commands: FakeCommands = {
    app_info: () => ({ version: '0.1.0-test', dbPath: '/tmp/waypoint.sqlite3', snapshotsDir: '/tmp/snapshots', deviceId: 'dev-1' }),
    list_classes: ({ includeArchived }) =>
      b.classes
        .filter((c) => includeArchived || !c.archived)
        .map(cls)
        .sort((x, y) => x.name.localeCompare(y.name)),
    create_class: ({ input }) => {
      const c: ClassView = {
        id: newId('class'),
        name: input.name ?? '',
        subject: input.subject ?? '',
        gradeLevel: input.gradeLevel ?? '',
        archived: false,
        studentCount: 0,
      };
      b.classes.push(c);
      return cls(c);
    },
    load_demo_class: () => {
      const c: ClassView = {
        id: newId('class'),
        name: 'Demo: Grade 7 Science',
        subject: 'Science',
        gradeLevel: '7',
        archived: false,
        studentCount: 0,
      };
      b.classes.push(c);
      for (const [g, f] of [
        ['Ana', 'García'],
        ['Ben', 'Okafor'],
      ] as const) {
        b.students.push(student(c.id, g, f));
      }
      return cls(c);
    },
    list_students: ({ classId, includeArchived }) =>
      b.students
        .filter((s) => s.classId === classId && (includeArchived || !s.archived))
        .sort((x, y) => x.familyName.localeCompare(y.familyName) || x.givenName.localeCompare(y.givenName)),
    create_student: ({ classId, input }) => {
      const n = names(input);
      const s: StudentView = { ...n, id: newId('student'), classId, archived: false, displayName: formatDisplayName(n) };
      b.students.push(s);
      return s;
    },
    update_student: ({ id, input }) => {
      const s = studentOf(id);
      const n = names(input);
      Object.assign(s, n, { displayName: formatDisplayName(n) });
      return { ...s };
    },
    set_student_archived: ({ id, archived }) => {
      const s = studentOf(id);
      s.archived = archived;
      return { ...s };
    },
    purge_student: ({ id }) => {
      // Like the store: the student and their profile are gone from every view.
      studentOf(id);
      b.students = b.students.filter((x) => x.id !== id);
      b.profiles.delete(id);
      return null;
    },
    // No framework here: no competencies, so no next steps.
    student_next_steps: ({ studentId }) => studentNextSteps(studentId, studentOf(studentId).displayName),
    get_profile: ({ studentId }) => fullProfile(b.profiles.get(studentId) ?? emptyProfile()),
    // Like the store: every student of the class, archived ones too, cut down to the badges.
    class_profile_badges: ({ classId }) =>
      b.students
        .filter((s) => s.classId === classId)
        .map((s) => badgeSource(s.id, fullProfile(b.profiles.get(s.id) ?? emptyProfile()))),
    save_profile: ({ studentId, profile }) => {
      const p = fullProfile(profile);
      b.profiles.set(studentId, p);
      return fullProfile(p);
    },
  };

  const b: FakeBackend = {
    classes: init.classes ?? [],
    students: init.students ?? [],
    profiles: new Map(),
    calls: sb.calls,
    commands,
    imports: undefined as unknown as ImportsFake,
    fileImports: undefined as unknown as FileImportsFake,
    failNext: sb.failNext,
    handle: (cmd, args) => sb.serve(commands, cmd, args),
  };
  // Imports read and write this backend's classes and students.
  b.imports = importsFake(b);
  Object.assign(commands, b.imports.commands);
  b.fileImports = fileImportsFake(b, b.imports);
  Object.assign(commands, b.fileImports.commands);
  return b;
}

export function student(classId: string, givenName: string, familyName: string, preferredName = ''): StudentView {
  return {
    id: newId('student'),
    classId,
    givenName,
    familyName,
    preferredName,
    birthDate: '',
    studentNumber: '',
    email: '',
    grade: '',
    archived: false,
    displayName: formatDisplayName({ givenName, familyName, preferredName }),
  };
}

export function classView(name: string, o: Partial<ClassView> = {}): ClassView {
  return { id: newId('class'), name, subject: 'Science', gradeLevel: '7', archived: false, studentCount: 0, ...o };
}
