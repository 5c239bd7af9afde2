// Activities, playlists and choice boards as the teacher reads them: the words for
// modalities, kinds and progress (from the catalog, in the current language), the order of a playlist, the pick count of a choice board,
// and where a backend error belongs. No backend calls.
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
import { renderMessage, t, type BackendMessage } from './i18n.svelte';

export const MODALITIES: Modality[] = ['read', 'watch', 'practice', 'create', 'discuss', 'hands_on'];

/** A modality's name ("Hands-on"). */
export function modalityLabel(m: Modality): string {
  switch (m) {
    case 'read':
      return t('playlist-modality-read');
    case 'watch':
      return t('playlist-modality-watch');
    case 'practice':
      return t('playlist-modality-practice');
    case 'create':
      return t('playlist-modality-create');
    case 'discuss':
      return t('playlist-modality-discuss');
    case 'hands_on':
      return t('playlist-modality-hands-on');
  }
}
/** A small glyph beside the word (decorative: the word is always shown too). */
export const MODALITY_ICONS: Record<Modality, string> = {
  read: '📖',
  watch: '🎬',
  practice: '✏️',
  create: '🎨',
  discuss: '💬',
  hands_on: '🧩',
};

export function isModality(v: string): v is Modality {
  return (MODALITIES as string[]).includes(v);
}

export const PLAYLIST_KINDS: PlaylistKind[] = ['playlist', 'choice_board'];

/** "Playlist" / "Choice board". */
export function playlistKindLabel(k: PlaylistKind): string {
  return k === 'choice_board' ? t('playlist-kind-choice-board') : t('playlist-kind-playlist');
}

export function isPlaylistKind(v: string): v is PlaylistKind {
  return (PLAYLIST_KINDS as string[]).includes(v);
}

export const PROGRESS_STATUSES: ProgressStatus[] = ['not_started', 'in_progress', 'done'];

/** "Not started" / "In progress" / "Done". */
export function progressLabel(s: ProgressStatus): string {
  switch (s) {
    case 'not_started':
      return t('playlist-status-not-started');
    case 'in_progress':
      return t('playlist-status-in-progress');
    case 'done':
      return t('playlist-status-done');
  }
}

export function isProgressStatus(v: string): v is ProgressStatus {
  return (PROGRESS_STATUSES as string[]).includes(v);
}

/** "Student" / "Group" / "Station": who a playlist is assigned to. */
export function targetKindLabel(k: AssignTarget['kind']): string {
  switch (k) {
    case 'student':
      return t('playlist-target-student');
    case 'group':
      return t('playlist-target-group');
    case 'station':
      return t('playlist-target-station');
  }
}

/** "15 min" */
export function minutesText(minutes: number): string {
  return t('playlist-minutes', { minutes });
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
  if (input.title.trim() === '') out.title = t('playlist-activity-title-missing');
  if (input.competencyId === '') out.competencyId = t('playlist-activity-competency-missing');
  const typed = minutesText.trim();
  if (!/^\d+$/.test(typed) || Number(typed) < 1 || Number(typed) > 600) out.minutes = t('playlist-activity-minutes-invalid');
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
  const typed = pickText.trim();
  if (activityCount === 0) return t('playlist-pick-none');
  if (!/^\d+$/.test(typed)) return t('playlist-pick-not-a-number', { count: activityCount });
  const n = Number(typed);
  if (n < 1 || n > activityCount) return t('playlist-pick-out-of-range', { count: activityCount });
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

/** "5 activities" for a playlist, "Pick 3 of 9" for a choice board. */
export function playlistSummary(p: Pick<PlaylistView, 'kind' | 'activityIds' | 'pickCount'>): string {
  const count = p.activityIds.length;
  return p.kind === 'choice_board' ? t('playlist-summary-board', { pick: p.pickCount, count }) : t('playlist-activity-count', { count });
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
  return t('playlist-progress', { done: Math.min(sp.done, goal), goal });
}

/** For a choice board: "Pick 3 · 1 chosen done"; "" for a playlist. */
export function boardText(sp: Pick<StudentPlaylist, 'kind' | 'pickCount' | 'done'>): string {
  if (sp.kind !== 'choice_board') return '';
  return t('playlist-board-progress', { pick: sp.pickCount, done: sp.done });
}

/** Share done, 0..1. */
export function progressShare(sp: Pick<StudentPlaylist, 'kind' | 'pickCount' | 'activities' | 'done'>): number {
  const goal = goalOf(sp);
  return goal === 0 ? 0 : Math.min(1, sp.done / goal);
}

/** "via group Blue", "assigned to Ana R." (the backend's sentence, in the current language). */
export function viaText(via: BackendMessage): string {
  return renderMessage(via).trim();
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
