// An in-memory stand-in for the scores and framework import commands, for the import dialog's
// tests. It shares the roster fake's import log (so `last_file_import` and undo see every kind)
// and the fake backend's classes and students, and adds one framework attached to chosen
// classes (`class_frameworks` / `list_nodes`, as the Evidence page reads them), saved column
// maps recognized by their header, scores planned and written as evidence, and canned CASE
// and table reports.
import type {
  CaseImportReport,
  ClassView,
  FrameworkFileReport,
  FrameworkView,
  HeaderCheck,
  ImportProgress,
  NodeView,
  PlannedEvidence,
  RowProblem,
  SavedMap,
  Scale,
  ScoresCounts,
  ScoresInspection,
  ScoresMap,
  ScoresPlan,
  StudentView,
  UnmatchedStudent,
} from '../../src/bindings';
import { columnKey, defaultCuts, missingColumns } from '../../src/lib/scoresMap';
import { clone, type FakeCommands } from './commands';
import type { ImportsFake } from './imports';

/** The files the fake reads. */
export const SCORES_PATH = '/files/unit3-quiz.csv';
/** Same header, other scores. */
export const RETAKE_PATH = '/files/unit3-retake.csv';
/** "Quiz A" renamed to "Question A". */
export const RENAMED_PATH = '/files/unit3-renamed.csv';
export const CASE_PATH = '/files/sample-math-6.json';
export const TABLE_PATH = '/files/math-codes.csv';

const SCALE: Scale = {
  levels: [
    { value: 1, label: 'Beginning', descriptor: '' },
    { value: 2, label: 'Developing', descriptor: '' },
    { value: 3, label: 'Proficient', descriptor: '' },
    { value: 4, label: 'Advanced', descriptor: '' },
  ],
  threshold: 3,
};

interface Sheet {
  file: string;
  headers: string[];
  rows: string[][];
}

const SHEETS: Record<string, Sheet> = {
  [SCORES_PATH]: {
    file: 'unit3-quiz.csv',
    headers: ['Timestamp', 'Student', 'Quiz A', 'Quiz B'],
    rows: [
      ['2026-09-01', 'Ana Ruiz', '95', '40'],
      ['2026-09-01', 'Bo Park', '55', 'absent'],
      ['2026-09-01', 'Nobody Here', '70', '70'],
    ],
  },
  [RETAKE_PATH]: {
    file: 'unit3-retake.csv',
    headers: ['Timestamp', 'Student', 'Quiz A', 'Quiz B'],
    rows: [['2026-09-08', 'Ana Ruiz', '85', '85']],
  },
  [RENAMED_PATH]: {
    file: 'unit3-renamed.csv',
    headers: ['Timestamp', 'Student', 'Question A', 'Quiz B'],
    rows: [['2026-09-08', 'Ana Ruiz', '85', '85']],
  },
};

export interface FileImportsFake {
  commands: FakeCommands;
  framework: FrameworkView;
  nodes: NodeView[];
  /** Classes the framework is attached to. */
  attachedTo: string[];
  /** Evidence written by scores imports. */
  evidence: PlannedEvidence[];
  savedMaps: SavedMap[];
  /** Frameworks written by framework imports (titles). */
  imported: string[];
}

export interface FileImportsStore {
  classes: ClassView[];
  students: StudentView[];
}

function node(id: string, code: string, label: string, position: number): NodeView {
  return { id, frameworkId: 'fw-math', parentId: null, position, kind: 'competency', code, label, statement: `${label}.`, gradeLevels: [], method: null, caseIdentifier: '', archived: false };
}

function read(path: string): Sheet {
  const sheet = SHEETS[path];
  if (!sheet) throw { code: 'invalid', message: `${path.split('/').pop()} is not a CSV or Excel file Waypoint can read.` };
  return sheet;
}

function guess(sheet: Sheet): ScoresMap {
  return {
    shape: { type: 'wide' },
    student: { by: 'name', column: 'Student' },
    competencies: sheet.headers.filter((h) => h.startsWith('Qu')).map((h) => ({ competency: '', columns: [h], combine: 'average' })),
    conversion: { type: 'percent', cuts: [] },
    kind: 'quiz',
    date: { type: 'column', column: 'Timestamp', dayFirst: false },
  };
}

function check(saved: SavedMap, headers: string[], map: ScoresMap): HeaderCheck {
  const have = new Set(headers.map(columnKey));
  const had = new Set(saved.headers.map(columnKey));
  const missing = saved.headers.filter((h) => !have.has(columnKey(h)));
  const added = headers.filter((h) => !had.has(columnKey(h)));
  if (missing.length === 0 && added.length === 0) return { type: 'same' };
  const renamed = missing.flatMap((from) => {
    const to = headers[saved.headers.indexOf(from)];
    return to !== undefined && added.includes(to) ? [{ from, to }] : [];
  });
  return { type: 'changed', missing, added, renamed, unusable: missingColumns(map, headers) };
}

