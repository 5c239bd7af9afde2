// An in-memory stand-in for the Rust commands, for component tests. It
// mirrors the contract in api.ts (including the {code, message, field}
// rejections) and lets a test inject a failure for one command.
import type { AppError, ClassView, LearnerProfile, StudentView } from '../src/api';
import { emptyProfile, cloneProfile } from '../src/lib/profile';
import { formatDisplayName } from '../src/lib/display';

type Args = Record<string, unknown>;

export interface FakeBackend {
  classes: ClassView[];
  students: StudentView[];
  profiles: Map<string, LearnerProfile>;
  calls: { cmd: string; args: Args }[];
  /** Make the next call of `cmd` reject with `error`. */
  failNext(cmd: string, error: AppError | string): void;
  handle(cmd: string, args?: Args): Promise<unknown>;
}

let seq = 0;
const newId = (p: string) => `${p}-${++seq}`;

export function fakeBackend(init: { classes?: ClassView[]; students?: StudentView[] } = {}): FakeBackend {
  const failures = new Map<string, AppError | string>();
  const b: FakeBackend = {
    classes: init.classes ?? [],
    students: init.students ?? [],
    profiles: new Map(),
    calls: [],
    failNext(cmd, error) {
      failures.set(cmd, error);
    },
    async handle(cmd, args = {}) {
      b.calls.push({ cmd, args });
      const failure = failures.get(cmd);
      if (failure !== undefined) {
        failures.delete(cmd);
        throw failure;
      }
      const count = (classId: string) => b.students.filter((s) => s.classId === classId && !s.archived).length;
      const cls = (c: ClassView): ClassView => ({ ...c, studentCount: count(c.id) });
      switch (cmd) {
        case 'app_info':
          return { version: '0.1.0-test', dbPath: '/tmp/waypoint.sqlite3', deviceId: 'dev-1' };
        case 'list_classes':
          return b.classes
            .filter((c) => args.includeArchived || !c.archived)
            .map(cls)
            .sort((x, y) => x.name.localeCompare(y.name));
        case 'create_class': {
          const input = args.input as { name: string; subject: string; gradeLevel: string };
          const c: ClassView = { id: newId('class'), ...input, archived: false, studentCount: 0 };
          b.classes.push(c);
          return cls(c);
        }
        case 'load_demo_class': {
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
        }
        case 'list_students':
          return b.students
            .filter((s) => s.classId === args.classId && (args.includeArchived || !s.archived))
            .sort((x, y) => x.familyName.localeCompare(y.familyName) || x.givenName.localeCompare(y.givenName));
        case 'create_student': {
          const input = args.input as Omit<StudentView, 'id' | 'classId' | 'archived' | 'displayName'>;
          const s: StudentView = {
            ...input,
            id: newId('student'),
            classId: args.classId as string,
            archived: false,
            displayName: formatDisplayName(input),
          };
          b.students.push(s);
          return s;
        }
        case 'update_student': {
          const s = b.students.find((x) => x.id === args.id);
          if (!s) throw { code: 'not_found', message: 'No such student.' };
          Object.assign(s, args.input, { displayName: formatDisplayName(args.input as StudentView) });
          return { ...s };
        }
        case 'set_student_archived': {
          const s = b.students.find((x) => x.id === args.id);
          if (!s) throw { code: 'not_found', message: 'No such student.' };
          s.archived = args.archived as boolean;
          return { ...s };
        }
        case 'purge_student': {
          // Like the store: the student and their profile are gone from every view.
          if (!b.students.some((x) => x.id === args.id)) throw { code: 'not_found', message: 'No such student.' };
          b.students = b.students.filter((x) => x.id !== args.id);
          b.profiles.delete(args.id as string);
          return null;
        }
        case 'get_profile':
          return cloneProfile(b.profiles.get(args.studentId as string) ?? emptyProfile());
        case 'save_profile': {
          const p = cloneProfile(args.profile as LearnerProfile);
          b.profiles.set(args.studentId as string, p);
          return cloneProfile(p);
        }
        default:
          throw { code: 'internal', message: `Unknown command ${cmd}` };
      }
    },
  };
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
    archived: false,
    displayName: formatDisplayName({ givenName, familyName, preferredName }),
  };
}

export function classView(name: string, o: Partial<ClassView> = {}): ClassView {
  return { id: newId('class'), name, subject: 'Science', gradeLevel: '7', archived: false, studentCount: 0, ...o };
}
