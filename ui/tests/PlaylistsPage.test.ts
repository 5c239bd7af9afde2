import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import { invoke } from '@tauri-apps/api/core';
import PlaylistsPage from '../src/components/PlaylistsPage.svelte';
import StudentPlaylists from '../src/components/playlists/StudentPlaylists.svelte';
import { CLASS_ID, activity, playlistsFake, type PlaylistsFake } from './fakes/playlists';
import { ui } from '../src/lib/ui.svelte';
import type { ClassView, PlaylistView } from '../src/api';
import { setLanguage } from '../src/lib/i18n.svelte';

const mockInvoke = vi.mocked(invoke);
const CLASS: ClassView = { id: CLASS_ID, name: 'Period 2', subject: 'Math', gradeLevel: '6', archived: false, studentCount: 2 };

function mainElement(): HTMLElement {
  const main = document.createElement('main');
  document.body.appendChild(main);
  return main;
}

function useFake(b: PlaylistsFake) {
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
}

function renderPage(b: PlaylistsFake) {
  useFake(b);
  return render(PlaylistsPage, { props: { classView: CLASS }, target: mainElement() });
}

const threeActivities = () => [
  activity('a1', 'c-rp1', 'Ratio tables video', { modality: 'watch', minutes: 10 }),
  activity('a2', 'c-rp1', 'Recipe ratios', { modality: 'hands_on' }),
  activity('a3', 'c-rp2', 'Unit-rate practice', { link: 'example.org/unit-rates' }),
];

function playlistOf(o: Partial<PlaylistView> = {}): PlaylistView {
  return {
    id: 'pl-1',
    classId: CLASS_ID,
    title: 'Ratios path',
    kind: 'playlist',
    activityIds: ['a1', 'a2'],
    pickCount: 2,
    archived: false,
    activities: [],
    assignments: [],
    ...o,
  };
}

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.title = 'Waypoint';
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  document.querySelectorAll('main').forEach((m) => m.remove());
  mockInvoke.mockReset();
  ui.confirm = null;
  ui.toast = null;
});

