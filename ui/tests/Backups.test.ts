import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
  // writeBackup and restoreBackup hand progress to a Channel; the fake calls its onmessage.
  Channel: class {
    onmessage: (m: unknown) => void = () => {};
  },
}));
import { invoke } from '@tauri-apps/api/core';
import BackupsHarness from './fakes/BackupsHarness.svelte';
import { backupFake, type BackupFake } from './fakes/backup';
import { ui } from '../src/lib/ui.svelte';

const mockInvoke = vi.mocked(invoke);

function renderCard(b: BackupFake, onDataChanged = vi.fn()) {
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
  render(BackupsHarness, { props: { onDataChanged } });
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
  ui.toast = null;
});

describe('Backups card', () => {
  it('lists the recent snapshots with their dates, and passes axe', async () => {
    renderCard(backupFake());
    const items = await screen.findAllByTestId('snapshot');
    expect(items, 'both snapshots are listed').toHaveLength(2);
    expect(items[0], 'newest first, with its date and kind').toHaveTextContent('2026-03-04');
    expect(items[0], 'and says why it was taken').toHaveTextContent('Daily');
    expect(await violations(), 'the card passes axe').toEqual([]);
  });

  it('backs up to the chosen folder, asking the passphrase twice', async () => {
    const user = userEvent.setup();
    const b = backupFake();
    renderCard(b);
    await screen.findAllByTestId('snapshot');
    await user.click(screen.getByTestId('backup-write'));
    expect(screen.getByTestId('backup-folder'), 'no folder yet: the field says so').toHaveAttribute('aria-invalid', 'true');
    expect(b.callsOf('write_backup'), 'nothing is written with a field missing').toHaveLength(0);

    await user.click(screen.getByTestId('backup-choose-folder'));
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('backup-folder').value, 'the picker fills the folder').toBe('/media/usb'));
    await user.type(screen.getByTestId('backup-passphrase'), 'backup passphrase 1');
    await user.type(screen.getByTestId('backup-passphrase-confirm'), 'backup passphrase 2');
    await user.click(screen.getByTestId('backup-write'));
    expect(screen.getByText("The two passphrases don't match."), 'a mismatch is caught before anything is written').toBeInTheDocument();

    await user.clear(screen.getByTestId('backup-passphrase-confirm'));
    await user.type(screen.getByTestId('backup-passphrase-confirm'), 'backup passphrase 1');
    await user.click(screen.getByTestId('backup-write'));
    await waitFor(() => expect(b.callsOf('write_backup'), 'the backup is written once').toHaveLength(1));
    expect(b.callsOf('write_backup')[0], 'to the folder, with the passphrase').toMatchObject({
      folder: '/media/usb',
      passphrase: 'backup passphrase 1',
    });
    await waitFor(() => expect(ui.toast?.message, 'the toast names the file').toContain('waypoint-backup-2026-03-04.waypoint-backup'));
    expect(screen.getByTestId<HTMLInputElement>('backup-passphrase').value, 'the passphrase is not kept in the form').toBe('');
  });

  it('previews a backup before replacing anything, then restores with a new device id', async () => {
    const user = userEvent.setup();
    const b = backupFake();
    const onDataChanged = renderCard(b);
    await screen.findAllByTestId('snapshot');
    await user.click(screen.getByTestId('restore-choose-file'));
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('restore-file').value, 'the picker fills the file').toContain('.waypoint-backup'));

    await user.type(screen.getByTestId('restore-passphrase'), 'not it at all');
    await user.click(screen.getByTestId('restore-preview-open'));
    await waitFor(() => expect(screen.getByTestId('restore-passphrase'), 'a wrong passphrase is shown at its field').toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText(/could not be opened with that passphrase/), 'with the specific sentence').toBeInTheDocument();
    expect(b.callsOf('restore_backup'), 'nothing was restored').toHaveLength(0);

    await user.clear(screen.getByTestId('restore-passphrase'));
    await user.type(screen.getByTestId('restore-passphrase'), 'backup passphrase 1');
    await user.click(screen.getByTestId('restore-preview-open'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByTestId('restore-class'), 'the preview lists each class').toHaveLength(2);
    expect(within(dialog).getAllByTestId('restore-class')[1], 'with its students').toHaveTextContent('Period 4 31 students');
    expect(within(dialog).getByTestId('restore-counts'), 'and the counts').toHaveTextContent('2 classes, 59 students, 1,200 pieces of evidence and 3 portfolio items');
    expect(b.callsOf('restore_backup'), 'the preview replaces nothing').toHaveLength(0);
    expect(await violations(), 'the preview dialog passes axe').toEqual([]);

    await user.click(within(dialog).getByTestId('restore-confirm'));
    await waitFor(() => expect(screen.queryByRole('dialog'), 'the dialog closes once restored').toBeNull());
    expect(b.callsOf('restore_backup'), 'restored once').toHaveLength(1);
    expect(ui.toast?.message, 'the teacher is told sync goes on under a new device id').toContain('new device id');
    expect(onDataChanged, 'the app reloads its classes').toHaveBeenCalled();
  });

  it('a restore that fails keeps the dialog open with the reason, and Escape cancels', async () => {
    const user = userEvent.setup();
    const b = backupFake();
    renderCard(b);
    await screen.findAllByTestId('snapshot');
    await user.type(screen.getByTestId('restore-file'), '/media/usb/b.waypoint-backup');
    await user.type(screen.getByTestId('restore-passphrase'), 'backup passphrase 1');
    await user.click(screen.getByTestId('restore-preview-open'));
    const dialog = await screen.findByRole('dialog');
    b.failNext('restore_backup', {
      code: 'invalid',
      message: 'This backup is damaged or was altered: it is cut short. Nothing was replaced; try another copy of the backup.',
    });
    await user.click(within(dialog).getByTestId('restore-confirm'));
    expect(await within(dialog).findByTestId('restore-error'), 'the reason is shown in the dialog').toHaveTextContent('Nothing was replaced');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog'), 'Escape closes the preview').toBeNull());
  });
});
