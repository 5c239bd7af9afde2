import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
  Channel: class {
    onmessage: (m: unknown) => void = () => {};
  },
}));
import { invoke } from '@tauri-apps/api/core';
import GroupsPage from '../src/components/GroupsPage.svelte';
import Toast from '../src/components/Toast.svelte';
import type { ClassView } from '../src/api';
import { ui } from '../src/lib/ui.svelte';
import { setLanguage } from '../src/lib/i18n.svelte';
import { CLASS_ID, classroomFake, sampleClass, stationOf, type ClassroomFake } from './fakes/classroom';
import { line } from './fakes/nextSteps';

const mockInvoke = vi.mocked(invoke);
const CLASS: ClassView = { id: CLASS_ID, name: 'Math 6', subject: 'Math', gradeLevel: '6', archived: false, studentCount: 6 };

function renderPage(b: ClassroomFake) {
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
  const main = document.body.appendChild(document.createElement('main'));
  render(GroupsPage, { props: { classView: CLASS }, target: main });
  render(Toast);
}

const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const names = (card: HTMLElement) => within(card).queryAllByTestId('member-name').map(text);
const cardsIn = (testid: string) => within(screen.getByTestId(testid)).getAllByTestId('group-card');

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
  document.title = 'Waypoint';
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  mockInvoke.mockReset();
  ui.confirm = null;
  ui.toast = null;
});

/** Suggest 2 like-ability groups on 6.RP.A.1 with the sample class. */
async function suggestTwo(user: ReturnType<typeof userEvent.setup>) {
  const box = (await screen.findAllByTestId('groups-target')).find((b) => b.dataset.code === '6.RP.A.1')!;
  await user.click(box);
  const count = screen.getByTestId('groups-count');
  await user.clear(count);
  await user.type(count, '2');
  await user.click(screen.getByTestId('groups-suggest'));
  return screen.findByTestId('groups-proposal');
}

/** Suggest and save, and return the saved set's section. */
async function saveTwo(user: ReturnType<typeof userEvent.setup>) {
  await suggestTwo(user);
  await user.click(screen.getByTestId('groups-save'));
  return screen.findByTestId('group-set');
}

describe('the page', () => {
  it('loads the targets, the tabs and the empty history, with no axe violations', async () => {
    const b = sampleClass();
    renderPage(b);
    const targets = await screen.findAllByTestId<HTMLInputElement>('groups-target');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Groups & rotation');
    expect(targets.map((t) => t.dataset.code), 'one box per competency').toEqual(['6.RP.A.1', '6.RP.A.2']);
    expect(targets[0]!.value).toBe('comp-rp1');
    expect(screen.getByRole('tablist')).toBeInTheDocument();
    expect(screen.getByTestId('groups-tab-groups')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId<HTMLInputElement>('groups-count').value).toBe('4');
    expect(screen.getByTestId<HTMLInputElement>('groups-seed').value).toBe('1');
    expect(screen.getByTestId('group-set-history-empty')).toBeVisible();
    expect(b.callsOf('list_students'), 'active students only').toEqual([{ classId: CLASS_ID, includeArchived: false }]);
    expect(await violations()).toEqual([]);
  });

  it('points to Frameworks when the class has no competencies', async () => {
    renderPage(classroomFake());
    expect(await screen.findByTestId('groups-no-competencies')).toHaveTextContent('Frameworks');
    expect(screen.getByTestId('groups-suggest')).toBeDisabled();
  });

  it('switches tabs with the arrow keys', async () => {
    const user = userEvent.setup();
    renderPage(sampleClass());
    const tab = await screen.findByTestId('groups-tab-groups');
    tab.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('groups-tab-next')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('groups-tab-stations')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('groups-tab-stations')).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByTestId('groups-tab-rotation')).toHaveAttribute('aria-selected', 'true');
  });
});

