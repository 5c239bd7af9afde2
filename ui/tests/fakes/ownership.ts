// An in-memory stand-in for the student-ownership commands (goals and check-ins, prompts,
// reflections, the portfolio, conferences, the teacher PIN and student mode) and what the
// student's page reads around them (the class's competencies, the learner profile, a
// competency's scale). Anything else is handed to `fallback` (e.g. the shell's fakeBackend),
// or refused like an unknown command.
import type {
  AppError,
  ArtifactInput,
  ArtifactView,
  CheckInInput,
  ConferenceInput,
  ConferenceView,
  GoalInput,
  GoalView,
  GridCompetency,
  LearnerProfile,
  PromptView,
  ReflectionInput,
  ReflectionView,
  StudentModeView,
} from '../../src/api';
import { emptyProfile } from '../../src/lib/profile';

type Args = Record<string, unknown>;

export const CLASS_ID = 'class-1';
export const ANA = 's-ana';
export const BEN = 's-ben';

export function competency(id: string, code: string, label: string): GridCompetency {
  return { id, frameworkId: 'fw', code, label, statement: '', strandIds: [], method: { name: 'latest' }, threshold: 3 };
}

const COMPETENCIES = [competency('c-rp1', '6.RP.A.1', 'Ratio language'), competency('c-rp2', '6.RP.A.2', 'Unit rates')];

export function goal(id: string, studentId: string, title: string, o: Partial<GoalView> = {}): GoalView {
  return {
    id,
    studentId,
    title,
    why: '',
    steps: [],
    targetDate: '',
    status: 'active',
    competencyIds: [],
    profileLinks: [],
    competencyCodes: [],
    checkIns: [],
    progress: 0,
    overdue: false,
    stale: false,
    ...o,
  };
}

export function reflection(id: string, studentId: string, response: string, o: Partial<ReflectionView> = {}): ReflectionView {
  return {
    id,
    studentId,
    promptId: '',
    promptText: '',
    response,
    date: '2026-03-01',
    competencyId: '',
    competencyCode: '',
    selfRating: null,
    forConference: false,
    author: 'student',
    evidenceId: null,
    ...o,
  };
}

export function artifact(id: string, studentId: string, title: string, o: Partial<ArtifactView> = {}): ArtifactView {
  return {
    id,
    studentId,
    title,
    date: '2026-03-02',
    reflection: '',
    competencyIds: [],
    highlight: false,
    fileName: 'work.pdf',
    mime: 'application/pdf',
    size: 2_516_582,
    sha256: 'ab'.repeat(32),
    kind: 'pdf',
    present: true,
    thumbnail: null,
    problem: null,
    ...o,
  };
}

export function conference(id: string, studentId: string, date: string, o: Partial<ConferenceView> = {}): ConferenceView {
  return { id, studentId, date, attendees: [], notes: '', nextSteps: [], followUps: [], studentLed: false, ...o };
}

