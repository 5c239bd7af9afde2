// An in-memory stand-in for the classroom commands (groups, stations, rotations, the clock and
// the projector), for the Groups & rotation page's tests. It implements the generated
// command interface (see ./commands.ts):
// suggestions are deterministic (by level on the first target, then name), moves are refused
// for locked groups, stations are checked field by field, rotations follow the rule
// "group g is at station (g + round) mod n", and a hand-set cell is refused when it repeats a
// station for a group or fills a station past its capacity. Every call is recorded; the next
// call of a command can be made to fail or to wait. class_next_steps answers `nextSteps` as set.
import type { AppError } from '../../src/api';
import type {
  ClassNextSteps,
  ClockView,
  GroupCard,
  GroupProposal,
  GroupRequest,
  GroupSetSummary,
  GroupSetView,
  GroupView,
  MasteryGrid,
  RotationInput,
  RotationSummary,
  RotationView,
  StationInput,
  StationView,
  StudentView,
  Message,
} from '../../src/bindings';
import { answeringCopies, switchboard, type Call, type FakeCommands, type Rejection, type Switchboard } from './commands';
const said = (text: string): Message => ({ id: '', args: { text } });

export interface FakeCompetency {
  id: string;
  code: string;
  label: string;
}

export interface ClassroomFake {
  classId: string;
  students: StudentView[];
  competencies: FakeCompetency[];
  /** levels[studentId][competencyId] */
  levels: Record<string, Record<string, number | null>>;
  sets: GroupSetView[];
  deletedSets: GroupSetView[];
  stations: StationView[];
  rotations: RotationView[];
  clock: ClockView;
  /** what group_cards adds to each card's playlists */
  playlists: GroupCard['playlists'];
  projectorOpened: number;
  /** What class_next_steps answers; by default nobody is ready for anything. */
  nextSteps: ClassNextSteps | null;
  calls: Call[];
  callsOf: Switchboard['callsOf'];
  failNext(cmd: string, error: Rejection): void;
  holdNext(cmd: string): () => void;
  handle(cmd: string, args?: Record<string, unknown>): Promise<unknown>;
}

let seq = 0;
export const newId = (p: string) => `${p}-${++seq}`;

export const CLASS_ID = 'class-groups';

export function studentOf(given: string, family: string, classId = CLASS_ID): StudentView {
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
    displayName: `${given} ${family.charAt(0)}.`,
  };
}

export function stationOf(name: string, kind: StationView['kind'], capacity: number | null = null, classId = CLASS_ID): StationView {
  return { id: newId('station'), classId, name, kind, capacity, materials: '', instructions: `Go to ${name}.`, archived: false };
}

const invalid = (message: string, field?: string): AppError =>
  field === undefined ? { code: 'invalid', message } : { code: 'invalid', message, field };
const notFound = (what: string): AppError => ({ code: 'not_found', message: `That ${what} no longer exists.` });

function band(level: number | null): 'reteach' | 'practice' | 'extend' | null {
  if (level === null) return null;
  return level < 2 ? 'reteach' : level < 3 ? 'practice' : 'extend';
}

