// Pure helpers for the Groups & rotation page: the suggest form's request and checks, the
// proposal's local edits (moves, locks), the wording of methods, bases, stations and rounds,
// the station form's checks and the rotation's timing. No DOM, no Svelte.
import type {
  GroupBasis,
  GroupCount,
  GroupingMode,
  GroupProposal,
  GroupRequest,
  GroupSetInput,
  GroupSetSummary,
  GroupSetView,
  KeptGroup,
  RotationView,
  StationInput,
  StationKind,
  StationView,
} from '../api';
import type { FieldMapper } from './fields';
import type { FieldErrors } from './validate';

// ---------------------------------------------------------------- dates and words

/** Today's local date as "YYYY-MM-DD" (not UTC: a teacher planning at 7 pm means today). */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** "Mar 12, 2025" for an ISO date, read as a local calendar date; the input when unreadable. */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "1 student" / "3 students". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const MODE_LABELS: Record<GroupingMode | 'manual', string> = {
  like: 'Like ability (reteach / practice / extend)',
  mixed: 'Mixed ability',
  manual: 'Arranged by hand',
};

/** The short form used in lists: "like ability", "mixed ability". */
export function modeShort(mode: string): string {
  if (mode === 'readiness') return 'by readiness';
  return mode === 'like' ? 'like ability' : mode === 'mixed' ? 'mixed ability' : 'by hand';
}

/** How the backend found the groups: "exact search", "local search". */
export function methodLabel(method: string): string {
  if (method === 'exact') return 'exact search';
  if (method === 'local_search') return 'local search';
  return method.replace(/_/g, ' ');
}

/** "6.RP.A.1, 6.RP.A.2 · like ability" */
export function basisLine(basis: Pick<GroupBasis, 'competencyCodes' | 'mode'>): string {
  const codes = basis.competencyCodes.join(', ');
  return codes === '' ? modeShort(basis.mode) : `${codes} · ${modeShort(basis.mode)}`;
}

/** The default title of a saved set: "Groups for 6.RP.A.1 — 2025-03-12". */
export function defaultSetTitle(codes: readonly string[], date: string): string {
  const what = codes.length === 0 ? 'Groups' : `Groups for ${codes.join(', ')}`;
  return `${what} — ${date}`;
}

/** A proposal's default title: by readiness, or for its codes (see defaultSetTitle). */
export function titleFor(basis: Pick<GroupBasis, 'competencyCodes' | 'mode'>, date: string): string {
  if (basis.mode !== 'readiness') return defaultSetTitle(basis.competencyCodes, date);
  const what = 'Groups by readiness';
  return `${what} — ${date}`;
}

/** A level for display: "1.5", "2", or "no evidence". */
export function levelText(level: number | null): string {
  if (level === null) return 'no evidence';
  return String(Math.round(level * 100) / 100);
}

/** "4 groups · 23 students" for a history item. */
export function setCounts(s: Pick<GroupSetSummary, 'groupCount' | 'studentCount'>): string {
  return `${plural(s.groupCount, 'group', 'groups')} · ${plural(s.studentCount, 'student', 'students')}`;
}

/** History, newest first: by date, then the backend's order. */
export function newestFirst<T extends { date: string }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.date === b.item.date ? a.i - b.i : a.item.date < b.item.date ? 1 : -1))
    .map((x) => x.item);
}

// ---------------------------------------------------------------- the suggest form

export interface GroupForm {
  /** Group by readiness (each student's nearest next step) instead of by `targets`. */
  byReadiness: boolean;
  targets: string[];
  by: 'count' | 'size';
  count: string;
  sizeMin: string;
  sizeMax: string;
  mode: GroupingMode;
  seed: string;
  absent: string[];
  apart: [string, string][];
  together: string[][];
  teacherLed: string[];
}

export function defaultGroupForm(): GroupForm {
  return {
    byReadiness: false,
    targets: [],
    by: 'count',
    count: '4',
    sizeMin: '3',
    sizeMax: '5',
    mode: 'like',
    seed: '1',
    absent: [],
    apart: [],
    together: [],
    teacherLed: [],
  };
}

