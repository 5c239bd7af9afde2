// An in-memory stand-in for the Today page's and the projector's commands: today_view, the
// rotation clock (load, start, pause, next, reset, chime), open_projector, projector_view,
// competency_summary (for the scale) and record_evidence. It mirrors the contract in api.ts.
import type {
  AppError,
  ClockAction,
  ClockView,
  CompetencySummary,
  EvidenceInput,
  ProjectorView,
  RotationView,
  Scale,
  StationView,
  TodayView,
} from '../../src/api';

type Args = Record<string, unknown>;

export const CLASS_ID = 'class-1';
export const PLAN_ID = 'plan-1';

export const SCALE: Scale = {
  levels: [
    { value: 1, label: 'Beginning', descriptor: '' },
    { value: 2, label: 'Developing', descriptor: '' },
    { value: 3, label: 'Proficient', descriptor: '' },
    { value: 4, label: 'Extending', descriptor: '' },
  ],
  threshold: 3,
};

function station(id: string, name: string): StationView {
  return { id, classId: CLASS_ID, archived: false, name, kind: 'custom', capacity: null, materials: '', instructions: '' };
}

export function rotationOf(o: Partial<RotationView> = {}): RotationView {
  return {
    id: PLAN_ID,
    classId: CLASS_ID,
    date: '2026-11-24',
    groupSetId: 'set-1',
    groupSetTitle: 'Ratios, Tuesday',
    stations: [station('st-t', 'Teacher table'), station('st-c', 'Collaborative'), station('st-o', 'Online')],
    blockMinutes: 15,
    transitionMinutes: 2,
    groups: [
      { id: 'g-red', name: 'Red', teacherLed: true, members: [{ studentId: 's-ana', displayName: 'Ana G.' }] },
      { id: 'g-blue', name: 'Blue', teacherLed: false, members: [{ studentId: 's-ben', displayName: 'Ben O.' }] },
      { id: 'g-green', name: 'Green', teacherLed: false, members: [{ studentId: 's-cy', displayName: 'Cy L.' }] },
    ],
    cells: [
      ['st-t', 'st-c', 'st-o'],
      ['st-o', 'st-t', 'st-c'],
      ['st-c', 'st-o', null],
    ],
    rule: 'Each group visits each station once; the teacher table goes first to the group that needs it most.',
    ...o,
  };
}

export function todayOf(o: Partial<TodayView> = {}): TodayView {
  return {
    date: '2026-11-24',
    rotation: rotationOf(),
    teacherGroup: {
      groupName: 'Red',
      competency: { id: 'comp-rp1', code: '6.RP.A.1', label: 'Ratio language' },
      members: [
        { studentId: 's-ana', displayName: 'Ana García', level: 1.5, levelLabel: 'Beginning' },
        { studentId: 's-dev', displayName: 'Dev Patel', level: null, levelLabel: '' },
      ],
    },
    coverageDays: 10,
    coverage: [
      { studentId: 's-ben', displayName: 'Ben Okafor', lastDate: '2026-10-12', daysSince: 43 },
      { studentId: 's-cy', displayName: 'Cy Lee', lastDate: null, daysSince: null },
      { studentId: 's-eve', displayName: 'Eve Stone', lastDate: '2026-11-10', daysSince: 14 },
    ],
    ...o,
  };
}

export function clockOf(o: Partial<ClockView> = {}): ClockView {
  return {
    planId: null,
    round: 0,
    rounds: 0,
    phase: 'idle',
    running: false,
    remainingSeconds: 0,
    phaseSeconds: 0,
    chime: true,
    transitions: 0,
    ...o,
  };
}

export interface TodayFake {
  today: TodayView;
  clock: ClockView;
  projector: ProjectorView;
  calls: { cmd: string; args: Args }[];
  callsOf(cmd: string): Args[];
  failNext(cmd: string, error: AppError | string): void;
  /** Fail every call of `cmd` until `recover` is called. */
  failAlways(cmd: string, error: AppError | string): void;
  recover(cmd: string): void;
  handle(cmd: string, args?: Args): Promise<unknown>;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function todayFake(init: { today?: TodayView; clock?: ClockView; projector?: ProjectorView } = {}): TodayFake {
  const once = new Map<string, AppError | string>();
  const always = new Map<string, AppError | string>();
  const f: TodayFake = {
    today: init.today ?? todayOf(),
    clock: init.clock ?? clockOf(),
    projector: init.projector ?? { clock: clockOf(), title: '', groups: [] },
    calls: [],
    callsOf: (cmd) => f.calls.filter((c) => c.cmd === cmd).map((c) => c.args),
    failNext(cmd, error) {
      once.set(cmd, error);
    },
    failAlways(cmd, error) {
      always.set(cmd, error);
    },
    recover(cmd) {
      always.delete(cmd);
    },
    async handle(cmd, args = {}) {
      f.calls.push({ cmd, args });
      const failure = once.get(cmd) ?? always.get(cmd);
      if (failure !== undefined) {
        once.delete(cmd);
        throw failure;
      }
      switch (cmd) {
        case 'today_view':
          return clone({ ...f.today, coverageDays: args.coverageDays as number });
        case 'rotation_clock':
          return clone(f.clock);
        case 'control_clock':
          apply(f, args.action as ClockAction);
          return clone(f.clock);
        case 'open_projector':
          return null;
        case 'projector_view':
          return clone(f.projector);
        case 'competency_summary': {
          const s: CompetencySummary = {
            competency: {} as never,
            scale: SCALE,
            method: { name: 'latest' },
            students: [],
            distribution: [],
            noResult: 0,
          };
          return s;
        }
        case 'record_evidence': {
          const input = args.input as EvidenceInput;
          return { ...input, id: `ev-${f.calls.length}` };
        }
        default:
          throw { code: 'internal', message: `Unknown command ${cmd}` };
      }
    },
  };
  return f;
}

function apply(f: TodayFake, action: ClockAction) {
  const c = f.clock;
  const rounds = f.today.rotation?.cells.length ?? 0;
  const block = (f.today.rotation?.blockMinutes ?? 15) * 60;
  switch (action.kind) {
    case 'load':
      f.clock = clockOf({ planId: action.planId, rounds, phase: 'idle', remainingSeconds: block, phaseSeconds: block, chime: c.chime });
      return;
    case 'start':
      if (c.phase === 'idle') Object.assign(c, { phase: 'block' });
      c.running = true;
      return;
    case 'pause':
      c.running = false;
      return;
    case 'next':
      if (c.round >= c.rounds - 1) Object.assign(c, { phase: 'done', running: false, remainingSeconds: 0 });
      else Object.assign(c, { round: c.round + 1, phase: 'block', remainingSeconds: block, phaseSeconds: block });
      c.transitions += 1;
      return;
    case 'reset':
      Object.assign(c, { round: 0, phase: 'idle', running: false, remainingSeconds: block, phaseSeconds: block });
      return;
    case 'chime':
      c.chime = action.on;
      return;
  }
}