export function classroomFake(
  init: Partial<Pick<ClassroomFake, 'students' | 'competencies' | 'levels' | 'stations' | 'sets' | 'rotations'>> = {},
): ClassroomFake {
  const sb = switchboard();
  const f: ClassroomFake = {
    classId: CLASS_ID,
    students: init.students ?? [],
    competencies: init.competencies ?? [],
    levels: init.levels ?? {},
    sets: init.sets ?? [],
    deletedSets: [],
    stations: init.stations ?? [],
    rotations: init.rotations ?? [],
    clock: {
      planId: null,
      round: 0,
      rounds: 0,
      phase: 'idle',
      running: false,
      remainingSeconds: 0,
      phaseSeconds: 0,
      chime: true,
      transitions: 0,
    },
    playlists: [],
    projectorOpened: 0,
    nextSteps: null,
    calls: sb.calls,
    callsOf: sb.callsOf,
    failNext: sb.failNext,
    holdNext: sb.holdNext,
    handle: (cmd, args) => sb.serve(commands, cmd, args),
  };

  const studentName = (id: string) => f.students.find((s) => s.id === id)?.displayName ?? id;
  const level = (studentId: string, ids: string[]): number | null => {
    const ls = ids.map((c) => f.levels[studentId]?.[c] ?? null).filter((l): l is number => l !== null);
    return ls.length === 0 ? null : ls.reduce((a, b) => a + b, 0) / ls.length;
  };
  const codeOf = (id: string) => f.competencies.find((c) => c.id === id)?.code ?? id;

  function grid(): MasteryGrid {
    const students = f.students.filter((s) => !s.archived);
    return {
      students: students.map((s) => ({ id: s.id, displayName: s.displayName })),
      competencies: f.competencies.map((c) => ({
        id: c.id,
        frameworkId: 'fw-1',
        code: c.code,
        label: c.label,
        statement: '',
        strandIds: [],
        method: { name: 'latest' },
        threshold: 3,
      })),
      strands: [],
      cells: students.map((s) =>
        f.competencies.map((c) => {
          const l = f.levels[s.id]?.[c.id] ?? null;
          return {
            level: l,
            count: l === null ? 0 : 1,
            status: l === null ? 'not_started' : l >= 3 ? 'mastered' : 'progressing',
            calculatedStatus: l === null ? 'not_started' : l >= 3 ? 'mastered' : 'progressing',
            masteredOn: null,
            overridden: false,
          };
        }),
      ),
    };
  }

  /** Groups by readiness as the backend words them: one group per first next step. */
  function suggestByReadiness(): GroupProposal {
    const steps = f.nextSteps?.students ?? [];
    const byFocus = new Map<string, typeof steps>();
    for (const s of steps) {
      const key = s.next?.code ?? '';
      byFocus.set(key, [...(byFocus.get(key) ?? []), s]);
    }
    if (![...byFocus.keys()].some((k) => k !== ''))
      throw invalid('Nobody in this class is ready for a new competency yet, so there is nothing to group by.', 'byReadiness');
    const groups: GroupProposal['groups'] = [...byFocus.entries()].map(([code, members], i) => ({
      name: `Group ${i + 1}`,
      focus: said(code === '' ? 'Nothing new ready yet: review and extend' : `Ready for ${code}`),
      band: null,
      meanLevel: null,
      teacherLed: false,
      locked: false,
      members: members.map((m) => ({
        studentId: m.studentId,
        displayName: m.displayName,
        level: m.next?.level ?? null,
        reason: m.next?.reason ?? said('nothing new is ready yet'),
      })),
    }));
    return { groups, objective: 0, method: 'exact', absent: [] };
  }

  function suggest(req: GroupRequest): GroupProposal {
    if (req.byReadiness) return suggestByReadiness();
    if (req.competencyIds.length === 0) throw invalid('Choose at least one competency.', 'competencyIds');
    // The fields serde defaults, filled in as it does.
    const keep = (req.keep ?? []).map((k) => ({ name: k.name ?? '', studentIds: k.studentIds ?? [], teacherLed: k.teacherLed ?? false }));
    const teacherLed = req.constraints?.teacherLed ?? [];
    const kept = new Set(keep.flatMap((k) => k.studentIds));
    const absent = new Set(req.constraints?.absent ?? []);
    const pool = f.students
      .filter((s) => !s.archived && !absent.has(s.id) && !kept.has(s.id))
      .map((s) => ({ s, l: level(s.id, req.competencyIds) }))
      .sort((a, b) => (a.l ?? -1) - (b.l ?? -1) || a.s.displayName.localeCompare(b.s.displayName));
    let n: number;
    if (req.count.kind === 'groups') n = req.count.count;
    else n = Math.max(1, Math.ceil(pool.length / req.count.max));
    if (n < 1) throw invalid('Make at least one group.', 'count');
    const codes = req.competencyIds.map(codeOf).join(', ');
    const buckets: (typeof pool)[] = Array.from({ length: n }, () => []);
    pool.forEach((p, i) => {
      const g = req.mode === 'like' ? Math.min(n - 1, Math.floor((i * n) / Math.max(1, pool.length))) : i % n;
      buckets[g]!.push(p);
    });
    // The teacher-led students go to the first new group.
    if (teacherLed.length > 0) {
      for (const b of buckets.slice(1)) {
        for (const p of [...b]) {
          if (teacherLed.includes(p.s.id)) {
            b.splice(b.indexOf(p), 1);
            buckets[0]!.push(p);
          }
        }
      }
    }
    const groups: GroupProposal['groups'] = keep.map((k) => ({
      name: k.name,
      focus: said(codes),
      band: null,
      meanLevel: null,
      teacherLed: k.teacherLed,
      locked: true,
      members: k.studentIds.map((id) => {
        const l = level(id, req.competencyIds);
        return { studentId: id, displayName: studentName(id), level: l, reason: said('kept (locked group)') };
      }),
    }));
    buckets.forEach((b, i) => {
      const ls = b.map((p) => p.l).filter((l): l is number => l !== null);
      const mean = ls.length === 0 ? null : ls.reduce((x, y) => x + y, 0) / ls.length;
      groups.push({
        name: `Group ${keep.length + i + 1}`,
        focus: said(req.mode === 'like' ? `${codes}: ${band(mean) ?? 'practice'}` : codes),
        band: req.mode === 'like' ? band(mean) : null,
        meanLevel: mean,
        teacherLed: i === 0 && teacherLed.length > 0,
        locked: false,
        members: b.map((p) => ({
          studentId: p.s.id,
          displayName: p.s.displayName,
          level: p.l,
          reason: said(p.l === null ? `no evidence on ${codes}` : `level ${p.l} on ${codes}: ${band(p.l)}`),
        })),
      });
    });
    return {
      groups,
      objective: 1.25,
      method: pool.length <= 12 ? 'exact' : 'local_search',
      absent: [...absent].map((id) => ({ studentId: id, displayName: studentName(id) })),
    };
  }

  const summary = (s: GroupSetView): GroupSetSummary => ({
    id: s.id,
    date: s.date,
    title: s.title,
    basis: s.basis,
    groupCount: s.groups.length,
    studentCount: s.groups.reduce((n, g) => n + g.members.length, 0),
  });
  const findSet = (id: string) => {
    const s = f.sets.find((x) => x.id === id);
    if (!s) throw notFound('group set');
    return s;
  };
  const setOfGroup = (groupId: string) => {
    const s = f.sets.find((x) => x.groups.some((g) => g.id === groupId));
    if (!s) throw notFound('group');
    return s;
  };

  /** The station's fields, checked, with the text serde defaults filled in. */
  function validStation(input: StationInput) {
    if (input.name.trim() === '') throw invalid('A station needs a name.', 'name');
    if (input.capacity !== null && input.capacity < 1) throw invalid('Capacity must be 1 or more.', 'capacity');
    return { ...input, materials: input.materials ?? '', instructions: input.instructions ?? '' };
  }
  const findStation = (id: string) => {
    const s = f.stations.find((x) => x.id === id);
    if (!s) throw notFound('station');
    return s;
  };
  const findPlan = (id: string) => {
    const p = f.rotations.find((x) => x.id === id);
    if (!p) throw notFound('rotation');
    return p;
  };
  const rotationSummary = (p: RotationView): RotationSummary => ({
    id: p.id,
    date: p.date,
    groupSetTitle: p.groupSetTitle,
    rounds: p.cells.length,
    stationNames: p.stations.map((s) => s.name),
  });
  function build(input: RotationInput, classId: string): RotationView {
    const set = findSet(input.groupSetId ?? '');
    const stationIds = input.stationIds ?? [];
    const blockMinutes = input.blockMinutes ?? 0;
    if (stationIds.length === 0) throw invalid('Choose at least one station.', 'stationIds');
    if (blockMinutes < 1) throw invalid('A round lasts at least a minute.', 'blockMinutes');
    const stations = stationIds.map(findStation);
    const n = stations.length;
    const rounds = Math.max(n, 1);
    const cells = Array.from({ length: rounds }, (_, r) =>
      set.groups.map((_g, gi) => (gi < n ? stations[(gi + r) % n]!.id : null)),
    );
    const plan: RotationView = {
      id: newId('plan'),
      classId,
      date: input.date ?? '',
      groupSetId: set.id,
      groupSetTitle: set.title,
      stations,
      blockMinutes,
      transitionMinutes: input.transitionMinutes ?? 0,
      groups: set.groups.map((g) => ({
        id: g.id,
        name: g.name,
        teacherLed: g.teacherLed,
        members: g.members.map((m) => ({ studentId: m.studentId, displayName: m.displayName })),
      })),
      cells,
      rule: said('Each group moves one station to the right each round, so every group visits every station once.'),
    };
    f.rotations.push(plan);
    return plan;
  }

  const commands: FakeCommands = answeringCopies({
    mastery_grid: () => grid(),
    class_next_steps: () =>
      f.nextSteps ?? {
        competencies: [],
        students: f.students.filter((s) => !s.archived).map((s) => ({ studentId: s.id, displayName: s.displayName, next: null })),
      },
    list_students: ({ includeArchived }) => f.students.filter((s) => includeArchived || !s.archived),
    suggest_groups: ({ request }) => suggest(request),
    save_group_set: ({ classId, input }) => {
      const title = input.title ?? '';
      if (title.trim() === '') throw invalid('Give the groups a title.', 'title');
      const set: GroupSetView = {
        id: newId('set'),
        classId,
        date: input.date ?? '',
        title,
        basis: input.basis ?? {},
        groups: (input.groups ?? []).map(
          (g): GroupView => ({
            id: newId('group'),
            name: g.name ?? '',
            focus: g.focus ?? null,
            teacherLed: g.teacherLed ?? false,
            locked: g.locked ?? false,
            members: (g.studentIds ?? []).map((id, i) => ({ studentId: id, displayName: studentName(id), reason: g.reasons?.[i] ?? null })),
            playlists: [],
          }),
        ),
      };
      f.sets.push(set);
      return set;
    },
    list_group_sets: ({ classId }) => f.sets.filter((s) => s.classId === classId).map(summary).reverse(),
    get_group_set: ({ id }) => findSet(id),
    move_student: ({ setId, studentId, groupId }) => {
      const set = findSet(setId);
      const to = set.groups.find((g) => g.id === groupId);
      const from = set.groups.find((g) => g.members.some((m) => m.studentId === studentId));
      if (!to || !from) throw notFound('group');
      if (from.locked || to.locked) throw invalid(`${from.locked ? from.name : to.name} is locked.`);
      if (from === to) return set;
      const m = from.members.find((x) => x.studentId === studentId)!;
      from.members = from.members.filter((x) => x !== m);
      to.members.push(m);
      return set;
    },
    update_group: ({ groupId, update }) => {
      const set = setOfGroup(groupId);
      const g = set.groups.find((x) => x.id === groupId)!;
      // serde fills a left-out field with its default, so the fake does too.
      const u = { name: update.name ?? '', focus: update.focus ?? '', locked: update.locked ?? false, teacherLed: update.teacherLed ?? false };
      if (u.name.trim() === '') throw invalid('A group needs a name.', 'name');
      Object.assign(g, u);
      return set;
    },
    delete_group_set: ({ id }) => {
      const set = findSet(id);
      f.sets = f.sets.filter((s) => s !== set);
      f.deletedSets.push(set);
      return null;
    },
    restore_group_set: ({ id }) => {
      const set = f.deletedSets.find((s) => s.id === id);
      if (!set) throw notFound('group set');
      f.deletedSets = f.deletedSets.filter((s) => s !== set);
      f.sets.push(set);
      return set;
    },
    list_stations: ({ classId, includeArchived }) =>
      f.stations.filter((s) => s.classId === classId && (includeArchived || !s.archived)),
    create_station: ({ classId, input }) => {
      const s: StationView = { id: newId('station'), classId, archived: false, ...validStation(input) };
      f.stations.push(s);
      return s;
    },
    update_station: ({ id, input }) => {
      const valid = validStation(input);
      const s = findStation(id);
      Object.assign(s, valid);
      return s;
    },
    set_station_archived: ({ id, archived }) => {
      const s = findStation(id);
      s.archived = archived;
      return s;
    },
    build_rotation: ({ classId, input }) => build(input, classId),
    list_rotations: ({ classId }) => f.rotations.filter((p) => p.classId === classId).map(rotationSummary).reverse(),
    get_rotation: ({ id }) => findPlan(id),
    copy_last_rotation: ({ classId, date }) => {
      const last = f.rotations.filter((p) => p.classId === classId).at(-1);
      if (!last) return null;
      const latestSet = f.sets.filter((s) => s.classId === classId).at(-1) ?? findSet(last.groupSetId);
      return build(
        {
          date,
          groupSetId: latestSet.id,
          stationIds: last.stations.map((s) => s.id),
          blockMinutes: last.blockMinutes,
          transitionMinutes: last.transitionMinutes,
        },
        classId,
      );
    },
    set_rotation_cell: ({ planId, round, groupId, stationId }) => {
      const plan = findPlan(planId);
      const gi = plan.groups.findIndex((g) => g.id === groupId);
      if (gi < 0 || plan.cells[round] === undefined) throw notFound('rotation cell');
      if (stationId !== null) {
        const station = plan.stations.find((s) => s.id === stationId);
        if (!station) throw invalid('That station is not in this rotation.');
        if (plan.cells.some((row, r) => r !== round && row[gi] === stationId))
          throw invalid(`${plan.groups[gi]!.name} already visits ${station.name} in another round.`);
        if (station.capacity !== null) {
          const here = plan.cells[round]!.reduce(
            (n, id, g) => (id === stationId && g !== gi ? n + plan.groups[g]!.members.length : n),
            0,
          );
          if (here + plan.groups[gi]!.members.length > station.capacity)
            throw invalid(`${station.name} holds up to ${station.capacity} students.`);
        }
      }
      plan.cells[round]![gi] = stationId;
      return plan;
    },
    update_rotation_timing: ({ planId, blockMinutes, transitionMinutes }) => {
      const plan = findPlan(planId);
      if (blockMinutes < 1) throw invalid('A round lasts at least a minute.', 'blockMinutes');
      plan.blockMinutes = blockMinutes;
      plan.transitionMinutes = transitionMinutes;
      return plan;
    },
    group_cards: ({ planId }) => {
      const plan = findPlan(planId);
      return plan.groups.map(
        (g, gi): GroupCard => ({
          groupName: g.name,
          teacherLed: g.teacherLed,
          members: g.members.map((m) => m.displayName),
          stations: plan.cells.map((row, r) => {
            const s = plan.stations.find((x) => x.id === row[gi]) ?? null;
            return {
              round: r + 1,
              name: s?.name ?? 'No station',
              kind: s?.kind ?? null,
              instructions: s?.instructions ?? '',
              materials: s?.materials ?? '',
            };
          }),
          playlists: f.playlists,
        }),
      );
    },
    control_clock: ({ action }) => {
      if (action.kind === 'load') {
        const plan = findPlan(action.planId);
        f.clock = { ...f.clock, planId: plan.id, round: 0, rounds: plan.cells.length, phase: 'idle', running: false };
      }
      return f.clock;
    },
    rotation_clock: () => f.clock,
    open_projector: () => {
      f.projectorOpened += 1;
      return null;
    },
  });

  return f;
}

/** A class of six students with levels on two competencies, and the four classic stations. */
export function sampleClass(): ClassroomFake {
  const students = [
    studentOf('Ana', 'Ruiz'),
    studentOf('Ben', 'Okafor'),
    studentOf('Cai', 'Li'),
    studentOf('Dee', 'Park'),
    studentOf('Eli', 'Moss'),
    studentOf('Fay', 'Ng'),
  ];
  const competencies: FakeCompetency[] = [
    { id: 'comp-rp1', code: '6.RP.A.1', label: 'Ratios' },
    { id: 'comp-rp2', code: '6.RP.A.2', label: 'Unit rates' },
  ];
  const levels: ClassroomFake['levels'] = {};
  const values = [1, 1.5, 2, 2.5, 3, null];
  students.forEach((s, i) => {
    levels[s.id] = { 'comp-rp1': values[i] ?? null, 'comp-rp2': 2 };
  });
  return classroomFake({ students, competencies, levels });
}
