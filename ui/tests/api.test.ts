import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
  // Tauri's Channel needs the webview's IPC; this stand-in keeps only what api.ts uses.
  Channel: class {
    onmessage: (message: unknown) => void = () => {};
  },
}));
import { invoke } from '@tauri-apps/api/core';
import { commands, isAppError, progressChannel, readAhead, toAppError } from '../src/api';
import { forgetReadsAhead, KEEP_MS } from '../src/lib/readAhead';
import { emptyProfile } from '../src/lib/profile';

const mockInvoke = vi.mocked(invoke);

beforeEach(() => {
  mockInvoke.mockReset();
  forgetReadsAhead();
});

describe('isAppError / toAppError', () => {
  it('recognises a well-formed backend error', () => {
    expect(isAppError({ code: 'invalid', message: 'Too long.', field: 'givenName' })).toBe(true);
  });
  it('rejects unknown codes and non-string messages', () => {
    expect(isAppError({ code: 'oops', message: 'x' }), 'unknown code').toBe(false);
    expect(isAppError({ code: 'internal', message: 3 }), 'message must be text').toBe(false);
    expect(isAppError('boom')).toBe(false);
    expect(isAppError(null)).toBe(false);
  });
  it('normalises a bare string rejection into an internal error with that message', () => {
    expect(toAppError('database is locked')).toEqual({ code: 'internal', message: 'database is locked' });
  });
  it('normalises Errors and unknown objects, always with a readable message', () => {
    expect(toAppError(new Error('kaput'))).toEqual({ code: 'internal', message: 'kaput' });
    expect(toAppError({ weird: true }).code).toBe('internal');
    expect(toAppError({ weird: true }).message.length, 'never an empty message').toBeGreaterThan(0);
    expect(toAppError(undefined).message.length).toBeGreaterThan(0);
  });
  it('keeps code, message and field of a real AppError', () => {
    expect(toAppError({ code: 'invalid', message: 'm', field: 'familyContacts.0.name' })).toEqual({
      code: 'invalid',
      message: 'm',
      field: 'familyContacts.0.name',
    });
  });
});

describe('commands', () => {
  it('invoke the command of their name with the args as given', async () => {
    mockInvoke.mockResolvedValueOnce([]);
    await commands.list_classes({ includeArchived: true });
    expect(mockInvoke).toHaveBeenCalledWith('list_classes', { includeArchived: true });

    const input = {
      givenName: 'A',
      familyName: 'B',
      preferredName: '',
      birthDate: '',
      studentNumber: '',
      email: '',
      grade: '',
    };
    mockInvoke.mockResolvedValueOnce({});
    await commands.create_student({ classId: 'c1', input });
    expect(mockInvoke).toHaveBeenLastCalledWith('create_student', { classId: 'c1', input });

    const profile = emptyProfile();
    mockInvoke.mockResolvedValueOnce(profile);
    await commands.save_profile({ studentId: 's1', profile });
    expect(mockInvoke).toHaveBeenLastCalledWith('save_profile', { studentId: 's1', profile });
  });

  it('reject with an AppError even when invoke rejects with a plain string', async () => {
    mockInvoke.mockRejectedValueOnce('IPC failed');
    const err: unknown = await commands.list_classes({ includeArchived: false }).catch((e: unknown) => e);
    expect(isAppError(err), 'callers rely on every rejection being an AppError').toBe(true);
    expect(err).toEqual({ code: 'internal', message: 'IPC failed' });
  });

  it('turn tauri refusing an argument (a malformed id) into an invalid error naming that argument', async () => {
    mockInvoke.mockRejectedValueOnce(
      'invalid args `id` for command `update_class`: UUID parsing failed: invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `x` at 1',
    );
    const err: unknown = await commands
      .update_class({ id: 'x', input: { name: 'P2', subject: '', gradeLevel: '' } })
      .catch((e: unknown) => e);
    expect(err, 'a bad id is input the teacher can act on, like any other invalid request').toMatchObject({
      code: 'invalid',
      field: 'id',
    });
    expect((err as { message: string }).message, 'the message is a sentence, not tauri\'s text').not.toContain('UUID');
  });

  it('hand each message a command sends on its channel to the given callback', () => {
    const heard: number[] = [];
    const channel = progressChannel<number>((n) => heard.push(n));
    channel.onmessage(3);
    expect(heard, 'the channel passes its messages straight through').toEqual([3]);
  });
});

