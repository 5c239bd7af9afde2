import { describe, expect, it } from 'vitest';
import {
  bandMatches,
  bulkResultMessage,
  captureAction,
  digitRange,
  EVIDENCE_KINDS,
  isEvidenceKind,
  kindLabel,
  gridMove,
  groupCompetencies,
  isOnScale,
  loadLastCompetency,
  moveIndex,
  nameMatches,
  offScaleMessage,
  parseBulkLevel,
  saveLastCompetency,
  todayLocal,
  typeAheadIndex,
} from '../src/lib/capture';
import { defaultScale, frameworkOf, nodeOf, wholeScale } from './fakes/evidence';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('dates, kinds and levels on a scale', () => {
  it('todayLocal uses the local calendar date, zero-padded', () => {
    expect(todayLocal(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(todayLocal(new Date(2025, 0, 9, 23, 30)), 'late in the evening is still today (the Mastery page uses it too)').toBe(
      '2025-01-09',
    );
  });

  it('names the kinds of evidence in one list', () => {
    expect(EVIDENCE_KINDS.map(kindLabel)).toEqual(['Observation', 'Exit ticket', 'Quiz', 'Project', 'Conference', 'Self-assessment']);
    expect(EVIDENCE_KINDS.every(isEvidenceKind)).toBe(true);
    expect(isEvidenceKind('toString'), 'only the kinds themselves').toBe(false);
  });

  it('checks levels against the scale and explains the range', () => {
    const s = defaultScale();
    expect(isOnScale(s, 2.5), 'half points are on the default scale').toBe(true);
    expect(isOnScale(s, 5)).toBe(false);
    expect(offScaleMessage(5, s)).toBe('5 is not on this scale (0–4)');
    expect(offScaleMessage(4.5, s)).toBe('4.5 is not on this scale (0–4)');
    expect(isOnScale(wholeScale(), 2.5), 'a whole-point scale has no halves').toBe(false);
  });

  it('shows the digits a key can record', () => {
    expect(digitRange(defaultScale())).toBe('0–4');
    expect(digitRange(wholeScale())).toBe('1–4');
  });
});

describe('parseBulkLevel', () => {
  const s = defaultScale();
  it('skips empty cells and accepts levels on the scale', () => {
    expect(parseBulkLevel('  ', s)).toEqual({ kind: 'empty' });
    expect(parseBulkLevel('3', s)).toEqual({ kind: 'ok', level: 3 });
    expect(parseBulkLevel('2,5', s), 'a decimal comma works').toEqual({ kind: 'ok', level: 2.5 });
    expect(parseBulkLevel('.5', s)).toEqual({ kind: 'ok', level: 0.5 });
    expect(parseBulkLevel('2½', s)).toEqual({ kind: 'ok', level: 2.5 });
  });
  it('explains what is wrong', () => {
    expect(parseBulkLevel('5', s)).toEqual({ kind: 'invalid', message: '5 is not on this scale (0–4)' });
    expect(parseBulkLevel('2.3', s)).toEqual({ kind: 'invalid', message: '2.3 is not on this scale (0–4)' });
    const bad = parseBulkLevel('abc', s);
    expect(bad.kind).toBe('invalid');
    expect(bad.kind === 'invalid' && bad.message).toContain('not a number');
  });
});

describe('captureAction', () => {
  it('maps the capture keys', () => {
    expect(captureAction(key('3'))).toEqual({ type: 'level', level: 3 });
    expect(captureAction(key('.'))).toEqual({ type: 'half' });
    expect(captureAction(key('Enter'))).toEqual({ type: 'note' });
    expect(captureAction(key('Escape'))).toEqual({ type: 'picker' });
    expect(captureAction(key('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(captureAction(key('z', { metaKey: true })), 'Cmd+Z undoes on a Mac').toEqual({ type: 'undo' });
    expect(captureAction(key('ArrowDown'))).toEqual({ type: 'move', to: 'next' });
    expect(captureAction(key('b'))).toEqual({ type: 'jump', letter: 'b' });
  });
  it('leaves other shortcuts to the browser and the app', () => {
    expect(captureAction(key('2', { altKey: true })), 'Alt+2 switches page in the app').toBeNull();
    expect(captureAction(key('s', { ctrlKey: true }))).toBeNull();
    expect(captureAction(key('Tab'))).toBeNull();
    expect(captureAction(key('z', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});

describe('moving', () => {
  it('clamps list moves', () => {
    expect(moveIndex(0, 'prev', 3)).toBe(0);
    expect(moveIndex(2, 'next', 3)).toBe(2);
    expect(moveIndex(1, 'last', 3)).toBe(2);
    expect(moveIndex(0, 'pageDown', 30)).toBe(10);
    expect(moveIndex(0, 'next', 0)).toBe(-1);
  });

  it('moves in the grid only when the caret is at the edge for Left/Right', () => {
    const at = { row: 1, col: 1 };
    const size = { rows: 3, cols: 3 };
    const caret = (start: number, end: number, length: number) => ({ start, end, length });
    expect(gridMove(key('ArrowUp'), caret(1, 1, 2), at, size)).toEqual({ row: 0, col: 1 });
    expect(gridMove(key('Enter'), caret(1, 1, 2), at, size)).toEqual({ row: 2, col: 1 });
    expect(gridMove(key('ArrowLeft'), caret(1, 1, 2), at, size), 'mid-text Left moves the caret').toBeNull();
    expect(gridMove(key('ArrowLeft'), caret(0, 0, 2), at, size)).toEqual({ row: 1, col: 0 });
    expect(gridMove(key('ArrowRight'), caret(2, 2, 2), at, size)).toEqual({ row: 1, col: 2 });
    expect(gridMove(key('ArrowRight'), caret(0, 2, 2), at, size), 'a selection is extended, not left').toBeNull();
    expect(gridMove(key('ArrowDown'), caret(0, 0, 0), { row: 2, col: 0 }, size), 'the edge holds').toEqual({ row: 2, col: 0 });
  });

  it('type-ahead finds the next name with that letter, wrapping', () => {
    const names = ['Ana', 'Ben', 'Bea', 'Cara'];
    expect(typeAheadIndex(names, 0, 'b')).toBe(1);
    expect(typeAheadIndex(names, 1, 'b')).toBe(2);
    expect(typeAheadIndex(names, 2, 'B')).toBe(1);
    expect(typeAheadIndex(names, 0, 'z')).toBe(-1);
  });
});

describe('students', () => {
  it('filters names ignoring case and accents', () => {
    expect(nameMatches('Ana López', 'lopez')).toBe(true);
    expect(nameMatches('Ana López', 'ben')).toBe(false);
    expect(nameMatches('Ana López', '')).toBe(true);
  });
  it('filters by band', () => {
    expect(bandMatches('all', null)).toBe(true);
    expect(bandMatches('none', null)).toBe(true);
    expect(bandMatches('none', 'extend')).toBe(false);
    expect(bandMatches('reteach', 'reteach')).toBe(true);
    expect(bandMatches('reteach', 'practice')).toBe(false);
  });
});

describe('groupCompetencies', () => {
  it('groups competencies under their nearest strand, in tree order', () => {
    const fw = frameworkOf('Math');
    const n = nodeOf(fw.id, 'strand', 'N', 'Number');
    const r = nodeOf(fw.id, 'strand', 'N.R', 'Ratios', n.id);
    const c1 = nodeOf(fw.id, 'competency', 'N.R.1', 'Unit rates', r.id);
    const c2 = nodeOf(fw.id, 'competency', 'N.1', 'Integers', n.id);
    const top = nodeOf(fw.id, 'competency', '', 'Habits of mind');
    const groups = groupCompetencies([{ framework: fw, nodes: [n, r, c1, c2, top] }]);
    expect(groups.map((g) => g.label)).toEqual(['N — Number › N.R — Ratios', 'N — Number', 'Math']);
    expect(groups[0]!.competencies[0]!.display).toBe('N.R.1 — Unit rates');
    expect(groups[2]!.competencies[0]!.display, 'no code: just the label').toBe('Habits of mind');
    expect(groups[0]!.competencies[0]!.scale, 'each competency carries its framework scale').toEqual(fw.scale);
  });

  it('names groups by framework when there are several', () => {
    const a = frameworkOf('Math');
    const b = frameworkOf('Science');
    const sa = nodeOf(a.id, 'strand', '', 'Number');
    const ca = nodeOf(a.id, 'competency', 'M1', 'Add', sa.id);
    const sb = nodeOf(b.id, 'strand', '', 'Matter');
    const cb = nodeOf(b.id, 'competency', 'S1', 'States', sb.id);
    const groups = groupCompetencies([
      { framework: a, nodes: [sa, ca] },
      { framework: b, nodes: [sb, cb] },
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Math: Number', 'Science: Matter']);
  });
});

describe('remembering and reporting', () => {
  it('remembers the competency per class', () => {
    localStorage.clear();
    saveLastCompetency('c1', 'comp-a');
    saveLastCompetency('c2', 'comp-b');
    expect(loadLastCompetency('c1')).toBe('comp-a');
    expect(loadLastCompetency('c2')).toBe('comp-b');
    expect(loadLastCompetency('c3')).toBeNull();
  });

  it('reports bulk results', () => {
    expect(bulkResultMessage(40, 40)).toBe('Saved 40 entries.');
    expect(bulkResultMessage(38, 40)).toBe('Saved 38 of 40; 2 need attention');
    expect(bulkResultMessage(2, 3)).toBe('Saved 2 of 3; 1 needs attention');
  });
});
