// Goals & conferences: the words and small calculations the page shows. Pure: no DOM, no
// backend; dates are "YYYY-MM-DD" calendar dates read in the computer's own time zone. The
// words come from the catalog (conferences.ftl), in the UI's current language.
import type { GoalView, ReportLang, ReportVariant, TeamApproach } from '../api';
import { formatDate, t } from './i18n.svelte';

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
  if (days === 0) return t('reports-due-today');
  return t('reports-overdue-days', { count: days });
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
  if (last === '') return t('reports-no-check-ins');
  return t('reports-latest-check-in', { percent: clampPercent(goal.progress), date: formatDate(last) });
}

/** "Last check-in Mar 3, 2026 · 20 days ago", or "No check-ins yet". */
export function staleText(goal: Pick<GoalView, 'checkIns'>, today: string): string {
  const last = lastCheckInDate(goal);
  if (last === '') return t('reports-no-check-ins');
  const days = daysBetween(last, today);
  const date = formatDate(last);
  if (days === null || days < 0) return t('reports-last-check-in', { date });
  if (days === 0) return t('reports-last-check-in-today', { date });
  return t('reports-last-check-in-ago', { date, days });
}

export function clampPercent(n: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.min(100, Math.max(0, Math.round(n)));
}

/** "Target Mar 3, 2026", or "No target date". */
export function targetText(targetDate: string): string {
  return targetDate === '' ? t('reports-no-target') : t('reports-target', { date: formatDate(targetDate) });
}

// ---------------------------------------------------------------- report options

// The labels are getters, so each read is in the UI's current language.
export const REPORT_LANGS: { value: ReportLang; readonly label: string }[] = [
  {
    value: 'auto',
    get label() {
      return t('reports-lang-auto');
    },
  },
  {
    value: 'en',
    get label() {
      return t('reports-lang-en');
    },
  },
  {
    value: 'es',
    get label() {
      return t('reports-lang-es');
    },
  },
  // Each family language by its own name, as the families read it (not translated).
  { value: 'so', label: 'Soomaali' },
  { value: 'ar', label: 'العربية' },
  { value: 'vi', label: 'Tiếng Việt' },
  { value: 'zh', label: '中文（简体）' },
  { value: 'ht', label: 'Kreyòl ayisyen' },
  { value: 'pt', label: 'Português' },
];

export const REPORT_VARIANTS: { value: ReportVariant; readonly label: string }[] = [
  {
    value: 'teacher',
    get label() {
      return t('reports-variant-teacher');
    },
  },
  {
    value: 'student',
    get label() {
      return t('reports-variant-student');
    },
  },
];

export function isReportLang(v: string): v is ReportLang {
  return REPORT_LANGS.some((l) => l.value === v);
}

export function isReportVariant(v: string): v is ReportVariant {
  return REPORT_VARIANTS.some((l) => l.value === v);
}

/** What the conference report holds, in the order it prints. */
export function reportContents(): string[] {
  return [
    t('reports-contents-profile'),
    t('reports-contents-mastery'),
    t('reports-contents-growth'),
    t('reports-contents-goals'),
    t('reports-contents-reflections'),
    t('reports-contents-portfolio'),
    t('reports-contents-next-steps'),
    t('reports-contents-family-notes'),
  ];
}

/** The status once a report has opened in its window. */
export function openedText(what: 'conference' | 'summary' | 'team', studentName: string | null): string {
  switch (what) {
    case 'conference':
      return studentName === null ? t('reports-opened-class') : t('reports-opened-student', { name: studentName });
    case 'summary':
      return t('reports-opened-summary');
    case 'team':
      return t('reports-opened-team');
  }
}

// ---------------------------------------------------------------- prompts

/** As waypoint-core's PROMPT_MAX: one or two sentences a student reads at a glance. */
export const PROMPT_MAX = 300;

/** A local check before asking the backend, which has the last word. */
export function promptProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return t('reports-prompt-blank');
  const len = [...trimmed].length;
  if (len > PROMPT_MAX) return t('reports-prompt-too-long', { count: len, max: PROMPT_MAX });
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
    const key = a.theme.trim() === '' ? t('reports-theme-other') : a.theme;
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
  return t('reports-team-progress', { done, count: approaches.length });
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

/** A calendar date (`YYYY-MM-DD`) for the UI's language: "Mar 3, 2026". */
export function formatIsoDate(iso: string): string {
  return iso === '' ? '' : formatDate(iso);
}
