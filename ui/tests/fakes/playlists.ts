// An in-memory stand-in for the Playlists page's and the student section's commands:
// activities, playlists and choice boards, assignments, progress, and what the page reads
// around them (competencies from the mastery grid, students, the newest group set, stations).
import type {
  ActivityInput,
  ActivityView,
  AppError,
  AssignTarget,
  GridCompetency,
  GroupSetView,
  PlaylistInput,
  PlaylistView,
  ProgressStatus,
  StationView,
  StudentPlaylist,
  StudentView,
} from '../../src/api';

type Args = Record<string, unknown>;

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
  calls: { cmd: string; args: Args }[];
  callsOf(cmd: string): Args[];
  failNext(cmd: string, error: AppError | string): void;
  handle(cmd: string, args?: Args): Promise<unknown>;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

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
    ...o,
  };
}

export function playlistsFake(init: Partial<Pick<PlaylistsFake, 'activities' | 'playlists' | 'competencies'>> = {}): PlaylistsFake {
  const failures = new Map<string, AppError | string>();
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
        { id: 'g-blue', name: 'Blue', focus: '', teacherLed: false, locked: false, members: [], playlists: [] },
        { id: 'g-red', name: 'Red', focus: '', teacherLed: true, locked: false, members: [], playlists: [] },
      ],
    },
    stations: [
      { id: 'st-1', classId: CLASS_ID, name: 'Online', kind: 'online', capacity: null, materials: '', instructions: '', archived: false },
    ],
    activities: init.activities ?? [],
    playlists: init.playlists ?? [],
    progress: {},
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
            const acts = full.activities.map((a) => ({ activity: a, status: mine[a.id] ?? ('not_started' as ProgressStatus) }));
            return {
              playlistId: p.id,
              title: p.title,
              kind: p.kind,
              pickCount: p.pickCount,
              via: 'Assigned to them',
              activities: acts,
              done: acts.filter((x) => x.status === 'done').length,
            };
          });

      switch (cmd) {
        case 'mastery_grid':
          return { students: [], competencies: clone(f.competencies), strands: [], cells: [] };
        case 'list_students':
          return clone(f.students);
        case 'list_group_sets':
          return f.groupSet
            ? [{ id: f.groupSet.id, date: f.groupSet.date, title: f.groupSet.title, basis: f.groupSet.basis, groupCount: 2, studentCount: 0 }]
            : [];
        case 'get_group_set':
          return clone(f.groupSet);
        case 'list_stations':
          return clone(f.stations);
        case 'list_activities':
          return clone(f.activities.filter((a) => args.includeArchived || !a.archived));
        case 'create_activity': {
          const input = args.input as ActivityInput;
          const code = f.competencies.find((c) => c.id === input.competencyId)?.code ?? '';
          const a: ActivityView = { ...input, id: nextId('act'), classId: CLASS_ID, competencyCode: code, archived: false };
          f.activities.push(a);
          return clone(a);
        }
        case 'update_activity': {
          const i = f.activities.findIndex((a) => a.id === args.id);
          const input = args.input as ActivityInput;
          const code = f.competencies.find((c) => c.id === input.competencyId)?.code ?? '';
          f.activities[i] = { ...f.activities[i]!, ...input, competencyCode: code };
          return clone(f.activities[i]);
        }
        case 'set_activity_archived': {
          const a = f.activities.find((x) => x.id === args.id)!;
          a.archived = args.archived as boolean;
          return clone(a);
        }
        case 'list_playlists':
          return clone(f.playlists.filter((p) => args.includeArchived || !p.archived).map(withActivities));
        case 'create_playlist': {
          const input = args.input as PlaylistInput;
          const p: PlaylistView = { ...input, id: nextId('pl'), classId: CLASS_ID, archived: false, activities: [], assignments: [] };
          f.playlists.push(p);
          return clone(withActivities(p));
        }
        case 'update_playlist': {
          const p = playlist(args.id as string);
          Object.assign(p, args.input as PlaylistInput);
          return clone(withActivities(p));
        }
        case 'set_playlist_archived': {
          const p = playlist(args.id as string);
          p.archived = args.archived as boolean;
          return clone(withActivities(p));
        }
        case 'assign_playlist': {
          const p = playlist(args.playlistId as string);
          const target = args.target as AssignTarget;
          p.assignments.push({ id: nextId('asg'), target, targetName: targetName(target) });
          return clone(withActivities(p));
        }
        case 'unassign_playlist': {
          const p = f.playlists.find((x) => x.assignments.some((a) => a.id === args.assignmentId))!;
          p.assignments = p.assignments.filter((a) => a.id !== args.assignmentId);
          return clone(withActivities(p));
        }
        case 'student_playlists':
          return clone(studentLists(args.studentId as string));
        case 'set_activity_progress': {
          const { studentId, playlistId, activityId, status } = args.change as {
            studentId: string;
            playlistId: string;
            activityId: string;
            status: ProgressStatus;
          };
          f.progress[studentId] ??= {};
          f.progress[studentId][playlistId] ??= {};
          f.progress[studentId][playlistId][activityId] = status;
          return clone(studentLists(studentId));
        }
        default:
          throw { code: 'internal', message: `Unknown command ${cmd}` };
      }
    },
  };
  return f;
}
