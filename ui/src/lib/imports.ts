// The import flow in words and rules, without the DOM: which kinds of file the flow offers,
// the wizard's steps, the spreadsheet fields a teacher maps, the sections a teacher's choice
// shows, and the sentences of the preview and the result. Components render what this decides.
import type {
  CaseImportReport,
  FileImportView,
  FrameworkFileReport,
  ImportKind,
  ScoresCounts,
  PlanCounts,
  RosterColumns,
  RosterInspection,
  RowProblem,
  SectionOption,
} from '../api';

/** One kind of file the import flow reads. */
export interface KindOption {
  kind: ImportKind;
  /** The choice's label in "What is in this file?". */
  label: string;
  /** One line under it. */
  hint: string;
  /** The dialog's title. */
  title: string;
  /** What the choose step says it reads. */
  formats: string;
}

/**
 * The kinds the flow offers, in the order they are listed. A kind whose backend commands
 * exist is added here (and given its steps in the dialog); nothing else lists them.
 */
export const IMPORT_KINDS: readonly KindOption[] = [
  {
    kind: 'roster',
    label: 'Roster',
    hint: 'Classes and students, from the school’s information system or a spreadsheet.',
    title: 'Import a class list',
    formats:
      'OneRoster 1.0, 1.1 or 1.2 (a zip or a folder), Clever, Microsoft School Data Sync, or any CSV or Excel (.xlsx) file.',
  },
  {
    kind: 'scores',
    label: 'Scores',
    hint: 'Results from a quiz, an adaptive program or your own sheet, to record as evidence.',
    title: 'Import scores',
    formats: 'a CSV or Excel (.xlsx) file: one row per student (a column per question or skill), or one row per student and item.',
  },
  {
    kind: 'framework',
    label: 'Framework',
    hint: 'Competencies: a CASE package from a publisher, or a table of codes and statements.',
    title: 'Import a framework',
    formats: 'a CASE 1.0 package (.json), or a CSV or Excel (.xlsx) table with code, statement, parent code and optional type and grade.',
  },
];

/** The limits the backend enforces, in words for the choose step. */
export const SIZE_LIMITS = 'Up to 20 MB a file; a zip or a folder up to 100 MB and 64 files.';

/** The kind option for `kind`, or the first offered one when that kind is not offered yet. */
export function kindOption(kind: ImportKind): KindOption {
  return IMPORT_KINDS.find((k) => k.kind === kind) ?? IMPORT_KINDS[0]!;
}

/** True when the flow can import `kind` now. */
export function kindOffered(kind: ImportKind): boolean {
  return IMPORT_KINDS.some((k) => k.kind === kind);
}

/** The kind a file most likely holds, judged by the page the teacher is on. */
export function kindForPage(page: string): ImportKind {
  const wanted: ImportKind = page === 'evidence' || page === 'mastery' ? 'scores' : page === 'frameworks' ? 'framework' : 'roster';
  return kindOffered(wanted) ? wanted : IMPORT_KINDS[0]!.kind;
}

/**
 * The kind for a dropped file: a `.json` file is a framework (CASE); anything else is what
 * the page suggests. A kind the flow does not offer yet falls back to the first offered.
 */
export function kindForPath(path: string, page: string): ImportKind {
  if (/\.json$/i.test(path.trim()) && kindOffered('framework')) return 'framework';
  return kindForPage(page);
}

/** The last part of a path, for messages ("lincoln.zip"). */
export function fileName(path: string): string {
  const parts = path.trim().replace(/[\\/]+$/, '').split(/[\\/]/);
  return parts[parts.length - 1] || path.trim();
}

/** The wizard's steps, in order. */
export type Step = 'choose' | 'columns' | 'map' | 'sections' | 'preview' | 'applying' | 'result';

const STEP_LABELS: Record<Step, string> = {
  choose: 'Choose a file',
  columns: 'Map columns',
  map: 'Map scores',
  sections: 'Choose classes',
  preview: 'Preview',
  applying: 'Apply',
  result: 'Result',
};

/**
 * The steps the indicator shows for `kind`: a roster's column map only for a spreadsheet that
 * needed one; scores are always mapped; a framework goes straight to its preview.
 */
export function stepsFor(kind: ImportKind, withColumns = false): { step: Step; label: string }[] {
  const steps: Step[] =
    kind === 'scores'
      ? ['choose', 'map', 'preview', 'applying', 'result']
      : kind === 'framework'
        ? ['choose', 'preview', 'applying', 'result']
        : withColumns
          ? ['choose', 'columns', 'sections', 'preview', 'applying', 'result']
          : ['choose', 'sections', 'preview', 'applying', 'result'];
  return steps.map((step) => ({ step, label: STEP_LABELS[step] }));
}

