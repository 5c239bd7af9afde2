// Pure helpers for the Groups & rotation page: the suggest form's request and checks, the
// proposal's local edits (moves, locks), the wording of methods, bases, stations and rounds,
// the station form's checks and the rotation's timing. No DOM, no Svelte components; the words
// come from the catalog (groups.ftl) in the current language, so none is a constant.
import { formatDate, formatNumber, t } from './i18n.svelte';
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
  Message,
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

/**
 * "Mar 12, 2025" for an ISO date in the current language, read as a local calendar date; the
 * input when unreadable.
 */
export function formatIsoDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return formatDate(iso);
}

/**
 * "1 student" / "3 students", English only. Kept for lib/reports.ts, which still uses it; the
 * groups screens use plural messages in the catalog instead.
 */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A grouping mode's name, for the suggest form: "Like ability (reteach / practice / extend)". */
export function modeLabel(mode: GroupingMode | 'manual'): string {
  switch (mode) {
    case 'like':
      return t('groups-mode-like');
    case 'mixed':
      return t('groups-mode-mixed');
    default:
      return t('groups-mode-manual');
  }
}

/** The short form used in lists: "like ability", "mixed ability". */
export function modeShort(mode: string): string {
  switch (mode) {
    case 'readiness':
      return t('groups-mode-short-readiness');
    case 'like':
      return t('groups-mode-short-like');
    case 'mixed':
      return t('groups-mode-short-mixed');
    default:
      return t('groups-mode-short-manual');
  }
}

/** How the backend found the groups: "exact search", "local search". */
export function methodLabel(method: string): string {
  if (method === 'exact') return t('groups-method-exact');
  if (method === 'local_search') return t('groups-method-local-search');
  return method.replace(/_/g, ' ');
}

/** "6.RP.A.1, 6.RP.A.2 · like ability" */
export function basisLine(basis: Pick<GroupBasis, 'competencyCodes' | 'mode'>): string {
  const codes = basis.competencyCodes.join(', ');
  return codes === '' ? modeShort(basis.mode) : `${codes} · ${modeShort(basis.mode)}`;
}

/** The default title of a saved set: "Groups for 6.RP.A.1 — 2025-03-12". */
export function defaultSetTitle(codes: readonly string[], date: string): string {
  if (codes.length === 0) return t('groups-default-title', { date });
  return t('groups-default-title-codes', { codes: codes.join(', '), date });
}

/** A proposal's default title: by readiness, or for its codes (see defaultSetTitle). */
export function titleFor(basis: Pick<GroupBasis, 'competencyCodes' | 'mode'>, date: string): string {
  if (basis.mode !== 'readiness') return defaultSetTitle(basis.competencyCodes, date);
  return t('groups-default-title-readiness', { date });
}

/** A level for display: "1.5", "2", or "no evidence". */
export function levelText(level: number | null): string {
  if (level === null) return t('groups-level-none');
  return formatNumber(Math.round(level * 100) / 100, { maximumFractionDigits: 2 });
}

/** "4 groups · 23 students" for a history item. */
export function setCounts(s: Pick<GroupSetSummary, 'groupCount' | 'studentCount'>): string {
  return t('groups-set-counts', { groups: s.groupCount, students: s.studentCount });
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
  if (!f.byReadiness && f.targets.length === 0) e.targets = t('groups-error-targets');
  if (f.by === 'count') {
    const n = parseWhole(f.count);
    if (n === null || n < 1) e.count = t('groups-error-count');
    else if (studentCount > 0 && n > studentCount) e.count = t('groups-error-count-too-many', { count: studentCount });
  } else {
    const min = parseWhole(f.sizeMin);
    const max = parseWhole(f.sizeMax);
    if (min === null || min < 1) e.sizeMin = t('groups-error-size-min');
    if (max === null || max < 1) e.sizeMax = t('groups-error-size-max');
    else if (min !== null && min >= 1 && max < min) e.sizeMax = t('groups-error-size-order');
  }
  const seed = parseWhole(f.seed);
  if (seed === null || seed < 0 || seed > SEED_MAX) e.seed = t('groups-error-seed');
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
    groupWord: t('groups-new-group-word'),
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
  if (a === '' || b === '') return t('groups-apart-choose-two');
  if (a === b) return t('groups-apart-same');
  if (pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) return t('groups-apart-exists');
  return [...pairs, [a, b]];
}

