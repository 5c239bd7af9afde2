// An in-memory stand-in for the file-import commands (rosters), for the import dialog's tests.
// It implements the generated command interface (see ./commands.ts) over a class-and-student
// store it shares with the fake backend: a canned OneRoster file with 2 teachers and 3
// sections, a spreadsheet that needs its columns mapped, a bad file refused with one
// sentence, plans built from the teacher's choice against the classes already there, apply
// with progress, and undo of the last import.
import type {
  ClassPlan,
  ClassView,
  FileImportView,
  ImportProgress,
  Message,
  MissingStudent,
  PlanCounts,
  RosterChoice,
  RosterColumns,
  RosterInspection,
  RosterPlan,
  RowProblem,
  SectionOption,
  StudentPlan,
  StudentView,
  TeacherOption,
} from '../../src/bindings';
import { formatDisplayName } from '../../src/lib/display';
import { clone, type FakeCommands } from './commands';

/** The files the fake can read. */
export const ONEROSTER_PATH = '/files/lincoln-oneroster.zip';
export const SPREADSHEET_PATH = '/files/class-list.xlsx';
export const BAD_PATH = '/files/notes.txt';
export const BAD_MESSAGE = 'notes.txt is not a roster Waypoint can read: it is not a CSV, Excel or zip file.';

/** What the fake reads and writes: the fake backend's classes and students. */
export interface ImportStore {
  classes: ClassView[];
  students: StudentView[];
}

/** One student as a file lists them. */
interface FileStudent {
  sourceId: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  sections: string[];
}

export interface ImportsFake {
  commands: FakeCommands;
  /** The roster in the OneRoster file: false makes it a delta file. */
  complete: boolean;
  /** Every import applied, in order. */
  imports: FileImportView[];
  /** What the native pickers answer (null = cancelled). */
  chosenFile: string | null;
  chosenFolder: string | null;
  /** While set, apply reports its progress and then waits for it. */
  gate: Promise<void> | null;
  /** When set, undo is refused with this sentence (something was written since). */
  refuseUndo: string | null;
  /** Sends `paths` as if dropped on the window (after `listen_file_drops`). */
  drop(paths: string[]): void;
}

const TEACHERS: TeacherOption[] = [
  { sourceId: 't-ortiz', name: 'Maya Ortiz', email: 'mortiz@lincoln.example', sectionCount: 2 },
  { sourceId: 't-lee', name: 'Sam Lee', email: 'slee@lincoln.example', sectionCount: 1 },
];

const SECTIONS: Omit<SectionOption, 'studentCount' | 'className'>[] = [
  { sourceId: 'sec-1', name: 'Math 6 - Period 1', subject: 'Math', gradeLevel: '6', school: 'Lincoln Middle', teacherIds: ['t-ortiz'], teacherNames: ['Maya Ortiz'] },
  { sourceId: 'sec-2', name: 'Math 6 - Period 2', subject: 'Math', gradeLevel: '6', school: 'Lincoln Middle', teacherIds: ['t-ortiz'], teacherNames: ['Maya Ortiz'] },
  { sourceId: 'sec-3', name: 'Science 7', subject: 'Science', gradeLevel: '7', school: 'Lincoln Middle', teacherIds: ['t-lee'], teacherNames: ['Sam Lee'] },
];

const ONEROSTER_STUDENTS: FileStudent[] = [
  { sourceId: 'st-1', givenName: 'Bob', familyName: 'Park', birthDate: '2014-02-01', sections: ['sec-1'] },
  { sourceId: 'st-2', givenName: 'Ana', familyName: 'Ruiz', birthDate: '2014-03-09', sections: ['sec-1'] },
  { sourceId: 'st-3', givenName: 'Kofi', familyName: 'Mensah', birthDate: '2014-05-20', sections: ['sec-1'] },
  { sourceId: 'st-4', givenName: 'Lena', familyName: 'Schmidt', birthDate: '2014-01-15', sections: ['sec-2'] },
  { sourceId: 'st-5', givenName: 'Omar', familyName: 'Haddad', birthDate: '2014-07-30', sections: ['sec-2'] },
  { sourceId: 'st-6', givenName: 'Ivy', familyName: 'Chen', birthDate: '2013-04-11', sections: ['sec-3'] },
  { sourceId: 'st-7', givenName: 'Noah', familyName: 'Brown', birthDate: '2013-09-02', sections: ['sec-3'] },
];