describe('activities', () => {
  it('starts empty with a next step, then adds an activity', async () => {
    const user = userEvent.setup();
    const b = playlistsFake();
    renderPage(b);
    expect(await screen.findByTestId('activities-empty')).toHaveTextContent('Add the first one');
    expect(screen.getByTestId('playlists-empty')).toHaveTextContent('Add some activities first');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Playlists');

    await user.click(screen.getByTestId('activity-save'));
    expect(await screen.findByText('Give the activity a title.')).toBeVisible();
    expect(screen.getByText('Choose the competency it practises.')).toBeVisible();
    expect(b.callsOf('create_activity')).toEqual([]);

    await user.type(screen.getByTestId('activity-title'), 'Build a ratio table');
    await user.selectOptions(screen.getByTestId('activity-competency'), 'c-rp2');
    await user.selectOptions(screen.getByTestId('activity-modality'), 'Hands-on');
    expect(screen.getByTestId<HTMLInputElement>('activity-minutes').value, 'default 15').toBe('15');
    await user.type(screen.getByTestId('activity-instructions'), 'Use the cubes.');
    await user.type(screen.getByTestId('activity-link'), 'example.org/cubes');
    // Interests are a list like the profile's: Enter adds one and does not submit the form.
    await user.type(screen.getByLabelText('Interests (optional)'), 'soccer{Enter}music{Enter}');
    expect(b.callsOf('create_activity'), 'Enter in the interests field adds a tag only').toEqual([]);
    expect(screen.getByRole('list', { name: 'Interests (optional)' })).toHaveTextContent('soccer');
    await user.click(screen.getByTestId('activity-save'));
    await waitFor(() =>
      expect(b.callsOf('create_activity')).toEqual([
        {
          classId: CLASS_ID,
          input: {
            competencyId: 'c-rp2',
            title: 'Build a ratio table',
            modality: 'hands_on',
            minutes: 15,
            instructions: 'Use the cubes.',
            link: 'example.org/cubes',
            interests: ['soccer', 'music'],
          },
        },
      ]),
    );
    const item = await screen.findByTestId('activity-item');
    expect(item).toHaveTextContent('Build a ratio table');
    expect(item).toHaveTextContent('6.RP.A.2');
    expect(item).toHaveTextContent('Hands-on');
    expect(item).toHaveTextContent('15 min');
    expect(within(item).getByTestId('activity-interests-text'), 'its interest tags').toHaveTextContent('Interests: soccer, music');
    expect(within(item).getByTestId('activity-link-text'), 'the link is text').toHaveTextContent('example.org/cubes');
    expect(item.querySelector('a'), 'never a clickable external link').toBeNull();
    expect(ui.toast?.message).toBe('Added “Build a ratio table”.');
  });

  it('shows a refused field beside it', async () => {
    const user = userEvent.setup();
    const b = playlistsFake();
    renderPage(b);
    await user.type(await screen.findByTestId('activity-title'), 'X');
    await user.selectOptions(screen.getByTestId('activity-competency'), 'c-rp1');
    b.failNext('create_activity', { code: 'invalid', message: 'A link is at most 2000 characters.', field: 'link' });
    await user.click(screen.getByTestId('activity-save'));
    const err = await screen.findByText('A link is at most 2000 characters.');
    expect(err.id).toBe('activity-link-error');
    expect(screen.getByTestId('activity-link')).toHaveAttribute('aria-invalid', 'true');
  });

  it('filters by competency, edits and archives with undo', async () => {
    const user = userEvent.setup();
    const b = playlistsFake({ activities: threeActivities() });
    b.activities[1]!.interests = ['cooking', 'music'];
    renderPage(b);
    expect(await screen.findAllByTestId('activity-item')).toHaveLength(3);
    await user.selectOptions(screen.getByTestId('activity-filter'), 'c-rp2');
    expect(screen.getAllByTestId('activity-item')).toHaveLength(1);
    await user.selectOptions(screen.getByTestId('activity-filter'), '');

    await user.click(screen.getByRole('button', { name: 'Edit Recipe ratios' }));
    const title = screen.getByTestId<HTMLInputElement>('activity-title');
    expect(title.value).toBe('Recipe ratios');
    expect(title, 'the form takes focus').toHaveFocus();
    await user.clear(title);
    await user.type(title, 'Recipe ratios (cooking)');
    expect(screen.getByRole('list', { name: 'Interests (optional)' }), 'its interests, as chips').toHaveTextContent('cooking');
    await user.click(screen.getByRole('button', { name: 'Remove cooking' }));
    await user.click(screen.getByTestId('activity-save'));
    await waitFor(() =>
      expect(b.callsOf('update_activity')[0]).toMatchObject({ id: 'a2', input: { title: 'Recipe ratios (cooking)', interests: ['music'] } }),
    );

    await user.click(await screen.findByRole('button', { name: 'Archive Ratio tables video' }));
    await waitFor(() => expect(screen.getAllByTestId('activity-item')).toHaveLength(2));
    expect(ui.toast?.actionLabel).toBe('Undo');
    await ui.toast?.action?.();
    await waitFor(() => expect(screen.getAllByTestId('activity-item')).toHaveLength(3));
  });

  it('explains what to do when the class has no competencies', async () => {
    const b = playlistsFake({ competencies: [] });
    renderPage(b);
    expect(await screen.findByTestId('activities-no-competencies')).toHaveTextContent('Attach a framework');
  });
});

