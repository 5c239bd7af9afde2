// Pure helpers for the Frameworks page: the tree shape of a framework's nodes, scale
// editing, field-path mapping and the CASE import report's wording (methods are in
// methods.ts, level wording in levels.ts). No DOM, no Svelte. Sentences come from the
// catalog (frameworks.ftl) in the UI's language at the time of the call.
import type {
  CaseImportReport,
  FrameworkInput,
  NodeInput,
  NodeKind,
  NodeView,
  Scale,
  ScaleLevel,
} from '../api';
import type { FieldMapper } from './fields';
import { t } from './i18n.svelte';
import { EPS } from './levels';
import { charCount, type FieldErrors } from './validate';
import { normalizeForSearch } from './search';

// ---------------------------------------------------------------- limits

/** The backend's limits (waypoint-core competency.rs / mastery.rs). */
export const FW_LIMITS = {
  title: 160,
  subject: 100,
  code: 120,
  label: 160,
  statement: 4000,
  gradeLevels: 16,
  gradeLevel: 200,
  levelLabel: 60,
  levelDescriptor: 300,
  levelsMin: 2,
  levelsMax: 21,
} as const;

/** CASE files larger than this are refused before they are read. */
export const CASE_MAX_BYTES = 50 * 1024 * 1024;
/** Beyond this many nodes, strands below the top level start collapsed. */
export const BIG_TREE = 200;
/** At most this many rows are drawn for a search, so a vague query stays fast. */
export const SEARCH_ROW_LIMIT = 500;

// ---------------------------------------------------------------- CASE file

/** Megabytes as the backend counts them: rounded up. */
export function megabytes(bytes: number): number {
  return Math.ceil(bytes / (1024 * 1024));
}

/** The refusal for a file over the limit, or null when it may be read. */
export function oversizeMessage(name: string, size: number): string | null {
  if (size <= CASE_MAX_BYTES) return null;
  return t('framework-case-too-big', { file: name, size: megabytes(size), max: megabytes(CASE_MAX_BYTES) });
}

/** The import report's headline: "Imported …" for a new framework, "Updated …" for a re-import. */
export function importHeadline(r: CaseImportReport): string {
  return r.updatedExisting ? t('framework-case-updated', { title: r.title }) : t('framework-case-imported', { title: r.title });
}

/** The four counts of an import report, each as a sentence a teacher can read. */
export function importCountLines(r: CaseImportReport): string[] {
  return [
    t('framework-case-count-added', { count: r.created }),
    t('framework-case-count-changed', { count: r.updated }),
    t('framework-case-count-unchanged', { count: r.unchanged }),
    t('framework-case-count-retired', { count: r.retired }),
  ];
}

/** The sentence about ignored extra parents, or null when there were none. */
export function extraParentsLine(r: CaseImportReport): string | null {
  if (r.extraParents <= 0) return null;
  return t('framework-case-extra-parents', { count: r.extraParents });
}

// ---------------------------------------------------------------- nodes

/** The label if there is one, else the statement cut to 60 characters at a word (as the backend does). */
export function shortLabel(label: string, statement: string): string {
  const l = label.trim();
  if (l !== '') return l;
  const s = statement.trim();
  const chars = Array.from(s);
  if (chars.length <= 60) return s;
  const cut = chars.slice(0, 60).join('');
  const space = cut.lastIndexOf(' ');
  const head = space >= 0 ? cut.slice(0, space) : cut;
  return `${head.replace(/[,;:.]+$/, '')}…`;
}

export function nodeShortLabel(n: Pick<NodeView, 'label' | 'statement'>): string {
  return shortLabel(n.label, n.statement);
}

/** How a node is named in messages: its code and short label. */
export function nodeName(n: Pick<NodeView, 'code' | 'label' | 'statement'>): string {
  const label = nodeShortLabel(n);
  return n.code.trim() !== '' ? `${n.code.trim()} ${label}` : label;
}

/** A node kind's name, for badges. */
export function kindLabel(kind: NodeKind): string {
  switch (kind) {
    case 'strand':
      return t('framework-kind-strand');
    case 'competency':
      return t('framework-kind-competency');
  }
}

/** "6, 7 ,, K" → ["6", "7", "K"]: trimmed, blanks and repeats dropped. */
export function parseGradeLevels(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(',')) {
    const v = part.trim();
    if (v !== '' && !out.includes(v)) out.push(v);
  }
  return out;
}