const ONEROSTER_PROBLEMS: RowProblem[] = [
  { file: 'users.csv', line: 14, reason: { id: 'import-roster-no-name', args: { line: 14 } }, level: 'skipped' },
  { file: 'users.csv', line: 9, reason: { id: 'import-table-short-row', args: { line: 9, fields: 4, width: 5 } }, level: 'warning' },
];

const HEADERS = ['ID', 'First', 'Last', 'Homeroom', 'DOB'];
const SAMPLE = [
  ['s-101', 'Mia', 'Lopez', 'Homeroom 6A', '2014-06-01'],
  ['s-102', 'Theo', 'Grant', 'Homeroom 6A', '2014-08-17'],
];
const SHEET_STUDENTS: FileStudent[] = SAMPLE.map(([id, given, family, , birth]) => ({
  sourceId: id!,
  givenName: given!,
  familyName: family!,
  birthDate: birth!,
  sections: ['Homeroom 6A'],
}));

/** What a spreadsheet map still needs, as the backend says it. */
function needs(c: RosterColumns | null): Message[] {
  if (c?.fullName) return [];
  const out: Message[] = [];
  if (!c?.givenName) out.push({ id: 'import-choose-given-names', args: {} });
  if (!c?.familyName) out.push({ id: 'import-choose-family-names', args: {} });
  return out;
}

const emptyCounts = (): PlanCounts => ({
  classesNew: 0,
  classesMatched: 0,
  studentsNew: 0,
  studentsUpdated: 0,
  studentsUnchanged: 0,
  studentsMissing: 0,
  studentsArchived: 0,
});

let seq = 0;

