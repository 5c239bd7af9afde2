import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
  // syncNow hands progress to a Channel; the fake backend calls its onmessage.
  Channel: class {
    onmessage: (m: unknown) => void = () => {};
  },
}));
import { invoke } from '@tauri-apps/api/core';
import SyncHarness from './fakes/SyncHarness.svelte';
import { asIs, conflict, DEVICE, message, LEE, NOLABEL, syncFake, syncStatusOf, type SyncFake } from './fakes/sync';
import { ui } from '../src/lib/ui.svelte';
import { setLanguage } from '../src/lib/i18n.svelte';

const mockInvoke = vi.mocked(invoke);
const ready = () => syncStatusOf({ folder: '/media/usb/waypoint', hasPassphrase: true, label: 'Ms. Ortiz', ownChanges: 10 });

function renderPage(b: SyncFake, onDataChanged = vi.fn()) {
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
  render(SyncHarness, { props: { onDataChanged } });
  return onDataChanged;
}

const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '';

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

describe('settings', () => {
  it('loads the status: label, device id, folder, and why Sync now waits', async () => {
    const b = syncFake({ status: syncStatusOf({ label: 'Ms. Ortiz' }) });
    renderPage(b);
    const label = await screen.findByTestId<HTMLInputElement>('sync-label-input');
    expect(screen.getByRole('heading', { level: 1 }), 'the page has one h1').toHaveTextContent('Sync');
    expect(label.value, 'the saved label fills the field').toBe('Ms. Ortiz');
    expect(screen.getByTestId('sync-device-id'), 'the device id is shown').toHaveTextContent(DEVICE);
    expect(screen.getByTestId('sync-now'), 'no folder and no passphrase: nothing to sync with').toBeDisabled();
    expect(screen.getByTestId('sync-now-reason'), 'the reason is said, not guessed').toHaveTextContent(
      'Choose a sync folder and set the class passphrase first.',
    );
    expect(screen.getByTestId('conflicts-count'), 'the count is just the number').toHaveTextContent(/^0$/);
  });

  it('saves the label and the typed folder, and clears the folder', async () => {
    const user = userEvent.setup();
    const b = syncFake();
    renderPage(b);
    const label = await screen.findByTestId('sync-label-input');
    await user.type(label, 'Ms. Ortiz');
    await user.click(screen.getByTestId('sync-label-save'));
    await waitFor(() => expect(b.callsOf('set_sync_label'), 'the label is saved trimmed').toEqual([{ label: 'Ms. Ortiz' }]));
    expect(await screen.findByTestId('toast'), 'the save is confirmed').toHaveTextContent('Co-teachers will see “Ms. Ortiz”.');

    const folder = screen.getByTestId<HTMLInputElement>('sync-folder-input');
    await user.click(screen.getByTestId('sync-folder-save'));
    expect(await screen.findByText(/Type or paste the folder’s path/), 'an empty path is refused beside the field').toBeVisible();
    expect(folder, 'the field is marked invalid').toHaveAttribute('aria-invalid', 'true');
    expect(b.callsOf('set_sync_folder'), 'nothing was sent').toEqual([]);

    await user.type(folder, ' /media/usb/waypoint ');
    await user.click(screen.getByTestId('sync-folder-save'));
    await waitFor(() => expect(b.callsOf('set_sync_folder'), 'the path is saved trimmed').toEqual([{ path: '/media/usb/waypoint' }]));
    expect(await screen.findByTestId('sync-folder-current'), 'the saved folder is shown').toHaveTextContent('/media/usb/waypoint');

    await user.click(screen.getByTestId('sync-folder-clear'));
    await waitFor(() => expect(b.callsOf('set_sync_folder').at(-1), 'Clear sends null').toEqual({ path: null }));
    await waitFor(() => expect(folder.value, 'the field empties').toBe(''));
  });

  it('shows a folder the backend refused beside the field', async () => {
    const user = userEvent.setup();
    const b = syncFake();
    renderPage(b);
    b.failNext('set_sync_folder', { code: 'invalid', message: 'That folder does not exist.', field: 'path' });
    await user.type(await screen.findByTestId('sync-folder-input'), '/nope');
    await user.click(screen.getByTestId('sync-folder-save'));
    const err = await screen.findByText('That folder does not exist.');
    expect(err.id, 'the message belongs to the folder field').toBe('sync-folder-error');
  });

  it('picks the folder with the native picker', async () => {
    const user = userEvent.setup();
    const b = syncFake();
    renderPage(b);
    await user.click(await screen.findByTestId('sync-folder-choose'));
    await waitFor(() =>
      expect(screen.getByTestId<HTMLInputElement>('sync-folder-input').value, 'the chosen folder fills the field').toBe(
        '/media/usb/waypoint',
      ),
    );
  });

  it('checks the passphrase before saving it, then says one is set', async () => {
    const user = userEvent.setup();
    const b = syncFake({ status: syncStatusOf({ folder: '/media/usb' }) });
    renderPage(b);
    const pass = await screen.findByTestId('sync-passphrase');
    const confirm = screen.getByTestId('sync-passphrase-confirm');
    expect(screen.getByTestId('sync-passphrase-save'), 'no passphrase yet').toHaveTextContent('Save passphrase');

    await user.type(pass, 'short');
    await user.type(confirm, 'shirt');
    await user.click(screen.getByTestId('sync-passphrase-save'));
    expect(await screen.findByText('Use at least 8 characters (this one has 5).'), 'too short').toBeVisible();
    expect(screen.getByText("The two passphrases don't match."), 'mismatch').toBeVisible();
    expect(document.activeElement, 'focus goes to the first problem').toBe(pass);
    expect(b.callsOf('set_passphrase'), 'nothing was sent').toEqual([]);

    await user.clear(pass);
    await user.type(pass, 'correct horse');
    await user.clear(confirm);
    await user.type(confirm, 'correct horse');
    await user.click(screen.getByTestId('sync-passphrase-save'));
    await waitFor(() => expect(b.callsOf('set_passphrase'), 'the passphrase is saved').toEqual([{ passphrase: 'correct horse' }]));
    expect(await screen.findByTestId('sync-passphrase-set'), 'the page says one is set').toHaveTextContent('A passphrase is set');
    expect(screen.getByTestId('sync-passphrase-save'), 'the button now changes it').toHaveTextContent('Change passphrase');
    expect((pass as HTMLInputElement).value, 'the fields are emptied after saving').toBe('');
    expect(screen.getByTestId('sync-now'), 'folder and passphrase: ready').toBeEnabled();
  });
});

