import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within, cleanup } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
  Channel: class {
    onmessage: (m: unknown) => void = () => {};
  },
}));
import { invoke } from '@tauri-apps/api/core';
import App from '../src/App.svelte';
import { classView, fakeBackend, student, type FakeBackend } from './fakeBackend';
import { syncFake, syncStatusOf } from './fakes/sync';
import { startStartupReads } from '../src/lib/startupReads';

const mockInvoke = vi.mocked(invoke);
let backend: FakeBackend;

function useBackend(b: FakeBackend) {
  backend = b;
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
}

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel);

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  mockInvoke.mockReset();
});

describe('empty state', () => {
  it('offers Create a class and Load demo class when there are no classes', async () => {
    useBackend(fakeBackend());
    render(App);
    // Without these buttons a first-time teacher has no way in.
    const demo = await screen.findByTestId('load-demo');
    expect(demo, 'the Load demo button must be visible and usable').toBeEnabled();
    expect(demo).toHaveTextContent('Load demo class');
    expect(screen.getByTestId('new-class')).toHaveTextContent('Create a class');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Welcome to Waypoint');
  });

  it('shows a busy state while the demo loads, then selects the demo class', async () => {
    const b = fakeBackend();
    useBackend(b);
    // Hold the demo command open so the busy state can be observed.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    mockInvoke.mockImplementation(async (cmd: string, args?: unknown) => {
      if (cmd === 'load_demo_class') await gate;
      return b.handle(cmd, args as Record<string, unknown>) as never;
    });
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByTestId('load-demo'));

    // Long work shows progress, and the button cannot be pressed twice.
    expect(await screen.findByTestId('demo-progress')).toBeInTheDocument();
    expect(screen.getByTestId('load-demo'), 'a second click must not start a second demo import').toBeDisabled();

    release();
    const switcher = await screen.findByLabelText<HTMLSelectElement>('Class');
    const demo = b.classes.find((c) => c.name.startsWith('Demo'))!;
    await waitFor(() => expect(switcher.value, 'the new demo class must be the selected one').toBe(demo.id));
    expect(await screen.findAllByTestId('roster-item'), 'its students must be listed').toHaveLength(2);
    expect(localStorage.getItem('waypoint.lastClassId'), 'the choice is remembered for next launch').toBe(demo.id);
  });
});

describe('user text is rendered as text', () => {
  it('shows a student named like an HTML tag literally, without creating elements', async () => {
    const c = classView('Period 1');
    const evil = '<img src=x onerror=alert(1)>';
    const s = student(c.id, evil, 'Smith');
    const b = fakeBackend({ classes: [c], students: [s] });
    b.profiles.set(s.id, { ...(await b.handle('get_profile', { studentId: s.id }) as object), strengths: [evil] } as never);
    useBackend(b);
    const user = userEvent.setup();
    const { container } = render(App);

    const row = await screen.findByTestId('roster-item');
    // The literal text must be visible, otherwise this test would pass vacuously.
    expect(row.textContent, 'the name must appear exactly as typed').toContain(`${evil} Smith`);
    expect(container.querySelector('img'), 'markup in a name must never become an element').toBeNull();

    await user.click(row);
    expect(await screen.findByRole('heading', { level: 2, name: `${evil} Smith` })).toBeInTheDocument();
    // The chip list renders profile items too.
    expect(await screen.findByText(evil, { selector: '.chip-text' })).toBeInTheDocument();
    expect(document.querySelector('img'), 'nor in the student page or profile').toBeNull();
  });
});

