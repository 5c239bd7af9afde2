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
import EvidencePage from '../src/components/EvidencePage.svelte';
import { dismissToast, ui } from '../src/lib/ui.svelte';
import { setLanguage } from '../src/lib/i18n.svelte';
import { todayLocal } from '../src/lib/capture';
import { classOf, evidenceBackend, frameworkOf, standardSetup, studentOf, type EvidenceFake } from './fakes/evidence';

const mockInvoke = vi.mocked(invoke);

function use(b: EvidenceFake) {
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
}

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel);
const rows = () => screen.getAllByTestId('capture-row');

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
  document.title = 'Waypoint';
  // axe probes icon fonts with a canvas, which jsdom does not implement.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  mockInvoke.mockReset();
  ui.confirm?.resolve(false);
  dismissToast();
  document.body.replaceChildren();
});

/** Renders the page with Ratios remembered for the class, and waits until the first row has focus. */
async function openCapture(setup = standardSetup()) {
  use(setup.backend);
  localStorage.setItem(`waypoint.capture.competency.${setup.cls.id}`, setup.ratios.id);
  const user = userEvent.setup();
  render(EvidencePage, { props: { classView: setup.cls } });
  const first = (await screen.findAllByTestId('capture-row'))[0]!;
  await waitFor(() => expect(document.activeElement, 'the first student has focus, ready for a digit').toBe(first));
  // The current levels arrive after the rows.
  await waitFor(() => expect(setup.backend.callsOf('competency_summary').length).toBeGreaterThan(0));
  return { ...setup, user };
}

describe('empty states', () => {
  it('says the class has no framework and points to Frameworks (Alt+4)', async () => {
    const cls = classOf('Period 1');
    use(evidenceBackend({ students: [studentOf(cls.id, 'Ana', 'López')] }));
    render(EvidencePage, { props: { classView: cls } });
    const empty = await screen.findByTestId('evidence-no-framework');
    expect(empty).toHaveTextContent('This class has no competency framework yet');
    expect(empty, 'the teacher must learn where to go next').toHaveTextContent('Frameworks (Alt+4)');
    expect(empty).toHaveTextContent('import a CASE file');
    expect(screen.queryByTestId('capture-row')).toBeNull();
  });

  it('says when the class has no students', async () => {
    const s = standardSetup([]);
    use(s.backend);
    render(EvidencePage, { props: { classView: s.cls } });
    expect(await screen.findByTestId('evidence-no-students')).toHaveTextContent('no students');
  });

  it('shows a load failure with its message and can retry', async () => {
    const s = standardSetup();
    s.backend.failNext('class_frameworks', { code: 'storage', message: 'The data file is locked.' });
    use(s.backend);
    const user = userEvent.setup();
    render(EvidencePage, { props: { classView: s.cls } });
    expect(await screen.findByTestId('evidence-error')).toHaveTextContent('The data file is locked.');
    await user.click(screen.getByTestId('evidence-retry'));
    expect(await screen.findByTestId('capture-choose'), 'retrying loads the page').toBeInTheDocument();
    expect(screen.queryByTestId('evidence-error')).toBeNull();
  });
});

describe('in Spanish', () => {
  afterEach(() => setLanguage('en'));

  it('shows the empty state, with its bold page name and keycap, in Spanish', async () => {
    setLanguage('es');
    const cls = classOf('Period 1');
    use(evidenceBackend({ students: [studentOf(cls.id, 'Ana', 'López')] }));
    render(EvidencePage, { props: { classView: cls } });
    const empty = await screen.findByTestId('evidence-no-framework');
    expect(screen.getByRole('heading', { level: 1 }), 'the page title').toHaveTextContent('Evidencia');
    expect(empty).toHaveTextContent('Esta clase aún no tiene un marco de competencias');
    expect(empty, 'the slots sit inside the Spanish sentence').toHaveTextContent('Ve a Marcos de competencias (Alt+4) para importar');
    expect(empty.querySelector('strong'), 'the page name is still bold').toHaveTextContent('Marcos de competencias');
    expect(empty, 'the class name is data, kept as typed').toHaveTextContent('vincúlalo a Period 1.');
  });

  it('shows quick capture in Spanish', async () => {
    setLanguage('es');
    await openCapture();
    expect(screen.getByRole('tab', { name: 'Captura rápida' }), 'the mode tabs').toBeTruthy();
    expect(screen.getByTestId('capture-legend'), 'the keys line').toHaveTextContent('registrar');
    expect(screen.getByTestId('band-all'), 'the band filter').toHaveTextContent('Toda la clase');
  });
});