describe('in Spanish', () => {
  afterEach(() => setLanguage('en'));

  it('shows the page, its tabs and the suggest form in Spanish, and names the classic stations in Spanish', async () => {
    setLanguage('es');
    const user = userEvent.setup();
    const b = sampleClass();
    renderPage(b);
    await screen.findAllByTestId('groups-target');
    expect(screen.getByRole('heading', { level: 1 }), 'the page title is translated').toHaveTextContent('Grupos y rotación');
    expect(screen.getByTestId('groups-tab-stations'), 'the tabs are translated').toHaveTextContent('Estaciones');
    expect(screen.getByTestId('groups-suggest'), 'the suggest button is translated').toHaveTextContent('Sugerir grupos');
    await user.click(screen.getByTestId('groups-suggest'));
    expect(await screen.findByText('Marca al menos una competencia para agrupar.'), 'a check from lib/groups is translated').toBeVisible();
    await user.click(screen.getByTestId('groups-tab-stations'));
    await user.click(screen.getByTestId('stations-add-classic'));
    await waitFor(() => expect(screen.getAllByTestId('station-item')).toHaveLength(4));
    expect(
      b.callsOf('create_station').map((c) => (c.input as { name: string }).name),
      'the classic stations are created with Spanish names',
    ).toEqual(['Con docente', 'Colaborativa', 'Independiente', 'En línea']);
    expect(screen.getAllByTestId('station-item')[0], 'the capacity reads in Spanish').toHaveTextContent('hasta 6');
  });
});

describe('suggesting groups', () => {
  it('asks for a target before suggesting', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    renderPage(b);
    await user.click(await screen.findByTestId('groups-suggest'));
    expect(await screen.findByText('Tick at least one competency to group by.')).toBeVisible();
    expect(b.callsOf('suggest_groups')).toEqual([]);
  });

  it('sends the request with constraints, and shows the proposal with reasons', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    renderPage(b);
    await screen.findAllByTestId('groups-target');
    const [ana, ben, cai, dee] = b.students;
    const absent = screen.getAllByTestId('groups-absent').find((x) => x.dataset.studentId === ana!.id)!;
    await user.click(absent);
    await user.selectOptions(screen.getByTestId('groups-apart-a'), ben!.id);
    await user.selectOptions(screen.getByTestId('groups-apart-b'), cai!.id);
    await user.click(screen.getByTestId('groups-apart-add'));
    expect(screen.getByTestId('groups-apart-item')).toHaveTextContent('Ben O. ≠ Cai L.');
    await user.click(screen.getAllByTestId('groups-teacher-led').find((x) => x.dataset.studentId === dee!.id)!);
    const seed = screen.getByTestId('groups-seed');
    await user.clear(seed);
    await user.type(seed, '7');
    const proposal = await suggestTwo(user);
    expect(b.callsOf('suggest_groups')[0]).toEqual({
      classId: CLASS_ID,
      request: {
        competencyIds: ['comp-rp1'],
        count: { kind: 'groups', count: 2 },
        mode: 'like',
        constraints: { apart: [[ben!.id, cai!.id]], together: [], teacherLed: [dee!.id], absent: [ana!.id] },
        seed: 7,
        keep: [],
        byReadiness: false,
        groupWord: 'Group',
      },
    });
    const cards = within(proposal).getAllByTestId('group-card');
    expect(cards.map((c) => c.dataset.groupIndex)).toEqual(['0', '1']);
    expect(within(cards[0]!).getByTestId('group-name')).toHaveTextContent('Group 1');
    expect(within(cards[0]!).getByTestId('group-teacher-badge')).toHaveTextContent('Teacher-led');
    expect(within(proposal).getAllByTestId('member-reason').map(text)).toContain('level 1.5 on 6.RP.A.1: reteach');
    expect(screen.getByTestId('proposal-method')).toHaveTextContent('exact search');
    expect(screen.getByTestId('proposal-absent')).toHaveTextContent('Ana R.');
    expect(screen.getByTestId<HTMLInputElement>('groups-title').value).toMatch(/^Groups for 6\.RP\.A\.1 — \d{4}-\d{2}-\d{2}$/);
  });

  it('shows a backend refusal beside its field', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    renderPage(b);
    b.failNext('suggest_groups', { code: 'invalid', message: 'Too many groups for 6 students.', field: 'count' });
    await user.click((await screen.findAllByTestId('groups-target'))[0]!);
    await user.click(screen.getByTestId('groups-suggest'));
    const err = await screen.findByText('Too many groups for 6 students.');
    expect(err.id).toBe('groups-count-error');
    expect(screen.getByTestId('groups-count')).toHaveAttribute('aria-invalid', 'true');
  });

  it('lets the proposal be adjusted by keyboard, then saves it with its basis and reasons', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    renderPage(b);
    const proposal = await suggestTwo(user);
    const first = within(cardsIn('groups-proposal')[0]!).getAllByTestId('group-member')[0]!;
    const id = first.dataset.studentId!;
    const who = text(within(first).getByTestId('member-name'));
    first.focus();
    await user.keyboard('2');
    await waitFor(() => expect(names(cardsIn('groups-proposal')[1]!)).toContain(who));
    expect(within(proposal).getByTestId('proposal-announce')).toHaveTextContent(`${who} moved to Group 2`);
    expect(b.callsOf('move_student'), 'a proposal is changed locally').toEqual([]);
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-student-id', id));

    await user.click(screen.getByTestId('groups-save'));
    const set = await screen.findByTestId('group-set');
    const input = b.callsOf('save_group_set')[0]!.input as {
      basis: unknown;
      groups: { studentIds: string[]; reasons: unknown[] }[];
    };
    expect(input.basis).toEqual({ competencyIds: ['comp-rp1'], competencyCodes: ['6.RP.A.1'], mode: 'like', seed: 1 });
    expect(input.groups[1]!.studentIds.at(-1), 'the move is saved').toBe(id);
    expect(input.groups.every((g) => g.reasons.length === g.studentIds.length), 'one reason per student').toBe(true);
    expect(set.dataset.setId).toBe(b.sets[0]!.id);
    expect(screen.queryByTestId('groups-proposal')).not.toBeInTheDocument();
    expect(await screen.findAllByTestId('group-set-item')).toHaveLength(1);
  });
});

