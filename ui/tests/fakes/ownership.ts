// An in-memory stand-in for the student-ownership commands (goals and check-ins, prompts,
// reflections, the portfolio, conferences, the teacher PIN and student mode, with the voice
// and peer-feedback commands from ./voice.ts) and what the student's page reads around them
// (the class's competencies, the learner profile, a competency's scale), typed by the
// generated command interface (see ./commands.ts). Anything else is answered by `fallback`
// (e.g. the shell fakeBackend's commands), or refused like an unknown command.
import type {
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
} from '../../src/bindings';
import { emptyProfile } from '../../src/lib/profile';
import { clone, switchboard, type Call, type FakeCommands, type Rejection, type Switchboard } from './commands';
import { voiceCommands, voiceState, voiceView, type VoiceState } from './voice';

export const CLASS_ID = 'class-1';
export const ANA = 's-ana';
export const BEN = 's-ben';
/** A student of another class, whose work Ana and Ben never see. */
export const CARA = 's-cara';

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
    peerReview: false,
    shareFeedback: false,
    feedbackCount: 0,
    present: true,
    thumbnail: null,
    problem: null,
    ...o,
  };
}

export function conference(id: string, studentId: string, date: string, o: Partial<ConferenceView> = {}): ConferenceView {
  return { id, studentId, date, attendees: [], notes: '', nextSteps: [], followUps: [], studentLed: false, ...o };
}

/** An artifact's fields from the form, with serde's defaults for what it left out. */
function artifactFields(input: ArtifactInput): Pick<ArtifactView, 'title' | 'date' | 'reflection' | 'competencyIds' | 'highlight'> {
  return {
    title: input.title,
    date: input.date,
    reflection: input.reflection ?? '',
    competencyIds: [...(input.competencyIds ?? [])],
    highlight: input.highlight ?? false,
  };
}

/** A conference's fields from the form (but its date), with serde's defaults. */
function conferenceFields(input: ConferenceInput): Partial<ConferenceView> {
  return {
    attendees: [...(input.attendees ?? [])],
    notes: input.notes ?? '',
    nextSteps: [...(input.nextSteps ?? [])],
    followUps: [...(input.followUps ?? [])],
    studentLed: input.studentLed ?? false,
  };
}

export interface OwnershipFake extends VoiceState {
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
  calls: Call[];
  callsOf: Switchboard['callsOf'];
  failNext(cmd: string, error: Rejection): void;
  handle(cmd: string, args?: Record<string, unknown>): Promise<unknown>;
}