describe('quick capture', () => {
  it('groups competencies by strand and focuses the first row once one is chosen, remembering it', async () => {
    const s = standardSetup();
    use(s.backend);
    const user = userEvent.setup();
    render(EvidencePage, { props: { classView: s.cls } });
    const picker = await screen.findByLabelText<HTMLSelectElement>('Competency');
    expect(picker.id).toBe('capture-competency');
    const groups = Array.from(picker.querySelectorAll('optgroup')).map((g) => g.label);
    expect(groups).toEqual(['N — Number', 'G — Geometry']);
    expect(within(picker).getByRole('option', { name: 'N.2 — Percents' })).toBeInTheDocument();
    expect(screen.getByTestId('capture-choose'), 'without a choice the page says what to do').toBeInTheDocument();

    await user.selectOptions(picker, s.percents.id);
    const first = (await screen.findAllByTestId('capture-row'))[0]!;
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(localStorage.getItem(`waypoint.capture.competency.${s.cls.id}`)).toBe(s.percents.id);
    expect($<HTMLInputElement>('#capture-date')!.value, 'the date defaults to today').toBe(todayLocal());
    expect($<HTMLSelectElement>('#capture-kind')!.value).toBe('observation');
    expect(screen.getByTestId('capture-legend')).toHaveTextContent('0–4 record · . add ½ · Enter note · Ctrl+Z undo · ↑↓ move');
  });

  it('a digit records that level at once and moves to the next student', async () => {
    const { user, backend, students, ratios } = await openCapture();
    await user.keyboard('3');
    await waitFor(() => expect(document.activeElement, 'focus moves on to the next student').toBe(rows()[1]));
    expect(backend.callsOf('record_evidence')).toEqual([
      {
        input: {
          studentId: students[0]!.id,
          competencyId: ratios.id,
          level: 3,
          date: todayLocal(),
          kind: 'observation',
          note: '',
        },
      },
    ]);
    const row = rows()[0]!;
    expect(within(row).getByTestId('row-saved'), 'the row shows it was saved').toBeInTheDocument();
    expect(within(row).getAllByTestId('row-chip').map((c) => c.textContent?.trim())).toEqual(['3']);
    expect(screen.getByTestId('capture-live')).toHaveTextContent('Recorded 3 (Proficient) for Ana López');
    await waitFor(() => expect(within(row).getByTestId('row-level'), 'the level is refreshed').toHaveTextContent('3'));
    expect(within(row).getByTestId('row-level')).toHaveTextContent('Mastered');
  });

  it('uses the chosen date and kind, and keeps up with fast typing', async () => {
    const { user, backend, students } = await openCapture();
    const kind = $<HTMLSelectElement>('#capture-kind')!;
    await user.selectOptions(kind, 'exit_ticket');
    const date = $<HTMLInputElement>('#capture-date')!;
    await user.clear(date);
    await user.type(date, '2025-03-04');
    rows()[0]!.focus();
    await user.keyboard('321');
    await waitFor(() => expect(backend.callsOf('record_evidence')).toHaveLength(3));
    const inputs = backend.callsOf('record_evidence').map((a) => a.input as { studentId: string; level: number; date: string; kind: string });
    expect(inputs.map((i) => [i.studentId, i.level]), 'each digit lands on the next student').toEqual([
      [students[0]!.id, 3],
      [students[1]!.id, 2],
      [students[2]!.id, 1],
    ]);
    expect(inputs.every((i) => i.date === '2025-03-04' && i.kind === 'exit_ticket')).toBe(true);
    await waitFor(() => expect(document.activeElement, 'the last row keeps focus').toBe(rows()[2]));
    expect(screen.getByTestId('capture-live')).toHaveTextContent('That was the last student');
  });

  it('a digit that is not on the scale records nothing and says why', async () => {
    const { user, backend } = await openCapture();
    await user.keyboard('5');
    expect(await screen.findByTestId('capture-message')).toHaveTextContent('5 is not on this scale (0–4)');
    expect(backend.callsOf('record_evidence'), 'nothing is recorded').toHaveLength(0);
    expect(document.activeElement, 'focus stays on the same student').toBe(rows()[0]);
  });

  it('"." adds a half to the last entry', async () => {
    const { user, backend } = await openCapture();
    await user.keyboard('2');
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    await user.keyboard('.');
    await waitFor(() => expect(backend.callsOf('update_evidence')).toHaveLength(1));
    const recorded = backend.evidence[0]!;
    const call = backend.callsOf('update_evidence')[0]!;
    expect(call.id, 'the entry just typed is the one changed').toBe(recorded.id);
    expect((call.input as { level: number }).level).toBe(2.5);
    await waitFor(() =>
      expect(within(rows()[0]!).getAllByTestId('row-chip').map((c) => c.textContent?.trim())).toEqual(['2.5']),
    );
    expect(screen.getByTestId('capture-live')).toHaveTextContent('Changed to 2.5 (Developing+) for Ana López');
    expect(document.activeElement, '"." does not move focus').toBe(rows()[1]);

    // 4.5 is beyond the scale: nothing changes.
    await user.keyboard('4');
    await waitFor(() => expect(document.activeElement).toBe(rows()[2]));
    await user.keyboard('.');
    expect(await screen.findByTestId('capture-message')).toHaveTextContent('4.5 is not on this scale (0–4)');
    expect(backend.callsOf('update_evidence'), 'no update for an off-scale half').toHaveLength(1);
  });

  it('Enter opens a note for the latest entry and saves it; Escape cancels', async () => {
    const { user, backend } = await openCapture();
    await user.keyboard('3');
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    // Ben has no entry yet, so Enter notes Ana's 3.
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Note for Ana López');
    const note = within(dialog).getByLabelText<HTMLTextAreaElement>('Note');
    expect(document.activeElement, 'the note box has focus').toBe(note);
    await user.keyboard('Used a ratio table{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const call = backend.callsOf('update_evidence')[0]!;
    expect(call.id).toBe(backend.evidence[0]!.id);
    expect(call.input, 'the note is saved with the rest unchanged').toMatchObject({ level: 3, note: 'Used a ratio table' });
    expect(document.activeElement, 'focus is back on the row').toBe(rows()[1]);
    expect(within(rows()[0]!).getByTestId('row-chip')).toHaveTextContent('with note: Used a ratio table');

    await user.keyboard('{Enter}');
    await screen.findByRole('dialog');
    await user.keyboard('Oops{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.callsOf('update_evidence'), 'Escape saves nothing').toHaveLength(1);
    expect(document.activeElement).toBe(rows()[1]);
  });

  it('a failed note save keeps the dialog open with the message', async () => {
    const { user, backend } = await openCapture();
    await user.keyboard('3');
    await waitFor(() => expect(backend.evidence).toHaveLength(1));
    backend.failNext('update_evidence', { code: 'invalid', message: 'Notes can be at most 2000 characters.', field: 'note' });
    await user.keyboard('{Enter}');
    await screen.findByRole('dialog');
    await user.keyboard('x{Enter}');
    expect(await screen.findByText('Notes can be at most 2000 characters.')).toBeInTheDocument();
    expect(screen.getByRole('dialog'), 'the typed note is not lost').toBeInTheDocument();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Note').value).toBe('x');
  });

  it('Ctrl+Z undoes the last entry, then the one before', async () => {
    const { user, backend } = await openCapture();
    await user.keyboard('3');
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    await user.keyboard('2');
    await waitFor(() => expect(document.activeElement).toBe(rows()[2]));
    const [ana, ben] = backend.evidence.map((e) => e.id);

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(backend.callsOf('delete_evidence')).toEqual([{ id: ben }]));
    await waitFor(() => expect(document.activeElement, "focus goes to Ben's row").toBe(rows()[1]));
    expect(within(rows()[1]!).queryAllByTestId('row-chip'), 'the entry leaves the row').toHaveLength(0);
    expect(ui.toast?.message).toBe('Removed 2 for Ben Okafor.');

    await user.keyboard('{Meta>}z{/Meta}');
    await waitFor(() => expect(backend.callsOf('delete_evidence')).toEqual([{ id: ben }, { id: ana }]));
    await waitFor(() => expect(document.activeElement).toBe(rows()[0]));
    expect(ui.toast?.message).toBe('Removed 3 for Ana López.');
    expect(backend.evidence).toHaveLength(0);

    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByTestId('capture-message')).toHaveTextContent('Nothing to undo');
  });

  it('a rejected record shows the message on the row, keeps focus there and records nothing locally', async () => {
    const { user, backend } = await openCapture();
    backend.failNext('record_evidence', { code: 'storage', message: 'The data file could not be written.' });
    await user.keyboard('3');
    const row = rows()[0]!;
    const alert = await within(row).findByTestId('row-error');
    expect(alert).toHaveTextContent('The data file could not be written.');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(document.activeElement, 'focus stays on the failed student').toBe(row);
    expect(within(row).queryAllByTestId('row-chip'), 'nothing is shown as saved').toHaveLength(0);
    expect(within(row).queryByTestId('row-saved')).toBeNull();

    // Trying again works and clears the error.
    await user.keyboard('3');
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    expect(within(row).queryByTestId('row-error')).toBeNull();
    expect(backend.evidence).toHaveLength(1);
  });

  it('arrows move between students and Escape goes to the competency picker', async () => {
    const { user } = await openCapture();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toBe(rows()[2]));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    expect(rows().map((r) => r.tabIndex), 'one tab stop for the whole list').toEqual([-1, 0, -1]);
    await user.keyboard('a');
    await waitFor(() => expect(document.activeElement, 'a letter jumps to a name').toBe(rows()[0]));
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe($('#capture-competency'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement, 'Enter on the picker returns to the list').toBe(rows()[0]));
  });

  it('filters by name and by band', async () => {
    const s = standardSetup();
    s.backend.evidence.push({
      id: 'ev-old',
      studentId: s.students[0]!.id,
      competencyId: s.ratios.id,
      level: 1,
      date: '2025-01-01',
      kind: 'quiz',
      note: '',
    });
    const { user } = await openCapture(s);
    await waitFor(() => expect(within(rows()[0]!).getByTestId('row-level')).toHaveTextContent('Beginning'));

    await user.click(within(screen.getByTestId('band-none')).getByRole('radio'));
    expect(rows().map((r) => r.textContent)).toEqual([
      expect.stringContaining('Ben Okafor'),
      expect.stringContaining('Cara Nguyen'),
    ]);
    await user.click(within(screen.getByTestId('band-reteach')).getByRole('radio'));
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('Ana López');

    await user.click(within(screen.getByTestId('band-all')).getByRole('radio'));
    await user.type($<HTMLInputElement>('#capture-filter')!, 'ngu');
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('Cara Nguyen');
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement, 'Down from the filter goes to the list').toBe(rows()[0]));
  });

  it('a student stays in a band filter after a new level, so the next digit goes to the next student', async () => {
    const s = standardSetup();
    const { user, backend } = await openCapture(s);
    await user.click(within(screen.getByTestId('band-none')).getByRole('radio'));
    rows()[0]!.focus();
    await user.keyboard('4');
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    await waitFor(() => expect(backend.callsOf('competency_summary').length).toBeGreaterThan(1));
    expect(rows(), 'the list does not reshuffle under the teacher').toHaveLength(3);
  });
});

