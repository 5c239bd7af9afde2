import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
  // Tauri's Channel needs the webview's IPC; this stand-in keeps only what api.ts uses.
  Channel: class {
    onmessage: (message: unknown) => void = () => {};
  },
}));
import { invoke } from '@tauri-apps/api/core';
import { commands, isAppError, progressChannel, toAppError } from '../src/api';
import { emptyProfile } from '../src/lib/profile';

const mockInvoke = vi.mocked(invoke);

beforeEach(() => {
  mockInvoke.mockReset();
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
