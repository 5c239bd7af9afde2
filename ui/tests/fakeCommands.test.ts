// The shared part of the UI's fakes: the generated command interface types each fake command
// (so drift from Rust is a compile error, checked by `npm run check`), and the switchboard
// answers like `invoke`, with the failures and holds a test injects.
import { describe, expect, it } from 'vitest';
import { dispatch, switchboard, type FakeCommands } from './fakes/commands';

const commands: FakeCommands = {
  app_info: () => ({ version: '1', dbPath: '/db', snapshotsDir: '/snapshots', deviceId: 'dev' }),
  list_classes: ({ includeArchived }) => (includeArchived ? [] : []),
  purge_student: () => {
    throw { code: 'not_found', message: 'No such student.' };
  },
};

// Each line below must fail to compile; an unneeded @ts-expect-error is itself an error, so
// if the generated interface stopped catching these, the check would fail.
export const drift: FakeCommands[] = [
  // @ts-expect-error: an argument the command does not take
  { list_students: ({ classID }) => [classID] },
  // @ts-expect-error: an answer of the wrong shape
  { app_info: () => ({ version: '1' }) },
  // @ts-expect-error: a command the shell does not register
  { list_everything: () => null },
];

describe('fake commands', () => {
  it('dispatch answers from the handler, like invoke', async () => {
    await expect(dispatch(commands, 'app_info'), 'a command without arguments').resolves.toEqual({
      version: '1',
      dbPath: '/db',
      snapshotsDir: '/snapshots',
      deviceId: 'dev',
    });
    await expect(dispatch(commands, 'list_classes', { includeArchived: true }), 'the arguments reach the handler').resolves.toEqual([]);
  });

  it('dispatch rejects an unknown command and passes on what a handler throws', async () => {
    await expect(dispatch(commands, 'no_such_command'), 'an unknown command is an internal error').rejects.toEqual({
      code: 'internal',
      message: 'Unknown command no_such_command',
    });
    await expect(dispatch(commands, 'toString'), 'an inherited name is not a command').rejects.toMatchObject({ code: 'internal' });
    await expect(dispatch(commands, 'purge_student', { id: 's' }), 'a thrown AppError arrives as the rejection').rejects.toEqual({
      code: 'not_found',
      message: 'No such student.',
    });
  });

  it('the switchboard logs calls, queues failures one per call, and holds a call', async () => {
    const sb = switchboard();
    sb.failNext('app_info', 'first');
    sb.failNext('app_info', { code: 'internal', message: 'second' });
    await expect(sb.serve(commands, 'app_info'), 'the first queued failure').rejects.toBe('first');
    await expect(sb.serve(commands, 'app_info'), 'then the second').rejects.toEqual({ code: 'internal', message: 'second' });
    await expect(sb.serve(commands, 'app_info'), 'then the command answers again').resolves.toMatchObject({ version: '1' });
    expect(sb.calls.map((c) => c.cmd), 'every call is logged, failed or not').toEqual(['app_info', 'app_info', 'app_info']);
    expect(sb.callsOf('app_info')[0], 'a call without arguments is logged with none').toEqual({});

    sb.failAlways('list_classes', 'down');
    await expect(sb.serve(commands, 'list_classes', { includeArchived: false }), 'failing until recovered').rejects.toBe('down');
    sb.recover('list_classes');
    await expect(sb.serve(commands, 'list_classes', { includeArchived: false }), 'recovered').resolves.toEqual([]);
    expect(sb.callsOf('list_classes'), 'the arguments are logged as sent').toEqual([{ includeArchived: false }, { includeArchived: false }]);

    const release = sb.holdNext('app_info');
    let answered = false;
    const held = sb.serve(commands, 'app_info').then(() => (answered = true));
    await Promise.resolve();
    expect(answered, 'a held call waits').toBe(false);
    release();
    await held;
    expect(answered, 'and answers once released').toBe(true);
  });
});