describe('assessment grid', () => {
  async function openGrid() {
    const s = standardSetup();
    use(s.backend);
    localStorage.setItem(`waypoint.capture.competency.${s.cls.id}`, s.ratios.id);
    const user = userEvent.setup();
    render(EvidencePage, { props: { classView: s.cls } });
    await user.click(await screen.findByTestId('mode-grid'));
    // Ratios is pre-ticked (the remembered competency); add Percents.
    const boxes = screen.getAllByTestId<HTMLInputElement>('bulk-competency');
    expect(boxes.filter((b) => b.checked).map((b) => b.value)).toEqual([s.ratios.id]);
    await user.click(boxes.find((b) => b.value === s.percents.id)!);
    const cells = () => screen.getAllByTestId<HTMLInputElement>('bulk-cell');
    const cell = (r: number, c: number) => cells().find((x) => x.dataset.row === String(r) && x.dataset.col === String(c))!;
    return { ...s, user, cells, cell };
  }

  it('builds a students × competencies table with labelled cells and defaults', async () => {
    const { cells, cell } = await openGrid();
    expect(cells(), '3 students × 2 competencies').toHaveLength(6);
    expect(cell(0, 1)).toHaveAccessibleName('Ana López — N.2');
    expect(cell(0, 0)).toHaveAttribute('inputmode', 'decimal');
    expect($<HTMLSelectElement>('#bulk-kind')!.value, 'the grid defaults to Quiz').toBe('quiz');
    expect($<HTMLInputElement>('#bulk-date')!.value).toBe(todayLocal());
  });

  it('arrow keys and Enter move between cells', async () => {
    const { user, cell } = await openGrid();
    cell(0, 0).focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toBe(cell(1, 0)));
    await user.keyboard('3{ArrowRight}');
    await waitFor(() => expect(document.activeElement, 'Right at the end of the text moves right').toBe(cell(1, 1)));
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(document.activeElement, 'Left in an empty cell moves left').toBe(cell(1, 0)));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement, 'Left inside the text moves the caret, not the cell').toBe(cell(1, 0));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement, 'Enter moves down').toBe(cell(2, 0)));
    await user.keyboard('{ArrowUp}{ArrowUp}');
    await waitFor(() => expect(document.activeElement).toBe(cell(0, 0)));
  });

  it('an invalid cell blocks only itself; saving records the filled, valid cells', async () => {
    const { user, cell, backend, students, ratios, percents } = await openGrid();
    await user.type(cell(0, 0), '3');
    await user.type(cell(1, 0), '5');
    await user.type(cell(2, 1), '2.5');
    expect(cell(1, 0)).toHaveAttribute('aria-invalid', 'true');
    expect(cell(0, 0)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByTestId('bulk-problems')).toHaveTextContent('Ben Okafor — N.1: 5 is not on this scale (0–4)');
    expect(cell(1, 0)).toHaveAccessibleDescription(expect.stringContaining('5 is not on this scale'));
    const save = screen.getByTestId('bulk-save');
    expect(save).toHaveTextContent('Save 2 entries');

    await user.click(save);
    await waitFor(() => expect(backend.callsOf('record_evidence')).toHaveLength(2));
    expect(backend.callsOf('record_evidence').map((c) => c.input)).toEqual([
      { studentId: students[0]!.id, competencyId: ratios.id, level: 3, date: todayLocal(), kind: 'quiz', note: '' },
      { studentId: students[2]!.id, competencyId: percents.id, level: 2.5, date: todayLocal(), kind: 'quiz', note: '' },
    ]);
    await waitFor(() => expect(cell(0, 0).value, 'saved cells are cleared').toBe(''));
    expect(cell(2, 1).value).toBe('');
    expect(cell(1, 0).value, 'the invalid cell keeps what was typed').toBe('5');
    expect(screen.getByTestId('bulk-result')).toHaveTextContent('Saved 2 entries.');
    expect(screen.getByTestId('bulk-result')).toHaveTextContent('1 cell was not saved');
    expect(ui.toast?.message).toBe('Saved 2 entries.');
  });

  it('reports a partial failure and keeps the failed cell with its message', async () => {
    const { user, cell, backend } = await openGrid();
    await user.type(cell(0, 0), '3');
    await user.type(cell(1, 0), '2');
    await user.type(cell(2, 0), '4');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    mockInvoke.mockImplementation(async (cmd: string, args?: unknown) => {
      if (cmd === 'record_evidence' && backend.callsOf('record_evidence').length === 1) await gate;
      return backend.handle(cmd, args as Record<string, unknown>) as never;
    });
    backend.failNext('record_evidence', { code: 'invalid', message: 'Ana López is archived.' });
    await user.click(screen.getByTestId('bulk-save'));
    expect(await screen.findByTestId('bulk-status'), 'progress is shown while saving').toHaveTextContent('Saving 2 of 3');
    release();
    await waitFor(() => expect(screen.getByTestId('bulk-result')).toHaveTextContent('Saved 2 of 3; 1 needs attention'));
    expect(cell(0, 0).value, 'the failed cell keeps its level').toBe('3');
    expect(cell(0, 0)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('bulk-problems')).toHaveTextContent('Ana López — N.1: Ana López is archived.');
    expect(cell(1, 0).value).toBe('');
    expect(cell(2, 0).value).toBe('');
    expect(backend.evidence).toHaveLength(2);
  });

  it('asks before leaving the grid with unsaved cells', async () => {
    const { user, cell } = await openGrid();
    await user.type(cell(0, 0), '3');
    expect(screen.getByTestId('grid-unsaved-count')).toHaveTextContent('1 unsaved');
    await user.click(screen.getByTestId('mode-quick'));
    await waitFor(() => expect(ui.confirm, 'leaving asks first').not.toBeNull());
    ui.confirm!.resolve(false);
    await waitFor(() => expect(screen.getByTestId('mode-grid')).toHaveAttribute('aria-selected', 'true'));
    expect(cell(0, 0).value, 'Keep editing keeps the cell').toBe('3');

    await user.click(screen.getByTestId('mode-quick'));
    await waitFor(() => expect(ui.confirm).not.toBeNull());
    ui.confirm!.resolve(true);
    await waitFor(() => expect(screen.getByTestId('mode-quick')).toHaveAttribute('aria-selected', 'true'));
    expect(cell(0, 0).value, 'Discard clears the grid').toBe('');
  });

  it('Undo after a save removes the entries and puts the levels back', async () => {
    const { user, cell, backend } = await openGrid();
    await user.type(cell(0, 0), '3');
    await user.click(screen.getByTestId('bulk-save'));
    await waitFor(() => expect(backend.evidence).toHaveLength(1));
    await ui.toast!.action!();
    expect(backend.evidence, 'Undo deletes what was saved').toHaveLength(0);
    await waitFor(() => expect(cell(0, 0).value).toBe('3'));
  });
});

