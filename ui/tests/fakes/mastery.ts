// An in-memory stand-in for the mastery commands (class_frameworks, mastery_grid,
// cell_detail, competency_summary and the writes), for the Mastery page's tests, as the
// generated command interface types them (see ./commands.ts). It keeps
// evidence, overrides and methods in memory, records every call, and can reject the next
// call of a command with an AppError. Levels are calculated with the UI's own
// explainCalculation (its formulas are pinned against the backend's in mastery.test.ts).
import type { AppError } from '../../src/api';
import type {
  Band,
  CellDetail,
  CellResult,
  ClassView,
  CompetencySummary,
  EvidenceView,
  FrameworkView,
  GridCompetency,
  GridStrand,
  MasteryGrid,
  Method,
  NodeView,
  OverrideView,
  Scale,
  Status,
  StudentView,
} from '../../src/bindings';
import { explainCalculation } from './masteryCalc';
import { evidenceView, studentOf } from './evidence';
import { defaultMethod, METHOD_NAMES, sameMethod } from '../../src/lib/methods';
import { switchboard, type Call, type FakeCommands, type Rejection, type Switchboard } from './commands';

export function defaultScale(): Scale {
  const labels: [number, string][] = [
    [0, 'No evidence'],
    [0.5, 'Emerging'],
    [1, 'Beginning'],
    [1.5, 'Beginning+'],
    [2, 'Developing'],
    [2.5, 'Developing+'],
    [3, 'Proficient'],
    [3.5, 'Proficient+'],
    [4, 'Advanced'],
  ];
  return { levels: labels.map(([value, label]) => ({ value, label, descriptor: '' })), threshold: 3 };
}

export interface FakeCompetency {
  id: string;
  frameworkId: string;
  code: string;
  label: string;
  statement: string;
  strandIds: string[];
  /** The competency's own method, or null to use the framework's. */
  method: Method | null;
}

export interface MasteryFake {
  cls: ClassView;
  frameworks: FrameworkView[];
  students: StudentView[];
  strands: (GridStrand & { parentId: string | null })[];
  competencies: FakeCompetency[];
  evidence: (EvidenceView & { deleted?: boolean })[];
  overrides: (OverrideView & { studentId: string; competencyId: string })[];
  /** What export_grid_csv resolves to. */
  exportResult: string | null;
  calls: Call[];
  callsOf: Switchboard['callsOf'];
  failNext(cmd: string, error: Rejection): void;
  handle(cmd: string, args?: Record<string, unknown>): Promise<unknown>;
}

let seq = 0;
const newId = (p: string) => `${p}-${++seq}`;

/** A student as the backend lists one (the Evidence page's fake makes them the same way). */
export const makeStudent = studentOf;

export function makeFramework(title: string, method: Method = { name: 'decaying_average', rate: 0.65 }): FrameworkView {
  return {
    id: newId('fw'),
    title,
    subject: 'Maths',
    scale: defaultScale(),
    method,
    caseIdentifier: '',
    caseVersion: '',
    archived: false,
    competencyCount: 0,
    creditFromLater: false,
  };
}

