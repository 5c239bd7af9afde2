// An in-memory stand-in for the framework commands, for the Frameworks page tests. It
// mirrors the contract in api.ts and the backend's rules that the page relies on: nodes
// listed in tree pre-order, move_node's index counting the parent's other children
// (archived ones too), {code, message, field} rejections, progress through the channel.
import type {
  AppError,
  CaseImportReport,
  ClassView,
  FrameworkInput,
  FrameworkView,
  ImportProgress,
  Method,
  NodeInput,
  NodeKind,
  NodeView,
  Scale,
} from '../../src/api';
import { defaultScale } from '../../src/lib/frameworks';

type Args = Record<string, unknown>;

let seq = 0;
const newId = (p: string) => `${p}-${++seq}`;

export interface FrameworksFake {
  frameworks: FrameworkView[];
  nodes: NodeView[];
  /** classId → framework ids it uses. */
  used: Map<string, Set<string>>;
  calls: { cmd: string; args: Args }[];
  /** What import_case does; by default it creates a small framework. */
  importCase: (args: Args, progress: (p: ImportProgress) => void) => Promise<CaseImportReport>;
  failNext(cmd: string, error: AppError | string): void;
  /** Hold the next call of `cmd` until the returned function is called. */
  holdNext(cmd: string): () => void;
  callsOf(cmd: string): Args[];
  handle(cmd: string, args?: Args): Promise<unknown>;
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

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function frameworksFake(
  init: { frameworks?: FrameworkView[]; nodes?: NodeView[]; used?: Record<string, string[]>; classes?: ClassView[] } = {},
): FrameworksFake {
  const failures = new Map<string, AppError | string>();
  const holds = new Map<string, Promise<void>>();
  const f: FrameworksFake = {
    frameworks: init.frameworks ?? [],
    nodes: init.nodes ?? [],
    used: new Map(Object.entries(init.used ?? {}).map(([k, v]) => [k, new Set(v)])),
    calls: [],
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
      if (args.classId) attach(args.classId as string, fw.id);
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
      };
    },
    failNext(cmd, error) {
      failures.set(cmd, error);
    },
    holdNext(cmd) {
      let release!: () => void;
      holds.set(cmd, new Promise<void>((r) => (release = r)));
      return () => release();
    },
    callsOf(cmd) {
      return f.calls.filter((c) => c.cmd === cmd).map((c) => c.args);
    },
    async handle(cmd, args = {}) {
      f.calls.push({ cmd, args });
      const hold = holds.get(cmd);
      if (hold) {
        holds.delete(cmd);
        await hold;
      }
      const failure = failures.get(cmd);
      if (failure !== undefined) {
        failures.delete(cmd);
        throw failure;
      }
      switch (cmd) {
        case 'app_info':
          return { version: '0.1.0-test', dbPath: '/tmp/waypoint.sqlite3', deviceId: 'dev-1' };
        case 'list_classes':
          return init.classes ?? [];
        case 'list_frameworks':
          return f.frameworks
            .filter((x) => args.includeArchived || !x.archived)
            .map(withCount)
            .sort((a, b) => a.title.localeCompare(b.title));
        case 'class_frameworks': {
          const ids = f.used.get(args.classId as string) ?? new Set();
          return f.frameworks.filter((x) => ids.has(x.id)).map(withCount);
        }
        case 'create_framework': {
          const input = args.input as FrameworkInput;
          if (input.title.trim() === '') throw { code: 'invalid', message: "Framework title can't be blank.", field: 'title' };
          const fw = framework(input.title, { subject: input.subject });
          f.frameworks.push(fw);
          return withCount(fw);
        }
        case 'update_framework': {
          const fw = getFw(args.id);
          Object.assign(fw, args.input as FrameworkInput);
          return withCount(fw);
        }
        case 'set_framework_archived': {
          const fw = getFw(args.id);
          fw.archived = args.archived as boolean;
          return withCount(fw);
        }
        case 'set_framework_scale': {
          const fw = getFw(args.id);
          fw.scale = clone(args.scale as Scale);
          return withCount(fw);
        }
        case 'set_framework_method': {
          const fw = getFw(args.id);
          fw.method = clone(args.method as Method);
          return withCount(fw);
        }
        case 'list_nodes': {
          getFw(args.frameworkId);
          const all = treeOrder(f.nodes.filter((n) => n.frameworkId === args.frameworkId));
          if (args.includeArchived) return clone(all);
          const hidden = new Set<string>();
          return clone(
            all.filter((n) => {
              const hide = n.archived || (n.parentId !== null && hidden.has(n.parentId));
              if (hide) hidden.add(n.id);
              return !hide;
            }),
          );
        }
        case 'create_node': {
          const input = args.input as NodeInput;
          if (input.statement.trim() === '') throw { code: 'invalid', message: "Statement can't be blank.", field: 'statement' };
          const parentId = (args.parentId as string | null) ?? null;
          const siblings = f.nodes.filter((n) => n.frameworkId === args.frameworkId && n.parentId === parentId);
          const n = node(args.frameworkId as string, input.kind, input.code, input.statement, {
            label: input.label,
            gradeLevels: input.gradeLevels,
            parentId,
            position: siblings.length === 0 ? 0 : Math.max(...siblings.map((s) => s.position)) + 1,
          });
          f.nodes.push(n);
          return clone(n);
        }
        case 'update_node': {
          const n = getNode(args.id);
          Object.assign(n, clone(args.input as NodeInput));
          return clone(n);
        }
        case 'move_node': {
          const n = getNode(args.id);
          const parentId = (args.parentId as string | null) ?? null;
          const siblings = treeOrder(f.nodes.filter((x) => x.frameworkId === n.frameworkId)).filter(
            (x) => x.parentId === parentId && x.id !== n.id,
          );
          const at = Math.min(args.index as number, siblings.length);
          siblings.splice(at, 0, n);
          n.parentId = parentId;
          siblings.forEach((s, i) => (s.position = i));
          return clone(treeOrder(f.nodes.filter((x) => x.frameworkId === n.frameworkId)));
        }
        case 'set_node_archived': {
          const n = getNode(args.id);
          n.archived = args.archived as boolean;
          return clone(n);
        }
        case 'set_node_method': {
          const n = getNode(args.id);
          n.method = clone((args.method as Method | null) ?? null);
          return clone(n);
        }
        case 'attach_framework':
          attach(args.classId as string, args.frameworkId as string);
          return null;
        case 'detach_framework':
          f.used.get(args.classId as string)?.delete(args.frameworkId as string);
          return null;
        case 'import_case': {
          const channel = args.onProgress as { onmessage?: (p: ImportProgress) => void };
          return f.importCase(args, (p) => channel.onmessage?.(p));
        }
        default:
          throw { code: 'internal', message: `Unknown command ${cmd}` };
      }
    },
  };

  function attach(classId: string, frameworkId: string) {
    const set = f.used.get(classId) ?? new Set<string>();
    set.add(frameworkId);
    f.used.set(classId, set);
  }
  function withCount(fw: FrameworkView): FrameworkView {
    const competencyCount = f.nodes.filter((n) => n.frameworkId === fw.id && n.kind === 'competency' && !n.archived).length;
    return clone({ ...fw, competencyCount });
  }
  function getFw(id: unknown): FrameworkView {
    const fw = f.frameworks.find((x) => x.id === id);
    if (!fw) throw { code: 'not_found', message: 'That framework no longer exists.' };
    return fw;
  }
  function getNode(id: unknown): NodeView {
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