function level(percent: number, cuts: { minPercent: number; level: number }[]): number {
  const use = cuts.length > 0 ? cuts : defaultCuts(SCALE);
  let out = SCALE.levels[0]!.value;
  for (const c of [...use].sort((a, b) => a.minPercent - b.minPercent)) if (percent >= c.minPercent) out = c.level;
  return out;
}

export function fileImportsFake(store: FileImportsStore, rosters: ImportsFake): FileImportsFake {
  const history = new Map<number, () => void>();

  function plan(path: string, classId: string, map: ScoresMap): ScoresPlan {
    const sheet = read(path);
    const gone = missingColumns(map, sheet.headers);
    if (gone.length > 0) throw { code: 'invalid', message: `The map reads ${gone.join(', ')}, which ${sheet.file} does not have.` };
    if (map.student.by !== 'name') throw { code: 'invalid', message: 'The fake finds students by name only.' };
    const col = (name: string) => sheet.headers.findIndex((h) => columnKey(h) === columnKey(name));
    const nameAt = col(map.student.column);
    const students = store.students.filter((s) => s.classId === classId && !s.archived);
    const evidence: PlannedEvidence[] = [];
    const unmatched: UnmatchedStudent[] = [];
    const problems: RowProblem[] = [];
    sheet.rows.forEach((row, i) => {
      const line = i + 2;
      const who = row[nameAt] ?? '';
      const s = students.find((x) => x.displayName === who);
      if (!s) {
        unmatched.push({ line, value: who, reason: { id: 'import-scores-no-student', args: { by: 'name' } } });
        return;
      }
      const date = map.date.type === 'column' ? (row[col(map.date.column)] ?? '') : map.date.date;
      for (const c of map.competencies) {
        const n = fakeNodes.find((x) => x.id === c.competency || x.code === c.competency);
        if (!n) throw { code: 'invalid', message: `The class has no competency ${c.competency}.` };
        const cells = c.columns.map((name) => ({ line, column: name, value: row[col(name)] ?? '' }));
        const bad = cells.filter((x) => !/^\d+(\.\d+)?$/.test(x.value.trim()));
        for (const b of bad) {
          const reason = { id: 'import-scores-not-a-score', args: { line, column: b.column, value: b.value, competency: n.code } };
          problems.push({ file: sheet.file, line, reason, level: 'skipped' });
        }
        const good = cells.filter((x) => !bad.includes(x)).map((x) => Number(x.value));
        if (good.length === 0) continue;
        const score = c.combine === 'sum' ? good.reduce((a, b) => a + b, 0) : good.reduce((a, b) => a + b, 0) / good.length;
        const lv = level(score, map.conversion.type === 'vendor' ? [] : map.conversion.cuts);
        const note = `Imported from ${sheet.file}`;
        const alreadyThere = f.evidence.some((e) => e.studentId === s.id && e.competencyId === n.id && e.date === date && e.level === lv && e.note === note);
        evidence.push({ studentId: s.id, studentName: s.displayName, competencyId: n.id, competency: n.code, score, level: lv, levelLabel: SCALE.levels.find((l) => l.value === lv)!.label, date, kind: map.kind, note, sources: cells, alreadyThere });
      }
    });
    const counts: ScoresCounts = {
      evidenceNew: evidence.filter((e) => !e.alreadyThere).length,
      evidenceAlready: evidence.filter((e) => e.alreadyThere).length,
      studentsMatched: new Set(evidence.map((e) => e.studentId)).size,
      rowsUnmatched: unmatched.length,
      problems: problems.length,
    };
    return { source: sheet.file, evidence, unmatched, unmappedItems: [], problems, counts };
  }

  /** Records an import in the shared log (the only undoable one now), with its undo. */
  function record(kind: 'scores' | 'framework', source: string, summary: Record<string, number>, undo: () => void) {
    for (const i of rosters.imports) i.canUndo = false;
    const id = rosters.imports.length + 1;
    rosters.imports.push({ id, kind, source, atMs: Date.UTC(2026, 8, 1, 9), summary, canUndo: true, undone: false });
    history.set(id, undo);
    return clone(rosters.imports[rosters.imports.length - 1]!);
  }

  function frameworkReport(path: string, dryRun: boolean): FrameworkFileReport {
    if (path === CASE_PATH) {
      const report: CaseImportReport = {
        frameworkId: 'fw-case',
        title: 'Sample Math 6',
        updatedExisting: false,
        created: 12,
        updated: 0,
        unchanged: 0,
        retired: 0,
        missingParents: [],
        extraParents: 0,
        prerequisitesAdded: 2,
        prerequisitesSkipped: 0,
        warnings: [
          {
            field: 'subject',
            items: ['the CFDocument'],
            message: { id: 'core-case-text-for-list', args: { field: 'subject', who: { id: 'core-names-one', args: { name: 'the CFDocument' } } } },
          },
          {
            field: 'sequenceNumber',
            items: ['6.EE.A.1'],
            message: { id: 'core-case-text-for-number', args: { field: 'sequenceNumber', who: { id: 'core-names-one', args: { name: '6.EE.A.1' } } } },
          },
        ],
        dryRun,
      };
      return { kind: 'case', report };
    }
    if (path === TABLE_PATH) {
      const problems: RowProblem[] = [{ file: 'math-codes.csv', line: 4, reason: { id: 'import-framework-no-code', args: {} }, level: 'skipped' }];
      return { kind: 'table', report: { frameworkId: 'fw-table', title: 'math-codes', updatedExisting: false, created: 5, updated: 0, unchanged: 0, retired: 0, problems, dryRun } };
    }
    throw { code: 'invalid', message: `${path.split('/').pop()} is neither a CASE package nor a framework table.` };
  }

  const fakeNodes = [node('comp-ratios', '6.RP.1', 'Ratios', 0), node('comp-rates', '6.RP.2', 'Unit rates', 1)];
  const baseUndo = rosters.commands.undo_file_import!;

  const commands: FakeCommands = {
    class_frameworks: ({ classId }) => (f.attachedTo.includes(classId) ? [clone(f.framework)] : []),
    list_nodes: ({ frameworkId }) => (frameworkId === f.framework.id ? clone(f.nodes) : []),
    inspect_scores_import: ({ path }): ScoresInspection => {
      const sheet = read(path);
      const fits = f.savedMaps
        .map((m) => ({ name: m.name, map: m.map as unknown as ScoresMap, check: check(m, sheet.headers, m.map as unknown as ScoresMap) }))
        .sort((a, b) => (a.check.type === 'same' ? -1 : 0) - (b.check.type === 'same' ? -1 : 0));
      return { file: sheet.file, headers: [...sheet.headers], sampleRows: clone(sheet.rows), rowCount: sheet.rows.length, recognized: fits[0] ?? null, guessed: guess(sheet), warnings: [] };
    },
    preview_scores_import: ({ path, classId, map }) => plan(path, classId, map),
    apply_scores_import: ({ path, classId, map, onProgress }) => {
      const p = plan(path, classId, map);
      const fresh = p.evidence.filter((e) => !e.alreadyThere);
      const progress = onProgress as unknown as { onmessage: (m: ImportProgress) => void };
      fresh.forEach((_, i) => progress.onmessage({ done: i + 1, total: fresh.length }));
      if (fresh.length === 0) return { counts: p.counts, import: null };
      const before = f.evidence.length;
      f.evidence.push(...clone(fresh));
      const view = record('scores', p.source, { ...p.counts }, () => f.evidence.splice(before));
      return { counts: p.counts, import: view };
    },
    save_scores_map: ({ name, headers, map }) => {
      const saved: SavedMap = { name, headers: [...headers], map: clone(map) as unknown as SavedMap['map'], updatedAtMs: Date.UTC(2026, 8, 1, 9) };
      f.savedMaps = [saved, ...f.savedMaps.filter((m) => m.name !== name)];
      return clone(saved);
    },
    preview_framework_import: ({ path }) => frameworkReport(path, true),
    apply_framework_import: ({ path, classId }) => {
      const report = frameworkReport(path, false);
      f.imported.push(report.report.title);
      if (classId !== null) f.attachedTo.push(classId);
      record('framework', report.report.title, { nodesNew: report.report.created }, () => {
        f.imported.pop();
        if (classId !== null) f.attachedTo.pop();
      });
      return report;
    },
    undo_file_import: (args) => {
      const undo = history.get(args.id);
      if (!undo) return baseUndo(args);
      const entry = rosters.imports.find((i) => i.id === args.id)!;
      if (rosters.refuseUndo !== null) throw { code: 'invalid', message: rosters.refuseUndo };
      if (!entry.canUndo) throw { code: 'invalid', message: 'Only the last import can be undone.' };
      undo();
      history.delete(args.id);
      entry.canUndo = false;
      entry.undone = true;
      return clone(entry);
    },
  };

  const f: FileImportsFake = {
    commands,
    framework: { id: 'fw-math', title: 'Grade 6 Math', subject: 'Math', scale: SCALE, method: { name: 'latest' }, caseIdentifier: '', caseVersion: '', archived: false, competencyCount: 2, creditFromLater: false },
    nodes: fakeNodes,
    attachedTo: [],
    evidence: [],
    savedMaps: [],
    imported: [],
  };
  return f;
}
