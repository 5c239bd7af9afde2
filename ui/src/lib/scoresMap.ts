// A scores file's column map as the import dialog edits it, without the DOM: the editable
// draft and its conversion to and from the backend's `ScoresMap`, the cut points derived from
// a scale (the backend's `default_cuts`, so the teacher sees the numbers it will use), what a
// draft still needs before it may be previewed, and the preview's table and sentences (from
// the catalog, imports.ftl, in the UI's language at the time of the call).
import type {
  ClassId,
  Combine,
  Cut,
  EvidenceKind,
  HeaderCheck,
  PlannedEvidence,
  Scale,
  ScoresCounts,
  ScoresInspection,
  ScoresMap,
  ScoresPlan,
} from '../api';
import type { CompetencyOption } from './capture';
import { formatList, formatNumber, t } from './i18n.svelte';
import { formatLevel } from './levels';

/** How rows find their student. */
export type FinderBy = 'studentId' | 'email' | 'name' | 'givenFamily';

/** Every way of finding students, in the order the editor offers them. */
export const FINDERS: readonly FinderBy[] = ['studentId', 'email', 'name', 'givenFamily'];

/** A way of finding students, as the editor's select offers it. */
export function finderLabel(by: FinderBy): string {
  switch (by) {
    case 'studentId':
      return t('scores-finder-student-id');
    case 'email':
      return t('scores-finder-email');
    case 'name':
      return t('scores-finder-name');
    case 'givenFamily':
      return t('scores-finder-given-family');
  }
}

/** The label of the one column a finder reads (not for `givenFamily`, which reads two). */
export function finderColumnLabel(by: FinderBy): string {
  switch (by) {
    case 'studentId':
      return t('scores-finder-student-id-column');
    case 'email':
      return t('scores-finder-email-column');
    case 'name':
    case 'givenFamily':
      return t('scores-finder-name-column');
  }
}

/** "Students by …" for a recognized map: how its rows find their student. */
export function finderSummary(by: FinderBy, competencies: number): string {
  switch (by) {
    case 'studentId':
      return t('scores-recognized-by-student-id', { count: competencies });
    case 'email':
      return t('scores-recognized-by-email', { count: competencies });
    case 'name':
      return t('scores-recognized-by-name', { count: competencies });
    case 'givenFamily':
      return t('scores-recognized-by-given-family', { count: competencies });
  }
}

/** The columns (wide) or items (long) feeding one competency. */
export interface CompetencyPick {
  columns: string[];
  combine: Combine;
}

/** The map as the editor holds it: every choice a field, whatever kind is chosen. */
export interface ScoresDraft {
  classId: ClassId;
  finder: FinderBy;
  studentColumn: string;
  givenColumn: string;
  familyColumn: string;
  shape: 'wide' | 'long';
  itemColumn: string;
  scoreColumn: string;
  /** By competency id. */
  picks: Record<string, CompetencyPick>;
  conversion: 'percent' | 'points' | 'vendor';
  cuts: Cut[];
  /** False while the cuts are the scale's defaults: the map then saves none (derived). */
  cutsEdited: boolean;
  pointsMax: number | null;
  vendorMin: number | null;
  vendorProficient: number | null;
  vendorMax: number | null;
  kind: EvidenceKind;
  dateFrom: 'column' | 'fixed';
  dateColumn: string;
  dayFirst: boolean;
  fixedDate: string;
  /** "Save this map as…": "" saves nothing. */
  saveAs: string;
}

/** Where the mastery threshold starts when cut points are derived (as the backend). */
export const PROFICIENT_PERCENT = 80;

/**
 * The cut points derived from `scale`, as the backend derives them: the threshold from 80%,
 * the levels below it sharing 0–80% evenly, those above sharing 80–100%, each rounded down to
 * 0.1%.
 */
export function defaultCuts(scale: Scale): Cut[] {
  const levels = scale.levels.map((l) => l.value);
  let at = levels.findIndex((v) => Math.abs(v - scale.threshold) < 1e-9);
  if (at < 0) at = Math.max(0, levels.length - 1);
  const above = levels.length - 1 - at;
  const round = (p: number) => Math.floor(p * 10 + 1e-6) / 10;
  return levels.map((level, i) => ({
    level,
    minPercent: round(i <= at ? (PROFICIENT_PERCENT * i) / Math.max(at, 1) : PROFICIENT_PERCENT + ((100 - PROFICIENT_PERCENT) * (i - at)) / (above + 1)),
  }));
}