describe('where the passphrase is kept', () => {
  it('says it is kept only until the app quits on a laptop with no password store', async () => {
    const b = syncFake({ status: syncStatusOf({ passphraseSessionOnly: true }) });
    renderPage(b);
    expect(await screen.findByTestId('sync-passphrase-session'), 'asked once per session, and said so').toHaveTextContent(
      'only until the app quits',
    );
    expect(screen.queryByTestId('sync-passphrase-keyring'), 'no claim of a password store').toBeNull();
    expect(await violations()).toEqual([]);
  });

  it("says it is in the computer's password store otherwise", async () => {
    const b = syncFake({ status: syncStatusOf({ passphraseSessionOnly: false }) });
    renderPage(b);
    expect(await screen.findByTestId('sync-passphrase-keyring'), 'kept by the OS').toHaveTextContent('password store');
    expect(screen.queryByTestId('sync-passphrase-session')).toBeNull();
  });
});

describe('sync now', () => {
  it('shows progress, then a summary and a line per file', async () => {
    const user = userEvent.setup();
    const b = syncFake({ status: ready() });
    b.progress = [
      { stage: 'export', file: '', done: 0, total: 0 },
      { stage: 'import', file: 'lee.waypoint', done: 5, total: 10 },
    ];
    b.report = {
      wrote: '/media/usb/waypoint/0192aaaa.waypoint',
      totals: { new: 1, already: 4, conflicts: 1 },
      files: [
        { file: 'lee.waypoint', label: 'Ms. Lee', counts: { new: 1, already: 4, conflicts: 1 }, error: null, refusedClasses: [] },
        { file: 'odd.waypoint', label: '', counts: null, error: { id: 'sync-wrong-passphrase', args: {} }, refusedClasses: [] },
      ],
    };
    const dataChanged = renderPage(b);
    const release = b.holdNext('sync_now');
    await user.click(await screen.findByTestId('sync-now'));
    const bar = await screen.findByRole('progressbar');
    expect(screen.getByTestId('sync-now'), 'no second sync while one runs').toBeDisabled();
    expect(bar, 'the bar is labelled').toHaveAccessibleName('Sync progress');
    release();
    const summary = await screen.findByTestId('sync-summary');
    expect(summary, 'the totals, singular where one').toHaveTextContent(
      '1 new change, 4 already here, 1 conflict; 1 file was not imported',
    );
    const files = within(screen.getByTestId('sync-report')).getAllByTestId('sync-file');
    expect(files.map(text), 'each file by its sender or its name').toEqual([
      'Ms. Lee 1 new change, 4 already here, 1 conflict',
      'odd.waypoint This bundle could not be opened with the class passphrase. Check that you and your co-teacher use the same passphrase. Nothing was imported.',
    ]);
    expect(within(files[1]!).getByTestId('sync-file-line'), 'a refused file reads as an error').toHaveClass('tone-error');
    expect(screen.queryByRole('progressbar'), 'the bar goes away').toBeNull();
    expect(dataChanged, 'the shell reloads its classes').toHaveBeenCalled();
    expect(screen.getByTestId('sync-last'), 'the last sync time is shown').toHaveTextContent('Last synced just now');
  });

  it('reports the progress it is given', async () => {
    const user = userEvent.setup();
    const b = syncFake({ status: ready() });
    b.progress = [{ stage: 'import', file: 'lee.waypoint', done: 5, total: 10 }];
    renderPage(b);
    // Hold the progress message's effect on screen by holding the sync after it arrives.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const handle = b.handle;
    b.handle = async (cmd, args) => {
      if (cmd !== 'sync_now') return handle(cmd, args);
      (args!.onProgress as { onmessage: (p: unknown) => void }).onmessage(b.progress[0]);
      await held;
      return handle(cmd, { onProgress: { onmessage: () => {} } });
    };
    await user.click(await screen.findByTestId('sync-now'));
    const bar = await screen.findByRole('progressbar');
    await waitFor(() => expect(bar, 'half done').toHaveAttribute('aria-valuenow', '50'));
    expect(screen.getByTestId('sync-stage'), 'what it is reading').toHaveTextContent('Reading lee.waypoint (5/10 changes)');
    release();
    expect(await screen.findByTestId('sync-summary'), 'nothing arrived').toHaveTextContent(/^Nothing new$/);
  });

  it('offers to receive the classes a file holds and syncs again', async () => {
    const user = userEvent.setup();
    const b = syncFake({ status: { ...ready(), receivedClasses: ['c-0'] } });
    b.report = {
      wrote: '/x',
      totals: { new: 0, already: 0, conflicts: 0 },
      files: [
        {
          file: 'lee.waypoint',
          label: 'Ms. Lee',
          counts: null,
          error: null,
          refusedClasses: [
            { id: 'c-1', name: 'Biology 7', known: false },
            { id: 'c-2', name: '', known: false },
          ],
        },
      ],
    };
    renderPage(b);
    await user.click(await screen.findByTestId('sync-now'));
    const file = await screen.findByTestId('sync-file');
    expect(file, 'the refused classes are named').toHaveTextContent(
      "Ms. Lee's file holds classes you have not chosen to receive: Biology 7, c-2",
    );
    await user.click(within(file).getByRole('button', { name: 'Receive these classes and sync again' }));
    await waitFor(() => expect(b.callsOf('sync_now').length, 'a second sync runs').toBe(2));
    expect(b.callsOf('receive_classes'), 'the chosen classes are kept and the new ones added').toEqual([
      { classIds: ['c-0', 'c-1', 'c-2'] },
    ]);
  });

  it('shows a failed sync as an error', async () => {
    const user = userEvent.setup();
    const b = syncFake({ status: ready() });
    renderPage(b);
    b.failNext('sync_now', { code: 'storage', message: 'The sync folder is not there. Is the USB stick plugged in?' });
    await user.click(await screen.findByTestId('sync-now'));
    expect(await screen.findByTestId('sync-now-error'), 'the reason is shown').toHaveTextContent('Is the USB stick plugged in?');
    expect(screen.getByTestId('sync-now'), 'it can be tried again').toBeEnabled();
  });
});

