// Evidence capture: pure helpers for the Evidence page (quick capture and the
// assessment grid). No DOM, no Svelte, no backend calls.
import type {
  Band,
  EvidenceInput,
  EvidenceKind,
  EvidenceView,
  FrameworkView,
  NodeView,
  Scale,
} from '../api';
import { shortLabel } from './frameworks';
import { EPS, formatLevel, scaleMax, scaleMin } from './levels';
import { normalizeForSearch } from './search';
import { t } from './i18n.svelte';

// ---------- dates ----------

/** Today's date in the computer's own time zone, as "YYYY-MM-DD". */
export function todayLocal(now: Date = new Date()): string {
  const y = String(now.getFullYear()).padStart(4, '0');
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

// ---------- kinds and bands ----------

/** The kinds of evidence, in the order the selects list them. */
export const EVIDENCE_KINDS: readonly EvidenceKind[] = ['observation', 'exit_ticket', 'quiz', 'project', 'conference', 'self_assessment'];

/** A kind of evidence in words ("Exit ticket"). */
export function kindLabel(kind: EvidenceKind): string {
  switch (kind) {
    case 'observation':
      return t('capture-kind-observation');
    case 'exit_ticket':
      return t('capture-kind-exit-ticket');
    case 'quiz':
      return t('capture-kind-quiz');
    case 'project':
      return t('capture-kind-project');
    case 'conference':
      return t('capture-kind-conference');
    case 'self_assessment':
      return t('capture-kind-self-assessment');
    default:
      return kind;
  }
}

export function isEvidenceKind(v: string): v is EvidenceKind {
  return (EVIDENCE_KINDS as readonly string[]).includes(v);
}

/** The student filter of quick capture: everyone, one band, or no evidence yet. */
export type BandFilter = 'all' | Band | 'none';

/** The student filters, in the order the select lists them. */
export const BAND_FILTERS: readonly BandFilter[] = ['all', 'reteach', 'practice', 'extend', 'none'];

/** A student filter in words. */
export function bandFilterLabel(filter: BandFilter): string {
  switch (filter) {
    case 'all':
      return t('capture-filter-all');
    case 'reteach':
      return t('capture-filter-reteach');
    case 'practice':
      return t('capture-filter-practice');
    case 'extend':
      return t('capture-filter-extend');
    case 'none':
      return t('capture-filter-none');
  }
}

/** Does a student in `band` (null: no calculated level) pass the filter? */
export function bandMatches(filter: BandFilter, band: Band | null | undefined): boolean {
  if (filter === 'all') return true;
  if (filter === 'none') return band === null || band === undefined;
  return band === filter;
}

// ---------- levels and scales ----------

export function isOnScale(scale: Scale, level: number): boolean {
  return Number.isFinite(level) && scale.levels.some((l) => Math.abs(l.value - level) < EPS);
}

/** "0–4": the lowest and highest level of the scale. */
export function scaleRange(scale: Scale): string {
  if (scale.levels.length === 0) return t('capture-scale-no-levels');
  return `${formatLevel(scaleMin(scale))}–${formatLevel(scaleMax(scale))}`;
}

/** "5 is not on this scale (0–4)" */
export function offScaleMessage(level: number, scale: Scale): string {
  return t('capture-off-scale', { level: formatLevel(level), range: scaleRange(scale) });
}

/**
 * The whole-number levels a single digit key can record: "0–4" for the
 * default scale, "1–4" for a scale that starts at 1, "0–9" at most.
 */
export function digitRange(scale: Scale): string {
  const digits = scale.levels
    .map((l) => l.value)
    .filter((v) => Number.isInteger(v) && v >= 0 && v <= 9)
    .sort((a, b) => a - b);
  if (digits.length === 0) return '0–9';
  const first = digits[0]!;
  const last = digits[digits.length - 1]!;
  return first === last ? String(first) : `${first}–${last}`;
}

export type BulkParse = { kind: 'empty' } | { kind: 'ok'; level: number } | { kind: 'invalid'; message: string };

/**
 * What a teacher typed in a grid cell: empty (skipped), a level on the scale,
 * or a problem. A comma works as the decimal point ("2,5") and "½" as a half.
 */
export function parseBulkLevel(text: string, scale: Scale): BulkParse {
  const typed = text.trim().replace(',', '.').replace(/\s*½$/, '.5');
  if (typed === '') return { kind: 'empty' };
  const normal = typed.startsWith('.') ? `0${typed}` : typed;
  if (!/^\d+(\.\d+)?$/.test(normal)) {
    return { kind: 'invalid', message: t('capture-not-a-number', { text: text.trim(), range: scaleRange(scale) }) };
  }
  const level = Number(normal);
  if (!isOnScale(scale, level)) return { kind: 'invalid', message: offScaleMessage(level, scale) };
  return { kind: 'ok', level };
}

// ---------- competencies ----------

export interface CompetencyOption {
  id: string;
  frameworkId: string;
  code: string;
  /** The short label (label, else the shortened statement). */
  label: string;
  statement: string;
  scale: Scale;
  /** "MA.1 — Ratios": what the picker shows. */
  display: string;
  /** What a grid column header or a cell's name uses: the code, else the label. */
  short: string;
}

export interface CompetencyGroup {
  key: string;
  label: string;
  competencies: CompetencyOption[];
}

function nodeDisplay(n: Pick<NodeView, 'code' | 'label' | 'statement'>): string {
  const label = shortLabel(n.label, n.statement);
  const code = n.code.trim();
  if (code === '') return label;
  return label === '' ? code : `${code} — ${label}`;
}

/**
 * The competencies of a class's frameworks, grouped by their nearest strand
 * and kept in tree order. Groups are named by their strand path
 * ("Number › Ratios"); a competency directly under a framework goes to a group
 * named by the framework. With several frameworks, each group name starts
 * with the framework's title.
 */
export function groupCompetencies(sets: readonly { framework: FrameworkView; nodes: readonly NodeView[] }[]): CompetencyGroup[] {
  const groups = new Map<string, CompetencyGroup>();
  const several = sets.length > 1;
  for (const { framework, nodes } of sets) {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const strandPath = (n: NodeView): NodeView[] => {
      const path: NodeView[] = [];
      const seen = new Set<string>();
      let p = n.parentId === null ? undefined : byId.get(n.parentId);
      while (p && !seen.has(p.id)) {
        seen.add(p.id);
        if (p.kind === 'strand') path.unshift(p);
        p = p.parentId === null ? undefined : byId.get(p.parentId);
      }
      return path;
    };
    for (const n of nodes) {
      if (n.kind !== 'competency' || n.archived) continue;
      const path = strandPath(n);
      const nearest = path[path.length - 1];
      const key = nearest ? nearest.id : `${framework.id}:top`;
      let group = groups.get(key);
      if (!group) {
        const strandName = path.map((s) => nodeDisplay(s)).join(' › ');
        const base = strandName === '' ? framework.title : strandName;
        const label = several && strandName !== '' ? `${framework.title}: ${base}` : base;
        group = { key, label, competencies: [] };
        groups.set(key, group);
      }
      const label = shortLabel(n.label, n.statement);
      group.competencies.push({
        id: n.id,
        frameworkId: framework.id,
        code: n.code.trim(),
        label,
        statement: n.statement,
        scale: framework.scale,
        display: nodeDisplay(n),
        short: n.code.trim() || label,
      });
    }
  }
  return [...groups.values()];
}

// ---------- remembering the competency per class ----------

const COMPETENCY_KEY = 'waypoint.capture.competency.';

export function loadLastCompetency(classId: string): string | null {
  try {
    return globalThis.localStorage?.getItem(COMPETENCY_KEY + classId) ?? null;
  } catch {
    return null;
  }
}

export function saveLastCompetency(classId: string, competencyId: string): void {
  try {
    globalThis.localStorage?.setItem(COMPETENCY_KEY + classId, competencyId);
  } catch {
    // Not remembering is acceptable.
  }
}

// ---------- students ----------

/** Students whose name matches `query` (accent- and case-insensitive), keeping order. */
export function nameMatches(displayName: string, query: string): boolean {
  const q = normalizeForSearch(query);
  if (q === '') return true;
  const hay = normalizeForSearch(displayName);
  return q.split(' ').every((w) => hay.includes(w));
}

/**
 * Type-ahead: the index of the next student, after `from` and wrapping, whose
 * name starts with `letter`; -1 if none does.
 */
export function typeAheadIndex(names: readonly string[], from: number, letter: string): number {
  const l = normalizeForSearch(letter);
  if (l === '' || names.length === 0) return -1;
  for (let step = 1; step <= names.length; step++) {
    const i = (from + step) % names.length;
    if (normalizeForSearch(names[i] ?? '').startsWith(l)) return i;
  }
  return -1;
}

// ---------- keys ----------

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

export type CaptureAction =
  | { type: 'level'; level: number }
  | { type: 'half' }
  | { type: 'note' }
  | { type: 'undo' }
  | { type: 'move'; to: 'prev' | 'next' | 'first' | 'last' | 'pageUp' | 'pageDown' }
  | { type: 'picker' }
  | { type: 'jump'; letter: string };

/** What a key pressed on a quick-capture row means; null lets the browser have it. */
export function captureAction(e: KeyLike): CaptureAction | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'z') return { type: 'undo' };
  if (mod || e.altKey) return null;
  if (/^[0-9]$/.test(e.key)) return { type: 'level', level: Number(e.key) };
  switch (e.key) {
    case '.':
    case ',':
    case 'Decimal':
      return { type: 'half' };
    case 'Enter':
      return { type: 'note' };
    case 'Escape':
      return { type: 'picker' };
    case 'ArrowDown':
      return { type: 'move', to: 'next' };
    case 'ArrowUp':
      return { type: 'move', to: 'prev' };
    case 'Home':
      return { type: 'move', to: 'first' };
    case 'End':
      return { type: 'move', to: 'last' };
    case 'PageDown':
      return { type: 'move', to: 'pageDown' };
    case 'PageUp':
      return { type: 'move', to: 'pageUp' };
  }
  if (/^\p{L}$/u.test(e.key)) return { type: 'jump', letter: e.key };
  return null;
}

