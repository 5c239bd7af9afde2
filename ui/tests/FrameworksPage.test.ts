import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
  // importCase hands progress to a Channel; the fake backend calls its onmessage.
  Channel: class {
    onmessage: (m: unknown) => void = () => {};
  },
}));
import { invoke } from '@tauri-apps/api/core';
import FrameworksHarness from './fakes/FrameworksHarness.svelte';
import { framework, frameworksFake, node, sampleFramework, type FrameworksFake } from './fakes/frameworks';
import { classView } from './fakeBackend';
import type { ClassView, ImportProgress } from '../src/api';
import { ui } from '../src/lib/ui.svelte';
import { setLanguage } from '../src/lib/i18n.svelte';

const mockInvoke = vi.mocked(invoke);
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel);

function useBackend(b: FrameworksFake) {
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
}

function renderPage(b: FrameworksFake, cls: ClassView | null = null) {
  useBackend(b);
  return render(FrameworksHarness, { props: { classView: cls } });
}

/** A File as the picker gives it; jsdom's File has no text(), so it is added here. */
function jsonFile(name: string, content: string, size?: number) {
  const file = new File([content], name, { type: 'application/json' });
  const text = vi.fn(() => Promise.resolve(content));
  Object.defineProperty(file, 'text', { value: text });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return { file, text };
}

const treeRows = () => screen.getAllByTestId('tree-node');
const rowText = (el: HTMLElement) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rowFor = (code: string) => treeRows().find((r) => r.querySelector('.code')?.textContent === code)!;

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

describe('framework list', () => {
  it('explains the empty state and offers import and new framework', async () => {
    const user = userEvent.setup();
    renderPage(frameworksFake(), classView('Period 1'));
    const empty = await screen.findByTestId('frameworks-empty');
    expect(screen.getByRole('heading', { level: 1 }), 'the page has one h1').toHaveTextContent('Frameworks');
    expect(empty, 'the empty state must say what a framework is').toHaveTextContent('No frameworks yet');
    expect(within(empty).getByTestId('empty-new-framework')).toHaveTextContent('New framework');

    await user.click(within(empty).getByTestId('empty-import'));
    expect(await screen.findByTestId('case-import'), 'the import panel opens').toBeInTheDocument();
    expect(document.activeElement, 'focus lands on the file picker').toBe($('#case-file'));
  });

  it('lists frameworks with subject, count, CASE version and whether the class uses them', async () => {
    const cls = classView('Period 1');
    const { fw, nodes } = sampleFramework();
    const imported = framework('NGSS Physical Science', { caseIdentifier: 'doc-9', caseVersion: '1.2' });
    const b = frameworksFake({ frameworks: [fw, imported], nodes, used: { [cls.id]: [fw.id] } });
    renderPage(b, cls);

    const items = await screen.findAllByTestId('framework-item');
    expect(items.map(rowText), 'sorted by title, each with subject and competency count').toEqual([
      'Grade 6 Math Mathematics · 3 competencies',
      'NGSS Physical Science 0 competencies CASE v1.2',
    ]);
    const boxes = screen.getAllByTestId<HTMLInputElement>('framework-used');
    expect(boxes.map((b) => b.checked), 'only the attached framework is ticked').toEqual([true, false]);
    expect(screen.getByLabelText('Grade 6 Math: Used by Period 1')).toBe(boxes[0]);
    // The class's framework opens first.
    expect(await screen.findByTestId('framework-title')).toHaveTextContent('Grade 6 Math');
    expect(items[0]).toHaveAttribute('aria-current', 'true');

    // Up and Down move through the list; Enter opens.
    const user = userEvent.setup();
    items[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement, 'Down goes to the next framework').toBe(items[1]);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('framework-title')).toHaveTextContent('NGSS Physical Science'));
  });

  it('follows the class chosen in the header', async () => {
    const p1 = classView('Period 1');
    const p2 = classView('Period 2');
    const { fw, nodes } = sampleFramework();
    const b = frameworksFake({ frameworks: [fw], nodes, used: { [p1.id]: [fw.id] } });
    const { rerender } = renderPage(b, p1);
    const box = await screen.findByLabelText<HTMLInputElement>('Grade 6 Math: Used by Period 1');
    expect(box.checked).toBe(true);
    await rerender({ classView: p2 });
    await waitFor(() => expect(b.callsOf('class_frameworks').at(-1)).toEqual({ classId: p2.id }));
    const box2 = await screen.findByLabelText<HTMLInputElement>('Grade 6 Math: Used by Period 2');
    await waitFor(() => expect(box2.checked, 'Period 2 does not use it').toBe(false));
  });

  it('creates a framework: blank title is caught, a backend field error lands by its field', async () => {
    const b = frameworksFake();
    const user = userEvent.setup();
    renderPage(b);
    await user.click(await screen.findByTestId('new-framework'));
    await user.click(screen.getByTestId('save-framework'));
    expect(await screen.findByText("Framework title can't be blank."), 'checked before calling').toBeInTheDocument();
    expect(b.callsOf('create_framework'), 'nothing is sent for a blank title').toHaveLength(0);
    expect(document.activeElement, 'focus goes to the bad field').toBe($('#framework-title'));

    await user.type($('#framework-title')!, 'Grade 7 Science');
    await user.type($('#framework-subject')!, 'Science');
    b.failNext('create_framework', { code: 'invalid', message: 'Subject is odd.', field: 'subject' });
    await user.click(screen.getByTestId('save-framework'));
    const err = await screen.findByText('Subject is odd.');
    expect(err.id, 'the message is tied to the subject input').toBe('framework-subject-error');
    expect($('#framework-subject')).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByTestId('save-framework'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(b.callsOf('create_framework').at(-1), 'the typed title and subject are sent').toEqual({
      input: { title: 'Grade 7 Science', subject: 'Science' },
    });
    expect(await screen.findByTestId('framework-title'), 'the new framework is opened').toHaveTextContent('Grade 7 Science');
    expect(screen.getByTestId('tree-empty'), 'its empty tree says what to do').toHaveTextContent('no strands or competencies yet');
  });

  it('renames and archives with undo', async () => {
    const { fw, nodes } = sampleFramework();
    const other = framework('Writing');
    const b = frameworksFake({ frameworks: [fw, other], nodes });
    const user = userEvent.setup();
    renderPage(b);
    await screen.findByTestId('framework-title');
    await user.click(screen.getByTestId('rename-framework'));
    const title = $<HTMLInputElement>('#framework-title')!;
    expect(title.value, 'the dialog starts with the current title').toBe('Grade 6 Math');
    await user.clear(title);
    await user.type(title, 'Math 6');
    await user.click(screen.getByTestId('save-framework'));
    await waitFor(() => expect(screen.getByTestId('framework-title')).toHaveTextContent('Math 6'));

    await user.click(screen.getByTestId('archive-framework'));
    await waitFor(() =>
      expect(screen.getAllByTestId('framework-item').map(rowText), 'archived frameworks leave the list').toEqual([
        'Writing 0 competencies',
      ]),
    );
    expect(b.callsOf('set_framework_archived')[0]).toEqual({ id: fw.id, archived: true });
    expect(screen.getByTestId('toast')).toHaveTextContent('Archived Math 6.');
    await user.click(screen.getByTestId('toast-action'));
    await waitFor(() => expect(screen.getAllByTestId('framework-item')).toHaveLength(2));
    expect(b.callsOf('set_framework_archived')[1], 'Undo restores it').toEqual({ id: fw.id, archived: false });
  });

  it('attaches and, after confirming, detaches a framework from the class', async () => {
    const cls = classView('Period 2');
    const { fw, nodes } = sampleFramework();
    const b = frameworksFake({ frameworks: [fw], nodes });
    const user = userEvent.setup();
    renderPage(b, cls);
    const box = await screen.findByTestId<HTMLInputElement>('framework-used');
    expect(box.checked).toBe(false);
    await user.click(box);
    await waitFor(() => expect(b.callsOf('attach_framework')).toEqual([{ classId: cls.id, frameworkId: fw.id }]));
    expect(box.checked).toBe(true);

    await user.click(box);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog, 'detaching promises the evidence is kept').toHaveTextContent('Evidence already recorded is kept');
    await user.click(within(dialog).getByText('Keep using it'));
    expect(box.checked, 'cancel leaves it attached').toBe(true);
    expect(b.callsOf('detach_framework')).toHaveLength(0);

    await user.click(box);
    await user.click(within(await screen.findByRole('alertdialog')).getByTestId('confirm-ok'));
    await waitFor(() => expect(b.callsOf('detach_framework')).toEqual([{ classId: cls.id, frameworkId: fw.id }]));
    expect(box.checked).toBe(false);
    expect(screen.getByTestId('toast')).toHaveTextContent('Its evidence is kept.');
  });
});

