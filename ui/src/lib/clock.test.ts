import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  coverageText,
  currentRound,
  formatClock,
  localRemaining,
  parseCoverageDays,
  phaseLabel,
  phaseProgress,
  playChime,
  projectorPhase,
  roundLabel,
  shortDate,
  shouldChime,
  sortCoverage,
  spaceIsFree,
  spokenClock,
  startLabel,
  stationName,
  type ChimeContext,
} from './clock';
import type { ClockView } from '../api';
import { setLanguage } from './i18n.svelte';

const clock = (o: Partial<ClockView> = {}): ClockView => ({
  planId: 'p',
  round: 0,
  rounds: 4,
  phase: 'block',
  running: true,
  remainingSeconds: 600,
  phaseSeconds: 900,
  chime: true,
  transitions: 0,
  ...o,
});

describe('formatClock', () => {
  it('is mm:ss, rounded up, never negative', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(5)).toBe('00:05');
    expect(formatClock(65)).toBe('01:05');
    expect(formatClock(64.2), 'a part second still shows').toBe('01:05');
    expect(formatClock(900)).toBe('15:00');
    expect(formatClock(75 * 60)).toBe('75:00');
    expect(formatClock(-3)).toBe('00:00');
    expect(formatClock(Number.NaN)).toBe('00:00');
  });
  it('is said in words', () => {
    expect(spokenClock(65)).toBe('1 minute 5 seconds');
    expect(spokenClock(120)).toBe('2 minutes');
    expect(spokenClock(0)).toBe('0 seconds');
    expect(spokenClock(1)).toBe('1 second');
  });
});

describe('labels', () => {
  it('names the phases', () => {
    expect(phaseLabel('block')).toBe('Work time');
    expect(phaseLabel('transition')).toBe('Move to your next station');
    expect(phaseLabel('done')).toBe('Done');
    expect(phaseLabel('idle')).toBe('Ready to start');
  });
  it('says Paused on the projector when the clock is stopped mid-phase', () => {
    expect(projectorPhase({ phase: 'transition', running: true })).toBe('Move to your next station!');
    expect(projectorPhase({ phase: 'block', running: true })).toBe('Work time');
    expect(projectorPhase({ phase: 'block', running: false })).toBe('Paused');
    expect(projectorPhase({ phase: 'done', running: false })).toBe('Done');
  });
  it('numbers rounds from 1 and stays in range', () => {
    expect(roundLabel({ round: 1, rounds: 4 })).toBe('Round 2 of 4');
    expect(roundLabel({ round: 0, rounds: 4 })).toBe('Round 1 of 4');
    expect(roundLabel({ round: 9, rounds: 4 })).toBe('Round 4 of 4');
    expect(roundLabel({ round: 0, rounds: 0 })).toBe('No rounds');
  });
  it('starts an idle clock and resumes a paused one', () => {
    expect(startLabel({ phase: 'idle' })).toBe('Start');
    expect(startLabel({ phase: 'block' })).toBe('Resume');
    expect(startLabel({ phase: 'transition' })).toBe('Resume');
  });
});

describe('local countdown', () => {
  it('counts down from the last poll while running', () => {
    expect(localRemaining(clock({ remainingSeconds: 60 }), 1000, 3500)).toBe(57.5);
    expect(localRemaining(clock({ remainingSeconds: 2 }), 0, 10_000), 'never below zero').toBe(0);
    expect(localRemaining(clock({ remainingSeconds: 60, running: false }), 0, 10_000), 'a paused clock stays').toBe(60);
    expect(localRemaining(clock({ remainingSeconds: 60 }), 5000, 4000), 'a clock that went back is ignored').toBe(60);
  });
  it('gives the share of the phase gone', () => {
    expect(phaseProgress(450, 900)).toBe(0.5);
    expect(phaseProgress(0, 0)).toBe(0);
    expect(phaseProgress(1000, 900)).toBe(0);
  });
});

describe('plan helpers', () => {
  it('names stations and finds the current round of this plan only', () => {
    const stations = [{ id: 'a', name: 'Teacher table' }];
    expect(stationName(stations, 'a')).toBe('Teacher table');
    expect(stationName(stations, null)).toBe('—');
    expect(stationName(stations, 'zz')).toBe('Unknown station');
    const rotation = { id: 'p', cells: [[], [], []] };
    expect(currentRound(rotation, clock({ round: 2 }))).toBe(2);
    expect(currentRound(rotation, clock({ round: 7 }))).toBe(2);
    expect(currentRound(rotation, clock({ planId: 'other', round: 2 }))).toBe(0);
    expect(currentRound(rotation, null)).toBe(0);
  });
});

