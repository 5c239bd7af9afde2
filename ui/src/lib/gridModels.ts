// What the mastery grid renders for its window: the column headers and the rows of cell
// models in view. Pure, so the grid component keeps to layout, focus and keys.
import type { CellResult, GridCompetency, MasteryGrid, Scale } from '../api';
import type { Span } from './gridWindow';
import { gridCellModel, type CellModel } from './mastery';

/** A column header in the window: its place among the shown columns, and what it says. */
export interface HeaderModel {
  ci: number;
  id: string;
  code: string;
  label: string;
  title: string;
}

/** A row in the window: its place, the student, and the cells in the window's columns. */
export interface RowModel {
  r: number;
  id: string;
  name: string;
  cells: (CellModel & { ci: number })[];
}

const NO_EVIDENCE: CellResult = {
  level: null,
  count: 0,
  status: 'not_started',
  calculatedStatus: 'not_started',
  masteredOn: null,
  overridden: false,
};

/** The headers of the shown `columns` (indices into the grid's competencies) in `cols`. */
export function windowHeaders(grid: MasteryGrid, columns: number[], cols: Span): HeaderModel[] {
  return columns.slice(cols.start, cols.end).map((c, i) => {
    const comp = grid.competencies[c] as GridCompetency;
    return {
      ci: cols.start + i,
      id: comp.id,
      code: comp.code,
      label: comp.label,
      title: [`${comp.code} ${comp.label}`.trim(), comp.statement].filter((x) => x !== '').join('\n'),
    };
  });
}

/** The rows in `rows`, each with its cells in the shown columns' span `cols`. */
export function windowRows(grid: MasteryGrid, columns: number[], rows: Span, cols: Span, scales: Map<string, Scale>): RowModel[] {
  return grid.students.slice(rows.start, rows.end).map((s, i) => {
    const r = rows.start + i;
    return {
      r,
      id: s.id,
      name: s.displayName,
      cells: columns.slice(cols.start, cols.end).map((c, j) => {
        const comp = grid.competencies[c] as GridCompetency;
        const cell = grid.cells[r]?.[c] ?? NO_EVIDENCE;
        return { ci: cols.start + j, ...gridCellModel(s.displayName, comp, cell, scales.get(comp.frameworkId)) };
      }),
    };
  });
}
