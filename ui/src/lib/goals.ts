// Pure helpers for what a student owns on their page: goals and check-ins, reflections and
// conferences (the portfolio has its own module). Labels, empty inputs, the checks a form
// makes before asking the backend (which checks again), and which control a backend field
// belongs to. No DOM, no Svelte.
import type {
  Author,
  CheckInInput,
  ConferenceInput,
  ConferenceView,
  GoalInput,
  GoalStatus,
  GoalView,
  ReflectionInput,
  ReflectionView,
  ScaleLevel,
} from '../api';
import { formatNumber, t } from './i18n.svelte';
import { charCount, isValidIsoDate } from './validate';

// ---------------------------------------------------------------- words
// (from the catalog, read when shown, so they follow the UI's language)

export const GOAL_STATUSES: readonly GoalStatus[] = ['active', 'met', 'not_met', 'dropped'];

/** A goal status in words: "Working on it". */
export function goalStatusLabel(s: GoalStatus): string {
  switch (s) {
    case 'active':
      return t('goals-status-active');
    case 'met':
      return t('goals-status-met');
    case 'not_met':
      return t('goals-status-not-met');
    case 'dropped':
      return t('goals-status-dropped');
  }
}

export function isGoalStatus(v: string): v is GoalStatus {
  return (GOAL_STATUSES as string[]).includes(v);
}

/** Who wrote a check-in or a reflection: "Student", "Teacher". */
export function authorLabel(a: Author): string {
  return a === 'student' ? t('goals-author-student') : t('goals-author-teacher');
}

export function isAuthor(v: string): v is Author {
  return v === 'student' || v === 'teacher';
}

/** "40%" (rounded, kept within 0–100), as the UI's language writes a percentage. */
export function percentText(progress: number): string {
  return formatNumber(clampProgress(progress) / 100, { style: 'percent' });
}

/** A progress value as a whole number from 0 to 100 (NaN counts as 0). */
export function clampProgress(n: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.min(100, Math.max(0, Math.round(n)));
}

/** The first word of a display name: "Ana García" → "Ana". */
export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? '';
}

// ---------------------------------------------------------------- lines

/** A textarea's lines as a list: trimmed, blank lines dropped. */
export function linesToList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export function listToLines(list: readonly string[]): string {
  return list.join('\n');
}

/** Newest first by date, then by the order the backend gave (stable). */
export function byDateDesc<T extends { date: string }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.date < b.item.date ? 1 : a.item.date > b.item.date ? -1 : a.i - b.i))
    .map((x) => x.item);
}

// ---------------------------------------------------------------- shared checks

// The backend's limits (waypoint-core ownership.rs), checked here first for instant feedback.
const GOAL_TITLE_MAX = 160;
const WHY_MAX = 2000;
const STEP_MAX = 300;
const NOTE_MAX = 2000;
const RESPONSE_MAX = 4000;
const CONFERENCE_NOTES_MAX = 8000;
const ITEM_MAX = 200;

function checkText(out: Record<string, string>, field: string, value: string, label: string, max: number): void {
  const n = charCount(value.trim());
  if (n > max) out[field] = t('validate-too-long', { field: label, count: n, max });
}

/** A date that must be real if given; `required` is what to say when it is missing. */
function checkDate(out: Record<string, string>, field: string, value: string, label: string, required?: string): void {
  const v = value.trim();
  if (v === '') {
    if (required !== undefined) out[field] = required;
  } else if (!isValidIsoDate(v)) {
    out[field] = t('validate-bad-date', { field: label, value: v });
  }
}

/** The part of a backend field path before the first dot: "steps.2" → "steps". */
function head(field: string | undefined): string {
  return (field ?? '').split('.')[0] ?? '';
}

// ---------------------------------------------------------------- goals

export function emptyGoal(): GoalInput {
  return { title: '', why: '', steps: [], targetDate: '', status: 'active', competencyIds: [], profileLinks: [] };
}

export function goalInputOf(g: GoalView): GoalInput {
  return {
    title: g.title,
    why: g.why,
    steps: [...g.steps],
    targetDate: g.targetDate,
    status: g.status,
    competencyIds: [...g.competencyIds],
    profileLinks: [...g.profileLinks],
  };
}

