import { afterEach, describe, expect, it } from 'vitest';
import {
  addApart,
  addTogether,
  basisLine,
  buildGroupRequest,
  capacityText,
  cellStation,
  chartDensity,
  defaultGroupForm,
  defaultSetTitle,
  digitTarget,
  groupFormControl,
  keptGroups,
  methodLabel,
  moveItem,
  moveMember,
  moveProblem,
  newestFirst,
  newSeed,
  orderedSelection,
  parseWhole,
  roundLabel,
  roundTime,
  setInputOf,
  stationInputOf,
  stationFormOf,
  todayIso,
  validateGroupForm,
  validateRotationForm,
  validateSetMeta,
  validateStation,
  validateTiming,
  type BoardGroup,
  formatIsoDate,
  levelText,
  timingLine,
} from './groups';
import { setLanguage } from './i18n.svelte';
import type { Message } from '../api';

const said = (text: string): Message => ({ id: '', args: { text } });

const board = (): BoardGroup[] => [
  { name: 'Group 1', focus: null, teacherLed: true, locked: false, members: [{ studentId: 'a', displayName: 'Ana R.', reason: said('r-a') }] },
  {
    name: 'Group 2',
    focus: null,
    teacherLed: false,
    locked: false,
    members: [
      { studentId: 'b', displayName: 'Ben O.', reason: said('r-b') },
      { studentId: 'c', displayName: 'Cai L.', reason: said('r-c') },
    ],
  },
  { name: 'Group 3', focus: null, teacherLed: false, locked: true, members: [{ studentId: 'd', displayName: 'Dee P.', reason: said('r-d') }] },
];

describe('dates and words', () => {
  it('today is the local calendar date', () => {
    expect(todayIso(new Date(2025, 2, 9, 23, 30))).toBe('2025-03-09');
  });
  it('names the method, the basis and the default title', () => {
    expect(methodLabel('exact')).toBe('exact search');
    expect(methodLabel('local_search')).toBe('local search');
    expect(basisLine({ competencyCodes: ['6.RP.A.1'], mode: 'like' })).toBe('6.RP.A.1 · like ability');
    expect(defaultSetTitle(['6.RP.A.1'], '2025-03-12')).toBe('Groups for 6.RP.A.1 — 2025-03-12');
    expect(defaultSetTitle([], '2025-03-12')).toBe('Groups — 2025-03-12');
  });
  it('sorts history newest first, keeping ties in order', () => {
    const items = [
      { id: '1', date: '2025-01-01' },
      { id: '2', date: '2025-02-01' },
      { id: '3', date: '2025-02-01' },
    ];
    expect(newestFirst(items).map((i) => i.id)).toEqual(['2', '3', '1']);
  });
});

