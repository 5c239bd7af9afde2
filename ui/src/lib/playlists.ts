// Activities, playlists and choice boards as the teacher reads them: the words for
// modalities, kinds and progress, the order of a playlist, the pick count of a choice board,
// and where a backend error belongs. Pure; no Svelte, no backend calls.
import type {
  ActivityInput,
  ActivityView,
  AssignTarget,
  Modality,
  PlaylistInput,
  PlaylistKind,
  PlaylistView,
  ProgressStatus,
  StudentPlaylist,
} from '../api';

export const MODALITY_LABELS: Record<Modality, string> = {
  read: 'Read',
  watch: 'Watch',
  practice: 'Practice',
  create: 'Create',
  discuss: 'Discuss',
  hands_on: 'Hands-on',
};
/** A small glyph beside the word (decorative: the word is always shown too). */
export const MODALITY_ICONS: Record<Modality, string> = {
  read: '📖',
  watch: '🎬',
  practice: '✏️',
  create: '🎨',
  discuss: '💬',
  hands_on: '🧩',
};
export const MODALITIES = Object.keys(MODALITY_LABELS) as Modality[];

export function isModality(v: string): v is Modality {
  return (MODALITIES as string[]).includes(v);
}

export const PLAYLIST_KIND_LABELS: Record<PlaylistKind, string> = {
  playlist: 'Playlist',
  choice_board: 'Choice board',
};
export const PLAYLIST_KINDS = Object.keys(PLAYLIST_KIND_LABELS) as PlaylistKind[];

export function isPlaylistKind(v: string): v is PlaylistKind {
  return (PLAYLIST_KINDS as string[]).includes(v);
}

export const PROGRESS_LABELS: Record<ProgressStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
};
export const PROGRESS_STATUSES = Object.keys(PROGRESS_LABELS) as ProgressStatus[];

export function isProgressStatus(v: string): v is ProgressStatus {
  return (PROGRESS_STATUSES as string[]).includes(v);
}

export const TARGET_KIND_LABELS: Record<AssignTarget['kind'], string> = {
  student: 'Student',
  group: 'Group',
  station: 'Station',
};

/** "15 min" */
export function minutesText(minutes: number): string {
  return `${minutes} min`;
}

// ---------- activities ----------

export const DEFAULT_MINUTES = 15;

export function emptyActivity(competencyId = ''): ActivityInput {
  return { competencyId, title: '', modality: 'practice', minutes: DEFAULT_MINUTES, instructions: '', link: '', interests: [] };
}

export function activityInputOf(a: ActivityView): ActivityInput {
  return {
    competencyId: a.competencyId,
    title: a.title,
    modality: a.modality,
    minutes: a.minutes,
    instructions: a.instructions,
    link: a.link,
    interests: a.interests,
  };
}

/** The checks the form makes before asking the backend (which checks again). */
export function activityProblems(input: ActivityInput, minutesText: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (input.title.trim() === '') out.title = 'Give the activity a title.';
  if (input.competencyId === '') out.competencyId = 'Choose the competency it practises.';
  const t = minutesText.trim();
  if (!/^\d+$/.test(t) || Number(t) < 1 || Number(t) > 600) out.minutes = 'Minutes are a whole number, 1 to 600.';
  return out;
}

// ---------- playlists ----------

/** Moves the item at `index` by `delta` (−1 up, +1 down); the list unchanged at the ends. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item as T);
  return out;
}

/** Adds or removes an id, keeping the order of the others (a new id goes last). */
export function toggleId(list: readonly string[], id: string, on: boolean): string[] {
  const without = list.filter((x) => x !== id);
  return on ? [...without, id] : without;
}

export const DEFAULT_PICK = 3;

