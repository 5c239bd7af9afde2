import { describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import StudentModeScreen from '../src/components/StudentModeScreen.svelte';
import { ANA, BEN, CARA, artifact, ownershipFake, type OwnershipFake } from './fakes/ownership';
import { board, feedbackOf } from './fakes/voice';
import { resetEachTest, serve } from './pageSetup';

resetEachTest();

function show(f: OwnershipFake) {
  serve(f);
  render(StudentModeScreen, { props: { onExit: vi.fn() } });
}

/** Ana in student mode with a next step, a board, Ben's work open for review and Cara's (another class). */
function anaWithVoice(o: Parameters<typeof ownershipFake>[0] = {}) {
  return ownershipFake({
    pin: '2468',
    modeStudent: ANA,
    nextSteps: { [ANA]: [{ competencyId: 'c-rp2', code: '6.RP.A.2', statement: 'Understand the concept of a unit rate.' }] },
    boards: {
      [ANA]: [
        board('pl-1', 'Unit rates board', [
          ['act-1', 'Read: the price of apples', 'not_started'],
          ['act-2', 'Build a rate table', 'not_started'],
          ['act-3', 'Ratio warm-up', 'done'],
        ]),
      ],
    },
    artifacts: [
      artifact('a-ben', BEN, 'Bridge model', { peerReview: true, reflection: 'I used triangles.', thumbnail: 'data:image/png;base64,iVBORw0KGgo=', kind: 'image' }),
      artifact('a-ben-closed', BEN, 'Ben’s closed essay'),
      artifact('a-cara', CARA, 'Cara’s poster', { peerReview: true }),
      artifact('a-ana', ANA, 'My ratio poster', { peerReview: true, shareFeedback: true }),
    ],
    feedback: [feedbackOf('fb-1', 'a-ana', BEN, 'Ben', ['The colours', '', 'Add a title'])],
    ...o,
  });
}

describe('my next steps', () => {
  it('shows the next steps in plain words and the board, and passes axe', async () => {
    show(anaWithVoice());
    const steps = await screen.findByTestId('sm-next-steps');
    expect(within(steps).getByRole('heading', { level: 2, name: 'My next steps' })).toBeVisible();
    expect(within(steps).getByTestId('sm-next-step'), 'code and statement').toHaveTextContent('6.RP.A.2 Understand the concept of a unit rate.');
    expect(steps, 'no levels in student mode').not.toHaveTextContent(/level|proficient/i);
    const b = within(steps).getByRole('group', { name: 'Unit rates board' });
    expect(within(b).getAllByRole('button', { name: /^Choose this/ }), 'a done activity is not offered again').toHaveLength(2);
    expect(within(b).getAllByTestId('sm-activity')[2]).toHaveTextContent('Done');
    expect(await violations()).toEqual([]);
  });

  it('records a pick, marks it, and keeps the others choosable; a second pick is recorded too', async () => {
    const user = userEvent.setup();
    const f = anaWithVoice();
    show(f);
    await user.click(await screen.findByRole('button', { name: 'Choose this: Build a rate table' }));
    await waitFor(() => expect(f.callsOf('student_mode_choose')).toEqual([{ playlistId: 'pl-1', activityId: 'act-2' }]));
    const chosen = () => screen.getAllByTestId('sm-activity')[1]!;
    await waitFor(() => expect(chosen()).toHaveAttribute('data-status', 'in_progress'));
    expect(within(chosen()).getByTestId('sm-activity-mark')).toHaveTextContent('My choice');
    expect(chosen(), 'the keyboard stays on the chosen activity').toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('You chose Build a rate table.');

    await user.click(screen.getByRole('button', { name: 'Choose this: Read: the price of apples' }));
    await waitFor(() => expect(f.callsOf('student_mode_choose')).toHaveLength(2));
    expect(f.callsOf('student_mode_choose')[1]).toEqual({ playlistId: 'pl-1', activityId: 'act-1' });
    await waitFor(() => expect(screen.queryAllByRole('button', { name: /^Choose this/ })).toHaveLength(0));
  });

  it('shows a refused pick beside the board, and friendly empty states', async () => {
    const user = userEvent.setup();
    const f = anaWithVoice();
    f.failNext('student_mode_choose', { code: 'not_found', message: 'That choice board is no longer there.' });
    show(f);
    await user.click(await screen.findByRole('button', { name: 'Choose this: Build a rate table' }));
    expect(await screen.findByTestId('sm-choose-error')).toHaveTextContent('That choice board is no longer there.');
    expect(screen.getAllByTestId('sm-activity')[1]).toHaveAttribute('data-status', 'not_started');
    cleanup();

    show(anaWithVoice({ nextSteps: {}, boards: {} }));
    expect(await screen.findByTestId('sm-boards-empty')).toHaveTextContent("Your teacher hasn't made a choice board for you yet.");
    expect(screen.getByTestId('sm-next-empty')).toBeVisible();
  });

  it('the fake refuses a board that does not reach the student, as the backend does', async () => {
    const f = anaWithVoice();
    await expect(f.handle('student_mode_choose', { playlistId: 'pl-other', activityId: 'act-1' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('peer feedback in student mode', () => {
  it("lists only classmates' work open for review, never Ana's own or another class's", async () => {
    show(anaWithVoice());
    const items = await screen.findAllByTestId('sm-review-item');
    expect(items.map((i) => i.getAttribute('data-artifact-id'))).toEqual(['a-ben']);
    expect(items[0]).toHaveTextContent('Bridge model');
    expect(items[0]).toHaveTextContent('by Ben');
    expect(items[0], 'the first name only').not.toHaveTextContent('Okafor');
    expect(items[0]).toHaveTextContent('Ben says: I used triangles.');
    expect(within(items[0]!).getByRole('img', { name: 'Preview of Bridge model' })).toHaveAttribute('src', 'data:image/png;base64,iVBORw0KGgo=');
  });

  it('sends the three answers; a blank form is refused beside the first box; then thanks and marks it answered', async () => {
    const user = userEvent.setup();
    const f = anaWithVoice();
    show(f);
    const open = await screen.findByRole('button', { name: 'Give feedback on Bridge model by Ben' });
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    const boxes = screen.getAllByTestId<HTMLTextAreaElement>('sm-feedback-answer');
    expect(boxes.map((b) => b.labels?.[0]?.textContent)).toEqual(['I notice…', 'I wonder…', 'A next step could be…']);
    expect(boxes[0]).toHaveFocus();

    await user.click(screen.getByTestId('sm-feedback-send'));
    expect(boxes[0]).toHaveAccessibleDescription('Write something for at least one prompt.');
    expect(boxes[0]).toHaveFocus();
    expect(f.callsOf('student_mode_give_feedback'), 'checked before sending').toEqual([]);

    await user.type(boxes[0]!, 'Strong triangles');
    await user.type(boxes[2]!, 'Test it with weights');
    await user.click(screen.getByTestId('sm-feedback-send'));
    await waitFor(() =>
      expect(f.callsOf('student_mode_give_feedback')).toEqual([{ artifactId: 'a-ben', input: { answers: ['Strong triangles', '', 'Test it with weights'] } }]),
    );
    expect(await screen.findByTestId('sm-feedback-thanks')).toHaveTextContent('Thank you!');
    expect(screen.queryByTestId('sm-feedback-form')).toBeNull();
    const again = screen.getByRole('button', { name: 'Give more feedback on Bridge model by Ben' });
    expect(again).toHaveFocus();
    expect(f.feedback.at(-1)).toMatchObject({ authorId: ANA, authorName: 'Ana', answers: ['Strong triangles', '', 'Test it with weights'] });
  });

  it('shows a backend refusal beside its field and keeps what was typed', async () => {
    const user = userEvent.setup();
    const f = anaWithVoice();
    f.failNext('student_mode_give_feedback', { code: 'invalid', message: 'Answer 2 is too long.', field: 'answers.1' });
    show(f);
    await user.click(await screen.findByRole('button', { name: 'Give feedback on Bridge model by Ben' }));
    const boxes = screen.getAllByTestId<HTMLTextAreaElement>('sm-feedback-answer');
    await user.type(boxes[1]!, 'Why triangles?');
    await user.click(screen.getByTestId('sm-feedback-send'));
    await waitFor(() => expect(boxes[1]).toHaveAccessibleDescription('Answer 2 is too long.'));
    expect(boxes[1]!.value).toBe('Why triangles?');
    expect(await violations(), 'the open form with an error').toEqual([]);
  });

  it('the fake answers only an item open for review of a classmate in the same class', async () => {
    const f = anaWithVoice();
    const give = (artifactId: string) => f.handle('student_mode_give_feedback', { artifactId, input: { answers: ['Nice', '', ''] } });
    await expect(give('a-ben-closed'), 'not open').rejects.toMatchObject({ code: 'not_found' });
    await expect(give('a-ana'), 'her own').rejects.toMatchObject({ code: 'not_found' });
    await expect(give('a-cara'), 'another class').rejects.toMatchObject({ code: 'not_found' });
    await expect(f.handle('student_mode_give_feedback', { artifactId: 'a-ben', input: { answers: [' ', '', ''] } })).rejects.toMatchObject({
      code: 'invalid',
      field: 'answers.0',
    });
    expect(f.feedback, 'nothing written').toHaveLength(1);
  });

  it("shows the feedback on Ana's work that the teacher shares, with the classmate's first name", async () => {
    show(anaWithVoice());
    const item = await screen.findByTestId('sm-received-item');
    expect(item).toHaveTextContent('My ratio poster');
    expect(item).toHaveTextContent('From Ben');
    expect(within(item).getByText('I notice').nextElementSibling).toHaveTextContent('The colours');
    expect(within(item).queryByText('I wonder'), 'a blank answer is left out').toBeNull();
    expect(within(item).getByText('A next step could be').nextElementSibling).toHaveTextContent('Add a title');
    cleanup();

    const hidden = anaWithVoice();
    hidden.artifacts.find((a) => a.id === 'a-ana')!.shareFeedback = false;
    show(hidden);
    expect(await screen.findByTestId('sm-received-empty')).toBeVisible();
    expect(screen.queryByText('The colours'), 'not shared, not shown').toBeNull();
  });
});
