// An in-memory stand-in for the framework and evidence commands the Evidence
// page uses. It implements the generated command interface (see ./commands.ts):
// levels are checked against the framework's scale, unknown ids are not_found,
// and a test can make one command fail.
import type {
  Band,
  CellResult,
  ClassView,
  CompetencySummary,
  EvidenceInput,
  EvidenceView,
  FrameworkView,
  NodeView,
  Scale,
  StudentView,
} from '../../src/bindings';
import { switchboard, type Call, type FakeCommands, type Rejection, type Switchboard } from './commands';

let seq = 0;
const newId = (p: string) => `${p}-${++seq}`;

export function defaultScale(): Scale {
  const labels: Record<number, string> = {
    0: 'No evidence',
    0.5: 'Beginning−',
    1: 'Beginning',
    1.5: 'Beginning+',
    2: 'Developing',
    2.5: 'Developing+',
    3: 'Proficient',
    3.5: 'Proficient+',
    4: 'Advanced',
  };
  return {
    levels: Object.entries(labels)
      .map(([v, label]) => ({ value: Number(v), label, descriptor: '' }))
      .sort((a, b) => a.value - b.value),
    threshold: 3,
  };
}

export function wholeScale(): Scale {
  return {
    levels: [1, 2, 3, 4].map((v) => ({ value: v, label: `Level ${v}`, descriptor: '' })),
    threshold: 3,
  };
}

export function classOf(name: string): ClassView {
  return { id: newId('class'), name, subject: 'Math', gradeLevel: '7', archived: false, studentCount: 0 };
}

export function studentOf(classId: string, given: string, family: string): StudentView {
  return {
    id: newId('student'),
    classId,
    givenName: given,
    familyName: family,
    preferredName: '',
    birthDate: '',
    studentNumber: '',
    email: '',
    grade: '',
    archived: false,
    displayName: `${given} ${family}`,
  };
}

export function frameworkOf(title: string, scale: Scale = defaultScale()): FrameworkView {
  return {
    id: newId('fw'),
    title,
    subject: 'Math',
    scale,
    method: { name: 'latest' },
    caseIdentifier: '',
    caseVersion: '',
    archived: false,
    competencyCount: 0,
    creditFromLater: false,
  };
}

export function nodeOf(
  frameworkId: string,
  kind: 'strand' | 'competency',
  code: string,
  label: string,
  parentId: string | null = null,
): NodeView {
  return {
    id: newId(kind),
    frameworkId,
    parentId,
    position: 0,
    kind,
    code,
    label,
    statement: `${label} statement`,
    gradeLevels: [],
    method: null,
    caseIdentifier: '',
    archived: false,
  };
}

export interface EvidenceFake {
  frameworks: FrameworkView[];
  nodes: NodeView[];
  students: StudentView[];
  /** classId → attached framework ids */
  attached: Map<string, string[]>;
  evidence: EvidenceView[];
  deleted: EvidenceView[];
  calls: Call[];
  callsOf: Switchboard['callsOf'];
  failNext(cmd: string, error: Rejection): void;
  handle(cmd: string, args?: Record<string, unknown>): Promise<unknown>;
}

/** A piece of evidence as the backend keeps it: serde's defaults for a left-out kind or note. */
export function evidenceView(id: string, input: EvidenceInput): EvidenceView {
  return { ...input, id, kind: input.kind ?? 'observation', note: input.note ?? '' };
}

