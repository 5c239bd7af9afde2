import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from './i18n.svelte';
import {
  modalityLabel,
  activityFieldControl,
  activityProblems,
  boardColumns,
  boardText,
  emptyActivity,
  goalOf,
  moveItem,
  pickProblem,
  playlistFieldControl,
  playlistInput,
  playlistSummary,
  progressShare,
  progressText,
  toggleId,
  totalMinutes,
  viaText,
} from './playlists';

const sp = (kind: 'playlist' | 'choice_board', pickCount: number, n: number, done: number) => ({
  kind,
  pickCount,
  done,
  activities: Array.from({ length: n }, () => ({}) as never),
});

afterEach(() => setLanguage('en'));

describe('words', () => {
  it('names the modalities', () => {
    expect(modalityLabel('hands_on'), 'the English name of hands_on').toBe('Hands-on');
    expect(modalityLabel('read'), 'the English name of read').toBe('Read');
  });
  it('speaks Spanish when the UI does', () => {
    setLanguage('es');
    expect(modalityLabel('hands_on'), 'a modality in Spanish').toBe('Manos a la obra');
    expect(progressText(sp('playlist', 5, 5, 2)), 'progress in Spanish').toBe('2 de 5 hechas');
    expect(pickProblem('0', 5), 'a problem in Spanish').toBe('Los estudiantes eligen de 1 a 5 de estas 5 actividades.');
  });
  it('says how far a student is', () => {
    expect(progressText(sp('playlist', 5, 5, 2))).toBe('2 of 5 done');
    expect(progressText(sp('choice_board', 3, 9, 1))).toBe('1 of 3 done');
    expect(progressText(sp('choice_board', 3, 9, 5)), 'never above the pick').toBe('3 of 3 done');
    expect(boardText(sp('choice_board', 3, 9, 1))).toBe('Pick 3 · 1 chosen done');
    expect(boardText(sp('playlist', 5, 5, 1))).toBe('');
    expect(goalOf(sp('choice_board', 5, 2, 0)), 'a pick above the activities counts them').toBe(2);
    expect(progressShare(sp('playlist', 4, 4, 1))).toBe(0.25);
    expect(progressShare(sp('playlist', 0, 0, 0))).toBe(0);
    expect(viaText({ id: 'core-via-group', args: { name: 'Blue' } })).toBe('via group Blue');
    expect(viaText({ id: 'core-via-named', args: { name: 'Group 1' } })).toBe('via Group 1');
  });
  it('sums up a playlist', () => {
    expect(playlistSummary({ kind: 'playlist', activityIds: ['a', 'b'], pickCount: 2 })).toBe('2 activities');
    expect(playlistSummary({ kind: 'playlist', activityIds: ['a'], pickCount: 1 })).toBe('1 activity');
    expect(playlistSummary({ kind: 'choice_board', activityIds: ['a', 'b', 'c'], pickCount: 2 })).toBe('Pick 2 of 3');
    expect(totalMinutes([{ minutes: 10 }, { minutes: 15 }])).toBe(25);
  });
});

describe('order and picks', () => {
  it('moves items up and down, not past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
  it('adds ticked ids last and keeps the others in order', () => {
    expect(toggleId(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggleId(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
    expect(toggleId(['a'], 'a', true)).toEqual(['a']);
  });
  it('checks a board’s pick count against its activities', () => {
    expect(pickProblem('3', 5)).toBeNull();
    expect(pickProblem('1', 1)).toBeNull();
    expect(pickProblem('0', 5)).toBe('Students pick 1 to 5 of these 5 activities.');
    expect(pickProblem('6', 5)).toBe('Students pick 1 to 5 of these 5 activities.');
    expect(pickProblem('2', 1)).toBe('With one activity, students pick 1.');
    expect(pickProblem('x', 4)).toBe('Type how many a student picks, 1 to 4.');
    expect(pickProblem('1', 0)).toBe('Choose some activities first.');
  });
  it('builds the input: a playlist picks all of its activities', () => {
    expect(playlistInput(' Path ', 'playlist', ['a', 'b'], '9')).toEqual({
      title: 'Path',
      kind: 'playlist',
      activityIds: ['a', 'b'],
      pickCount: 2,
    });
    expect(playlistInput('Board', 'choice_board', ['a', 'b', 'c'], ' 2 ').pickCount).toBe(2);
  });
  it('lays a board out in 1 to 3 columns', () => {
    expect([1, 2, 3, 4, 5, 9].map(boardColumns)).toEqual([1, 2, 3, 2, 3, 3]);
  });
});

describe('activity checks and error fields', () => {
  it('wants a title, a competency and whole minutes', () => {
    expect(activityProblems({ ...emptyActivity(), title: 'x', competencyId: 'c' }, '15')).toEqual({});
    const p = activityProblems(emptyActivity(), 'abc');
    expect(Object.keys(p).sort()).toEqual(['competencyId', 'minutes', 'title']);
    expect(activityProblems({ ...emptyActivity('c'), title: 'x' }, '0').minutes).toBeDefined();
    expect(emptyActivity().minutes).toBe(15);
  });
  it('maps backend fields to controls', () => {
    expect(activityFieldControl('competencyId')).toBe('activity-competency');
    expect(activityFieldControl('link')).toBe('activity-link');
    expect(activityFieldControl('other')).toBeNull();
    expect(activityFieldControl(undefined)).toBeNull();
    expect(playlistFieldControl('pickCount')).toBe('playlist-pick');
    expect(playlistFieldControl('activityIds')).toBe('playlist-activities');
    expect(playlistFieldControl('x')).toBeNull();
  });
});