describe('a saved set', () => {
  it('moves a student with "Move to…", and refuses a locked group', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    renderPage(b);
    const set = await saveTwo(user);
    const cards = within(set).getAllByTestId('group-card');
    const member = within(cards[0]!).getAllByTestId('group-member')[0]!;
    const id = member.dataset.studentId!;
    await user.selectOptions(within(member).getByTestId('member-move'), '1');
    await waitFor(() =>
      expect(b.callsOf('move_student')).toEqual([{ setId: b.sets[0]!.id, studentId: id, groupId: b.sets[0]!.groups[1]!.id }]),
    );
    expect(await within(set).findByTestId('set-announce')).toHaveTextContent(/moved to Group 2/);

    // Lock group 2: the board refuses moves into it without asking the backend.
    await user.click(within(within(set).getAllByTestId('group-card')[1]!).getByTestId('group-lock'));
    await waitFor(() => expect(b.callsOf('update_group')).toHaveLength(1));
    expect(b.callsOf('update_group')[0]!.update).toMatchObject({ locked: true, name: 'Group 2' });
    const lock = within(within(set).getAllByTestId('group-card')[1]!).getByTestId('group-lock');
    await waitFor(() => expect(lock).toHaveAttribute('aria-pressed', 'true'));
    const another = within(within(set).getAllByTestId('group-card')[0]!).getAllByTestId('group-member')[0]!;
    another.focus();
    await user.keyboard('2');
    expect(await within(set).findByTestId('set-move-error')).toHaveTextContent('Group 2 is locked');
    expect(b.callsOf('move_student')).toHaveLength(1);
  });

  it('shows the backend refusing a move, and nothing moves', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    renderPage(b);
    const set = await saveTwo(user);
    const before = within(set).getAllByTestId('group-card').map(names);
    b.failNext('move_student', { code: 'invalid', message: 'Group 2 is locked.' });
    const member = within(within(set).getAllByTestId('group-card')[0]!).getAllByTestId('group-member')[0]!;
    member.focus();
    await user.keyboard('2');
    expect(await within(set).findByTestId('set-move-error')).toHaveTextContent('Group 2 is locked.');
    expect(within(set).getAllByTestId('group-card').map(names)).toEqual(before);
  });

  it('moves a student by drag and drop', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    renderPage(b);
    const set = await saveTwo(user);
    const cards = within(set).getAllByTestId('group-card');
    const member = within(cards[1]!).getAllByTestId('group-member')[0]!;
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (k: string, v: string) => data.set(k, v),
      getData: (k: string) => data.get(k) ?? '',
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    await fireEvent.dragStart(member, { dataTransfer });
    await fireEvent.dragOver(cards[0]!, { dataTransfer });
    expect(cards[0]!.className, 'the drop target is highlighted').toMatch(/drop-target/);
    await fireEvent.drop(cards[0]!, { dataTransfer });
    await waitFor(() =>
      expect(b.callsOf('move_student')[0]).toEqual({
        setId: b.sets[0]!.id,
        studentId: member.dataset.studentId,
        groupId: b.sets[0]!.groups[0]!.id,
      }),
    );
  });

  it('renames a group and marks it teacher-led', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    renderPage(b);
    const set = await saveTwo(user);
    const card = within(set).getAllByTestId('group-card')[1]!;
    const input = within(card).getByTestId('group-name-input');
    await user.clear(input);
    await user.type(input, 'Blue');
    await user.click(within(card).getByTestId('group-rename'));
    await waitFor(() => expect(within(set).getAllByTestId('group-name')[1]).toHaveTextContent('Blue'));
    expect(b.callsOf('update_group')[0]).toEqual({
      groupId: b.sets[0]!.groups[1]!.id,
      update: { name: 'Blue', focus: b.sets[0]!.groups[1]!.focus, locked: false, teacherLed: false },
    });
    await user.click(within(within(set).getAllByTestId('group-card')[1]!).getByTestId('group-teacher-led'));
    await waitFor(() => expect(b.callsOf('update_group')[1]!.update).toMatchObject({ teacherLed: true, name: 'Blue' }));
  });

  it('suggests again keeping the locked groups', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    renderPage(b);
    const set = await saveTwo(user);
    await user.click(within(within(set).getAllByTestId('group-card')[0]!).getByTestId('group-lock'));
    await waitFor(() => expect(b.sets[0]!.groups[0]!.locked).toBe(true));
    await user.click(screen.getByTestId('groups-resuggest'));
    await screen.findByTestId('groups-proposal');
    const req = b.callsOf('suggest_groups').at(-1)!.request as { keep: unknown[] };
    const g = b.sets[0]!.groups[0]!;
    expect(req.keep).toEqual([{ name: g.name, studentIds: g.members.map((m) => m.studentId), teacherLed: g.teacherLed }]);
    expect(within(cardsIn('groups-proposal')[0]!).getByTestId('group-locked-badge')).toBeVisible();
  });

  it('deletes the set with an undo', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    renderPage(b);
    const set = await saveTwo(user);
    const id = set.dataset.setId!;
    await user.click(screen.getByTestId('group-set-delete'));
    expect(await screen.findByTestId('toast')).toHaveTextContent('Deleted');
    expect(screen.queryByTestId('group-set')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryAllByTestId('group-set-item')).toHaveLength(0));
    await user.click(screen.getByTestId('toast-action'));
    await waitFor(() => expect(b.callsOf('restore_group_set')).toEqual([{ id }]));
    expect(await screen.findByTestId('group-set')).toHaveAttribute('data-set-id', id);
    expect(await screen.findAllByTestId('group-set-item')).toHaveLength(1);
  });

  it('reopens a set from the history', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    renderPage(b);
    await saveTwo(user);
    await user.click(screen.getByTestId('group-set-delete'));
    await screen.findByTestId('toast');
    await user.click(screen.getByTestId('toast-action'));
    await screen.findByTestId('group-set');
    await user.click(screen.getAllByTestId('group-set-item')[0]!);
    await waitFor(() => expect(screen.getByTestId('group-set-item')).toHaveAttribute('aria-current', 'true'));
  });
});

