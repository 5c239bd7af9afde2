// Goals & conferences: the words and small calculations the page shows. Pure: no DOM, no
// backend; dates are "YYYY-MM-DD" calendar dates read in the computer's own time zone.
import type { GoalView, ReportLang, ReportVariant, TeamApproach } from '../api';
import { formatIsoDate, plural } from './groups';

// ---------------------------------------------------------------- dates

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a calendar date, or null when it isn't one. */
function dayNumber(iso: string): number | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / 86_400_000);
}

/** Whole days from `from` to `to` (negative when `to` is earlier); null when either isn't a date. */
export function daysBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/** "3 days overdue", "1 day overdue", "Due today"; "" when the date can't be read or is ahead. */
export function overdueText(targetDate: string, today: string): string {
  const days = daysBetween(targetDate, today);
  if (days === null || days < 0) return '';
  if (days === 0) return 'Due today';
  return `${plural(days, 'day', 'days')} overdue`;
}

/** The newest check-in's date, or "" when there is none. */
export function lastCheckInDate(goal: Pick<GoalView, 'checkIns'>): string {
  let newest = '';
  for (const c of goal.checkIns) if (c.date > newest) newest = c.date;
  return newest;
}

/** "Latest check-in: 40% on Mar 3, 2026" or "No check-ins yet". */
export function latestProgressText(goal: Pick<GoalView, 'checkIns' | 'progress'>): string {
  const last = lastCheckInDate(goal);
  if (last === '') return 'No check-ins yet';
  return `Latest check-in: ${clampPercent(goal.progress)}% on ${formatIsoDate(last)}`;
}

/** "Last check-in Mar 3, 2026 · 20 days ago", or "No check-ins yet". */
export function staleText(goal: Pick<GoalView, 'checkIns'>, today: string): string {
  const last = lastCheckInDate(goal);
  if (last === '') return 'No check-ins yet';
  const days = daysBetween(last, today);
  const ago = days === null || days < 0 ? '' : days === 0 ? ' · today' : ` · ${plural(days, 'day', 'days')} ago`;
  return `Last check-in ${formatIsoDate(last)}${ago}`;
}

export function clampPercent(n: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.min(100, Math.max(0, Math.round(n)));
}

/** "Target Mar 3, 2026", or "No target date". */
export function targetText(targetDate: string): string {
  return targetDate === '' ? 'No target date' : `Target ${formatIsoDate(targetDate)}`;
}

// ---------------------------------------------------------------- report options

export const REPORT_LANGS: { value: ReportLang; label: string }[] = [
  { value: 'auto', label: "Each family's language" },
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Español' },
  // Each family language by its own name, as the families read it (not translated).
  { value: 'so', label: 'Soomaali' },
  { value: 'ar', label: 'العربية' },
  { value: 'vi', label: 'Tiếng Việt' },
  { value: 'zh', label: '中文（简体）' },
  { value: 'ht', label: 'Kreyòl ayisyen' },
  { value: 'pt', label: 'Português' },
];

export const REPORT_VARIANTS: { value: ReportVariant; label: string }[] = [
  { value: 'teacher', label: 'Teacher-led' },
  { value: 'student', label: "Student-led — opens with the student's own goal and reflection" },
];

export function isReportLang(v: string): v is ReportLang {
  return REPORT_LANGS.some((l) => l.value === v);
}

export function isReportVariant(v: string): v is ReportVariant {
  return REPORT_VARIANTS.some((l) => l.value === v);
}

/** What the conference report holds, in the order it prints. */
export const REPORT_CONTENTS: readonly string[] = [
  'Highlights from the learner profile: strengths, interests and goals',
  'Mastery by strand, with each level in plain language',
  'Growth since the last conference',
  "The student's goals and how they are going",
  'The reflections chosen for the conference',
  'Portfolio highlights',
  'Next steps',
  'Space for the family’s notes',
];

/** The status once a report has opened in its window. */
export function openedText(what: 'conference' | 'summary' | 'team', studentName: string | null): string {
  switch (what) {
    case 'conference':
      return studentName === null
        ? 'The report is open in its own window: the whole class, one student per page.'
        : `The report is open in its own window: ${studentName}.`;
    case 'summary':
      return 'The class summary is open in its own window.';
    case 'team':
      return 'The team reflection is open in its own window.';
  }
}

// ---------------------------------------------------------------- prompts

/** As waypoint-core's PROMPT_MAX: one or two sentences a student reads at a glance. */
export const PROMPT_MAX = 300;

/** A local check before asking the backend, which has the last word. */
export function promptProblem(text: string): string | null {
  const t = text.trim();
  if (t === '') return "The prompt can't be blank.";
  const len = [...t].length;
  if (len > PROMPT_MAX) return `The prompt is too long (${len} characters); the limit is ${PROMPT_MAX}.`;
  return null;
}

// ---------------------------------------------------------------- team reflection

export interface ThemeGroup {
  theme: string;
  approaches: TeamApproach[];
}

/** The approaches grouped by theme, themes in the order they first appear, approaches in order. */
export function groupByTheme(approaches: readonly TeamApproach[]): ThemeGroup[] {
  const groups: ThemeGroup[] = [];
  const byTheme = new Map<string, ThemeGroup>();
  for (const a of approaches) {
    const key = a.theme.trim() === '' ? 'Other' : a.theme;
    let g = byTheme.get(key);
    if (!g) {
      g = { theme: key, approaches: [] };
      byTheme.set(key, g);
      groups.push(g);
    }
    g.approaches.push(a);
  }
  return groups;
}

export interface ApproachDraft {
  now: string;
  different: string;
}

export function approachDirty(saved: Pick<TeamApproach, 'now' | 'different'> | undefined, draft: ApproachDraft | undefined): boolean {
  if (!saved || !draft) return false;
  return saved.now !== draft.now || saved.different !== draft.different;
}

/** "2 of 12 approaches looked at": an approach counts once either box has text. */
export function teamProgressText(approaches: readonly Pick<TeamApproach, 'now' | 'different'>[]): string {
  const done = approaches.filter((a) => a.now.trim() !== '' || a.different.trim() !== '').length;
  return `${done} of ${plural(approaches.length, 'approach', 'approaches')} looked at`;
}

/** A backend field on the team reflection's create form → its control id. */
export function teamFieldControl(field: string | undefined): string | null {
  switch (field) {
    case 'team':
    case 'name':
      return 'team-name';
    case 'date':
      return 'team-date';
    default:
      return null;
  }
}

export { formatIsoDate, plural };
