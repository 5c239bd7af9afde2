import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
  Channel: class {
    onmessage: unknown = null;
  },
}));
import { invoke } from '@tauri-apps/api/core';
import MasteryPage from '../src/components/MasteryPage.svelte';
import Toast from '../src/components/Toast.svelte';
import { todayLocal } from '../src/lib/capture';
import { METHODS } from '../src/lib/methods';
import { ui, dismissToast } from '../src/lib/ui.svelte';
import { setLanguage } from '../src/lib/i18n.svelte';
import { bigClass, ev, makeFramework, makeStudent, masteryFake, type MasteryFake } from './fakes/mastery';

const mockInvoke = vi.mocked(invoke);

function use(f: MasteryFake) {
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => f.handle(cmd, args as Record<string, unknown>) as never);
}

/** The page as App shows it, plus the app-wide toast (for Undo). */
function renderPage(f: MasteryFake) {
  use(f);
  render(Toast);
  return render(MasteryPage, { props: { classView: f.cls } });
}

/**
 * A small class: framework "Maths 7" (decaying average 65%, the 0–4 scale, mastery at 3)
 * with strands N (Number) › N.F (Fractions) and G (Geometry), competencies N.1, N.F.1 and
 * G.1, and three students. Ana has 2 then 3 on N.1 (→ 2.65) and 4 on G.1 (mastered); Ben
 * has 1 on N.1; Cleo has nothing.
 */
function smallClass() {
  const fw = makeFramework('Maths 7');
  const classId = 'class-small';
  const ana = makeStudent(classId, 'Ana', 'García');
  const ben = makeStudent(classId, 'Ben', 'Okafor');
  const cleo = makeStudent(classId, 'Cleo', 'Park');
  const strands = [
    { id: 'st-n', frameworkId: fw.id, code: 'N', label: 'Number', depth: 0, parentId: null },
    { id: 'st-nf', frameworkId: fw.id, code: 'N.F', label: 'Fractions', depth: 1, parentId: 'st-n' },
    { id: 'st-g', frameworkId: fw.id, code: 'G', label: 'Geometry', depth: 0, parentId: null },
  ];
  const comp = (id: string, code: string, label: string, strandIds: string[]) => ({
    id,
    frameworkId: fw.id,
    code,
    label,
    statement: `I can ${label.toLowerCase()}.`,
    strandIds,
    method: null,
  });
  const n1 = comp('c-n1', 'N.1', 'Count', ['st-n']);
  const nf1 = comp('c-nf1', 'N.F.1', 'Add fractions', ['st-n', 'st-nf']);
  const g1 = comp('c-g1', 'G.1', 'Name shapes', ['st-g']);
  const anaFirst = ev(ana.id, n1.id, 2, '2025-02-03', 'quiz', 'Counted to 20');
  const anaSecond = ev(ana.id, n1.id, 3, '2025-03-10', 'observation');
  const f = masteryFake({
    cls: { id: classId, name: 'Period 3', subject: 'Maths', gradeLevel: '7', archived: false, studentCount: 3 },
    frameworks: [fw],
    students: [ana, ben, cleo],
    strands,
    competencies: [n1, nf1, g1],
    evidence: [anaFirst, anaSecond, ev(ana.id, g1.id, 4, '2025-02-05'), ev(ben.id, n1.id, 1, '2025-02-04')],
  });
  return { f, fw, ana, ben, cleo, n1, nf1, g1, anaFirst, anaSecond };
}

const cells = () => screen.getAllByTestId('grid-cell');
const cellAt = (r: number, c: number) =>
  document.querySelector<HTMLElement>(`[data-testid="grid-cell"][data-r="${r}"][data-c="${c}"]`)!;

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.title = 'Waypoint';
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  dismissToast();
  ui.confirm?.resolve(false);
  mockInvoke.mockReset();
});

