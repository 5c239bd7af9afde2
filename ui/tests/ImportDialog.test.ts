// The import wizard, step by step, against the in-memory imports fake: a bad file, the column
// map, the teacher and section choice, the preview with its changes, missing students and
// problems, apply with progress, the result and undo; then the app's ways in (first run,
// Students page, a dropped file) and an axe audit of each step.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
  Channel: class {
    onmessage: (m: unknown) => void = () => {};
  },
}));
import ImportDialog from '../src/components/imports/ImportDialog.svelte';
import App from '../src/App.svelte';
import { ui } from '../src/lib/ui.svelte';
import { setLanguage } from '../src/lib/i18n.svelte';
import { classView, fakeBackend, student, type FakeBackend } from './fakeBackend';
import { BAD_MESSAGE, BAD_PATH, ONEROSTER_PATH, SPREADSHEET_PATH } from './fakes/imports';
import { answerConfirm, mainElement, resetEachTest, serve } from './pageSetup';
import { violations } from './axeViolations';

resetEachTest();

function setup(b: FakeBackend = fakeBackend(), initialPath: string | null = null) {
  serve(b);
  const props = {
    kind: 'roster' as const,
    initialPath,
    onImported: vi.fn(),
    onOpenClass: vi.fn(),
    onUndone: vi.fn(),
    onClose: vi.fn(),
  };
  render(ImportDialog, { target: mainElement(), props });
  return { b, props, user: userEvent.setup() };
}

const callsOf = (b: FakeBackend, cmd: string) => b.calls.filter((c) => c.cmd === cmd);

async function openPath(user: ReturnType<typeof userEvent.setup>, path: string) {
  await user.type(screen.getByTestId('import-path'), path);
  await user.click(screen.getByTestId('import-open'));
}

/** Opens the OneRoster file, picks Maya Ortiz and both her sections, and previews. */
async function toPreview(user: ReturnType<typeof userEvent.setup>) {
  await openPath(user, ONEROSTER_PATH);
  await user.click(await screen.findByRole('radio', { name: /Maya Ortiz/ }));
  await user.click(screen.getByTestId('import-select-all'));
  await user.click(screen.getByTestId('import-sections-continue'));
  return screen.findByTestId('import-preview');
}

describe('choose', () => {
  it('keeps a bad file on the first step with its sentence, and reads nothing further', async () => {
    const { b, user } = setup();
    expect(screen.getByTestId('import-path'), 'the path field takes focus first').toHaveFocus();
    expect(screen.getByTestId('import-formats'), 'the formats and the size limit are stated').toHaveTextContent('20 MB');
    await openPath(user, BAD_PATH);
    expect(await screen.findByTestId('import-error'), 'the backend’s one sentence is shown').toHaveTextContent(BAD_MESSAGE);
    expect(screen.getByTestId('import-path'), 'the teacher stays on the choose step to pick another file').toHaveValue(BAD_PATH);
    expect(callsOf(b, 'preview_roster_import'), 'nothing past the inspection ran').toHaveLength(0);
    expect(b.classes, 'nothing changed').toHaveLength(0);
  });

  it('opens what the native picker chose', async () => {
    const { b, user } = setup();
    await user.click(screen.getByTestId('import-choose-file'));
    await screen.findByTestId('import-teachers');
    expect(callsOf(b, 'inspect_roster_import')[0]?.args, 'the chosen path is read').toMatchObject({ path: ONEROSTER_PATH });
  });

  it('reads a dropped file at once, and Escape cancels', async () => {
    const { props, user } = setup(fakeBackend(), ONEROSTER_PATH);
    expect(await screen.findByTestId('import-teachers'), 'a dropped file skips the choose step').toBeInTheDocument();
    await waitFor(() => expect(document.getElementById('import-step-title'), 'the new step’s heading takes focus').toHaveFocus());
    await user.keyboard('{Escape}');
    expect(props.onClose, 'Escape before applying cancels, with nothing applied').toHaveBeenCalledWith(null);
  });
});

