import { describe, expect, it } from 'vitest';
import {
  byDateDesc,
  checkInFieldControl,
  checkInProblems,
  clampProgress,
  conferenceFieldControl,
  conferenceProblems,
  emptyConference,
  emptyGoal,
  firstName,
  goalFieldControl,
  goalProblems,
  linesToList,
  linkChoices,
  mapProblems,
  percentText,
  pinProblems,
  promptLine,
  ratingText,
  reflectionFieldControl,
  reflectionProblems,
  emptyReflection,
} from './goals';

describe('goals helpers', () => {
  it('turns lines into a list, dropping blanks and trimming', () => {
    expect(linesToList('  a \n\n b\r\nc  \n')).toEqual(['a', 'b', 'c']);
    expect(linesToList('')).toEqual([]);
  });

  it('keeps progress within 0–100', () => {
    expect(clampProgress(-5)).toBe(0);
    expect(clampProgress(101)).toBe(100);
    expect(clampProgress(42.6)).toBe(43);
    expect(clampProgress(Number.NaN)).toBe(0);
    expect(percentText(40)).toBe('40%');
  });

  it('names the student by their first word', () => {
    expect(firstName('Ana García')).toBe('Ana');
    expect(firstName('  Bo  ')).toBe('Bo');
  });

  it('sorts newest first, stable for the same date', () => {
    const items = [
      { id: 'a', date: '2026-01-01' },
      { id: 'b', date: '2026-03-01' },
      { id: 'c', date: '2026-01-01' },
    ];
    expect(byDateDesc(items).map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });

  it('checks a goal before saving', () => {
    expect(goalProblems(emptyGoal())).toHaveProperty('title');
    expect(goalProblems({ ...emptyGoal(), title: 'Read', targetDate: '2026-02-30' })).toHaveProperty('targetDate');
    expect(goalProblems({ ...emptyGoal(), title: 'Read', targetDate: '2026-02-28' })).toEqual({});
  });

  it('maps backend fields to the goal form controls', () => {
    expect(goalFieldControl('steps.3')).toBe('goal-steps');
    expect(goalFieldControl('competencyIds.0')).toBe('goal-competencies');
    expect(goalFieldControl('profileLinks')).toBe('goal-links');
    expect(goalFieldControl('nope')).toBeNull();
    expect(goalFieldControl(undefined)).toBeNull();
  });

  it('offers profile links, keeping a link the profile has dropped', () => {
    expect(linkChoices(['Drawing'], ['Vet', 'Drawing'], ['Chess'])).toEqual([
      { text: 'Drawing', kind: 'interest' },
      { text: 'Vet', kind: 'career' },
      { text: 'Chess', kind: 'earlier' },
    ]);
  });

  it('checks a check-in', () => {
    const ok = { date: '2026-03-01', progress: 50, note: '', author: 'teacher' as const };
    expect(checkInProblems(ok, '50')).toEqual({});
    expect(checkInProblems(ok, '101')).toHaveProperty('progress');
    expect(checkInProblems(ok, 'abc')).toHaveProperty('progress');
    expect(checkInProblems({ ...ok, date: '' }, '5')).toHaveProperty('date');
    expect(checkInFieldControl('progress')).toBe('checkin-progress');
    expect(checkInFieldControl('note', 'sm-checkin')).toBe('sm-checkin-note');
  });

  it('checks a reflection and labels its rating and prompt', () => {
    const r = emptyReflection('2026-03-01');
    expect(reflectionProblems(r)).toHaveProperty('response');
    expect(reflectionProblems({ ...r, response: 'x', selfRating: 2 })).toHaveProperty('selfRating');
    expect(reflectionProblems({ ...r, response: 'x' })).toEqual({});
    expect(reflectionFieldControl('selfRating')).toBe('reflection-rating');
    expect(ratingText(3, [{ value: 3, label: 'Proficient', descriptor: '' }])).toBe('3 · Proficient');
    expect(ratingText(3, undefined)).toBe('3');
    expect(promptLine({ promptId: '', promptText: '' })).toBe('Free reflection');
    expect(promptLine({ promptId: 'p', promptText: 'Why?' })).toBe('Why?');
  });

  it('checks a conference', () => {
    const c = emptyConference('2026-03-01');
    expect(c.studentLed).toBe(true);
    expect(conferenceProblems(c)).toEqual({});
    expect(conferenceProblems({ ...c, date: 'soon' })).toHaveProperty('date');
    expect(conferenceProblems({ ...c, nextSteps: ['x'.repeat(201)] })).toHaveProperty('nextSteps');
    expect(conferenceFieldControl('followUps.1')).toBe('conference-follow-ups');
  });

  it('checks the teacher PIN', () => {
    expect(pinProblems('123', '123')).toHaveProperty('pin');
    expect(pinProblems('123456789', '123456789')).toHaveProperty('pin');
    expect(pinProblems('12a4', '12a4')).toHaveProperty('pin');
    expect(pinProblems('1234', '1235')).toHaveProperty('confirm');
    expect(pinProblems('12345678', '12345678')).toEqual({});
  });

  it('maps problems to controls, with unknown fields kept for the banner', () => {
    expect(mapProblems({ title: 'T', zzz: 'Z' }, goalFieldControl as (f: string) => string | null)).toEqual({
      controls: { 'goal-title': 'T' },
      general: 'Z',
    });
  });
});