describe('the mastery grid', () => {
  it('shows each level (2 decimals at most) with its evidence count, status and accessible name', async () => {
    const { f } = smallClass();
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    expect(cells(), '3 students × 3 competencies').toHaveLength(9);
    const anaN1 = cellAt(0, 0);
    expect(anaN1.dataset.level, '2 × 35% + 3 × 65% = 2.65').toBe('2.65');
    expect(anaN1.dataset.status).toBe('progressing');
    expect(anaN1.textContent, 'the level and the count (2 pieces)').toBe('2.65 2');
    expect(anaN1, 'the name starts with what the cell shows (label in name)').toHaveAccessibleName(
      '2.65 2 — Ana García, N.1: level 2.65 from 2 pieces of evidence, progressing',
    );
    const anaG1 = cellAt(0, 2);
    expect(anaG1.dataset.status).toBe('mastered');
    expect(anaG1.textContent, 'a mastered cell carries a check mark').toContain('✓');
    expect(anaG1.className, 'at or above the threshold gets a mastery colour step').toMatch(/\bh[45]\b/);
    const cleo = cellAt(2, 0);
    expect(cleo.dataset.level, 'no evidence: empty').toBe('');
    expect(cleo.textContent).toBe('');
    expect(cleo).toHaveAccessibleName('Cleo Park, N.1: no evidence, not started');
    expect(screen.getByTestId('grid-summary')).toHaveTextContent('3 students × 3 competencies, 4 pieces of evidence');
  });

  it('moves the focus with the arrow keys, Home/End, Ctrl+End and Page keys, keeping one cell in the Tab order', async () => {
    const { f } = smallClass();
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    const user = userEvent.setup();
    expect(cellAt(0, 0).tabIndex, 'the first cell is where Tab lands').toBe(0);
    cellAt(0, 0).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement, 'Right moves to the next competency').toBe(cellAt(0, 1));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement, 'Down moves to the next student').toBe(cellAt(1, 1));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(cellAt(1, 0));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement, 'left of the first cell is the student name').toHaveTextContent('Ben Okafor');
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement, 'Ctrl+End goes to the last cell').toBe(cellAt(2, 2));
    await user.keyboard('{PageUp}');
    expect(document.activeElement, 'Page Up moves up to ten students, stopping at the first').toBe(cellAt(0, 2));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement, 'above the first row is the column header').toHaveTextContent('G.1');
    const inTabOrder = document.querySelectorAll('[data-testid="grid-scroller"] [tabindex="0"]');
    expect(inTabOrder, 'roving tabindex: exactly one element is tabbable').toHaveLength(1);
    expect(inTabOrder[0]).toBe(document.activeElement);
  });

  it('opens the cell detail with Enter (cellDetail gets the right ids) and comes back to the same cell with Escape', async () => {
    const { f, ben, n1 } = smallClass();
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    const user = userEvent.setup();
    cellAt(0, 0).focus();
    await user.keyboard('{ArrowDown}{Enter}');
    const detail = await screen.findByTestId('cell-detail');
    expect(f.callsOf('cell_detail').at(-1), 'the detail of Ben on N.1').toEqual({ studentId: ben.id, competencyId: n1.id });
    expect(await within(detail).findByRole('heading', { level: 1 })).toHaveTextContent('Ben Okafor — N.1 Count');
    expect(screen.getByTestId('mastery-grid-view'), 'the grid is hidden, not destroyed').not.toBeVisible();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('cell-detail')).toBeNull());
    expect(document.activeElement, 'focus returns to the cell that was opened').toBe(cellAt(1, 0));
  });

  it('opens a cell with a click', async () => {
    const { f, ana, g1 } = smallClass();
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    await userEvent.setup().click(cellAt(0, 2));
    await screen.findByTestId('cell-detail');
    expect(f.callsOf('cell_detail').at(-1)).toEqual({ studentId: ana.id, competencyId: g1.id });
  });

  it('filters the columns by strand, including nested strands', async () => {
    const { f } = smallClass();
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    const user = userEvent.setup();
    const strand = document.querySelector<HTMLSelectElement>('#grid-strand')!;
    expect(Array.from(strand.options).map((o) => o.textContent)).toEqual([
      'All strands',
      'N Number',
      '\u00a0\u00a0\u00a0N.F Fractions',
      'G Geometry',
    ]);
    await user.selectOptions(strand, 'st-g');
    expect(screen.getAllByTestId('grid-col').map((c) => c.textContent?.trim()), 'only Geometry').toEqual(['G.1 Name shapes']);
    expect(cells()).toHaveLength(3);
    await user.selectOptions(strand, 'st-n');
    expect(screen.getAllByTestId('grid-col'), 'Number includes its Fractions sub-strand').toHaveLength(2);
    expect(screen.getByTestId('grid-summary')).toHaveTextContent('3 students × 2 competencies (of 3), 3 pieces of evidence');
    await user.selectOptions(strand, '');
    expect(screen.getAllByTestId('grid-col')).toHaveLength(3);
  });

  it('changes the framework method with the right JSON, then reloads the grid with the new levels', async () => {
    const { f, fw } = smallClass();
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    const user = userEvent.setup();
    expect(screen.getByTestId('method-description')).toHaveTextContent('Decaying average (65%)');
    const options = Array.from(document.querySelector<HTMLSelectElement>('#grid-method')!.options);
    expect(
      options.map((o) => [o.value, o.text]),
      "the toolbar offers the methods by name, worded as in the Frameworks page's picker",
    ).toEqual(METHODS.map((m) => [m.name, m.choice]));
    const gridLoads = f.callsOf('mastery_grid').length;
    await user.selectOptions(document.querySelector<HTMLSelectElement>('#grid-method')!, 'highest');
    await waitFor(() => expect(cellAt(0, 0).dataset.level, 'the highest of 2 and 3').toBe('3'));
    expect(f.callsOf('set_framework_method')).toEqual([{ id: fw.id, method: { name: 'highest' } }]);
    expect(f.callsOf('mastery_grid').length, 'the grid was reloaded').toBeGreaterThan(gridLoads);
    expect(screen.getByTestId('method-description')).toHaveTextContent('The highest score so far');
    expect(document.querySelector('#grid-method-param'), 'Highest takes no parameter').toBeNull();

    await user.selectOptions(document.querySelector<HTMLSelectElement>('#grid-method')!, 'weighted_average');
    await waitFor(() => expect(f.callsOf('set_framework_method')).toHaveLength(2));
    expect(f.callsOf('set_framework_method')[1]).toEqual({ id: fw.id, method: { name: 'weighted_average', weight: 0.65 } });
    // The toolbar names the parameter as the Frameworks page's method picker does (methods.ts).
    const param = await screen.findByLabelText<HTMLInputElement>('Weight of the newest score (%)');
    expect(param.value, 'the weight is shown as a percent').toBe('65');
    await user.clear(param);
    await user.type(param, '80{Enter}');
    await waitFor(() => expect(f.callsOf('set_framework_method')).toHaveLength(3));
    expect(f.callsOf('set_framework_method')[2]).toEqual({ id: fw.id, method: { name: 'weighted_average', weight: 0.8 } });
    await waitFor(() => expect(cellAt(0, 0).dataset.level, '3 × 80% + 2 × 20%').toBe('2.8'));
  });

  it('with several frameworks, applies the method to the chosen one, and Undo puts it back', async () => {
    const { f, fw } = smallClass();
    const science = makeFramework('Science 7', { name: 'latest' });
    f.frameworks.push(science);
    f.competencies.push({
      id: 'c-s1',
      frameworkId: science.id,
      code: 'S.1',
      label: 'Observe',
      statement: '',
      strandIds: [],
      method: null,
    });
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    const user = userEvent.setup();
    const which = document.querySelector<HTMLSelectElement>('#grid-framework')!;
    expect(which, 'a framework chooser appears with two frameworks').not.toBeNull();
    expect(which.value, 'the first framework by default').toBe(fw.id);
    await user.selectOptions(which, science.id);
    const method = document.querySelector<HTMLSelectElement>('#grid-method')!;
    expect(method.value, "the chooser shows the second framework's method").toBe('latest');
    await user.selectOptions(method, 'average');
    await waitFor(() => expect(f.callsOf('set_framework_method')).toEqual([{ id: science.id, method: { name: 'average' } }]));
    const toast = await screen.findByTestId('toast');
    expect(toast).toHaveTextContent('Science 7 now uses Average');
    await user.click(within(toast).getByTestId('toast-action'));
    await waitFor(() => expect(f.callsOf('set_framework_method')[1]).toEqual({ id: science.id, method: { name: 'latest' } }));
    await waitFor(() => expect(document.querySelector<HTMLSelectElement>('#grid-method')!.value).toBe('latest'));
    expect(fw.method, 'the first framework was not touched').toEqual({ name: 'decaying_average', rate: 0.65 });
  });

  it('shows a parameter error beside the box and keeps the grid when the backend refuses a method', async () => {
    const { f } = smallClass();
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    const user = userEvent.setup();
    const param = screen.getByLabelText<HTMLInputElement>('Decay rate (%)');
    await user.clear(param);
    await user.type(param, '0{Enter}');
    expect(
      document.querySelector('#grid-method-param-error'),
      'a rate of 0% is caught before saving, in the same words as on the Frameworks page',
    ).toHaveTextContent('The decay rate must be a percentage more than 0 and at most 100.');
    expect(f.callsOf('set_framework_method')).toHaveLength(0);
    f.failNext('set_framework_method', { code: 'storage', message: 'The database is locked.' });
    await user.selectOptions(document.querySelector<HTMLSelectElement>('#grid-method')!, 'latest');
    expect(await screen.findByText('The database is locked.')).toBeInTheDocument();
    expect(document.querySelector<HTMLSelectElement>('#grid-method')!.value, 'the saved method is shown again').toBe(
      'decaying_average',
    );
    expect(cellAt(0, 0).dataset.level, 'the grid keeps its data').toBe('2.65');
  });

  it('exports CSV: says nothing when cancelled, "Saved <path>" when saved, the message on error', async () => {
    const { f } = smallClass();
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    const user = userEvent.setup();
    const button = screen.getByTestId('export-csv');
    await user.click(button);
    await waitFor(() => expect(f.callsOf('export_grid_csv')).toHaveLength(1));
    expect(f.callsOf('export_grid_csv')[0]).toEqual({ classId: f.cls.id, fileName: `Period 3 mastery ${todayLocal()}.csv` });
    await waitFor(() => expect(button).toBeEnabled());
    expect(screen.queryByTestId('toast'), 'a cancelled save dialog is not an event').toBeNull();

    f.exportResult = '/home/teacher/Period 3 mastery.csv';
    await user.click(button);
    expect(await screen.findByTestId('toast')).toHaveTextContent('Saved /home/teacher/Period 3 mastery.csv');

    f.failNext('export_grid_csv', { code: 'storage', message: 'Could not write the file: permission denied.' });
    await user.click(button);
    await waitFor(() =>
      expect(screen.getByTestId('toast')).toHaveTextContent('Could not write the file: permission denied.'),
    );
  });

  it('renders a 35 × 80 grid as a window and still moves and filters', async () => {
    const f = bigClass(35, 80);
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    const grid = screen.getByRole('grid');
    expect(grid, 'screen readers hear the full size: 35 students and a header row').toHaveAttribute('aria-rowcount', '36');
    expect(grid, '80 competencies and the names').toHaveAttribute('aria-colcount', '81');
    const shown = screen.getAllByTestId('grid-col').length;
    expect(shown, 'above 2,000 cells only the columns in view and an overscan are rendered').toBeLessThan(80);
    expect(cells(), 'every rendered row has the rendered columns').toHaveLength(screen.getAllByTestId('grid-row').length * shown);
    const user = userEvent.setup();
    cellAt(0, 0).focus();
    await user.keyboard('{PageDown}{End}');
    expect(document.activeElement, 'End reaches the last column, rendered on the way').toBe(cellAt(10, 79));
    expect(cellAt(10, 79), 'which carries its place in the whole grid').toHaveAttribute('aria-colindex', '81');
    expect(cellAt(0, 0), 'the first column left the window').toBeNull();
    await user.selectOptions(document.querySelector<HTMLSelectElement>('#grid-strand')!, 'strand-b');
    expect(cells(), 'half of the columns: below the threshold, every cell again').toHaveLength(35 * 40);
    expect(screen.getByRole('grid'), 'and no window to describe').not.toHaveAttribute('aria-rowcount');
  });

  it('renders only a window of a 400-student grid and the arrows move past it', async () => {
    const f = bigClass(400, 10, false);
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    const rows = () => screen.getAllByTestId('grid-row');
    expect(rows().length, 'a window of rows, not 400').toBeLessThan(60);
    expect(rows()[0], 'starting at the top').toHaveAttribute('data-r', '0');
    expect(screen.getAllByTestId('grid-col'), 'ten columns fit, so all are there').toHaveLength(10);
    const last = rows().length - 1;
    expect(cellAt(last + 1, 0), 'the row after the window is not in the DOM').toBeNull();
    const user = userEvent.setup();
    cellAt(0, 0).focus();
    await user.keyboard('{ArrowDown}'.repeat(last + 5));
    expect(document.activeElement, 'Arrow Down goes on past the first window').toBe(cellAt(last + 5, 0));
    expect(document.activeElement?.closest('tr'), 'the row knows its place in the whole grid').toHaveAttribute(
      'aria-rowindex',
      String(last + 7),
    );
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement, 'Ctrl+End renders and focuses the last cell').toBe(cellAt(399, 9));
    expect(cellAt(0, 0), 'the top rows left the DOM').toBeNull();
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(document.activeElement, 'and Ctrl+Home comes back').toBe(cellAt(0, 0));
    const scroller = screen.getByTestId('grid-scroller');
    // jsdom keeps no scroll offset: stand in for the browser's.
    Object.defineProperty(scroller, 'scrollTop', { value: 380 * 37, configurable: true });
    scroller.dispatchEvent(new Event('scroll'));
    await waitFor(() => expect(cellAt(0, 0), 'scrolled away with the mouse, the first row left the window').toBeNull());
    expect(document.querySelectorAll('[role="grid"] [tabindex="0"]'), 'the Tab stop stays in the grid, on a rendered cell').toHaveLength(1);
    expect(await violations(), 'the spacers and row indexes keep the grid valid').toEqual([]);
  }, 20_000);
});