export interface OwnershipFake {
  competencies: GridCompetency[];
  profiles: Record<string, LearnerProfile>;
  names: Record<string, string>;
  goals: GoalView[];
  deletedGoals: GoalView[];
  prompts: PromptView[];
  reflections: ReflectionView[];
  artifacts: ArtifactView[];
  conferences: ConferenceView[];
  pin: string | null;
  /** The student in student mode, or null. */
  modeStudent: string | null;
  /** student mode on but its student unreadable: the backend's locked state */
  locked: boolean;
  /** What the next attach_artifact's picker returns: a file, or null (cancelled). */
  nextFile: { fileName: string; mime: string; size: number; kind: string; thumbnail: string | null } | null;
  calls: { cmd: string; args: Args }[];
  callsOf(cmd: string): Args[];
  failNext(cmd: string, error: AppError | string): void;
  handle(cmd: string, args?: Args): Promise<unknown>;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function ownershipFake(
  init: Partial<Pick<OwnershipFake, 'goals' | 'reflections' | 'artifacts' | 'conferences' | 'prompts' | 'pin' | 'modeStudent' | 'locked'>> = {},
  fallback?: (cmd: string, args: Args) => Promise<unknown>,
): OwnershipFake {
  const failures = new Map<string, AppError | string>();
  let seq = 100;
  const nextId = (p: string) => `${p}-${++seq}`;
  const codes = (ids: string[]) => f.competencies.filter((c) => ids.includes(c.id)).map((c) => c.code);

  const f: OwnershipFake = {
    competencies: clone(COMPETENCIES),
    profiles: {
      [ANA]: { ...emptyProfile(), interests: ['Drawing', 'Soccer'], careerGoals: ['Veterinarian'] },
      [BEN]: emptyProfile(),
    },
    names: { [ANA]: 'Ana García', [BEN]: 'Ben Okafor' },
    goals: init.goals ?? [],
    deletedGoals: [],
    prompts: init.prompts ?? [
      { id: 'p-1', text: 'What are you proud of this week?', archived: false },
      { id: 'p-2', text: 'What was hard, and what helped?', archived: false },
    ],
    reflections: init.reflections ?? [],
    artifacts: init.artifacts ?? [],
    conferences: init.conferences ?? [],
    pin: init.pin ?? null,
    modeStudent: init.modeStudent ?? null,
    locked: init.locked ?? false,
    nextFile: { fileName: 'poster.png', mime: 'image/png', size: 123_456, kind: 'image', thumbnail: 'data:image/png;base64,iVBORw0KGgo=' },
    calls: [],
    callsOf: (cmd) => f.calls.filter((c) => c.cmd === cmd).map((c) => c.args),
    failNext(cmd, error) {
      failures.set(cmd, error);
    },
    async handle(cmd, args = {}) {
      f.calls.push({ cmd, args });
      const failure = failures.get(cmd);
      if (failure !== undefined) {
        failures.delete(cmd);
        throw failure;
      }
      const goalOf = (id: unknown) => {
        const g = f.goals.find((x) => x.id === id);
        if (!g) throw { code: 'not_found', message: 'No such goal.' };
        return g;
      };
      const withGoal = (g: GoalView, input: GoalInput): GoalView => ({ ...g, ...clone(input), competencyCodes: codes(input.competencyIds) });
      const addCheck = (g: GoalView, input: CheckInInput) => {
        g.checkIns = [{ ...clone(input), id: nextId('ci') }, ...g.checkIns];
        g.progress = input.progress;
        g.stale = false;
      };
      const newReflection = (studentId: string, input: ReflectionInput): ReflectionView => ({
        ...clone(input),
        id: nextId('r'),
        studentId,
        promptText: f.prompts.find((p) => p.id === input.promptId)?.text ?? '',
        competencyCode: codes(input.competencyId ? [input.competencyId] : [])[0] ?? '',
        evidenceId: input.selfRating !== null ? nextId('ev') : null,
      });
      const modeView = (): StudentModeView => {
        const sid = f.modeStudent;
        if (f.locked)
          throw {
            code: 'student_mode',
            message: "Student mode is on, but Waypoint could not tell whose page was open, so this laptop stays locked. The teacher's PIN unlocks it.",
          };
        if (sid === null) throw { code: 'invalid', message: 'Student mode is off; this page is only for student mode.' };
        return clone({
          studentId: sid,
          displayName: f.names[sid] ?? '?',
          goals: f.goals.filter((g) => g.studentId === sid),
          prompts: f.prompts.filter((p) => !p.archived),
          reflections: f.reflections.filter((r) => r.studentId === sid),
        });
      };
      switch (cmd) {
        case 'mastery_grid':
          return { students: [], competencies: clone(f.competencies), strands: [], cells: [] };
        case 'competency_summary':
          return {
            competency: { id: args.competencyId },
            scale: {
              levels: [
                { value: 1, label: 'Beginning', descriptor: '' },
                { value: 2, label: 'Developing', descriptor: '' },
                { value: 3, label: 'Proficient', descriptor: '' },
                { value: 4, label: 'Extending', descriptor: '' },
              ],
              threshold: 3,
            },
            method: { name: 'latest' },
            students: [],
            distribution: [],
            noResult: 0,
          };
        case 'get_profile':
          if (fallback && !(args.studentId as string in f.profiles)) return fallback(cmd, args);
          return clone(f.profiles[args.studentId as string] ?? emptyProfile());

        // goals
        case 'list_goals':
          return clone(f.goals.filter((g) => g.studentId === args.studentId));
        case 'create_goal': {
          const input = args.input as GoalInput;
          const g = withGoal(goal(nextId('goal'), args.studentId as string, ''), input);
          f.goals.unshift(g);
          return clone(g);
        }
        case 'update_goal': {
          const g = goalOf(args.id);
          Object.assign(g, withGoal(g, args.input as GoalInput));
          return clone(g);
        }
        case 'delete_goal': {
          const g = goalOf(args.id);
          f.goals = f.goals.filter((x) => x !== g);
          f.deletedGoals.push(g);
          return null;
        }
        case 'restore_goal': {
          const g = f.deletedGoals.find((x) => x.id === args.id);
          if (!g) throw { code: 'not_found', message: 'No such goal.' };
          f.deletedGoals = f.deletedGoals.filter((x) => x !== g);
          f.goals.push(g);
          return clone(g);
        }
        case 'add_check_in': {
          const g = goalOf(args.goalId);
          addCheck(g, args.input as CheckInInput);
          return clone(g);
        }

        // reflections
        case 'list_prompts':
          return clone(f.prompts.filter((p) => args.includeArchived || !p.archived));
        case 'list_reflections':
          return clone(f.reflections.filter((r) => r.studentId === args.studentId));
        case 'add_reflection': {
          const r = newReflection(args.studentId as string, args.input as ReflectionInput);
          f.reflections.unshift(r);
          return clone(r);
        }
        case 'update_reflection': {
          const r = f.reflections.find((x) => x.id === args.id);
          if (!r) throw { code: 'not_found', message: 'No such reflection.' };
          Object.assign(r, { ...newReflection(r.studentId, args.input as ReflectionInput), id: r.id });
          return clone(r);
        }
        case 'delete_reflection':
          f.reflections = f.reflections.filter((x) => x.id !== args.id);
          return null;

        // portfolio
        case 'list_artifacts':
          return clone(f.artifacts.filter((a) => a.studentId === args.studentId));
        case 'attach_artifact': {
          const file = f.nextFile;
          if (file === null) return null;
          const a = artifact(nextId('art'), args.studentId as string, '', { ...clone(args.input as ArtifactInput), ...file });
          f.artifacts.unshift(a);
          return clone(a);
        }
        case 'update_artifact': {
          const a = f.artifacts.find((x) => x.id === args.id);
          if (!a) throw { code: 'not_found', message: 'No such artifact.' };
          Object.assign(a, clone(args.input as ArtifactInput));
          return clone(a);
        }
        case 'delete_artifact':
          f.artifacts = f.artifacts.filter((x) => x.id !== args.id);
          return null;

        // conferences
        case 'list_conferences':
          return clone(f.conferences.filter((c) => c.studentId === args.studentId));
        case 'create_conference': {
          const c: ConferenceView = { ...clone(args.input as ConferenceInput), id: nextId('conf'), studentId: args.studentId as string };
          f.conferences.unshift(c);
          return clone(c);
        }
        case 'update_conference': {
          const c = f.conferences.find((x) => x.id === args.id);
          if (!c) throw { code: 'not_found', message: 'No such conference.' };
          Object.assign(c, clone(args.input as ConferenceInput));
          return clone(c);
        }
        case 'delete_conference':
          f.conferences = f.conferences.filter((x) => x.id !== args.id);
          return null;

        // the PIN and student mode
        case 'has_teacher_pin':
          return f.pin !== null;
        case 'set_teacher_pin':
          if (f.pin !== null && args.currentPin !== f.pin) throw { code: 'invalid', message: 'That is not the current PIN.', field: 'currentPin' };
          f.pin = args.newPin as string;
          return null;
        case 'enter_student_mode':
          if (f.pin === null) throw { code: 'invalid', message: 'Set a teacher PIN first.' };
          f.modeStudent = args.studentId as string;
          return null;
        case 'leave_student_mode':
          if (f.modeStudent === null && !f.locked) throw { code: 'invalid', message: 'Student mode is already off.' };
          if (args.pin !== f.pin) throw { code: 'invalid', message: "That is not the teacher's PIN.", field: 'pin' };
          f.modeStudent = null;
          f.locked = false;
          return null;
        case 'student_mode_view':
          return modeView();
        case 'student_mode_check_in': {
          const g = goalOf(args.goalId);
          if (g.studentId !== f.modeStudent) throw { code: 'student_mode', message: 'Not your goal.' };
          addCheck(g, args.input as CheckInInput);
          return modeView();
        }
        case 'student_mode_reflect': {
          if (f.modeStudent === null) throw { code: 'invalid', message: 'Student mode is off; this page is only for student mode.' };
          f.reflections.unshift(newReflection(f.modeStudent, args.input as ReflectionInput));
          return modeView();
        }
        default:
          if (fallback) return fallback(cmd, args);
          throw { code: 'internal', message: `Unknown command ${cmd}` };
      }
    },
  };
  return f;
}
