import { describe, expect, it } from 'vitest';
import type { CaseImportReport, NodeView } from '../src/api';
import {
  BIG_TREE,
  appendMove,
  buildTree,
  defaultExpanded,
  defaultScale,
  extraParentsLine,
  importCountLines,
  importHeadline,
  indentMove,
  isBelow,
  nodeFieldControl,
  outdentMove,
  oversizeMessage,
  previousSibling,
  parseGradeLevels,
  scaleFieldControl,
  scaleFromForm,
  scaleToForm,
  shortLabel,
  siblingMove,
  strandChoices,
  validateNode,
  validateScale,
  visibleRows,
} from '../src/lib/frameworks';

let seq = 0;
function n(kind: NodeView['kind'], code: string, o: Partial<NodeView> = {}): NodeView {
  return {
    id: `n${++seq}`,
    frameworkId: 'fw',
    parentId: null,
    position: 0,
    kind,
    code,
    label: '',
    statement: `Statement ${code}`,
    gradeLevels: [],
    method: null,
    caseIdentifier: '',
    archived: false,
    ...o,
  };
}

/** S1 (C1, C2, X archived), S2 (S3 (C4)). */
function sample() {
  const s1 = n('strand', 'S1');
  const c1 = n('competency', 'C1', { parentId: s1.id });
  const c2 = n('competency', 'C2', { parentId: s1.id });
  const x = n('competency', 'X', { parentId: s1.id, archived: true });
  const s2 = n('strand', 'S2');
  const s3 = n('strand', 'S3', { parentId: s2.id });
  const c4 = n('competency', 'C4', { parentId: s3.id, statement: 'Add fractions with unlike denominators' });
  return { s1, c1, c2, x, s2, s3, c4, nodes: [s1, c1, c2, x, s2, s3, c4] };
}
const codes = (rows: { node: NodeView }[]) => rows.map((r) => r.node.code);