/** Adds a "keep together" set of two or more; a student already in another set is refused. */
export function addTogether(sets: readonly string[][], ids: readonly string[]): string[][] | string {
  const unique = [...new Set(ids)];
  if (unique.length < 2) return t('groups-together-too-few');
  if (sets.some((s) => s.some((id) => unique.includes(id)))) return t('groups-together-overlap');
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
  /** why they are here, rendered with renderMessage; null when saved without one */
  reason: Message | null;
  /** only a proposal knows it */
  level?: number | null;
}
export interface BoardGroup {
  /** the saved group's id; absent in a proposal */
  id?: string;
  name: string;
  /** what it works on, rendered with renderMessage; null for none */
  focus: Message | null;
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
  if (from < 0) return t('groups-move-not-in');
  if (target === undefined) return t('groups-move-no-group', { number: to + 1 });
  if (from === to) return null;
  const source = groups[from]!;
  if (source.locked) return t('groups-move-source-locked', { group: source.name });
  if (target.locked) return t('groups-move-target-locked', { group: target.name });
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

/** A proposal group's band in words ("Reteach"); an unknown band shows as itself. */
export function bandLabel(band: string): string {
  switch (band) {
    case 'reteach':
      return t('groups-band-reteach');
    case 'practice':
      return t('groups-band-practice');
    case 'extend':
      return t('groups-band-extend');
    default:
      return band;
  }
}

/** Checks a set's title and date before saving. */
export function validateSetMeta(title: string, date: string): FieldErrors {
  const e: FieldErrors = {};
  if (title.trim() === '') e.title = t('groups-error-title');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) e.date = t('groups-error-date');
  return e;
}

// ---------------------------------------------------------------- stations

/** The station kinds, in the order the form offers them. */
export const STATION_KIND_VALUES: readonly StationKind[] = ['teacher_led', 'collaborative', 'independent', 'online', 'custom'];

/** A station kind in words ("Teacher-led"); empty for none. */
export function kindLabel(kind: StationKind | null): string {
  switch (kind) {
    case 'teacher_led':
      return t('stations-kind-teacher-led');
    case 'collaborative':
      return t('stations-kind-collaborative');
    case 'independent':
      return t('stations-kind-independent');
    case 'online':
      return t('stations-kind-online');
    case 'custom':
      return t('stations-kind-custom');
    default:
      return '';
  }
}

/** "up to 6" or "no limit". */
export function capacityText(capacity: number | null): string {
  return capacity === null ? t('stations-capacity-none') : t('stations-capacity-up-to', { count: capacity });
}

/**
 * The four classic stations offered when a class has none, named in the current language
 * (they are saved as the class's own stations, which the teacher may rename).
 */
export function classicStations(): StationInput[] {
  return [
    {
      name: t('stations-classic-teacher-name'),
      kind: 'teacher_led',
      capacity: 6,
      materials: '',
      instructions: t('stations-classic-teacher-instructions'),
    },
    {
      name: t('stations-classic-collaborative-name'),
      kind: 'collaborative',
      capacity: null,
      materials: '',
      instructions: t('stations-classic-collaborative-instructions'),
    },
    {
      name: t('stations-classic-independent-name'),
      kind: 'independent',
      capacity: null,
      materials: '',
      instructions: t('stations-classic-independent-instructions'),
    },
    {
      name: t('stations-classic-online-name'),
      kind: 'online',
      capacity: null,
      materials: t('stations-classic-online-materials'),
      instructions: t('stations-classic-online-instructions'),
    },
  ];
}

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
  if (f.name.trim() === '') e.name = t('stations-error-name');
  if (f.capacity.trim() !== '') {
    const n = parseWhole(f.capacity);
    if (n === null || n < 1) e.capacity = t('stations-error-capacity');
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
  const tr = parseWhole(transition);
  if (b === null || b < 1 || b > BLOCK_MAX) e.blockMinutes = t('rotation-error-block', { max: BLOCK_MAX });
  if (tr === null || tr < 0 || tr > TRANSITION_MAX) e.transitionMinutes = t('rotation-error-transition', { max: TRANSITION_MAX });
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
  if (f.groupSetId === '') e.groupSetId = t('rotation-error-group-set');
  if (f.stationIds.length === 0) e.stationIds = t('rotation-error-stations');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.date)) e.date = t('rotation-error-date');
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
  if (begin === null) return t('rotation-round-minutes', { from, to: from + block });
  return `${clockText(begin + from)}–${clockText(begin + from + block)}`;
}

/** "Round 1 · 9:00–9:15". */
export function roundLabel(round: number, block: number, transition: number, start: string): string {
  return t('rotation-round-label', { round: round + 1, time: roundTime(round, block, transition, start) });
}

/** The station shown in a plan's cell, or null for none (or a station no longer in the plan). */
export function cellStation(plan: Pick<RotationView, 'cells' | 'stations'>, round: number, groupIndex: number): StationView | null {
  const id = plan.cells[round]?.[groupIndex] ?? null;
  if (id === null) return null;
  return plan.stations.find((s) => s.id === id) ?? null;
}

/** "15 min rounds · 2 min transitions · 4 rounds" */
export function timingLine(block: number, transition: number, rounds: number): string {
  return t('rotation-timing-line', { block, transition, rounds });
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