export function formatGradeLevels(levels: readonly string[]): string {
  return levels.join(', ');
}

/** Client-side checks for a node; keyed by the backend's field names. */
export function validateNode(input: NodeInput): FieldErrors {
  const errors: FieldErrors = {};
  const code = input.code.trim();
  if (charCount(code) > FW_LIMITS.code)
    errors.code = t('framework-check-code-long', { count: charCount(code), limit: FW_LIMITS.code });
  else if (CONTROL.test(code)) errors.code = t('framework-check-code-control');
  const label = input.label.trim();
  if (charCount(label) > FW_LIMITS.label)
    errors.label = t('framework-check-label-long', { count: charCount(label), limit: FW_LIMITS.label });
  else if (CONTROL.test(label)) errors.label = t('framework-check-label-control');
  const statement = input.statement.trim();
  if (statement === '') errors.statement = t('framework-check-statement-blank');
  else if (charCount(statement) > FW_LIMITS.statement)
    errors.statement = t('framework-check-statement-long', { count: charCount(statement), limit: FW_LIMITS.statement });
  if (input.gradeLevels.length > FW_LIMITS.gradeLevels)
    errors.gradeLevels = t('framework-check-grades-many', { limit: FW_LIMITS.gradeLevels });
  else {
    const long = input.gradeLevels.find((g) => charCount(g) > FW_LIMITS.gradeLevel);
    if (long !== undefined)
      errors.gradeLevels = t('framework-check-grades-long', { count: charCount(long), limit: FW_LIMITS.gradeLevel });
  }
  return errors;
}

/** Line breaks and other control characters, refused in one-line fields. */
const CONTROL = /[\u0000-\u001f\u007f]/;

export function validateFramework(input: FrameworkInput): FieldErrors {
  const errors: FieldErrors = {};
  const title = input.title.trim();
  if (title === '') errors.title = t('framework-check-title-blank');
  else if (charCount(title) > FW_LIMITS.title)
    errors.title = t('framework-check-title-long', { count: charCount(title), limit: FW_LIMITS.title });
  const s = input.subject.trim();
  if (charCount(s) > FW_LIMITS.subject)
    errors.subject = t('framework-check-subject-long', { count: charCount(s), limit: FW_LIMITS.subject });
  return errors;
}

export const frameworkFieldControl: FieldMapper = (field) => {
  switch (field) {
    case 'title':
      return 'framework-title';
    case 'subject':
      return 'framework-subject';
    default:
      return null;
  }
};

export const nodeFieldControl: FieldMapper = (field) => {
  const head = field.split('.')[0];
  switch (head) {
    case 'kind':
      return 'node-kind';
    case 'code':
      return 'node-code';
    case 'label':
      return 'node-label';
    case 'statement':
      return 'node-statement';
    case 'gradeLevels':
      return 'node-grades';
    case 'parentId':
    case 'parent':
      return 'node-parent';
    default:
      return null;
  }
};

// ---------------------------------------------------------------- tree

/** One node with what the tree needs to draw and navigate it. */
export interface TreeEntry {
  node: NodeView;
  /** 1 at the top. */
  level: number;
  /** The parent as drawn: null at the top, also for a node whose parent is missing. */
  parentId: string | null;
  /** Children in order, archived ones included. */
  childIds: string[];
  /** Archived, or under an archived strand. */
  archivedAbove: boolean;
}

export interface Tree {
  byId: Map<string, TreeEntry>;
  /** Top-level ids in order. */
  roots: string[];
  /** Every id in pre-order. */
  order: string[];
}

/**
 * Builds the tree from nodes as the backend lists them (pre-order, siblings by position).
 * A node whose parent is not in the list (or a loop) goes to the top, as the backend shows it.
 */
