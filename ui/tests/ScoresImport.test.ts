// The import dialog for scores and frameworks, against the in-memory fakes: a scores map made
// in the editor and saved, recognized again by its header, a changed file refused until the
// map fits, the preview's table with unmatched rows and unusable scores, apply and undo; a CASE
// package's warnings and a table's row problems; the Evidence and Frameworks ways in; and an
// axe audit of the new steps.
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
import { classView, fakeBackend, student, type FakeBackend } from './fakeBackend';
import { CASE_PATH, RENAMED_PATH, RETAKE_PATH, SCORES_PATH, TABLE_PATH } from './fakes/fileImports';
import { mainElement, resetEachTest, serve } from './pageSetup';
import { violations } from './axeViolations';

resetEachTest();

type User = ReturnType<typeof userEvent.setup>;

/** A class with Ana Ruiz and Bo Park, the fake's framework attached. */
function backend(): FakeBackend {
  const c = classView('Math 6');
  const b = fakeBackend({ classes: [c], students: [student(c.id, 'Ana', 'Ruiz'), student(c.id, 'Bo', 'Park')] });
  b.fileImports.attachedTo.push(c.id);
  return b;
}

function setup(kind: 'scores' | 'framework', b: FakeBackend = backend()) {
  serve(b);
  const props = {
    kind,
    classes: b.classes,
    classId: b.classes[0]?.id ?? null,
    onImported: vi.fn(),
    onOpenClass: vi.fn(),
    onUndone: vi.fn(),
    onClose: vi.fn(),
  };
  const { unmount } = render(ImportDialog, { target: mainElement(), props });
  return { b, props, unmount, user: userEvent.setup() };
}

async function openPath(user: User, path: string) {
  await user.clear(screen.getByTestId('import-path'));
  await user.type(screen.getByTestId('import-path'), path);
  await user.click(screen.getByTestId('import-open'));
}

/** Maps Quiz A to 6.RP.1 and Quiz B to 6.RP.2, optionally saving the map as `saveAs`. */
async function mapQuiz(user: User, saveAs = '') {
  await screen.findByTestId('import-map-editor');
  await user.click(screen.getByTestId('import-pick-6.RP.1-Quiz A'));
  await user.click(screen.getByTestId('import-pick-6.RP.2-Quiz B'));
  if (saveAs !== '') await user.type(screen.getByTestId('import-save-as'), saveAs);
}

