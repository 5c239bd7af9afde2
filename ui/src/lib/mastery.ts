// Pure helpers for the Mastery page: counts and dates in words, the heatmap buckets,
// strand filtering, grid keyboard maths and the evidence timeline's geometry (methods are
// in methods.ts, level wording in levels.ts, the backend's working in words in working.ts).
// No DOM, no I/O.
import type { Band, CellResult, GridCompetency, GridStrand, Method, Scale, SummaryStudent } from '../api';
import { EPS, describeLevel, formatLevel, formatPercent, scaleMax, scaleMin } from './levels';
import { formatDate as formatLocalDate, t } from './i18n.svelte';

// ---------- numbers and words ----------

/** "1 piece of evidence", "4 pieces of evidence". */
export function pluralEvidence(n: number): string {
  return t('mastery-count-evidence', { count: n });
}

export function pluralStudents(n: number): string {
  return t('mastery-count-students', { count: n });
}

export function pluralCompetencies(n: number): string {
  return t('mastery-count-competencies', { count: n });
}

/** A teaching band in words. */
export function bandLabel(band: Band): string {
  switch (band) {
    case 'reteach':
      return t('mastery-band-reteach');
    case 'practice':
      return t('mastery-band-practice');
    case 'extend':
      return t('mastery-band-extend');
  }
}

/** "2025-03-02" → "Mar 2, 2025" (for the current language); anything else is returned as it came. */
export function formatDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return formatLocalDate(iso, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "Mar 2": a short date for chart axes. */
export function formatShortDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return formatLocalDate(iso, { month: 'short', day: 'numeric' });
}

/**
 * The suggested file name of the CSV export: "<class> mastery <YYYY-MM-DD>.csv", with the
 * characters file systems refuse (/ \ : * ? " < > |) replaced by "-".
 */