describe('co-teachers', () => {
  it('explains an empty list', async () => {
    renderPage(syncFake({ status: ready() }));
    expect(await screen.findByTestId('peers-empty'), 'no peer yet').toHaveTextContent("No co-teacher's changes have arrived yet");
  });

  it('lists peers with their last handoff and what they have, and warns of gaps', async () => {
    const day = 24 * 3_600_000;
    const status = {
      ...ready(),
      peers: [
        { device: NOLABEL, label: '', lastImportMs: Date.now() - 10 * day, theyHaveOfOurs: 0 },
        { device: LEE, label: 'Ms. Lee', lastImportMs: Date.now() - 5 * 60_000, theyHaveOfOurs: 7 },
      ],
      gaps: [{ origin: LEE, covered: 3, held: 2 }],
    };
    renderPage(syncFake({ status }));
    const peers = await screen.findAllByTestId('peer');
    expect(text(peers[0]!), 'newest first, label, relative time and counts').toBe(
      'Ms. Lee 0192bbbb Last handoff 5 minutes ago · has 7 of your 10 changes',
    );
    expect(text(peers[1]!), 'an unnamed laptop shows its short id').toMatch(/^Unnamed laptop \(0192cccc\) Last handoff /);
    expect(peers[0]!.querySelector('time'), 'the exact time is in the tooltip').toHaveAttribute('title');
    expect(screen.getByTestId('sync-gaps'), 'gaps are a warning').toHaveTextContent(
      'Some changes from Ms. Lee (0192bbbb) are missing in between; they will arrive with a later handoff.',
    );
  });
});