describe('tree', () => {
  it('computes levels and parents from pre-order nodes', () => {
    const { nodes, s3, c4 } = sample();
    const t = buildTree(nodes);
    expect(t.roots.map((id) => t.byId.get(id)!.node.code)).toEqual(['S1', 'S2']);
    expect(t.byId.get(c4.id)!.level, 'under S2 › S3').toBe(3);
    expect(t.byId.get(c4.id)!.parentId).toBe(s3.id);
  });

  it('puts a node whose parent is missing, or a loop, at the top', () => {
    const orphan = n('competency', 'O', { parentId: 'gone' });
    const a = n('strand', 'A');
    const b = n('strand', 'B', { parentId: a.id });
    a.parentId = b.id;
    const t = buildTree([orphan, a, b]);
    expect(t.byId.get(orphan.id)!.level, 'an orphan is drawn at the top').toBe(1);
    expect(t.order, 'nothing in a loop is lost').toHaveLength(3);
  });

  it('hides archived nodes and collapsed strands, and gives set positions', () => {
    const { nodes, s1, s2 } = sample();
    const t = buildTree(nodes);
    const all = new Set([s1.id, s2.id]);
    const { rows } = visibleRows(t, { expanded: all, showArchived: false });
    expect(codes(rows), 'S3 is collapsed, X archived').toEqual(['S1', 'C1', 'C2', 'S2', 'S3']);
    expect(rows.map((r) => `${r.posInSet}/${r.setSize}`)).toEqual(['1/2', '1/2', '2/2', '2/2', '1/1']);
    expect(rows.find((r) => r.node.code === 'S3')!.expandable, 'S3 has a child to show').toBe(true);
    expect(rows.find((r) => r.node.code === 'S3')!.expanded).toBe(false);
    expect(codes(visibleRows(t, { expanded: all, showArchived: true }).rows)).toContain('X');
  });

  it('shows matches with their ancestors when searching, accent- and case-insensitively', () => {
    const { nodes } = sample();
    const t = buildTree(nodes);
    const r = visibleRows(t, { expanded: new Set(), showArchived: false, query: 'FRACTIONS unlike' });
    expect(codes(r.rows), 'ancestors are opened to show the match').toEqual(['S2', 'S3', 'C4']);
    expect(r.rows.map((x) => x.match)).toEqual([false, false, true]);
    expect(r.matches).toBe(1);
    const code = visibleRows(t, { expanded: new Set(), showArchived: false, query: 'c2' });
    expect(codes(code.rows), 'codes are searched too').toEqual(['S1', 'C2']);
    const limited = visibleRows(t, { expanded: new Set(), showArchived: false, query: 'statement', limit: 2 });
    expect(limited.truncated, 'a vague query is capped').toBe(true);
    expect(limited.rows.filter((x) => x.match)).toHaveLength(2);
  });

  it('expands everything in a small tree, only the top level in a big one', () => {
    const { nodes, s1, s2, s3 } = sample();
    expect(defaultExpanded(buildTree(nodes))).toEqual(new Set([s1.id, s2.id, s3.id]));
    const big = [...nodes];
    while (big.length <= BIG_TREE) big.push(n('competency', `Z${big.length}`, { parentId: s3.id }));
    expect(defaultExpanded(buildTree(big)), 'S3 (level 2) starts closed').toEqual(new Set([s1.id, s2.id]));
  });

  it('computes move indices among the other siblings, counting hidden archived ones', () => {
    const { nodes, s1, c1, c2, s2 } = sample();
    const t = buildTree(nodes);
    expect(siblingMove(t, c1.id, 1, false), 'C1 after C2').toEqual({ parentId: s1.id, index: 1 });
    expect(siblingMove(t, c2.id, -1, false)).toEqual({ parentId: s1.id, index: 0 });
    expect(siblingMove(t, c2.id, 1, false), 'X is hidden, so C2 is last').toBeNull();
    expect(siblingMove(t, c2.id, 1, true), 'shown, X can be passed').toEqual({ parentId: s1.id, index: 2 });
    expect(siblingMove(t, s2.id, -1, false)).toEqual({ parentId: null, index: 0 });
    expect(siblingMove(t, s1.id, -1, false)).toBeNull();

    // Hidden archived node between two visible ones: moving down skips it.
    const a = n('competency', 'A');
    const h = n('competency', 'H', { archived: true });
    const b = n('competency', 'B');
    expect(siblingMove(buildTree([a, h, b]), a.id, 1, false)).toEqual({ parentId: null, index: 2 });
    expect(siblingMove(buildTree([a, h, b]), b.id, -1, false)).toEqual({ parentId: null, index: 0 });
  });

  it('lists live strands as places for a new node', () => {
    const { nodes } = sample();
    expect(strandChoices(buildTree(nodes)).map((s) => [s.name, s.level])).toEqual([
      ['S1 Statement S1', 1],
      ['S2 Statement S2', 1],
      ['S3 Statement S3', 2],
    ]);
  });

  it('leaves a node and what is under it out of the places it can move to', () => {
    const { nodes, s1, s2, s3, c4 } = sample();
    const t = buildTree(nodes);
    expect(strandChoices(t, false, s2.id).map((s) => s.id), 'not S2, nor S3 inside it').toEqual([s1.id]);
    expect(strandChoices(t, false, s3.id).map((s) => s.id)).toEqual([s1.id, s2.id]);
    expect(strandChoices(t, false, c4.id).map((s) => s.id), 'a competency can go under any strand').toEqual([
      s1.id,
      s2.id,
      s3.id,
    ]);
    expect(isBelow(t, c4.id, s2.id)).toBe(true);
    expect(isBelow(t, s2.id, s2.id), 'not below itself').toBe(false);
    expect(isBelow(t, c4.id, s1.id)).toBe(false);
  });

  it('puts a node last under a new parent, counting archived children', () => {
    const { nodes, s1, s2, c1, c4 } = sample();
    const t = buildTree(nodes);
    expect(appendMove(t, c4.id, s1.id), 'after C1, C2 and archived X').toEqual({ parentId: s1.id, index: 3 });
    expect(appendMove(t, c4.id, null), 'after S1 and S2').toEqual({ parentId: null, index: 2 });
    expect(appendMove(t, c1.id, s1.id), 'its own place is not counted').toEqual({ parentId: s1.id, index: 2 });
    expect(appendMove(t, c1.id, s2.id)).toEqual({ parentId: s2.id, index: 1 });
  });

  it('moves out one level: just after the parent among the grandparent children', () => {
    const { nodes, s1, s2, s3, c2, c4 } = sample();
    const t = buildTree(nodes);
    expect(outdentMove(t, c2.id), 'after S1 at the top').toEqual({ parentId: null, index: 1 });
    expect(outdentMove(t, c4.id), 'after S3 in S2').toEqual({ parentId: s2.id, index: 1 });
    expect(outdentMove(t, s3.id), 'after S2 at the top').toEqual({ parentId: null, index: 2 });
    expect(outdentMove(t, s1.id), 'already at the top').toBeNull();
  });

  it('moves in: into the strand just above, as its last child', () => {
    const { nodes, s1, s2, c1, c2, s3 } = sample();
    const t = buildTree(nodes);
    expect(indentMove(t, s2.id, false), 'S2 into S1, after C1, C2 and X').toEqual({ ok: true, parentId: s1.id, index: 3 });
    expect(indentMove(t, c2.id, false), 'C1 above is a competency').toEqual({
      ok: false,
      reason: 'notStrand',
      siblingId: c1.id,
    });
    expect(indentMove(t, c1.id, false)).toEqual({ ok: false, reason: 'noSibling' });
    expect(indentMove(t, s3.id, false), 'S3 is alone in S2').toEqual({ ok: false, reason: 'noSibling' });

    // A hidden archived strand above is skipped unless archived nodes are shown.
    const a = n('strand', 'A');
    const h = n('strand', 'H', { archived: true });
    const b = n('competency', 'B');
    const tt = buildTree([a, h, b]);
    expect(previousSibling(tt, b.id, false)).toBe(a.id);
    expect(previousSibling(tt, b.id, true)).toBe(h.id);
    expect(indentMove(tt, b.id, false)).toEqual({ ok: true, parentId: a.id, index: 0 });
    expect(indentMove(tt, b.id, true)).toEqual({ ok: true, parentId: h.id, index: 0 });
  });
});