describe('scores: map', () => {
  it('starts from the guessed map and asks for a competency before going on', async () => {
    const { user } = setup('scores');
    await openPath(user, SCORES_PATH);
    await screen.findByTestId('import-map-editor');
    expect(screen.getByTestId('import-scores-student-col'), 'the guessed student column').toHaveValue('Student');
    expect(screen.getByTestId('import-scores-finder'), 'found by name').toHaveValue('name');
    expect(screen.getByTestId('import-map-needs'), 'no competency ticked yet').toHaveTextContent('Tick at least one column');
    expect(screen.getByTestId('import-map-continue'), 'not before the map is complete').toBeDisabled();
    expect(within(screen.getByTestId('import-cuts')).getAllByRole('spinbutton').map((i) => (i as HTMLInputElement).value), 'the scale’s derived cut points are shown').toEqual(['0', '40', '80', '90']);
    await mapQuiz(user);
    expect(screen.queryByTestId('import-map-needs'), 'nothing is missing now').not.toBeInTheDocument();
    expect(screen.getByTestId('import-map-continue'), 'the teacher may go on').toBeEnabled();
  });

  it('recognizes a saved map by the header, and Change… opens it', async () => {
    const { b, unmount, user } = setup('scores');
    await openPath(user, SCORES_PATH);
    await mapQuiz(user, 'Unit 3 quiz');
    await user.click(screen.getByTestId('import-map-continue'));
    await user.click(await screen.findByTestId('import-apply'));
    await screen.findByTestId('import-result');
    expect(b.fileImports.savedMaps.map((m) => m.name), 'applying saved the map under its name').toEqual(['Unit 3 quiz']);
    unmount();

    setup('scores', b);
    await openPath(user, RETAKE_PATH);
    expect(await screen.findByTestId('import-recognized'), 'the same header is recognized').toHaveTextContent('Recognized: Unit 3 quiz');
    expect(screen.queryByTestId('import-map-editor'), 'the map is not shown until asked for').not.toBeInTheDocument();
    await user.click(screen.getByTestId('import-map-change'));
    expect(screen.getByTestId('import-pick-6.RP.1-Quiz A'), 'Change… shows the saved map').toBeChecked();
    await user.click(screen.getByTestId('import-map-continue'));
    expect(await screen.findByTestId('import-summary'), 'the saved map previews').toHaveTextContent('2 pieces of evidence for 1 student');
  });

  it('shows a changed file and refuses to go on until the map fits it', async () => {
    const b = backend();
    b.fileImports.savedMaps = [
      {
        name: 'Unit 3 quiz',
        headers: ['Timestamp', 'Student', 'Quiz A', 'Quiz B'],
        map: {
          shape: { type: 'wide' },
          student: { by: 'name', column: 'Student' },
          competencies: [
            { competency: '6.RP.1', columns: ['Quiz A'], combine: 'average' },
            { competency: 'comp-rates', columns: ['Quiz B'], combine: 'average' },
          ],
          conversion: { type: 'percent', cuts: [] },
          kind: 'quiz',
          date: { type: 'column', column: 'Timestamp', dayFirst: false },
        },
        updatedAtMs: 0,
      },
    ];
    const { user } = setup('scores', b);
    await openPath(user, RENAMED_PATH);
    const changed = await screen.findByTestId('import-file-changed');
    expect(changed, 'the rename is named').toHaveTextContent('“Quiz A” seems to be called “Question A” now.');
    expect(changed, 'and that the map cannot apply as it is').toHaveTextContent('fix the map before going on');
    expect(screen.getByTestId('import-map-needs'), 'the missing column is what is needed').toHaveTextContent('“Quiz A”');
    expect(screen.getByTestId('import-map-continue'), 'never half-mapped').toBeDisabled();
    expect(screen.getByTestId('import-pick-6.RP.2-Quiz B'), 'a map by code or id finds the class’s competencies').toBeChecked();
    await user.click(screen.getByTestId('import-pick-6.RP.1-Question A'));
    expect(screen.getByTestId('import-map-continue'), 'still refused while the gone column is ticked').toBeDisabled();
    expect(screen.getByTestId('import-pick-6.RP.1-Quiz A'), 'the gone column is shown, ticked, to untick').toBeChecked();
    await user.click(screen.getByTestId('import-pick-6.RP.1-Quiz A'));
    expect(screen.queryByTestId('import-map-needs'), 'the map fits the file now').not.toBeInTheDocument();
    expect(screen.getByTestId('import-save-as'), 'the fixed map is saved under its name again').toHaveValue('Unit 3 quiz');
    await user.click(screen.getByTestId('import-map-continue'));
    expect(await screen.findByTestId('import-summary'), 'and previews').toHaveTextContent('2 pieces of evidence for 1 student');
  });
});

describe('scores: a saved map made for another class', () => {
  it('opens the editor and names the competencies this class lacks', async () => {
    const b = backend();
    b.fileImports.savedMaps = [
      {
        name: 'Science quiz',
        headers: ['Timestamp', 'Student', 'Quiz A', 'Quiz B'],
        map: {
          shape: { type: 'wide' },
          student: { by: 'name', column: 'Student' },
          competencies: [{ competency: 'SCI.1', columns: ['Quiz A'], combine: 'average' }],
          conversion: { type: 'percent', cuts: [] },
          kind: 'quiz',
          date: { type: 'column', column: 'Timestamp', dayFirst: false },
        },
        updatedAtMs: 0,
      },
    ];
    const { user } = setup('scores', b);
    await openPath(user, SCORES_PATH);
    expect(await screen.findByTestId('import-recognized'), 'the header is recognized').toHaveTextContent('Recognized: Science quiz');
    expect(screen.getByTestId('import-not-in-class'), 'the competency the class lacks is named').toHaveTextContent('SCI.1');
    expect(screen.getByTestId('import-map-editor'), 'the editor is open to map this class’s competencies').toBeInTheDocument();
    expect(screen.getByTestId('import-map-continue'), 'nothing is mapped for this class yet').toBeDisabled();
  });
});