/** One field of a spreadsheet roster the teacher may map to a column. */
export interface ColumnField {
  key: keyof RosterColumns;
  label: string;
}

/** The spreadsheet fields, in the order the column map lists them. */
export const ROSTER_FIELDS: readonly ColumnField[] = [
  { key: 'studentId', label: 'Student ID' },
  { key: 'givenName', label: 'Given name' },
  { key: 'familyName', label: 'Family name' },
  { key: 'fullName', label: 'Full name' },
  { key: 'preferredName', label: 'Preferred name' },
  { key: 'birthDate', label: 'Birth date' },
  { key: 'grade', label: 'Grade' },
  { key: 'email', label: 'Email' },
  { key: 'sectionName', label: 'Class' },
  { key: 'sectionId', label: 'Class ID' },
  { key: 'teacherName', label: 'Teacher' },
  { key: 'teacherEmail', label: 'Teacher email' },
  { key: 'contactName', label: 'Contact name' },
  { key: 'contactRelationship', label: 'Contact relationship' },
  { key: 'contactPhone', label: 'Contact phone' },
  { key: 'contactEmail', label: 'Contact email' },
  { key: 'language', label: 'Home language' },
];

/** A map with every field unmapped. */
export function emptyColumns(): RosterColumns {
  const out = {} as RosterColumns;
  for (const f of ROSTER_FIELDS) out[f.key] = null;
  return out;
}

/** The map in use, with every field present (a missing one is unmapped). */
export function completeColumns(columns: RosterColumns | null): RosterColumns {
  return { ...emptyColumns(), ...(columns ?? {}) };
}

/** The sections a teacher's choice shows: hers, or all of them when she skipped (""). */
export function sectionsFor(inspection: RosterInspection, teacherId: string): SectionOption[] {
  if (teacherId === '') return inspection.sections;
  return inspection.sections.filter((s) => s.teacherIds.includes(teacherId));
}

/** A section's details in one line: "Math · Grade 6 · Lincoln Middle". */
export function sectionDetails(s: SectionOption): string {
  const grade = s.gradeLevel === '' ? '' : /^\d+$/.test(s.gradeLevel) ? `Grade ${s.gradeLevel}` : s.gradeLevel;
  return [s.subject, grade, s.school].filter((x) => x !== '').join(' · ');
}

/** "1 student", "16 students". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Nothing would change: no class, no student, no archive. */
export function planIsEmpty(c: PlanCounts): boolean {
  return c.classesNew === 0 && c.studentsNew === 0 && c.studentsUpdated === 0 && c.studentsArchived === 0;
}

/**
 * The preview's summary line: "2 new classes, 16 new students, 1 student updated, nothing
 * else changes." Missing students are counted only when some will be archived.
 */
export function planSummary(c: PlanCounts): string {
  if (planIsEmpty(c)) return 'Everything in this file is already in Waypoint.';
  const parts: string[] = [];
  if (c.classesNew > 0) parts.push(plural(c.classesNew, 'new class', 'new classes'));
  if (c.studentsNew > 0) parts.push(plural(c.studentsNew, 'new student'));
  if (c.studentsUpdated > 0) parts.push(`${plural(c.studentsUpdated, 'student')} updated`);
  if (c.studentsArchived > 0) parts.push(`${plural(c.studentsArchived, 'student')} archived`);
  return `${parts.join(', ')}, nothing else changes.`;
}