describe('map columns', () => {
  it('shows the headers, sample and what is still needed, then re-inspects with the map', async () => {
    const { b, user } = setup();
    await openPath(user, SPREADSHEET_PATH);
    const needs = await screen.findByTestId('import-needs-columns');
    expect(needs, 'what the map still lacks is said').toHaveTextContent('given names');
    expect(within(screen.getByTestId('import-sample')).getByText('Mia'), 'the sample rows are shown').toBeInTheDocument();
    const given = screen.getByLabelText<HTMLSelectElement>('Given name');
    expect([...given.options].map((o) => o.text), 'options are the headers and (none)').toEqual(['(none)', 'ID', 'First', 'Last', 'Homeroom', 'DOB']);
    expect(screen.getByLabelText<HTMLSelectElement>('Student ID').value, 'the map in use is shown').toBe('ID');

    await user.selectOptions(given, 'First');
    await user.click(screen.getByTestId('import-columns-continue'));
    expect(await screen.findByTestId('import-needs-columns'), 'an incomplete map keeps the step, with what is left').not.toHaveTextContent('given names');
    expect(screen.queryByTestId('import-sections'), 'no sections before the map is complete').not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Family name'), 'Last');
    await user.selectOptions(screen.getByLabelText('Class'), 'Homeroom');
    await user.click(screen.getByTestId('import-columns-continue'));
    const sections = await screen.findByTestId('import-sections');
    expect(within(sections).queryByText('Which teacher are you?'), 'a file with no teachers skips that question').not.toBeInTheDocument();
    expect(within(sections).getByText('Homeroom 6A'), 'its sections are offered').toBeInTheDocument();
    const last = callsOf(b, 'inspect_roster_import').at(-1)!.args;
    expect(last.columns, 'the map is sent').toMatchObject({ givenName: 'First', familyName: 'Last', sectionName: 'Homeroom', studentId: 'ID' });
  });
});

describe('choose classes', () => {
  it('lists teachers with their section counts, then only her sections', async () => {
    const b = fakeBackend({ classes: [classView('Math 6 - Period 2')] });
    const { user } = setup(b);
    await openPath(user, ONEROSTER_PATH);
    const teachers = await screen.findByTestId('import-teachers');
    expect(teachers, 'each teacher with how many sections').toHaveTextContent('Maya Ortiz');
    expect(teachers, 'section counts').toHaveTextContent('2 sections');
    expect(within(teachers).getByRole('radio', { name: /Skip — show all sections/ }), 'she may skip').toBeInTheDocument();
    expect(screen.getByTestId('import-sections-continue'), 'nothing chosen, nothing to preview').toBeDisabled();

    await user.click(within(teachers).getByRole('radio', { name: /Maya Ortiz/ }));
    const rows = screen.getAllByTestId('import-section');
    expect(rows.map((r) => r.textContent), 'only her two sections').toEqual([expect.stringContaining('Math 6 - Period 1'), expect.stringContaining('Math 6 - Period 2')]);
    expect(rows[0], 'count, subject, grade and school').toHaveTextContent('3 students · Math · Grade 6 · Lincoln Middle');
    expect(rows[1], 'an existing class is named').toHaveTextContent('Updates your class Math 6 - Period 2');

    await user.click(within(teachers).getByRole('radio', { name: /Skip/ }));
    expect(screen.getAllByTestId('import-section'), 'skipping shows every section').toHaveLength(3);
  });

  it('notes that a delta file lists only changes', async () => {
    const b = fakeBackend();
    b.imports.complete = false;
    const { user } = setup(b);
    await openPath(user, ONEROSTER_PATH);
    expect(await screen.findByTestId('import-delta-note'), 'the teacher knows missing students are not leaving').toHaveTextContent('only changes');
  });
});

describe('preview', () => {
  it('shows new, updated and missing students and the file’s problems', async () => {
    const c = classView('Math 6 - Period 1');
    const bo = { ...student(c.id, 'Bo', 'Park'), studentNumber: 'st-1', birthDate: '2014-02-01' };
    const ana = { ...student(c.id, 'Ana', 'Ruiz'), birthDate: '2014-03-09' };
    const gone = student(c.id, 'Zoe', 'Hart');
    const b = fakeBackend({ classes: [c], students: [bo, ana, gone] });
    const { user } = setup(b);
    const preview = await toPreview(user);
    expect(within(preview).getByTestId('import-summary'), 'the summary sentence').toHaveTextContent(
      '1 new class, 3 new students, 1 student updated, nothing else changes.',
    );
    expect(within(preview).getByTestId('import-change'), 'each change, before → after').toHaveTextContent('Given name: Bo → Bob');
    expect(within(preview).getByTestId('import-unchanged'), 'unchanged students are counted, collapsed').toHaveTextContent('1 student already up to date');
    const archive = within(preview).getByRole('checkbox', { name: /Archive Zoe Hart/ });
    expect(archive, 'a missing student is never archived unless ticked').not.toBeChecked();
    const problems = within(preview).getAllByTestId('import-problem');
    expect(problems[0], 'file, line and reason').toHaveTextContent('users.csv, line 14: Line 14 has no name, so it is left out.');
    expect(within(preview).getByTestId('import-skipped-note'), 'skipped rows are said to be left out').toHaveTextContent('1 row cannot be used');
    expect(within(preview).getByTestId('import-apply'), 'the teacher applies the rest').toHaveTextContent('Apply the rest');

    await user.click(archive);
    await waitFor(() => expect(screen.getByTestId('import-summary'), 'ticking re-previews').toHaveTextContent('1 student archived'));
    expect(callsOf(b, 'preview_roster_import').at(-1)!.args.choice, 'the tick is sent as the choice').toMatchObject({
      teacherId: 't-ortiz',
      archive: [gone.id],
    });
  });

  it('says when everything is already in Waypoint, and offers Close', async () => {
    const b = fakeBackend();
    const first = setup(b);
    await toPreview(first.user);
    await first.user.click(screen.getByTestId('import-apply'));
    await screen.findByTestId('import-result');
    document.querySelectorAll('main').forEach((m) => m.remove());

    const again = setup(b);
    await toPreview(again.user);
    expect(screen.getByTestId('import-summary'), 'a second run changes nothing').toHaveTextContent('Everything in this file is already in Waypoint');
    expect(screen.queryByTestId('import-apply'), 'nothing to apply').not.toBeInTheDocument();
    await again.user.click(screen.getByTestId('import-close'));
    expect(again.props.onClose, 'Close ends it').toHaveBeenCalledWith(null);
  });
});