export function buildTree(nodes: readonly NodeView[]): Tree {
  const byId = new Map<string, TreeEntry>();
  for (const node of nodes) {
    byId.set(node.id, { node, level: 1, parentId: null, childIds: [], archivedAbove: false });
  }
  const roots: string[] = [];
  for (const node of nodes) {
    const p = node.parentId;
    const entry = byId.get(node.id)!;
    if (p !== null && p !== node.id && byId.has(p) && !reachesSelf(byId, nodes, node.id, p)) {
      entry.parentId = p;
      byId.get(p)!.childIds.push(node.id);
    } else {
      roots.push(node.id);
    }
  }
  // Levels and archived-above, walking from the roots (an explicit stack: no recursion limit).
  const order: string[] = [];
  const stack = [...roots].reverse().map((id) => ({ id, level: 1, archived: false }));
  while (stack.length > 0) {
    const { id, level, archived } = stack.pop()!;
    const e = byId.get(id)!;
    e.level = level;
    e.archivedAbove = archived || e.node.archived;
    order.push(id);
    for (let i = e.childIds.length - 1; i >= 0; i--) {
      stack.push({ id: e.childIds[i]!, level: level + 1, archived: e.archivedAbove });
    }
  }
  return { byId, roots, order };
}

/** True when following parents up from `parent` comes back to `id` (a loop). */
function reachesSelf(
  byId: Map<string, TreeEntry>,
  nodes: readonly NodeView[],
  id: string,
  parent: string,
): boolean {
  let at: string | null = parent;
  for (let steps = 0; at !== null && steps <= nodes.length; steps++) {
    if (at === id) return true;
    const next: string | null = byId.get(at)?.node.parentId ?? null;
    at = next !== null && byId.has(next) ? next : null;
  }
  return false;
}

/** Strands that start expanded: all of them in a small tree, only the top level in a big one. */
export function defaultExpanded(tree: Tree): Set<string> {
  const big = tree.byId.size > BIG_TREE;
  const out = new Set<string>();
  for (const e of tree.byId.values()) {
    if (e.node.kind === 'strand' && e.childIds.length > 0 && (!big || e.level === 1)) out.add(e.node.id);
  }
  return out;
}

/** A row as drawn. */
export interface TreeRow {
  id: string;
  node: NodeView;
  level: number;
  parentId: string | null;
  /** Position among its drawn siblings, 1-based, and how many there are. */
  posInSet: number;
  setSize: number;
  /** Has drawn children (when expanded), i.e. it can expand. */
  expandable: boolean;
  expanded: boolean;
  /** Matches the search (when searching). */
  match: boolean;
}

export interface RowsResult {
  rows: TreeRow[];
  /** How many nodes matched the search (0 without one). */
  matches: number;
  /** True when the search matched more than could be drawn. */
  truncated: boolean;
}

/** The text a node is found by: code, label and statement. */
export function nodeSearchText(n: Pick<NodeView, 'code' | 'label' | 'statement'>): string {
  return normalizeForSearch(`${n.code} ${n.label} ${n.statement}`);
}

/**
 * The rows to draw: nodes under collapsed strands are left out, archived ones (and what is
 * under them) unless `showArchived`. With a query, only matches and their ancestors, all
 * expanded; `searchText` may be given precomputed.
 */
export function visibleRows(
  tree: Tree,
  opts: {
    expanded: ReadonlySet<string>;
    showArchived: boolean;
    query?: string;
    searchText?: Map<string, string>;
    limit?: number;
  },
): RowsResult {
  const shown = (id: string) => opts.showArchived || !tree.byId.get(id)!.archivedAbove;
  const q = normalizeForSearch(opts.query ?? '');
  let include: Set<string> | null = null;
  let matchSet: Set<string> | null = null;
  let matches = 0;
  let truncated = false;
  if (q !== '') {
    const words = q.split(' ');
    include = new Set();
    matchSet = new Set();
    const limit = opts.limit ?? SEARCH_ROW_LIMIT;
    for (const id of tree.order) {
      if (!shown(id)) continue;
      const e = tree.byId.get(id)!;
      const hay = opts.searchText?.get(id) ?? nodeSearchText(e.node);
      if (!words.every((w) => hay.includes(w))) continue;
      matches++;
      if (matchSet.size >= limit) {
        truncated = true;
        continue;
      }
      matchSet.add(id);
      let at: string | null = id;
      while (at !== null && !include.has(at)) {
        include.add(at);
        at = tree.byId.get(at)!.parentId;
      }
    }
  }
  const drawnChildren = (ids: readonly string[]) =>
    ids.filter((c) => shown(c) && (include === null || include.has(c)));

  const rows: TreeRow[] = [];
  type Frame = { ids: string[]; i: number };
  const stack: Frame[] = [{ ids: drawnChildren(tree.roots), i: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.i >= frame.ids.length) {
      stack.pop();
      continue;
    }
    const id = frame.ids[frame.i]!;
    frame.i++;
    const e = tree.byId.get(id)!;
    const kids = drawnChildren(e.childIds);
    const expandable = kids.length > 0;
    const expanded = expandable && (include !== null || opts.expanded.has(id));
    rows.push({
      id,
      node: e.node,
      level: e.level,
      parentId: e.parentId,
      posInSet: frame.i,
      setSize: frame.ids.length,
      expandable,
      expanded,
      match: matchSet?.has(id) ?? false,
    });
    if (expanded) stack.push({ ids: kids, i: 0 });
  }
  return { rows, matches, truncated };
}

