import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import StudentOwnership from '../src/components/student/StudentOwnership.svelte';
import {
  ANA,
  CLASS_ID,
  artifact,
  conference,
  goal,
  ownershipFake,
  reflection,
  type OwnershipFake,
} from './fakes/ownership';
import { ui } from '../src/lib/ui.svelte';
import { todayIso } from '../src/lib/groups';
import { answerConfirm, mainElement, resetEachTest, serve } from './pageSetup';


function renderSections(f: OwnershipFake) {
  serve(f);
  return render(StudentOwnership, { props: { classId: CLASS_ID, studentId: ANA, studentName: 'Ana García' }, target: mainElement() });
}

const confirmYes = () => answerConfirm(true);

resetEachTest();

describe('the four sections', () => {
  it('come in order, each with a heading and an empty state that says what to do', async () => {
    renderSections(ownershipFake());
    const goals = await screen.findByTestId('student-goals-empty');
    expect(goals).toHaveTextContent('New goal');
    expect(await screen.findByTestId('student-reflections-empty')).toHaveTextContent('New reflection');
    expect(await screen.findByTestId('student-portfolio-empty')).toHaveTextContent('Add work');
    expect(await screen.findByTestId('student-conferences-empty')).toHaveTextContent('New conference');
    const order = Array.from(document.querySelectorAll('section[data-testid^="student-"]')).map((s) => s.getAttribute('data-testid'));
    expect(order).toEqual(['student-goals', 'student-reflections', 'student-portfolio', 'student-conferences']);
    for (const s of document.querySelectorAll('section[data-testid^="student-"]')) {
      expect(within(s as HTMLElement).getByRole('heading', { level: 3 })).toBeVisible();
    }
  });

  it('a populated page with an open form and errors has no axe violations', async () => {
    const user = userEvent.setup();
    const f = ownershipFake({
      goals: [
        goal('g-1', ANA, 'Read 3 chapter books', {
          steps: ['Pick a book', 'Read 20 minutes a day'],
          checkIns: [{ id: 'ci-1', date: '2026-03-01', progress: 40, note: 'Half of the first', author: 'student' }],
          progress: 40,
          overdue: true,
          stale: true,
          competencyCodes: ['6.RP.A.1'],
          profileLinks: ['Drawing'],
        }),
      ],
      reflections: [reflection('r-1', ANA, 'I learned ratios.', { forConference: true })],
      artifacts: [artifact('a-1', ANA, 'Poster', { thumbnail: 'data:image/png;base64,iVBORw0KGgo=' }), artifact('a-2', ANA, 'Essay')],
      conferences: [conference('c-1', ANA, '2026-02-10', { studentLed: true, attendees: ['Rosa'], nextSteps: ['Practise'] })],
    });
    renderSections(f);
    await screen.findAllByTestId('goal-item');
    await user.click(screen.getByTestId('goal-checkin'));
    await user.clear(screen.getByTestId('checkin-progress'));
    await user.type(screen.getByTestId('checkin-progress'), '140');
    await user.click(screen.getByTestId('checkin-save'));
    await screen.findByText('Progress is a whole number from 0 to 100.');
    await user.click(screen.getByTestId('artifact-new'));
    await user.click(screen.getByTestId('artifact-attach'));
    await screen.findByText('Give the piece of work a title.');
    expect(await violations()).toEqual([]);
  });
});