/** Where a move lands in a list of `count` rows (clamped; -1 if the list is empty). */
export function moveIndex(current: number, to: 'prev' | 'next' | 'first' | 'last' | 'pageUp' | 'pageDown', count: number, page = 10): number {
  if (count <= 0) return -1;
  const last = count - 1;
  const cur = Math.min(Math.max(current, 0), last);
  switch (to) {
    case 'prev':
      return Math.max(cur - 1, 0);
    case 'next':
      return Math.min(cur + 1, last);
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'pageUp':
      return Math.max(cur - page, 0);
    case 'pageDown':
      return Math.min(cur + page, last);
  }
}

/**
 * Where an arrow key or Enter moves in the assessment grid, or null to let
 * the input handle it. Up/Down and Enter always move; Left/Right only when
 * the caret is at that edge of the text with nothing selected.
 */
export function gridMove(
  e: KeyLike,
  caret: { start: number; end: number; length: number },
  at: { row: number; col: number },
  size: { rows: number; cols: number },
): { row: number; col: number } | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const collapsed = caret.start === caret.end;
  let { row, col } = at;
  switch (e.key) {
    case 'ArrowUp':
      row -= 1;
      break;
    case 'ArrowDown':
      row += 1;
      break;
    case 'Enter':
      row += e.shiftKey ? -1 : 1;
      break;
    case 'ArrowLeft':
      if (e.shiftKey || !collapsed || caret.start !== 0) return null;
      col -= 1;
      break;
    case 'ArrowRight':
      if (e.shiftKey || !collapsed || caret.end !== caret.length) return null;
      col += 1;
      break;
    default:
      return null;
  }
  if (row < 0 || row >= size.rows || col < 0 || col >= size.cols) return { row: at.row, col: at.col };
  return { row, col };
}

// ---------- session entries ----------

/** The input an evidence view was saved from (for updateEvidence). */
export function inputOf(e: EvidenceView): EvidenceInput {
  return {
    studentId: e.studentId,
    competencyId: e.competencyId,
    level: e.level,
    date: e.date,
    kind: e.kind,
    note: e.note,
  };
}

/** Is the level a whole number (so `.` may add a half)? */
export function isWhole(level: number): boolean {
  return Math.abs(level - Math.round(level)) < EPS;
}

// ---------- bulk results ----------

export function pluralEntries(n: number): string {
  return t('capture-count-entries', { count: n });
}

/** "Saved 40 entries." or "Saved 38 of 40; 2 need attention". */
export function bulkResultMessage(saved: number, total: number): string {
  if (saved === total) return t('capture-saved-all', { count: saved });
  return t('capture-saved-some', { saved, total, failed: total - saved });
}
