import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GridCompetency, GridStrand, Scale } from '../src/api';
import {
  bandGroups,
  cellAccessibleName,
  contrastRatio,
  csvFileName,
  heatRanges,
  heatStep,
  moveGridPos,
  strandOptions,
  timelineGeometry,
  visibleColumns,
} from '../src/lib/mastery';
import { formatLevel } from '../src/lib/levels';
import { stepLine, workingLines } from '../src/lib/working';
import { defaultScale } from './fakes/mastery';

const oneToFive: Scale = {
  levels: [1, 2, 3, 4, 5].map((v) => ({ value: v, label: `Level ${v}`, descriptor: '' })),
  threshold: 3,
};

describe('heatStep and heatRanges', () => {
  const s = defaultScale();
  const step = (l: number | null) => heatStep(l, 0, 4, s.threshold);

  it('splits below-threshold levels into quarters and mastery into two halves', () => {
    expect(step(null), 'no level has no colour').toBe(-1);
    expect([0, 0.5, 0.75, 1.5, 2.25, 2.5, 2.99].map(step)).toEqual([0, 0, 1, 2, 3, 3, 3]);
    expect([3, 3.25, 3.5, 4].map(step), '3 is the first mastery step').toEqual([4, 4, 5, 5]);
  });

  it('every step at or above the threshold is a mastery step and every one below is not', () => {
    for (let l = 0; l <= 4; l += 0.25) {
      expect(step(l) >= 4, `level ${l}`).toBe(l >= 3);
    }
  });

  it('handles a threshold at the top of the scale', () => {
    expect(heatStep(5, 1, 5, 5)).toBe(4);
    expect(heatStep(4.5, 1, 5, 5)).toBe(3);
  });

  it('labels the legend ranges on the scale', () => {
    expect(heatRanges(s).map((r) => r.text)).toEqual([
      '0 to under 0.75',
      '0.75 to under 1.5',
      '1.5 to under 2.25',
      '2.25 to under 3',
      '3 to under 3.5',
      '3.5 to 4',
    ]);
  });
});