export function importsFake(store: ImportStore): ImportsFake {
  let dropChannel: { onmessage: (m: string[]) => void } | null = null;
  let history: { id: number; before: ImportStore }[] = [];

  function read(path: string, columns: RosterColumns | null) {
    if (path === ONEROSTER_PATH) {
      const sections = SECTIONS.map((s) => ({ ...s, studentCount: ONEROSTER_STUDENTS.filter((x) => x.sections.includes(s.sourceId)).length }));
      return { source: 'lincoln-oneroster.zip', format: 'oneroster-1.1' as const, teachers: TEACHERS, sections, students: ONEROSTER_STUDENTS, problems: ONEROSTER_PROBLEMS, needs: [] as Message[] };
    }
    if (path === SPREADSHEET_PATH) {
      const left = needs(columns);
      const sections: Omit<SectionOption, 'className'>[] =
        left.length > 0
          ? []
          : [{ sourceId: 'Homeroom 6A', name: 'Homeroom 6A', subject: '', gradeLevel: '', school: '', teacherIds: [], teacherNames: [], studentCount: 2 }];
      return { source: 'class-list.xlsx', format: 'table' as const, teachers: [], sections, students: left.length > 0 ? [] : SHEET_STUDENTS, problems: [], needs: left };
    }
    throw { code: 'invalid', message: path === BAD_PATH ? BAD_MESSAGE : `Waypoint could not find ${path}.` };
  }

  const classNamed = (name: string) => store.classes.find((c) => c.name === name && !c.archived);

  function studentPlan(s: FileStudent, classId: string | null): StudentPlan {
    const fields = { givenName: s.givenName, familyName: s.familyName, preferredName: '', birthDate: s.birthDate, studentNumber: s.sourceId, email: '', grade: '' };
    const inClass = classId === null ? [] : store.students.filter((x) => x.classId === classId);
    const byId = inClass.find((x) => x.studentNumber === s.sourceId);
    const match = byId ?? inClass.find((x) => x.givenName === s.givenName && x.familyName === s.familyName);
    const base = { sourceId: s.sourceId, displayName: formatDisplayName(fields), fields, setSourceId: !byId, contactsAdded: [], homeLanguage: '' };
    if (!match) {
      return { ...base, action: 'new', studentId: null, matchedBy: null, changes: [], unarchive: false };
    }
    const changes = (
      [
        ['import-field-given-name', match.givenName, s.givenName],
        ['import-field-family-name', match.familyName, s.familyName],
        ['import-field-birth-date', match.birthDate, s.birthDate],
      ] as const
    )
      .filter(([, before, after]) => before !== after)
      .map(([label, before, after]) => ({ label: { id: label, args: {} }, before, after }));
    return {
      ...base,
      action: changes.length > 0 || match.archived ? 'update' : 'unchanged',
      studentId: match.id,
      matchedBy: { id: byId ? 'import-matched-by-student-id' : 'import-matched-by-name', args: {} },
      changes,
      unarchive: match.archived,
    };
  }

  function plan(path: string, columns: RosterColumns | null, choice: RosterChoice): RosterPlan {
    const file = read(path, columns);
    const classes: ClassPlan[] = choice.sectionIds.map((id) => {
      const section = file.sections.find((s) => s.sourceId === id);
      if (!section) throw { code: 'invalid', message: `The file has no section ${id}.` };
      const existing = classNamed(section.name);
      const students = file.students.filter((s) => s.sections.includes(id)).map((s) => studentPlan(s, existing?.id ?? null));
      const listed = new Set(students.map((s) => s.studentId));
      const missing: MissingStudent[] = existing
        ? store.students
            .filter((x) => x.classId === existing.id && !x.archived && !listed.has(x.id))
            .map((x) => ({ studentId: x.id, displayName: x.displayName, withdrawn: false, archive: choice.archive.includes(x.id) }))
        : [];
      return {
        sectionId: id,
        classId: existing?.id ?? null,
        name: existing?.name ?? section.name,
        class: { name: section.name, subject: section.subject, gradeLevel: section.gradeLevel },
        matchedBy: existing ? { id: 'import-matched-by-name', args: {} } : null,
        students,
        missing,
      };
    });
    const counts = emptyCounts();
    for (const c of classes) {
      if (c.classId === null) counts.classesNew += 1;
      else counts.classesMatched += 1;
      for (const s of c.students) {
        if (s.action === 'new') counts.studentsNew += 1;
        else if (s.action === 'update') counts.studentsUpdated += 1;
        else counts.studentsUnchanged += 1;
      }
      counts.studentsMissing += c.missing.length;
      counts.studentsArchived += c.missing.filter((m) => m.archive).length;
    }
    return { format: file.format, source: file.source, classes, counts, problems: file.problems };
  }

  function view(id: number): FileImportView {
    return clone(f.imports.find((i) => i.id === id)!);
  }

  const commands: FakeCommands = {
    choose_import_file: () => f.chosenFile,
    choose_import_folder: () => f.chosenFolder,
    listen_file_drops: ({ onDrop }) => {
      dropChannel = onDrop as unknown as { onmessage: (m: string[]) => void };
      return null;
    },
    inspect_roster_import: ({ path, columns }): RosterInspection => {
      const file = read(path, columns);
      return {
        source: file.source,
        format: file.format,
        needsColumns: file.needs,
        headers: file.format === 'table' ? HEADERS : [],
        sample: file.format === 'table' ? SAMPLE : [],
        columns: file.format === 'table' ? (columns ?? { ...blankColumns(), studentId: 'ID' }) : null,
        savedMap: null,
        teachers: clone(file.teachers),
        sections: file.sections.map((s) => ({ ...s, className: classNamed(s.name)?.name ?? null })),
        studentCount: file.students.length,
        complete: file.format === 'table' || f.complete,
        problems: clone(file.problems),
      };
    },
    preview_roster_import: ({ path, columns, choice }) => plan(path, columns, choice),
    apply_roster_import: async ({ path, columns, choice, onProgress }) => {
      const p = plan(path, columns, choice);
      const students = p.classes.flatMap((c) => c.students);
      const progress = onProgress as unknown as { onmessage: (m: ImportProgress) => void };
      students.forEach((_, i) => progress.onmessage({ done: i + 1, total: students.length }));
      if (f.gate) await f.gate;
      const before = clone({ classes: store.classes, students: store.students });
      const classIds: string[] = [];
      for (const c of p.classes) {
        let classId = c.classId;
        if (classId === null) {
          classId = `class-imported-${++seq}`;
          store.classes.push({ id: classId, name: c.class.name ?? '', subject: c.class.subject ?? '', gradeLevel: c.class.gradeLevel ?? '', archived: false, studentCount: 0 });
        }
        classIds.push(classId);
        for (const s of c.students) {
          const existing = store.students.find((x) => x.id === s.studentId);
          if (existing) Object.assign(existing, s.fields, { displayName: s.displayName, archived: false });
          else store.students.push({ ...s.fields, id: `student-imported-${++seq}`, classId, archived: false, displayName: s.displayName });
        }
        for (const m of c.missing.filter((x) => x.archive)) {
          const gone = store.students.find((x) => x.id === m.studentId);
          if (gone) gone.archived = true;
        }
      }
      if (p.counts.classesNew + p.counts.studentsNew + p.counts.studentsUpdated + p.counts.studentsArchived === 0) {
        return { counts: p.counts, classIds, import: null };
      }
      for (const i of f.imports) i.canUndo = false;
      const id = f.imports.length + 1;
      f.imports.push({ id, kind: 'roster', source: p.source, atMs: Date.UTC(2026, 8, 1, 9), summary: { ...p.counts }, canUndo: true, undone: false });
      history.push({ id, before });
      return { counts: p.counts, classIds, import: view(id) };
    },
    last_file_import: () => {
      const last = f.imports[f.imports.length - 1];
      return last ? { ...view(last.id), canUndo: last.canUndo && f.refuseUndo === null } : null;
    },
    undo_file_import: ({ id }) => {
      const entry = history.find((h) => h.id === id);
      const record = f.imports.find((i) => i.id === id);
      if (!entry || !record) throw { code: 'not_found', message: 'That import is not on this laptop.' };
      if (f.refuseUndo !== null) throw { code: 'invalid', message: f.refuseUndo };
      if (!record.canUndo) throw { code: 'invalid', message: 'Only the last import can be undone.' };
      store.classes.splice(0, store.classes.length, ...entry.before.classes);
      store.students.splice(0, store.students.length, ...entry.before.students);
      record.canUndo = false;
      record.undone = true;
      history = history.filter((h) => h.id !== id);
      return view(id);
    },
  };

  const f: ImportsFake = {
    commands,
    complete: true,
    imports: [],
    chosenFile: ONEROSTER_PATH,
    chosenFolder: null,
    gate: null,
    refuseUndo: null,
    drop(paths) {
      if (!dropChannel) throw new Error('The app never called listen_file_drops.');
      dropChannel.onmessage(paths);
    },
  };
  return f;
}

function blankColumns(): RosterColumns {
  return {
    studentId: null,
    givenName: null,
    familyName: null,
    fullName: null,
    preferredName: null,
    birthDate: null,
    grade: null,
    email: null,
    sectionName: null,
    sectionId: null,
    teacherName: null,
    teacherEmail: null,
    contactName: null,
    contactRelationship: null,
    contactPhone: null,
    contactEmail: null,
    language: null,
  };
}
