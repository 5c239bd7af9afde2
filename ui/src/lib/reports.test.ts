import { describe, expect, it } from 'vitest';
import {
  approachDirty,
  daysBetween,
  groupByTheme,
  isReportLang,
  isReportVariant,
  lastCheckInDate,
  latestProgressText,
  openedText,
  overdueText,
  promptProblem,
  staleText,
  targetText,
  teamFieldControl,
  teamProgressText,
} from './reports';
import type { TeamApproach } from '../api';

const checkIn = (date: string, progress: number) => ({ id: date, date, progress, note: '', author: 'student' as const });

describe('dates', () => {
  it('counts calendar days, across months and leap days', () => {
    expect(daysBetween('2026-03-01', '2026-03-04')).toBe(3);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-04', '2026-03-01')).toBe(-3);
    expect(daysBetween('2026-02-30', '2026-03-01'), 'not a date').toBeNull();
    expect(daysBetween('', '2026-03-01')).toBeNull();
  });

  it('says how overdue a goal is', () => {
    expect(overdueText('2026-03-01', '2026-03-04')).toBe('3 days overdue');
    expect(overdueText('2026-03-03', '2026-03-04')).toBe('1 day overdue');
    expect(overdueText('2026-03-04', '2026-03-04')).toBe('Due today');
    expect(overdueText('2026-03-05', '2026-03-04')).toBe('');
    expect(overdueText('', '2026-03-04')).toBe('');
  });

  it('describes the latest check-in', () => {
    const g = { checkIns: [checkIn('2026-03-02', 40), checkIn('2026-02-20', 10)], progress: 40 };
    expect(lastCheckInDate(g)).toBe('2026-03-02');
    expect(latestProgressText(g)).toBe('Latest check-in: 40% on Mar 2, 2026');
    expect(latestProgressText({ checkIns: [], progress: 0 })).toBe('No check-ins yet');
    expect(staleText(g, '2026-03-22')).toBe('Last check-in Mar 2, 2026 · 20 days ago');
    expect(staleText({ checkIns: [] }, '2026-03-22')).toBe('No check-ins yet');
    expect(targetText('')).toBe('No target date');
    expect(targetText('2026-05-01')).toBe('Target May 1, 2026');
  });
});

describe('report options', () => {
  it('knows its languages and variants', () => {
    expect(isReportLang('auto')).toBe(true);
    expect(isReportLang('fr')).toBe(false);
    expect(isReportVariant('student')).toBe(true);
    expect(isReportVariant('parent')).toBe(false);
  });
  it('says what opened', () => {
    expect(openedText('conference', null)).toMatch(/^The report is open in its own window/);
    expect(openedText('conference', 'Ana García')).toBe('The report is open in its own window: Ana García.');
    expect(openedText('summary', null)).toBe('The class summary is open in its own window.');
  });
});

describe('prompts', () => {
  it('checks a prompt before the backend does', () => {
    expect(promptProblem('  ')).toBe("The prompt can't be blank.");
    expect(promptProblem('What helped?')).toBeNull();
    expect(promptProblem('x'.repeat(301))).toMatch(/too long \(301 characters\); the limit is 300/);
  });
});

describe('team reflection', () => {
  const a = (id: string, theme: string, now = '', different = ''): TeamApproach => ({
    id,
    theme,
    title: id,
    looksLike: '',
    now,
    different,
  });

  it('groups approaches by theme in the order they come', () => {
    const groups = groupByTheme([a('1', 'Path'), a('2', 'Pace'), a('3', 'Path'), a('4', ' ')]);
    expect(groups.map((g) => [g.theme, g.approaches.map((x) => x.id)])).toEqual([
      ['Path', ['1', '3']],
      ['Pace', ['2']],
      ['Other', ['4']],
    ]);
  });

  it('knows unsaved notes and counts the approaches looked at', () => {
    expect(approachDirty({ now: 'a', different: '' }, { now: 'a', different: '' })).toBe(false);
    expect(approachDirty({ now: 'a', different: '' }, { now: 'a', different: 'b' })).toBe(true);
    expect(approachDirty(undefined, { now: 'a', different: '' })).toBe(false);
    expect(teamProgressText([a('1', 'x', 'yes'), a('2', 'x'), a('3', 'x', '', 'no')])).toBe('2 of 3 approaches looked at');
  });

  it('maps the create form fields', () => {
    expect(teamFieldControl('team')).toBe('team-name');
    expect(teamFieldControl('date')).toBe('team-date');
    expect(teamFieldControl('other')).toBeNull();
    expect(teamFieldControl(undefined)).toBeNull();
  });
});
