// An in-memory stand-in for the Today page's and the projector's commands: today_view, the
// rotation clock (load, start, pause, next, reset, chime), open_projector, projector_view,
// competency_summary (for the scale) and record_evidence. It implements the generated
// command interface (see ./commands.ts). class_next_steps gives the teacher-led group's
// first next steps.
import type { ClassNextSteps, ClockAction, ClockView, ProjectorView, RotationView, Scale, StationView, TodayView } from '../../src/bindings';
import { line } from './nextSteps';
import { clone, switchboard, type Call, type FakeCommands, type Rejection, type Switchboard } from './commands';
import { evidenceView } from './evidence';

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
    rule: { id: '', args: { text: 'Each group visits each station once; the teacher table goes first to the group that needs it most.' } },
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

/** Ana's first next step is 6.RP.A.1 (working on it); Dev has none ready. */
export function nextStepsOf(): ClassNextSteps {
  return {
    competencies: [
      {
        competencyId: 'comp-rp1',
        code: '6.RP.A.1',
        statement: 'Use ratio language.',
        students: [{ studentId: 's-ana', displayName: 'Ana García', state: 'working_on_it', level: 1.5 }],
      },
    ],
    students: [
      {
        studentId: 's-ana',
        displayName: 'Ana García',
        next: line('comp-rp1', '6.RP.A.1', 'working_on_it', 'working on it: no prerequisites; 2 pieces of evidence, level 1.5', { level: 1.5 }),
      },
      { studentId: 's-dev', displayName: 'Dev Patel', next: null },
    ],
  };
}

export interface TodayFake {
  today: TodayView;
  nextSteps: ClassNextSteps;
  clock: ClockView;
  projector: ProjectorView;
  calls: Call[];
  callsOf: Switchboard['callsOf'];
  failNext(cmd: string, error: Rejection): void;
  /** Fail every call of `cmd` until `recover` is called. */
  failAlways(cmd: string, error: Rejection): void;
  recover(cmd: string): void;
  handle(cmd: string, args?: Record<string, unknown>): Promise<unknown>;
}

export function todayFake(init: { today?: TodayView; clock?: ClockView; projector?: ProjectorView } = {}): TodayFake {
  const sb = switchboard();
  const f: TodayFake = {
    today: init.today ?? todayOf(),
    nextSteps: nextStepsOf(),
    clock: init.clock ?? clockOf(),
    projector: init.projector ?? { clock: clockOf(), title: { id: 'reason-projector-waiting', args: {} }, groups: [] },
    calls: sb.calls,
    callsOf: sb.callsOf,
    failNext: sb.failNext,
    failAlways: sb.failAlways,
    recover: sb.recover,
    handle: (cmd, args) => sb.serve(commands, cmd, args),
  };
  const commands: FakeCommands = {
    today_view: ({ coverageDays }) => clone({ ...f.today, coverageDays }),
    rotation_clock: () => clone(f.clock),
    control_clock: ({ action }) => {
      apply(f, action);
      return clone(f.clock);
    },
    class_next_steps: () => clone(f.nextSteps),
    open_projector: () => null,
    projector_view: () => clone(f.projector),
    // Only the scale is read; the competency is a bare node.
    competency_summary: ({ competencyId }) => ({
      competency: {
        id: competencyId,
        frameworkId: 'fw',
        parentId: null,
        kind: 'competency',
        code: '',
        label: '',
        statement: '',
        gradeLevels: [],
        position: 0,
        method: null,
        caseIdentifier: '',
        archived: false,
      },
      scale: SCALE,
      method: { name: 'latest' },
      students: [],
      distribution: [],
      noResult: 0,
    }),
    record_evidence: ({ input }) => evidenceView(`ev-${f.calls.length}`, input),
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