describe('the suggest form', () => {
  it('accepts the defaults once a target is ticked', () => {
    const f = defaultGroupForm();
    expect(validateGroupForm(f, 10)).toEqual({ targets: 'Tick at least one competency to group by.' });
    f.targets = ['c1'];
    expect(validateGroupForm(f, 10)).toEqual({});
  });
  it('checks the count, the sizes and the seed', () => {
    const f = { ...defaultGroupForm(), targets: ['c1'], count: '0', seed: 'x' };
    expect(Object.keys(validateGroupForm(f, 10)).sort()).toEqual(['count', 'seed']);
    expect(validateGroupForm({ ...f, count: '12', seed: '3' }, 10).count).toMatch(/only 10 students/);
    const sized = { ...f, by: 'size' as const, sizeMin: '5', sizeMax: '3', seed: '1' };
    expect(validateGroupForm(sized, 10)).toEqual({ sizeMax: 'The largest size must be at least the smallest.' });
  });
  it('builds the request without absent students in the other constraints', () => {
    const f = {
      ...defaultGroupForm(),
      targets: ['c1'],
      absent: ['x'],
      apart: [
        ['a', 'x'],
        ['a', 'b'],
      ] as [string, string][],
      together: [['x', 'c'], ['a', 'b', 'x']],
      teacherLed: ['x', 'c'],
      seed: '42',
    };
    const keep = [{ name: 'Group 3', studentIds: ['d'], teacherLed: false }];
    expect(buildGroupRequest(f, keep)).toEqual({
      competencyIds: ['c1'],
      count: { kind: 'groups', count: 4 },
      mode: 'like',
      constraints: { apart: [['a', 'b']], together: [['a', 'b']], teacherLed: ['c'], absent: ['x'] },
      seed: 42,
      keep,
      byReadiness: false,
      // New groups are named in the teacher's language ("Group 1" / "Grupo 1").
      groupWord: 'Group',
    });
    expect(buildGroupRequest({ ...f, by: 'size' }, []).count).toEqual({ kind: 'size', min: 3, max: 5 });
  });
  it('shuffles to a different seed', () => {
    expect(newSeed('7', () => 0.5)).toBe('50000');
    expect(newSeed('1', () => 0), 'a random source stuck on the current seed still moves on').toBe('2');
    expect(Number(newSeed('1'))).toBeGreaterThan(0);
  });
  it('adds pairs and sets once', () => {
    expect(addApart([], 'a', 'a')).toBe('Choose two different students.');
    expect(addApart([['a', 'b']], 'b', 'a')).toBe('Those two are already kept apart.');
    expect(addApart([], 'a', 'b')).toEqual([['a', 'b']]);
    expect(addTogether([], ['a'])).toMatch(/two or more/);
    expect(addTogether([['a', 'b']], ['b', 'c'])).toMatch(/only one/);
    expect(addTogether([], ['a', 'b', 'a'])).toEqual([['a', 'b']]);
  });
  it('maps backend fields to controls', () => {
    expect(groupFormControl('request.competencyIds')).toBe('groups-targets');
    expect(groupFormControl('count.max')).toBe('groups-size-max');
    expect(groupFormControl('seed')).toBe('groups-seed');
    expect(groupFormControl('mystery')).toBeNull();
  });
  it('reads whole numbers only', () => {
    expect(parseWhole(' 7 ')).toBe(7);
    expect(parseWhole('7.5')).toBeNull();
    expect(parseWhole('')).toBeNull();
    expect(parseWhole(3)).toBe(3);
  });
});

describe('moves on the board', () => {
  it('moves a member to the end of another group, leaving the input alone', () => {
    const g = board();
    const out = moveMember(g, 'a', 1);
    expect(out.map((x) => x.members.map((m) => m.studentId))).toEqual([[], ['b', 'c', 'a'], ['d']]);
    expect(g[0]!.members).toHaveLength(1);
  });
  it('refuses moves into or out of a locked group', () => {
    expect(moveProblem(board(), 'a', 2)).toBe('Group 3 is locked. Unlock it to move students into it.');
    expect(moveProblem(board(), 'd', 0)).toBe('Group 3 is locked. Unlock it to move its students.');
    expect(moveProblem(board(), 'a', 1)).toBeNull();
    expect(moveProblem(board(), 'a', 7)).toBe('There is no group 8.');
  });
  it('reads digit keys as 1-based group numbers', () => {
    expect(digitTarget('1', 3)).toBe(0);
    expect(digitTarget('3', 3)).toBe(2);
    expect(digitTarget('4', 3)).toBeNull();
    expect(digitTarget('0', 3)).toBeNull();
    expect(digitTarget('a', 3)).toBeNull();
  });
  it('keeps the locked groups and saves reasons aligned with ids', () => {
    expect(keptGroups(board())).toEqual([{ name: 'Group 3', studentIds: ['d'], teacherLed: false }]);
    const input = setInputOf(board(), '  Title ', '2025-03-12', {
      competencyIds: ['c1'],
      competencyCodes: ['6.RP.A.1'],
      mode: 'like',
      seed: 1,
    });
    expect(input.title).toBe('Title');
    expect(input.groups[1]).toEqual({
      name: 'Group 2',
      focus: null,
      teacherLed: false,
      locked: false,
      studentIds: ['b', 'c'],
      reasons: [said('r-b'), said('r-c')],
    });
    expect(validateSetMeta(' ', 'x')).toEqual({ title: 'Give the groups a title.', date: 'Choose the date the groups are for.' });
  });
});