describe('CASE import', () => {
  it('refuses a file over 50 MB without reading it or calling import_case', async () => {
    const b = frameworksFake();
    const user = userEvent.setup();
    renderPage(b, classView('Period 1'));
    await user.click(await screen.findByTestId('import-case'));
    const { file, text } = jsonFile('huge.json', '{}', 60 * 1024 * 1024);
    await user.upload($<HTMLInputElement>('#case-file')!, file);
    const err = await screen.findByTestId('case-error');
    expect(err).toHaveAttribute('role', 'alert');
    expect(err).toHaveTextContent('huge.json is 60 MB; Waypoint accepts CASE files up to 50 MB. Nothing was imported.');
    expect(text, 'the file is never read').not.toHaveBeenCalled();
    expect(b.callsOf('import_case'), 'the backend is never asked').toHaveLength(0);
  });

  it('shows progress, then a report, and opens the imported framework', async () => {
    const cls = classView('Period 3');
    const b = frameworksFake();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const original = b.importCase;
    b.importCase = async (args, progress) => {
      progress({ done: 2, total: 4 });
      await gate;
      const r = await original(args, progress);
      return {
        ...r,
        created: 2,
        updated: 1,
        unchanged: 1,
        retired: 0,
        missingParents: [{ identifier: 'abc-123', code: 'RP.9', parent: 'zzz-999' }],
        extraParents: 2,
      };
    };
    const user = userEvent.setup();
    renderPage(b, cls);
    await user.click(await screen.findByTestId('import-case'));
    const attach = $<HTMLInputElement>('#case-attach')!;
    expect(attach.checked, 'using it in the current class is the default').toBe(true);
    expect(screen.getByLabelText('Use it in Period 3')).toBe(attach);

    const { file } = jsonFile('math.json', '{"CFDocument":{}}');
    await user.upload($<HTMLInputElement>('#case-file')!, file);
    const status = await screen.findByText('Writing 2 of 4 items');
    expect(status.closest('[role="status"]'), 'progress is announced').not.toBeNull();
    const bar = $<HTMLProgressElement>('[data-testid="case-progress"] progress')!;
    expect([bar.value, bar.max], 'a determinate progress bar').toEqual([2, 4]);
    expect($('#case-file'), 'no second import while one runs').toBeDisabled();

    release();
    const report = await screen.findByTestId('case-report');
    expect(b.callsOf('import_case')[0]).toMatchObject({ fileName: 'math.json', text: '{"CFDocument":{}}', classId: cls.id });
    expect(report).toHaveTextContent('Imported Imported Standards');
    expect(report).toHaveTextContent('2 items were added.');
    expect(report).toHaveTextContent('1 item was changed.');
    expect(report).toHaveTextContent('1 item was already up to date.');
    expect(report).toHaveTextContent('No items were retired.');
    expect(report).toHaveTextContent("These items' parents were not in the file, so they are at the top level:");
    expect(within(report).getByTestId('case-missing-parents')).toHaveTextContent('RP.9 (parent zzz-999)');
    expect(report).toHaveTextContent('2 extra parent links were ignored');
    expect(report).toHaveTextContent('Period 3 now uses this framework.');

    expect(await screen.findByTestId('framework-title'), 'the imported framework is opened').toHaveTextContent(
      'Imported Standards',
    );
    await waitFor(() => expect(treeRows().map(rowText)).toEqual(['RP Ratios and proportional relationships Strand', 'RP.1 Understand the concept of a ratio. Competency']));
    expect(screen.getByTestId('case-badge')).toHaveTextContent('CASE v1.0');
    expect(screen.getByTestId<HTMLInputElement>('framework-used').checked, 'and ticked as used').toBe(true);
    await waitFor(() => expect($('#case-file'), 'ready for another file').toBeEnabled());
    expect($<HTMLInputElement>('#case-file')!.value, 'reset so the same file can be picked again').toBe('');
  });

  it('imports without attaching when the box is unticked, and hides the box without a class', async () => {
    const b = frameworksFake();
    const user = userEvent.setup();
    renderPage(b, classView('Period 4'));
    await user.click(await screen.findByTestId('import-case'));
    await user.click($('#case-attach')!);
    await user.upload($<HTMLInputElement>('#case-file')!, jsonFile('a.json', '{}').file);
    await screen.findByTestId('case-report');
    expect(b.callsOf('import_case')[0]!.classId, 'no class when unticked').toBeNull();
    cleanup();

    renderPage(frameworksFake(), null);
    await userEvent.setup().click(await screen.findByTestId('import-case'));
    expect($('#case-file')).toBeInTheDocument();
    expect($('#case-attach'), 'no class, nothing to attach to').toBeNull();
  });

  it('shows a rejected import and changes nothing', async () => {
    const { fw, nodes } = sampleFramework();
    const b = frameworksFake({ frameworks: [fw], nodes });
    const user = userEvent.setup();
    renderPage(b, classView('Period 1'));
    await screen.findAllByTestId('tree-node');
    const before = treeRows().map(rowText);
    const listCalls = b.callsOf('list_frameworks').length;
    b.failNext('import_case', {
      code: 'invalid',
      message: 'bad.json is not a CASE package: it has no CFDocument.',
      field: 'file',
    });
    await user.click(screen.getByTestId('import-case'));
    await user.upload($<HTMLInputElement>('#case-file')!, jsonFile('bad.json', '{}').file);
    const err = await screen.findByTestId('case-error');
    expect(err).toHaveTextContent('bad.json is not a CASE package: it has no CFDocument.');
    expect(err).toHaveAttribute('role', 'alert');
    expect(screen.queryByTestId('case-report')).toBeNull();
    expect(screen.getAllByTestId('framework-item').map(rowText), 'the list is as it was').toEqual([
      'Grade 6 Math Mathematics · 3 competencies',
    ]);
    expect(treeRows().map(rowText), 'the tree is as it was').toEqual(before);
    expect(b.callsOf('list_frameworks').length, 'nothing was reloaded').toBe(listCalls);
    await waitFor(() => expect($('#case-file')).toBeEnabled());
  });
});

