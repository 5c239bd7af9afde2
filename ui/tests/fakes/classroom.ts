// An in-memory stand-in for the classroom commands (groups, stations, rotations, the clock and
// the projector), for the Groups & rotation page's tests. It mirrors the contract in api.ts:
// suggestions are deterministic (by level on the first target, then name), moves are refused
// for locked groups, stations are checked field by field, rotations follow the rule
// "group g is at station (g + round) mod n", and a hand-set cell is refused when it repeats a
// station for a group or fills a station past its capacity. Every call is recorded; the next
// call of a command can be made to fail or to wait.
import type {
  AppError,
  ClockView,
  GroupCard,
  GroupProposal,
  GroupRequest,
  GroupSetInput,
  GroupSetSummary,
  GroupSetView,
  GroupUpdate,
  GroupView,
  MasteryGrid,
  RotationInput,
  RotationSummary,
  RotationView,
  StationInput,
  StationView,
  StudentView,
} from '../../src/api';

type Args = Record<string, unknown>;

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
  calls: { cmd: string; args: Args }[];
  callsOf(cmd: string): Args[];
  failNext(cmd: string, error: AppError | string): void;
  holdNext(cmd: string): () => void;
  handle(cmd: string, args?: Args): Promise<unknown>;
}

let seq = 0;
export const newId = (p: string) => `${p}-${++seq}`;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export const CLASS_ID = 'class-groups';