/**
 * Where `moveNode` must put `id` to swap it with its previous (`-1`) or next (`+1`) drawn
 * sibling. `index` counts the parent's other children, archived ones included, as the
 * backend does. Null when there is no sibling that way.
 */
export function siblingMove(
  tree: Tree,
  id: string,
  direction: -1 | 1,
  showArchived: boolean,
): { parentId: string | null; index: number } | null {
  const e = tree.byId.get(id);
  if (!e) return null;
  const siblings = e.parentId === null ? tree.roots : tree.byId.get(e.parentId)!.childIds;
  const others = siblings.filter((s) => s !== id);
  const drawn = (s: string) => showArchived || !tree.byId.get(s)!.archivedAbove;
  const at = siblings.indexOf(id);
  if (direction === 1) {
    for (let i = at + 1; i < siblings.length; i++) {
      const s = siblings[i]!;
      if (drawn(s)) return { parentId: e.parentId, index: others.indexOf(s) + 1 };
    }
  } else {
    for (let i = at - 1; i >= 0; i--) {
      const s = siblings[i]!;
      if (drawn(s)) return { parentId: e.parentId, index: others.indexOf(s) };
    }
  }
  return null;
}

/** A node's children as the tree draws them (the top level for null), archived ones included. */
function childrenOf(tree: Tree, parentId: string | null): string[] {
  return parentId === null ? tree.roots : (tree.byId.get(parentId)?.childIds ?? []);
}

/** Where `moveNode` must put `id` to make it the last child of `parentId` (null: the top level). */
export function appendMove(tree: Tree, id: string, parentId: string | null): { parentId: string | null; index: number } {
  return { parentId, index: childrenOf(tree, parentId).filter((c) => c !== id).length };
}

/**
 * Where `moveNode` must put `id` to take it out one level: just after its parent, among the
 * grandparent's children. Null when it is already at the top level.
 */
export function outdentMove(tree: Tree, id: string): { parentId: string | null; index: number } | null {
  const e = tree.byId.get(id);
  if (!e || e.parentId === null) return null;
  const parent = tree.byId.get(e.parentId);
  if (!parent) return null;
  const siblings = childrenOf(tree, parent.parentId).filter((c) => c !== id);
  return { parentId: parent.parentId, index: siblings.indexOf(parent.node.id) + 1 };
}

/** The drawn sibling just before `id` (hidden archived ones skipped unless shown), or null. */
export function previousSibling(tree: Tree, id: string, showArchived: boolean): string | null {
  const e = tree.byId.get(id);
  if (!e) return null;
  const siblings = childrenOf(tree, e.parentId);
  for (let i = siblings.indexOf(id) - 1; i >= 0; i--) {
    const s = siblings[i]!;
    if (showArchived || !tree.byId.get(s)!.archivedAbove) return s;
  }
  return null;
}

/**
 * Where `moveNode` must put `id` to move it into the sibling just above it, as that strand's
 * last child. `noSibling` when nothing is above it in its group; `notStrand` (with the
 * sibling) when the item above is a competency, which can't hold other items.
 */
export function indentMove(
  tree: Tree,
  id: string,
  showArchived: boolean,
):
  | { ok: true; parentId: string; index: number }
  | { ok: false; reason: 'noSibling' }
  | { ok: false; reason: 'notStrand'; siblingId: string } {
  const prev = previousSibling(tree, id, showArchived);
  if (prev === null) return { ok: false, reason: 'noSibling' };
  if (tree.byId.get(prev)!.node.kind !== 'strand') return { ok: false, reason: 'notStrand', siblingId: prev };
  return { ok: true, parentId: prev, index: appendMove(tree, id, prev).index };
}