/** A choice board's pick count problem, or null: 1 to the number of activities. */
export function pickProblem(pickText: string, activityCount: number): string | null {
  const t = pickText.trim();
  if (activityCount === 0) return 'Choose some activities first.';
  if (!/^\d+$/.test(t)) return `Type how many a student picks, 1 to ${activityCount}.`;
  const n = Number(t);
  if (n < 1 || n > activityCount) {
    return activityCount === 1 ? 'With one activity, students pick 1.' : `Students pick 1 to ${activityCount} of these ${activityCount} activities.`;
  }
  return null;
}

/** The input to save: a playlist's pick count is its number of activities. */
export function playlistInput(title: string, kind: PlaylistKind, activityIds: string[], pickText: string): PlaylistInput {
  return {
    title: title.trim(),
    kind,
    activityIds: [...activityIds],
    pickCount: kind === 'playlist' ? activityIds.length : Number(pickText.trim()),
  };
}

/** The columns of a choice board's grid preview: 3 for most boards, 2 for up to 4. */
export function boardColumns(count: number): number {
  if (count <= 1) return 1;
  if (count === 2 || count === 4) return 2;
  return 3;
}

/** "Playlist · 5 activities" / "Choice board · pick 3 of 9" */
export function playlistSummary(p: Pick<PlaylistView, 'kind' | 'activityIds' | 'pickCount'>): string {
  const n = p.activityIds.length;
  const acts = `${n} ${n === 1 ? 'activity' : 'activities'}`;
  return p.kind === 'choice_board' ? `Pick ${p.pickCount} of ${n}` : acts;
}

/** Total minutes of a playlist's activities. */
export function totalMinutes(activities: Pick<ActivityView, 'minutes'>[]): number {
  return activities.reduce((n, a) => n + (Number.isFinite(a.minutes) ? a.minutes : 0), 0);
}

// ---------- a student's playlists ----------

/** How many count towards done: all of a playlist's activities, or the pick count of a board. */
export function goalOf(sp: Pick<StudentPlaylist, 'kind' | 'pickCount' | 'activities'>): number {
  return sp.kind === 'choice_board' ? Math.min(sp.pickCount, sp.activities.length) : sp.activities.length;
}

/** "2 of 5 done" (a board: done out of the pick count, never above it). */
export function progressText(sp: Pick<StudentPlaylist, 'kind' | 'pickCount' | 'activities' | 'done'>): string {
  const goal = goalOf(sp);
  return `${Math.min(sp.done, goal)} of ${goal} done`;
}

/** For a choice board: "Pick 3 · 1 chosen done"; "" for a playlist. */
export function boardText(sp: Pick<StudentPlaylist, 'kind' | 'pickCount' | 'done'>): string {
  if (sp.kind !== 'choice_board') return '';
  return `Pick ${sp.pickCount} · ${sp.done} chosen done`;
}

/** Share done, 0..1. */
export function progressShare(sp: Pick<StudentPlaylist, 'kind' | 'pickCount' | 'activities' | 'done'>): number {
  const goal = goalOf(sp);
  return goal === 0 ? 0 : Math.min(1, sp.done / goal);
}

/** "via Group Blue" ("" when the backend says nothing). */
export function viaText(via: string): string {
  return via.trim() === '' ? '' : `via ${via.trim()}`;
}

// ---------- errors ----------

/** The form control a backend error field belongs to, or null (then the form's banner shows it). */
export function activityFieldControl(field: string | undefined): string | null {
  switch (field) {
    case 'title':
      return 'activity-title';
    case 'competencyId':
    case 'competency':
      return 'activity-competency';
    case 'modality':
      return 'activity-modality';
    case 'minutes':
      return 'activity-minutes';
    case 'instructions':
      return 'activity-instructions';
    case 'link':
      return 'activity-link';
    case 'interests':
      return 'activity-interests';
    default:
      return null;
  }
}

export function playlistFieldControl(field: string | undefined): string | null {
  switch (field) {
    case 'title':
      return 'playlist-title';
    case 'kind':
      return 'playlist-kind';
    case 'activityIds':
    case 'activities':
      return 'playlist-activities';
    case 'pickCount':
      return 'playlist-pick';
    default:
      return null;
  }
}
