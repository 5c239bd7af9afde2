import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import StudentOwnership from '../src/components/student/StudentOwnership.svelte';
import ConferencesPage from '../src/components/ConferencesPage.svelte';
import { ANA, BEN, CLASS_ID, artifact, ownershipFake, type OwnershipFake } from './fakes/ownership';
import { feedbackOf } from './fakes/voice';
import { conferencesFake, type ConferencesFake } from './fakes/conferences';
import { ui } from '../src/lib/ui.svelte';
import type { ClassView } from '../src/api';
import { answerConfirm, mainElement, resetEachTest, serve } from './pageSetup';

resetEachTest();

function renderPortfolio(f: OwnershipFake) {
  serve(f);
  return render(StudentOwnership, { props: { classId: CLASS_ID, studentId: ANA, studentName: 'Ana García' }, target: mainElement() });
}

const CLASS: ClassView = { id: CLASS_ID, name: 'Period 2', subject: 'Math', gradeLevel: '6', archived: false, studentCount: 2 };

async function openPromptsTab(f: ConferencesFake) {
  serve(f);
  render(ConferencesPage, { props: { classView: CLASS }, target: mainElement() });
  await userEvent.setup().click(screen.getByTestId('conf-tab-prompts'));
  return screen.findByTestId('feedback-protocol-form');
}

/** Ana's poster with two pieces of feedback, and her essay with none. */
function withFeedback() {
  return ownershipFake({
    artifacts: [artifact('a-1', ANA, 'Poster', { peerReview: true }), artifact('a-2', ANA, 'Essay')],
    feedback: [
      feedbackOf('fb-1', 'a-1', BEN, 'Ben', ['Bright colours', 'Why blue?', '']),
      feedbackOf('fb-2', 'a-1', 's-cam', 'Cam', ['', '', 'Add labels'], { date: '2026-03-06' }),
    ],
  });
}

const card = (id: string) => screen.getAllByTestId('artifact-item').find((c) => c.getAttribute('data-artifact-id') === id)!;

describe('peer review on a portfolio item', () => {
  it('opens an item for review and lets the owner read the feedback, by first name', async () => {
    const user = userEvent.setup();
    const f = ownershipFake({ artifacts: [artifact('a-1', ANA, 'Poster')] });
    renderPortfolio(f);
    const open = await screen.findByRole('checkbox', { name: 'Open for peer review' });
    const share = screen.getByRole('checkbox', { name: 'Let Ana read the feedback' });
    expect(open).not.toBeChecked();
    await user.click(open);
    await waitFor(() => expect(f.callsOf('set_peer_review')).toEqual([{ id: 'a-1', open: true, shareWithOwner: false }]));
    await user.click(share);
    await waitFor(() => expect(f.callsOf('set_peer_review')[1]).toEqual({ id: 'a-1', open: true, shareWithOwner: true }));
    expect(f.artifacts[0]).toMatchObject({ peerReview: true, shareFeedback: true });
    expect(screen.queryByTestId('peer-feedback'), 'no feedback, no disclosure').toBeNull();
  });

  it('a refused change leaves the box as it was and says why', async () => {
    const user = userEvent.setup();
    const f = ownershipFake({ artifacts: [artifact('a-1', ANA, 'Poster')] });
    f.failNext('set_peer_review', { code: 'not_found', message: 'That piece of work was deleted on another laptop.' });
    renderPortfolio(f);
    const open = await screen.findByRole('checkbox', { name: 'Open for peer review' });
    await user.click(open);
    await waitFor(() => expect(ui.toast?.message).toBe('That piece of work was deleted on another laptop.'));
    expect(open).not.toBeChecked();
  });

  it('lists the feedback behind "Feedback (n)" with author, date and answers, and passes axe', async () => {
    const user = userEvent.setup();
    const f = withFeedback();
    renderPortfolio(f);
    const poster = await waitFor(() => within(card('a-1')).getByTestId('peer-feedback'));
    const summary = within(poster).getByText('Feedback (2)');
    expect(within(card('a-2')).queryByTestId('peer-feedback'), 'none on the essay').toBeNull();
    expect(
      f.callsOf('list_feedback'),
      'only the item that counts feedback is read: no call per item for the others',
    ).toEqual([{ artifactId: 'a-1' }]);
    await user.click(summary);
    const items = within(poster).getAllByTestId('peer-feedback-item');
    expect(items[0]).toHaveTextContent('Ben');
    expect(items[0]).toHaveTextContent('I notice');
    expect(items[0]).toHaveTextContent('Bright colours');
    expect(items[0]).toHaveTextContent('Why blue?');
    expect(items[0], 'a blank answer is left out').not.toHaveTextContent('A next step could be');
    expect(items[1]).toHaveTextContent('Cam');
    expect(items[1]).toHaveTextContent('Add labels');
    expect(await violations()).toEqual([]);
  });

  it('removes a piece of feedback only after a confirm', async () => {
    const user = userEvent.setup();
    const f = withFeedback();
    renderPortfolio(f);
    const poster = await waitFor(() => within(card('a-1')).getByTestId('peer-feedback'));
    await user.click(within(poster).getByText('Feedback (2)'));
    await user.click(within(poster).getAllByRole('button', { name: /^Remove Ben’s feedback/ })[0]!);
    await answerConfirm(false);
    expect(f.callsOf('delete_feedback'), 'Cancel keeps it').toEqual([]);

    await user.click(within(poster).getAllByRole('button', { name: /^Remove Ben’s feedback/ })[0]!);
    expect(ui.confirm?.message).toContain('“Poster”');
    await answerConfirm(true);
    await waitFor(() => expect(f.callsOf('delete_feedback')).toEqual([{ id: 'fb-1' }]));
    await waitFor(() => expect(within(poster).getByText('Feedback (1)')).toBeVisible());
    expect(ui.toast?.message).toBe('Removed Ben’s feedback.');

    await user.click(within(poster).getByRole('button', { name: /^Remove Cam’s feedback/ }));
    await answerConfirm(true);
    await waitFor(() => expect(within(card('a-1')).queryByTestId('peer-feedback')).toBeNull());
    expect(within(card('a-1')).getByRole('checkbox', { name: 'Open for peer review' }), 'focus stays on the card').toHaveFocus();
  });
});