/** A whole number typed in a field, or null when it is not one. */
export function parseWhole(s: string | number | null | undefined): number | null {
  const t = String(s ?? '').trim();
  if (!/^-?\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

/** The largest seed the form accepts (it is sent as a JSON number). */
export const SEED_MAX = 2 ** 31 - 1;

/** Field → message for the suggest form; empty when it can be sent. */
export function validateGroupForm(f: GroupForm, studentCount: number): FieldErrors {
  const e: FieldErrors = {};
  if (!f.byReadiness && f.targets.length === 0) e.targets = 'Tick at least one competency to group by.';
  if (f.by === 'count') {
    const n = parseWhole(f.count);
    if (n === null || n < 1) e.count = 'Enter a number of groups, 1 or more.';
    else if (studentCount > 0 && n > studentCount)
      e.count = `There are only ${plural(studentCount, 'student', 'students')} to group.`;
  } else {
    const min = parseWhole(f.sizeMin);
    const max = parseWhole(f.sizeMax);
    if (min === null || min < 1) e.sizeMin = 'Enter the smallest group size, 1 or more.';
    if (max === null || max < 1) e.sizeMax = 'Enter the largest group size, 1 or more.';
    else if (min !== null && min >= 1 && max < min) e.sizeMax = 'The largest size must be at least the smallest.';
  }
  const seed = parseWhole(f.seed);
  if (seed === null || seed < 0 || seed > SEED_MAX) e.seed = 'Enter a whole number, 0 or more.';
  return e;
}

/** The form's count as the backend takes it (call after validateGroupForm). */
export function countOf(f: GroupForm): GroupCount {
  return f.by === 'count'
    ? { kind: 'groups', count: parseWhole(f.count) ?? 1 }
    : { kind: 'size', min: parseWhole(f.sizeMin) ?? 1, max: parseWhole(f.sizeMax) ?? 1 };
}

/**
 * The request for a valid form. Absent students are dropped from the other constraints, and
 * "keep together" sets shrink to the students present (a set of one keeps no one together).
 */
export function buildGroupRequest(f: GroupForm, keep: KeptGroup[]): GroupRequest {
  const absent = new Set(f.absent);
  const present = (id: string) => !absent.has(id);
  return {
    competencyIds: f.byReadiness ? [] : [...f.targets],
    count: countOf(f),
    mode: f.byReadiness ? 'like' : f.mode,
    constraints: {
      apart: f.apart.filter(([a, b]) => present(a) && present(b)).map(([a, b]) => [a, b] as [string, string]),
      together: f.together.map((set) => set.filter(present)).filter((set) => set.length > 1),
      teacherLed: f.teacherLed.filter(present),
      absent: [...f.absent],
    },
    seed: parseWhole(f.seed) ?? 1,
    keep,
    byReadiness: f.byReadiness,
  };
}

/** A new random seed, different from `current` (1…99,999 so it stays easy to read aloud). */
export function newSeed(current: string, random: () => number = Math.random): string {
  for (let i = 0; i < 8; i++) {
    const s = String(1 + Math.floor(random() * 99_999));
    if (s !== current.trim()) return s;
  }
  return String((parseWhole(current) ?? 0) + 1);
}

/** Adds a "keep apart" pair unless it is a student with themself or already there (either order). */
export function addApart(pairs: readonly [string, string][], a: string, b: string): [string, string][] | string {
  if (a === '' || b === '') return 'Choose two students.';
  if (a === b) return 'Choose two different students.';
  if (pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) return 'Those two are already kept apart.';
  return [...pairs, [a, b]];
}

/** Adds a "keep together" set of two or more; a student already in another set is refused. */
export function addTogether(sets: readonly string[][], ids: readonly string[]): string[][] | string {
  const unique = [...new Set(ids)];
  if (unique.length < 2) return 'Tick two or more students to keep together.';
  if (sets.some((s) => s.some((id) => unique.includes(id))))
    return 'A student can be in only one “keep together” set; remove the other set first.';
  return [...sets, unique];
}

/** Maps a suggest error's field (with or without a "request." prefix) to its control. */
export const groupFormControl: FieldMapper = (field) => {
  const f = field.replace(/^request\./, '');
  if (f.startsWith('competencyIds')) return 'groups-targets';
  if (f === 'count' || f === 'count.count') return 'groups-count';
  if (f === 'count.min') return 'groups-size-min';
  if (f === 'count.max') return 'groups-size-max';
  if (f === 'seed') return 'groups-seed';
  return null;
};

export const GROUP_FORM_FIELDS: Record<string, string> = {
  targets: 'groups-targets',
  count: 'groups-count',
  sizeMin: 'groups-size-min',
  sizeMax: 'groups-size-max',
  seed: 'groups-seed',
};
export const groupFormLocalControl: FieldMapper = (field) => GROUP_FORM_FIELDS[field] ?? null;

// ---------------------------------------------------------------- groups on the board

/** One member on a card, for a proposal and a saved set alike. */
export interface BoardMember {
  studentId: string;
  displayName: string;
  reason: string;
  /** only a proposal knows it */
  level?: number | null;
}
export interface BoardGroup {
  /** the saved group's id; absent in a proposal */
  id?: string;
  name: string;
  focus: string;
  teacherLed: boolean;
  locked: boolean;
  members: BoardMember[];
  /** e.g. "Reteach", for a proposal */
  band?: string | null;
  playlists?: { id: string; title: string }[];
}

/** The proposal's groups as board groups. */
export function boardFromSet(s: GroupSetView): BoardGroup[] {
  return s.groups.map((g) => ({
    id: g.id,
    name: g.name,
    focus: g.focus,
    teacherLed: g.teacherLed,
    locked: g.locked,
    playlists: g.playlists,
    members: g.members.map((m) => ({ studentId: m.studentId, displayName: m.displayName, reason: m.reason })),
  }));
}

export function boardFromProposal(p: GroupProposal): BoardGroup[] {
  return p.groups.map((g) => ({
    name: g.name,
    focus: g.focus,
    teacherLed: g.teacherLed,
    locked: g.locked,
    band: g.band,
    members: g.members.map((m) => ({ studentId: m.studentId, displayName: m.displayName, reason: m.reason, level: m.level })),
  }));
}

/** The index of the group a student is in, or -1. */
export function groupIndexOf(groups: readonly BoardGroup[], studentId: string): number {
  return groups.findIndex((g) => g.members.some((m) => m.studentId === studentId));
}

/** Why a student can't move to group `to` (0-based), or null when they can. */
export function moveProblem(groups: readonly BoardGroup[], studentId: string, to: number): string | null {
  const from = groupIndexOf(groups, studentId);
  const target = groups[to];
  if (from < 0) return 'That student is not in these groups.';
  if (target === undefined) return `There is no group ${to + 1}.`;
  if (from === to) return null;
  const source = groups[from]!;
  if (source.locked) return `${source.name} is locked. Unlock it to move its students.`;
  if (target.locked) return `${target.name} is locked. Unlock it to move students into it.`;
  return null;
}

/** Moves a student to group `to` (0-based), appended at the end; the groups are not changed. */
export function moveMember(groups: readonly BoardGroup[], studentId: string, to: number): BoardGroup[] {
  const from = groupIndexOf(groups, studentId);
  if (from < 0 || from === to || groups[to] === undefined) return groups.map((g) => ({ ...g, members: [...g.members] }));
  const member = groups[from]!.members.find((m) => m.studentId === studentId)!;
  return groups.map((g, i) => {
    if (i === from) return { ...g, members: g.members.filter((m) => m.studentId !== studentId) };
    if (i === to) return { ...g, members: [...g.members, member] };
    return { ...g, members: [...g.members] };
  });
}

/** The group index a digit key names ("1" → 0), or null when the key is not a group's digit. */
export function digitTarget(key: string, groupCount: number): number | null {
  if (!/^[1-9]$/.test(key)) return null;
  const i = Number(key) - 1;
  return i < groupCount ? i : null;
}

/** The locked groups, as a suggestion keeps them. */
export function keptGroups(groups: readonly BoardGroup[]): KeptGroup[] {
  return groups
    .filter((g) => g.locked)
    .map((g) => ({ name: g.name, studentIds: g.members.map((m) => m.studentId), teacherLed: g.teacherLed }));
}

/** What saveGroupSet takes for the board's groups; reasons line up with student ids. */
export function setInputOf(groups: readonly BoardGroup[], title: string, date: string, basis: GroupBasis): GroupSetInput {
  return {
    date,
    title: title.trim(),
    basis: { ...basis, competencyIds: [...basis.competencyIds], competencyCodes: [...basis.competencyCodes] },
    groups: groups.map((g) => ({
      name: g.name,
      focus: g.focus,
      teacherLed: g.teacherLed,
      locked: g.locked,
      studentIds: g.members.map((m) => m.studentId),
      reasons: g.members.map((m) => m.reason),
    })),
  };
}

export const BAND_LABELS: Record<string, string> = { reteach: 'Reteach', practice: 'Practice', extend: 'Extend' };

/** Checks a set's title and date before saving. */
export function validateSetMeta(title: string, date: string): FieldErrors {
  const e: FieldErrors = {};
  if (title.trim() === '') e.title = 'Give the groups a title.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) e.date = 'Choose the date the groups are for.';
  return e;
}

// ---------------------------------------------------------------- stations

export const STATION_KINDS: { value: StationKind; label: string }[] = [
  { value: 'teacher_led', label: 'Teacher-led' },
  { value: 'collaborative', label: 'Collaborative' },
  { value: 'independent', label: 'Independent' },
  { value: 'online', label: 'Online' },
  { value: 'custom', label: 'Custom' },
];

export function kindLabel(kind: StationKind | null): string {
  return STATION_KINDS.find((k) => k.value === kind)?.label ?? '';
}

/** "up to 6" or "no limit". */
export function capacityText(capacity: number | null): string {
  return capacity === null ? 'no limit' : `up to ${capacity}`;
}

/** The four classic stations offered when a class has none. */
export const CLASSIC_STATIONS: StationInput[] = [
  {
    name: 'Teacher-led',
    kind: 'teacher_led',
    capacity: 6,
    materials: '',
    instructions: 'Small-group lesson with the teacher.',
  },
  {
    name: 'Collaborative',
    kind: 'collaborative',
    capacity: null,
    materials: '',
    instructions: 'Work on the task together; everyone explains their thinking.',
  },
  {
    name: 'Independent',
    kind: 'independent',
    capacity: null,
    materials: '',
    instructions: 'Work on your own practice.',
  },
  { name: 'Online', kind: 'online', capacity: null, materials: 'Laptops', instructions: 'Log in and work through your playlist.' },
];

export interface StationForm {
  name: string;
  kind: StationKind;
  capacity: string;
  materials: string;
  instructions: string;
}

export function stationFormOf(s?: StationInput): StationForm {
  return {
    name: s?.name ?? '',
    kind: s?.kind ?? 'independent',
    capacity: s?.capacity === null || s?.capacity === undefined ? '' : String(s.capacity),
    materials: s?.materials ?? '',
    instructions: s?.instructions ?? '',
  };
}

/** Field → message for the station form; empty when fine. */
export function validateStation(f: StationForm): FieldErrors {
  const e: FieldErrors = {};
  if (f.name.trim() === '') e.name = 'Give the station a name.';
  if (f.capacity.trim() !== '') {
    const n = parseWhole(f.capacity);
    if (n === null || n < 1) e.capacity = 'Enter how many students fit at once (1 or more), or leave it blank for no limit.';
  }
  return e;
}

export function stationInputOf(f: StationForm): StationInput {
  const cap = f.capacity.trim();
  return {
    name: f.name.trim(),
    kind: f.kind,
    capacity: cap === '' ? null : parseWhole(cap),
    materials: f.materials.trim(),
    instructions: f.instructions.trim(),
  };
}

export const stationControl: FieldMapper = (field) => {
  const f = field.replace(/^input\./, '');
  switch (f) {
    case 'name':
      return 'station-name';
    case 'kind':
      return 'station-kind';
    case 'capacity':
      return 'station-capacity';
    case 'materials':
      return 'station-materials';
    case 'instructions':
      return 'station-instructions';
    default:
      return null;
  }
};

/** Moves item `i` by `delta` places (−1 up, +1 down), clamped; a copy. */
export function moveItem<T>(list: readonly T[], i: number, delta: number): T[] {
  const out = [...list];
  const j = i + delta;
  if (i < 0 || i >= out.length || j < 0 || j >= out.length) return out;
  const [item] = out.splice(i, 1);
  out.splice(j, 0, item as T);
  return out;
}

/** The ticked stations in the order shown. */
export function orderedSelection(order: readonly string[], ticked: readonly string[]): string[] {
  return order.filter((id) => ticked.includes(id));
}

// ---------------------------------------------------------------- rotation

export const BLOCK_MAX = 240;
export const TRANSITION_MAX = 30;

/** Field → message for the rotation's minutes. */
export function validateTiming(block: string, transition: string): FieldErrors {
  const e: FieldErrors = {};
  const b = parseWhole(block);
  const t = parseWhole(transition);
  if (b === null || b < 1 || b > BLOCK_MAX) e.blockMinutes = `Enter the minutes per round, 1 to ${BLOCK_MAX}.`;
  if (t === null || t < 0 || t > TRANSITION_MAX) e.transitionMinutes = `Enter the transition minutes, 0 to ${TRANSITION_MAX}.`;
  return e;
}

export function validateRotationForm(f: {
  groupSetId: string;
  stationIds: string[];
  block: string;
  transition: string;
  date: string;
}): FieldErrors {
  const e: FieldErrors = {};
  if (f.groupSetId === '') e.groupSetId = 'Choose the groups that rotate.';
  if (f.stationIds.length === 0) e.stationIds = 'Tick at least one station.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.date)) e.date = 'Choose the date of the rotation.';
  return { ...e, ...validateTiming(f.block, f.transition) };
}

export const rotationControl: FieldMapper = (field) => {
  const f = field.replace(/^input\./, '');
  if (f === 'groupSetId') return 'rotation-group-set';
  if (f.startsWith('stationIds')) return 'rotation-stations';
  if (f === 'blockMinutes') return 'rotation-block';
  if (f === 'transitionMinutes') return 'rotation-transition';
  if (f === 'date') return 'rotation-date';
  return null;
};

export const timingControl: FieldMapper = (field) => {
  if (field === 'blockMinutes') return 'rotation-plan-block';
  if (field === 'transitionMinutes') return 'rotation-plan-transition';
  return null;
};

/** "9:05" from minutes after midnight (24-hour clock wraps). */
export function clockText(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  const h = Math.floor(m / 60);
  return `${h}:${String(m % 60).padStart(2, '0')}`;
}

/** Minutes after midnight of "HH:MM", or null. */
export function parseClock(s: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

/**
 * The time of round `round` (0-based): "9:00–9:15" from a start time, or "minutes 0–15" of the
 * lesson when no start is given. A transition follows each round but the last.
 */
export function roundTime(round: number, block: number, transition: number, start: string): string {
  const from = round * (block + transition);
  const begin = parseClock(start);
  if (begin === null) return `minutes ${from}–${from + block}`;
  return `${clockText(begin + from)}–${clockText(begin + from + block)}`;
}

/** "Round 1 · 9:00–9:15". */
export function roundLabel(round: number, block: number, transition: number, start: string): string {
  return `Round ${round + 1} · ${roundTime(round, block, transition, start)}`;
}

/** The station shown in a plan's cell, or null for none (or a station no longer in the plan). */
export function cellStation(plan: Pick<RotationView, 'cells' | 'stations'>, round: number, groupIndex: number): StationView | null {
  const id = plan.cells[round]?.[groupIndex] ?? null;
  if (id === null) return null;
  return plan.stations.find((s) => s.id === id) ?? null;
}

/** "15 min rounds · 2 min transitions · 4 rounds" */
export function timingLine(block: number, transition: number, rounds: number): string {
  return `${block} min rounds · ${transition} min ${transition === 1 ? 'transition' : 'transitions'} · ${plural(
    rounds,
    'round',
    'rounds',
  )}`;
}

/** Group names as a student reads them on paper: the display name is already first name + initial. */
export function memberLine(names: readonly string[]): string {
  return names.join(', ');
}

/** How dense the printed chart must be to fit one page. */
export function chartDensity(groups: number, rounds: number): 'roomy' | 'dense' | 'tight' {
  const size = Math.max(groups, rounds);
  if (size <= 4) return 'roomy';
  if (size <= 6) return 'dense';
  return 'tight';
}
