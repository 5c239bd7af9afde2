import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
  Channel: class {
    onmessage: (m: unknown) => void = () => {};
  },
}));
import { invoke } from '@tauri-apps/api/core';
import SyncHarness from './fakes/SyncHarness.svelte';
import { syncFake, type SyncFake } from './fakes/sync';
import { GENERATED, SHARE_PASSPHRASE, shareOf } from './fakes/shares';
import { ui } from '../src/lib/ui.svelte';

const mockInvoke = vi.mocked(invoke);

function renderPage(b: SyncFake, onDataChanged = vi.fn()) {
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
  render(SyncHarness, { props: { onDataChanged } });
  return onDataChanged;
}

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.title = 'Waypoint';
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  mockInvoke.mockReset();
  ui.confirm = null;
  ui.toast = null;
});

describe('Shared classes', () => {
  it('says no class is shared yet, with no Sync all', async () => {
    renderPage(syncFake());
    expect(await screen.findByTestId('shares-empty'), 'the empty state says what to do').toHaveTextContent(
      'No class is shared yet',
    );
    expect(screen.queryByTestId('shares-sync-all'), 'nothing to sync all of').toBeNull();
  });

  it('shares a class with the generated passphrase, shown once in the dialog, through the picked folder', async () => {
    const user = userEvent.setup();
    const b = syncFake();
    renderPage(b);
    await user.click(await screen.findByTestId('share-open'));
    const dialog = await screen.findByRole('dialog', { name: 'Share this class' });
    expect(await within(dialog).findByTestId('share-generated'), 'the generated passphrase is shown to read out').toHaveTextContent(
      GENERATED,
    );
    expect(dialog, 'with the note to read it to the co-teacher').toHaveTextContent('Read it to your co-teacher now');
    await user.selectOptions(within(dialog).getByTestId('share-class-select'), 'class-p4');
    await user.click(within(dialog).getByTestId('share-folder-choose'));
    await waitFor(() =>
      expect(within(dialog).getByTestId<HTMLInputElement>('share-folder-input').value, 'the picked folder fills the field').toBe(
        '/media/usb/shared',
      ),
    );
    await user.click(within(dialog).getByTestId('share-submit'));
    await waitFor(() =>
      expect(b.callsOf('share_class'), 'the generated passphrase is the one shared').toEqual([
        { classId: 'class-p4', folder: '/media/usb/shared', passphrase: GENERATED },
      ]),
    );
    expect(screen.queryByRole('dialog'), 'the dialog closes: the passphrase is not shown again').toBeNull();
    expect(await screen.findByTestId('share-name'), 'the share is listed').toHaveTextContent('Period 4');
    expect(screen.queryByText(GENERATED), 'and its passphrase appears nowhere on the page').toBeNull();
    expect(await screen.findByTestId('toast'), 'the share is confirmed').toHaveTextContent('Period 4 is shared through');
  });

  it('checks a typed passphrase before sharing, and shows the backend’s refusal beside the field', async () => {
    const user = userEvent.setup();
    const b = syncFake();
    renderPage(b);
    await user.click(await screen.findByTestId('share-open'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('share-own-toggle'));
    await user.type(within(dialog).getByTestId('share-folder-input'), '/media/usb/shared');
    const own = within(dialog).getByTestId('share-own-passphrase');
    await user.type(own, 'short');
    await user.click(within(dialog).getByTestId('share-submit'));
    expect(await within(dialog).findByText(/Use at least 8 characters/), 'a short passphrase is refused beside the field').toBeVisible();
    expect(own, 'which is marked invalid and focused').toHaveAttribute('aria-invalid', 'true');
    expect(b.callsOf('share_class'), 'nothing was sent').toEqual([]);

    await user.clear(own);
    await user.type(own, '        x');
    await user.type(within(dialog).getByTestId('share-own-confirm'), '        x');
    b.shares.passphrases.clear();
    await user.click(within(dialog).getByTestId('share-submit'));
    expect(
      await within(dialog).findByText('Use a passphrase of at least 8 characters.'),
      'the backend’s strength rule is shown where the passphrase is typed',
    ).toBeVisible();
    expect(b.shares.shares, 'nothing was shared').toEqual([]);

    for (const id of ['share-own-passphrase', 'share-own-confirm']) {
      await user.clear(within(dialog).getByTestId(id));
      await user.type(within(dialog).getByTestId(id), SHARE_PASSPHRASE);
    }
    await user.click(within(dialog).getByTestId('share-submit'));
    await waitFor(() => expect(b.shares.shares.map((s) => s.classId), 'then the class is shared').toEqual(['class-p2']));
  });

  it('joins a class: a wrong passphrase is said beside the field, the right one lists it and reloads the classes', async () => {
    const user = userEvent.setup();
    const b = syncFake();
    b.shares.joinable = [{ classId: 'class-p2', className: 'Period 2' }];
    b.shares.passphrases.set('class-p2', SHARE_PASSPHRASE);
    const onDataChanged = renderPage(b);
    await user.click(await screen.findByTestId('join-open'));
    const dialog = await screen.findByRole('dialog', { name: 'Join a shared class' });
    await user.type(within(dialog).getByTestId('join-folder-input'), '/media/usb/shared');
    await user.type(within(dialog).getByTestId('join-passphrase'), 'wrong words here');
    await user.click(within(dialog).getByTestId('join-submit'));
    expect(await within(dialog).findByText(/No shared class in that folder opens/), 'the refusal is beside the passphrase').toBeVisible();
    expect(within(dialog).getByTestId('join-passphrase'), 'which is marked invalid').toHaveAttribute('aria-invalid', 'true');

    await user.clear(within(dialog).getByTestId('join-passphrase'));
    await user.type(within(dialog).getByTestId('join-passphrase'), SHARE_PASSPHRASE);
    await user.click(within(dialog).getByTestId('join-submit'));
    expect(await screen.findByTestId('share-name'), 'the joined class is listed').toHaveTextContent('Period 2');
    await waitFor(() => expect(onDataChanged, 'the shell reloads its classes to show the new one').toHaveBeenCalled());
  });

  it('asks once for a passphrase not known this session, checks it, then syncs', async () => {
    const user = userEvent.setup();
    const b = syncFake();
    b.shares.shares = [shareOf({ hasPassphrase: false })];
    b.shares.passphrases.set('class-p2', SHARE_PASSPHRASE);
    renderPage(b);
    await user.click(await screen.findByRole('button', { name: 'Sync now: Period 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Passphrase for Period 2' });
    expect(b.callsOf('sync_share'), 'nothing is synced without it').toEqual([]);
    await user.type(within(dialog).getByTestId('share-pass-input'), 'not the one at all');
    await user.click(within(dialog).getByTestId('share-pass-submit'));
    expect(await within(dialog).findByText('That is not the passphrase of Period 2.'), 'a wrong one is refused').toBeVisible();
    await user.clear(within(dialog).getByTestId('share-pass-input'));
    await user.type(within(dialog).getByTestId('share-pass-input'), SHARE_PASSPHRASE);
    await user.click(within(dialog).getByTestId('share-pass-submit'));
    await waitFor(() => expect(b.callsOf('sync_share').map((a) => a.classId), 'then the class syncs').toEqual(['class-p2']));
    expect(await screen.findByTestId('share-summary'), 'and the report says what came in').toHaveTextContent('2 new changes');
    await user.click(screen.getByRole('button', { name: 'Sync now: Period 2' }));
    await waitFor(() => expect(b.callsOf('sync_share'), 'the next sync asks nothing').toHaveLength(2));
    expect(screen.queryByRole('dialog'), 'no prompt the second time').toBeNull();
  });

  it('syncs all shares, reporting each, and asks for the one passphrase missing', async () => {
    const user = userEvent.setup();
    const b = syncFake();
    b.shares.shares = [shareOf(), shareOf({ classId: 'class-p4', className: 'Period 4', hasPassphrase: false })];
    renderPage(b);
    await user.click(await screen.findByTestId('shares-sync-all'));
    const outcomes = await screen.findAllByTestId('share-outcome');
    expect(outcomes.map((o) => o.textContent?.replace(/\s+/g, ' ').trim()), 'one line per share').toEqual([
      'Period 2: 2 new changes, 0 already here, 0 conflicts',
      'Period 4: The passphrase for “Period 4” is not stored on this laptop. Type it once to sync this class; it is kept until you quit.',
    ]);
    expect(await screen.findByRole('dialog', { name: 'Passphrase for Period 4' }), 'the missing one is asked for').toBeVisible();
  });

  it('forgets a class after a confirm that says it stays with co-teachers and nothing is sent', async () => {
    const user = userEvent.setup();
    const b = syncFake();
    b.shares.shares = [shareOf()];
    const onDataChanged = renderPage(b);
    await user.click(await screen.findByRole('button', { name: 'Forget this class: Period 2' }));
    const confirm = await screen.findByRole('alertdialog');
    expect(confirm, 'this laptop only').toHaveTextContent('from this laptop only');
    expect(confirm, 'co-teachers keep it').toHaveTextContent('Your co-teachers keep the class');
    expect(confirm, 'nothing is sent').toHaveTextContent('nothing is sent to them');
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(b.callsOf('forget_class'), 'Keep it forgets nothing').toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Forget this class: Period 2' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Forget this class' }));
    await waitFor(() => expect(b.callsOf('forget_class'), 'the class is forgotten').toEqual([{ classId: 'class-p2' }]));
    expect(await screen.findByTestId('shares-empty'), 'and the list is empty again').toBeVisible();
    expect(onDataChanged, 'the shell reloads its classes').toHaveBeenCalled();
  });

  it('shows a failed sync’s message', async () => {
    const user = userEvent.setup();
    const b = syncFake();
    b.shares.shares = [shareOf()];
    renderPage(b);
    b.failNext('sync_share', { code: 'invalid', message: 'The sync folder /media/usb/shared is not there.', field: 'folder' });
    await user.click(await screen.findByRole('button', { name: 'Sync now: Period 2' }));
    expect(await screen.findByTestId('share-summary'), 'the backend’s sentence is shown').toHaveTextContent(
      'The sync folder /media/usb/shared is not there.',
    );
  });

  it('has no axe violations with shares listed and with the share dialog open', async () => {
    const user = userEvent.setup();
    const b = syncFake();
    b.shares.shares = [shareOf({ lastSyncMs: Date.now() - 60_000 }), shareOf({ classId: 'class-x', className: '', hasPassphrase: false })];
    renderPage(b);
    expect(await screen.findByText('Not synced yet', { selector: '[data-testid=share-name]' }), 'a joined class before its first sync').toBeVisible();
    expect(await violations(), 'the listed shares pass axe').toEqual([]);
    await user.click(screen.getByTestId('share-open'));
    await screen.findByRole('dialog');
    expect(await violations(), 'the share dialog passes axe').toEqual([]);
  });
});