/** A header reduced to what identifies it, as the backend compares columns. */
export function columnKey(name: string): string {
  return name.replace(/[ _.\-\uFEFF]/g, '').toLowerCase();
}

/** The competency a map's entry names (by id, else by code), among the class's. */
export function findCompetency(ref: string, competencies: readonly CompetencyOption[]): CompetencyOption | undefined {
  const r = ref.trim();
  if (r === '') return undefined;
  return competencies.find((c) => c.id === r) ?? competencies.find((c) => c.code !== '' && c.code.toLowerCase() === r.toLowerCase());
}

/** A draft made from `map` (a recognized or guessed one), for the class's competencies. */
export function draftFromMap(
  map: ScoresMap,
  classId: ClassId,
  competencies: readonly CompetencyOption[],
  today: string,
): { draft: ScoresDraft; notInClass: string[] } {
  const picks: Record<string, CompetencyPick> = {};
  const notInClass: string[] = [];
  for (const c of map.competencies) {
    const found = findCompetency(c.competency, competencies);
    if (found) picks[found.id] = { columns: [...c.columns], combine: c.combine };
    else if (c.competency.trim() !== '') notInClass.push(c.competency);
  }
  const scale = competencies[0]?.scale;
  const conv = map.conversion;
  const savedCuts = conv.type === 'vendor' ? [] : conv.cuts;
  const s = map.student;
  const draft: ScoresDraft = {
    classId,
    finder: s.by,
    studentColumn: s.by === 'givenFamily' ? '' : s.column,
    givenColumn: s.by === 'givenFamily' ? s.givenColumn : '',
    familyColumn: s.by === 'givenFamily' ? s.familyColumn : '',
    shape: map.shape.type,
    itemColumn: map.shape.type === 'long' ? map.shape.itemColumn : '',
    scoreColumn: map.shape.type === 'long' ? map.shape.scoreColumn : '',
    picks,
    conversion: conv.type,
    cuts: savedCuts.length > 0 ? savedCuts.map((c) => ({ ...c })) : scale ? defaultCuts(scale) : [],
    cutsEdited: savedCuts.length > 0,
    pointsMax: conv.type === 'points' ? conv.max : null,
    vendorMin: conv.type === 'vendor' ? conv.min : 0,
    vendorProficient: conv.type === 'vendor' ? conv.proficient : null,
    vendorMax: conv.type === 'vendor' ? conv.max : null,
    kind: map.kind,
    dateFrom: map.date.type,
    dateColumn: map.date.type === 'column' ? map.date.column : '',
    dayFirst: map.date.type === 'column' ? map.date.dayFirst : false,
    fixedDate: map.date.type === 'fixed' && map.date.date !== '' ? map.date.date : today,
    saveAs: '',
  };
  return { draft, notInClass };
}

/** The backend's map for `draft`, its competencies in the class's order. */
export function mapFromDraft(d: ScoresDraft, competencies: readonly CompetencyOption[]): ScoresMap {
  const cuts = d.cutsEdited ? d.cuts.map((c) => ({ ...c })) : [];
  return {
    shape: d.shape === 'long' ? { type: 'long', itemColumn: d.itemColumn, scoreColumn: d.scoreColumn } : { type: 'wide' },
    student:
      d.finder === 'givenFamily'
        ? { by: 'givenFamily', givenColumn: d.givenColumn, familyColumn: d.familyColumn }
        : { by: d.finder, column: d.studentColumn },
    competencies: competencies
      .filter((c) => (d.picks[c.id]?.columns.length ?? 0) > 0)
      .map((c) => ({ competency: c.id, columns: [...d.picks[c.id]!.columns], combine: d.picks[c.id]!.combine })),
    conversion:
      d.conversion === 'points'
        ? { type: 'points', max: d.pointsMax ?? 0, cuts }
        : d.conversion === 'vendor'
          ? { type: 'vendor', min: d.vendorMin ?? 0, proficient: d.vendorProficient ?? 0, max: d.vendorMax ?? 0 }
          : { type: 'percent', cuts },
    kind: d.kind,
    date: d.dateFrom === 'column' ? { type: 'column', column: d.dateColumn, dayFirst: d.dayFirst } : { type: 'fixed', date: d.fixedDate },
  };
}

