// An in-memory stand-in for the Playlists page's and the student section's commands:
// activities, playlists and choice boards, assignments, progress, and what the page reads
// around them (competencies from the mastery grid, students, the newest group set, stations).
// It implements the generated command interface (see ./commands.ts).
import type {
  ActivityInput,
  ActivityView,
  AssignTarget,
  GridCompetency,
  GroupSetView,
  PlaylistInput,
  PlaylistView,
  ProgressStatus,
  StationView,
  StudentNextSteps,
  StudentPlaylist,
  StudentView,
} from '../../src/bindings';
import { studentNextSteps } from './nextSteps';
import { clone, switchboard, type Call, type FakeCommands, type Rejection, type Switchboard } from './commands';

export const CLASS_ID = 'class-1';

function competency(id: string, code: string, label: string): GridCompetency {
  return { id, frameworkId: 'fw', code, label, statement: '', strandIds: [], method: { name: 'latest' }, threshold: 3 };
}
function student(id: string, given: string, family: string): StudentView {
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

export interface PlaylistsFake {
  competencies: GridCompetency[];
  students: StudentView[];
  groupSet: GroupSetView | null;
  stations: StationView[];
  activities: ActivityView[];
  playlists: PlaylistView[];
  /** progress[studentId][playlistId][activityId] */
  progress: Record<string, Record<string, Record<string, ProgressStatus>>>;
  /** What student_next_steps answers per student (a student not here has no competencies). */
  nextSteps: Record<string, StudentNextSteps>;
  /** What propose_playlist drafts per student (none: null, nothing fits). */
  proposals: Record<string, PlaylistInput>;
  calls: Call[];
  callsOf: Switchboard['callsOf'];
  failNext(cmd: string, error: Rejection): void;
  handle(cmd: string, args?: Record<string, unknown>): Promise<unknown>;
}

/** An activity's fields from the form, with serde's defaults for what it left out. */
function activityFields(input: ActivityInput) {
  return { ...input, instructions: input.instructions ?? '', link: input.link ?? '' };
}

export function activity(id: string, competencyId: string, title: string, o: Partial<ActivityView> = {}): ActivityView {
  return {
    id,
    classId: CLASS_ID,
    competencyId,
    competencyCode: competencyId === 'c-rp1' ? '6.RP.A.1' : '6.RP.A.2',
    title,
    modality: 'practice',
    minutes: 15,
    instructions: '',
    link: '',
    archived: false,
    interests: [],
    ...o,
  };
}

export function playlistsFake(init: Partial<Pick<PlaylistsFake, 'activities' | 'playlists' | 'competencies'>> = {}): PlaylistsFake {
  const sb = switchboard();
  let seq = 100;
  const nextId = (p: string) => `${p}-${++seq}`;

  const f: PlaylistsFake = {
    competencies: init.competencies ?? [competency('c-rp1', '6.RP.A.1', 'Ratio language'), competency('c-rp2', '6.RP.A.2', 'Unit rates')],
    students: [student('s-ana', 'Ana', 'García'), student('s-ben', 'Ben', 'Okafor')],
    groupSet: {
      id: 'set-1',
      classId: CLASS_ID,
      date: '2026-11-24',
      title: 'Ratios, Tuesday',
      basis: { competencyIds: [], competencyCodes: [], mode: 'manual', seed: 0 },
      groups: [
        { id: 'g-blue', name: 'Blue', focus: null, teacherLed: false, locked: false, members: [], playlists: [] },
        { id: 'g-red', name: 'Red', focus: null, teacherLed: true, locked: false, members: [], playlists: [] },
      ],
    },
    stations: [
      { id: 'st-1', classId: CLASS_ID, name: 'Online', kind: 'online', capacity: null, materials: '', instructions: '', archived: false },
    ],
    activities: init.activities ?? [],
    playlists: init.playlists ?? [],
    progress: {},
    nextSteps: {},
    proposals: {},
    calls: sb.calls,
    callsOf: sb.callsOf,
    failNext: sb.failNext,
    handle: (cmd, args) => sb.serve(commands, cmd, args),
  };

  const withActivities = (p: PlaylistView): PlaylistView => ({
    ...p,
    activities: p.activityIds.map((id) => f.activities.find((a) => a.id === id)).filter((a): a is ActivityView => !!a),
  });
  const playlist = (id: string) => {
    const p = f.playlists.find((x) => x.id === id);
    if (!p) throw { code: 'not_found', message: 'No such playlist.' };
    return p;
  };
  const targetName = (t: AssignTarget) =>
    t.kind === 'student'
      ? (f.students.find((s) => s.id === t.id)?.displayName ?? '?')
      : t.kind === 'group'
        ? (f.groupSet?.groups.find((g) => g.id === t.id)?.name ?? '?')
        : (f.stations.find((s) => s.id === t.id)?.name ?? '?');
  const studentLists = (studentId: string): StudentPlaylist[] =>
    f.playlists
      .filter((p) => !p.archived && p.assignments.some((a) => a.target.kind === 'student' && a.target.id === studentId))
      .map((p) => {
        const full = withActivities(p);
        const mine = f.progress[studentId]?.[p.id] ?? {};
        const acts = full.activities.map((a) => ({ activity: a, status: mine[a.id] ?? ('not_started' satisfies ProgressStatus) }));
        return {
          playlistId: p.id,
          title: p.title,
          kind: p.kind,
          pickCount: p.pickCount,
          via: { id: 'core-via-student', args: { name: 'Ana R.' } },
          activities: acts,
          done: acts.filter((x) => x.status === 'done').length,
        };
      });
  const codeOf = (competencyId: string) => f.competencies.find((c) => c.id === competencyId)?.code ?? '';

  const commands: FakeCommands = {
    mastery_grid: () => ({ students: [], competencies: clone(f.competencies), strands: [], cells: [] }),
    list_students: () => clone(f.students),
    list_group_sets: () =>
      f.groupSet
        ? [{ id: f.groupSet.id, date: f.groupSet.date, title: f.groupSet.title, basis: f.groupSet.basis, groupCount: 2, studentCount: 0 }]
        : [],
    get_group_set: () => {
      if (f.groupSet === null) throw { code: 'not_found', message: 'No such group set.' };
      return clone(f.groupSet);
    },
    list_stations: () => clone(f.stations),
    list_activities: ({ includeArchived }) => clone(f.activities.filter((a) => includeArchived || !a.archived)),
    create_activity: ({ input }) => {
      const a: ActivityView = { ...activityFields(input), id: nextId('act'), classId: CLASS_ID, competencyCode: codeOf(input.competencyId), archived: false };
      f.activities.push(a);
      return clone(a);
    },
    update_activity: ({ id, input }) => {
      const i = f.activities.findIndex((a) => a.id === id);
      f.activities[i] = { ...f.activities[i]!, ...activityFields(input), competencyCode: codeOf(input.competencyId) };
      return clone(f.activities[i]);
    },
    set_activity_archived: ({ id, archived }) => {
      const a = f.activities.find((x) => x.id === id)!;
      a.archived = archived;
      return clone(a);
    },
    list_playlists: ({ includeArchived }) => clone(f.playlists.filter((p) => includeArchived || !p.archived).map(withActivities)),
    create_playlist: ({ input }) => {
      const p: PlaylistView = {
        title: input.title,
        kind: input.kind,
        activityIds: [...(input.activityIds ?? [])],
        pickCount: input.pickCount ?? 0,
        id: nextId('pl'),
        classId: CLASS_ID,
        archived: false,
        activities: [],
        assignments: [],
      };
      f.playlists.push(p);
      return clone(withActivities(p));
    },
    update_playlist: ({ id, input }) => {
      const p = playlist(id);
      Object.assign(p, { title: input.title, kind: input.kind, activityIds: [...(input.activityIds ?? [])], pickCount: input.pickCount ?? 0 });
      return clone(withActivities(p));
    },
    set_playlist_archived: ({ id, archived }) => {
      const p = playlist(id);
      p.archived = archived;
      return clone(withActivities(p));
    },
    assign_playlist: ({ playlistId, target }) => {
      const p = playlist(playlistId);
      p.assignments.push({ id: nextId('asg'), target, targetName: targetName(target) });
      return clone(withActivities(p));
    },
    unassign_playlist: ({ assignmentId }) => {
      const p = f.playlists.find((x) => x.assignments.some((a) => a.id === assignmentId))!;
      p.assignments = p.assignments.filter((a) => a.id !== assignmentId);
      return clone(withActivities(p));
    },
    student_playlists: ({ studentId }) => clone(studentLists(studentId)),
    // Like the store: each active student's playlists, cut down to done (capped) and goal.
    class_playlist_progress: () =>
      f.students
        .filter((s) => !s.archived)
        .flatMap((s) =>
          studentLists(s.id).map((sp) => {
            const goal = sp.kind === 'choice_board' ? Math.min(sp.pickCount, sp.activities.length) : sp.activities.length;
            return { studentId: s.id, playlistId: sp.playlistId, done: Math.min(sp.done, goal), goal };
          }),
        ),
    student_next_steps: ({ studentId }) => {
      const s = f.students.find((x) => x.id === studentId);
      if (!s) throw { code: 'not_found', message: 'No such student.' };
      return clone(f.nextSteps[studentId] ?? studentNextSteps(studentId, s.displayName));
    },
    // Writes nothing: only a draft.
    propose_playlist: ({ studentId }) => clone(f.proposals[studentId] ?? null),
    // The board and its assignment to the student, in one go.
    approve_playlist: ({ studentId, input }) => {
      if (input.title.trim() === '') throw { code: 'invalid', message: 'Give it a title.', field: 'title' };
      if (input.activityIds.length === 0) throw { code: 'invalid', message: 'Tick at least one activity.', field: 'activityIds' };
      const p: PlaylistView = {
        title: input.title,
        kind: input.kind,
        activityIds: [...input.activityIds],
        pickCount: input.kind === 'playlist' ? input.activityIds.length : input.pickCount,
        id: nextId('pl'),
        classId: CLASS_ID,
        archived: false,
        activities: [],
        assignments: [],
      };
      const target = { kind: 'student', id: studentId } as const;
      p.assignments.push({ id: nextId('asg'), target, targetName: targetName(target) });
      f.playlists.push(p);
      return clone(withActivities(p));
    },
    set_activity_progress: ({ change: { studentId, playlistId, activityId, status } }) => {
      f.progress[studentId] ??= {};
      f.progress[studentId][playlistId] ??= {};
      f.progress[studentId][playlistId][activityId] = status;
      return clone(studentLists(studentId));
    },
  };
  return f;
}
