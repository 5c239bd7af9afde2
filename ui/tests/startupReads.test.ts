// The shell mounts once the first view's data is in (main.ts waits for `startupReadsIn`), so
// its first frame is the roster with its students: it waits for the classes, student mode and
// the roster of the class the app opens on, and no longer than it is told.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import { invoke } from '@tauri-apps/api/core';
import { startStartupReads, startupReadsIn, takeStartupClasses, takeStartupRoster, takeStartupStudentMode } from '../src/lib/startupReads';
import { classView, student } from './fakeBackend';

afterEach(() => {
  // What one test started is not left for the next.
  void takeStartupClasses();
  void takeStartupStudentMode();
  vi.mocked(invoke).mockReset();
  localStorage.clear();
});

/** Whether `p` has settled by the next task. */
async function settledSoon(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 20));
  return done;
}

describe('the startup reads the shell waits for', () => {
  it('are in once the roster is, not before', async () => {
    const c = classView('Period 1');
    let answerRoster: (() => void) | null = null;
    vi.mocked(invoke).mockImplementation((cmd: string) => {
      if (cmd === 'list_classes') return Promise.resolve([c]) as never;
      if (cmd === 'student_mode_view') return Promise.resolve(null) as never;
      if (cmd === 'list_students') return new Promise((r) => (answerRoster = () => r([student(c.id, 'Ana', 'García')]))) as never;
      return Promise.reject(new Error(`unexpected ${cmd}`)) as never;
    });
    startStartupReads();
    const ready = startupReadsIn(5000);
    expect(await settledSoon(ready), 'the classes are in but the roster is still out').toBe(false);
    expect(answerRoster, 'the roster of the class the app opens on was asked for').not.toBeNull();
    answerRoster!();
    expect(await settledSoon(ready), 'with the roster in, the shell may mount').toBe(true);
    expect(await takeStartupRoster(c.id), 'and the roster is there for it to take').toHaveLength(1);
  });

  it('are in when a read fails, and are waited for no longer than told', async () => {
    vi.mocked(invoke).mockImplementation((cmd: string) => {
      if (cmd === 'list_classes') return Promise.reject({ code: 'storage', message: 'The database is busy.' }) as never;
      return Promise.resolve(null) as never;
    });
    startStartupReads();
    expect(await settledSoon(startupReadsIn(5000)), 'a failed read of the classes does not hold the shell').toBe(true);

    vi.mocked(invoke).mockImplementation(() => new Promise(() => {}) as never);
    startStartupReads();
    expect(await settledSoon(startupReadsIn(5000)), 'nothing has answered: still waiting').toBe(false);
    expect(await settledSoon(startupReadsIn(5)), 'but only as long as told').toBe(true);
  });
});
