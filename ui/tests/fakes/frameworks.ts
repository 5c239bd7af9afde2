// An in-memory stand-in for the framework commands, for the Frameworks page tests. It
// implements the generated command interface (see ./commands.ts) and the backend's rules that
// the page relies on: nodes listed in tree pre-order, move_node's index counting the parent's
// other children (archived ones too), {code, message, field} rejections, progress through the
// channel.
import type { CaseImportReport, ClassView, FrameworkView, ImportProgress, NodeKind, NodeView, Prerequisite } from '../../src/bindings';
import { defaultScale } from '../../src/lib/frameworks';
import { clone, switchboard, type Call, type CommandArgs, type FakeCommands, type Rejection, type Switchboard } from './commands';

let seq = 0;
const newId = (p: string) => `${p}-${++seq}`;

export interface FrameworksFake {
  frameworks: FrameworkView[];
  nodes: NodeView[];
  /** Every prerequisite, of every framework. */
  prereqs: Prerequisite[];
  /** classId → framework ids it uses. */
  used: Map<string, Set<string>>;
  calls: Call[];
  /** What import_case does; by default it creates a small framework. */
  importCase: (args: CommandArgs<'import_case'>, progress: (p: ImportProgress) => void) => Promise<CaseImportReport>;
  failNext(cmd: string, error: Rejection): void;
  /** Hold the next call of `cmd` until the returned function is called. */
  holdNext(cmd: string): () => void;
  callsOf: Switchboard['callsOf'];
  handle(cmd: string, args?: Record<string, unknown>): Promise<unknown>;
}

export function framework(title: string, o: Partial<FrameworkView> = {}): FrameworkView {
  return {
    id: newId('fw'),
    title,
    subject: '',
    scale: defaultScale(),
    method: { name: 'decaying_average', rate: 0.65 },
    caseIdentifier: '',
    caseVersion: '',
    archived: false,
    competencyCount: 0,
    creditFromLater: false,
    ...o,
  };
}

export function node(
  frameworkId: string,
  kind: NodeKind,
  code: string,
  statement: string,
  o: Partial<NodeView> = {},
): NodeView {
  return {
    id: newId('node'),
    frameworkId,
    parentId: null,
    position: 0,
    kind,
    code,
    label: '',
    statement,
    gradeLevels: [],
    method: null,
    caseIdentifier: '',
    archived: false,
    ...o,
  };
}

/** Children in sibling order, then pre-order, as the backend lists them. */
export function treeOrder(nodes: NodeView[]): NodeView[] {
  const ids = new Set(nodes.map((n) => n.id));
  const kids = new Map<string | null, NodeView[]>();
  for (const n of nodes) {
    const key = n.parentId !== null && ids.has(n.parentId) ? n.parentId : null;
    kids.set(key, [...(kids.get(key) ?? []), n]);
  }
  for (const list of kids.values()) list.sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));
  const out: NodeView[] = [];
  const walk = (parent: string | null) => {
    for (const n of kids.get(parent) ?? []) {
      out.push(n);
      walk(n.id);
    }
  };
  walk(null);
  return out;
}