describe('playlists and choice boards', () => {
  it('makes a playlist in the order chosen, with up and down', async () => {
    const user = userEvent.setup();
    const b = playlistsFake({ activities: threeActivities() });
    renderPage(b);
    await screen.findAllByTestId('activity-item');
    await user.type(screen.getByTestId('playlist-title'), 'Ratios path');
    const box = (id: string) => document.querySelector<HTMLInputElement>(`[data-testid="playlist-activity"][data-activity-id="${id}"]`)!;
    await user.click(box('a3'));
    await user.click(box('a1'));
    await user.click(box('a2'));
    const order = () => screen.getAllByTestId('playlist-order-item').map((li) => li.dataset.activityId);
    expect(order()).toEqual(['a3', 'a1', 'a2']);
    await user.click(screen.getByRole('button', { name: 'Move Unit-rate practice down' }));
    expect(order()).toEqual(['a1', 'a3', 'a2']);
    expect(screen.getByRole('button', { name: 'Move Unit-rate practice down' }), 'focus stays on the moved row').toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Move Recipe ratios up' }));
    expect(order()).toEqual(['a1', 'a2', 'a3']);
    await user.click(screen.getByTestId('playlist-save'));
    await waitFor(() =>
      expect(b.callsOf('create_playlist')).toEqual([
        { classId: CLASS_ID, input: { title: 'Ratios path', kind: 'playlist', activityIds: ['a1', 'a2', 'a3'], pickCount: 3 } },
      ]),
    );
    const item = await screen.findByTestId('playlist-item');
    expect(within(item).getByTestId('playlist-kind-badge')).toHaveTextContent('Playlist');
  });

  it('makes a choice board: pick N checked against the activities, a grid preview', async () => {
    const user = userEvent.setup();
    const b = playlistsFake({ activities: threeActivities() });
    renderPage(b);
    await screen.findAllByTestId('activity-item');
    await user.type(screen.getByTestId('playlist-title'), 'Ratio board');
    await user.selectOptions(screen.getByTestId('playlist-kind'), 'Choice board');
    for (const el of screen.getAllByTestId('playlist-activity')) await user.click(el);
    const pick = screen.getByTestId<HTMLInputElement>('playlist-pick');
    expect(pick.value, 'default 3').toBe('3');
    expect(within(screen.getByTestId('board-preview')).getAllByRole('listitem')).toHaveLength(3);
    await user.clear(pick);
    await user.type(pick, '5');
    await user.click(screen.getByTestId('playlist-save'));
    expect(await screen.findByText('Students pick 1 to 3 of these 3 activities.')).toBeVisible();
    expect(b.callsOf('create_playlist')).toEqual([]);
    await user.clear(pick);
    await user.type(pick, '2');
    b.failNext('create_playlist', { code: 'invalid', message: 'That title is taken.', field: 'title' });
    await user.click(screen.getByTestId('playlist-save'));
    expect((await screen.findByText('That title is taken.')).id).toBe('playlist-title-error');
    await user.click(screen.getByTestId('playlist-save'));
    await waitFor(() =>
      expect(b.callsOf('create_playlist').at(-1)).toEqual({
        classId: CLASS_ID,
        input: { title: 'Ratio board', kind: 'choice_board', activityIds: ['a1', 'a2', 'a3'], pickCount: 2 },
      }),
    );
    expect(within(await screen.findByTestId('playlist-item')).getByTestId('playlist-kind-badge')).toHaveTextContent('Choice board');
  });

  it('assigns to a group, a student and a station, lists and removes assignments', async () => {
    const user = userEvent.setup();
    const b = playlistsFake({ activities: threeActivities(), playlists: [playlistOf()] });
    renderPage(b);
    const item = await screen.findByTestId('playlist-item');
    expect(within(item).getByTestId('playlist-unassigned')).toBeInTheDocument();
    await user.selectOptions(within(item).getByTestId('assign-kind'), 'group');
    const target = within(item).getByTestId<HTMLSelectElement>('assign-target');
    expect(Array.from(target.options).map((o) => o.text)).toEqual(['Choose…', 'Blue', 'Red']);
    await user.selectOptions(target, 'g-blue');
    await user.click(within(item).getByTestId('assign-save'));
    await waitFor(() => expect(b.callsOf('assign_playlist')).toEqual([{ playlistId: 'pl-1', target: { kind: 'group', id: 'g-blue' } }]));
    expect(await within(item).findByTestId('assignment-item')).toHaveTextContent('Blue');

    await user.selectOptions(within(item).getByTestId('assign-kind'), 'station');
    await user.selectOptions(within(item).getByTestId('assign-target'), 'st-1');
    await user.click(within(item).getByTestId('assign-save'));
    await waitFor(() => expect(within(item).getAllByTestId('assignment-item')).toHaveLength(2));

    await user.click(within(item).getByRole('button', { name: 'Remove Ratios path from Blue' }));
    await waitFor(() => expect(within(item).getAllByTestId('assignment-item')).toHaveLength(1));
    expect(b.callsOf('unassign_playlist')).toHaveLength(1);
  });

  it('shows how far the assigned students are', async () => {
    const user = userEvent.setup();
    const b = playlistsFake({
      activities: threeActivities(),
      playlists: [playlistOf({ assignments: [{ id: 'asg-1', target: { kind: 'student', id: 's-ana' }, targetName: 'Ana García' }] })],
    });
    b.progress = { 's-ana': { 'pl-1': { a1: 'done' } } };
    renderPage(b);
    await user.click(await screen.findByTestId('playlist-progress-load'));
    expect(await screen.findByTestId('playlist-progress')).toHaveTextContent(/Ana García\s*1 of 2 done/);
    expect(b.callsOf('class_playlist_progress'), 'the class in one call').toHaveLength(1);
    expect(b.callsOf('student_playlists'), 'not a call per student').toHaveLength(0);
  });

  it('has no axe violations with activities and playlists', async () => {
    const b = playlistsFake({
      activities: threeActivities(),
      playlists: [playlistOf(), playlistOf({ id: 'pl-2', title: 'Board', kind: 'choice_board', activityIds: ['a1', 'a2', 'a3'], pickCount: 2 })],
    });
    renderPage(b);
    await screen.findAllByTestId('playlist-item');
    expect(await violations()).toEqual([]);
  });
});