describe('the heatmap palette (read from heat.css, its one definition)', () => {
  const source = readFileSync(resolve(__dirname, '../src/lib/heat.css'), 'utf8');
  const darkAt = source.indexOf('@media (prefers-color-scheme: dark)');
  const palette = (text: string) => {
    const out = new Map<string, string>();
    for (const m of text.matchAll(/--heat-(\d)-(bg|fg):\s*(#[0-9a-f]{6});/gi)) out.set(`${m[1]}-${m[2]}`, m[3]!);
    return out;
  };
  const light = palette(source.slice(0, darkAt));
  const dark = palette(source.slice(darkAt));

  it('has a light palette and a dark-theme block after it', () => {
    expect(darkAt, 'heat.css must keep the dark theme in a prefers-color-scheme block').toBeGreaterThan(0);
    expect(light.size, 'six steps, each with a background and a text colour').toBe(12);
    expect(dark.size).toBe(12);
  });

  it.each([
    ['light', light],
    ['dark', dark],
  ])('has text contrast of at least 4.5:1 on every step in the %s theme', (_name, p) => {
    for (let i = 0; i < 6; i++) {
      const bg = p.get(`${i}-bg`);
      const fg = p.get(`${i}-fg`);
      expect(bg && fg, `step ${i} must define both colours`).toBeTruthy();
      expect(contrastRatio(bg!, fg!), `step ${i}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('is sequential: lightness moves one way from step 0 to step 5 in each theme', () => {
    const lum = (p: Map<string, string>) => [0, 1, 2, 3, 4, 5].map((i) => contrastRatio(p.get(`${i}-bg`)!, '#000000'));
    const l = lum(light);
    const d = lum(dark);
    for (let i = 1; i < 6; i++) {
      expect(l[i]!, `light step ${i} is darker than step ${i - 1}`).toBeLessThan(l[i - 1]! + 0.05);
    }
    expect(d[5]!, 'dark theme: mastery steps are the brightest').toBeGreaterThan(d[3]!);
    expect(d[4]!).toBeGreaterThan(d[3]! * 2);
  });
});

describe('cellAccessibleName', () => {
  const base = { count: 4, status: 'progressing' as const, calculatedStatus: 'progressing' as const, masteredOn: null, overridden: false };
  it('says the level, the evidence count and the status', () => {
    expect(cellAccessibleName('Ana García', 'M.1', { ...base, level: 2.5 })).toBe(
      'Ana García, M.1: level 2.5 from 4 pieces of evidence, progressing',
    );
  });
  it('covers no evidence, one piece, no level yet, mastery dates and overrides', () => {
    expect(cellAccessibleName('A', 'C', { ...base, level: null, count: 0, status: 'not_started', calculatedStatus: 'not_started' })).toBe(
      'A, C: no evidence, not started',
    );
    expect(cellAccessibleName('A', 'C', { ...base, level: null, count: 1 })).toBe('A, C: no level yet from 1 piece of evidence, progressing');
    expect(
      cellAccessibleName('A', 'C', { ...base, level: 3.25, status: 'mastered', calculatedStatus: 'mastered', masteredOn: '2025-03-02' }),
    ).toBe('A, C: level 3.25 from 4 pieces of evidence, mastered on Mar 2, 2025');
    expect(cellAccessibleName('A', 'C', { ...base, level: 2, status: 'mastered', overridden: true })).toBe(
      'A, C: level 2 from 4 pieces of evidence, mastered (set by hand; calculated: progressing)',
    );
  });
});

describe('strand filtering', () => {
  const strands: GridStrand[] = [
    { id: 's1', frameworkId: 'f', code: 'N', label: 'Number', depth: 0 },
    { id: 's2', frameworkId: 'f', code: 'N.F', label: 'Fractions', depth: 1 },
    { id: 's3', frameworkId: 'f', code: '', label: 'Geometry', depth: 0 },
  ];
  const comp = (id: string, strandIds: string[]): GridCompetency => ({
    id,
    frameworkId: 'f',
    code: id,
    label: id,
    statement: '',
    strandIds,
    method: { name: 'highest' },
    threshold: 3,
  });
  const comps = [comp('a', ['s1']), comp('b', ['s1', 's2']), comp('c', ['s3']), comp('d', [])];

  it('indents strand options by depth', () => {
    expect(strandOptions(strands).map((o) => o.label)).toEqual([
      'N Number',
      '\u00a0\u00a0\u00a0N.F Fractions',
      'Geometry',
    ]);
  });

  it('keeps every column for "All strands" and only the strand\'s competencies (nested too) otherwise', () => {
    expect(visibleColumns(comps, '')).toEqual([0, 1, 2, 3]);
    expect(visibleColumns(comps, 's1'), 'a competency under a sub-strand is in its parent strand too').toEqual([0, 1]);
    expect(visibleColumns(comps, 's2')).toEqual([1]);
    expect(visibleColumns(comps, 'nope')).toEqual([]);
  });
});

describe('moveGridPos (35 rows × 80 columns; row -1 = header, col -1 = names)', () => {
  const k = (key: string, ctrlKey = false) => ({ key, ctrlKey, metaKey: false });
  const move = (row: number, col: number, key: string, ctrl = false) => moveGridPos({ row, col }, k(key, ctrl), 35, 80);

  it('moves one step with the arrows and stops at the edges (headers included)', () => {
    expect(move(5, 5, 'ArrowDown')).toEqual({ row: 6, col: 5 });
    expect(move(5, 5, 'ArrowUp')).toEqual({ row: 4, col: 5 });
    expect(move(5, 5, 'ArrowLeft')).toEqual({ row: 5, col: 4 });
    expect(move(5, 5, 'ArrowRight')).toEqual({ row: 5, col: 6 });
    expect(move(0, 0, 'ArrowUp'), 'up from the first row reaches the column header').toEqual({ row: -1, col: 0 });
    expect(move(0, 0, 'ArrowLeft'), 'left from the first column reaches the name').toEqual({ row: 0, col: -1 });
    expect(move(-1, 3, 'ArrowUp'), 'nothing above the header').toEqual({ row: -1, col: 3 });
    expect(move(34, 79, 'ArrowDown')).toEqual({ row: 34, col: 79 });
    expect(move(34, 79, 'ArrowRight')).toEqual({ row: 34, col: 79 });
  });

  it('jumps with Home/End, Ctrl+Home/End and Page Up/Down', () => {
    expect(move(7, 40, 'Home')).toEqual({ row: 7, col: 0 });
    expect(move(7, 40, 'End')).toEqual({ row: 7, col: 79 });
    expect(move(7, 40, 'Home', true)).toEqual({ row: 0, col: 0 });
    expect(move(7, 40, 'End', true)).toEqual({ row: 34, col: 79 });
    expect(move(7, 40, 'PageDown')).toEqual({ row: 17, col: 40 });
    expect(move(30, 40, 'PageDown'), 'clamped to the last row').toEqual({ row: 34, col: 40 });
    expect(move(17, 40, 'PageUp')).toEqual({ row: 7, col: 40 });
    expect(move(4, 40, 'PageUp'), 'clamped to the first row').toEqual({ row: 0, col: 40 });
    expect(move(-1, 40, 'PageDown'), 'from the header').toEqual({ row: 9, col: 40 });
    expect(move(-1, 40, 'PageUp'), 'stays on the header').toEqual({ row: -1, col: 40 });
  });

  it('ignores other keys', () => {
    expect(move(1, 1, 'a')).toBeNull();
    expect(move(1, 1, 'Enter')).toBeNull();
  });
});

describe('workingLines: the backend\'s working, worded', () => {
  const scale = defaultScale();
  it('words a decaying average step by step, as the backend sends it', () => {
    const lines = workingLines(
      {
        steps: [
          { kind: 'decay_start', score: 1 },
          { kind: 'decay', position: 2, previous: 1, score: 2, rate: 0.65, result: 1.65 },
        ],
        level: 1.65,
        noResult: null,
      },
      scale,
    );
    expect(lines, 'one sentence per step, with the numbers the step carries').toEqual([
      'After score 1: 1',
      'After score 2: 1 × 35% + 2 × 65% = 1.65',
    ]);
  });
  it('words a mean, a weighted average and a clamp with their numbers', () => {
    expect(stepLine({ kind: 'mean', scores: [2, 3.5, 1], result: 6.5 / 3 }, scale)).toBe('(2 + 3.5 + 1) ÷ 3 = 2.17');
    expect(stepLine({ kind: 'weighted', newest: 4, weight: 0.65, mean: 2, result: 3.3 }, scale)).toBe(
      '4 × 65% + 2 × 35% = 3.3',
    );
    expect(stepLine({ kind: 'clamped', raw: 4.4, min: 0, max: 4, result: 4 }, scale)).toBe(
      'Kept within the scale (0 to 4): 4',
    );
  });
  it('says why there is no level', () => {
    expect(stepLine({ kind: 'no_evidence' }, scale)).toBe('No evidence yet, so there is no level.');
    expect(stepLine({ kind: 'too_few_at_threshold', has: 3, needed: 4 }, scale)).toContain('Not enough');
    expect(stepLine({ kind: 'too_few_for_power_law', has: 2, needed: 3 }, scale)).toBe(
      'The power law needs at least 3 scores; there are 2.',
    );
    expect(
      stepLine({ kind: 'at_threshold', threshold: 3, scores: [3, 4, 5], needed: 4 }, scale),
      'the hits and how many are needed',
    ).toContain('(3 of the 4 needed)');
  });
});

describe('timelineGeometry', () => {
  it('places the evidence left to right and the scale bottom to top, breaking the trend at null', () => {
    const g = timelineGeometry([1, 3, 4], [1, null, 3.5], ['2025-01-01', '2025-01-02', '2025-01-03'], defaultScale());
    const xs = g.points.map((p) => p.x);
    expect(xs[0]! < xs[1]! && xs[1]! < xs[2]!, 'x follows the order of the evidence').toBe(true);
    expect(g.points[2]!.y, 'the top of the scale is at the top of the plot').toBe(g.plot.top);
    expect(g.thresholdY, 'the threshold 3 is three quarters up').toBeCloseTo(g.plot.bottom - 0.75 * (g.plot.bottom - g.plot.top), 0);
    expect(g.trend, 'a null level splits the trend line in two').toHaveLength(2);
    expect(g.yTicks.map((t) => t.label)).toEqual(['0', '1', '2', '3', '4']);
    expect(g.xLabels.map((l) => l.text)).toEqual(['Jan 1', 'Jan 2', 'Jan 3']);
  });
});

describe('bandGroups', () => {
  it('splits students into reteach, practice, extend, no level and no evidence', () => {
    const r = (level: number | null, count: number) => ({
      level,
      count,
      status: 'progressing' as const,
      calculatedStatus: 'progressing' as const,
      masteredOn: null,
      overridden: false,
    });
    const g = bandGroups([
      { id: '1', displayName: 'A', result: r(1, 1), band: 'reteach' },
      { id: '2', displayName: 'B', result: r(2.5, 2), band: 'practice' },
      { id: '3', displayName: 'C', result: r(3, 2), band: 'extend' },
      { id: '4', displayName: 'D', result: r(null, 2), band: null },
      { id: '5', displayName: 'E', result: r(null, 0), band: null },
    ]);
    expect([g.reteach, g.practice, g.extend, g.noLevel, g.noEvidence].map((l) => l.map((s) => s.displayName))).toEqual([
      ['A'],
      ['B'],
      ['C'],
      ['D'],
      ['E'],
    ]);
  });
});

describe('file names', () => {
  it('builds the export name and keeps it a legal file name', () => {
    expect(csvFileName('Period 3', '2025-05-01')).toBe('Period 3 mastery 2025-05-01.csv');
    expect(csvFileName('Maths 7/8: A', '2025-05-01')).toBe('Maths 7-8- A mastery 2025-05-01.csv');
  });
});
