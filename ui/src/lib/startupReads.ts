// The first view's reads, asked for before the shell mounts. `main.ts` starts them before it
// waits for the font and the language, so the backend answers while the page is still
// loading instead of after the shell's first render (BENCHMARKS.md, cold start): the classes,
// whether student mode is on, and the roster of the class the app will open on. The shell and
// the roster each take their read once; every later read, and every read in a test (where
// `main.ts` does not run), asks the backend itself.
import { commands, type ClassView, type StudentModeView, type StudentView } from '../api';
import { initialClass } from './classChoice.svelte';
import { loadLastClassId } from './storage';

let classes: Promise<ClassView[]> | null = null;
let studentMode: Promise<StudentModeView> | null = null;
let roster: { classId: string; students: Promise<StudentView[]> } | null = null;
/** Settles once every startup read has, failures included. */
let settled: Promise<unknown> = Promise.resolve();

/** A read nobody may take (student mode is on, say): its failure is not an unhandled one. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** Asks for the first view's data: the classes and student mode at once, the roster once the class is known. */
export function startStartupReads(): void {
  classes = quiet(commands.list_classes({ includeArchived: true }));
  studentMode = quiet(commands.student_mode_view());
  // Attached before anyone awaits the classes, so the roster is asked for before the shell picks the class.
  const rosterRead = classes.then(
    (list) => {
      const pick = initialClass(list, loadLastClassId());
      if (pick) roster = { classId: pick.id, students: quiet(commands.list_students({ classId: pick.id, includeArchived: true })) };
      return roster?.students.then(
        () => undefined,
        () => undefined,
      );
    },
    () => undefined,
  );
  settled = Promise.allSettled([classes, studentMode, rosterRead]);
}

/**
 * Resolves once the startup reads are in (or have failed), or after `waitMs`, whichever is
 * first. `main.ts` mounts the shell then, so that its first frame already shows the first
 * view with its data: each frame painted costs 50–80 ms on the webview's main thread, and a
 * first frame of loading lines delayed the roster by one (BENCHMARKS.md, cold start).
 */
export function startupReadsIn(waitMs: number): Promise<void> {
  return Promise.race([settled.then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, waitMs))]);
}

/** The classes (archived ones too) asked for at startup, once; null after that or without a start. */
export function takeStartupClasses(): Promise<ClassView[]> | null {
  const p = classes;
  classes = null;
  return p;
}

/** Student mode's view asked for at startup, once; null after that or without a start. */
export function takeStartupStudentMode(): Promise<StudentModeView> | null {
  const p = studentMode;
  studentMode = null;
  return p;
}

/** Forgets the roster asked for at startup: the app did not open on it, and a later read must be fresh. */
export function dropStartupRoster(): void {
  roster = null;
}

/** The roster (archived students too) asked for at startup, once, if it is `classId`'s; else null. */
export function takeStartupRoster(classId: string): Promise<StudentView[]> | null {
  const r = roster;
  roster = null;
  return r !== null && r.classId === classId ? r.students : null;
}