describe('stations', () => {
  it('offers the classic four when there are none', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    renderPage(b);
    await user.click(await screen.findByTestId('groups-tab-stations'));
    await user.click(screen.getByTestId('stations-add-classic'));
    await waitFor(() => expect(screen.getAllByTestId('station-item')).toHaveLength(4));
    expect(b.callsOf('create_station').map((c) => (c.input as { name: string }).name)).toEqual([
      'Teacher-led',
      'Collaborative',
      'Independent',
      'Online',
    ]);
    expect(screen.getAllByTestId('station-item')[0]).toHaveTextContent('up to 6');
    expect(screen.getAllByTestId('station-item')[1]).toHaveTextContent('no limit');
  });

  it('adds, edits, archives and unarchives a station, with errors by field', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    renderPage(b);
    await user.click(await screen.findByTestId('groups-tab-stations'));
    await user.click(screen.getByTestId('station-save'));
    expect(await screen.findByText('Give the station a name.')).toHaveAttribute('id', 'station-name-error');

    await user.type(screen.getByTestId('station-name'), 'Fraction games');
    await user.selectOptions(screen.getByTestId('station-kind'), 'collaborative');
    await user.type(screen.getByTestId('station-capacity'), '5');
    await user.type(screen.getByTestId('station-materials'), 'Dice');
    b.failNext('create_station', { code: 'invalid', message: 'Capacity is too big.', field: 'capacity' });
    await user.click(screen.getByTestId('station-save'));
    expect(await screen.findByText('Capacity is too big.')).toHaveAttribute('id', 'station-capacity-error');
    await user.click(screen.getByTestId('station-save'));
    await waitFor(() => expect(screen.getAllByTestId('station-item')).toHaveLength(1));
    expect(b.callsOf('create_station').at(-1)!.input).toEqual({
      name: 'Fraction games',
      kind: 'collaborative',
      capacity: 5,
      materials: 'Dice',
      instructions: '',
    });
    expect(screen.getByTestId('station-item')).toHaveTextContent('Collaborative');

    await user.click(screen.getByTestId('station-edit'));
    const cap = screen.getByTestId('station-capacity');
    await user.clear(cap);
    await user.click(screen.getByTestId('station-save'));
    await waitFor(() => expect(screen.getByTestId('station-item')).toHaveTextContent('no limit'));
    expect(b.callsOf('update_station')[0]!.input).toMatchObject({ capacity: null });

    await user.click(screen.getByTestId('station-archive'));
    await waitFor(() => expect(screen.queryAllByTestId('station-item')).toHaveLength(0));
    await user.click(screen.getByTestId('stations-show-archived'));
    await user.click(await screen.findByTestId('station-unarchive'));
    await waitFor(() => expect(b.stations[0]!.archived).toBe(false));
  });
});