describe('nodes', () => {
  it('shortens a statement at a word when there is no label', () => {
    expect(shortLabel(' Ratios ', 'x')).toBe('Ratios');
    const long = 'Use ratio and rate reasoning to solve real-world and mathematical problems, e.g., by reasoning.';
    const s = shortLabel('', long);
    expect(s.endsWith('…')).toBe(true);
    expect(Array.from(s).length).toBeLessThanOrEqual(61);
    expect(s).toBe('Use ratio and rate reasoning to solve real-world and…');
    // The Evidence page names competencies with the same helper (capture.ts imports it).
    const other = shortLabel('', 'Students reason about ratios and rates in many real-world contexts, including recipes and maps.');
    expect(other.endsWith('…')).toBe(true);
    expect(Array.from(other).length).toBeLessThanOrEqual(61);
    expect(shortLabel('', '  Short statement. '), 'a short statement is kept whole').toBe('Short statement.');
  });

  it('parses grade levels from commas', () => {
    expect(parseGradeLevels(' 6, 7,,6 , K ')).toEqual(['6', '7', 'K']);
    expect(parseGradeLevels('')).toEqual([]);
  });

  it('requires a statement and checks lengths', () => {
    const ok = { kind: 'competency' as const, code: '', label: '', statement: 'Do it', gradeLevels: [] };
    expect(validateNode(ok)).toEqual({});
    expect(validateNode({ ...ok, statement: '  \n ' })).toEqual({ statement: "Statement can't be blank." });
    expect(validateNode({ ...ok, code: 'x'.repeat(121) }).code).toMatch(/limit is 120/);
    expect(validateNode({ ...ok, label: 'a\nb' }).label).toMatch(/line breaks/);
    expect(validateNode({ ...ok, gradeLevels: Array.from({ length: 17 }, (_, i) => String(i)) }).gradeLevels).toMatch(
      /at most 16/,
    );
  });

  it('maps node field errors to controls', () => {
    expect(['kind', 'code', 'label', 'statement', 'gradeLevels', 'gradeLevels.3', 'parentId', 'other'].map(nodeFieldControl)).toEqual([
      'node-kind',
      'node-code',
      'node-label',
      'node-statement',
      'node-grades',
      'node-grades',
      'node-parent',
      null,
    ]);
  });
});