export function ownershipFake(
  init: Partial<Pick<OwnershipFake, 'goals' | 'reflections' | 'artifacts' | 'conferences' | 'prompts' | 'pin' | 'modeStudent' | 'locked'>> &
    Partial<VoiceState> = {},
  fallback: FakeCommands = {},
): OwnershipFake {
  const sb = switchboard();
  let seq = 100;
  const nextId = (p: string) => `${p}-${++seq}`;
  const codes = (ids: string[]) => f.competencies.filter((c) => ids.includes(c.id)).map((c) => c.code);

  const f: OwnershipFake = {
    competencies: clone(COMPETENCIES),
    profiles: {
      [ANA]: { ...emptyProfile(), interests: ['Drawing', 'Soccer'], careerGoals: ['Veterinarian'] },
      [BEN]: emptyProfile(),
    },
    names: { [ANA]: 'Ana García', [BEN]: 'Ben Okafor', [CARA]: 'Cara Diaz' },
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
    calls: sb.calls,
    callsOf: sb.callsOf,
    failNext: sb.failNext,
    handle: (cmd, args) => sb.serve(commands, cmd, args),
    ...voiceState({ classOf: { [ANA]: CLASS_ID, [BEN]: CLASS_ID, [CARA]: 'class-2' }, ...init }),
  };

  const goalOf = (id: string) => {
    const g = f.goals.find((x) => x.id === id);
    if (!g) throw { code: 'not_found', message: 'No such goal.' };
    return g;
  };
  // The goal's fields from the form, with serde's defaults for what it left out.
  const withGoal = (g: GoalView, input: GoalInput): GoalView => {
    const competencyIds = [...(input.competencyIds ?? [])];
    return {
      ...g,
      title: input.title,
      why: input.why ?? '',
      steps: [...(input.steps ?? [])],
      targetDate: input.targetDate ?? '',
      status: input.status ?? 'active',
      competencyIds,
      profileLinks: [...(input.profileLinks ?? [])],
      competencyCodes: codes(competencyIds),
    };
  };
  const addCheck = (g: GoalView, input: CheckInInput) => {
    g.checkIns = [{ id: nextId('ci'), date: input.date, progress: input.progress, note: input.note ?? '', author: input.author ?? 'teacher' }, ...g.checkIns];
    g.progress = input.progress;
    g.stale = false;
  };
  const newReflection = (studentId: string, input: ReflectionInput): ReflectionView => {
    const promptId = input.promptId ?? '';
    const competencyId = input.competencyId ?? '';
    const selfRating = input.selfRating ?? null;
    return {
      id: nextId('r'),
      studentId,
      promptId,
      promptText: f.prompts.find((p) => p.id === promptId)?.text ?? '',
      response: input.response,
      date: input.date,
      competencyId,
      competencyCode: codes(competencyId ? [competencyId] : [])[0] ?? '',
      selfRating,
      forConference: input.forConference ?? false,
      author: input.author ?? 'teacher',
      evidenceId: selfRating !== null ? nextId('ev') : null,
    };
  };
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
      ...voiceView(f, sid),
    });
  };

  // What this fake answers itself; anything else goes to `fallback`, or is an unknown command.
  const own: FakeCommands = {
    mastery_grid: () => ({ students: [], competencies: clone(f.competencies), strands: [], cells: [] }),
    competency_summary: ({ competencyId }) => ({
      // Only the scale is read; the competency is a bare node with the asked-for id.
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
    }),
    get_profile: ({ studentId }) => {
      if (fallback.get_profile && !(studentId in f.profiles)) return fallback.get_profile({ studentId });
      return clone(f.profiles[studentId] ?? emptyProfile());
    },

    // goals
    list_goals: ({ studentId }) => clone(f.goals.filter((g) => g.studentId === studentId)),
    create_goal: ({ studentId, input }) => {
      const g = withGoal(goal(nextId('goal'), studentId, ''), input);
      f.goals.unshift(g);
      return clone(g);
    },
    update_goal: ({ id, input }) => {
      const g = goalOf(id);
      Object.assign(g, withGoal(g, input));
      return clone(g);
    },
    delete_goal: ({ id }) => {
      const g = goalOf(id);
      f.goals = f.goals.filter((x) => x !== g);
      f.deletedGoals.push(g);
      return null;
    },
    restore_goal: ({ id }) => {
      const g = f.deletedGoals.find((x) => x.id === id);
      if (!g) throw { code: 'not_found', message: 'No such goal.' };
      f.deletedGoals = f.deletedGoals.filter((x) => x !== g);
      f.goals.push(g);
      return clone(g);
    },
    add_check_in: ({ goalId, input }) => {
      const g = goalOf(goalId);
      addCheck(g, input);
      return clone(g);
    },

    // reflections
    list_prompts: ({ includeArchived }) => clone(f.prompts.filter((p) => includeArchived || !p.archived)),
    list_reflections: ({ studentId }) => clone(f.reflections.filter((r) => r.studentId === studentId)),
    add_reflection: ({ studentId, input }) => {
      const r = newReflection(studentId, input);
      f.reflections.unshift(r);
      return clone(r);
    },
    update_reflection: ({ id, input }) => {
      const r = f.reflections.find((x) => x.id === id);
      if (!r) throw { code: 'not_found', message: 'No such reflection.' };
      Object.assign(r, { ...newReflection(r.studentId, input), id: r.id });
      return clone(r);
    },
    delete_reflection: ({ id }) => {
      f.reflections = f.reflections.filter((x) => x.id !== id);
      return null;
    },

    // portfolio
    list_artifacts: ({ studentId }) =>
      clone(
        f.artifacts
          .filter((a) => a.studentId === studentId)
          .map((a) => ({ ...a, feedbackCount: f.feedback.filter((x) => x.artifactId === a.id).length })),
      ),
    attach_artifact: ({ studentId, input }) => {
      const file = f.nextFile;
      if (file === null) return null;
      const a = artifact(nextId('art'), studentId, '', { ...artifactFields(input), ...file });
      f.artifacts.unshift(a);
      return clone(a);
    },
    update_artifact: ({ id, input }) => {
      const a = f.artifacts.find((x) => x.id === id);
      if (!a) throw { code: 'not_found', message: 'No such artifact.' };
      Object.assign(a, artifactFields(input));
      return clone(a);
    },
    delete_artifact: ({ id }) => {
      f.artifacts = f.artifacts.filter((x) => x.id !== id);
      return null;
    },

    // conferences
    list_conferences: ({ studentId }) => clone(f.conferences.filter((c) => c.studentId === studentId)),
    create_conference: ({ studentId, input }) => {
      const c = conference(nextId('conf'), studentId, input.date, conferenceFields(input));
      f.conferences.unshift(c);
      return clone(c);
    },
    update_conference: ({ id, input }) => {
      const c = f.conferences.find((x) => x.id === id);
      if (!c) throw { code: 'not_found', message: 'No such conference.' };
      Object.assign(c, { date: input.date, ...conferenceFields(input) });
      return clone(c);
    },
    delete_conference: ({ id }) => {
      f.conferences = f.conferences.filter((x) => x.id !== id);
      return null;
    },

    // the PIN and student mode
    has_teacher_pin: () => f.pin !== null,
    set_teacher_pin: ({ currentPin, newPin }) => {
      if (f.pin !== null && currentPin !== f.pin) throw { code: 'invalid', message: 'That is not the current PIN.', field: 'currentPin' };
      f.pin = newPin;
      return null;
    },
    enter_student_mode: ({ studentId }) => {
      if (f.pin === null) throw { code: 'invalid', message: 'Set a teacher PIN first.' };
      f.modeStudent = studentId;
      return null;
    },
    leave_student_mode: ({ pin }) => {
      if (f.modeStudent === null && !f.locked) throw { code: 'invalid', message: 'Student mode is already off.' };
      if (pin !== f.pin) throw { code: 'invalid', message: "That is not the teacher's PIN.", field: 'pin' };
      f.modeStudent = null;
      f.locked = false;
      return null;
    },
    student_mode_view: () => modeView(),
    student_mode_check_in: ({ goalId, input }) => {
      const g = goalOf(goalId);
      if (g.studentId !== f.modeStudent) throw { code: 'student_mode', message: 'Not your goal.' };
      addCheck(g, input);
      return modeView();
    },
    student_mode_reflect: ({ input }) => {
      if (f.modeStudent === null) throw { code: 'invalid', message: 'Student mode is off; this page is only for student mode.' };
      f.reflections.unshift(newReflection(f.modeStudent, input));
      return modeView();
    },
  };
  const commands: FakeCommands = { ...fallback, ...own, ...voiceCommands(f, modeView, nextId) };
  return f;
}