describe('a student’s playlists', () => {
  function renderStudent(b: PlaylistsFake) {
    useFake(b);
    return render(StudentPlaylists, { props: { studentId: 's-ana' }, target: mainElement() });
  }

  it('says how to assign one when there is none', async () => {
    renderStudent(playlistsFake());
    expect(await screen.findByTestId('student-playlists-empty')).toHaveTextContent(
      'No playlist assigned yet — assign one from Playlists.',
    );
  });

  it('sets an activity’s status and shows the progress', async () => {
    const user = userEvent.setup();
    const b = playlistsFake({
      activities: threeActivities(),
      playlists: [
        playlistOf({ assignments: [{ id: 'x', target: { kind: 'student', id: 's-ana' }, targetName: 'Ana García' }] }),
        playlistOf({
          id: 'pl-2',
          title: 'Board',
          kind: 'choice_board',
          activityIds: ['a1', 'a2', 'a3'],
          pickCount: 2,
          assignments: [{ id: 'y', target: { kind: 'student', id: 's-ana' }, targetName: 'Ana García' }],
        }),
      ],
    });
    renderStudent(b);
    const lists = await screen.findAllByTestId('student-playlist');
    expect(lists).toHaveLength(2);
    const path = lists[0]!;
    expect(within(path).getByTestId('student-playlist-progress')).toHaveTextContent('0 of 2 done');
    expect(within(path).getByTestId('student-playlist-via')).toHaveTextContent('assigned to Ana R.');
    const status = within(path).getAllByTestId<HTMLSelectElement>('activity-status');
    expect(Array.from(status[0]!.options).map((o) => o.text)).toEqual(['Not started', 'In progress', 'Done']);
    await user.selectOptions(status[0]!, 'done');
    await waitFor(() =>
      expect(b.callsOf('set_activity_progress')).toEqual([
        { change: { studentId: 's-ana', playlistId: 'pl-1', activityId: 'a1', status: 'done' } },
      ]),
    );
    await waitFor(() => expect(within(screen.getAllByTestId('student-playlist')[0]!).getByTestId('student-playlist-progress')).toHaveTextContent('1 of 2 done'));

    const board = screen.getAllByTestId('student-playlist')[1]!;
    expect(within(board).getByTestId('student-playlist-board')).toHaveTextContent('Pick 2 · 0 chosen done');
    expect(within(board).getByTestId('student-playlist-progress')).toHaveTextContent('0 of 2 done');
    expect(await violations()).toEqual([]);
  });

  it('shows a failed load with a way to try again', async () => {
    const user = userEvent.setup();
    const b = playlistsFake();
    b.failNext('student_playlists', { code: 'storage', message: 'The database is busy.' });
    renderStudent(b);
    expect(await screen.findByTestId('student-playlists-error')).toHaveTextContent('The database is busy.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('student-playlists-empty')).toBeInTheDocument();
  });
});

describe('in Spanish', () => {
  afterEach(() => setLanguage('en'));

  it('shows the page, its activities and a playlist in Spanish', async () => {
    setLanguage('es');
    const b = playlistsFake({
      activities: threeActivities(),
      playlists: [playlistOf({ activities: threeActivities().slice(0, 2) })],
    });
    renderPage(b);
    expect(await screen.findByRole('heading', { level: 1 }), 'the page title').toHaveTextContent('Listas de actividades');
    expect(await screen.findByRole('heading', { name: 'Actividades' }), 'the activities section').toBeVisible();
    const item = screen.getAllByTestId('activity-item')[0]!;
    expect(item, 'a modality and its minutes').toHaveTextContent('Ver · 10 min');
    expect(screen.getByTestId('playlist-kind-badge'), 'the kind of a playlist').toHaveTextContent('Lista de actividades');
    expect(screen.getByTestId('playlist-unassigned'), 'nobody has it yet').toHaveTextContent('Todavía a nadie');
    expect(screen.getByTestId('activity-save'), 'the form’s button').toHaveTextContent('Añadir actividad');
  });
});