/** Every column a map reads (student, shape, wide competency columns, date). */
export function mapColumns(map: ScoresMap): string[] {
  const s = map.student;
  const out = s.by === 'givenFamily' ? [s.givenColumn, s.familyColumn] : [s.column];
  if (map.shape.type === 'long') out.push(map.shape.itemColumn, map.shape.scoreColumn);
  else for (const c of map.competencies) out.push(...c.columns);
  if (map.date.type === 'column') out.push(map.date.column);
  return out.filter((c) => c.trim() !== '');
}

/** The map's columns the file does not have, each once. */
export function missingColumns(map: ScoresMap, headers: readonly string[]): string[] {
  const have = new Set(headers.map(columnKey));
  const seen = new Set<string>();
  return mapColumns(map).filter((c) => !have.has(columnKey(c)) && !seen.has(columnKey(c)) && seen.add(columnKey(c)));
}

/** What the draft still needs before it can be previewed, as sentences (empty: ready). */
export function draftNeeds(d: ScoresDraft, map: ScoresMap, headers: readonly string[]): string[] {
  const out: string[] = [];
  const gone = missingColumns(map, headers);
  if (gone.length > 0) out.push(t('scores-needs-gone-columns', { count: gone.length, columns: quotedList(gone) }));
  if (d.finder === 'givenFamily' ? d.givenColumn === '' || d.familyColumn === '' : d.studentColumn === '') {
    out.push(t('scores-needs-student-column'));
  }
  if (d.shape === 'long' && (d.itemColumn === '' || d.scoreColumn === '')) out.push(t('scores-needs-item-score'));
  if (map.competencies.length === 0) out.push(t('scores-needs-pick'));
  if (d.conversion === 'points' && !(d.pointsMax !== null && d.pointsMax > 0)) out.push(t('scores-needs-points-max'));
  if (d.conversion === 'vendor') {
    const [lo, mid, hi] = [d.vendorMin, d.vendorProficient, d.vendorMax];
    if (lo === null || mid === null || hi === null || !(lo < mid && mid <= hi)) {
      out.push(t('scores-needs-vendor'));
    }
  }
  if (d.conversion !== 'vendor' && d.cuts.some((c) => !Number.isFinite(c.minPercent) || c.minPercent < 0 || c.minPercent > 100)) {
    out.push(t('scores-needs-cuts'));
  }
  if (d.dateFrom === 'column' && d.dateColumn === '') out.push(t('scores-needs-date-column'));
  if (d.dateFrom === 'fixed' && !/^\d{4}-\d{2}-\d{2}$/.test(d.fixedDate)) out.push(t('scores-needs-date'));
  return out;
}

/** Column names in quotes, as a list for the UI's language: “Q1”, “Q2” and “Q3”. */
function quotedList(names: readonly string[]): string {
  return formatList(names.map((name) => t('scores-quoted', { name })));
}

/**
 * The columns that could hold scores (wide): the header without the student and date
 * columns, then any column the map ticks that the file does not have (a changed file), so the
 * teacher can untick it.
 */
export function scoreColumns(d: ScoresDraft, headers: readonly string[]): string[] {
  const have = new Set(headers.map(columnKey));
  const gone: string[] = [];
  for (const p of Object.values(d.picks)) for (const c of p.columns) if (!have.has(columnKey(c)) && !gone.includes(c)) gone.push(c);
  return [...fileScoreColumns(d, headers), ...gone];
}

function fileScoreColumns(d: ScoresDraft, headers: readonly string[]): string[] {
  const taken = new Set(
    [d.finder === 'givenFamily' ? [d.givenColumn, d.familyColumn] : [d.studentColumn], d.dateFrom === 'column' ? [d.dateColumn] : []]
      .flat()
      .filter((c) => c !== '')
      .map(columnKey),
  );
  return headers.filter((h) => h.trim() !== '' && !taken.has(columnKey(h)));
}