describe('conflicts', () => {
  it('explains an empty list', async () => {
    renderPage(syncFake({ status: ready() }));
    expect(await screen.findByTestId('conflicts-empty'), 'what conflicts are').toHaveTextContent(
      'No conflicts. When both of you change the same thing between handoffs, it shows here so you can choose.',
    );
  });

  it('lists candidates as text and keeps the chosen one', async () => {
    const user = userEvent.setup();
    const evil = conflict({
      rowId: 'student-2',
      field: 'notes',
      fieldLabel: message('store-field-notes'),
      candidates: [
        { value: '<img src=x onerror=alert(1)>', display: asIs('<img src=x onerror=alert(1)>'), device: LEE, who: message('store-who-laptop', { id: LEE.slice(0, 8) }), atMs: Date.now(), current: true },
        { value: 'Fine', display: asIs('Fine'), device: DEVICE, who: message('store-who-this-laptop'), atMs: Date.now(), current: false },
      ],
    });
    const b = syncFake({ status: { ...ready(), openConflicts: 2 }, conflicts: [conflict(), evil] });
    const dataChanged = renderPage(b);
    const groups = await screen.findAllByTestId('conflict');
    expect(screen.getByTestId('conflicts-count'), 'the heading counts them').toHaveTextContent(/^2$/);
    expect(groups[0], 'a group named by its heading').toHaveAccessibleName('Student Ana Ruiz — Given name');
    expect(groups[0], 'the field is on the group').toHaveAttribute('data-field', 'given_name');
    expect(within(groups[0]!).getByTestId('conflict-current'), 'the value shown now is marked').toHaveTextContent('Shown now');
    expect(groups[1]!.querySelector('img'), 'a value is text, never markup').toBeNull();
    expect(within(groups[1]!).getAllByTestId('conflict-keep')[0], 'the value is on the button').toHaveAttribute(
      'data-value',
      '<img src=x onerror=alert(1)>',
    );
    expect(groups[1], 'an unnamed writer shows as a short id').toHaveTextContent('0192bbbb');

    const keep = within(groups[0]!).getAllByTestId('conflict-keep')[1]!;
    expect(keep, 'every candidate can be kept').toHaveTextContent('Keep this one');
    await user.click(keep);
    await waitFor(() =>
      expect(b.callsOf('resolve_conflict'), 'the candidate’s raw value is sent').toEqual([
        { table: 'students', rowId: 'student-1', field: 'given_name', value: 'Anna' },
      ]),
    );
    expect(await screen.findByTestId('toast'), 'resolved').toHaveTextContent('Conflict resolved');
    await waitFor(() => expect(screen.getAllByTestId('conflict').length, 'the list is refreshed').toBe(1));
    expect(screen.getByTestId('conflicts-count')).toHaveTextContent(/^1$/);
    expect(dataChanged, 'the shell reloads its classes').toHaveBeenCalled();
    expect(document.activeElement?.id, 'focus lands on the next conflict').toBe('conflict-0-title');
  });

  it('edits a value inline: Escape cancels, Save resolves with the typed text', async () => {
    const user = userEvent.setup();
    const b = syncFake({ status: ready(), conflicts: [conflict()] });
    renderPage(b);
    const edit = await screen.findByTestId('conflict-edit');
    await user.click(edit);
    const input = screen.getByTestId<HTMLInputElement>('conflict-edit-input');
    expect(input.value, 'prefilled with the value shown now').toBe('Ana');
    expect(document.activeElement, 'the field has focus').toBe(input);
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('conflict-edit-input'), 'Escape closes it').toBeNull();
    expect(document.activeElement, 'focus returns to Edit').toBe(screen.getByTestId('conflict-edit'));
    expect(b.callsOf('resolve_conflict'), 'nothing was sent').toEqual([]);

    await user.click(screen.getByTestId('conflict-edit'));
    await user.clear(screen.getByTestId('conflict-edit-input'));
    await user.type(screen.getByTestId('conflict-edit-input'), 'Ana María');
    await user.click(screen.getByTestId('conflict-edit-save'));
    await waitFor(() =>
      expect(b.callsOf('resolve_conflict'), 'the typed text is sent').toEqual([
        { table: 'students', rowId: 'student-1', field: 'given_name', value: 'Ana María' },
      ]),
    );
    expect(await screen.findByTestId('conflicts-empty'), 'the list is empty').toBeVisible();
  });

  it('offers no edit for a delete that raced an edit', async () => {
    const b = syncFake({
      status: ready(),
      conflicts: [
        conflict({
          field: '_deleted',
          fieldLabel: message('store-field-deleted'),
          editable: false,
          candidates: [
            { value: true, display: message('store-value-deleted'), device: LEE, who: asIs('Ms. Lee'), atMs: Date.now(), current: false },
            { value: false, display: message('store-value-kept'), device: DEVICE, who: message('store-who-this-laptop'), atMs: Date.now(), current: true },
          ],
        }),
      ],
    });
    renderPage(b);
    const group = await screen.findByTestId('conflict');
    expect(group, 'the field is on the group').toHaveAttribute('data-field', '_deleted');
    expect(within(group).getAllByTestId('conflict-keep').map((k) => k.dataset.value), 'both choices').toEqual(['true', 'false']);
    expect(group, 'each choice reads in words').toHaveTextContent(/Deleted.*Kept, with the edit/);
    expect(within(group).queryByTestId('conflict-edit'), 'a delete is chosen, not typed').toBeNull();
  });

  it('says why a resolve failed', async () => {
    const user = userEvent.setup();
    const b = syncFake({ status: ready(), conflicts: [conflict()] });
    renderPage(b);
    b.failNext('resolve_conflict', { code: 'invalid', message: 'Given name is too long.', field: 'value' });
    await user.click(await screen.findByTestId('conflict-edit'));
    await user.click(screen.getByTestId('conflict-edit-save'));
    expect(await screen.findByText('Given name is too long.'), 'beside the field').toHaveClass('field-error');
    expect(screen.getByTestId('conflict-edit-input'), 'the edit stays open').toHaveAttribute('aria-invalid', 'true');
  });
});