export function evidenceBackend(init: {
  frameworks?: FrameworkView[];
  nodes?: NodeView[];
  students?: StudentView[];
  attached?: [string, string[]][];
}): EvidenceFake {
  const sb = switchboard({ copyArgs: true });
  const scaleOf = (competencyId: string): Scale => {
    const n = b.nodes.find((x) => x.id === competencyId);
    if (!n) throw { code: 'not_found', message: 'That competency no longer exists.' };
    if (n.kind !== 'competency') throw { code: 'invalid', message: 'Evidence is recorded on a competency, not on a strand.', field: 'competencyId' };
    return b.frameworks.find((f) => f.id === n.frameworkId)!.scale;
  };
  const check = (input: EvidenceInput) => {
    const scale = scaleOf(input.competencyId);
    if (!scale.levels.some((l) => Math.abs(l.value - input.level) < 1e-9)) {
      throw { code: 'invalid', message: `${input.level} is not a level on this scale.`, field: 'level' };
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw { code: 'invalid', message: 'Date must be a date.', field: 'date' };
    if (!b.students.some((s) => s.id === input.studentId)) throw { code: 'not_found', message: 'No such student.' };
  };
  const b: EvidenceFake = {
    frameworks: init.frameworks ?? [],
    nodes: init.nodes ?? [],
    students: init.students ?? [],
    attached: new Map(init.attached ?? []),
    evidence: [],
    deleted: [],
    calls: sb.calls,
    callsOf: sb.callsOf,
    failNext: sb.failNext,
    handle: (cmd, args) => sb.serve(commands, cmd, args),
  };

  const findEvidence = (id: string) => {
    const i = b.evidence.findIndex((e) => e.id === id);
    if (i < 0) throw { code: 'not_found', message: 'That evidence no longer exists.' };
    return i;
  };
  const commands: FakeCommands = {
    class_frameworks: ({ classId }) => {
      const ids = b.attached.get(classId) ?? [];
      return b.frameworks.filter((f) => ids.includes(f.id));
    },
    list_nodes: ({ frameworkId, includeArchived }) =>
      b.nodes.filter((n) => n.frameworkId === frameworkId && (includeArchived || !n.archived)),
    list_students: ({ classId, includeArchived }) =>
      b.students.filter((s) => s.classId === classId && (includeArchived || !s.archived)),
    record_evidence: ({ input }) => {
      check(input);
      const ev = evidenceView(newId('ev'), input);
      b.evidence.push(ev);
      return { ...ev };
    },
    update_evidence: ({ id, input }) => {
      const i = findEvidence(id);
      check(input);
      const ev = evidenceView(id, input);
      b.evidence[i] = ev;
      return { ...ev };
    },
    delete_evidence: ({ id }) => {
      b.deleted.push(...b.evidence.splice(findEvidence(id), 1));
      return null;
    },
    restore_evidence: ({ id }) => {
      const i = b.deleted.findIndex((e) => e.id === id);
      if (i < 0) throw { code: 'not_found', message: 'That evidence no longer exists.' };
      const [ev] = b.deleted.splice(i, 1);
      b.evidence.push(ev!);
      return { ...ev! };
    },
    competency_summary: ({ classId, competencyId }) => summary(classId, competencyId),
  };

  // The fake's method is "latest": the level is the newest piece's level.
  function summary(classId: string, competencyId: string): CompetencySummary {
    const scale = scaleOf(competencyId);
    const node = b.nodes.find((n) => n.id === competencyId)!;
    const students = b.students
      .filter((s) => s.classId === classId && !s.archived)
      .map((s) => {
        const mine = b.evidence.filter((e) => e.studentId === s.id && e.competencyId === competencyId);
        const level = mine.length > 0 ? mine[mine.length - 1]!.level : null;
        const status = level === null ? 'not_started' : level >= scale.threshold ? 'mastered' : 'progressing';
        const result: CellResult = {
          level,
          count: mine.length,
          status,
          calculatedStatus: status,
          masteredOn: null,
          overridden: false,
        };
        const band: Band | null =
          level === null ? null : level < scale.threshold - 1 ? 'reteach' : level < scale.threshold ? 'practice' : 'extend';
        return { id: s.id, displayName: s.displayName, result, band };
      });
    return {
      competency: node,
      scale,
      method: { name: 'latest' },
      students,
      distribution: scale.levels.map((l) => ({ value: l.value, label: l.label, count: 0 })),
      noResult: students.filter((s) => s.result.level === null).length,
    };
  }
  return b;
}

/** A class with one framework (two strands, three competencies) and the given students. */
export function standardSetup(names: [string, string][] = [
  ['Ana', 'López'],
  ['Ben', 'Okafor'],
  ['Cara', 'Nguyen'],
]) {
  const cls = classOf('Period 2');
  const fw = frameworkOf('Grade 7 Math');
  const number = nodeOf(fw.id, 'strand', 'N', 'Number');
  const ratios = nodeOf(fw.id, 'competency', 'N.1', 'Ratios', number.id);
  const percents = nodeOf(fw.id, 'competency', 'N.2', 'Percents', number.id);
  const geometry = nodeOf(fw.id, 'strand', 'G', 'Geometry');
  const area = nodeOf(fw.id, 'competency', 'G.1', 'Area', geometry.id);
  const students = names.map(([g, f]) => studentOf(cls.id, g, f));
  const backend = evidenceBackend({
    frameworks: [fw],
    nodes: [number, ratios, percents, geometry, area],
    students,
    attached: [[cls.id, [fw.id]]],
  });
  return { cls, fw, ratios, percents, area, students, backend };
}