describe('apply, result and undo', () => {
  it('shows progress, then the result; Undo takes it back', async () => {
    const b = fakeBackend();
    let release!: () => void;
    b.imports.gate = new Promise<void>((r) => (release = r));
    const { props, user } = setup(b);
    await toPreview(user);
    await user.click(screen.getByTestId('import-apply'));
    expect(await screen.findByTestId('import-progress-text'), 'done of total while it writes').toHaveTextContent('Writing students: 5 of 5');
    await user.keyboard('{Escape}');
    expect(props.onClose, 'Escape cannot interrupt an apply').not.toHaveBeenCalled();
    release();

    const result = await screen.findByTestId('import-result');
    expect(within(result).getByTestId('import-result-summary'), 'the counts').toHaveTextContent('Added 2 classes and 5 students.');
    expect(props.onImported, 'the app reloads its classes').toHaveBeenCalledOnce();
    expect(b.classes.map((c) => c.name), 'the classes exist').toEqual(['Math 6 - Period 1', 'Math 6 - Period 2']);
    expect(within(result).getByTestId('import-open-class'), 'the first class can be opened').toHaveTextContent('Open Math 6 - Period 1');

    await user.click(within(result).getByTestId('import-undo'));
    await waitFor(() => expect(props.onClose, 'the dialog closes after undo').toHaveBeenCalledWith(null));
    expect(ui.toast?.message, 'the teacher is told').toBe('Import undone.');
    expect(props.onUndone, 'the app reloads').toHaveBeenCalledOnce();
    expect(b.classes, 'the classes are gone').toHaveLength(0);
    expect(b.students, 'and their students').toHaveLength(0);
  });

  it('shows why an undo was refused, and keeps the import', async () => {
    const b = fakeBackend();
    const { props, user } = setup(b);
    await toPreview(user);
    await user.click(screen.getByTestId('import-apply'));
    await screen.findByTestId('import-result');
    b.imports.refuseUndo = 'Something was changed after this import, so it can no longer be undone.';
    await user.click(screen.getByTestId('import-undo'));
    expect(await screen.findByTestId('import-error'), 'the refusal’s sentence').toHaveTextContent('can no longer be undone');
    expect(props.onClose, 'the dialog stays').not.toHaveBeenCalled();
    expect(b.classes, 'nothing was undone').toHaveLength(2);
  });

  it('opens the first class', async () => {
    const { props, user } = setup();
    await toPreview(user);
    await user.click(screen.getByTestId('import-apply'));
    await user.click(await screen.findByTestId('import-open-class'));
    expect(props.onOpenClass, 'the first class of the choice').toHaveBeenCalledWith(expect.stringMatching(/^class-imported-/));
  });
});