describe('a backend error sent as a message', () => {
  it('is shown in the teacher’s language, nested clauses too; the English is the fallback', async () => {
    const { setLanguage } = await import('../src/lib/i18n.svelte');
    const sent = {
      code: 'invalid',
      message: 'Something went wrong. Please try again.',
      text: { id: 'backend-unknown-error', args: {} },
    };
    setLanguage('es');
    try {
      expect(toAppError(sent).message, 'the message id is rendered from the Spanish catalog').toBe('Algo salió mal. Inténtalo de nuevo.');
      const raw = { code: 'internal', message: 'kaput', text: { id: '', args: { text: 'Not yet translated.' } } };
      expect(toAppError(raw).message, 'a message with no id yet shows its text as it came').toBe('Not yet translated.');
      expect(toAppError({ code: 'internal', message: 'kaput' }).message, 'with no message the English sentence is shown').toBe('kaput');
    } finally {
      setLanguage('en');
    }
  });
});

describe('readAhead', () => {
  const sid = '0b8f3c1e-0000-4000-8000-000000000001';

  it('serves a view’s call what was read ahead, once, and reads again at the next call', async () => {
    mockInvoke.mockImplementation((cmd: string) => Promise.resolve(`${cmd} #${mockInvoke.mock.calls.length}`) as never);
    await readAhead([['list_goals', { studentId: sid }]], 1000);
    expect(mockInvoke, 'the read is asked for at once').toHaveBeenCalledTimes(1);
    expect(await commands.list_goals({ studentId: sid }), 'the view is served the answer read ahead').toBe('list_goals #1');
    expect(mockInvoke, 'without asking the backend again').toHaveBeenCalledTimes(1);
    expect(await commands.list_goals({ studentId: sid }), 'a second call is a new read, not a cached one').toBe('list_goals #2');
  });

  it('serves only the same command with the same arguments, in whatever order they were written', async () => {
    mockInvoke.mockImplementation(() => Promise.resolve([]) as never);
    await readAhead([['list_prompts', { includeArchived: false }], ['competency_summary', { classId: 'c', competencyId: 'k' }]], 1000);
    await commands.list_prompts({ includeArchived: true });
    expect(mockInvoke, 'other arguments are another read').toHaveBeenCalledTimes(3);
    await commands.competency_summary({ competencyId: 'k', classId: 'c' });
    expect(mockInvoke, 'the same arguments in another order are the same read').toHaveBeenCalledTimes(3);
    forgetReadsAhead();
  });

  it('hands a failed read ahead to the view as the same AppError it would have had', async () => {
    mockInvoke.mockImplementation(() => Promise.reject({ code: 'not_found', message: 'No such student.' }) as never);
    await readAhead([['get_profile', { studentId: sid }]], 1000);
    await expect(commands.get_profile({ studentId: sid }), 'the failure reaches the view').rejects.toEqual({
      code: 'not_found',
      message: 'No such student.',
    });
  });

  it('stops waiting after its limit, and the view then takes the read that is still out', async () => {
    let answer!: (v: unknown) => void;
    mockInvoke.mockImplementation(() => new Promise((r) => (answer = r)) as never);
    const started = Date.now();
    await readAhead([['student_playlists', { studentId: sid }]], 30);
    expect(Date.now() - started, 'it gave up waiting after about 30 ms').toBeLessThan(1000);
    const taken = commands.student_playlists({ studentId: sid });
    answer(['late']);
    expect(await taken, 'the view gets the late answer without a second read').toEqual(['late']);
    expect(mockInvoke).toHaveBeenCalledTimes(1);
  });

  it('forgets what was not taken, when told and after KEEP_MS', async () => {
    vi.useFakeTimers();
    try {
      mockInvoke.mockImplementation(() => Promise.resolve([]) as never);
      await readAhead([['list_artifacts', { studentId: sid }], ['list_conferences', { studentId: sid }]], 1000);
      forgetReadsAhead();
      await commands.list_artifacts({ studentId: sid });
      expect(mockInvoke, 'a forgotten read is read again').toHaveBeenCalledTimes(3);
      await readAhead([['list_reflections', { studentId: sid }]], 1000);
      vi.advanceTimersByTime(KEEP_MS);
      await commands.list_reflections({ studentId: sid });
      expect(mockInvoke, 'a read no view came for is dropped after KEEP_MS').toHaveBeenCalledTimes(5);
    } finally {
      vi.useRealTimers();
    }
  });
});