/** The item values a long file's item column holds, as far as the inspection shows them. */
export function itemValues(d: ScoresDraft, inspection: ScoresInspection): string[] {
  const out: string[] = [];
  const add = (v: string) => {
    const t = v.trim();
    if (t !== '' && !out.includes(t)) out.push(t);
  };
  const g = inspection.guessed;
  if (g.shape.type === 'long' && columnKey(g.shape.itemColumn) === columnKey(d.itemColumn)) {
    for (const c of g.competencies) c.columns.forEach(add);
  }
  const at = inspection.headers.findIndex((h) => columnKey(h) === columnKey(d.itemColumn));
  if (at >= 0) for (const r of inspection.sampleRows) add(r[at] ?? '');
  for (const p of Object.values(d.picks)) p.columns.forEach(add);
  return out;
}

/** "This file changed", in lines: what is gone, what is new, what seems renamed. */
export function changeLines(check: HeaderCheck): string[] {
  if (check.type === 'same') return [];
  const renamed = new Set(check.renamed.flatMap((r) => [r.from, r.to]));
  const lines: string[] = check.renamed.map((r) => t('scores-change-renamed', { from: r.from, to: r.to }));
  const missing = check.missing.filter((m) => !renamed.has(m));
  const added = check.added.filter((a) => !renamed.has(a));
  if (missing.length > 0) lines.push(t('scores-change-gone', { columns: quotedList(missing) }));
  if (added.length > 0) lines.push(t('scores-change-new', { columns: quotedList(added) }));
  if (check.unusable.length > 0) lines.push(t('scores-change-unusable', { columns: quotedList(check.unusable) }));
  return lines;
}

/** A score as the preview shows it: "85", "7.5" (to a tenth, in the UI's language). */
export function formatScore(x: number): string {
  return formatNumber(Math.round(x * 10) / 10, { maximumFractionDigits: 1, useGrouping: false });
}

/** The preview's table: one row per student, one column per competency, in file order. */
export interface PlanTable {
  competencies: { id: string; name: string }[];
  rows: { studentId: string; name: string; cells: Record<string, PlannedEvidence[]> }[];
}

export function planTable(plan: ScoresPlan): PlanTable {
  const competencies: PlanTable['competencies'] = [];
  const rows: PlanTable['rows'] = [];
  for (const e of plan.evidence) {
    if (!competencies.some((c) => c.id === e.competencyId)) competencies.push({ id: e.competencyId, name: e.competency });
    let row = rows.find((r) => r.studentId === e.studentId);
    if (!row) {
      row = { studentId: e.studentId, name: e.studentName, cells: {} };
      rows.push(row);
    }
    (row.cells[e.competencyId] ??= []).push(e);
  }
  return { competencies, rows };
}

/** One planned piece of evidence in a cell: "Proficient (3) · 85". */
export function evidenceCell(e: PlannedEvidence): string {
  return `${e.levelLabel || formatLevel(e.level)} · ${formatScore(e.score)}`;
}

/** Where a planned score came from, one line per source, for the cell's tooltip. */
export function evidenceSources(e: PlannedEvidence): string {
  return e.sources.map((s) => t('scores-source', { line: s.line, column: s.column, value: s.value })).join('\n');
}

/** The preview's summary line. */
export function scoresPlanSummary(c: ScoresCounts): string {
  const parts: string[] = [];
  if (c.evidenceNew > 0) parts.push(t('scores-plan-evidence', { count: c.evidenceNew, students: c.studentsMatched }));
  if (c.evidenceAlready > 0) parts.push(t('scores-plan-already', { count: c.evidenceAlready }));
  if (c.rowsUnmatched > 0) parts.push(t('scores-plan-unmatched', { count: c.rowsUnmatched }));
  if (c.problems > 0) parts.push(t('scores-plan-left-out', { count: c.problems }));
  if (c.evidenceNew === 0) {
    const lead = c.evidenceAlready > 0 ? t('scores-plan-nothing-new') : t('scores-plan-no-evidence');
    return t('imports-sentence', { text: [lead, ...parts].join('; ') });
  }
  const text = formatList(parts);
  return t('imports-sentence', { text: `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}` });
}
