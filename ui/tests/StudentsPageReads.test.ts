// What the Students page asks the backend for as the teacher goes from student to student:
// - the class's competencies (for the goal, reflection and portfolio forms) are the whole
//   mastery grid, so they are read once while the page is open, not again at every student
//   (and again after an import, which may have brought some);
// - a student's sections are read ahead, before they mount (lib/readAhead.ts): each part is
//   read once, and the previous student stays up until the next one's reads are in, so the
//   page is painted once, with its data, not first as a page of loading lines.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import StudentsPage from '../src/components/StudentsPage.svelte';
import type { MasteryGrid } from '../src/bindings';
import type { Commands } from '../src/bindings';
import { classView, fakeBackend, student } from './fakeBackend';
import { answerConfirm, mainElement, resetEachTest, serve } from './pageSetup';

resetEachTest();

describe('the Students page going from student to student', () => {
  it('reads the class’s competencies once, not at every student, and again after an import', async () => {
    const c = classView('Science 7');
    const b = fakeBackend({ classes: [c], students: [student(c.id, 'Ana', 'García'), student(c.id, 'Ben', 'Okafor')] });
    const asked: Record<string, unknown>[] = [];
    const grid: MasteryGrid = { students: [], competencies: [], strands: [], cells: [] };
    serve({
      handle: (cmd, args) => {
        if (cmd !== 'mastery_grid') return b.handle(cmd, args);
        asked.push(args ?? {});
        return Promise.resolve(grid);
      },
    });
    const page = render(StudentsPage, { props: { classView: c, onStudentsChanged: () => {}, importToken: 0 }, target: mainElement() });
    const user = userEvent.setup();
    const [ana, ben] = await screen.findAllByTestId('roster-item');
    const grids = () => asked;

    await user.click(ana!);
    await screen.findByTestId('profile-editor');
    await vi.waitFor(() => expect(grids(), 'the first student’s forms ask for the competencies').toHaveLength(1));
    await user.click(ben!);
    expect(await screen.findByRole('heading', { level: 2, name: /Ben/ }), 'the second student is open').toBeInTheDocument();
    const goals = await screen.findByTestId('student-goals');
    expect(within(goals).getByRole('heading'), 'the second student’s goals show').toBeInTheDocument();
    expect(grids(), 'the second student takes the competencies already read').toHaveLength(1);
    expect(grids()[0], 'for this class').toEqual({ classId: c.id });

    // An import (a framework, say) may have brought competencies: the next student reads again.
    await page.rerender({ importToken: 1 });
    await user.click(ana!);
    await screen.findByRole('heading', { level: 2, name: /Ana/ });
    await vi.waitFor(() => expect(grids(), 'after an import the competencies are read again').toHaveLength(2));
  });
});

describe('the Students page opening a student', () => {
  /** What a student's sections read when they mount, all of which the page reads ahead. */
  const SECTION_READS: (keyof Commands)[] = [
    'get_profile',
    'student_next_steps',
    'student_playlists',
    'list_goals',
    'list_reflections',
    'list_prompts',
    'list_artifacts',
    'list_conferences',
  ];

  const EMPTY_LISTS = ['student_playlists', 'list_goals', 'list_reflections', 'list_prompts', 'list_artifacts', 'list_conferences'];

  /**
   * The page on a class of Ana and Ben, whose goals are held until `letBenIn()`, so a test can
   * look at the page while Ben's reads are out; `asked` lists every command asked for.
   */
  async function anaAndBen() {
    const c = classView('Science 7');
    const ana = student(c.id, 'Ana', 'García');
    const ben = student(c.id, 'Ben', 'Okafor');
    const b = fakeBackend({ classes: [c], students: [ana, ben] });
    const asked: string[] = [];
    let release: (() => void) | null = null;
    serve({
      handle: (cmd, args) => {
        asked.push(cmd);
        // The base fake has no goals, reflections, portfolio, conferences or playlists: none yet.
        const answer = EMPTY_LISTS.includes(cmd) ? Promise.resolve([]) : b.handle(cmd, args);
        if (cmd === 'list_goals' && args?.studentId === ben.id) return new Promise((r) => (release = () => r(answer)));
        return answer;
      },
    });
    render(StudentsPage, { props: { classView: c, onStudentsChanged: () => {} }, target: mainElement() });
    const [anaItem, benItem] = await screen.findAllByTestId('roster-item');
    return {
      asked,
      anaItem: anaItem!,
      benItem: benItem!,
      benAskedFor: () => release !== null,
      letBenIn: () => release!(),
    };
  }

  it('reads each of the student’s parts once, and keeps the previous student up until they are in', async () => {
    const { asked, anaItem, benItem, benAskedFor, letBenIn } = await anaAndBen();
    const user = userEvent.setup();

    await user.click(anaItem);
    await screen.findByTestId('student-goals-empty');
    await vi.waitFor(() => expect(screen.queryAllByText(/loading/i), 'Ana’s page has settled').toHaveLength(0));
    asked.length = 0;

    await user.click(benItem);
    await vi.waitFor(() => expect(benAskedFor(), 'Ben’s goals were asked for').toBe(true));
    expect(screen.getByRole('heading', { level: 2, name: /Ana/ }), 'Ana’s page stays up while Ben’s reads are out').toBeInTheDocument();
    expect(benItem, 'the roster already shows Ben as the one chosen').toHaveAttribute('aria-current', 'true');
    letBenIn();
    expect(await screen.findByRole('heading', { level: 2, name: /Ben/ }), 'Ben’s page comes once his reads are in').toBeInTheDocument();
    await screen.findByTestId('student-goals-empty');
    for (const cmd of SECTION_READS) {
      expect(asked.filter((a) => a === cmd), `${cmd} is read once for Ben: his section takes the read made ahead`).toHaveLength(1);
    }
  });

  it('asks before dropping what was typed into the previous student while the next one’s reads were out', async () => {
    const { anaItem, benItem, benAskedFor, letBenIn } = await anaAndBen();
    const user = userEvent.setup();
    await user.click(anaItem);
    const notes = await screen.findByLabelText(/notes/i, { selector: '#profile-notes' });

    await user.click(benItem);
    await vi.waitFor(() => expect(benAskedFor(), 'Ben’s reads are out').toBe(true));
    await user.type(notes, 'Likes tide pools');
    letBenIn();
    await answerConfirm(false);
    await vi.waitFor(() => expect(anaItem, 'the roster goes back to Ana').toHaveAttribute('aria-current', 'true'));
    expect(screen.getByRole('heading', { level: 2, name: /Ana/ }), 'Ana stays open, with what was typed').toBeInTheDocument();
    expect(notes, 'the typing is kept').toHaveValue('Likes tide pools');
  });
});