describe('students area', () => {
  function setup() {
    const c = classView('Period 2');
    const a = student(c.id, 'Ana', 'García');
    const z = student(c.id, 'Zoë', 'Müller');
    const b = fakeBackend({ classes: [c], students: [a, z] });
    useBackend(b);
    return { c, a, z, b };
  }

  it('filters the roster accent-insensitively from the search box', async () => {
    setup();
    const user = userEvent.setup();
    render(App);
    await screen.findAllByTestId('roster-item');
    await user.type($('#roster-search')!, 'zoe');
    const rows = screen.getAllByTestId('roster-item');
    expect(rows, '"zoe" must find Zoë and only her').toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Zoë Müller');
  });

  it('moves through the roster with arrow keys and opens with Enter', async () => {
    setup();
    const user = userEvent.setup();
    render(App);
    await screen.findAllByTestId('roster-item');
    $('#roster-search')!.focus();
    await user.keyboard('{ArrowDown}');
    const rows = screen.getAllByTestId('roster-item');
    expect(document.activeElement, 'Down from search goes to the first student').toBe(rows[0]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement, 'Down again goes to the next student').toBe(rows[1]);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Zoë Müller' })).toBeInTheDocument();
  });

  it('Ctrl+S saves the profile form that has focus', async () => {
    const { a, b } = setup();
    const user = userEvent.setup();
    render(App);
    await user.click((await screen.findAllByTestId('roster-item'))[0]!);
    const home = await screen.findByLabelText('Home language');
    await user.type(home, 'Spanish');
    expect(screen.getByTestId('profile-dirty'), 'an edit must show as unsaved').toBeInTheDocument();
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Saved'));
    expect(b.profiles.get(a.id)?.homeLanguage, 'the shortcut must really save').toBe('Spanish');
    expect(screen.queryByTestId('profile-dirty'), 'after saving nothing is unsaved').toBeNull();
  });

  it('asks before discarding unsaved profile changes when switching student', async () => {
    setup();
    const user = userEvent.setup();
    render(App);
    const rows = await screen.findAllByTestId('roster-item');
    await user.click(rows[0]!);
    await user.type(await screen.findByLabelText('Home language'), 'Tagalog');
    await user.click(rows[1]!);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog, 'switching with unsaved edits must ask first').toHaveTextContent('unsaved changes');
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Ana García' }), 'cancel keeps the current student').toBeVisible();
    expect(screen.getByLabelText<HTMLInputElement>('Home language').value, 'and keeps what was typed').toBe('Tagalog');
  });

  it('archives a student with an Undo that unarchives', async () => {
    const { a, b } = setup();
    const user = userEvent.setup();
    render(App);
    await user.click((await screen.findAllByTestId('roster-item'))[0]!);
    await user.click(await screen.findByTestId('archive-student'));
    await waitFor(() => expect(screen.getAllByTestId('roster-item'), 'archived students leave the roster').toHaveLength(1));
    expect(b.students.find((s) => s.id === a.id)?.archived).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getAllByTestId('roster-item'), 'Undo brings the student back').toHaveLength(2));
    expect(b.students.find((s) => s.id === a.id)?.archived).toBe(false);
  });

  it('creates a class from the dialog, selects it, and shows backend field errors in place', async () => {
    const { b } = setup();
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByTestId('new-class'));
    b.failNext('create_class', { code: 'invalid', message: 'A class with this name already exists.', field: 'name' });
    await user.type(screen.getByLabelText(/Class name/), 'Period 2');
    await user.click(screen.getByTestId('save-class'));
    expect(await screen.findByText('A class with this name already exists.'), 'the backend message is shown').toHaveAttribute(
      'id',
      'class-name-error',
    );
    await user.clear(screen.getByLabelText(/Class name/));
    await user.type(screen.getByLabelText(/Class name/), 'Period 3');
    await user.click(screen.getByTestId('save-class'));
    const switcher = await screen.findByLabelText<HTMLSelectElement>('Class');
    const created = b.classes.find((c) => c.name === 'Period 3')!;
    await waitFor(() => expect(switcher.value, 'the new class is selected').toBe(created.id));
    expect(screen.queryByRole('dialog'), 'the dialog closes after saving').toBeNull();
  });

  it('adds a student, then opens their page with the profile editor', async () => {
    const { b, c } = setup();
    const user = userEvent.setup();
    render(App);
    await screen.findAllByTestId('roster-item');
    await user.click(screen.getByTestId('add-student'));
    expect(document.activeElement, 'the form is ready to type into').toBe(document.querySelector('#given-name'));
    await user.type(document.querySelector('#given-name')!, 'Elizabeth');
    await user.type(document.querySelector('#family-name')!, 'Okafor');
    await user.type(document.querySelector('#preferred-name')!, 'Liz');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Liz Okafor' })).toBeInTheDocument();
    expect(b.students.filter((s) => s.classId === c.id), 'the student was really created').toHaveLength(3);
    expect(await screen.findByTestId('profile-form'), 'the profile can be filled in right away').toBeInTheDocument();
    expect(screen.getAllByTestId('roster-item').map((r) => r.querySelector('.roster-name')?.textContent)).toContain(
      'Liz Okafor',
    );
  });

  it('Escape cancels adding a student', async () => {
    const { b } = setup();
    const user = userEvent.setup();
    render(App);
    await screen.findAllByTestId('roster-item');
    await user.click(screen.getByTestId('add-student'));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('student-form'), 'Escape must close the add form').toBeNull();
    expect(b.calls.some((x) => x.cmd === 'create_student'), 'and nothing is created').toBe(false);
  });

  it('reopens the class that was selected last time', async () => {
    const p1 = classView('Alpha');
    const p2 = classView('Beta');
    useBackend(fakeBackend({ classes: [p1, p2] }));
    localStorage.setItem('waypoint.lastClassId', p2.id);
    render(App);
    const switcher = await screen.findByLabelText<HTMLSelectElement>('Class');
    expect(switcher.value, 'the remembered class wins over the first in the list').toBe(p2.id);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Beta');
  });

  it('opens on the reads main.ts started before the shell mounted, asking for nothing twice', async () => {
    const p1 = classView('Alpha');
    const p2 = classView('Beta');
    const b = fakeBackend({ classes: [p1, p2] });
    b.students.push(student(p2.id, 'Ana', 'García'));
    useBackend(b);
    localStorage.setItem('waypoint.lastClassId', p2.id);
    startStartupReads();
    const asked = (cmd: string) => b.calls.filter((c) => c.cmd === cmd);
    await waitFor(() => expect(asked('list_students'), 'the remembered class’s roster is asked for before any mount').toHaveLength(1));
    expect(asked('list_students')[0]?.args).toEqual({ classId: p2.id, includeArchived: true });
    render(App);
    expect(await screen.findAllByTestId('roster-item'), 'the roster shows from the early read').toHaveLength(1);
    expect(asked('list_classes'), 'the shell took the early list of classes').toHaveLength(1);
    expect(asked('student_mode_view'), 'and the early student-mode check').toHaveLength(1);
    expect(asked('list_students'), 'and the roster page the early roster').toHaveLength(1);
  });
});