describe('hand off by file', () => {
  it('exports a bundle, says where, and says nothing when cancelled', async () => {
    const user = userEvent.setup();
    const b = syncFake({ status: ready() });
    renderPage(b);
    await user.click(await screen.findByTestId('export-bundle'));
    expect(await screen.findByTestId('toast'), 'the path is given').toHaveTextContent('Saved the bundle to /home/t/waypoint.bundle.');
    expect(b.callsOf('export_bundle'), 'encrypted by default').toEqual([{ readable: false }]);

    ui.toast = null;
    b.exportPath = null;
    await user.click(screen.getByTestId('export-bundle'));
    await waitFor(() => expect(b.callsOf('export_bundle').length).toBe(2));
    expect(screen.queryByTestId('toast'), 'a cancelled dialog needs no message').toBeNull();

    b.exportPath = '/home/t/plain.json';
    await user.click(screen.getByTestId('export-readable'));
    expect(screen.getByTestId('export-readable-warning'), 'the risk is said before exporting').toHaveTextContent('not protected');
    await user.click(screen.getByTestId('export-bundle'));
    await waitFor(() => expect(b.callsOf('export_bundle').at(-1), 'readable on request').toEqual({ readable: true }));
    expect(await screen.findByTestId('toast'), 'the toast repeats the warning').toHaveTextContent('It is not encrypted');
  });

  it('needs a passphrase for an encrypted bundle but not a readable one', async () => {
    const user = userEvent.setup();
    renderPage(syncFake());
    const exp = await screen.findByTestId('export-bundle');
    expect(exp, 'no passphrase, no encrypted bundle').toBeDisabled();
    await user.click(screen.getByTestId('export-readable'));
    expect(exp, 'a readable one needs none').toBeEnabled();
  });

  it('previews a bundle and imports it once every new class is chosen', async () => {
    const user = userEvent.setup();
    const b = syncFake({ status: ready() });
    b.preview.classes = [
      { id: 'c-1', name: 'Art', known: true },
      { id: 'c-2', name: 'Biology 7', known: false },
    ];
    const dataChanged = renderPage(b);
    await user.click(await screen.findByTestId('import-bundle'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog, 'titled').toHaveAccessibleName('Import a bundle file');
    expect(within(dialog).getByTestId('bundle-from'), 'the sender').toHaveTextContent('Ms. Lee');
    expect(within(dialog).getByTestId('bundle-changes'), 'how many changes').toHaveTextContent('42 changes');
    expect(within(dialog).getByTestId('bundle-encrypted'), 'encrypted').toHaveTextContent('Yes');
    expect(within(dialog).getAllByTestId('bundle-class').map(text), 'its classes').toEqual([
      'Art Already on this laptop',
      'Biology 7 Biology 7: Receive this class',
    ]);
    const importBtn = within(dialog).getByTestId('bundle-import-confirm');
    expect(importBtn, 'a new class must be chosen first').toBeDisabled();
    expect(within(dialog).getByTestId('bundle-import-reason'), 'and the page says so').toHaveTextContent('Biology 7');

    const box = within(dialog).getByRole('checkbox', { name: 'Biology 7: Receive this class' });
    expect(box, 'unchecked by default').not.toBeChecked();
    await user.click(box);
    expect(importBtn, 'now it can be imported').toBeEnabled();
    await user.click(importBtn);
    await waitFor(() =>
      expect(b.callsOf('import_bundle'), 'the chosen classes go with it').toEqual([
        { path: '/home/t/from-lee.bundle', acceptClasses: ['c-2'] },
      ]),
    );
    expect(await screen.findByTestId('toast'), 'the counts').toHaveTextContent('Imported: 3 new changes, 1 already here, 0 conflicts.');
    expect(screen.queryByRole('dialog'), 'the dialog closes').toBeNull();
    expect(dataChanged, 'the shell reloads its classes').toHaveBeenCalled();
  });

  it('does nothing when no file is picked, and shows an unreadable one as an error', async () => {
    const user = userEvent.setup();
    const b = syncFake({ status: ready() });
    b.bundlePath = null;
    renderPage(b);
    await user.click(await screen.findByTestId('import-bundle'));
    await waitFor(() => expect(b.callsOf('choose_bundle_file').length).toBe(1));
    expect(b.callsOf('preview_bundle'), 'nothing to preview').toEqual([]);
    expect(screen.queryByRole('dialog'), 'no dialog').toBeNull();

    b.bundlePath = '/x.bundle';
    b.failNext('preview_bundle', { code: 'invalid', message: 'The passphrase does not open this file.' });
    await user.click(screen.getByTestId('import-bundle'));
    expect(await screen.findByTestId('toast'), 'the reason').toHaveTextContent('The passphrase does not open this file.');
  });
});

describe('import history', () => {
  const entries = () => [
    { bundleId: 'b-1', sourceDevice: LEE, sourceLabel: 'Ms. Lee', importedAtMs: Date.now() - 86_400_000, counts: { new: 1, already: 0, conflicts: 0 } },
    { bundleId: 'b-2', sourceDevice: NOLABEL, sourceLabel: '', importedAtMs: Date.now() - 60_000, counts: { new: 12, already: 3, conflicts: 1 } },
  ];

  it('lists imports newest first', async () => {
    renderPage(syncFake({ status: ready(), history: entries() }));
    const table = await screen.findByTestId('import-history');
    const rows = within(table).getAllByTestId('import-history-row');
    expect(
      rows.map((r) => Array.from(r.querySelectorAll('td')).slice(1).map(text)),
      'from, new, already, conflicts',
    ).toEqual([
      ['Unnamed laptop (0192cccc)', '12', '3', '1'],
      ['Ms. Lee', '1', '0', '0'],
    ]);
    expect(screen.getByTestId('undo-import'), 'nothing to undo').toBeDisabled();
  });

  it('undoes the last import after asking', async () => {
    const user = userEvent.setup();
    const b = syncFake({ status: { ...ready(), canUndoImport: true }, history: entries() });
    const dataChanged = renderPage(b);
    await user.click(await screen.findByTestId('undo-import'));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog, 'what undo does').toHaveTextContent('puts this laptop back as it was before the last import');
    expect(dialog, 'and when it is refused').toHaveTextContent('If you have changed anything since then');
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(b.callsOf('undo_last_import'), 'Cancel undoes nothing').toEqual([]);

    await user.click(screen.getByTestId('undo-import'));
    await user.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(b.callsOf('undo_last_import').length, 'undone').toBe(1));
    expect(await screen.findByTestId('toast'), 'confirmed').toHaveTextContent('The last import was undone.');
    await waitFor(() => expect(screen.getByTestId('undo-import'), 'once').toBeDisabled());
    expect(dataChanged, 'the shell reloads its classes').toHaveBeenCalled();
  });

  it("shows the backend's refusal as an error toast", async () => {
    const user = userEvent.setup();
    const b = syncFake({ status: { ...ready(), canUndoImport: true }, history: entries() });
    renderPage(b);
    b.failNext('undo_last_import', { code: 'invalid', message: 'You changed something since the last import.' });
    await user.click(await screen.findByTestId('undo-import'));
    await user.click(await screen.findByTestId('confirm-ok'));
    const toast = await screen.findByTestId('toast');
    expect(toast, 'the reason').toHaveTextContent('You changed something since the last import.');
    expect(toast, 'in the error tone').toHaveClass('error');
  });
});

