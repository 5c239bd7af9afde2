// A bundle the app was asked to open (a double-clicked `.waypoint` file) shows the Sync page's
// import preview, waits while the laptop is in student mode, and imports like the Sync page;
// About Waypoint shows the version, where the data lives and the generated licenses.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
  Channel: class {
    onmessage: (m: unknown) => void = () => {};
  },
}));
import { invoke } from '@tauri-apps/api/core';
import OpenedBundle from '../src/components/OpenedBundle.svelte';
import AppFooter from '../src/components/AppFooter.svelte';
import { syncFake, type SyncFake } from './fakes/sync';
import { ui } from '../src/lib/ui.svelte';
import licenses from '../src/licenses.json';

const mockInvoke = vi.mocked(invoke);

/** The fake sync backend, plus the channel the component opens for opened bundles. */
function backend(b: SyncFake) {
  const opened: { send: (path: string) => void } = {
    send: () => {
      throw new Error('The component never called listen_opened_bundles.');
    },
  };
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => {
    if (cmd === 'listen_opened_bundles') {
      const channel = (args as { onOpen: { onmessage: (m: string) => void } }).onOpen;
      opened.send = (path) => channel.onmessage(path);
      return Promise.resolve(null) as never;
    }
    return b.handle(cmd, args as Record<string, unknown>) as never;
  });
  return opened;
}

afterEach(() => {
  cleanup();
  mockInvoke.mockReset();
  ui.toast = null;
});

describe('a bundle opened from the desktop', () => {
  it('shows the import preview of the file and imports it', async () => {
    const user = userEvent.setup();
    const b = syncFake();
    b.preview.classes = [{ id: 'c-2', name: 'Biology 7', known: false }];
    const opened = backend(b);
    const onImported = vi.fn();
    render(OpenedBundle, { props: { blocked: false, onImported } });
    await waitFor(() => expect(mockInvoke, 'the component listens at once').toHaveBeenCalledWith('listen_opened_bundles', expect.anything()));
    opened.send('/home/t/Downloads/from-lee.waypoint');
    const dialog = await screen.findByTestId('bundle-preview');
    expect(b.callsOf('preview_bundle'), 'the file given is the one previewed').toEqual([{ path: '/home/t/Downloads/from-lee.waypoint' }]);
    expect(within(dialog).getByTestId('bundle-from'), 'the preview says who sent it').toHaveTextContent('Ms. Lee');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Biology 7: Receive this class' }));
    await user.click(within(dialog).getByTestId('bundle-import-confirm'));
    await waitFor(() => expect(onImported, 'the shell reloads its classes').toHaveBeenCalled());
    expect(b.callsOf('import_bundle')[0]?.path, 'the same file is imported').toBe('/home/t/Downloads/from-lee.waypoint');
    expect(ui.toast?.message, 'the counts are said').toMatch(/^Imported: /);
    expect(screen.queryByTestId('bundle-preview'), 'the preview closes').toBeNull();
  });

  it('waits while the laptop is in student mode, then shows the preview', async () => {
    const b = syncFake();
    const opened = backend(b);
    const view = render(OpenedBundle, { props: { blocked: true, onImported: vi.fn() } });
    await waitFor(() => expect(mockInvoke).toHaveBeenCalledWith('listen_opened_bundles', expect.anything()));
    opened.send('/media/usb/waypoint-handoff.bundle');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('bundle-preview'), 'a student never sees an import preview').toBeNull();
    expect(b.callsOf('preview_bundle'), 'the file is not even read yet').toEqual([]);
    await view.rerender({ blocked: false, onImported: vi.fn() });
    expect(await screen.findByTestId('bundle-preview'), 'once the teacher is back, the preview shows').toBeInTheDocument();
  });

  it('shows a file that is not a bundle as an error', async () => {
    const b = syncFake();
    const opened = backend(b);
    render(OpenedBundle, { props: { blocked: false, onImported: vi.fn() } });
    await waitFor(() => expect(mockInvoke).toHaveBeenCalledWith('listen_opened_bundles', expect.anything()));
    b.failNext('preview_bundle', { code: 'invalid', message: 'This file is not a Waypoint sync bundle.' });
    opened.send('/tmp/notes.waypoint');
    await waitFor(() => expect(ui.toast?.message, 'the reason is shown').toBe('This file is not a Waypoint sync bundle.'));
    expect(screen.queryByTestId('bundle-preview'), 'and no preview').toBeNull();
  });
});

describe('About Waypoint', () => {
  it('shows the version, where the data lives, and the licenses', async () => {
    const user = userEvent.setup();
    const info = { version: '0.1.0', dbPath: '/home/t/.local/share/waypoint/waypoint.sqlite3', snapshotsDir: '/home/t/.local/share/waypoint/snapshots', deviceId: 'd' };
    render(AppFooter, { props: { info } });
    await user.click(screen.getByTestId('about'));
    const dialog = screen.getByTestId('about-dialog');
    expect(within(dialog).getByTestId('about-version'), 'the version').toHaveTextContent('0.1.0');
    expect(within(dialog).getByTestId('about-database'), 'the database file').toHaveTextContent(info.dbPath);
    expect(within(dialog).getByTestId('about-snapshots'), 'the snapshots folder').toHaveTextContent(info.snapshotsDir);
    expect(within(dialog).getAllByTestId('about-font').length, 'every bundled font license').toBe(licenses.fonts.length);
    expect(within(dialog).getByText(`${licenses.crates.length} Rust crates`), 'the crates are counted').toBeInTheDocument();
    const crates = within(dialog).getByTestId('about-crates');
    expect(within(crates).getByText('tauri'), 'each crate is listed by name').toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('about-dialog'), 'Close closes it').toBeNull();
  });
});