export function csvFileName(className: string, today: string): string {
  const safe = className.replace(/[/\\:*?"<>|]/g, '-').trim() || t('mastery-csv-no-class');
  return t('mastery-csv-file-name', { class: safe, date: today });
}

// ---------- heatmap ----------

/** Number of colour steps: 0–3 below the threshold, 4–5 at or above it. */
export const HEAT_STEPS = 6;
/** The first step that counts as mastery. */
export const HEAT_MASTERY_STEP = 4;

/**
 * The heatmap step of a level on a scale: -1 for no level; 0–3 for the four quarters
 * between the scale's lowest value and the threshold; 4 from the threshold to halfway to
 * the top; 5 for the upper half.
 */
export function heatStep(level: number | null, min: number, max: number, threshold: number): number {
  if (level === null || !Number.isFinite(level)) return -1;
  if (level >= threshold - EPS) {
    if (max - threshold <= EPS) return HEAT_MASTERY_STEP;
    return (level - threshold) / (max - threshold) >= 0.5 - EPS ? 5 : HEAT_MASTERY_STEP;
  }
  const span = threshold - min;
  if (span <= EPS) return 0;
  const frac = Math.max(0, (level - min) / span);
  return Math.min(3, Math.floor(frac * 4 + EPS));
}

export interface HeatRange {
  step: number;
  from: number;
  to: number;
  /** "0 to under 0.75", "3.5 to 4" */
  text: string;
}

/** "0 to under 0.75" */
function rangeBelow(from: number, to: number): string {
  return t('mastery-heat-range-below', { from: formatLevel(from), to: formatLevel(to) });
}

/** The level range each heatmap step covers on a scale, for the legend. */
export function heatRanges(scale: Scale): HeatRange[] {
  const lo = scaleMin(scale);
  const hi = scaleMax(scale);
  const th = scale.threshold;
  const q = (th - lo) / 4;
  const mid = th + (hi - th) / 2;
  const bounds: [number, number][] = [
    [lo, lo + q],
    [lo + q, lo + 2 * q],
    [lo + 2 * q, lo + 3 * q],
    [lo + 3 * q, th],
  ];
  const out: HeatRange[] = bounds.map(([from, to], step) => ({
    step,
    from,
    to,
    text: rangeBelow(from, to),
  }));
  if (hi - th <= EPS) {
    out.push({ step: 4, from: th, to: hi, text: formatLevel(th) });
  } else {
    out.push({ step: 4, from: th, to: mid, text: rangeBelow(th, mid) });
    out.push({ step: 5, from: mid, to: hi, text: t('mastery-heat-range', { from: formatLevel(mid), to: formatLevel(hi) }) });
  }
  return out;
}

// ---------- the grid ----------

/** Accessible name of one grid cell. */
export function cellAccessibleName(student: string, code: string, cell: CellResult): string {
  let what: string;
  if (cell.count === 0) what = t('mastery-cell-no-evidence');
  else if (cell.level === null) what = t('mastery-cell-no-level', { count: cell.count });
  else what = t('mastery-cell-level', { level: formatLevel(cell.level), count: cell.count });
  let status =
    cell.status === 'mastered' && cell.masteredOn
      ? t('mastery-cell-mastered-on', { date: formatDate(cell.masteredOn) })
      : inlineStatus(cell.status);
  if (cell.overridden) status = t('mastery-cell-overridden', { status, calculated: inlineStatus(cell.calculatedStatus) });
  return t('mastery-cell-name', { student, code, what, status });
}

/** A status as it reads inside a sentence ("mastered", lower case in English). */
function inlineStatus(status: CellResult['status']): string {
  switch (status) {
    case 'not_started':
      return t('mastery-cell-status-not-started');
    case 'progressing':
      return t('mastery-cell-status-progressing');
    case 'mastered':
      return t('mastery-cell-status-mastered');
  }
}

export interface StrandOption {
  id: string;
  label: string;
}

/** The strand filter's options, each indented by its depth (with no-break spaces). */
export function strandOptions(strands: GridStrand[]): StrandOption[] {
  return strands.map((s) => {
    const indent = '\u00a0\u00a0\u00a0'.repeat(Math.max(0, s.depth));
    const name = s.code && s.label ? `${s.code} ${s.label}` : s.code || s.label;
    return { id: s.id, label: `${indent}${name}` };
  });
}

/** Indices of the competencies to show: all, or those under `strandId`. */
export function visibleColumns(competencies: GridCompetency[], strandId: string): number[] {
  const out: number[] = [];
  competencies.forEach((c, i) => {
    if (strandId === '' || c.strandIds.includes(strandId)) out.push(i);
  });
  return out;
}

/** A position in the grid; row -1 is the header row, col -1 the student-name column. */
export interface GridPos {
  row: number;
  col: number;
}

export const PAGE_ROWS = 10;

/**
 * Where a key moves the focus, or null when the key is not a movement key. `rows` and
 * `cols` count the body rows and data columns; the header row (-1) and name column (-1)
 * are reachable with the arrows.
 */
export function moveGridPos(
  pos: GridPos,
  key: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>,
  rows: number,
  cols: number,
): GridPos | null {
  const maxRow = rows - 1;
  const maxCol = cols - 1;
  const clampRow = (r: number) => Math.max(-1, Math.min(maxRow, r));
  const clampCol = (c: number) => Math.max(-1, Math.min(maxCol, c));
  const ctrl = key.ctrlKey || key.metaKey;
  let next: GridPos;
  switch (key.key) {
    case 'ArrowUp':
      next = { row: clampRow(pos.row - 1), col: pos.col };
      break;
    case 'ArrowDown':
      next = { row: clampRow(pos.row + 1), col: pos.col };
      break;
    case 'ArrowLeft':
      next = { row: pos.row, col: clampCol(pos.col - 1) };
      break;
    case 'ArrowRight':
      next = { row: pos.row, col: clampCol(pos.col + 1) };
      break;
    case 'Home':
      next = ctrl ? { row: Math.min(0, maxRow), col: Math.min(0, maxCol) } : { row: pos.row, col: Math.min(0, maxCol) };
      break;
    case 'End':
      next = ctrl ? { row: maxRow, col: maxCol } : { row: pos.row, col: maxCol };
      break;
    case 'PageUp':
      next = { row: pos.row < 0 ? pos.row : Math.max(Math.min(0, maxRow), pos.row - PAGE_ROWS), col: pos.col };
      break;
    case 'PageDown':
      next = { row: clampRow(pos.row + PAGE_ROWS), col: pos.col };
      break;
    default:
      return null;
  }
  return next;
}

// ---------- the evidence timeline ----------

export interface TimelinePoint {
  x: number;
  y: number;
  level: number;
  index: number;
}

export interface Timeline {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  points: TimelinePoint[];
  /** SVG polyline `points` strings for the trend; a null level breaks the line. */
  trend: string[];
  /** The trend's own points, for markers. */
  trendPoints: { x: number; y: number; level: number; index: number }[];
  yTicks: { y: number; value: number; label: string }[];
  thresholdY: number;
  xLabels: { x: number; text: string; index: number }[];
}

/**
 * The geometry of the evidence chart: x is the evidence in order, y the scale from its
 * lowest to its highest value. `dates` label the x axis (thinned out when crowded).
 */
export function timelineGeometry(
  levels: number[],
  trend: (number | null)[],
  dates: string[],
  scale: Scale,
  size: { width: number; height: number } = { width: 640, height: 260 },
): Timeline {
  const plot = { left: 44, right: size.width - 16, top: 16, bottom: size.height - 40 };
  const lo = scaleMin(scale);
  const hi = scaleMax(scale);
  const n = levels.length;
  const step = n > 0 ? (plot.right - plot.left) / n : 0;
  const xAt = (i: number) => round1(plot.left + step * (i + 0.5));
  const yAt = (v: number) => {
    const frac = hi - lo <= EPS ? 0.5 : (v - lo) / (hi - lo);
    return round1(plot.bottom - Math.max(0, Math.min(1, frac)) * (plot.bottom - plot.top));
  };
  const points = levels.map((level, index) => ({ x: xAt(index), y: yAt(level), level, index }));
  const trendPoints: Timeline['trendPoints'] = [];
  const segments: string[] = [];
  let current: string[] = [];
  trend.forEach((t, index) => {
    if (t === null || index >= n) {
      if (current.length > 0) segments.push(current.join(' '));
      current = [];
      return;
    }
    const p = { x: xAt(index), y: yAt(t), level: t, index };
    trendPoints.push(p);
    current.push(`${p.x},${p.y}`);
  });
  if (current.length > 0) segments.push(current.join(' '));
  // Whole-number levels make readable gridlines on the usual scales; a scale without any
  // falls back to every level.
  const whole = scale.levels.filter((l) => Number.isInteger(l.value));
  const tickLevels = whole.length >= 2 ? whole : scale.levels;
  const yTicks = tickLevels.map((l) => ({ y: yAt(l.value), value: l.value, label: formatLevel(l.value) }));
  const every = Math.max(1, Math.ceil(n / 10));
  const xLabels = dates
    .slice(0, n)
    .map((d, index) => ({ x: xAt(index), text: formatShortDate(d), index }))
    .filter((l) => l.index % every === 0 || l.index === n - 1);
  return {
    width: size.width,
    height: size.height,
    plot,
    points,
    trend: segments,
    trendPoints,
    yTicks,
    thresholdY: yAt(scale.threshold),
    xLabels,
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

// ---------- the competency page ----------

export interface BandGroups {
  reteach: SummaryStudent[];
  practice: SummaryStudent[];
  extend: SummaryStudent[];
  /** Students with evidence but no calculated level yet (n-mastery, power law). */
  noLevel: SummaryStudent[];
  noEvidence: SummaryStudent[];
}

/** Split a competency's students into the teaching groups, keeping the backend's order. */
export function bandGroups(students: SummaryStudent[]): BandGroups {
  const g: BandGroups = { reteach: [], practice: [], extend: [], noLevel: [], noEvidence: [] };
  for (const s of students) {
    if (s.band !== null) g[s.band].push(s);
    else if (s.result.count === 0) g.noEvidence.push(s);
    else g.noLevel.push(s);
  }
  return g;
}

// ---------- contrast (for checking the heatmap palette) ----------

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h as string, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two "#rrggbb" colours. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

// ---------- navigation ----------

/** The grid cell to return to, by ids (null: the header row / the name column). */
export interface FocusKey {
  studentId: string | null;
  competencyId: string | null;
}

/** True when a key pressed in `target` belongs to a form control (typing, choosing). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

// ---------- the grid's cells ----------

/** What one grid cell shows and says. */
export interface CellModel {
  text: string;
  count: number;
  cls: string;
  label: string;
  level: string;
  status: string;
  mark: string;
}

/** A grid cell's text, heat class, marks and accessible name. */
export function gridCellModel(student: string, comp: GridCompetency, cell: CellResult, scale: Scale | undefined): CellModel {
  const min = scale ? scaleMin(scale) : 0;
  const max = scale ? scaleMax(scale) : comp.threshold;
  const step = heatStep(cell.level, min, max, comp.threshold);
  let cls = step >= 0 ? `cell h${step}` : cell.count > 0 ? 'cell nolevel' : 'cell empty';
  if (cell.overridden) cls += ' overridden';
  let mark = cell.status === 'mastered' ? '✓' : '';
  if (cell.overridden) mark += '✎';
  const text = cell.level !== null ? formatLevel(cell.level) : cell.count > 0 ? '–' : '';
  // The name starts with exactly what the cell shows (WCAG 2.5.3, "label in name"), so
  // speech-input users can say what they see; the sentence after it explains it.
  const shown = [text, text && cell.count > 0 ? String(cell.count) : '', mark].filter(Boolean).join(' ');
  const sentence = cellAccessibleName(student, comp.code || comp.label, cell);
  return {
    text,
    count: cell.count,
    cls,
    label: shown ? `${shown} — ${sentence}` : sentence,
    level: cell.level !== null ? formatLevel(cell.level) : '',
    status: cell.status,
    mark,
  };
}