describe('Space shortcut guard', () => {
  it('is free on the page but not in controls', () => {
    const make = (tag: string, id: string, parent: HTMLElement = document.body) => {
      const el = document.createElement(tag);
      el.id = id;
      parent.appendChild(el);
      return el;
    };
    make('p', 'p', make('div', 'd'));
    make('input', 'i');
    make('button', 'b');
    make('div', 'c').setAttribute('contenteditable', 'true');
    expect(spaceIsFree(document.getElementById('p'))).toBe(true);
    expect(spaceIsFree(document.body)).toBe(true);
    expect(spaceIsFree(null)).toBe(true);
    expect(spaceIsFree(document.getElementById('i'))).toBe(false);
    expect(spaceIsFree(document.getElementById('b'))).toBe(false);
    expect(spaceIsFree(document.getElementById('c'))).toBe(false);
    for (const id of ['d', 'i', 'b', 'c']) document.getElementById(id)?.remove();
  });
});

describe('coverage', () => {
  it('writes the last date and the days since', () => {
    expect(shortDate('2026-10-12', '2026-11-24')).toBe('Oct 12');
    expect(shortDate('2025-03-01', '2026-11-24'), 'another year is named').toBe('Mar 1, 2025');
    expect(shortDate('nope', '2026-11-24')).toBe('nope');
    expect(coverageText({ lastDate: '2026-10-12', daysSince: 23 }, '2026-11-04')).toBe('last: Oct 12 (23 days)');
    expect(coverageText({ lastDate: '2026-11-03', daysSince: 1 }, '2026-11-04')).toBe('last: Nov 3 (1 day)');
    expect(coverageText({ lastDate: null, daysSince: null }, '2026-11-04')).toBe('never');
  });
  it('sorts never first, then oldest', () => {
    const list = [
      { displayName: 'B', lastDate: '2026-11-01', daysSince: 3 },
      { displayName: 'A', lastDate: null, daysSince: null },
      { displayName: 'C', lastDate: '2026-10-01', daysSince: 34 },
    ];
    expect(sortCoverage(list).map((x) => x.displayName)).toEqual(['A', 'C', 'B']);
  });
  it('takes 1 to 90 days', () => {
    expect(parseCoverageDays(' 10 ')).toEqual({ ok: true, days: 10 });
    expect(parseCoverageDays('0').ok).toBe(false);
    expect(parseCoverageDays('91').ok).toBe(false);
    expect(parseCoverageDays('2.5').ok).toBe(false);
    expect(parseCoverageDays('').ok).toBe(false);
  });
});

describe('chime', () => {
  it('chimes only when the transitions went up and the chime is on', () => {
    expect(shouldChime(null, { transitions: 3, chime: true }), 'not on the first poll').toBe(false);
    expect(shouldChime(2, { transitions: 3, chime: true })).toBe(true);
    expect(shouldChime(3, { transitions: 3, chime: true })).toBe(false);
    expect(shouldChime(2, { transitions: 3, chime: false })).toBe(false);
  });
  it('plays two tones through gain envelopes, about 0.6 s long', () => {
    const stops: number[] = [];
    const freqs: number[] = [];
    const ctx: ChimeContext = {
      currentTime: 10,
      destination: {},
      createOscillator: () => ({
        type: '',
        frequency: { setValueAtTime: (v: number) => freqs.push(v) },
        connect: vi.fn(),
        start: vi.fn(),
        stop: (t: number) => stops.push(t),
      }),
      createGain: () => ({
        gain: { setValueAtTime: vi.fn(), linearRampToValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() },
        connect: vi.fn(),
      }),
    };
    playChime(ctx);
    expect(freqs).toHaveLength(2);
    expect(freqs[1]! > freqs[0]!, 'rising').toBe(true);
    const length = Math.max(...stops) - 10;
    expect(length).toBeGreaterThan(0.5);
    expect(length).toBeLessThan(0.75);
  });
});

describe('in Spanish', () => {
  afterEach(() => setLanguage('en'));

  it('says the clock, the round and the coverage in Spanish, with plurals', () => {
    expect(coverageText({ lastDate: '2026-11-04', daysSince: 0 }, '2026-11-04'), 'seen today says today').toBe('last: Nov 4 (today)');
    setLanguage('es');
    expect(spokenClock(65), 'one minute is singular').toBe('1 minuto 5 segundos');
    expect(spokenClock(120)).toBe('2 minutos');
    expect(roundLabel({ round: 1, rounds: 4 })).toBe('Ronda 2 de 4');
    expect(coverageText({ lastDate: '2026-10-12', daysSince: 23 }, '2026-11-04'), 'a Spanish date and how long ago').toBe('última: 12 oct (hace 23 días)');
    expect(coverageText({ lastDate: '2026-11-04', daysSince: 0 }, '2026-11-04')).toBe('última: 4 nov (hoy)');
    expect(parseCoverageDays('200'), 'the check reads in Spanish').toEqual({ ok: false, message: 'Elige de 1 a 90 días.' });
  });
});
