// The import flow in words and rules, without the DOM: which kinds of file the flow offers,
// the wizard's steps, the spreadsheet fields a teacher maps, the sections a teacher's choice
// shows, and the sentences of the preview and the result. Components render what this decides.
// Sentences come from the catalog (imports.ftl) in the UI's language at the time of the call.
import type {
  CaseImportReport,
  FileImportView,
  FrameworkFileReport,
  ImportKind,
  ScoresCounts,
  PlanCounts,
  RosterColumns,
  RosterInspection,
  RosterFormat,
  RowProblem,
  SectionOption,
} from '../api';
import { formatList, t } from './i18n.svelte';

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
 * exist is added here (and given its words in `kindOption`); nothing else lists them.
 */
export const IMPORT_KINDS: readonly ImportKind[] = ['roster', 'scores', 'framework'];

/** The kind option for `kind`, or the first offered one when that kind is not offered yet. */
export function kindOption(kind: ImportKind): KindOption {
  switch (kindOffered(kind) ? kind : IMPORT_KINDS[0]!) {
    case 'scores':
      return {
        kind: 'scores',
        label: t('imports-kind-scores'),
        hint: t('imports-kind-scores-hint'),
        title: t('imports-kind-scores-title'),
        formats: t('imports-kind-scores-formats'),
      };
    case 'framework':
      return {
        kind: 'framework',
        label: t('imports-kind-framework'),
        hint: t('imports-kind-framework-hint'),
        title: t('imports-kind-framework-title'),
        formats: t('imports-kind-framework-formats'),
      };
    case 'roster':
      return {
        kind: 'roster',
        label: t('imports-kind-roster'),
        hint: t('imports-kind-roster-hint'),
        title: t('imports-kind-roster-title'),
        formats: t('imports-kind-roster-formats'),
      };
  }
}

/** Every kind the flow offers, with its words, in order. */
export function kindOptions(): KindOption[] {
  return IMPORT_KINDS.map(kindOption);
}

/** True when the flow can import `kind` now. */
export function kindOffered(kind: ImportKind): boolean {
  return IMPORT_KINDS.includes(kind);
}

/** The kind a file most likely holds, judged by the page the teacher is on. */
export function kindForPage(page: string): ImportKind {
  const wanted: ImportKind = page === 'evidence' || page === 'mastery' ? 'scores' : page === 'frameworks' ? 'framework' : 'roster';
  return kindOffered(wanted) ? wanted : IMPORT_KINDS[0]!;
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

/** A step's name in the indicator. */
export function stepLabel(step: Step): string {
  switch (step) {
    case 'choose':
      return t('imports-step-choose');
    case 'columns':
      return t('imports-step-columns');
    case 'map':
      return t('imports-step-map');
    case 'sections':
      return t('imports-step-sections');
    case 'preview':
      return t('imports-step-preview');
    case 'applying':
      return t('imports-step-applying');
    case 'result':
      return t('imports-step-result');
  }
}

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
  return steps.map((step) => ({ step, label: stepLabel(step) }));
}

/** One field of a spreadsheet roster the teacher may map to a column. */
export interface ColumnField {
  key: keyof RosterColumns;
}

/** The spreadsheet fields, in the order the column map lists them (labels: `rosterFieldLabel`). */
export const ROSTER_FIELDS: readonly ColumnField[] = (
  [
    'studentId',
    'givenName',
    'familyName',
    'fullName',
    'preferredName',
    'birthDate',
    'grade',
    'email',
    'sectionName',
    'sectionId',
    'teacherName',
    'teacherEmail',
    'contactName',
    'contactRelationship',
    'contactPhone',
    'contactEmail',
    'language',
  ] as const
).map((key) => ({ key }));

/** A spreadsheet field's label in the column map. */
/** A roster file's format in words: "OneRoster 1.1", "spreadsheet". */
export function rosterFormatLabel(format: RosterFormat): string {
  switch (format) {
    case 'oneroster-1.0':
      return t('imports-format-oneroster', { version: '1.0' });
    case 'oneroster-1.1':
      return t('imports-format-oneroster', { version: '1.1' });
    case 'oneroster-1.2':
      return t('imports-format-oneroster', { version: '1.2' });
    case 'clever':
      return t('imports-format-clever');
    case 'sds-1':
      return t('imports-format-sds', { version: '1' });
    case 'sds-2.1':
      return t('imports-format-sds', { version: '2.1' });
    case 'table':
      return t('imports-format-table');
  }
}