describe('accessibility', () => {
  it('a full Sync page has no axe violations', async () => {
    const user = userEvent.setup();
    const b = syncFake({
      status: {
        ...ready(),
        peers: [{ device: LEE, label: 'Ms. Lee', lastImportMs: Date.now() - 60_000, theyHaveOfOurs: 3 }],
        gaps: [{ origin: NOLABEL, covered: 1, held: 1 }],
        canUndoImport: true,
        openConflicts: 1,
      },
      conflicts: [conflict()],
      history: [{ bundleId: 'b', sourceDevice: LEE, sourceLabel: 'Ms. Lee', importedAtMs: Date.now(), counts: { new: 1, already: 0, conflicts: 1 } }],
    });
    b.report = {
      wrote: '/x',
      totals: { new: 1, already: 0, conflicts: 0 },
      files: [{ file: 'l.waypoint', label: 'Ms. Lee', counts: null, error: null, refusedClasses: [{ id: 'c', name: 'Art', known: false }] }],
    };
    renderPage(b);
    await user.click(await screen.findByTestId('sync-now'));
    await screen.findByTestId('sync-report');
    await user.click(screen.getByTestId('conflict-edit'));
    // Show field errors too.
    await user.click(screen.getByTestId('sync-passphrase-save'));
    await screen.findByText('Enter a passphrase.');
    expect(await violations(), 'every axe violation is a barrier for someone').toEqual([]);

    b.preview.classes = [{ id: 'c-9', name: 'Art', known: false }];
    await user.click(screen.getByTestId('import-bundle'));
    await screen.findByRole('dialog');
    expect(await violations(), 'the preview dialog too').toEqual([]);
  });
});

describe('in Spanish', () => {
  afterEach(() => setLanguage('en'));

  it('shows the page, its cards, plurals, relative times and the backups in Spanish', async () => {
    setLanguage('es');
    const status = {
      ...ready(),
      peers: [{ device: LEE, label: 'Ms. Lee', lastImportMs: Date.now() - 5 * 60_000, theyHaveOfOurs: 1 }],
    };
    renderPage(syncFake({ status }));
    const peers = await screen.findAllByTestId('peer');
    expect(screen.getByRole('heading', { level: 1 }), 'the page title comes from the Spanish catalog').toHaveTextContent('Sincronización');
    expect(screen.getByTestId('sync-now'), 'the main button is in Spanish').toHaveTextContent('Sincronizar ahora');
    expect(text(peers[0]!), 'a relative time and a plural are worded in Spanish').toBe(
      'Ms. Lee 0192bbbb Último intercambio: hace 5 minutos · tiene 1 de tus 10 cambios',
    );
    expect(screen.getByTestId('import-history-empty'), 'an empty state is in Spanish').toHaveTextContent('Todavía no se ha importado nada.');
    expect(screen.getByRole('heading', { name: 'Copias de seguridad' }), 'the Backups card is in Spanish too').toBeVisible();
  });
});