describe('opening an area', () => {
  it('keeps the previous area up until the next one’s first reads are in, and reads each once', async () => {
    const c = classView('Period 3');
    const b = fakeBackend({ classes: [c], students: [student(c.id, 'Ana', 'García')] });
    let letGridIn: (() => void) | null = null;
    const asked: string[] = [];
    mockInvoke.mockImplementation((cmd: string, args?: unknown) => {
      asked.push(cmd);
      // No framework yet; the grid takes its time, so the test can look at the shell meanwhile.
      if (cmd === 'class_frameworks') return Promise.resolve([]) as never;
      if (cmd === 'mastery_grid') {
        const empty = { students: [], competencies: [], strands: [], cells: [] };
        return new Promise((r) => (letGridIn = () => r(empty))) as never;
      }
      return b.handle(cmd, args as Record<string, unknown>) as never;
    });
    // The page's code is in already, as in the app after a first visit: here its first import
    // compiles it, which takes longer than the shell waits.
    await import('../src/components/MasteryPage.svelte');
    const user = userEvent.setup();
    render(App);
    await screen.findAllByTestId('roster-item');
    await user.click(screen.getByTestId('nav-mastery'));
    await waitFor(() => expect(letGridIn, 'the grid was asked for').not.toBeNull());
    expect(screen.getByTestId('nav-mastery'), 'the nav already shows Mastery as chosen').toHaveAttribute('aria-current', 'page');
    expect(screen.getAllByTestId('roster-item'), 'the Students area stays up while the grid is out').toHaveLength(1);
    expect(screen.queryByTestId('mastery-page'), 'and Mastery is not mounted yet').toBeNull();
    letGridIn!();
    expect(await screen.findByTestId('mastery-no-framework'), 'Mastery opens once its reads are in').toBeInTheDocument();
    for (const cmd of ['class_frameworks', 'mastery_grid']) {
      expect(asked.filter((a) => a === cmd), `${cmd} is read once: the page takes the read made ahead`).toHaveLength(1);
    }
  });
});

describe('sync area', () => {
  it('opens with Alt+5 or its nav button even with no class, and reloads classes after a sync', async () => {
    const c = classView('Period 2');
    const classes = fakeBackend();
    const sync = syncFake({ status: syncStatusOf({ folder: '/media/usb', hasPassphrase: true }) });
    const syncCommands = new Set(['sync_status', 'list_conflicts', 'import_history', 'sync_now']);
    const route = (cmd: string, args?: unknown) =>
      (syncCommands.has(cmd) ? sync : classes).handle(cmd, args as Record<string, unknown>) as never;
    mockInvoke.mockImplementation(route);
    const user = userEvent.setup();
    render(App);
    await screen.findByTestId('load-demo');
    await user.keyboard('{Alt>}5{/Alt}');
    // The page's code is compiled at its first import here, which takes over a second on a busy machine.
    expect(await screen.findByRole('heading', { level: 1, name: 'Sync' }, { timeout: 5000 }), 'Alt+5 opens Sync without a class').toBeVisible();
    expect(screen.getByTestId('nav-sync'), 'the nav marks the current area').toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('nav-sync'), 'the shortcut is announced').toHaveAttribute('aria-keyshortcuts', 'Alt+5');

    // A co-teacher's file brings a class: the class bar appears and picks it.
    classes.classes.push(c);
    await user.click(await screen.findByTestId('sync-now'));
    await screen.findByTestId('sync-summary');
    await waitFor(() =>
      expect($<HTMLSelectElement>('#class-switcher')?.value, 'the new class is chosen in the header').toBe(c.id),
    );
  });
});