/**
 * The strands, in tree order, with their depth: the places a node can go. Archived ones
 * (and strands under them) only with `includeArchived`, marked as such. With `exclude`,
 * that node and everything under it are left out (a strand can't go inside itself).
 */
export function strandChoices(
  tree: Tree,
  includeArchived = false,
  exclude: string | null = null,
): { id: string; level: number; name: string }[] {
  const out: { id: string; level: number; name: string }[] = [];
  for (const id of tree.order) {
    const e = tree.byId.get(id)!;
    if (exclude !== null && (id === exclude || isBelow(tree, id, exclude))) continue;
    if (e.node.kind !== 'strand' || (e.archivedAbove && !includeArchived)) continue;
    const name = nodeName(e.node);
    out.push({ id, level: e.level, name: e.node.archived ? t('framework-strand-archived', { name }) : name });
  }
  return out;
}

/** True when `id` is somewhere under `ancestor` in the tree. */
export function isBelow(tree: Tree, id: string, ancestor: string): boolean {
  let at = tree.byId.get(id)?.parentId ?? null;
  for (let steps = 0; at !== null && steps <= tree.byId.size; steps++) {
    if (at === ancestor) return true;
    at = tree.byId.get(at)?.parentId ?? null;
  }
  return false;
}

/** How many live competencies are at or under a node. */
export function competenciesUnder(tree: Tree, id: string): number {
  let n = 0;
  const stack = [id];
  while (stack.length > 0) {
    const e = tree.byId.get(stack.pop()!);
    if (!e || e.node.archived) continue;
    if (e.node.kind === 'competency') n++;
    stack.push(...e.childIds);
  }
  return n;
}

// ---------------------------------------------------------------- scales

/**
 * The default scale: 0–4 in half points, mastery at 3 (same as the backend's), its labels in
 * the UI's language (once saved, they are the framework's data).
 */
export function defaultScale(): Scale {
  const l = (value: number, label: string, descriptor = ''): ScaleLevel => ({ value, label, descriptor });
  return {
    levels: [
      l(0, t('framework-default-level-0'), t('framework-default-level-0-descriptor')),
      l(0.5, t('framework-default-level-0-5')),
      l(1, t('framework-default-level-1'), t('framework-default-level-1-descriptor')),
      l(1.5, t('framework-default-level-1-5')),
      l(2, t('framework-default-level-2'), t('framework-default-level-2-descriptor')),
      l(2.5, t('framework-default-level-2-5')),
      l(3, t('framework-default-level-3'), t('framework-default-level-3-descriptor')),
      l(3.5, t('framework-default-level-3-5')),
      l(4, t('framework-default-level-4'), t('framework-default-level-4-descriptor')),
    ],
    threshold: 3,
  };
}

/** A scale level as the editor holds it: the value as typed. */
export interface LevelRow {
  /** A stable key for the row while editing. */
  key: number;
  value: string;
  label: string;
  descriptor: string;
}

export interface ScaleForm {
  levels: LevelRow[];
  /** The threshold as the select holds it: a level's value text, or "". */
  threshold: string;
}

let rowKey = 0;
export function newRowKey(): number {
  rowKey += 1;
  return rowKey;
}

export function scaleToForm(s: Scale): ScaleForm {
  return {
    levels: s.levels.map((l) => ({ key: newRowKey(), value: String(l.value), label: l.label, descriptor: l.descriptor })),
    threshold: String(s.threshold),
  };
}

/** A value typed in the editor as a number, or NaN. */
export function parseLevelValue(text: string): number {
  const t = text.trim().replace(',', '.');
  return t === '' ? NaN : Number(t);
}

/** The form → a Scale for the backend (values parsed; the backend validates again). */
export function scaleFromForm(f: ScaleForm): Scale {
  return {
    levels: f.levels.map((l) => ({
      value: parseLevelValue(l.value),
      label: l.label.trim(),
      descriptor: l.descriptor.trim(),
    })),
    threshold: parseLevelValue(f.threshold),
  };
}