export function masteryFake(init: {
  cls?: ClassView;
  frameworks?: FrameworkView[];
  students?: StudentView[];
  strands?: (GridStrand & { parentId: string | null })[];
  competencies?: FakeCompetency[];
  evidence?: EvidenceView[];
}): MasteryFake {
  const sb = switchboard();
  const cls: ClassView = init.cls ?? {
    id: 'class-1',
    name: 'Period 3',
    subject: 'Maths',
    gradeLevel: '7',
    archived: false,
    studentCount: init.students?.length ?? 0,
  };

  const f: MasteryFake = {
    cls,
    frameworks: init.frameworks ?? [],
    students: init.students ?? [],
    strands: init.strands ?? [],
    competencies: init.competencies ?? [],
    evidence: init.evidence ?? [],
    overrides: [],
    exportResult: null,
    calls: sb.calls,
    callsOf: sb.callsOf,
    failNext: sb.failNext,
    handle: (cmd, args) => sb.serve(commands, cmd, args),
  };

  /** The view the backend answers, without the fake's own deleted mark. */
  const bare = ({ deleted: _deleted, ...e }: MasteryFake['evidence'][number]): EvidenceView => e;
  const commands: FakeCommands = {
    class_frameworks: () => f.frameworks.map((fw) => ({ ...fw })),
    mastery_grid: () => grid(),
    cell_detail: ({ studentId, competencyId }) => detail(studentId, competencyId),
    competency_summary: ({ competencyId }) => summary(competencyId),
    set_framework_method: ({ id, method }) => {
      const fw = f.frameworks.find((x) => x.id === id);
      if (!fw) throw { code: 'not_found', message: 'There is no such framework.' } satisfies AppError;
      fw.method = method;
      return { ...fw };
    },
    set_node_method: ({ id, method }) => {
      const c = f.competencies.find((x) => x.id === id);
      if (!c) throw { code: 'not_found', message: 'There is no such competency.' } satisfies AppError;
      c.method = method;
      return node(c);
    },
    update_evidence: ({ id, input }) => {
      const ev = f.evidence.find((e) => e.id === id && !e.deleted);
      if (!ev) throw { code: 'not_found', message: 'That evidence was deleted.' } satisfies AppError;
      Object.assign(ev, evidenceView(id, input));
      return bare(ev);
    },
    delete_evidence: ({ id }) => {
      const ev = f.evidence.find((e) => e.id === id && !e.deleted);
      if (!ev) throw { code: 'not_found', message: 'That evidence was already deleted.' } satisfies AppError;
      ev.deleted = true;
      return null;
    },
    restore_evidence: ({ id }) => {
      const ev = f.evidence.find((e) => e.id === id);
      if (!ev) throw { code: 'not_found', message: 'There is no such evidence.' } satisfies AppError;
      ev.deleted = false;
      return bare(ev);
    },
    set_status_override: ({ studentId, competencyId, input }) => {
      const reason = input.reason ?? '';
      if (input.status !== null && reason.trim() === '') {
        throw {
          code: 'invalid',
          message: 'Say why you are overriding the status; the reason is kept with it.',
          field: 'reason',
        } satisfies AppError;
      }
      f.overrides.unshift({ id: newId('ovr'), studentId, competencyId, status: input.status, reason, date: input.date });
      return overridesOf(studentId, competencyId);
    },
    export_grid_csv: () => f.exportResult,
  };

  function frameworkOf(c: FakeCompetency): FrameworkView {
    const fw = f.frameworks.find((x) => x.id === c.frameworkId);
    if (!fw) throw new Error(`no framework ${c.frameworkId}`);
    return fw;
  }
  function methodOf(c: FakeCompetency): Method {
    return c.method ?? frameworkOf(c).method;
  }
  function liveEvidence(studentId: string, competencyId: string): EvidenceView[] {
    return f.evidence
      .filter((e) => !e.deleted && e.studentId === studentId && e.competencyId === competencyId)
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
      .map(({ deleted: _deleted, ...e }) => e);
  }
  function overridesOf(studentId: string, competencyId: string): OverrideView[] {
    return f.overrides
      .filter((o) => o.studentId === studentId && o.competencyId === competencyId)
      .map(({ id, status, reason, date }) => ({ id, status, reason, date }));
  }
  function result(studentId: string, c: FakeCompetency): CellResult {
    const ev = liveEvidence(studentId, c.id);
    const scale = frameworkOf(c).scale;
    const method = methodOf(c);
    const scores = ev.map((e) => e.level);
    const level = explainCalculation(method, scores, scale).level;
    let calculated: Status = 'not_started';
    let masteredOn: string | null = null;
    if (ev.length > 0) {
      calculated = level !== null && level >= scale.threshold - 1e-9 ? 'mastered' : 'progressing';
      if (calculated === 'mastered') {
        for (let k = 1; k <= ev.length; k++) {
          const l = explainCalculation(method, scores.slice(0, k), scale).level;
          if (l !== null && l >= scale.threshold - 1e-9) {
            masteredOn = ev[k - 1]!.date;
            break;
          }
        }
      }
    }
    const override = overridesOf(studentId, c.id)[0]?.status ?? null;
    const overridden = override !== null;
    return {
      level,
      count: ev.length,
      status: override ?? calculated,
      calculatedStatus: calculated,
      masteredOn,
      overridden,
    };
  }
  function node(c: FakeCompetency): NodeView {
    return {
      id: c.id,
      frameworkId: c.frameworkId,
      parentId: c.strandIds[c.strandIds.length - 1] ?? null,
      position: 0,
      method: c.method,
      caseIdentifier: '',
      archived: false,
      kind: 'competency',
      code: c.code,
      label: c.label,
      statement: c.statement,
      gradeLevels: [],
    };
  }
  function strandNode(s: GridStrand & { parentId: string | null }): NodeView {
    return {
      id: s.id,
      frameworkId: s.frameworkId,
      parentId: s.parentId,
      position: 0,
      method: null,
      caseIdentifier: '',
      archived: false,
      kind: 'strand',
      code: s.code,
      label: s.label,
      statement: '',
      gradeLevels: [],
    };
  }
  function grid(): MasteryGrid {
    const students = f.students.filter((s) => !s.archived);
    const competencies: GridCompetency[] = f.competencies.map((c) => ({
      id: c.id,
      frameworkId: c.frameworkId,
      code: c.code,
      label: c.label,
      statement: c.statement,
      strandIds: [...c.strandIds],
      method: methodOf(c),
      threshold: frameworkOf(c).scale.threshold,
    }));
    return {
      students: students.map((s) => ({ id: s.id, displayName: s.displayName })),
      competencies,
      strands: f.strands.map(({ parentId: _p, ...s }) => s),
      cells: students.map((s) => f.competencies.map((c) => result(s.id, c))),
    };
  }
  function detail(studentId: string, competencyId: string): CellDetail {
    const student = f.students.find((s) => s.id === studentId);
    const c = f.competencies.find((x) => x.id === competencyId);
    if (!student || !c) throw { code: 'not_found', message: 'There is no such student or competency.' } satisfies AppError;
    const fw = frameworkOf(c);
    const method = methodOf(c);
    const ev = liveEvidence(studentId, competencyId);
    const scores = ev.map((e) => e.level);
    const whatIf = METHOD_NAMES.map((name) => {
      const m = name === method.name ? method : defaultMethod(name);
      const w = explainCalculation(m, scores, fw.scale);
      return {
        method: m,
        level: w.level,
        noResult: w.level === null ? { id: '', args: { text: scores.length === 0 ? 'No evidence yet.' : 'No result yet.' } } : null,
        current: sameMethod(m, method),
      };
    });
    return {
      student: { ...student },
      competency: node(c),
      strands: c.strandIds
        .map((id) => f.strands.find((s) => s.id === id))
        .filter((s): s is GridStrand & { parentId: string | null } => s !== undefined)
        .map(strandNode),
      scale: fw.scale,
      method,
      methodIsOverride: c.method !== null && !sameMethod(c.method, fw.method),
      evidence: ev,
      result: result(studentId, c),
      working: explainCalculation(method, scores, fw.scale),
      trend: scores.map((_, k) => explainCalculation(method, scores.slice(0, k + 1), fw.scale).level),
      whatIf,
      overrides: overridesOf(studentId, competencyId),
    };
  }
  function summary(competencyId: string): CompetencySummary {
    const c = f.competencies.find((x) => x.id === competencyId);
    if (!c) throw { code: 'not_found', message: 'There is no such competency.' } satisfies AppError;
    const fw = frameworkOf(c);
    const t = fw.scale.threshold;
    const students = f.students
      .filter((s) => !s.archived)
      .map((s) => {
        const r = result(s.id, c);
        const band: Band | null = r.level === null ? null : r.level < t - 1 ? 'reteach' : r.level < t ? 'practice' : 'extend';
        return { id: s.id, displayName: s.displayName, result: r, band };
      })
      .sort((a, b) => {
        if (a.result.level === null) return b.result.level === null ? 0 : 1;
        if (b.result.level === null) return -1;
        return a.result.level - b.result.level;
      });
    const distribution = fw.scale.levels.map((l) => ({ value: l.value, label: l.label, count: 0 }));
    let noResult = 0;
    for (const s of students) {
      if (s.result.level === null) {
        noResult++;
        continue;
      }
      const level = s.result.level;
      const slot = [...distribution].reverse().find((d) => d.value <= level + 1e-9) ?? distribution[0];
      if (slot) slot.count++;
    }
    return { competency: node(c), scale: fw.scale, method: methodOf(c), students, distribution, noResult };
  }

  return f;
}