export function rosterFieldLabel(key: keyof RosterColumns): string {
  switch (key) {
    case 'studentId':
      return t('imports-field-student-id');
    case 'givenName':
      return t('imports-field-given-name');
    case 'familyName':
      return t('imports-field-family-name');
    case 'fullName':
      return t('imports-field-full-name');
    case 'preferredName':
      return t('imports-field-preferred-name');
    case 'birthDate':
      return t('imports-field-birth-date');
    case 'grade':
      return t('imports-field-grade');
    case 'email':
      return t('imports-field-email');
    case 'sectionName':
      return t('imports-field-class');
    case 'sectionId':
      return t('imports-field-class-id');
    case 'teacherName':
      return t('imports-field-teacher');
    case 'teacherEmail':
      return t('imports-field-teacher-email');
    case 'contactName':
      return t('imports-field-contact-name');
    case 'contactRelationship':
      return t('imports-field-contact-relationship');
    case 'contactPhone':
      return t('imports-field-contact-phone');
    case 'contactEmail':
      return t('imports-field-contact-email');
    case 'language':
      return t('imports-field-language');
  }
}

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
  const grade = s.gradeLevel === '' ? '' : /^\d+$/.test(s.gradeLevel) ? t('imports-grade', { grade: s.gradeLevel }) : s.gradeLevel;
  return [s.subject, grade, s.school].filter((x) => x !== '').join(' · ');
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
  if (planIsEmpty(c)) return t('imports-plan-nothing');
  const parts: string[] = [];
  if (c.classesNew > 0) parts.push(t('imports-plan-new-classes', { count: c.classesNew }));
  if (c.studentsNew > 0) parts.push(t('imports-plan-new-students', { count: c.studentsNew }));
  if (c.studentsUpdated > 0) parts.push(t('imports-plan-students-updated', { count: c.studentsUpdated }));
  if (c.studentsArchived > 0) parts.push(t('imports-plan-students-archived', { count: c.studentsArchived }));
  return t('imports-plan-summary', { parts: parts.join(', ') });
}

/** The result's line: "Added 2 classes and 16 students, updated 1 student." */
export function outcomeSummary(c: PlanCounts): string {
  const added: string[] = [];
  if (c.classesNew > 0) added.push(t('imports-count-classes', { count: c.classesNew }));
  if (c.studentsNew > 0) added.push(t('imports-count-students', { count: c.studentsNew }));
  const parts: string[] = [];
  if (added.length > 0) parts.push(t('imports-outcome-added', { what: formatList(added), count: c.classesNew + c.studentsNew }));
  if (c.studentsUpdated > 0) parts.push(t('imports-outcome-updated', { count: c.studentsUpdated }));
  if (c.studentsArchived > 0) parts.push(t('imports-outcome-archived', { count: c.studentsArchived }));
  if (parts.length === 0) return t('imports-outcome-nothing');
  return sentence(parts.join(', '));
}

/** Clauses joined into a sentence: its first letter capitalized, a full stop at the end. */
function sentence(text: string): string {
  return t('imports-sentence', { text: `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}` });
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


/** Problems split by whether their rows were used. */
export function splitProblems(problems: RowProblem[]): { skipped: RowProblem[]; warnings: RowProblem[] } {
  return {
    skipped: problems.filter((p) => p.level === 'skipped'),
    warnings: problems.filter((p) => p.level === 'warning'),
  };
}

/** Where a problem is: "users.csv, line 14", or the file alone for the file as a whole. */
export function problemPlace(p: RowProblem): string {
  return p.line > 0 ? t('imports-problem-place', { file: p.file, line: p.line }) : p.file;
}

/** `ids` with `id` added (on) or removed (off), without duplicates. */
export function toggled<T>(ids: readonly T[], id: T, on: boolean): T[] {
  const rest = ids.filter((x) => x !== id);
  return on ? [...rest, id] : rest;
}

/** Progress in words: "Writing students: 12 of 40". */
export function progressText(done: number, total: number, kind: ImportKind = 'roster'): string {
  if (total <= 0) return t('imports-progress-writing');
  switch (kind) {
    case 'scores':
      return t('imports-progress-scores', { done, total });
    case 'framework':
      return t('imports-progress-framework', { done, total });
    case 'roster':
      return t('imports-progress-roster', { done, total });
  }
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
  if (c.evidenceNew === 0) return t('imports-scores-outcome-nothing');
  const args = { count: c.evidenceNew, students: c.studentsMatched, already: c.evidenceAlready };
  return c.evidenceAlready > 0 ? t('imports-scores-outcome-already', args) : t('imports-scores-outcome', args);
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
  if (c.created > 0) parts.push(done ? t('imports-fw-added', { count: c.created }) : t('imports-fw-new', { count: c.created }));
  if (c.updated > 0) parts.push(t('imports-fw-updated', { count: c.updated }));
  if (c.retired > 0) parts.push(t('imports-fw-retired', { count: c.retired }));
  if (c.unchanged > 0) parts.push(t('imports-fw-unchanged', { count: c.unchanged }));
  if (parts.length === 0) return t('imports-fw-empty');
  return sentence(formatList(parts));
}

/** The report's title and whether it updates a framework already here. */
export function frameworkReportOf(r: FrameworkFileReport): { title: string; updatedExisting: boolean; counts: FrameworkCounts } {
  const { title, updatedExisting, created, updated, unchanged, retired } = r.report;
  return { title, updatedExisting, counts: { created, updated, unchanged, retired } };
}

/** A CASE report's extra lines: prerequisites and items kept at the top level. */
export function caseExtraLines(r: CaseImportReport): string[] {
  const out: string[] = [];
  if (r.prerequisitesAdded > 0) out.push(t('imports-case-prerequisites', { count: r.prerequisitesAdded }));
  if (r.missingParents.length > 0) out.push(t('imports-case-missing-parents', { count: r.missingParents.length }));
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