describe('scores: preview, apply and undo', () => {
  it('shows evidence per student and competency, unmatched rows and unusable scores', async () => {
    const { user } = setup('scores');
    await openPath(user, SCORES_PATH);
    await mapQuiz(user);
    await user.click(screen.getByTestId('import-map-continue'));
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByTestId('import-summary'), 'the counts').toHaveTextContent(
      '3 pieces of evidence for 2 students, 1 row not matched to a student, and 1 score left out.',
    );
    const rows = within(preview).getAllByTestId('import-evidence-row');
    const cells = (r: HTMLElement) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim());
    expect(rows.map(cells), 'student × competency, level · score').toEqual([
      ['Ana Ruiz', 'Advanced · 95', 'Developing · 40'],
      ['Bo Park', 'Developing · 55', ''],
    ]);
    expect(within(preview).getByTestId('import-unmatched-row'), 'the row matched to no one, with its line').toHaveTextContent('unit3-quiz.csv, line 4: “Nobody Here”');
    expect(within(preview).getByTestId('import-problem'), 'the unusable score').toHaveTextContent('unit3-quiz.csv, line 3: Line 3, "Quiz B": "absent" is not a score, so no evidence of');
    expect(within(preview).getByTestId('import-apply'), 'the rest can be applied').toHaveTextContent('Apply the rest');
  });

  it('applies with progress, counts what is already there, and undoes', async () => {
    const { b, props, user } = setup('scores');
    await openPath(user, SCORES_PATH);
    await mapQuiz(user);
    await user.click(screen.getByTestId('import-map-continue'));
    await user.click(await screen.findByTestId('import-apply'));
    expect(await screen.findByTestId('import-result-summary'), 'what was recorded').toHaveTextContent('Recorded 3 pieces of evidence for 2 students.');
    expect(props.onImported, 'the app reloads').toHaveBeenCalledWith(expect.objectContaining({ kind: 'scores' }));
    expect(b.fileImports.evidence, 'the evidence is written').toHaveLength(3);

    await user.click(screen.getByTestId('import-undo'));
    await waitFor(() => expect(props.onClose, 'the dialog closes after undo').toHaveBeenCalledWith(null));
    expect(ui.toast?.message, 'the teacher is told').toBe('Import undone.');
    expect(b.fileImports.evidence, 'the evidence is gone').toHaveLength(0);
  });

  it('counts a second run of the same file as already there, and offers only Close', async () => {
    const b = backend();
    const first = setup('scores', b);
    await openPath(first.user, SCORES_PATH);
    await mapQuiz(first.user);
    await first.user.click(screen.getByTestId('import-map-continue'));
    await first.user.click(await screen.findByTestId('import-apply'));
    await screen.findByTestId('import-result');
    first.unmount();
    const again = setup('scores', b);
    await openPath(again.user, SCORES_PATH);
    await mapQuiz(again.user);
    await again.user.click(screen.getByTestId('import-map-continue'));
    expect(await screen.findByTestId('import-summary'), 'nothing new').toHaveTextContent('Nothing new: every score in this file is already in Waypoint; 3 already there');
    expect(screen.queryByTestId('import-apply'), 'nothing to apply').not.toBeInTheDocument();
    expect(screen.getByTestId('import-close'), 'Close instead').toBeInTheDocument();
  });
});

