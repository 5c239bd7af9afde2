import { describe, expect, it } from 'vitest';
import type { MasteryGrid } from '../api';
import { windowHeaders, windowRows } from './gridModels';

const comp = (i: number) => ({
  id: `c${i}`,
  frameworkId: 'f',
  code: `C.${i}`,
  label: `Competency ${i}`,
  statement: i === 0 ? '' : `Statement ${i}`,
  strandIds: [],
  method: { kind: 'average' },
  threshold: 3,
});

const grid = {
  students: [0, 1, 2].map((i) => ({ id: `s${i}`, displayName: `Student ${i}` })),
  competencies: [0, 1, 2, 3].map(comp),
  strands: [],
  cells: [
    [0, 1, 2, 3].map((c) => ({ level: c, count: 1, status: 'progressing', calculatedStatus: 'progressing', masteredOn: null, overridden: false })),
  ],
} as unknown as MasteryGrid;

describe('window models', () => {
  it('headers are the shown columns in the span, numbered by their place among the shown', () => {
    const h = windowHeaders(grid, [3, 1, 0], { start: 1, end: 3 });
    expect(h.map((x) => [x.ci, x.id]), 'the second and third shown columns').toEqual([
      [1, 'c1'],
      [2, 'c0'],
    ]);
    expect(h[1]?.title, 'a competency with no statement is titled by its code and label').toBe('C.0 Competency 0');
  });
  it('rows carry the cells of the span, and a missing row of cells reads as no evidence', () => {
    const rows = windowRows(grid, [0, 2], { start: 0, end: 2 }, { start: 1, end: 2 }, new Map());
    expect(rows.map((r) => [r.r, r.id, r.cells.map((c) => c.ci)]), 'two rows, one column each').toEqual([
      [0, 's0', [1]],
      [1, 's1', [1]],
    ]);
    expect(rows[0]?.cells[0]?.level, 'the first row shows column 2 of the grid').toBe('2');
    expect(rows[1]?.cells[0]?.count, 'the second row has no cells in the grid: no evidence').toBe(0);
  });
});
