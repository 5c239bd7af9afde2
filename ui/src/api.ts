// The only module that talks to the Rust backend; nothing else may import `invoke`.
//
// What the backend offers is generated from Rust into ./bindings.ts: every type a command
// takes or returns, and the `Commands` interface with every command's signature. This file
// adds only what is written by hand: `commands` (the interface over `invoke`), the error
// mapping, and small helpers.
import { Channel, invoke } from '@tauri-apps/api/core';
import type { Commands, ErrorCode, Method } from './bindings';
import { isBackendMessage, renderMessage, t } from './lib/i18n.svelte';
import { settleTogether } from './lib/settleTogether';
import { keepRead, readKey, takeRead } from './lib/readAhead';

export type * from './bindings';

/**
 * A rejected command, as every caller receives it. `message` is already in the teacher's
 * language: the backend sends the sentence as a message id with its arguments (`text`),
 * which is rendered here, and its English `message` is used only when it sends none.
 */
export interface AppError {
  code: ErrorCode;
  message: string;
  field?: string;
}

/** One of the mastery methods' names, for pickers. */
export type MethodName = Method['name'];
/** The languages a conference report can be printed in ("auto": each family's own). */
export type ReportLang = 'auto' | 'en' | 'es' | 'so' | 'ar' | 'vi' | 'zh' | 'ht' | 'pt';

/**
 * Tauri's own rejection when an argument cannot be read, e.g. an id that is not a UUID:
 * "invalid args `id` for command `update_class`: …". It never reaches a command, so it is
 * mapped here to the same `invalid` error a command would give. The end-to-end erasure test
 * pins Tauri's wording.
 */
const BAD_ARGUMENT = /^invalid args `(\w+)` for command `\w+`/;

/** Every code, for the runtime check; keyed by the generated type, so none can be missing. */
const ERROR_CODES: Record<ErrorCode, true> = {
  invalid: true,
  not_found: true,
  storage: true,
  internal: true,
  student_mode: true,
};

/** True when `e` already has the exact shape of an AppError. */
export function isAppError(e: unknown): e is AppError {
  if (typeof e !== 'object' || e === null) return false;
  const o = e as Record<string, unknown>;
  return (
    typeof o.code === 'string' &&
    Object.hasOwn(ERROR_CODES, o.code) &&
    typeof o.message === 'string' &&
    (o.field === undefined || typeof o.field === 'string')
  );
}

/**
 * Turn whatever `invoke` rejected with into an AppError. A bare string, an
 * Error, or an unknown object becomes `{ code: "internal", message }`.
 */
export function toAppError(e: unknown): AppError {
  if (isAppError(e)) {
    const text = (e as { text?: unknown }).text;
    const out: AppError = { code: e.code, message: isBackendMessage(text) ? renderMessage(text) : e.message };
    if (e.field !== undefined && e.field !== '') out.field = e.field;
    return out;
  }
  if (typeof e === 'string') {
    const bad = BAD_ARGUMENT.exec(e);
    if (bad) return { code: 'invalid', message: t('backend-bad-argument'), field: bad[1] };
    if (e.trim() !== '') return { code: 'internal', message: e };
  }
  if (e instanceof Error && e.message) return { code: 'internal', message: e.message };
  if (typeof e === 'object' && e !== null) {
    const m = (e as Record<string, unknown>).message;
    if (typeof m === 'string' && m.trim() !== '') return { code: 'internal', message: m };
  }
  return { code: 'internal', message: t('backend-unknown-error') };
}

function call(cmd: string, args?: Record<string, unknown>): Promise<unknown> {
  return takeRead(readKey(cmd, args)) ?? ask(cmd, args);
}

async function ask(cmd: string, args?: Record<string, unknown>): Promise<unknown> {
  try {
    // Commands asked for together are handed back together: one render, one paint.
    return await settleTogether(invoke(cmd, args));
  } catch (e) {
    throw toAppError(e);
  }
}

/**
 * Every command, typed by the generated interface: `commands.list_students({ classId,
 * includeArchived })`. A rejection is always an AppError.
 */
export const commands: Commands = new Proxy({} as Commands, {
  get: (_target, name) =>
    typeof name === 'string' ? (args?: Record<string, unknown>) => call(name, args) : undefined,
});

/** One read a view is about to make: a command and its arguments, as `commands` takes them. */
export type Read = {
  [K in keyof Commands]: Parameters<Commands[K]> extends [] ? [K] : Parameters<Commands[K]> extends [infer A] ? [K, A] : never;
}[keyof Commands];

/**
 * Asks for `reads` now, for the view about to mount (lib/readAhead.ts): its own calls with the
 * same command and arguments are then served what was read here. Resolves once every answer
 * is in, failures included, or after `waitMs`, whichever is first: the view shows its own
 * loading state for whatever is still out.
 */
export function readAhead(reads: Read[], waitMs: number): Promise<void> {
  const answers = reads.map(([cmd, args]: [string, Record<string, unknown>?]) => {
    const answer = ask(cmd, args);
    keepRead(readKey(cmd, args), answer);
    return answer;
  });
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    void Promise.allSettled(answers).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** A channel that hands each message a command sends (progress, mostly) to `onMessage`. */
export function progressChannel<T>(onMessage: (message: T) => void): Channel<T> {
  const channel = new Channel<T>();
  channel.onmessage = onMessage;
  return channel;
}
