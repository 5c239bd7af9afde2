// An in-memory stand-in for the Goals & conferences page's commands: the class goal overview,
// the prompt bank, the reports (which only record that they were asked for) and the team's
// reflections. It implements the generated command interface (see ./commands.ts).
import type { GoalOverview, GoalView, PromptView, StudentView, TeamApproach, TeamReflectionView } from '../../src/bindings';
import { clone, switchboard, type Call, type FakeCommands, type Rejection, type Switchboard } from './commands';
import { DEFAULT_PROMPTS, protocolCommands } from './voice';

export const CLASS_ID = 'class-1';

export function student(id: string, given: string, family: string): StudentView {
  return {
    id,
    classId: CLASS_ID,
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
  /** The peer-feedback protocol's prompts. */
  feedbackPrompts: string[];
  calls: Call[];
  callsOf: Switchboard['callsOf'];
  failNext(cmd: string, error: Rejection): void;
  /** Holds the answers of `cmd` until `release()` is called. */
  hold(cmd: string): { release: () => void };
  handle(cmd: string, args?: Record<string, unknown>): Promise<unknown>;
}

export function conferencesFake(init: Partial<Pick<ConferencesFake, 'overview' | 'prompts' | 'teams' | 'students'>> = {}): ConferencesFake {
  const sb = switchboard();
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
    feedbackPrompts: [...DEFAULT_PROMPTS],
    calls: sb.calls,
    callsOf: sb.callsOf,
    failNext: sb.failNext,
    hold: sb.hold,
    handle: (cmd, args) => sb.serve(commands, cmd, args),
  };

  const prompt = (id: string) => {
    const p = f.prompts.find((x) => x.id === id);
    if (!p) throw { code: 'not_found', message: 'No such prompt.' };
    return p;
  };
  const team = (id: string) => {
    const t = f.teams.find((x) => x.id === id);
    if (!t) throw { code: 'not_found', message: 'No such reflection.' };
    return t;
  };
  const promptText = (t: string) => {
    const text = t.trim();
    if (text === '') throw { code: 'invalid', message: "The prompt can't be blank.", field: 'text' };
    return text;
  };
  const commands: FakeCommands = {
    list_students: () => clone(f.students),
    goal_overview: () => clone(f.overview),
    list_prompts: ({ includeArchived }) => clone(includeArchived ? f.prompts : f.prompts.filter((p) => !p.archived)),
    create_prompt: ({ text }) => {
      const p: PromptView = { id: nextId('p'), text: promptText(text), archived: false };
      f.prompts.push(p);
      return clone(p);
    },
    update_prompt: ({ id, text }) => {
      const p = prompt(id);
      p.text = promptText(text);
      return clone(p);
    },
    set_prompt_archived: ({ id, archived }) => {
      const p = prompt(id);
      p.archived = archived;
      return clone(p);
    },
    open_conference_report: () => null,
    open_class_summary: () => null,
    open_team_reflection_report: () => null,
    print_report: () => null,
    list_team_reflections: () =>
      f.teams.map((t) => ({ id: t.id, team: t.team, date: t.date })).sort((a, b) => b.date.localeCompare(a.date)),
    create_team_reflection: ({ team: name, date }) => {
      if (name.trim() === '') throw { code: 'invalid', message: "The team can't be blank.", field: 'team' };
      const t = teamReflection(nextId('tr'), name.trim(), date);
      f.teams.push(t);
      return clone(t);
    },
    get_team_reflection: ({ id }) => clone(team(id)),
    save_team_approach: ({ id, approachId, now, different }) => {
      const t = team(id);
      const a = t.approaches.find((x) => x.id === approachId);
      if (!a) throw { code: 'not_found', message: 'No such approach.' };
      a.now = now.trim();
      a.different = different.trim();
      return clone(t);
    },
    save_team_answer: ({ id, question, answer }) => {
      const t = team(id);
      const q = t.questions[question - 1];
      if (!q) throw { code: 'invalid', message: 'No such question.', field: 'question' };
      q.answer = answer.trim();
      return clone(t);
    },
    ...protocolCommands(f),
  };
  return f;
}