describe('rotation', () => {
  async function buildOne(user: ReturnType<typeof userEvent.setup>, b: ClassroomFake) {
    b.stations.push(stationOf('Teacher table', 'teacher_led', 3), stationOf('Laptops', 'online'));
    renderPage(b);
    await saveTwo(user);
    await user.click(screen.getByTestId('groups-tab-rotation'));
    await user.click(await screen.findByTestId('rotation-build'));
    return screen.findByTestId('rotation-grid');
  }

  it('says where to go when there are no groups or stations', async () => {
    const user = userEvent.setup();
    renderPage(sampleClass());
    await user.click(await screen.findByTestId('groups-tab-rotation'));
    expect(screen.getByTestId('rotation-no-sets')).toBeVisible();
    await user.click(screen.getByTestId('rotation-copy-last'));
    expect(await screen.findByTestId('rotation-message')).toHaveTextContent('No earlier rotation to copy');
  });

  it('builds from the newest set and the stations in order, then shows the grid', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    b.stations.push(stationOf('Teacher table', 'teacher_led', 3), stationOf('Laptops', 'online'));
    renderPage(b);
    await saveTwo(user);
    await user.click(screen.getByTestId('groups-tab-rotation'));
    await user.click(screen.getAllByTestId('rotation-station-down')[0]!);
    const block = screen.getByTestId('rotation-block');
    await user.clear(block);
    await user.type(block, '20');
    await user.click(screen.getByTestId('rotation-build'));
    const grid = await screen.findByTestId('rotation-grid');
    expect(b.callsOf('build_rotation')[0]!.input).toMatchObject({
      groupSetId: b.sets[0]!.id,
      stationIds: [b.stations[1]!.id, b.stations[0]!.id],
      blockMinutes: 20,
      transitionMinutes: 2,
    });
    expect(grid.dataset.planId).toBe(b.rotations[0]!.id);
    const cells = within(grid).getAllByTestId('rotation-cell');
    expect(cells).toHaveLength(4);
    expect(cells[0]).toHaveAttribute('data-round', '0');
    expect(cells[0]).toHaveAttribute('data-group-id', b.sets[0]!.groups[0]!.id);
    expect(cells[0]).toHaveTextContent('Laptops');
    expect(screen.getByTestId('rotation-rule')).toHaveTextContent('one station to the right');
    expect(await screen.findAllByTestId('rotation-item')).toHaveLength(1);
  });

  it('changes a cell, and reverts it when the backend refuses', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    const grid = await buildOne(user, b);
    const planId = grid.dataset.planId!;
    const selects = within(grid).getAllByTestId<HTMLSelectElement>('rotation-cell-select');
    await user.selectOptions(selects[0]!, '');
    await waitFor(() =>
      expect(b.callsOf('set_rotation_cell')[0]).toEqual({ planId, round: 0, groupId: b.sets[0]!.groups[0]!.id, stationId: null }),
    );
    await waitFor(() => expect(within(grid).getAllByTestId('rotation-cell')[0]).toHaveTextContent('No station'));

    const laptop = b.stations[1]!.id;
    const second = within(grid).getAllByTestId<HTMLSelectElement>('rotation-cell-select')[1]!;
    const before = second.value;
    b.failNext('set_rotation_cell', { code: 'invalid', message: 'Laptops holds up to 2 students.' });
    await user.selectOptions(second, laptop === before ? b.stations[0]!.id : laptop);
    expect(await screen.findByTestId('rotation-cell-error')).toHaveTextContent('Laptops holds up to 2 students.');
    expect(second.value, 'the cell goes back').toBe(before);
  });

  it('saves the timing, opens the projector and prints both sheets', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    b.playlists = [
      {
        title: 'Ratio choices',
        kind: 'choice_board',
        pickCount: 2,
        activities: [{ title: 'Recipe ratios', modality: 'hands_on', minutes: 10 }],
      },
    ];
    const grid = await buildOne(user, b);
    const planId = grid.dataset.planId!;
    const block = within(grid).getByTestId('rotation-block');
    await user.clear(block);
    await user.type(block, '0');
    await user.click(screen.getByTestId('rotation-timing-save'));
    expect(await screen.findByText(/minutes per round, 1 to/)).toHaveAttribute('id', 'rotation-plan-block-error');
    await user.clear(block);
    await user.type(block, '12');
    await user.click(screen.getByTestId('rotation-timing-save'));
    await waitFor(() => expect(b.callsOf('update_rotation_timing')).toEqual([{ planId, blockMinutes: 12, transitionMinutes: 2 }]));
    await waitFor(() => expect(screen.getByTestId('rotation-timing')).toHaveTextContent('12 min rounds'));

    await user.click(screen.getByTestId('open-projector'));
    await waitFor(() => expect(b.projectorOpened).toBe(1));
    expect(b.callsOf('control_clock')).toEqual([{ action: { kind: 'load', planId } }]);

    const chart = screen.getByTestId('print-rotation-chart');
    expect(chart).toHaveTextContent('Group 1');
    expect(chart).toHaveTextContent('Ana R.');
    expect(chart).toHaveTextContent('Teacher table');
    const cards = await waitFor(() => {
      const c = screen.getAllByTestId('print-group-card');
      expect(c).toHaveLength(2);
      return c;
    });
    expect(cards[0]).toHaveTextContent('Round 1');
    expect(cards[0]).toHaveTextContent('Go to Teacher table.');
    expect(cards[0]).toHaveTextContent('Choice board · Pick 2');
    expect(cards[0]).toHaveTextContent('Recipe ratios · Hands-on · 10 min');

    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.selectOptions(screen.getByTestId('print-paper'), 'a4');
    await user.click(screen.getByTestId('print-rotation'));
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.getElementById('print-page-size')?.textContent).toBe('@page { size: A4 landscape; margin: 12mm }');
    expect(localStorage.getItem('waypoint.printPaper')).toBe('a4');
    await user.click(screen.getByTestId('print-cards'));
    expect(document.getElementById('print-page-size')?.textContent).toBe('@page { size: A4; margin: 12mm }');
    expect(document.querySelectorAll('#print-page-size')).toHaveLength(1);
  });

  it('copies the last rotation and reopens a past one; the preview passes axe', async () => {
    const user = userEvent.setup();
    const b = sampleClass();
    await buildOne(user, b);
    await user.click(screen.getByTestId('rotation-copy-last'));
    await waitFor(() => expect(screen.getAllByTestId('rotation-item')).toHaveLength(2));
    expect(screen.getByTestId('rotation-grid').dataset.planId).toBe(b.rotations[1]!.id);
    await user.click(screen.getAllByTestId('rotation-item')[1]!);
    await waitFor(() => expect(screen.getByTestId('rotation-grid').dataset.planId).toBe(b.rotations[0]!.id));
    await user.click(screen.getByTestId('print-preview'));
    expect(screen.getByTestId('print-preview')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('print-area').className).toMatch(/previewing/);
    expect(await violations()).toEqual([]);
  });
});