/** The result's line: "Added 2 classes and 16 students, updated 1 student." */
export function outcomeSummary(c: PlanCounts): string {
  const added: string[] = [];
  if (c.classesNew > 0) added.push(plural(c.classesNew, 'class', 'classes'));
  if (c.studentsNew > 0) added.push(plural(c.studentsNew, 'student'));
  const parts: string[] = [];
  if (added.length > 0) parts.push(`added ${joinList(added)}`);
  if (c.studentsUpdated > 0) parts.push(`updated ${plural(c.studentsUpdated, 'student')}`);
  if (c.studentsArchived > 0) parts.push(`archived ${plural(c.studentsArchived, 'student')}`);
  if (parts.length === 0) return 'Nothing needed changing: everything in this file was already in Waypoint.';
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The counts a finished import recorded (its summary object) as plan counts. */
export function countsOf(summary: { [key in string]: number }): PlanCounts {
  const n = (k: keyof PlanCounts) => summary[k] ?? 0;
  return {
    classesNew: n('classesNew'),
    classesMatched: n('classesMatched'),
    studentsNew: n('studentsNew'),
    studentsUpdated: n('studentsUpdated'),
    studentsUnchanged: n('studentsUnchanged'),
    studentsMissing: n('studentsMissing'),
    studentsArchived: n('studentsArchived'),
  };
}

/** "a, b and c". */
export function joinList(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Problems split by whether their rows were used. */
export function splitProblems(problems: RowProblem[]): { skipped: RowProblem[]; warnings: RowProblem[] } {
  return {
    skipped: problems.filter((p) => p.level === 'skipped'),
    warnings: problems.filter((p) => p.level === 'warning'),
  };
}

/** Where a problem is: "users.csv, line 14", or the file alone for the file as a whole. */
export function problemPlace(p: RowProblem): string {
  return p.line > 0 ? `${p.file}, line ${p.line}` : p.file;
}

/** `ids` with `id` added (on) or removed (off), without duplicates. */
export function toggled<T>(ids: readonly T[], id: T, on: boolean): T[] {
  const rest = ids.filter((x) => x !== id);
  return on ? [...rest, id] : rest;
}

const PROGRESS_WHAT: Record<ImportKind, string> = { roster: 'students', scores: 'evidence', framework: 'competencies' };

/** Progress in words: "Writing students: 12 of 40". */
export function progressText(done: number, total: number, kind: ImportKind = 'roster'): string {
  return total > 0 ? `Writing ${PROGRESS_WHAT[kind]}: ${done} of ${total}` : 'Writing…';
}

/** Progress as a percentage, or null while the total is not known. */
export function progressPercent(done: number, total: number): number | null {
  return total > 0 ? Math.min(100, Math.round((done / total) * 100)) : null;
}

/** The counts of a finished scores import (its summary object). */
export function scoresCountsOf(summary: { [key in string]: number }): ScoresCounts {
  const n = (k: keyof ScoresCounts) => summary[k] ?? 0;
  return {
    evidenceNew: n('evidenceNew'),
    evidenceAlready: n('evidenceAlready'),
    studentsMatched: n('studentsMatched'),
    rowsUnmatched: n('rowsUnmatched'),
    problems: n('problems'),
  };
}

/** The result's line for a scores import. */
export function scoresOutcomeSummary(c: ScoresCounts): string {
  if (c.evidenceNew === 0) return 'Nothing needed writing: every score was already in Waypoint.';
  const already = c.evidenceAlready > 0 ? `; ${c.evidenceAlready} already there` : '';
  return `Recorded ${plural(c.evidenceNew, 'piece')} of evidence for ${plural(c.studentsMatched, 'student')}${already}.`;
}

/** The counts of a framework file's report, in the words of the preview and the result. */
export interface FrameworkCounts {
  created: number;
  updated: number;
  unchanged: number;
  retired: number;
}

/** "12 new competencies, 1 updated, 3 unchanged, 1 retired (archived)". */
export function frameworkCountsText(c: FrameworkCounts, done: boolean): string {
  const parts: string[] = [];
  if (c.created > 0) parts.push(`${plural(c.created, done ? 'item' : 'new item')}${done ? ' added' : ''}`);
  if (c.updated > 0) parts.push(`${plural(c.updated, 'item')} updated`);
  if (c.retired > 0) parts.push(`${plural(c.retired, 'item')} retired (archived, not deleted)`);
  if (c.unchanged > 0) parts.push(`${c.unchanged} unchanged`);
  if (parts.length === 0) return 'The file has no items.';
  const text = joinList(parts);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The report's title and whether it updates a framework already here. */
export function frameworkReportOf(r: FrameworkFileReport): { title: string; updatedExisting: boolean; counts: FrameworkCounts } {
  const { title, updatedExisting, created, updated, unchanged, retired } = r.report;
  return { title, updatedExisting, counts: { created, updated, unchanged, retired } };
}

/** A CASE report's extra lines: prerequisites and items kept at the top level. */
export function caseExtraLines(r: CaseImportReport): string[] {
  const out: string[] = [];
  if (r.prerequisitesAdded > 0) out.push(`${plural(r.prerequisitesAdded, 'prerequisite')} from the file’s “precedes” links.`);
  if (r.missingParents.length > 0) out.push(`${plural(r.missingParents.length, 'item')} whose parent is not in the file will sit at the top level.`);
  return out;
}

/** A finished import in one line, for the toast that keeps it undoable. */
export function fileImportSummary(done: FileImportView): string {
  if (done.kind === 'scores') return scoresOutcomeSummary(scoresCountsOf(done.summary));
  if (done.kind === 'framework') {
    const n = (k: string) => done.summary[k] ?? 0;
    return frameworkCountsText({ created: n('nodesNew'), updated: n('nodesUpdated'), retired: n('nodesRetired'), unchanged: 0 }, true);
  }
  return outcomeSummary(countsOf(done.summary));
}