describe('goals', () => {
  it('adds a goal with steps, competencies and profile links', async () => {
    const user = userEvent.setup();
    const f = ownershipFake();
    renderSections(f);
    await user.click(await screen.findByTestId('goal-new'));
    expect(screen.getByTestId('goal-title'), 'the form takes focus').toHaveFocus();

    await user.click(screen.getByTestId('goal-save'));
    expect(await screen.findByText('Give the goal a title, in the student’s words.')).toBeVisible();
    expect(f.callsOf('create_goal')).toEqual([]);

    await user.type(screen.getByTestId('goal-title'), 'Explain unit rates to a friend');
    await user.type(screen.getByTestId('goal-why'), 'So I can help my brother');
    await user.type(screen.getByTestId('goal-steps'), 'Watch the video{Enter}{Enter}  Practise 10 problems  {Enter}');
    await user.type(screen.getByTestId('goal-target-date'), '2026-05-01');
    await user.selectOptions(screen.getByTestId('goal-status'), 'Working on it');
    const comps = screen.getByTestId('goal-competencies');
    await user.click(comps.querySelector<HTMLInputElement>('input[data-code="6.RP.A.2"]')!);
    const links = await screen.findByTestId('goal-links');
    await waitFor(() => expect(within(links).getByLabelText(/Veterinarian/)).toBeVisible());
    await user.click(within(links).getByLabelText(/Veterinarian/));
    await user.click(screen.getByTestId('goal-save'));

    await waitFor(() =>
      expect(f.callsOf('create_goal')).toEqual([
        {
          studentId: ANA,
          input: {
            title: 'Explain unit rates to a friend',
            why: 'So I can help my brother',
            steps: ['Watch the video', 'Practise 10 problems'],
            targetDate: '2026-05-01',
            status: 'active',
            competencyIds: ['c-rp2'],
            profileLinks: ['Veterinarian'],
          },
        },
      ]),
    );
    const item = await screen.findByTestId('goal-item');
    expect(item).toHaveAttribute('data-goal-id');
    expect(item).toHaveTextContent('Explain unit rates to a friend');
    expect(item).toHaveTextContent('Working on it');
    expect(item).toHaveTextContent('6.RP.A.2');
    expect(item).toHaveTextContent('Veterinarian');
    expect(item).toHaveTextContent('So I can help my brother');
    const steps = within(item).getByRole('list', { name: /Steps for/ });
    expect(within(steps).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Watch the video', 'Practise 10 problems']);
    expect(within(item).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
    expect(ui.toast?.message).toBe('Added the goal “Explain unit rates to a friend”.');
    expect(screen.queryByTestId('goal-form'), 'the form closes').toBeNull();
  });

  it('shows a refused field beside it', async () => {
    const user = userEvent.setup();
    const f = ownershipFake();
    renderSections(f);
    await user.click(await screen.findByTestId('goal-new'));
    await user.type(screen.getByTestId('goal-title'), 'Something');
    f.failNext('create_goal', { code: 'invalid', message: 'A step is at most 200 characters.', field: 'steps.0' });
    await user.click(screen.getByTestId('goal-save'));
    const err = await screen.findByText('A step is at most 200 characters.');
    expect(err.id).toBe('goal-steps-error');
    expect(screen.getByTestId('goal-steps')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('goal-steps')).toHaveFocus();
  });

  it('shows overdue and stale goals, check-ins newest first, and adds a check-in', async () => {
    const user = userEvent.setup();
    const f = ownershipFake({
      goals: [
        goal('g-1', ANA, 'Read 3 chapter books', {
          targetDate: '2026-01-15',
          overdue: true,
          stale: true,
          progress: 40,
          checkIns: [
            { id: 'ci-2', date: '2026-01-10', progress: 40, note: 'Second book', author: 'teacher' },
            { id: 'ci-1', date: '2026-01-02', progress: 20, note: 'First book', author: 'student' },
          ],
        }),
      ],
    });
    renderSections(f);
    const item = await screen.findByTestId('goal-item');
    expect(within(item).getByTestId('goal-overdue')).toHaveTextContent('Overdue');
    expect(within(item).getByTestId('goal-stale')).toHaveTextContent('No check-in for 14 days');
    expect(within(item).getByTestId('goal-target')).toHaveTextContent('Jan 15, 2026');
    const rows = within(item).getAllByTestId('checkin-item');
    expect(rows[0]).toHaveTextContent('Jan 10, 2026');
    expect(rows[0]).toHaveTextContent('40%');
    expect(rows[0]).toHaveTextContent('Teacher');
    expect(rows[1]).toHaveTextContent('Student');
    expect(within(item).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');

    await user.click(within(item).getByTestId('goal-checkin'));
    expect(screen.getByTestId<HTMLInputElement>('checkin-date').value, 'today by default').toBe(todayIso());
    expect(screen.getByTestId<HTMLSelectElement>('checkin-author').value, 'the teacher by default').toBe('teacher');
    expect(screen.getByTestId<HTMLInputElement>('checkin-progress').value, 'starts at the latest progress').toBe('40');
    await user.clear(screen.getByTestId('checkin-progress'));
    await user.type(screen.getByTestId('checkin-progress'), '65');
    expect(screen.getByTestId<HTMLInputElement>('checkin-progress-range').value, 'the slider follows').toBe('65');
    await user.type(screen.getByTestId('checkin-note'), 'Started the third');
    await user.click(screen.getByTestId('checkin-save'));
    await waitFor(() =>
      expect(f.callsOf('add_check_in')).toEqual([
        { goalId: 'g-1', input: { date: todayIso(), progress: 65, note: 'Started the third', author: 'teacher' } },
      ]),
    );
    await waitFor(() => expect(within(item).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '65'));
    expect(within(item).getAllByTestId('checkin-item')[0]).toHaveTextContent('Started the third');
    expect(within(item).queryByTestId('goal-stale')).toBeNull();
    expect(within(item).getByTestId('goal-checkin'), 'focus goes back to the button').toHaveFocus();
  });

  it('edits a goal, and a deleted goal comes back with Undo', async () => {
    const user = userEvent.setup();
    const f = ownershipFake({ goals: [goal('g-1', ANA, 'Read more', { competencyIds: ['c-rp1'], competencyCodes: ['6.RP.A.1'] })] });
    renderSections(f);
    await user.click(await screen.findByTestId('goal-edit'));
    const title = screen.getByTestId<HTMLInputElement>('goal-title');
    expect(title.value).toBe('Read more');
    expect(screen.getByTestId('goal-competencies').querySelector<HTMLInputElement>('input[data-code="6.RP.A.1"]')!.checked).toBe(true);
    await user.selectOptions(screen.getByTestId('goal-status'), 'Met');
    await user.click(screen.getByTestId('goal-save'));
    await waitFor(() => expect(f.callsOf('update_goal')[0]).toMatchObject({ id: 'g-1', input: { status: 'met', competencyIds: ['c-rp1'] } }));
    expect(await screen.findByTestId('goal-status-badge')).toHaveTextContent('Met');

    await user.click(screen.getByTestId('goal-delete'));
    await waitFor(() => expect(screen.queryByTestId('goal-item')).toBeNull());
    expect(f.callsOf('delete_goal')).toEqual([{ id: 'g-1' }]);
    expect(ui.toast?.actionLabel).toBe('Undo');
    await ui.toast!.action!();
    expect(f.callsOf('restore_goal')).toEqual([{ id: 'g-1' }]);
    expect(await screen.findByTestId('goal-item')).toHaveTextContent('Read more');
  });
});

describe('reflections', () => {
  it('adds one with a prompt, a competency and a self-rating on its scale', async () => {
    const user = userEvent.setup();
    const f = ownershipFake({ reflections: [reflection('r-old', ANA, 'An older one', { date: '2026-01-01' })] });
    renderSections(f);
    await user.click(await screen.findByTestId('reflection-new'));
    expect(screen.getByTestId('reflection-rating'), 'no rating without a competency').toBeDisabled();
    const prompt = screen.getByTestId<HTMLSelectElement>('reflection-prompt');
    expect(Array.from(prompt.options).map((o) => o.text)).toEqual([
      'Free reflection',
      'What are you proud of this week?',
      'What was hard, and what helped?',
    ]);
    await user.selectOptions(prompt, 'p-1');
    await user.type(screen.getByTestId('reflection-response'), 'My ratio poster.');
    await user.clear(screen.getByTestId('reflection-date'));
    await user.type(screen.getByTestId('reflection-date'), '2026-03-05');
    await user.selectOptions(screen.getByTestId('reflection-competency'), 'c-rp1');
    const rating = screen.getByTestId<HTMLSelectElement>('reflection-rating');
    await waitFor(() => expect(rating).toBeEnabled());
    expect(Array.from(rating.options).map((o) => o.text)).toContain('3 · Proficient');
    await user.selectOptions(rating, '3');
    await user.click(screen.getByTestId('reflection-conference'));
    await user.click(screen.getByTestId('reflection-save'));
    await waitFor(() =>
      expect(f.callsOf('add_reflection')).toEqual([
        {
          studentId: ANA,
          input: {
            promptId: 'p-1',
            response: 'My ratio poster.',
            date: '2026-03-05',
            competencyId: 'c-rp1',
            selfRating: 3,
            forConference: true,
            author: 'teacher',
          },
        },
      ]),
    );
    const items = await screen.findAllByTestId('reflection-item');
    expect(items).toHaveLength(2);
    expect(items[0], 'newest first').toHaveTextContent('My ratio poster.');
    expect(items[0]).toHaveTextContent('What are you proud of this week?');
    expect(items[0]).toHaveTextContent('For the conference');
    await waitFor(() => expect(within(items[0]!).getByTestId('reflection-rating-text')).toHaveTextContent('6.RP.A.1 Self-rating: 3 · Proficient'));
    expect(items[1]).toHaveTextContent('Free reflection');
  });

  it('edits, and deletes only after a confirm', async () => {
    const user = userEvent.setup();
    const f = ownershipFake({ reflections: [reflection('r-1', ANA, 'First draft')] });
    renderSections(f);
    await user.click(await screen.findByTestId('reflection-edit'));
    const response = screen.getByTestId<HTMLTextAreaElement>('reflection-response');
    expect(response.value).toBe('First draft');
    await user.clear(response);
    await user.type(response, 'Second draft');
    await user.click(screen.getByTestId('reflection-save'));
    await waitFor(() => expect(f.callsOf('update_reflection')[0]).toMatchObject({ id: 'r-1', input: { response: 'Second draft' } }));

    await user.click(await screen.findByTestId('reflection-delete'));
    await waitFor(() => expect(ui.confirm).not.toBeNull());
    ui.confirm!.resolve(false);
    expect(f.callsOf('delete_reflection')).toEqual([]);
    await user.click(screen.getByTestId('reflection-delete'));
    await confirmYes();
    await waitFor(() => expect(screen.queryByTestId('reflection-item')).toBeNull());
    expect(f.callsOf('delete_reflection')).toEqual([{ id: 'r-1' }]);
  });
});

describe('portfolio', () => {
  it('shows a data: thumbnail, never another URL, with the size, codes and any problem', async () => {
    const f = ownershipFake({
      artifacts: [
        artifact('a-1', ANA, 'Poster', { thumbnail: 'data:image/png;base64,iVBORw0KGgo=', kind: 'image', competencyIds: ['c-rp1'] }),
        artifact('a-2', ANA, 'Sneaky', { thumbnail: 'https://example.org/x.png', kind: 'image' }),
        artifact('a-3', ANA, 'Essay', { problem: 'file not on this laptop yet', present: false, reflection: 'I wrote this in May.' }),
      ],
    });
    renderSections(f);
    const cards = await screen.findAllByTestId('artifact-item');
    const byId = (id: string) => cards.find((c) => c.getAttribute('data-artifact-id') === id)!;
    const img = within(byId('a-1')).getByRole('img', { name: 'Preview of Poster' });
    expect(img).toHaveAttribute('src', 'data:image/png;base64,iVBORw0KGgo=');
    expect(byId('a-1')).toHaveTextContent('6.RP.A.1');
    expect(byId('a-2').querySelector('img'), 'an http thumbnail is never loaded').toBeNull();
    expect(byId('a-2').querySelector('svg[data-kind="image"]')).not.toBeNull();
    expect(document.querySelectorAll('img[src^="http"]')).toHaveLength(0);
    expect(within(byId('a-3')).getByTestId('artifact-problem')).toHaveTextContent('file not on this laptop yet');
    expect(byId('a-3'), 'the rest still shows').toHaveTextContent('I wrote this in May.');
    expect(within(byId('a-3')).getByTestId('artifact-file')).toHaveTextContent('work.pdf · 2.4 MB');
  });

  it('toggles the highlight star', async () => {
    const user = userEvent.setup();
    const f = ownershipFake({ artifacts: [artifact('a-1', ANA, 'Poster', { competencyIds: ['c-rp2'] })] });
    renderSections(f);
    const star = await screen.findByRole('button', { name: 'Highlight Poster' });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await user.click(star);
    await waitFor(() =>
      expect(f.callsOf('update_artifact')).toEqual([
        { id: 'a-1', input: { title: 'Poster', date: '2026-03-02', reflection: '', competencyIds: ['c-rp2'], highlight: true } },
      ]),
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Highlight Poster' })).toHaveAttribute('aria-pressed', 'true'));
  });

  it('attaches a file after the details; a cancelled picker does nothing; a refusal shows in the form', async () => {
    const user = userEvent.setup();
    const f = ownershipFake();
    renderSections(f);
    await user.click(await screen.findByTestId('artifact-new'));
    await user.type(screen.getByTestId('artifact-title'), 'Ratio poster');
    expect(screen.getByTestId<HTMLInputElement>('artifact-date').value).toBe(todayIso());
    await user.type(screen.getByTestId('artifact-reflection'), 'I used two colours.');
    await user.click(screen.getByTestId('artifact-competencies').querySelector<HTMLInputElement>('input[data-code="6.RP.A.1"]')!);
    await user.click(screen.getByTestId('artifact-highlight'));

    f.nextFile = null;
    await user.click(screen.getByTestId('artifact-attach'));
    await waitFor(() => expect(f.callsOf('attach_artifact')).toHaveLength(1));
    expect(screen.getByTestId('artifact-form'), 'the form stays, as typed').toBeVisible();
    expect(screen.getByTestId<HTMLInputElement>('artifact-title').value).toBe('Ratio poster');
    expect(screen.queryByTestId('artifact-item')).toBeNull();

    f.failNext('attach_artifact', { code: 'invalid', message: 'That file is more than 100 MB (312 MB). Choose a smaller one.' });
    await user.click(screen.getByTestId('artifact-attach'));
    expect(await screen.findByTestId('artifact-error')).toHaveTextContent('more than 100 MB');

    f.nextFile = { fileName: 'poster.png', mime: 'image/png', size: 123_456, kind: 'image', thumbnail: 'data:image/png;base64,iVBORw0KGgo=' };
    await user.click(screen.getByTestId('artifact-attach'));
    await waitFor(() => expect(f.callsOf('attach_artifact')).toHaveLength(3));
    expect(f.callsOf('attach_artifact')[2]).toEqual({
      studentId: ANA,
      input: { title: 'Ratio poster', date: todayIso(), reflection: 'I used two colours.', competencyIds: ['c-rp1'], highlight: true },
      // The picker's filter is named in the teacher's language.
      filterName: 'Images, PDFs, audio, video and documents',
    });
    const card = await screen.findByTestId('artifact-item');
    expect(card).toHaveTextContent('Ratio poster');
    expect(card).toHaveTextContent('poster.png · 121 KB');
    expect(screen.queryByTestId('artifact-form')).toBeNull();
  });

  it('deletes only after a confirm', async () => {
    const user = userEvent.setup();
    const f = ownershipFake({ artifacts: [artifact('a-1', ANA, 'Poster')] });
    renderSections(f);
    await user.click(await screen.findByTestId('artifact-delete'));
    await confirmYes();
    await waitFor(() => expect(screen.queryByTestId('artifact-item')).toBeNull());
    expect(f.callsOf('delete_artifact')).toEqual([{ id: 'a-1' }]);
  });
});

describe('conferences', () => {
  it('records one with lists one item a line, newest first; edits and deletes', async () => {
    const user = userEvent.setup();
    const f = ownershipFake({ conferences: [conference('c-old', ANA, '2025-11-02', { notes: 'Fall conference' })] });
    renderSections(f);
    await user.click(await screen.findByTestId('conference-new'));
    const date = screen.getByTestId<HTMLInputElement>('conference-date');
    expect(date.value).toBe(todayIso());
    await user.clear(date);
    await user.type(date, '2026-03-10');
    await user.type(screen.getByTestId('conference-attendees'), 'Ana{Enter}Rosa (mother){Enter}');
    await user.type(screen.getByTestId('conference-notes'), 'Ana showed her poster.');
    await user.type(screen.getByTestId('conference-next-steps'), 'Finish book 3');
    await user.type(screen.getByTestId('conference-follow-ups'), 'Send the reading list{Enter}Call in May');
    expect(screen.getByTestId('conference-student-led')).toBeChecked();
    await user.click(screen.getByTestId('conference-save'));
    await waitFor(() =>
      expect(f.callsOf('create_conference')).toEqual([
        {
          studentId: ANA,
          input: {
            date: '2026-03-10',
            attendees: ['Ana', 'Rosa (mother)'],
            notes: 'Ana showed her poster.',
            nextSteps: ['Finish book 3'],
            followUps: ['Send the reading list', 'Call in May'],
            studentLed: true,
          },
        },
      ]),
    );
    const items = await screen.findAllByTestId('conference-item');
    expect(items[0]).toHaveTextContent('Mar 10, 2026');
    expect(items[0]).toHaveTextContent('Student-led');
    expect(items[0]).toHaveTextContent('With Ana, Rosa (mother)');
    expect(items[0]).toHaveTextContent('Call in May');
    expect(items[1]).toHaveTextContent('Fall conference');

    await user.click(within(items[1]!).getByTestId('conference-edit'));
    await user.click(screen.getByTestId('conference-student-led'));
    await user.click(screen.getByTestId('conference-student-led'));
    await user.type(screen.getByTestId('conference-notes'), ' Good talk.');
    await user.click(screen.getByTestId('conference-save'));
    await waitFor(() =>
      expect(f.callsOf('update_conference')[0]).toMatchObject({ id: 'c-old', input: { notes: 'Fall conference Good talk.' } }),
    );

    const old = (await screen.findAllByTestId('conference-item'))[1]!;
    await user.click(within(old).getByTestId('conference-delete'));
    await confirmYes();
    await waitFor(() => expect(screen.getAllByTestId('conference-item')).toHaveLength(1));
    expect(f.callsOf('delete_conference')).toEqual([{ id: 'c-old' }]);
  });
});