describe('framework', () => {
  it('previews a CASE package with its warnings, attaches to the class, and undoes', async () => {
    const { b, props, user } = setup('framework');
    await openPath(user, CASE_PATH);
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByTestId('import-summary'), 'new framework with counts').toHaveTextContent('A new framework, “Sample Math 6” (CASE package): 12 new items.');
    expect(within(preview).getAllByTestId('import-case-warning').map((w) => w.textContent), 'each warning’s sentence').toEqual([
      expect.stringContaining('is text where CASE expects a list'),
      expect.stringContaining('is text where CASE expects a whole number'),
    ]);
    expect(screen.getByTestId('import-framework-class'), 'the current class by default').toHaveValue(b.classes[0]!.id);
    await user.click(screen.getByTestId('import-apply'));
    expect(await screen.findByTestId('import-result-summary'), 'the result').toHaveTextContent('Imported “Sample Math 6”: 12 items added.');
    expect(props.onImported, 'the app reloads').toHaveBeenCalledWith(expect.objectContaining({ kind: 'framework', classIds: [b.classes[0]!.id] }));
    await user.click(screen.getByTestId('import-undo'));
    await waitFor(() => expect(props.onClose, 'closed after undo').toHaveBeenCalledWith(null));
    expect(b.fileImports.imported, 'the framework is gone').toEqual([]);
  });

  it('lists a table’s row problems, and refuses a bad file on the first step', async () => {
    const { user } = setup('framework');
    await openPath(user, '/files/notes.txt');
    expect(await screen.findByTestId('import-error'), 'one sentence').toHaveTextContent('notes.txt is neither a CASE package nor a framework table.');
    await openPath(user, TABLE_PATH);
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByTestId('import-problem'), 'file, line and reason').toHaveTextContent('math-codes.csv, line 4: This row has no code, so it cannot be placed in the framework.');
    expect(within(preview).getByTestId('import-apply'), 'the rest can be applied').toHaveTextContent('Apply the rest');
  });
});

describe('in the app', () => {
  it('imports scores from the Evidence page and a framework from the Frameworks page', async () => {
    const b = backend();
    serve(b);
    render(App);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('nav-evidence'));
    // Each page's code is compiled at its first import here, which can take over a second.
    await user.click(await screen.findByTestId('evidence-import', {}, { timeout: 5000 }));
    expect(screen.getByTestId('import-kind-scores'), 'the Evidence page suggests scores').toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByTestId('nav-frameworks'));
    await user.click(await screen.findByTestId('frameworks-import', {}, { timeout: 5000 }));
    expect(screen.getByTestId('import-kind-framework'), 'the Frameworks page suggests a framework').toBeChecked();
  });
});

describe('accessibility (axe-core)', () => {
  it('the scores and framework steps have no violations', async () => {
    const first = setup('scores');
    const user = first.user;
    await openPath(user, SCORES_PATH);
    await mapQuiz(user, 'Unit 3 quiz');
    expect(await violations(), 'the map editor').toEqual([]);
    await user.click(screen.getByTestId('import-map-continue'));
    await screen.findByTestId('import-preview');
    expect(await violations(), 'the scores preview').toEqual([]);
    await user.click(screen.getByTestId('import-apply'));
    await screen.findByTestId('import-result');
    expect(await violations(), 'the result').toEqual([]);
  });

  it('the framework preview has no violations', async () => {
    const fw = setup('framework');
    await openPath(fw.user, CASE_PATH);
    await screen.findByTestId('import-preview');
    expect(await violations(), 'the framework preview').toEqual([]);
  });
});

describe('what is in this file?', () => {
  it('swaps the flow by kind, keeping the path and the focus on the choice', async () => {
    const { user } = setup('framework');
    await user.type(screen.getByTestId('import-path'), SCORES_PATH);
    await user.click(screen.getByTestId('import-kind-scores'));
    await waitFor(() => expect(screen.getByTestId('import-kind-scores'), 'focus stays on the choice').toHaveFocus());
    expect(screen.getByTestId('import-path'), 'the typed path is kept').toHaveValue(SCORES_PATH);
    expect(screen.getByRole('heading', { name: 'Import scores' }), 'the dialog is the scores import now').toBeInTheDocument();
    await user.click(screen.getByTestId('import-open'));
    expect(await screen.findByTestId('import-map-editor'), 'the file is read as scores').toBeInTheDocument();
  });
});
