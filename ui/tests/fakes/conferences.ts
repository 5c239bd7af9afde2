// An in-memory stand-in for the Goals & conferences page's commands: the class goal overview,
// the prompt bank, the reports (which only record that they were asked for) and the team's
// reflections.
import type {
  AppError,
  GoalOverview,
  GoalView,
  PromptView,
  StudentView,
  TeamApproach,
  TeamReflectionView,
} from '../../src/api';

type Args = Record<string, unknown>;

export const CLASS_ID = 'class-1';

export function student(id: string, given: string, family: string): StudentView {
  return {
    id,
    classId: CLASS_ID,
    givenName: given,
    familyName: family,
    preferredName: '',
    birthDate: '',
    archived: false,
    displayName: `${given} ${family}`,
  };
}

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

export const APPROACHES: TeamApproach[] = [
  {
    id: 'ap-1',
    theme: 'Flexible path',
    title: 'Playlists',
    looksLike: 'Students work through a sequence of activities at their own pace.',
    now: '',
    different: '',
  },
  {
    id: 'ap-2',
    theme: 'Flexible path',
    title: 'Choice boards',
    looksLike: 'Students pick activities from a grid.',
    now: 'We use them in ELA.',
    different: '',
  },
  {
    id: 'ap-3',
    theme: 'Student ownership',
    title: 'Goal setting',
    looksLike: 'Each student sets a goal and checks in on it.',
    now: '',
    different: '',
  },
];

export const QUESTIONS = [
  'What does personalized learning look like in your school now?',
  'Which approaches would your team like to try?',
  'What support would the team need?',
];

export function teamReflection(id: string, team: string, date: string): TeamReflectionView {
  return {
    id,
    team,
    date,
    approaches: APPROACHES.map((a) => ({ ...a })),
    questions: QUESTIONS.map((question) => ({ question, answer: '' })),
  };
}

export interface ConferencesFake {
  students: StudentView[];
  overview: GoalOverview;
  prompts: PromptView[];
  teams: TeamReflectionView[];
  calls: { cmd: string; args: Args }[];
  callsOf(cmd: string): Args[];
  failNext(cmd: string, error: AppError | string): void;
  /** Holds the answers of `cmd` until `release()` is called. */
  hold(cmd: string): { release: () => void };
  handle(cmd: string, args?: Args): Promise<unknown>;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function conferencesFake(init: Partial<Pick<ConferencesFake, 'overview' | 'prompts' | 'teams' | 'students'>> = {}): ConferencesFake {
  const failures = new Map<string, AppError | string>();
  const holds = new Map<string, Promise<void>>();
  let seq = 100;
  const nextId = (p: string) => `${p}-${++seq}`;

  const f: ConferencesFake = {
    students: init.students ?? [student('s-ana', 'Ana', 'García'), student('s-ben', 'Ben', 'Okafor')],
    overview: init.overview ?? { overdue: [], stale: [], withoutGoal: [] },
    prompts: init.prompts ?? [
      { id: 'p-1', text: 'What helped you learn today?', archived: false },
      { id: 'p-2', text: 'What was hard, and what did you do about it?', archived: false },
      { id: 'p-3', text: 'An old prompt', archived: true },
    ],
    teams: init.teams ?? [],
    calls: [],
    callsOf: (cmd) => f.calls.filter((c) => c.cmd === cmd).map((c) => c.args),
    failNext(cmd, error) {
      failures.set(cmd, error);
    },
    hold(cmd) {
      let release = () => {};
      holds.set(
        cmd,
        new Promise<void>((r) => {
          release = () => {
            holds.delete(cmd);
            r();
          };
        }),
      );
      return { release };
    },
    async handle(cmd, args = {}) {
      f.calls.push({ cmd, args });
      const held = holds.get(cmd);
      if (held) await held;
      const failure = failures.get(cmd);
      if (failure !== undefined) {
        failures.delete(cmd);
        throw failure;
      }
      const prompt = (id: unknown) => {
        const p = f.prompts.find((x) => x.id === id);
        if (!p) throw { code: 'not_found', message: 'No such prompt.' };
        return p;
      };
      const team = (id: unknown) => {
        const t = f.teams.find((x) => x.id === id);
        if (!t) throw { code: 'not_found', message: 'No such reflection.' };
        return t;
      };
      const promptText = (t: unknown) => {
        const text = String(t).trim();
        if (text === '') throw { code: 'invalid', message: "The prompt can't be blank.", field: 'text' };
        return text;
      };
      switch (cmd) {
        case 'list_students':
          return clone(f.students);
        case 'goal_overview':
          return clone(f.overview);
        case 'list_prompts':
          return clone(args.includeArchived ? f.prompts : f.prompts.filter((p) => !p.archived));
        case 'create_prompt': {
          const p: PromptView = { id: nextId('p'), text: promptText(args.text), archived: false };
          f.prompts.push(p);
          return clone(p);
        }
        case 'update_prompt': {
          const p = prompt(args.id);
          p.text = promptText(args.text);
          return clone(p);
        }
        case 'set_prompt_archived': {
          const p = prompt(args.id);
          p.archived = Boolean(args.archived);
          return clone(p);
        }
        case 'open_conference_report':
        case 'open_class_summary':
        case 'open_team_reflection_report':
        case 'print_report':
          return null;
        case 'list_team_reflections':
          return f.teams
            .map((t) => ({ id: t.id, team: t.team, date: t.date }))
            .sort((a, b) => b.date.localeCompare(a.date));
        case 'create_team_reflection': {
          const name = String(args.team).trim();
          if (name === '') throw { code: 'invalid', message: "The team can't be blank.", field: 'team' };
          const t = teamReflection(nextId('tr'), name, String(args.date));
          f.teams.push(t);
          return clone(t);
        }
        case 'get_team_reflection':
          return clone(team(args.id));
        case 'save_team_approach': {
          const t = team(args.id);
          const a = t.approaches.find((x) => x.id === args.approachId);
          if (!a) throw { code: 'not_found', message: 'No such approach.' };
          a.now = String(args.now).trim();
          a.different = String(args.different).trim();
          return clone(t);
        }
        case 'save_team_answer': {
          const t = team(args.id);
          const q = t.questions[Number(args.question) - 1];
          if (!q) throw { code: 'invalid', message: 'No such question.', field: 'question' };
          q.answer = String(args.answer).trim();
          return clone(t);
        }
        default:
          throw { code: 'internal', message: `The fake has no ${cmd}.` };
      }
    },
  };
  return f;
}