describe('empty and error states', () => {
  it('explains that a framework must be attached, pointing to Frameworks (Alt+4)', async () => {
    const f = masteryFake({ students: [makeStudent('class-1', 'Ana', 'García')] });
    renderPage(f);
    const empty = await screen.findByTestId('mastery-no-framework');
    expect(empty).toHaveTextContent('No framework is attached to Period 3');
    expect(empty).toHaveTextContent('Alt+4');
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('shows the grid with a hint pointing to Evidence (Alt+2) when there is no evidence yet', async () => {
    const f = bigClass(3, 4, false);
    renderPage(f);
    expect(await screen.findByTestId('mastery-hint')).toHaveTextContent('Evidence page (Alt+2)');
    expect(cells(), 'the grid is still there').toHaveLength(12);
  });

  it('shows the load error with its message and retries', async () => {
    const { f } = smallClass();
    f.failNext('mastery_grid', { code: 'storage', message: 'The data file could not be read.' });
    renderPage(f);
    expect(await screen.findByTestId('mastery-error')).toHaveTextContent('The data file could not be read.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByTestId('grid-cell')).toHaveLength(9);
  });
});

describe('in Spanish', () => {
  afterEach(() => setLanguage('en'));

  it('shows the grid, its summary, the cells\' names and the no-framework state in Spanish', async () => {
    setLanguage('es');
    const { f } = smallClass();
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    expect(screen.getByRole('heading', { level: 1 }), 'the page title').toHaveTextContent('Dominio');
    expect(screen.getByTestId('grid-summary'), 'plurals follow Spanish').toHaveTextContent(
      '3 estudiantes × 3 competencias, 4 evidencias',
    );
    expect(cellAt(2, 0), 'the cell name screen readers hear').toHaveAccessibleName('Cleo Park, N.1: sin evidencia, sin comenzar');
    expect(screen.getByRole('button', { name: 'Exportar CSV' }), 'the toolbar').toBeTruthy();
    cleanup();

    renderPage(masteryFake({ students: [makeStudent('class-1', 'Ana', 'García')] }));
    const empty = await screen.findByTestId('mastery-no-framework');
    expect(empty, 'the class name sits inside the Spanish sentence').toHaveTextContent('Period 3 no tiene un marco de competencias');
    expect(empty, 'the keycaps stay inside the sentence').toHaveTextContent('Ve a Marcos de competencias con Alt+4.');
  });

  it('shows a cell\'s dates for the language', async () => {
    setLanguage('es');
    const { f } = smallClass();
    const detail = await openDetail(f, 0, 2);
    expect(within(detail).getByTestId('mastered-on'), 'a Spanish date').toHaveTextContent('Dominada el 5 feb 2025');
  });
});

async function openDetail(f: MasteryFake, r: number, c: number) {
  renderPage(f);
  await screen.findAllByTestId('grid-cell');
  await userEvent.setup().click(cellAt(r, c));
  const detail = await screen.findByTestId('cell-detail');
  await within(detail).findByTestId('result');
  return detail;
}

describe('the cell detail', () => {
  it('shows the result, how it was calculated, the strand path and the evidence timeline', async () => {
    const { f } = smallClass();
    const detail = await openDetail(f, 0, 0);
    expect(within(detail).getByTestId('strand-path')).toHaveTextContent('N Number');
    expect(within(detail).getByText('I can count.')).toBeInTheDocument();
    expect(within(detail).getByTestId('result-level')).toHaveTextContent('2.65');
    expect(within(detail).getByTestId('result')).toHaveTextContent('Developing+');
    expect(within(detail).getByTestId('result-status')).toHaveTextContent('Progressing');
    expect(within(detail).getByTestId('working'), 'the calculation written out').toHaveTextContent(
      'After score 2: 2 × 35% + 3 × 65% = 2.65',
    );
    const rows = within(detail).getAllByTestId('evidence-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Feb 3, 2025');
    expect(rows[0]).toHaveTextContent('Counted to 20');
    expect(rows[1], 'the calculated level after the second piece').toHaveTextContent('2.65');
    const chart = within(detail).getByTestId('evidence-chart');
    expect(chart.querySelectorAll('circle.point'), 'one point per piece of evidence').toHaveLength(2);
    expect(chart.querySelector('line.threshold'), 'the threshold is drawn').not.toBeNull();
    expect(chart.querySelector('polyline.trend')).not.toBeNull();
  });

  it('shows "Mastered on" for a mastered competency', async () => {
    const { f } = smallClass();
    const detail = await openDetail(f, 0, 2);
    expect(within(detail).getByTestId('mastered-on')).toHaveTextContent('Mastered on Feb 5, 2025');
  });

  it('deletes a piece of evidence and Undo restores it', async () => {
    const { f, anaFirst } = smallClass();
    const detail = await openDetail(f, 0, 0);
    const user = userEvent.setup();
    await user.click(within(detail).getAllByTestId('delete-evidence')[0]!);
    await waitFor(() => expect(within(detail).getAllByTestId('evidence-row')).toHaveLength(1));
    expect(f.callsOf('delete_evidence')).toEqual([{ id: anaFirst.id }]);
    expect(within(detail).getByTestId('result-level'), 'only the 3 is left').toHaveTextContent('3');
    const toast = screen.getByTestId('toast');
    expect(toast).toHaveTextContent('Deleted the quiz from Feb 3, 2025.');
    await user.click(within(toast).getByTestId('toast-action'));
    await waitFor(() => expect(within(detail).getAllByTestId('evidence-row')).toHaveLength(2));
    expect(f.callsOf('restore_evidence')).toEqual([{ id: anaFirst.id }]);
    expect(within(detail).getByTestId('result-level')).toHaveTextContent('2.65');
  });

  it('an Undo pressed after going back to the grid updates the grid at once', async () => {
    const { f } = smallClass();
    const detail = await openDetail(f, 1, 0);
    const user = userEvent.setup();
    await user.click(within(detail).getByTestId('delete-evidence'));
    await waitFor(() => expect(within(detail).queryAllByTestId('evidence-row')).toHaveLength(0));
    await user.click(within(detail).getByTestId('back'));
    await waitFor(() => expect(cellAt(1, 0).dataset.level, "Ben's only piece is gone").toBe(''));
    await user.click(screen.getByTestId('toast-action'));
    await waitFor(() => expect(cellAt(1, 0).dataset.level, 'restored and shown without leaving the grid').toBe('1'));
  });

  it('edits a piece of evidence, showing a field error from the backend beside its control', async () => {
    const { f, anaFirst, ana, n1 } = smallClass();
    const detail = await openDetail(f, 0, 0);
    const user = userEvent.setup();
    await user.click(within(detail).getAllByTestId('edit-evidence')[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Edit evidence' });
    await user.selectOptions(within(dialog).getByLabelText('Level'), '3.5 — Proficient+');
    f.failNext('update_evidence', { code: 'invalid', message: 'Note is too rude.', field: 'note' });
    await user.click(within(dialog).getByTestId('save-evidence'));
    expect(await within(dialog).findByText('Note is too rude.')).toHaveAttribute('id', 'evidence-note-error');
    const note = within(dialog).getByLabelText('Note');
    expect(note).toHaveAttribute('aria-invalid', 'true');
    await user.clear(note);
    await user.type(note, 'Counted to 50');
    await user.click(within(dialog).getByTestId('save-evidence'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(f.callsOf('update_evidence').at(-1)).toEqual({
      id: anaFirst.id,
      input: { studentId: ana.id, competencyId: n1.id, level: 3.5, date: '2025-02-03', kind: 'quiz', note: 'Counted to 50' },
    });
    await waitFor(() => expect(within(detail).getAllByTestId('evidence-row')[0]).toHaveTextContent('Counted to 50'));
  });

  it('requires a reason to override the status (client and backend errors), then saves it', async () => {
    const { f, ana, n1 } = smallClass();
    const detail = await openDetail(f, 0, 0);
    const user = userEvent.setup();
    await user.selectOptions(document.querySelector<HTMLSelectElement>('#override-status')!, 'mastered');
    await user.click(within(detail).getByTestId('save-override'));
    const reason = document.querySelector<HTMLTextAreaElement>('#override-reason')!;
    expect(document.querySelector('#override-reason-error'), 'the reason is required').toHaveTextContent(
      'Say why you are overriding the status',
    );
    expect(document.activeElement, 'the focus goes to the field to fix').toBe(reason);
    expect(f.callsOf('set_status_override'), 'nothing was sent').toHaveLength(0);

    await user.type(reason, 'x');
    f.failNext('set_status_override', { code: 'invalid', message: 'Reason must say more than one letter.', field: 'reason' });
    await user.click(within(detail).getByTestId('save-override'));
    expect(await screen.findByText('Reason must say more than one letter.')).toHaveAttribute('id', 'override-reason-error');

    await user.clear(reason);
    await user.type(reason, 'Showed it in a conference');
    await user.click(within(detail).getByTestId('save-override'));
    await waitFor(() => expect(f.callsOf('set_status_override')).toHaveLength(2));
    expect(f.callsOf('set_status_override')[1]).toEqual({
      studentId: ana.id,
      competencyId: n1.id,
      input: { status: 'mastered', reason: 'Showed it in a conference', date: todayLocal() },
    });
    expect(await within(detail).findByTestId('override-line')).toHaveTextContent(
      'Overridden: Mastered — Showed it in a conference',
    );
    expect(within(detail).getByTestId('calculated-status')).toHaveTextContent('Progressing');
    expect(within(detail).getByTestId('override-history')).toHaveTextContent('Mastered — Showed it in a conference');

    // Returning to the calculated status needs no reason.
    await user.selectOptions(document.querySelector<HTMLSelectElement>('#override-status')!, '');
    await user.click(within(detail).getByTestId('save-override'));
    await waitFor(() => expect(f.callsOf('set_status_override')).toHaveLength(3));
    expect(f.callsOf('set_status_override')[2]).toMatchObject({ input: { status: null, reason: '' } });
    const history = await within(detail).findByTestId('override-history');
    await waitFor(() => expect(history.querySelector('li')).toHaveTextContent('Returned to calculated'));
  });

  it('what-if: shows every method, marks the one used now, and "Use for this competency" calls setNodeMethod', async () => {
    const { f, n1 } = smallClass();
    const detail = await openDetail(f, 0, 0);
    const user = userEvent.setup();
    const rows = within(detail).getAllByTestId('what-if-row');
    expect(rows, 'all seven methods').toHaveLength(7);
    const current = rows.filter((r) => r.classList.contains('current'));
    expect(current, 'exactly one is used now').toHaveLength(1);
    expect(current[0]).toHaveTextContent('Decaying average (65%)');
    expect(current[0]).toHaveTextContent('used now');
    const highest = rows.find((r) => r.textContent?.includes('Highest'))!;
    expect(highest).toHaveTextContent('3');
    expect(within(detail).getByTestId('method-note')).toHaveTextContent("The framework's method (Decaying average (65%)) is used");

    await user.click(within(highest).getByTestId('use-method'));
    await waitFor(() => expect(f.callsOf('set_node_method')).toEqual([{ id: n1.id, method: { name: 'highest' } }]));
    expect(await within(detail).findByTestId('use-framework-method')).toBeInTheDocument();
    expect(within(detail).getByTestId('result-level'), 'the detail reloaded with the new method').toHaveTextContent('3');
    expect(within(detail).getByTestId('method-note')).toHaveTextContent('This competency uses its own method, Highest');

    await user.click(within(detail).getByTestId('use-framework-method'));
    await waitFor(() => expect(f.callsOf('set_node_method')[1]).toEqual({ id: n1.id, method: null }));
    await waitFor(() => expect(within(detail).queryByTestId('use-framework-method')).toBeNull());

    // Back in the grid, the level reflects what was done in the detail.
    await user.click(within(detail).getByTestId('back'));
    await waitFor(() => expect(cellAt(0, 0).dataset.level).toBe('2.65'));
  });

  it('walks down the column with ] and [ and the buttons', async () => {
    const { f, ben, n1 } = smallClass();
    const detail = await openDetail(f, 0, 0);
    const user = userEvent.setup();
    expect(within(detail).getByTestId('prev-student'), 'Ana is first').toBeDisabled();
    await user.keyboard(']');
    await waitFor(() => expect(within(detail).getByRole('heading', { level: 1 })).toHaveTextContent('Ben Okafor — N.1'));
    expect(f.callsOf('cell_detail').at(-1)).toEqual({ studentId: ben.id, competencyId: n1.id });
    await user.click(within(detail).getByTestId('next-student'));
    await waitFor(() => expect(within(detail).getByRole('heading', { level: 1 })).toHaveTextContent('Cleo Park — N.1'));
    expect(within(detail).getByTestId('next-student'), 'Cleo is last').toBeDisabled();
    expect(within(detail).getByTestId('evidence-section')).toHaveTextContent('No evidence yet for Cleo Park');
    await user.keyboard('[[');
    await waitFor(() => expect(f.callsOf('cell_detail').at(-1)).toEqual({ studentId: ben.id, competencyId: n1.id }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('cell-detail')).toBeNull());
    expect(document.activeElement, 'back on the student walked to').toBe(cellAt(1, 0));
  });

  it('asks before leaving with an unsaved override reason', async () => {
    const { f } = smallClass();
    const detail = await openDetail(f, 0, 0);
    const user = userEvent.setup();
    await user.type(document.querySelector<HTMLTextAreaElement>('#override-reason')!, 'Half-written');
    await user.click(within(detail).getByTestId('back'));
    await waitFor(() => expect(ui.confirm).not.toBeNull());
    ui.confirm!.resolve(false);
    await waitFor(() => expect(ui.confirm).toBeNull());
    expect(screen.getByTestId('cell-detail'), 'Keep editing stays').toBeInTheDocument();
  });
});

describe('the competency page', () => {
  it('opens from a column header with Enter and lists Reteach, Practice, Extend and No evidence', async () => {
    const { f, ana, n1 } = smallClass();
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    const user = userEvent.setup();
    cellAt(0, 0).focus();
    await user.keyboard('{ArrowUp}{Enter}');
    const page = await screen.findByTestId('competency-page');
    expect(f.callsOf('competency_summary').at(-1)).toEqual({ classId: f.cls.id, competencyId: n1.id });
    expect(await within(page).findByRole('heading', { level: 1 })).toHaveTextContent('N.1 Count');
    expect(within(page).getByTestId('competency-method')).toHaveTextContent('Decaying average (65%)');
    expect(within(page).getByTestId('band-reteach'), 'Ben is at 1, below 2').toHaveTextContent('Ben Okafor');
    expect(within(page).getByTestId('band-practice'), 'Ana is at 2.65').toHaveTextContent('Ana García');
    expect(within(page).getByTestId('band-practice')).toHaveTextContent('2.65');
    expect(within(page).getByTestId('band-extend')).toHaveTextContent('Nobody.');
    expect(within(page).getByTestId('band-no-evidence')).toHaveTextContent('Cleo Park');
    expect(within(page).getByTestId('no-evidence-count')).toHaveTextContent('1');
    const table = within(page).getByTestId('distribution-table');
    expect(within(table).getByRole('row', { name: '1 Beginning 1' }), 'Ben counts at 1').toBeInTheDocument();
    expect(within(table).getByRole('row', { name: '2.5 Developing+ 1' }), 'Ana (2.65) counts at 2.5').toBeInTheDocument();
    expect(within(page).getByTestId('distribution').querySelectorAll('rect.bar'), 'a bar per level plus "No level"').toHaveLength(
      10,
    );

    await user.click(within(within(page).getByTestId('band-practice')).getByRole('button', { name: 'Ana García' }));
    const detail = await screen.findByTestId('cell-detail');
    expect(f.callsOf('cell_detail').at(-1)).toEqual({ studentId: ana.id, competencyId: n1.id });
    expect(within(detail).getByTestId('back')).toHaveTextContent('Back to the competency');
    await user.click(within(detail).getByTestId('back'));
    const again = await screen.findByTestId('competency-page');
    await user.click(within(again).getByTestId('back'));
    await waitFor(() => expect(screen.queryByTestId('competency-page')).toBeNull());
    expect(document.activeElement, 'back on the column header').toHaveTextContent('N.1');
  });
});

describe('accessibility (axe-core)', () => {
  it('the grid view has no violations', async () => {
    const { f } = smallClass();
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    expect(await violations()).toEqual([]);
  });

  it('the cell detail, with an override and an error shown, has no violations', async () => {
    const { f } = smallClass();
    const detail = await openDetail(f, 0, 0);
    const user = userEvent.setup();
    await user.selectOptions(document.querySelector<HTMLSelectElement>('#override-status')!, 'mastered');
    await user.click(within(detail).getByTestId('save-override'));
    await screen.findByText(/Say why you are overriding/);
    expect(await violations()).toEqual([]);
  });

  it('the edit dialog has no violations', async () => {
    const { f } = smallClass();
    const detail = await openDetail(f, 0, 0);
    await userEvent.setup().click(within(detail).getAllByTestId('edit-evidence')[0]!);
    await screen.findByRole('dialog');
    expect(await violations()).toEqual([]);
  });

  it('the competency page has no violations', async () => {
    const { f } = smallClass();
    renderPage(f);
    await screen.findAllByTestId('grid-cell');
    await userEvent.setup().click(screen.getAllByTestId('grid-col')[0]!);
    const page = await screen.findByTestId('competency-page');
    await within(page).findByTestId('distribution');
    expect(await violations()).toEqual([]);
  });

  it('the no-framework state has no violations', async () => {
    renderPage(masteryFake({}));
    await screen.findByTestId('mastery-no-framework');
    expect(await violations()).toEqual([]);
  });
});