describe('accessibility (axe-core)', () => {
  function mountInMain(classView: ReturnType<typeof classOf>) {
    const main = document.createElement('main');
    document.body.appendChild(main);
    return render(EvidencePage, { props: { classView }, target: main });
  }

  it('quick capture with entries, a note, an error and a message has no violations', async () => {
    const s = standardSetup();
    use(s.backend);
    localStorage.setItem(`waypoint.capture.competency.${s.cls.id}`, s.ratios.id);
    const user = userEvent.setup();
    mountInMain(s.cls);
    const first = (await screen.findAllByTestId('capture-row'))[0]!;
    await waitFor(() => expect(document.activeElement).toBe(first));
    await user.keyboard('3');
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    s.backend.failNext('record_evidence', { code: 'storage', message: 'Could not write.' });
    await user.keyboard('2');
    await within(rows()[1]!).findByTestId('row-error');
    await user.keyboard('9');
    await screen.findByText(/9 is not on this scale/);
    expect(await violations(), 'every axe violation is a barrier for someone').toEqual([]);
    await user.keyboard('{ArrowUp}{Enter}');
    await screen.findByRole('dialog');
    expect(await violations(), 'the note dialog').toEqual([]);
  });

  it('the assessment grid with a problem has no violations', async () => {
    const s = standardSetup();
    use(s.backend);
    const user = userEvent.setup();
    mountInMain(s.cls);
    await user.click(await screen.findByTestId('mode-grid'));
    await user.click(screen.getAllByTestId('bulk-competency')[0]!);
    await user.type(screen.getAllByTestId('bulk-cell')[0]!, '7');
    await screen.findByTestId('bulk-problems');
    expect(await violations()).toEqual([]);
  });

  it('the empty state has no violations', async () => {
    const cls = classOf('Period 1');
    use(evidenceBackend({ frameworks: [frameworkOf('Unattached')] }));
    mountInMain(cls);
    await screen.findByTestId('evidence-no-framework');
    expect(await violations()).toEqual([]);
  });
});