describe('in the app', () => {
  function app(b: FakeBackend) {
    serve(b);
    render(App);
    return userEvent.setup();
  }

  it('imports from the first-run screen and selects the first class', async () => {
    const b = fakeBackend();
    const user = app(b);
    await user.click(await screen.findByTestId('import-roster'));
    await openPath(user, ONEROSTER_PATH);
    await user.click(await screen.findByRole('radio', { name: /Maya Ortiz/ }));
    await user.click(screen.getByRole('checkbox', { name: /Math 6 - Period 2/ }));
    await user.click(screen.getByTestId('import-sections-continue'));
    await user.click(await screen.findByTestId('import-apply'));
    await user.click(await screen.findByTestId('import-done'));
    const switcher = await screen.findByLabelText<HTMLSelectElement>('Class');
    await waitFor(() => expect(switcher.selectedOptions[0]?.text, 'the imported class is selected').toContain('Math 6 - Period 2'));
    expect(await screen.findAllByTestId('roster-item'), 'with its students').toHaveLength(2);
    expect(ui.toast?.actionLabel, 'the import can still be undone from the toast').toBe('Undo');

    await user.click(await screen.findByTestId('undo-last-import'));
    expect(await screen.findByTestId('empty-state'), 'undo from the Students page takes it all back').toBeInTheDocument();
  });

  it('asks before leaving unsaved edits for an import', async () => {
    const c = classView('Period 1');
    const b = fakeBackend({ classes: [c], students: [student(c.id, 'Ana', 'Ruiz')] });
    const user = app(b);
    await user.click((await screen.findAllByTestId('roster-item'))[0]!);
    await user.type(await screen.findByLabelText(/Given name/), 'x');
    await user.click(screen.getByTestId('students-import'));
    await answerConfirm(false);
    expect(screen.queryByTestId('import-path'), 'keeping the edits keeps the teacher where she was').not.toBeInTheDocument();
    await user.click(screen.getByTestId('students-import'));
    await answerConfirm(true);
    expect(await screen.findByTestId('import-path'), 'discarding them opens the import').toBeInTheDocument();
  });

  it('opens the import on a file dropped on the window', async () => {
    const c = classView('Period 1');
    const b = fakeBackend({ classes: [c] });
    app(b);
    await screen.findByTestId('students-import');
    await waitFor(() => expect(b.calls.some((x) => x.cmd === 'listen_file_drops'), 'the app listens for drops').toBe(true));
    b.imports.drop([ONEROSTER_PATH]);
    expect(await screen.findByTestId('import-teachers'), 'the dropped file is read at once').toBeInTheDocument();
  });
});

describe('accessibility (axe-core)', () => {
  it('each step has no violations', async () => {
    const c = classView('Math 6 - Period 1');
    const b = fakeBackend({ classes: [c], students: [{ ...student(c.id, 'Bo', 'Park'), studentNumber: 'st-1' }, student(c.id, 'Zoe', 'Hart')] });
    const { user } = setup(b);
    await openPath(user, BAD_PATH);
    await screen.findByTestId('import-error');
    expect(await violations(), 'choose, with an error').toEqual([]);
    await user.clear(screen.getByTestId('import-path'));
    await openPath(user, SPREADSHEET_PATH);
    await screen.findByTestId('import-columns');
    expect(await violations(), 'map columns').toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.clear(screen.getByTestId('import-path'));
    await openPath(user, ONEROSTER_PATH);
    await user.click(await screen.findByRole('radio', { name: /Maya Ortiz/ }));
    expect(await violations(), 'choose classes').toEqual([]);
    await user.click(screen.getByTestId('import-select-all'));
    await user.click(screen.getByTestId('import-sections-continue'));
    await screen.findByTestId('import-preview');
    expect(await violations(), 'preview').toEqual([]);
    await user.click(screen.getByTestId('import-apply'));
    await screen.findByTestId('import-result');
    expect(await violations(), 'result').toEqual([]);
  });
});

describe('in Spanish', () => {
  it('walks the roster import in Spanish, with the counts in Spanish plurals', async () => {
    setLanguage('es');
    try {
      const b = fakeBackend({ classes: [classView('Math 6 - Period 2')] });
      const { user } = setup(b);
      expect(screen.getByRole('dialog'), 'the dialog title is translated').toHaveTextContent('Importar una lista de la clase');
      expect(screen.getByTestId('import-steps'), 'so are the steps').toHaveTextContent('Elegir un archivo');
      await openPath(user, ONEROSTER_PATH);
      const teachers = await screen.findByTestId('import-teachers');
      expect(teachers, 'section counts in Spanish').toHaveTextContent('2 secciones');
      await user.click(within(teachers).getByRole('radio', { name: /Maya Ortiz/ }));
      expect(screen.getAllByTestId('import-section')[0], 'a section line in Spanish').toHaveTextContent('3 estudiantes · Math · Grado 6');
      expect(screen.getByTestId('import-sections-continue'), 'the button too').toHaveTextContent('Vista previa');
    } finally {
      setLanguage('en');
    }
  });
});
