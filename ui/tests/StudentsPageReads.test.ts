// What the Students page asks the backend for as the teacher goes from student to student:
// the class's competencies (for the goal, reflection and portfolio forms) are the whole
// mastery grid, so they are read once while the page is open, not again at every student
// (and again after an import, which may have brought some).
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import StudentsPage from '../src/components/StudentsPage.svelte';
import type { MasteryGrid } from '../src/bindings';
import { classView, fakeBackend, student } from './fakeBackend';
import { mainElement, resetEachTest, serve } from './pageSetup';

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