export function frameworksFake(
  init: {
    frameworks?: FrameworkView[];
    nodes?: NodeView[];
    prereqs?: Prerequisite[];
    used?: Record<string, string[]>;
    classes?: ClassView[];
  } = {},
): FrameworksFake {
  const sb = switchboard();
  const f: FrameworksFake = {
    frameworks: init.frameworks ?? [],
    nodes: init.nodes ?? [],
    prereqs: init.prereqs ?? [],
    used: new Map(Object.entries(init.used ?? {}).map(([k, v]) => [k, new Set(v)])),
    calls: sb.calls,
    importCase: async (args, progress) => {
      const fw = framework('Imported Standards', { caseIdentifier: 'doc-1', caseVersion: '1.0' });
      f.frameworks.push(fw);
      const s = node(fw.id, 'strand', 'RP', 'Ratios and proportional relationships', { caseIdentifier: 'i-1' });
      const c = node(fw.id, 'competency', 'RP.1', 'Understand the concept of a ratio.', {
        parentId: s.id,
        caseIdentifier: 'i-2',
      });
      f.nodes.push(s, c);
      progress({ done: 1, total: 2 });
      progress({ done: 2, total: 2 });
      if (args.classId) attach(args.classId, fw.id);
      return {
        frameworkId: fw.id,
        title: fw.title,
        updatedExisting: false,
        created: 2,
        updated: 0,
        unchanged: 0,
        retired: 0,
        missingParents: [],
        extraParents: 0,
        prerequisitesAdded: 0,
        prerequisitesSkipped: 0,
        warnings: [],
        dryRun: false,
      };
    },
    failNext: sb.failNext,
    holdNext: sb.holdNext,
    callsOf: sb.callsOf,
    handle: (cmd, args) => sb.serve(commands, cmd, args),
  };

  const commands: FakeCommands = {
    app_info: () => ({ version: '0.1.0-test', dbPath: '/tmp/waypoint.sqlite3', snapshotsDir: '/tmp/snapshots', deviceId: 'dev-1' }),
    list_classes: () => init.classes ?? [],
    list_frameworks: ({ includeArchived }) =>
      f.frameworks
        .filter((x) => includeArchived || !x.archived)
        .map(withCount)
        .sort((a, b) => a.title.localeCompare(b.title)),
    class_frameworks: ({ classId }) => {
      const ids = f.used.get(classId) ?? new Set();
      return f.frameworks.filter((x) => ids.has(x.id)).map(withCount);
    },
    create_framework: ({ input }) => {
      const title = input.title ?? '';
      if (title.trim() === '') throw { code: 'invalid', message: "Framework title can't be blank.", field: 'title' };
      const fw = framework(title, { subject: input.subject ?? '' });
      f.frameworks.push(fw);
      return withCount(fw);
    },
    update_framework: ({ id, input }) => {
      const fw = getFw(id);
      Object.assign(fw, { title: input.title ?? '', subject: input.subject ?? '' });
      return withCount(fw);
    },
    set_framework_archived: ({ id, archived }) => {
      const fw = getFw(id);
      fw.archived = archived;
      return withCount(fw);
    },
    set_framework_scale: ({ id, scale }) => {
      const fw = getFw(id);
      fw.scale = clone(scale);
      return withCount(fw);
    },
    set_framework_method: ({ id, method }) => {
      const fw = getFw(id);
      fw.method = clone(method);
      return withCount(fw);
    },
    list_nodes: ({ frameworkId, includeArchived }) => {
      getFw(frameworkId);
      const all = treeOrder(f.nodes.filter((n) => n.frameworkId === frameworkId));
      if (includeArchived) return clone(all);
      const hidden = new Set<string>();
      return clone(
        all.filter((n) => {
          const hide = n.archived || (n.parentId !== null && hidden.has(n.parentId));
          if (hide) hidden.add(n.id);
          return !hide;
        }),
      );
    },
    create_node: ({ frameworkId, parentId, input }) => {
      const statement = input.statement ?? '';
      if (statement.trim() === '') throw { code: 'invalid', message: "Statement can't be blank.", field: 'statement' };
      const siblings = f.nodes.filter((n) => n.frameworkId === frameworkId && n.parentId === parentId);
      const n = node(frameworkId, input.kind, input.code ?? '', statement, {
        label: input.label ?? '',
        gradeLevels: input.gradeLevels ?? [],
        parentId,
        position: siblings.length === 0 ? 0 : Math.max(...siblings.map((s) => s.position)) + 1,
      });
      f.nodes.push(n);
      return clone(n);
    },
    update_node: ({ id, input }) => {
      const n = getNode(id);
      Object.assign(n, {
        kind: input.kind,
        code: input.code ?? '',
        label: input.label ?? '',
        statement: input.statement ?? '',
        gradeLevels: clone(input.gradeLevels ?? []),
      });
      return clone(n);
    },
    move_node: ({ id, parentId, index }) => {
      const n = getNode(id);
      const siblings = treeOrder(f.nodes.filter((x) => x.frameworkId === n.frameworkId)).filter(
        (x) => x.parentId === parentId && x.id !== n.id,
      );
      const at = Math.min(index, siblings.length);
      siblings.splice(at, 0, n);
      n.parentId = parentId;
      siblings.forEach((s, i) => (s.position = i));
      return clone(treeOrder(f.nodes.filter((x) => x.frameworkId === n.frameworkId)));
    },
    set_node_archived: ({ id, archived }) => {
      const n = getNode(id);
      n.archived = archived;
      return clone(n);
    },
    set_node_method: ({ id, method }) => {
      const n = getNode(id);
      n.method = clone(method);
      return clone(n);
    },
    set_framework_credit: ({ id, on }) => {
      const fw = getFw(id);
      fw.creditFromLater = on;
      return withCount(fw);
    },
    list_prerequisites: ({ frameworkId }) => {
      getFw(frameworkId);
      return prereqsOf(frameworkId);
    },
    add_prerequisite: ({ competencyId, requiresId }) => {
      const later = getNode(competencyId);
      const earlier = getNode(requiresId);
      if (later.kind !== 'competency') throw { code: 'invalid', message: 'Only a competency can have prerequisites.', field: 'competencyId' };
      if (earlier.kind !== 'competency' || earlier.archived || earlier.frameworkId !== later.frameworkId) {
        throw { code: 'invalid', message: 'A prerequisite must be a live competency of the same framework.', field: 'requires' };
      }
      const loop = pathBetween(requiresId, competencyId);
      if (loop !== null) {
        // Like the backend: name the loop by codes, from the new link round to its start.
        const [first, ...rest] = [later, ...loop.map(getNode)].map((n) => n.code);
        const chain = `${first} needs ${rest.join(', which needs ')}`;
        throw { code: 'invalid', message: `That would make a loop: ${chain}. Remove one of these first.`, field: 'requires' };
      }
      if (!f.prereqs.some((p) => p.competency === competencyId && p.requires === requiresId)) {
        f.prereqs.push({ competency: competencyId, requires: requiresId });
      }
      return prereqsOf(later.frameworkId);
    },
    remove_prerequisite: ({ competencyId, requiresId }) => {
      const later = getNode(competencyId);
      f.prereqs = f.prereqs.filter((p) => !(p.competency === competencyId && p.requires === requiresId));
      return prereqsOf(later.frameworkId);
    },
    attach_framework: ({ classId, frameworkId }) => {
      attach(classId, frameworkId);
      return null;
    },
    detach_framework: ({ classId, frameworkId }) => {
      f.used.get(classId)?.delete(frameworkId);
      return null;
    },
    import_case: (args) => f.importCase(args, (p) => args.onProgress.onmessage?.(p)),
  };

  /** The prerequisites among a framework's nodes, in the order they were added. */
  function prereqsOf(frameworkId: string): Prerequisite[] {
    const ids = new Set(f.nodes.filter((n) => n.frameworkId === frameworkId).map((n) => n.id));
    return clone(f.prereqs.filter((p) => ids.has(p.competency)));
  }
  /** The chain of requirements from `from` down to `to` (both included), or null. */
  function pathBetween(from: string, to: string, seen = new Set<string>()): string[] | null {
    if (from === to) return [from];
    if (seen.has(from)) return null;
    seen.add(from);
    for (const p of f.prereqs.filter((x) => x.competency === from)) {
      const rest = pathBetween(p.requires, to, seen);
      if (rest) return [from, ...rest];
    }
    return null;
  }
  function attach(classId: string, frameworkId: string) {
    const set = f.used.get(classId) ?? new Set<string>();
    set.add(frameworkId);
    f.used.set(classId, set);
  }
  function withCount(fw: FrameworkView): FrameworkView {
    const competencyCount = f.nodes.filter((n) => n.frameworkId === fw.id && n.kind === 'competency' && !n.archived).length;
    return clone({ ...fw, competencyCount });
  }
  function getFw(id: string): FrameworkView {
    const fw = f.frameworks.find((x) => x.id === id);
    if (!fw) throw { code: 'not_found', message: 'That framework no longer exists.' };
    return fw;
  }
  function getNode(id: string): NodeView {
    const n = f.nodes.find((x) => x.id === id);
    if (!n) throw { code: 'not_found', message: 'That competency no longer exists.' };
    return n;
  }
  return f;
}

/** A small framework: strands S1 (C1, C2) and S2 (C3). */
export function sampleFramework(title = 'Grade 6 Math') {
  const fw = framework(title, { subject: 'Mathematics' });
  const s1 = node(fw.id, 'strand', 'RP', 'Ratios and proportional relationships', { position: 0 });
  const c1 = node(fw.id, 'competency', 'RP.1', 'Understand the concept of a ratio and use ratio language.', {
    parentId: s1.id,
    position: 0,
    gradeLevels: ['06'],
  });
  const c2 = node(fw.id, 'competency', 'RP.2', 'Understand the concept of a unit rate.', { parentId: s1.id, position: 1 });
  const s2 = node(fw.id, 'strand', 'NS', 'The number system', { position: 1 });
  const c3 = node(fw.id, 'competency', 'NS.1', 'Divide fractions by fractions.', { parentId: s2.id, position: 0 });
  return { fw, s1, c1, c2, s2, c3, nodes: [s1, c1, c2, s2, c3] };
}