/** Evidence for a student on a competency. */
export function ev(
  studentId: string,
  competencyId: string,
  level: number,
  date: string,
  kind: EvidenceView['kind'] = 'quiz',
  note = '',
): EvidenceView {
  return { id: newId('ev'), studentId, competencyId, level, date, kind, note };
}

/** A class of `rows` students × `cols` competencies in one framework with two strands. */
export function bigClass(rows: number, cols: number, withEvidence = true): MasteryFake {
  const fw = makeFramework('Big framework');
  const classId = 'class-big';
  const students = Array.from({ length: rows }, (_, i) => makeStudent(classId, `Student${i + 1}`, `Family${i + 1}`));
  const strands = [
    { id: 'strand-a', frameworkId: fw.id, code: 'A', label: 'Strand A', depth: 0, parentId: null },
    { id: 'strand-b', frameworkId: fw.id, code: 'B', label: 'Strand B', depth: 0, parentId: null },
  ];
  const competencies: FakeCompetency[] = Array.from({ length: cols }, (_, j) => ({
    id: `comp-${j + 1}`,
    frameworkId: fw.id,
    code: `${j < cols / 2 ? 'A' : 'B'}.${j + 1}`,
    label: `Competency ${j + 1}`,
    statement: `Statement ${j + 1}`,
    strandIds: [j < cols / 2 ? 'strand-a' : 'strand-b'],
    method: null,
  }));
  const evidence: EvidenceView[] = [];
  if (withEvidence) {
    students.forEach((s, i) =>
      competencies.forEach((c, j) => {
        if ((i + j) % 3 !== 0) evidence.push(ev(s.id, c.id, ((i + j) % 9) / 2, '2025-02-01'));
      }),
    );
  }
  return masteryFake({
    cls: { id: classId, name: 'Big class', subject: '', gradeLevel: '', archived: false, studentCount: rows },
    frameworks: [fw],
    students,
    strands,
    competencies,
    evidence,
  });
}
