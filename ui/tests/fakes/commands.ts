// What every in-memory fake of the backend shares: the generated command interface as a set of
// typed handlers, and the switchboard a test drives (the call log, injected failures, held
// calls). A fake is a `FakeCommands` object, so when Rust changes a command's arguments or
// its answer, `src/bindings.ts` is regenerated and the fake stops compiling instead of
// quietly answering the old shape.
import type { Commands } from '../../src/bindings';
import type { AppError } from '../../src/api';

/** A command the shell registers. */
export type CommandName = keyof Commands;

/** The arguments object `invoke` receives for `K` (`void` for a command without arguments). */
export type CommandArgs<K extends CommandName> = Parameters<Commands[K]> extends [infer A] ? A : void;

/** What `K` resolves to (`null` for a command that returns `()`). */
export type CommandResult<K extends CommandName> = Awaited<ReturnType<Commands[K]>>;

/** One fake command: it may answer at once or later, and rejects by throwing. */
export type FakeCommand<K extends CommandName> = (args: CommandArgs<K>) => CommandResult<K> | Promise<CommandResult<K>>;

/** A fake backend: the commands it answers, each typed by the generated interface. */
export type FakeCommands = { [K in CommandName]?: FakeCommand<K> };

/** What a fake rejects with: an AppError, or a bare string (which api.ts must cope with too). */
export type Rejection = AppError | string;

/** One logged call, as `invoke` received it. */
export interface Call {
  cmd: string;
  args: Record<string, unknown>;
}

/** The rejection for a command the fake does not answer, as the shell would never send it. */
export function unknownCommand(cmd: string): AppError {
  return { code: 'internal', message: `Unknown command ${cmd}` };
}

/**
 * Answer one `invoke` call from `handlers`: the handler's value, or a rejection with what it
 * threw, or the unknown-command rejection when no handler has that name. Always async, like
 * `invoke`, so a handler's synchronous throw still arrives as a rejected promise.
 */
export async function dispatch(handlers: FakeCommands, cmd: string, args?: unknown): Promise<unknown> {
  if (!Object.hasOwn(handlers, cmd)) throw unknownCommand(cmd);
  // The name came from a string, so TypeScript cannot pair it with its argument type; the
  // handler itself was checked against the generated interface where it was written.
  const handler = handlers[cmd as CommandName] as ((a: unknown) => unknown) | undefined;
  if (handler === undefined) throw unknownCommand(cmd);
  return handler(args);
}

/** The controls a test has over a fake, whatever commands it answers. */
export interface Switchboard {
  /** Every call, in order, with its arguments. */
  calls: Call[];
  /** The arguments of every call of `cmd`, in order. */
  callsOf<K extends CommandName>(cmd: K): CommandArgs<K>[];
  /** Make the next call of `cmd` reject with `error` (several queue up, one per call). */
  failNext(cmd: string, error: Rejection): void;
  /** Make every call of `cmd` reject with `error` until `recover(cmd)`. */
  failAlways(cmd: string, error: Rejection): void;
  recover(cmd: string): void;
  /** Hold the next call of `cmd` until the returned function is called. */
  holdNext(cmd: string): () => void;
  /** Hold every call of `cmd` until `release()` is called. */
  hold(cmd: string): { release: () => void };
  /** Log the call, wait out a hold, reject with an injected failure, else `dispatch`. */
  serve(handlers: FakeCommands, cmd: string, args?: unknown): Promise<unknown>;
}

/**
 * A fresh switchboard. `copyArgs` logs a structured clone of each call's arguments (for
 * tests that compare what was sent after the page has changed its own objects).
 */
export function switchboard(o: { copyArgs?: boolean } = {}): Switchboard {
  const once = new Map<string, Rejection[]>();
  const always = new Map<string, Rejection>();
  const holdsOnce = new Map<string, Promise<void>>();
  const holds = new Map<string, Promise<void>>();
  const sb: Switchboard = {
    calls: [],
    callsOf: <K extends CommandName>(cmd: K) => sb.calls.filter((c) => c.cmd === cmd).map((c) => c.args as CommandArgs<K>),
    failNext(cmd, error) {
      once.set(cmd, [...(once.get(cmd) ?? []), error]);
    },
    failAlways(cmd, error) {
      always.set(cmd, error);
    },
    recover(cmd) {
      always.delete(cmd);
    },
    holdNext(cmd) {
      let release!: () => void;
      holdsOnce.set(cmd, new Promise<void>((r) => (release = r)));
      return () => release();
    },
    hold(cmd) {
      let release = () => {};
      holds.set(
        cmd,
        new Promise<void>((r) => {
          release = () => {
            holds.delete(cmd);
            r();
          };
        }),
      );
      return { release };
    },
    async serve(handlers, cmd, args) {
      const logged = (args ?? {}) as Record<string, unknown>;
      sb.calls.push({ cmd, args: o.copyArgs ? structuredClone(logged) : logged });
      const next = holdsOnce.get(cmd);
      if (next !== undefined) {
        holdsOnce.delete(cmd);
        await next;
      }
      const held = holds.get(cmd);
      if (held !== undefined) await held;
      const queued = once.get(cmd);
      if (queued !== undefined && queued.length > 0) {
        const failure = queued.shift()!;
        if (queued.length === 0) once.delete(cmd);
        throw failure;
      }
      const failing = always.get(cmd);
      if (failing !== undefined) throw failing;
      return dispatch(handlers, cmd, args);
    },
  };
  return sb;
}

/** A deep copy through JSON, so a test's view of the fake's state never aliases an answer. */
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * The same commands, each answering a deep copy of what it returns, so a later change to the
 * fake's state never reaches an answer the page already holds (as with the real IPC).
 */
export function answeringCopies(handlers: FakeCommands): FakeCommands {
  const out: Record<string, (a: unknown) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (a: unknown) => unknown][]) {
    out[name] = async (a) => {
      const v = await handler(a);
      return v === undefined ? v : clone(v);
    };
  }
  return out as FakeCommands;
}