describe('the feedback protocol', () => {
  it('sits on the prompts tab with the three prompts, saves them and passes axe', async () => {
    const user = userEvent.setup();
    const f = conferencesFake();
    const form = await openPromptsTab(f);
    expect(screen.getByRole('heading', { level: 2, name: 'Peer feedback prompts' })).toBeVisible();
    const fields = within(form).getAllByTestId<HTMLInputElement>('feedback-prompt');
    expect(fields.map((x) => x.value)).toEqual(['I notice', 'I wonder', 'A next step could be']);
    expect(screen.getByTestId('feedback-protocol-reset'), 'already the default').toBeDisabled();

    await user.clear(fields[2]!);
    await user.type(fields[2]!, '  Try this next  ');
    await user.click(screen.getByTestId('feedback-protocol-save'));
    await waitFor(() => expect(f.callsOf('set_feedback_prompts')).toEqual([{ prompts: ['I notice', 'I wonder', 'Try this next'] }]));
    expect(f.feedbackPrompts).toEqual(['I notice', 'I wonder', 'Try this next']);
    await waitFor(() => expect(ui.toast?.message).toBe('Saved the feedback prompts.'));
    expect(await violations()).toEqual([]);
  });

  it('says a blank or refused prompt beside its field, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const f = conferencesFake();
    const form = await openPromptsTab(f);
    const fields = within(form).getAllByTestId<HTMLInputElement>('feedback-prompt');
    await user.clear(fields[1]!);
    await user.click(screen.getByTestId('feedback-protocol-save'));
    expect(fields[1]).toHaveAccessibleDescription("Prompt 2 can't be blank.");
    expect(fields[1]).toHaveFocus();
    expect(f.callsOf('set_feedback_prompts')).toEqual([]);

    f.failNext('set_feedback_prompts', { code: 'invalid', message: 'Prompt 1 is longer than 80 characters.', field: 'prompts.0' });
    await user.type(fields[1]!, 'I wonder why');
    await user.click(screen.getByTestId('feedback-protocol-save'));
    await waitFor(() => expect(fields[0]).toHaveAccessibleDescription('Prompt 1 is longer than 80 characters.'));
    expect(fields[1]!.value).toBe('I wonder why');
    expect(await violations(), 'with an error shown').toEqual([]);
  });

  it('resets to the default, with Undo', async () => {
    const user = userEvent.setup();
    const f = conferencesFake();
    f.feedbackPrompts = ['Glow', 'Grow', 'Go'];
    const form = await openPromptsTab(f);
    await user.click(screen.getByTestId('feedback-protocol-reset'));
    await waitFor(() => expect(f.feedbackPrompts).toEqual(['I notice', 'I wonder', 'A next step could be']));
    expect(within(form).getAllByTestId<HTMLInputElement>('feedback-prompt').map((x) => x.value)).toEqual(['I notice', 'I wonder', 'A next step could be']);
    expect(ui.toast?.message).toBe('The feedback prompts are back to the default.');
    await ui.toast!.action!();
    expect(f.feedbackPrompts).toEqual(['Glow', 'Grow', 'Go']);
    await waitFor(() => expect(within(form).getAllByTestId<HTMLInputElement>('feedback-prompt')[0]!.value).toBe('Glow'));
  });

  it('unsaved prompt edits are asked about before leaving the tab', async () => {
    const user = userEvent.setup();
    const f = conferencesFake();
    const form = await openPromptsTab(f);
    await user.type(within(form).getAllByTestId('feedback-prompt')[0]!, ' this');
    await user.click(screen.getByTestId('conf-tab-goals'));
    await answerConfirm(false);
    await waitFor(() => expect(screen.getByTestId('conf-tab-prompts')).toHaveAttribute('aria-selected', 'true'));
  });
});