/** The backend's reason for a competency in progress, with its evidence count (which the class view leaves out). */
const workingOnIt = {
  id: 'reason-working-on-it-level',
  args: { basis: { id: 'reason-basis-mastered', args: { names: '6.RP.A.1' } }, count: 1, level: '2' },
};

describe('next steps', () => {
  it("lists per competency who is ready, in the backend's order, and each student's first step", async () => {
    const b = sampleClass();
    const [ana, ben, cai] = b.students as [typeof b.students[0], typeof b.students[0], typeof b.students[0]];
    b.nextSteps = {
      competencies: [
        {
          competencyId: 'comp-rp2',
          code: '6.RP.A.2',
          statement: 'Understand the concept of a unit rate.',
          students: [
            { studentId: ana.id, displayName: ana.displayName, state: 'working_on_it', level: 2 },
            { studentId: ben.id, displayName: ben.displayName, state: 'ready', level: null },
          ],
        },
        {
          competencyId: 'comp-rp1',
          code: '6.RP.A.1',
          statement: 'Use ratio language.',
          students: [{ studentId: cai.id, displayName: cai.displayName, state: 'ready', level: null }],
        },
      ],
      students: [
        { studentId: ana.id, displayName: ana.displayName, next: line('comp-rp2', '6.RP.A.2', 'working_on_it', '', { level: 2, reason: workingOnIt }) },
        { studentId: ben.id, displayName: ben.displayName, next: line('comp-rp2', '6.RP.A.2', 'ready', 'ready: 6.RP.A.1 mastered') },
        { studentId: cai.id, displayName: cai.displayName, next: null },
      ],
    };
    const user = userEvent.setup();
    renderPage(b);
    await user.click(await screen.findByTestId('groups-tab-next'));
    const cards = await screen.findAllByTestId('class-next-competency');
    expect(cards.map((c) => c.dataset.competencyId), "the backend's order").toEqual(['comp-rp2', 'comp-rp1']);
    expect(within(cards[0]!).getAllByTestId('class-next-student').map(text)).toEqual([
      `${ana.displayName} Working on it level 2`,
      `${ben.displayName} Ready`,
    ]);
    expect(screen.getAllByTestId('class-first-step').map(text), 'the short form of each reason').toEqual([
      `${ana.displayName} 6.RP.A.2 working on it: 6.RP.A.1 mastered`,
      `${ben.displayName} 6.RP.A.2 ready: 6.RP.A.1 mastered`,
      `${cai.displayName} Nothing ready yet`,
    ]);
    expect(b.callsOf('class_next_steps')).toEqual([{ classId: CLASS_ID }]);
    expect(await violations(), 'the next steps tab is axe-clean').toEqual([]);

    await user.click(screen.getByTestId('group-by-readiness'));
    const byReadiness = await screen.findByTestId('groups-by-readiness');
    expect(byReadiness, 'the Groups tab opens with its form set to group by readiness').toBeChecked();
    expect(document.activeElement, 'with focus on Suggest').toBe(screen.getByTestId('groups-suggest'));
    await user.click(screen.getByTestId('groups-suggest'));
    const shown = await screen.findByTestId('groups-proposal');
    expect(shown, 'each group is named for the step its students are ready for').toHaveTextContent('Ready for 6.RP.A.2');
    const sent = b.callsOf('suggest_groups').at(-1) as { request: { byReadiness: boolean; competencyIds: string[] } };
    expect(sent.request.byReadiness, 'the request asks for readiness groups').toBe(true);
    expect(sent.request.competencyIds, 'with no competencies ticked, and none needed').toEqual([]);
  });

  it('says so when nobody is ready for anything', async () => {
    const user = userEvent.setup();
    renderPage(sampleClass());
    await user.click(await screen.findByTestId('groups-tab-next'));
    expect(await screen.findByTestId('class-next-empty')).toHaveTextContent('Nobody is ready for a new competency right now.');
    expect(screen.getAllByTestId('class-first-step')).toHaveLength(6);
  });
});
