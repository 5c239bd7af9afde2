// About Waypoint's license texts: `license-texts.json` is loaded only when the dialog opens
// (a loading line shows meanwhile), and each package's row shows the texts it ships, the
// standard text of its license when it ships none, or a pointer to its license identifier.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AboutWaypoint from '../src/components/AboutWaypoint.svelte';

/** Holds the texts' chunk back until a test lets it load, and notes that it was asked for. */
const chunk = vi.hoisted(() => {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  return { requested: false, released, release: () => release() };
});
vi.mock('../src/license-texts.json', async (importOriginal) => {
  chunk.requested = true;
  await chunk.released;
  return importOriginal();
});

interface LicenseTexts {
  texts: { id: number; text: string }[];
  crates: Record<string, number[]>;
  npm: Record<string, number[]>;
  standard: { crates: string[]; npm: string[] };
}
/** The committed file, read from disk so that reading it here does not load the chunk. */
const file = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../src/license-texts.json'), 'utf8'),
) as LicenseTexts;
const textsOf = (ids: number[]) => ids.map((id) => file.texts.find((t) => t.id === id)?.text ?? '');
const entry = (list: 'crates' | 'npm', name: string) =>
  Object.entries(file[list]).find(([key]) => key.startsWith(`${name}@`))?.[1] ?? [];

const info = { version: '0.1.0', dbPath: '/home/t/waypoint.sqlite3', snapshotsDir: '/home/t/snapshots', deviceId: 'd' };

/** Opens About and the given list of packages; returns the list. */
async function openList(user: ReturnType<typeof userEvent.setup>, list: 'crates' | 'npm') {
  await user.click(screen.getByTestId('about'));
  const details = within(screen.getByTestId('about-dialog')).getByTestId(`about-${list}`);
  await user.click(within(details).getByText('Show the list'));
  return details;
}

afterEach(() => cleanup());

describe('About Waypoint: license texts', () => {
  // First: the chunk is held back only until this test releases it.
  it('loads the texts when About opens, and shows a crate’s texts on request', async () => {
    const user = userEvent.setup();
    render(AboutWaypoint, { props: { info } });
    expect(chunk.requested, 'the texts are not part of the app’s start').toBe(false);
    const crates = await openList(user, 'crates');
    expect(chunk.requested, 'opening About asks for the texts').toBe(true);

    const show = within(crates).getByRole('button', { name: 'Show the license text of tauri' });
    expect(show, 'the texts start hidden').toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    expect(show, 'the button says the text is shown').toHaveAttribute('aria-expanded', 'true');
    const row = within(crates).getByTestId('about-text');
    expect(show, 'the button names the row it opened').toHaveAttribute('aria-controls', row.id);
    expect(within(row).getByRole('status'), 'a loading line while the chunk loads').toHaveTextContent('Loading the license texts…');

    chunk.release();
    const tauri = textsOf(entry('crates', 'tauri'));
    expect(tauri.some((t) => t.includes('Apache License') || t.includes('MIT')), 'tauri ships its Apache and MIT texts').toBe(true);
    await waitFor(() => expect([...row.querySelectorAll('pre')].map((p) => p.textContent), 'each of its texts, in full').toEqual(tauri));

    await user.click(within(crates).getByRole('button', { name: 'Hide the license text of tauri' }));
    expect(within(crates).queryByTestId('about-text'), 'Hide hides it again').toBeNull();
  });

  it('opens a text from the keyboard, and says when a package ships no license file', async () => {
    const user = userEvent.setup();
    render(AboutWaypoint, { props: { info } });
    const npm = await openList(user, 'npm');

    const fluent = within(npm).getByRole('button', { name: 'Show the license text of @fluent/bundle' });
    fluent.focus();
    await user.keyboard('{Enter}');
    expect(file.standard.npm.some((k) => k.startsWith('@fluent/bundle@')), 'it ships no license file of its own').toBe(true);
    const standardRow = await within(npm).findByText(/below is the standard text of its license \(Apache-2\.0\)/);
    const shown = standardRow.closest('tr')?.querySelector('pre')?.textContent ?? '';
    expect(shown, 'the standard Apache License follows').toContain('Apache License');
    await user.keyboard('{Enter}');
    expect(within(npm).queryByTestId('about-text'), 'Enter again hides it').toBeNull();

    const bare = Object.entries(file.crates).find(([, ids]) => ids.length === 0)?.[0] ?? '';
    expect(bare, 'a BSD crate with no license file has no holder-free text to borrow').not.toBe('');
    const name = bare.slice(0, bare.lastIndexOf('@'));
    const crates = screen.getByTestId('about-crates');
    await user.click(within(crates).getByText('Show the list'));
    await user.click(within(crates).getByRole('button', { name: `Show the license text of ${name}` }));
    const row = within(crates).getByTestId('about-text');
    expect(row, 'it points to the license identifier instead').toHaveTextContent(
      /This package ships no license file; see its license identifier: \S+/,
    );
    expect(row.querySelector('pre'), 'and shows no text').toBeNull();
  });
});