/** Client-side checks that mirror Scale::validate; keyed by its field paths. */
export function validateScale(s: Scale): FieldErrors {
  const errors: FieldErrors = {};
  const n = s.levels.length;
  if (n < FW_LIMITS.levelsMin) {
    errors.levels = t('framework-check-levels-few', { min: FW_LIMITS.levelsMin, count: n });
    return errors;
  }
  if (n > FW_LIMITS.levelsMax) {
    errors.levels = t('framework-check-levels-many', { max: FW_LIMITS.levelsMax, count: n });
    return errors;
  }
  s.levels.forEach((l, i) => {
    const level = i + 1;
    if (!Number.isFinite(l.value)) errors[`levels.${i}.value`] = t('framework-check-level-value', { level });
    else {
      const before = s.levels[i - 1];
      if (before && Number.isFinite(before.value) && l.value <= before.value)
        errors[`levels.${i}.value`] = t('framework-check-level-order');
    }
    const label = l.label.trim();
    if (label === '') errors[`levels.${i}.label`] = t('framework-check-level-label-blank', { level });
    else if (charCount(label) > FW_LIMITS.levelLabel)
      errors[`levels.${i}.label`] = t('framework-check-level-label-long', { level, count: charCount(label), limit: FW_LIMITS.levelLabel });
    const descriptor = l.descriptor.trim();
    if (charCount(descriptor) > FW_LIMITS.levelDescriptor)
      errors[`levels.${i}.descriptor`] = t('framework-check-level-descriptor-long', {
        level,
        count: charCount(descriptor),
        limit: FW_LIMITS.levelDescriptor,
      });
  });
  const at = s.levels.findIndex((l) => Math.abs(l.value - s.threshold) <= EPS);
  if (at < 0) errors.threshold = t('framework-check-threshold-choose');
  else if (at === 0) errors.threshold = t('framework-check-threshold-lowest');
  return errors;
}

/** Scale field paths → editor controls: `levels.2.label` → `scale-2-label`. */
export const scaleFieldControl: FieldMapper = (field) => {
  if (field === 'threshold') return 'scale-threshold';
  const m = /^levels\.(\d{1,2})\.(value|label|descriptor)$/.exec(field);
  if (m) return `scale-${m[1]}-${m[2]}`;
  if (/^levels\.(\d{1,2})$/.test(field)) return `scale-${field.split('.')[1]}-value`;
  return null;
};

/** A move asked for from the keyboard: up or down among siblings, out of a strand, into the strand above. */
export type TreeMove = 'up' | 'down' | 'out' | 'in';

/**
 * Where a keyboard move takes a node and the sentence that says it was done, or the sentence
 * that says why it can't move; null when the node is unknown.
 */
export function planTreeMove(
  tree: Tree,
  id: string,
  how: TreeMove,
  showArchived: boolean,
): { to: { parentId: string | null; index: number }; done: string } | { refused: string } | null {
  const e = tree.byId.get(id);
  if (!e) return null;
  const node = e.node;
  const name = nodeShortLabel(node);
  if (how === 'up' || how === 'down') {
    const up = how === 'up';
    const to = siblingMove(tree, id, up ? -1 : 1, showArchived);
    if (to === null) return { refused: up ? t('framework-move-already-first', { name }) : t('framework-move-already-last', { name }) };
    return { to, done: up ? t('framework-move-moved-up', { name }) : t('framework-move-moved-down', { name }) };
  }
  if (how === 'out') {
    // Out of its strand, just after it.
    const to = outdentMove(tree, id);
    const from = e.parentId === null ? undefined : tree.byId.get(e.parentId)?.node;
    if (to === null || !from) return { refused: t('framework-move-already-top', { name }) };
    return { to, done: t('framework-move-moved-out', { name, from: nodeShortLabel(from) }) };
  }
  // Into the strand just above it, as its last item.
  const to = indentMove(tree, id, showArchived);
  if (!to.ok) {
    const above = to.reason === 'notStrand' ? tree.byId.get(to.siblingId)?.node : undefined;
    return {
      refused: above
        ? t('framework-move-not-strand', { name, above: nodeShortLabel(above) })
        : t('framework-move-nothing-above', { name }),
    };
  }
  const into = tree.byId.get(to.parentId)!.node;
  return { to, done: t('framework-move-moved-in', { name, into: nodeShortLabel(into) }) };
}