export function goalProblems(input: GoalInput): Record<string, string> {
  const out: Record<string, string> = {};
  if (input.title.trim() === '') out.title = t('goals-title-blank');
  else checkText(out, 'title', input.title, t('goals-check-title'), GOAL_TITLE_MAX);
  checkText(out, 'why', input.why, t('goals-field-why'), WHY_MAX);
  const longStep = input.steps.find((s) => charCount(s) > STEP_MAX);
  if (longStep !== undefined) out.steps = t('goals-step-too-long', { max: STEP_MAX });
  checkDate(out, 'targetDate', input.targetDate, t('goals-check-target-date'));
  return out;
}

export function goalFieldControl(field: string | undefined): string | null {
  switch (head(field)) {
    case 'title':
      return 'goal-title';
    case 'why':
      return 'goal-why';
    case 'steps':
      return 'goal-steps';
    case 'targetDate':
      return 'goal-target-date';
    case 'status':
      return 'goal-status';
    case 'competencyIds':
    case 'competencies':
      return 'goal-competencies';
    case 'profileLinks':
      return 'goal-links';
    default:
      return null;
  }
}

/** The choices for a goal's profile links: the profile's interests and career goals, plus any
 * link the goal already has that the profile no longer lists (so it is never dropped unseen). */
export function linkChoices(
  interests: readonly string[],
  careerGoals: readonly string[],
  current: readonly string[],
): { text: string; kind: 'interest' | 'career' | 'earlier' }[] {
  const seen = new Set<string>();
  const out: { text: string; kind: 'interest' | 'career' | 'earlier' }[] = [];
  const add = (text: string, kind: 'interest' | 'career' | 'earlier') => {
    if (seen.has(text)) return;
    seen.add(text);
    out.push({ text, kind });
  };
  interests.forEach((t) => add(t, 'interest'));
  careerGoals.forEach((t) => add(t, 'career'));
  current.forEach((t) => add(t, 'earlier'));
  return out;
}

/** An active goal that is overdue or has gone 14 days without a check-in. */
export function goalNeedsAttention(g: Pick<GoalView, 'status' | 'overdue' | 'stale'>): boolean {
  return g.status === 'active' && (g.overdue || g.stale);
}

// ---------------------------------------------------------------- check-ins

export function emptyCheckIn(today: string, progress = 0, author: Author = 'teacher'): CheckInInput {
  return { date: today, progress: clampProgress(progress), note: '', author };
}

/** Check a check-in; `progressText` is what the number box holds. */
export function checkInProblems(input: CheckInInput, progressText: string): Record<string, string> {
  const out: Record<string, string> = {};
  checkDate(out, 'date', input.date, t('goals-check-date'), t('goals-choose-date'));
  const typed = progressText.trim();
  if (!/^\d{1,3}$/.test(typed) || Number(typed) > 100) out.progress = t('goals-progress-invalid');
  checkText(out, 'note', input.note, t('goals-check-note'), NOTE_MAX);
  return out;
}

export function checkInFieldControl(field: string | undefined, prefix = 'checkin'): string | null {
  switch (head(field)) {
    case 'date':
      return `${prefix}-date`;
    case 'progress':
      return `${prefix}-progress`;
    case 'note':
      return `${prefix}-note`;
    case 'author':
      return `${prefix}-author`;
    default:
      return null;
  }
}

// ---------------------------------------------------------------- reflections

/** What a reflection answering no prompt is called: "Free reflection". */
export function freeReflection(): string {
  return t('reflections-free');
}

export function emptyReflection(today: string, author: Author = 'teacher'): ReflectionInput {
  return { promptId: '', response: '', date: today, competencyId: '', selfRating: null, forConference: false, author };
}

export function reflectionInputOf(r: ReflectionView): ReflectionInput {
  return {
    promptId: r.promptId,
    response: r.response,
    date: r.date,
    competencyId: r.competencyId,
    selfRating: r.selfRating,
    forConference: r.forConference,
    author: r.author,
  };
}