describe('tree editor', () => {
  async function setup() {
    const sample = sampleFramework();
    const b = frameworksFake({ frameworks: [sample.fw], nodes: sample.nodes });
    const user = userEvent.setup();
    renderPage(b, classView('Period 1'));
    await screen.findAllByTestId('tree-node');
    return { ...sample, b, user };
  }

  it('draws an accessible tree with levels, kinds and expansion', async () => {
    await setup();
    const tree = screen.getByRole('tree', { name: 'Strands and competencies' });
    const items = within(tree).getAllByRole('treeitem');
    expect(items.map(rowText)).toEqual([
      'RP Ratios and proportional relationships Strand',
      'RP.1 Understand the concept of a ratio and use ratio language. Competency',
      'RP.2 Understand the concept of a unit rate. Competency',
      'NS The number system Strand',
      'NS.1 Divide fractions by fractions. Competency',
    ]);
    expect(items.map((i) => i.getAttribute('aria-level'))).toEqual(['1', '2', '2', '1', '2']);
    expect(items[0], 'strands say whether they are open').toHaveAttribute('aria-expanded', 'true');
    expect(items[1]).not.toHaveAttribute('aria-expanded');
    expect(items.filter((i) => i.tabIndex === 0), 'one tab stop').toHaveLength(1);
  });

  it('moves with Down/Up/Home/End, collapses and expands with Left/Right', async () => {
    const { user } = await setup();
    treeRows()[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement, 'Down goes to the next row').toBe(rowFor('RP.1'));
    expect(screen.getByTestId('node-detail'), 'selection follows focus').toHaveTextContent(
      'Understand the concept of a ratio and use ratio language.',
    );
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(rowFor('NS'));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement, 'Up goes back').toBe(rowFor('RP.2'));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement, 'Left on a competency goes to its strand').toBe(rowFor('RP'));
    await user.keyboard('{ArrowLeft}');
    expect(rowFor('RP'), 'Left on an open strand closes it').toHaveAttribute('aria-expanded', 'false');
    expect(treeRows(), 'its children are hidden').toHaveLength(3);
    await user.keyboard('{ArrowRight}');
    expect(rowFor('RP')).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement, 'Right on an open strand goes to its first child').toBe(rowFor('RP.1'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(rowFor('NS.1'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(rowFor('RP'));
  });

  it('Enter opens the edit dialog for the focused node', async () => {
    const { user, b, c2 } = await setup();
    rowFor('RP.2').focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Edit competency' });
    expect($<HTMLTextAreaElement>('#node-statement')!.value).toBe('Understand the concept of a unit rate.');
    await user.clear($('#node-label')!);
    await user.type($('#node-label')!, 'Unit rates');
    await user.click(within(dialog).getByTestId('save-node'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(b.callsOf('update_node')[0]).toEqual({
      id: c2.id,
      input: { kind: 'competency', code: 'RP.2', label: 'Unit rates', statement: 'Understand the concept of a unit rate.', gradeLevels: [] },
    });
    expect(rowText(rowFor('RP.2'))).toBe('RP.2 Unit rates Competency');
    expect(document.activeElement, 'focus returns to the row').toBe(rowFor('RP.2'));
  });

  it('Alt+Down and Alt+Up reorder among siblings with the right index', async () => {
    const { user, b, s1, c1 } = await setup();
    rowFor('RP.1').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(b.callsOf('move_node')).toHaveLength(1));
    expect(b.callsOf('move_node')[0], 'after RP.2, which is index 1 among the others').toEqual({
      id: c1.id,
      parentId: s1.id,
      index: 1,
    });
    await waitFor(() => expect(treeRows().map((r) => r.querySelector('.code')?.textContent)).toEqual(['RP', 'RP.2', 'RP.1', 'NS', 'NS.1']));
    expect(document.activeElement, 'the moved row keeps focus').toBe(rowFor('RP.1'));
    expect(screen.getByTestId('tree-announcement')).toHaveTextContent('Moved Understand the concept of a ratio');

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(b.callsOf('move_node'), 'already last: nothing is sent').toHaveLength(1);
    expect(screen.getByTestId('tree-announcement')).toHaveTextContent('already last');

    rowFor('NS').focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(b.callsOf('move_node')).toHaveLength(2));
    expect(b.callsOf('move_node')[1], 'a top-level strand moves to index 0 at the top').toMatchObject({ parentId: null, index: 0 });
  });

  it('Alt+Left moves out of a strand, Alt+Right into the strand above, with the right args', async () => {
    const { user, b, s1, c2, s2 } = await setup();
    const codesNow = () => treeRows().map((r) => r.querySelector('.code')?.textContent);
    const levelOf = (code: string) => rowFor(code).getAttribute('aria-level');
    const announced = () => screen.getByTestId('tree-announcement');

    rowFor('RP.2').focus();
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await waitFor(() => expect(b.callsOf('move_node')).toHaveLength(1));
    expect(b.callsOf('move_node')[0], 'just after RP, among the top level').toEqual({ id: c2.id, parentId: null, index: 1 });
    await waitFor(() => expect(codesNow()).toEqual(['RP', 'RP.1', 'RP.2', 'NS', 'NS.1']));
    expect(levelOf('RP.2'), 'now at the top level').toBe('1');
    expect(document.activeElement, 'the moved row keeps focus').toBe(rowFor('RP.2'));
    expect(announced()).toHaveTextContent(
      'Moved “Understand the concept of a unit rate.” out of “Ratios and proportional relationships”.',
    );

    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(b.callsOf('move_node'), 'already at the top: nothing is sent').toHaveLength(1);
    expect(announced()).toHaveTextContent('already at the top level');

    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await waitFor(() => expect(b.callsOf('move_node')).toHaveLength(2));
    expect(b.callsOf('move_node')[1], 'back into RP, after RP.1').toEqual({ id: c2.id, parentId: s1.id, index: 1 });
    await waitFor(() => expect(levelOf('RP.2')).toBe('2'));
    expect(document.activeElement).toBe(rowFor('RP.2'));
    expect(announced()).toHaveTextContent('into “Ratios and proportional relationships”.');

    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(b.callsOf('move_node'), 'RP.1 above is a competency: nothing is sent').toHaveLength(2);
    expect(announced()).toHaveTextContent('only a strand can hold other items');
    rowFor('RP.1').focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(b.callsOf('move_node'), 'first in its group: nothing is sent').toHaveLength(2);
    expect(announced()).toHaveTextContent('nothing is above it');

    // Into a closed strand: it opens so the moved strand stays in view and focused.
    rowFor('RP').focus();
    await user.keyboard('{ArrowLeft}');
    expect(rowFor('RP')).toHaveAttribute('aria-expanded', 'false');
    rowFor('NS').focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await waitFor(() => expect(b.callsOf('move_node')).toHaveLength(3));
    expect(b.callsOf('move_node')[2], 'last in RP, after RP.1 and RP.2').toEqual({ id: s2.id, parentId: s1.id, index: 2 });
    await waitFor(() => expect(codesNow()).toEqual(['RP', 'RP.1', 'RP.2', 'NS', 'NS.1']));
    expect(rowFor('RP')).toHaveAttribute('aria-expanded', 'true');
    expect([levelOf('NS'), levelOf('NS.1')]).toEqual(['2', '3']);
    expect(document.activeElement).toBe(rowFor('NS'));
    expect($('#tree-keys'), 'the help lists the keys').toHaveTextContent('Alt+Left moves out of a strand, Alt+Right moves into the strand above');
  });

  it('counts hidden archived siblings when moving, as the backend does', async () => {
    const fw = framework('F');
    const a = node(fw.id, 'competency', 'A', 'Alpha', { position: 0 });
    const x = node(fw.id, 'competency', 'X', 'Archived one', { position: 1, archived: true });
    const c = node(fw.id, 'competency', 'C', 'Gamma', { position: 2 });
    const b = frameworksFake({ frameworks: [fw], nodes: [a, x, c] });
    const user = userEvent.setup();
    renderPage(b);
    await screen.findAllByTestId('tree-node');
    expect(treeRows().map(rowText), 'the archived node is hidden').toEqual(['A Alpha Competency', 'C Gamma Competency']);
    rowFor('A').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(b.callsOf('move_node')).toHaveLength(1));
    expect(b.callsOf('move_node')[0], 'past C means index 2 among X and C').toEqual({ id: a.id, parentId: null, index: 2 });
    await waitFor(() => expect(treeRows().map((r) => r.querySelector('.code')?.textContent)).toEqual(['C', 'A']));
  });

  it('a rejected move shows its message and keeps the order', async () => {
    const { user, b } = await setup();
    b.failNext('move_node', { code: 'storage', message: 'The database is busy. Try again.' });
    rowFor('RP.1').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(await screen.findByTestId('tree-error')).toHaveTextContent('The database is busy. Try again.');
    expect(treeRows().map((r) => r.querySelector('.code')?.textContent)).toEqual(['RP', 'RP.1', 'RP.2', 'NS', 'NS.1']);
  });

  it('Delete archives with Undo; buttons do the same for the mouse', async () => {
    const { user, b, c1 } = await setup();
    rowFor('RP.1').focus();
    await user.keyboard('{Delete}');
    await waitFor(() => expect(b.callsOf('set_node_archived')).toEqual([{ id: c1.id, archived: true }]));
    await waitFor(() => expect(treeRows()).toHaveLength(4));
    expect(document.activeElement, 'focus moves to the next row').toBe(rowFor('RP.2'));
    expect(screen.getByTestId('toast')).toHaveTextContent('Archived RP.1');
    await user.click(screen.getByTestId('toast-action'));
    await waitFor(() => expect(treeRows()).toHaveLength(5));
    expect(b.callsOf('set_node_archived')[1], 'Undo restores it').toEqual({ id: c1.id, archived: false });

    await user.click($('#show-archived-nodes')!);
    await user.click(rowFor('RP.2'));
    await user.click(screen.getByTestId('archive-node'));
    await waitFor(() => expect(rowFor('RP.2')).toHaveTextContent('Archived'));
    expect(screen.getByTestId('archive-node'), 'the button now restores').toHaveTextContent('Unarchive');
    await user.click(screen.getByTestId('move-up'));
    await waitFor(() => expect(b.callsOf('move_node')).toHaveLength(1));
  });

  it('filters by code or statement', async () => {
    const { user } = await setup();
    await user.type($('#node-search')!, 'fractions');
    expect(treeRows().map((r) => r.querySelector('.code')?.textContent), 'the match and its strand').toEqual(['NS', 'NS.1']);
    expect(screen.getByTestId('search-status')).toHaveTextContent('1 match');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement, 'Down from the search enters the tree').toBe(rowFor('NS'));
    await user.clear($('#node-search')!);
    await user.type($('#node-search')!, 'rp.2');
    expect(treeRows().map((r) => r.querySelector('.code')?.textContent)).toEqual(['RP', 'RP.2']);
  });

  it('collapses deep strands by default in a big framework', async () => {
    const fw = framework('Big');
    const nodes = [];
    for (let g = 0; g < 3; g++) {
      const top = node(fw.id, 'strand', `G${g}`, `Grade ${g}`, { position: g });
      nodes.push(top);
      for (let d = 0; d < 5; d++) {
        const mid = node(fw.id, 'strand', `G${g}.D${d}`, `Domain ${d}`, { parentId: top.id, position: d });
        nodes.push(mid);
        for (let k = 0; k < 14; k++) {
          nodes.push(node(fw.id, 'competency', `G${g}.D${d}.${k}`, `Skill ${k}`, { parentId: mid.id, position: k }));
        }
      }
    }
    expect(nodes.length, 'over the 200-node mark').toBeGreaterThan(200);
    renderPage(frameworksFake({ frameworks: [fw], nodes }));
    await screen.findAllByTestId('tree-node');
    expect(treeRows(), 'top strands open, their domains closed').toHaveLength(3 + 15);
    expect(rowFor('G0.D0')).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('node dialog', () => {
  it('checks the statement, shows backend field errors, then adds under the selected strand', async () => {
    const { fw, nodes, s2 } = sampleFramework();
    const b = frameworksFake({ frameworks: [fw], nodes });
    const user = userEvent.setup();
    renderPage(b);
    await screen.findAllByTestId('tree-node');
    await user.click(rowFor('NS'));
    await user.click(screen.getByTestId('add-competency'));
    const dialog = await screen.findByRole('dialog', { name: 'Add a competency' });
    expect($<HTMLSelectElement>('#node-parent')!.value, 'it goes under the selected strand').toBe(s2.id);
    expect($<HTMLInputElement>('#node-kind-competency')!.checked).toBe(true);

    await user.type($('#node-statement')!, '   ');
    await user.click(within(dialog).getByTestId('save-node'));
    const err = await screen.findByText("Statement can't be blank.");
    expect(err.id).toBe('node-statement-error');
    expect(b.callsOf('create_node'), 'a blank statement is never sent').toHaveLength(0);
    expect(document.activeElement).toBe($('#node-statement'));

    await user.type($('#node-statement')!, 'Compute fluently with multi-digit numbers.');
    await user.type($('#node-code')!, 'NS.2');
    await user.type($('#node-grades')!, '6, 7,, 6');
    b.failNext('create_node', { code: 'invalid', message: 'Code is too long.', field: 'code' });
    await user.click(within(dialog).getByTestId('save-node'));
    expect((await screen.findByText('Code is too long.')).id, 'next to the code input').toBe('node-code-error');
    expect($('#node-code')).toHaveAttribute('aria-invalid', 'true');

    b.failNext('create_node', { code: 'invalid', message: 'Nodes can only go under a strand.', field: 'parentId' });
    await user.click(within(dialog).getByTestId('save-node'));
    expect((await screen.findByText('Nodes can only go under a strand.')).id).toBe('node-parent-error');

    await user.click(within(dialog).getByTestId('save-node'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(b.callsOf('create_node').at(-1)).toEqual({
      frameworkId: fw.id,
      parentId: s2.id,
      input: {
        kind: 'competency',
        code: 'NS.2',
        label: '',
        statement: 'Compute fluently with multi-digit numbers.',
        gradeLevels: ['6', '7'],
      },
    });
    await waitFor(() => expect(document.activeElement, 'the new node is focused').toBe(rowFor('NS.2')));
    expect(rowFor('NS.2')).toHaveAttribute('aria-level', '2');
  });

  it('shows a backend kind error beside the kind choice', async () => {
    const { fw, nodes } = sampleFramework();
    const b = frameworksFake({ frameworks: [fw], nodes });
    const user = userEvent.setup();
    renderPage(b);
    await screen.findAllByTestId('tree-node');
    await user.click(rowFor('RP.1'));
    await user.click(screen.getByTestId('edit-node'));
    await user.click(await screen.findByLabelText('Strand'));
    b.failNext('update_node', { code: 'invalid', message: "This competency has evidence, so it can't become a strand.", field: 'kind' });
    await user.click(screen.getByTestId('save-node'));
    expect((await screen.findByText("This competency has evidence, so it can't become a strand.")).id).toBe('node-kind-error');
    expect(screen.getByRole('radiogroup', { name: 'Kind' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('edit mode offers "Goes under" and moves the node last under its new strand after saving the fields', async () => {
    const { fw, nodes, s1, s2, c2 } = sampleFramework();
    const b = frameworksFake({ frameworks: [fw], nodes });
    const user = userEvent.setup();
    renderPage(b);
    await screen.findAllByTestId('tree-node');
    rowFor('RP.2').focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Edit competency' });
    const parent = within(dialog).getByLabelText<HTMLSelectElement>('Goes under');
    expect(parent.id).toBe('node-parent');
    expect(parent.value, 'preselected to where it is now').toBe(s1.id);
    expect(Array.from(parent.options).map((o) => o.value)).toEqual(['', s1.id, s2.id]);

    await user.clear($('#node-label')!);
    await user.type($('#node-label')!, 'Unit rates');
    await user.selectOptions(parent, s2.id);
    await user.click(within(dialog).getByTestId('save-node'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const cmds = b.calls.map((c) => c.cmd).filter((c) => c === 'update_node' || c === 'move_node');
    expect(cmds, 'the fields first, then the move').toEqual(['update_node', 'move_node']);
    expect(b.callsOf('update_node')[0]).toMatchObject({ id: c2.id, input: { label: 'Unit rates' } });
    expect(b.callsOf('move_node')[0], 'last under NS, after NS.1').toEqual({ id: c2.id, parentId: s2.id, index: 1 });
    await waitFor(() =>
      expect(treeRows().map((r) => r.querySelector('.code')?.textContent)).toEqual(['RP', 'RP.1', 'NS', 'NS.1', 'RP.2']),
    );
    expect(rowText(rowFor('RP.2'))).toBe('RP.2 Unit rates Competency');
    expect(document.activeElement, 'focus is on the moved node').toBe(rowFor('RP.2'));
    expect(screen.getByTestId('toast')).toHaveTextContent('moved it into NS The number system');

    // To the top level: after RP and NS.
    await user.keyboard('{Enter}');
    await user.selectOptions(await screen.findByLabelText('Goes under'), '');
    await user.click(screen.getByTestId('save-node'));
    await waitFor(() => expect(b.callsOf('move_node')).toHaveLength(2));
    expect(b.callsOf('move_node')[1]).toEqual({ id: c2.id, parentId: null, index: 2 });
    await waitFor(() => expect(rowFor('RP.2')).toHaveAttribute('aria-level', '1'));

    // Saved without changing the place: no move.
    await user.keyboard('{Enter}');
    await user.click(await screen.findByTestId('save-node'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(b.callsOf('update_node')).toHaveLength(3);
    expect(b.callsOf('move_node'), 'the place did not change').toHaveLength(2);
  });

  it('does not offer a strand itself or what is under it', async () => {
    const fw = framework('Nested');
    const top = node(fw.id, 'strand', 'A', 'Alpha', { position: 0 });
    const inner = node(fw.id, 'strand', 'A.1', 'Alpha one', { parentId: top.id, position: 0 });
    const leaf = node(fw.id, 'competency', 'A.1.a', 'Leaf', { parentId: inner.id, position: 0 });
    const other = node(fw.id, 'strand', 'B', 'Beta', { position: 1 });
    const b = frameworksFake({ frameworks: [fw], nodes: [top, inner, leaf, other] });
    const user = userEvent.setup();
    renderPage(b);
    await screen.findAllByTestId('tree-node');
    rowFor('A').focus();
    await user.keyboard('{Enter}');
    const parent = await screen.findByLabelText<HTMLSelectElement>('Goes under');
    expect(Array.from(parent.options).map((o) => o.value), 'not A, nor A.1 inside it').toEqual(['', other.id]);
    expect(parent.value).toBe('');
    await user.click(screen.getByText('Cancel'));
    rowFor('A.1').focus();
    await user.keyboard('{Enter}');
    const parent2 = await screen.findByLabelText<HTMLSelectElement>('Goes under');
    expect(Array.from(parent2.options).map((o) => o.value)).toEqual(['', top.id, other.id]);
    expect(parent2.value).toBe(top.id);
  });

  it('shows a refused move beside "Goes under" and keeps the dialog open', async () => {
    const { fw, nodes, s2, c1 } = sampleFramework();
    const b = frameworksFake({ frameworks: [fw], nodes });
    const user = userEvent.setup();
    renderPage(b);
    await screen.findAllByTestId('tree-node');
    rowFor('RP.1').focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Edit competency' });
    await user.type($('#node-label')!, 'Ratios');
    await user.selectOptions($<HTMLSelectElement>('#node-parent')!, s2.id);
    b.failNext('move_node', { code: 'invalid', message: 'A competency can only go under a strand.', field: 'parentId' });
    await user.click(within(dialog).getByTestId('save-node'));
    const err = await screen.findByText('A competency can only go under a strand.');
    expect(err.id, 'beside the select').toBe('node-parent-error');
    expect($('#node-parent')).toHaveAttribute('aria-invalid', 'true');
    expect($('#node-parent')?.getAttribute('aria-describedby')).toContain('node-parent-error');
    expect(document.activeElement, 'focus goes to the select').toBe($('#node-parent'));
    expect(screen.getByRole('dialog', { name: 'Edit competency' }), 'the dialog stays open').toBeInTheDocument();
    expect(b.callsOf('update_node'), 'the fields were saved').toHaveLength(1);
    expect(rowText(rowFor('RP.1')), 'and the tree shows them').toBe('RP.1 Ratios Competency');
    expect(await violations(), 'the edit dialog with a move error is axe-clean').toEqual([]);

    await user.click(within(dialog).getByTestId('save-node'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(b.callsOf('move_node').at(-1)).toEqual({ id: c1.id, parentId: s2.id, index: 1 });
    await waitFor(() => expect(rowFor('RP.1')).toHaveAttribute('aria-level', '2'));
    expect(treeRows().map((r) => r.querySelector('.code')?.textContent)).toEqual(['RP', 'RP.2', 'NS', 'NS.1', 'RP.1']);
  });
});

describe('methods and scale', () => {
  async function setup() {
    const sample = sampleFramework();
    const b = frameworksFake({ frameworks: [sample.fw], nodes: sample.nodes });
    const user = userEvent.setup();
    renderPage(b);
    await screen.findAllByTestId('tree-node');
    return { ...sample, b, user };
  }

  it('saves the framework method as Method JSON, percentages as fractions', async () => {
    const { b, user, fw } = await setup();
    const select = $<HTMLSelectElement>('#framework-method')!;
    expect(select.value, 'the default is decaying average').toBe('decaying_average');
    expect($<HTMLInputElement>('#framework-method-param')!.value).toBe('65');
    expect(Array.from(select.options).map((o) => o.text)).toEqual([
      'Highest',
      'Most recent',
      'Average',
      'Weighted average (recent counts w%)',
      'Decaying average (rate d%)',
      'n-mastery (n at or above proficient)',
      'Power law (trend)',
    ]);
    await user.selectOptions(select, 'weighted_average');
    const param = $<HTMLInputElement>('#framework-method-param')!;
    await user.clear(param);
    await user.type(param, '50');
    expect(screen.getByTestId('framework-method-formula'), 'the formula follows the choice').toHaveTextContent(
      'The newest score counts for 50% and the average of all the scores before it for 50%',
    );
    await user.click(screen.getByTestId('save-framework-method'));
    await waitFor(() =>
      expect(b.callsOf('set_framework_method')).toEqual([{ id: fw.id, method: { name: 'weighted_average', weight: 0.5 } }]),
    );

    await user.clear(param);
    await user.type(param, '150');
    await user.click(screen.getByTestId('save-framework-method'));
    expect(await screen.findByText('The weight of the newest score must be a percentage from 0 to 100.')).toBeInTheDocument();
    expect(b.callsOf('set_framework_method'), 'an out-of-range weight is not sent').toHaveLength(1);

    await user.selectOptions(select, 'n_mastery');
    expect(param.isConnected ? param.value : $<HTMLInputElement>('#framework-method-param')!.value).toBe('3');
    b.failNext('set_framework_method', { code: 'invalid', message: 'The number of times is wrong.', field: 'n' });
    await user.click(screen.getByTestId('save-framework-method'));
    expect((await screen.findByText('The number of times is wrong.')).id).toBe('framework-method-param-error');

    await user.selectOptions(select, 'power_law');
    expect($('#framework-method-param'), 'power law takes no parameter').toBeNull();
    await user.click(screen.getByTestId('save-framework-method'));
    await waitFor(() => expect(b.callsOf('set_framework_method').at(-1)).toEqual({ id: fw.id, method: { name: 'power_law' } }));
  });

  it("a competency can use its own method or go back to the framework's", async () => {
    const { b, user, c1 } = await setup();
    await user.click(rowFor('RP.1'));
    const select = $<HTMLSelectElement>('#node-method')!;
    expect(select.options[0]!.text).toBe("Use the framework's method (Decaying average (65%))");
    expect(select.value).toBe('inherit');
    await user.selectOptions(select, 'highest');
    await user.click(screen.getByTestId('save-node-method'));
    await waitFor(() => expect(b.callsOf('set_node_method')).toEqual([{ id: c1.id, method: { name: 'highest' } }]));
    await waitFor(() => expect(rowFor('RP.1')).toHaveTextContent('Own method'));
    await user.selectOptions($<HTMLSelectElement>('#node-method')!, 'inherit');
    await user.click(screen.getByTestId('save-node-method'));
    await waitFor(() => expect(b.callsOf('set_node_method')[1]).toEqual({ id: c1.id, method: null }));
  });

  it('saves a new threshold; client and backend scale errors land by their inputs', async () => {
    const { b, user, fw } = await setup();
    const threshold = $<HTMLSelectElement>('#scale-threshold')!;
    expect(threshold.value).toBe('3');
    expect(Array.from(threshold.options).map((o) => o.value)).toEqual(['0', '0.5', '1', '1.5', '2', '2.5', '3', '3.5', '4']);
    await user.selectOptions(threshold, '0');
    await user.click(screen.getByTestId('save-scale'));
    expect(await screen.findByText(/can't be the lowest level/)).toHaveAttribute('id', 'scale-threshold-error');
    expect(b.callsOf('set_framework_scale'), 'checked before sending').toHaveLength(0);

    await user.selectOptions(threshold, '2.5');
    b.failNext('set_framework_scale', { code: 'invalid', message: 'That label is taken.', field: 'levels.2.label' });
    await user.click(screen.getByTestId('save-scale'));
    expect((await screen.findByText('That label is taken.')).id).toBe('scale-2-label-error');
    expect(document.activeElement).toBe($('#scale-2-label'));

    b.failNext('set_framework_scale', {
      code: 'invalid',
      message: 'Evidence already recorded in this framework uses level 0.5, which the new scale does not have.',
      field: 'levels',
    });
    await user.click(screen.getByTestId('save-scale'));
    expect(await screen.findByTestId('scale-error'), 'a whole-scale problem goes on top').toHaveTextContent('uses level 0.5');

    await user.click(screen.getByTestId('save-scale'));
    await waitFor(() => expect(screen.getByTestId('scale-editor')).toHaveTextContent('Scale saved.'));
    expect(b.callsOf('set_framework_scale'), 'two refusals, then the save').toHaveLength(3);
    const sent = b.callsOf('set_framework_scale')[2]!;
    expect(sent.id).toBe(fw.id);
    expect((sent.scale as { threshold: number }).threshold).toBe(2.5);
    expect((sent.scale as { levels: unknown[] }).levels).toHaveLength(9);
  });

  it('edits levels: add, remove, reset to the default', async () => {
    const { b, user } = await setup();
    await user.click(screen.getByTestId('remove-level-8'));
    expect($('#scale-8-value'), 'the top level is gone').toBeNull();
    await user.click(screen.getByTestId('add-level'));
    expect($<HTMLInputElement>('#scale-8-value')!.value, 'a new level goes one above the top').toBe('4.5');
    expect(document.activeElement, 'ready to type its label').toBe($('#scale-8-label'));
    await user.type($('#scale-8-label')!, 'Beyond');
    await user.click(screen.getByTestId('save-scale'));
    await waitFor(() => expect(b.callsOf('set_framework_scale')).toHaveLength(1));
    const levels = (b.callsOf('set_framework_scale')[0]!.scale as { levels: { value: number; label: string }[] }).levels;
    expect(levels.at(-1)).toEqual({ value: 4.5, label: 'Beyond', descriptor: '' });

    await user.click(screen.getByTestId('reset-scale'));
    expect($<HTMLInputElement>('#scale-8-label')!.value).toBe('Advanced');
    expect($<HTMLSelectElement>('#scale-threshold')!.value).toBe('3');
  });
});

describe('unsaved method and scale edits', () => {
  async function setup() {
    const sample = sampleFramework();
    const other = framework('Writing');
    const b = frameworksFake({ frameworks: [sample.fw, other], nodes: sample.nodes });
    const user = userEvent.setup();
    renderPage(b);
    await screen.findAllByTestId('tree-node');
    const item = (title: string) => screen.getAllByTestId('framework-item').find((i) => i.textContent?.includes(title))!;
    return { ...sample, other, b, user, item };
  }
  const dirtyFlag = () => screen.getByTestId('page-dirty');

  it('asks before switching framework with an unsaved scale; Keep editing keeps the edits', async () => {
    const { user, item } = await setup();
    expect(dirtyFlag(), 'nothing edited yet').toHaveTextContent('saved');
    const label = $<HTMLInputElement>('#scale-2-label')!;
    await user.clear(label);
    await user.type(label, 'Starting');
    expect(dirtyFlag(), 'the page says it has unsaved edits').toHaveTextContent('unsaved');

    await user.click(item('Writing'));
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    expect(confirm).toHaveTextContent('the calculation and scale of Grade 6 Math');
    await user.click(within(confirm).getByText('Keep editing'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByTestId('framework-title'), 'still the same framework').toHaveTextContent('Grade 6 Math');
    expect(item('Grade 6 Math')).toHaveAttribute('aria-current', 'true');
    expect($<HTMLInputElement>('#scale-2-label')!.value, 'the edit is kept').toBe('Starting');
    expect(dirtyFlag()).toHaveTextContent('unsaved');

    await user.click(item('Writing'));
    await user.click(within(await screen.findByRole('alertdialog')).getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('framework-title')).toHaveTextContent('Writing'));
    expect(dirtyFlag(), 'discarded').toHaveTextContent('saved');

    await user.click(item('Grade 6 Math'));
    expect(screen.queryByRole('alertdialog'), 'nothing unsaved: no question').toBeNull();
    await waitFor(() => expect(screen.getByTestId('framework-title')).toHaveTextContent('Grade 6 Math'));
    expect($<HTMLInputElement>('#scale-2-label')!.value, 'the saved scale again').toBe('Beginning');
  });

  it('a saved scale, or an unchanged one, switches without asking', async () => {
    const { user, item, b } = await setup();
    await user.type($('#scale-2-label')!, '!');
    await user.click(screen.getByTestId('save-scale'));
    await waitFor(() => expect(b.callsOf('set_framework_scale')).toHaveLength(1));
    await waitFor(() => expect(dirtyFlag()).toHaveTextContent('saved'));
    await user.click(item('Writing'));
    await waitFor(() => expect(screen.getByTestId('framework-title')).toHaveTextContent('Writing'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks before archiving with an unsaved method; Keep editing archives nothing', async () => {
    const { user, b, fw } = await setup();
    await user.selectOptions($<HTMLSelectElement>('#framework-method')!, 'highest');
    expect(dirtyFlag()).toHaveTextContent('unsaved');
    await user.click(screen.getByTestId('archive-framework'));
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await user.click(within(confirm).getByText('Keep editing'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(b.callsOf('set_framework_archived'), 'nothing archived').toHaveLength(0);
    expect($<HTMLSelectElement>('#framework-method')!.value).toBe('highest');

    await user.click(screen.getByTestId('archive-framework'));
    await user.click(within(await screen.findByRole('alertdialog')).getByTestId('confirm-ok'));
    await waitFor(() => expect(b.callsOf('set_framework_archived')).toEqual([{ id: fw.id, archived: true }]));
    await waitFor(() => expect(screen.getByTestId('framework-title')).toHaveTextContent('Writing'));
    expect(dirtyFlag()).toHaveTextContent('saved');
  });

  it('a re-import of the open framework reloads its tree and keeps the edits; another framework asks first', async () => {
    const { user, b, fw, s2 } = await setup();
    const original = b.importCase;
    b.importCase = async () => {
      b.nodes.push(node(fw.id, 'competency', 'NS.2', 'Compute fluently.', { parentId: s2.id, position: 1 }));
      return {
        frameworkId: fw.id,
        title: fw.title,
        updatedExisting: true,
        created: 1,
        updated: 0,
        unchanged: 5,
        retired: 0,
        missingParents: [],
        extraParents: 0,
        prerequisitesAdded: 0,
        prerequisitesSkipped: 0,
        warnings: [],
        dryRun: false,
      };
    };
    await user.type($('#scale-2-label')!, '!');
    await user.click(screen.getByTestId('import-case'));
    await user.upload($<HTMLInputElement>('#case-file')!, jsonFile('math.json', '{}').file);
    await waitFor(() => expect(rowFor('NS.2'), 'the tree is reloaded').toBeDefined());
    expect(screen.queryByRole('alertdialog'), 'the same framework: nothing to ask').toBeNull();
    expect($<HTMLInputElement>('#scale-2-label')!.value, 'the unsaved edit is kept').toBe('Beginning!');

    b.importCase = original;
    await waitFor(() => expect($('#case-file')).toBeEnabled());
    await user.upload($<HTMLInputElement>('#case-file')!, jsonFile('other.json', '{}').file);
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await user.click(within(confirm).getByText('Keep editing'));
    await screen.findByTestId('case-report');
    expect(screen.getByTestId('framework-title'), 'the open framework stays').toHaveTextContent('Grade 6 Math');
    expect(screen.getAllByTestId('framework-item').map(rowText), 'the imported one is listed').toContain(
      'Imported Standards 1 competency CASE v1.0',
    );
  });

  it('a method typed back to the saved value is not an unsaved edit', async () => {
    const { user, item } = await setup();
    const param = $<HTMLInputElement>('#framework-method-param')!;
    await user.clear(param);
    await user.type(param, '70');
    expect(dirtyFlag()).toHaveTextContent('unsaved');
    await user.clear(param);
    await user.type(param, '65.0');
    expect(dirtyFlag()).toHaveTextContent('saved');
    await user.click(item('Writing'));
    await waitFor(() => expect(screen.getByTestId('framework-title')).toHaveTextContent('Writing'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('prerequisites and credit', () => {
  async function setup(prereqs: { competency: string; requires: string }[] = []) {
    const sample = sampleFramework();
    const b = frameworksFake({ frameworks: [sample.fw], nodes: sample.nodes, prereqs });
    const user = userEvent.setup();
    renderPage(b);
    await screen.findAllByTestId('tree-node');
    return { ...sample, b, user };
  }
  const items = (testid: string) => screen.queryAllByTestId(testid).map(rowText);

  it('adds one from the keyboard, shows both directions, removes one', async () => {
    const { b, user, c1, c2 } = await setup();
    await user.click(rowFor('RP.2'));
    expect(await screen.findByTestId('builds-on-empty'), 'nothing required yet').toBeInTheDocument();
    const select = screen.getByLabelText<HTMLSelectElement>('Add prerequisite');
    expect(
      Array.from(select.options).map((o) => o.text),
      'every other live competency is offered, the competency itself is not',
    ).toEqual(['Choose a competency…', 'RP.1 Understand the concept of a ratio and use ratio language.', 'NS.1 Divide fractions by fractions.']);
    select.focus();
    await user.selectOptions(select, c1.id);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(b.callsOf('add_prerequisite'), 'Enter on the select adds').toEqual([{ competencyId: c2.id, requiresId: c1.id }]));
    await waitFor(() => expect(items('builds-on-item')).toEqual(['RP.1 Understand the concept of a ratio and use ratio language. Remove']));
    expect(Array.from(select.options).map((o) => o.value), 'an added prerequisite is no longer offered').not.toContain(c1.id);

    await user.click(rowFor('RP.1'));
    await waitFor(() => expect(items('leads-to-item'), 'RP.1 leads to RP.2').toEqual(['RP.2 Understand the concept of a unit rate.']));

    await user.click(rowFor('RP.2'));
    await user.click(await screen.findByRole('button', { name: /^Remove RP\.1 .* from what RP\.2 .* builds on$/ }));
    await waitFor(() => expect(b.callsOf('remove_prerequisite')).toEqual([{ competencyId: c2.id, requiresId: c1.id }]));
    expect(await screen.findByTestId('builds-on-empty'), 'the list is empty again').toBeInTheDocument();
  });

  it('a loop is refused with the backend\'s sentence by the control, and nothing changes', async () => {
    const { b, user, c1, c2 } = await setup();
    b.prereqs.push({ competency: c2.id, requires: c1.id });
    await user.click(rowFor('RP.1'));
    const select = await screen.findByLabelText<HTMLSelectElement>('Add prerequisite');
    await user.selectOptions(select, c2.id);
    await user.click(screen.getByTestId('prereq-add-button'));
    const error = await screen.findByText('That would make a loop: RP.1 needs RP.2, which needs RP.1. Remove one of these first.');
    expect(error.id, 'the message is tied to the select').toBe('prereq-choice-error');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(b.prereqs, 'the backend kept only the first link').toEqual([{ competency: c2.id, requires: c1.id }]);
    expect(screen.getByTestId('builds-on-empty'), 'RP.1 still builds on nothing').toBeInTheDocument();
    expect(items('leads-to-item')).toEqual(['RP.2 Understand the concept of a unit rate.']);
    expect(await violations(), 'the detail with a refused add is axe-clean').toEqual([]);

    await user.selectOptions(select, '');
    await user.click(screen.getByTestId('prereq-add-button'));
    expect(await screen.findByText('Choose the competency it builds on.'), 'an empty choice is caught').toBeInTheDocument();
    expect(b.callsOf('add_prerequisite'), 'and not sent').toHaveLength(1);
  });

  it('turns credit from later competencies on and off', async () => {
    const { b, user, fw } = await setup();
    const box = screen.getByLabelText<HTMLInputElement>('Count earlier competencies as mastered when a later one is');
    expect(box.checked, 'off by default').toBe(false);
    expect(box).toHaveAccessibleDescription(/also counts the ones it builds on as mastered/);
    await user.click(box);
    await waitFor(() => expect(b.callsOf('set_framework_credit')).toEqual([{ id: fw.id, on: true }]));
    await waitFor(() => expect(box.checked).toBe(true));

    b.failNext('set_framework_credit', { code: 'storage', message: 'The database is busy.' });
    await user.click(box);
    await waitFor(() => expect(ui.toast?.message).toBe('The database is busy.'));
    expect(box.checked, 'a failed save shows what is saved').toBe(true);
    expect(b.frameworks[0]!.creditFromLater).toBe(true);
  });
});

describe('accessibility (axe-core)', () => {
  it('the list and the tree have no violations', async () => {
    const cls = classView('Period 1');
    const { fw, nodes } = sampleFramework();
    const b = frameworksFake({ frameworks: [fw, framework('Other', { caseIdentifier: 'x', caseVersion: '2' })], nodes, used: { [cls.id]: [fw.id] } });
    const user = userEvent.setup();
    renderPage(b, cls);
    await screen.findAllByTestId('tree-node');
    await user.click(rowFor('RP.1'));
    expect(await violations(), 'every axe violation is a barrier for someone').toEqual([]);
  });

  it('the empty state and the import report have no violations', async () => {
    const b = frameworksFake();
    b.importCase = async (args, progress: (p: ImportProgress) => void) => {
      const r = await frameworksFake().importCase(args, progress);
      const fw = framework(r.title, { id: r.frameworkId, caseIdentifier: 'd', caseVersion: '1' });
      b.frameworks.push(fw);
      return { ...r, missingParents: [{ identifier: 'i-9', code: '', parent: 'p-1' }], extraParents: 1 };
    };
    const user = userEvent.setup();
    renderPage(b, classView('Period 1'));
    await screen.findByTestId('frameworks-empty');
    expect(await violations()).toEqual([]);
    await user.click(screen.getByTestId('import-case'));
    await user.upload($<HTMLInputElement>('#case-file')!, jsonFile('a.json', '{}').file);
    await screen.findByTestId('case-report');
    expect(await violations()).toEqual([]);
  });

  it('the node dialog with errors has no violations', async () => {
    const { fw, nodes } = sampleFramework();
    const user = userEvent.setup();
    renderPage(frameworksFake({ frameworks: [fw], nodes }));
    await screen.findAllByTestId('tree-node');
    await user.click(screen.getByTestId('add-strand'));
    await user.click(await screen.findByTestId('save-node'));
    await screen.findByText("Statement can't be blank.");
    expect(await violations()).toEqual([]);
  });
});

describe('in Spanish', () => {
  afterEach(() => setLanguage('en'));

  it('shows the page, the list, the tree and the settings in Spanish', async () => {
    setLanguage('es');
    const cls = classView('Period 1');
    const { fw, nodes } = sampleFramework();
    renderPage(frameworksFake({ frameworks: [fw], nodes, used: { [cls.id]: [fw.id] } }), cls);
    expect(await screen.findByRole('heading', { level: 1 }), 'the page title is translated').toHaveTextContent('Marcos de competencias');
    await screen.findAllByTestId('tree-node');
    expect(screen.getByTestId('new-framework'), 'the buttons too').toHaveTextContent('Nuevo marco');
    expect(screen.getByText('Todos los marcos'), 'the list heading').toBeInTheDocument();
    expect(screen.getAllByText('Lo usa Period 1').length, 'the used-by box names the class in a Spanish sentence').toBeGreaterThan(0);
    expect(screen.getByTestId('framework-settings'), 'the settings card').toHaveTextContent('Cálculo y escala');
    expect(screen.getByTestId('add-strand'), 'the tree tools').toHaveTextContent('Agregar eje');
    expect(screen.queryByText('Strands and competencies'), 'no English heading is left').toBeNull();
  });
});