export function studentOf(given: string, family: string, classId = CLASS_ID): StudentView {
  return {
    id: newId('student'),
    classId,
    givenName: given,
    familyName: family,
    preferredName: '',
    birthDate: '',
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
  const failures = new Map<string, AppError | string>();
  const holds = new Map<string, Promise<void>>();
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
    calls: [],
    callsOf: (cmd) => f.calls.filter((c) => c.cmd === cmd).map((c) => c.args),
    failNext(cmd, error) {
      failures.set(cmd, error);
    },
    holdNext(cmd) {
      let release!: () => void;
      holds.set(cmd, new Promise<void>((r) => (release = r)));
      return () => release();
    },
    async handle(cmd, args = {}) {
      f.calls.push({ cmd, args });
      const hold = holds.get(cmd);
      if (hold !== undefined) {
        holds.delete(cmd);
        await hold;
      }
      const failure = failures.get(cmd);
      if (failure !== undefined) {
        failures.delete(cmd);
        throw failure;
      }
      return clone(run(cmd, args));
    },
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

  function suggest(req: GroupRequest): GroupProposal {
    if (req.competencyIds.length === 0) throw invalid('Choose at least one competency.', 'competencyIds');
    const kept = new Set(req.keep.flatMap((k) => k.studentIds));
    const absent = new Set(req.constraints.absent);
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
    if (req.constraints.teacherLed.length > 0) {
      for (const b of buckets.slice(1)) {
        for (const p of [...b]) {
          if (req.constraints.teacherLed.includes(p.s.id)) {
            b.splice(b.indexOf(p), 1);
            buckets[0]!.push(p);
          }
        }
      }
    }
    const groups: GroupProposal['groups'] = req.keep.map((k) => ({
      name: k.name,
      focus: codes,
      band: null,
      meanLevel: null,
      teacherLed: k.teacherLed,
      locked: true,
      members: k.studentIds.map((id) => {
        const l = level(id, req.competencyIds);
        return { studentId: id, displayName: studentName(id), level: l, reason: 'kept (locked group)' };
      }),
    }));
    buckets.forEach((b, i) => {
      const ls = b.map((p) => p.l).filter((l): l is number => l !== null);
      const mean = ls.length === 0 ? null : ls.reduce((x, y) => x + y, 0) / ls.length;
      groups.push({
        name: `Group ${req.keep.length + i + 1}`,
        focus: req.mode === 'like' ? `${codes}: ${band(mean) ?? 'practice'}` : codes,
        band: req.mode === 'like' ? band(mean) : null,
        meanLevel: mean,
        teacherLed: i === 0 && req.constraints.teacherLed.length > 0,
        locked: false,
        members: b.map((p) => ({
          studentId: p.s.id,
          displayName: p.s.displayName,
          level: p.l,
          reason: p.l === null ? `no evidence on ${codes}` : `level ${p.l} on ${codes}: ${band(p.l)}`,
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

  function validateStation(input: StationInput) {
    if (input.name.trim() === '') throw invalid('A station needs a name.', 'name');
    if (input.capacity !== null && input.capacity < 1) throw invalid('Capacity must be 1 or more.', 'capacity');
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
    const set = findSet(input.groupSetId);
    if (input.stationIds.length === 0) throw invalid('Choose at least one station.', 'stationIds');
    if (input.blockMinutes < 1) throw invalid('A round lasts at least a minute.', 'blockMinutes');
    const stations = input.stationIds.map(findStation);
    const n = stations.length;
    const rounds = Math.max(n, 1);
    const cells = Array.from({ length: rounds }, (_, r) =>
      set.groups.map((_g, gi) => (gi < n ? stations[(gi + r) % n]!.id : null)),
    );
    const plan: RotationView = {
      id: newId('plan'),
      classId,
      date: input.date,
      groupSetId: set.id,
      groupSetTitle: set.title,
      stations,
      blockMinutes: input.blockMinutes,
      transitionMinutes: input.transitionMinutes,
      groups: set.groups.map((g) => ({
        id: g.id,
        name: g.name,
        teacherLed: g.teacherLed,
        members: g.members.map((m) => ({ studentId: m.studentId, displayName: m.displayName })),
      })),
      cells,
      rule: 'Each group moves one station to the right each round, so every group visits every station once.',
    };
    f.rotations.push(plan);
    return plan;
  }

  function run(cmd: string, args: Args): unknown {
    switch (cmd) {
      case 'mastery_grid':
        return grid();
      case 'list_students':
        return f.students.filter((s) => args.includeArchived || !s.archived);
      case 'suggest_groups':
        return suggest(args.request as GroupRequest);
      case 'save_group_set': {
        const input = args.input as GroupSetInput;
        if (input.title.trim() === '') throw invalid('Give the groups a title.', 'title');
        const set: GroupSetView = {
          id: newId('set'),
          classId: args.classId as string,
          date: input.date,
          title: input.title,
          basis: input.basis,
          groups: input.groups.map(
            (g): GroupView => ({
              id: newId('group'),
              name: g.name,
              focus: g.focus,
              teacherLed: g.teacherLed,
              locked: g.locked,
              members: g.studentIds.map((id, i) => ({ studentId: id, displayName: studentName(id), reason: g.reasons[i] ?? '' })),
              playlists: [],
            }),
          ),
        };
        f.sets.push(set);
        return set;
      }
      case 'list_group_sets':
        return f.sets.filter((s) => s.classId === args.classId).map(summary).reverse();
      case 'get_group_set':
        return findSet(args.id as string);
      case 'move_student': {
        const set = findSet(args.setId as string);
        const to = set.groups.find((g) => g.id === args.groupId);
        const from = set.groups.find((g) => g.members.some((m) => m.studentId === args.studentId));
        if (!to || !from) throw notFound('group');
        if (from.locked || to.locked) throw invalid(`${from.locked ? from.name : to.name} is locked.`);
        if (from === to) return set;
        const m = from.members.find((x) => x.studentId === args.studentId)!;
        from.members = from.members.filter((x) => x !== m);
        to.members.push(m);
        return set;
      }
      case 'update_group': {
        const set = setOfGroup(args.groupId as string);
        const u = args.update as GroupUpdate;
        if (u.name.trim() === '') throw invalid('A group needs a name.', 'name');
        const g = set.groups.find((x) => x.id === args.groupId)!;
        Object.assign(g, u);
        return set;
      }
      case 'delete_group_set': {
        const set = findSet(args.id as string);
        f.sets = f.sets.filter((s) => s !== set);
        f.deletedSets.push(set);
        return null;
      }
      case 'restore_group_set': {
        const set = f.deletedSets.find((s) => s.id === args.id);
        if (!set) throw notFound('group set');
        f.deletedSets = f.deletedSets.filter((s) => s !== set);
        f.sets.push(set);
        return set;
      }
      case 'list_stations':
        return f.stations.filter((s) => s.classId === args.classId && (args.includeArchived || !s.archived));
      case 'create_station': {
        const input = args.input as StationInput;
        validateStation(input);
        const s: StationView = { id: newId('station'), classId: args.classId as string, archived: false, ...input };
        f.stations.push(s);
        return s;
      }
      case 'update_station': {
        const input = args.input as StationInput;
        validateStation(input);
        const s = findStation(args.id as string);
        Object.assign(s, input);
        return s;
      }
      case 'set_station_archived': {
        const s = findStation(args.id as string);
        s.archived = args.archived as boolean;
        return s;
      }
      case 'build_rotation':
        return build(args.input as RotationInput, args.classId as string);
      case 'list_rotations':
        return f.rotations.filter((p) => p.classId === args.classId).map(rotationSummary).reverse();
      case 'get_rotation':
        return findPlan(args.id as string);
      case 'copy_last_rotation': {
        const last = f.rotations.filter((p) => p.classId === args.classId).at(-1);
        if (!last) return null;
        const latestSet = f.sets.filter((s) => s.classId === args.classId).at(-1) ?? findSet(last.groupSetId);
        return build(
          {
            date: args.date as string,
            groupSetId: latestSet.id,
            stationIds: last.stations.map((s) => s.id),
            blockMinutes: last.blockMinutes,
            transitionMinutes: last.transitionMinutes,
          },
          args.classId as string,
        );
      }
      case 'set_rotation_cell': {
        const plan = findPlan(args.planId as string);
        const round = args.round as number;
        const gi = plan.groups.findIndex((g) => g.id === args.groupId);
        const stationId = args.stationId as string | null;
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
      }
      case 'update_rotation_timing': {
        const plan = findPlan(args.planId as string);
        if ((args.blockMinutes as number) < 1) throw invalid('A round lasts at least a minute.', 'blockMinutes');
        plan.blockMinutes = args.blockMinutes as number;
        plan.transitionMinutes = args.transitionMinutes as number;
        return plan;
      }
      case 'group_cards': {
        const plan = findPlan(args.planId as string);
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
      }
      case 'control_clock': {
        const action = args.action as { kind: string; planId?: string };
        if (action.kind === 'load') {
          const plan = findPlan(action.planId!);
          f.clock = { ...f.clock, planId: plan.id, round: 0, rounds: plan.cells.length, phase: 'idle', running: false };
        }
        return f.clock;
      }
      case 'rotation_clock':
        return f.clock;
      case 'open_projector':
        f.projectorOpened += 1;
        return null;
      default:
        throw { code: 'internal', message: `The fake classroom backend has no command ${cmd}.` } satisfies AppError;
    }
  }

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