export function reflectionProblems(input: ReflectionInput): Record<string, string> {
  const out: Record<string, string> = {};
  if (input.response.trim() === '') out.response = t('reflections-response-blank');
  else checkText(out, 'response', input.response, t('reflections-check-response'), RESPONSE_MAX);
  checkDate(out, 'date', input.date, t('goals-check-date'), t('goals-choose-date'));
  if (input.selfRating !== null && input.competencyId === '') out.selfRating = t('reflections-rating-needs-competency');
  return out;
}

export function reflectionFieldControl(field: string | undefined, prefix = 'reflection'): string | null {
  switch (head(field)) {
    case 'promptId':
    case 'prompt':
      return `${prefix}-prompt`;
    case 'response':
      return `${prefix}-response`;
    case 'date':
      return `${prefix}-date`;
    case 'competencyId':
    case 'competency':
      return `${prefix}-competency`;
    case 'selfRating':
      return `${prefix}-rating`;
    case 'forConference':
      return `${prefix}-conference`;
    default:
      return null;
  }
}

/** "3 · Proficient" when the scale knows the level, else "3". */
export function ratingText(rating: number, levels: readonly ScaleLevel[] | undefined): string {
  const level = levels?.find((l) => l.value === rating);
  return level && level.label.trim() !== '' ? `${rating} · ${level.label}` : String(rating);
}

/** The prompt line of a reflection: its prompt's text, or "Free reflection". */
export function promptLine(r: Pick<ReflectionView, 'promptId' | 'promptText'>): string {
  return r.promptId === '' || r.promptText.trim() === '' ? freeReflection() : r.promptText;
}

// ---------------------------------------------------------------- conferences

export function emptyConference(today: string): ConferenceInput {
  return { date: today, attendees: [], notes: '', nextSteps: [], followUps: [], studentLed: true };
}

export function conferenceInputOf(c: ConferenceView): ConferenceInput {
  return {
    date: c.date,
    attendees: [...c.attendees],
    notes: c.notes,
    nextSteps: [...c.nextSteps],
    followUps: [...c.followUps],
    studentLed: c.studentLed,
  };
}

export function conferenceProblems(input: ConferenceInput): Record<string, string> {
  const out: Record<string, string> = {};
  checkDate(out, 'date', input.date, t('goals-check-date'), t('goals-choose-date'));
  checkText(out, 'notes', input.notes, t('student-conference-check-notes'), CONFERENCE_NOTES_MAX);
  const tooLong = (items: readonly string[]) => items.some((s) => charCount(s) > ITEM_MAX);
  if (tooLong(input.attendees)) out.attendees = t('student-conference-attendee-too-long', { max: ITEM_MAX });
  if (tooLong(input.nextSteps)) out.nextSteps = t('student-conference-step-too-long', { max: ITEM_MAX });
  if (tooLong(input.followUps)) out.followUps = t('student-conference-follow-up-too-long', { max: ITEM_MAX });
  return out;
}

export function conferenceFieldControl(field: string | undefined): string | null {
  switch (head(field)) {
    case 'date':
      return 'conference-date';
    case 'attendees':
      return 'conference-attendees';
    case 'notes':
      return 'conference-notes';
    case 'nextSteps':
      return 'conference-next-steps';
    case 'followUps':
      return 'conference-follow-ups';
    case 'studentLed':
      return 'conference-student-led';
    default:
      return null;
  }
}

// ---------------------------------------------------------------- PIN

/** The teacher PIN: 4 to 8 digits, typed twice the same. */
export function pinProblems(pin: string, confirm: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!/^\d{4,8}$/.test(pin)) out.pin = t('student-mode-pin-digits');
  else if (pin !== confirm) out.confirm = t('student-mode-pin-mismatch');
  return out;
}

/** Map field problems through a control mapper; unknown fields are dropped into `general`. */
export function mapProblems(
  problems: Record<string, string>,
  mapper: (field: string) => string | null,
): { controls: Record<string, string>; general: string | null } {
  const controls: Record<string, string> = {};
  const general: string[] = [];
  for (const [field, msg] of Object.entries(problems)) {
    const id = mapper(field);
    if (id === null) general.push(msg);
    else if (controls[id] === undefined) controls[id] = msg;
  }
  return { controls, general: general.length > 0 ? general.join(' ') : null };
}