describe('stations', () => {
  it('checks the name and the capacity', () => {
    expect(validateStation(stationFormOf())).toEqual({ name: 'Give the station a name.' });
    expect(validateStation({ ...stationFormOf(), name: 'A', capacity: '0' }).capacity).toMatch(/1 or more/);
    expect(validateStation({ ...stationFormOf(), name: 'A', capacity: '' })).toEqual({});
  });
  it('turns a blank capacity into no limit', () => {
    expect(stationInputOf({ ...stationFormOf(), name: ' A ', capacity: ' ' })).toMatchObject({ name: 'A', capacity: null });
    expect(stationInputOf({ ...stationFormOf(), name: 'A', capacity: '6' }).capacity).toBe(6);
    expect(capacityText(null)).toBe('no limit');
    expect(capacityText(6)).toBe('up to 6');
  });
  it('reorders and keeps the ticked ones in order', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(orderedSelection(['c', 'a', 'b'], ['a', 'c'])).toEqual(['c', 'a']);
  });
});

describe('rotation', () => {
  it('checks the form and the timing', () => {
    expect(validateTiming('15', '2')).toEqual({});
    expect(Object.keys(validateTiming('0', '-1')).sort()).toEqual(['blockMinutes', 'transitionMinutes']);
    expect(Object.keys(validateRotationForm({ groupSetId: '', stationIds: [], block: '15', transition: '2', date: '' })).sort()).toEqual([
      'date',
      'groupSetId',
      'stationIds',
    ]);
  });
  it('says the time of each round', () => {
    expect(roundTime(0, 15, 2, '')).toBe('minutes 0–15');
    expect(roundTime(1, 15, 2, '')).toBe('minutes 17–32');
    expect(roundLabel(1, 15, 2, '9:00')).toBe('Round 2 · 9:17–9:32');
    expect(roundTime(0, 15, 2, '23:50')).toBe('23:50–0:05');
  });
  it('finds the station of a cell', () => {
    const s = { id: 's1', classId: 'c', name: 'Online', kind: 'online' as const, capacity: null, materials: '', instructions: '', archived: false };
    const plan = { stations: [s], cells: [[null, 's1']] };
    expect(cellStation(plan, 0, 1)).toEqual(s);
    expect(cellStation(plan, 0, 0)).toBeNull();
    expect(cellStation(plan, 3, 0)).toBeNull();
  });
  it('prints denser for more groups or rounds', () => {
    expect(chartDensity(4, 4)).toBe('roomy');
    expect(chartDensity(6, 5)).toBe('dense');
    expect(chartDensity(8, 4)).toBe('tight');
  });
});

describe('wording in the current language', () => {
  afterEach(() => setLanguage('en'));

  it('writes timings, levels, dates and capacities for the language, with plurals', () => {
    expect(timingLine(15, 1, 1), 'one transition and one round are singular').toBe('15 min rounds · 1 min transition · 1 round');
    expect(timingLine(15, 2, 4)).toBe('15 min rounds · 2 min transitions · 4 rounds');
    expect(levelText(1.234), 'two decimals at most').toBe('1.23');
    expect(formatIsoDate('2025-03-12')).toBe('Mar 12, 2025');
    setLanguage('es');
    expect(timingLine(15, 2, 4)).toBe('rondas de 15 min · transiciones de 2 min · 4 rondas');
    expect(levelText(1.5), 'a Spanish decimal comma').toBe('1,5');
    expect(levelText(null)).toBe('sin evidencia');
    expect(formatIsoDate('2025-03-12'), 'a Spanish date').toBe('12 mar 2025');
    expect(capacityText(6)).toBe('hasta 6');
    expect(defaultSetTitle(['6.RP.A.1'], '2025-03-12')).toBe('Grupos para 6.RP.A.1 — 2025-03-12');
  });
});