describe('scales', () => {
  it('round-trips through the editor form', () => {
    const s = defaultScale();
    expect(scaleFromForm(scaleToForm(s))).toEqual(s);
  });

  it('checks levels and threshold like the backend, keyed by its field paths', () => {
    const s = defaultScale();
    expect(validateScale(s)).toEqual({});
    expect(validateScale({ ...s, threshold: 0 }).threshold).toMatch(/can't be the lowest level/);
    expect(validateScale({ ...s, threshold: 7 }).threshold).toBeDefined();
    const levels = s.levels.map((l) => ({ ...l }));
    levels[2]!.label = ' ';
    levels[3]!.value = 0.2;
    expect(validateScale({ levels, threshold: 3 })).toEqual({
      'levels.2.label': "The label of level 3 can't be blank.",
      'levels.3.value': 'Level values must go up from one level to the next.',
    });
    expect(validateScale({ levels: levels.slice(0, 1), threshold: 0 }).levels).toMatch(/at least 2 levels/);
    expect(validateScale({ levels: [{ value: NaN, label: 'a', descriptor: '' }, ...levels], threshold: 3 })['levels.0.value']).toMatch(
      /must be a number/,
    );
  });

  it('maps scale field paths to the editor inputs', () => {
    expect(['levels.2.label', 'levels.0.value', 'levels.10.descriptor', 'threshold', 'levels', 'levels.x.label'].map(scaleFieldControl)).toEqual([
      'scale-2-label',
      'scale-0-value',
      'scale-10-descriptor',
      'scale-threshold',
      null,
      null,
    ]);
  });
});

describe('CASE import wording', () => {
  const report: CaseImportReport = {
    frameworkId: 'fw',
    title: 'CCSS Math',
    updatedExisting: true,
    created: 1,
    updated: 0,
    unchanged: 1200,
    retired: 3,
    missingParents: [],
    extraParents: 0,
    prerequisitesAdded: 0,
    prerequisitesSkipped: 0,
    warnings: [],
    dryRun: false,
  };

  it('refuses files over 50 MB with the size rounded up', () => {
    expect(oversizeMessage('a.json', 50 * 1024 * 1024), 'exactly 50 MB is fine').toBeNull();
    expect(oversizeMessage('big.json', 50 * 1024 * 1024 + 1)).toBe(
      'big.json is 51 MB; Waypoint accepts CASE files up to 50 MB. Nothing was imported.',
    );
  });

  it('says what an import did in plain words', () => {
    expect(importHeadline(report)).toBe('Updated CCSS Math');
    expect(importHeadline({ ...report, updatedExisting: false })).toBe('Imported CCSS Math');
    expect(importCountLines(report)).toEqual([
      '1 item was added.',
      'No existing items changed.',
      '1,200 items were already up to date.',
      '3 items no longer in the file were archived; their evidence is kept.',
    ]);
    expect(extraParentsLine(report)).toBeNull();
    expect(extraParentsLine({ ...report, extraParents: 1 })).toMatch(/^One item listed a second parent/);
  });
});
