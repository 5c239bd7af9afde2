import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import { invoke } from '@tauri-apps/api/core';
import NextStepsHarness from './fakes/NextStepsHarness.svelte';
import { CLASS_ID, activity, playlistsFake, type PlaylistsFake } from './fakes/playlists';
import { line, step, studentNextSteps, suggested } from './fakes/nextSteps';
import { ui } from '../src/lib/ui.svelte';

const mockInvoke = vi.mocked(invoke);
const ANA = 's-ana';
const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function renderSection(f: PlaylistsFake) {
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => f.handle(cmd, args as Record<string, unknown>) as never);
  return render(NextStepsHarness, { props: { classId: CLASS_ID, studentId: ANA, studentName: 'Ana García' } });
}

/** Ana: ready for 6.RP.A.2 (working on it, level 2) and 6.RP.A.3, waiting on 6.RP.A.4. */
function anaReady(f: PlaylistsFake) {
  f.activities = [
    activity('a1', 'c-rp2', 'Unit-rate video', { modality: 'watch', minutes: 10 }),
    activity('a2', 'c-rp2', 'Soccer stats', { interests: ['soccer'] }),
    activity('a3', 'c-rp1', 'Ratio cards'),
  ];
  f.nextSteps[ANA] = studentNextSteps(ANA, 'Ana García', {
    steps: [
      step(
        line('c-rp2', '6.RP.A.2', 'working_on_it', 'working on it: 6.RP.A.1 mastered; 2 pieces of evidence, level 2', {
          statement: 'Understand the concept of a unit rate.',
          level: 2,
        }),
        [
          suggested('a1', 'Unit-rate video', { modality: 'watch', minutes: 10, fit: 'way_of_learning' }),
          suggested('a2', 'Soccer stats', { fit: 'interest', interest: 'soccer' }),
        ],
      ),
      step(line('c-rp3', '6.RP.A.3', 'ready', 'ready: 6.RP.A.1 mastered', { statement: 'Use ratio reasoning <b>to solve</b> problems.' })),
    ],
    notYet: [line('c-rp4', '6.RP.A.4', 'not_yet', 'not yet: needs 6.RP.A.2 and 6.RP.A.3')],
    mastered: 1,
    total: 4,
  });
}

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.title = 'Waypoint';
});
afterEach(() => {
  cleanup();
  mockInvoke.mockReset();
  ui.toast = null;
});

describe("a student's next steps", () => {
  it('lists the ready steps in the backend order with reasons, levels and why each activity fits', async () => {
    const f = playlistsFake();
    anaReady(f);
    renderSection(f);
    const steps = await screen.findAllByTestId('next-step');
    expect(steps.map((s) => s.dataset.competencyId), 'nearest first, as the backend sent them').toEqual(['c-rp2', 'c-rp3']);
    expect(screen.getByTestId('next-steps-count')).toHaveTextContent('1 of 4 competencies mastered');
    const [first, second] = steps as [HTMLElement, HTMLElement];
    expect(first).toHaveTextContent('6.RP.A.2');
    expect(first).toHaveTextContent('Understand the concept of a unit rate.');
    expect(within(first).getByTestId('readiness')).toHaveTextContent('Working on it');
    expect(within(first).getByTestId('readiness-level')).toHaveTextContent('level 2');
    expect(within(first).getByTestId('next-step-reason'), 'the reason is the backend line, verbatim').toHaveTextContent(
      'working on it: 6.RP.A.1 mastered; 2 pieces of evidence, level 2',
    );
    expect(within(first).getAllByTestId('next-step-activity').map(text)).toEqual([
      'Unit-rate video Watch · 10 min Matches how Ana García likes to learn',
      'Soccer stats Practice · 15 min Tagged soccer',
    ]);
    expect(within(second).getByTestId('readiness')).toHaveTextContent('Ready');
    expect(within(second).queryByTestId('readiness-level'), 'no level, none shown').toBeNull();
    expect(within(second).getByText('Use ratio reasoning <b>to solve</b> problems.'), 'user text stays text').toBeInTheDocument();
    expect(second.querySelector('b')).toBeNull();
    expect(within(second).getByTestId('next-step-no-activities')).toBeInTheDocument();

    const notYet = screen.getByTestId<HTMLDetailsElement>('next-steps-not-yet');
    expect(notYet.open, 'the not-yet competencies start collapsed').toBe(false);
    expect(within(notYet).getByText('Not yet (1)')).toBeInTheDocument();
    expect(within(notYet).getByTestId('not-yet-item')).toHaveTextContent('not yet: needs 6.RP.A.2 and 6.RP.A.3');
    expect(await violations(), 'the section is axe-clean').toEqual([]);
  });

  it('says when there is nothing to show: no competencies, all mastered, nothing ready', async () => {
    const f = playlistsFake();
    renderSection(f);
    expect(await screen.findByTestId('next-steps-none')).toHaveTextContent('Attach a framework to it on the Frameworks page');
    expect(screen.queryByTestId('propose-playlist')).toBeNull();
    cleanup();

    f.nextSteps[ANA] = studentNextSteps(ANA, 'Ana García', { mastered: 3, total: 3 });
    renderSection(f);
    expect(await screen.findByTestId('next-steps-all-mastered')).toHaveTextContent('Ana García has mastered every competency');
    cleanup();

    f.nextSteps[ANA] = studentNextSteps(ANA, 'Ana García', {
      notYet: [line('c-rp2', '6.RP.A.2', 'not_yet', 'not yet: needs 6.RP.A.1')],
      total: 2,
    });
    renderSection(f);
    expect(await screen.findByTestId('next-steps-none-ready')).toHaveTextContent('Nothing is ready yet');
    expect(screen.getByTestId('not-yet-item')).toHaveTextContent('not yet: needs 6.RP.A.1');
    expect(screen.queryByTestId('propose-playlist'), 'nothing to propose from').toBeNull();
  });

  it('shows a failed load with a retry', async () => {
    const f = playlistsFake();
    anaReady(f);
    f.failNext('student_next_steps', { code: 'storage', message: 'The database is busy.' });
    const user = userEvent.setup();
    renderSection(f);
    expect(await screen.findByTestId('next-steps-error')).toHaveTextContent('The database is busy.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByTestId('next-step')).toHaveLength(2);
  });
});

describe('a personal playlist', () => {
  it('says clearly when no activity fits yet, and writes nothing', async () => {
    const f = playlistsFake();
    anaReady(f);
    const user = userEvent.setup();
    renderSection(f);
    await user.click(await screen.findByTestId('propose-playlist'));
    await waitFor(() =>
      expect(screen.getByTestId('proposal-message')).toHaveTextContent(
        "No activities fit Ana García's next steps yet. Add activities for 6.RP.A.2 and 6.RP.A.3 on the Playlists page.",
      ),
    );
    expect(f.callsOf('propose_playlist')).toEqual([{ studentId: ANA }]);
    expect(screen.queryByTestId('playlist-form')).toBeNull();
    expect(f.playlists).toEqual([]);
  });

  it('opens the draft in the playlist form, and approving assigns the edited board to the student', async () => {
    const f = playlistsFake();
    anaReady(f);
    f.proposals[ANA] = { title: 'Next steps for Ana', kind: 'choice_board', activityIds: ['a1', 'a2'], pickCount: 1 };
    const user = userEvent.setup();
    renderSection(f);
    expect(await screen.findByTestId('student-playlists-empty')).toBeInTheDocument();
    await user.click(await screen.findByTestId('propose-playlist'));

    const form = await screen.findByTestId('playlist-form');
    expect(within(form).getByRole('heading', { level: 3 })).toHaveTextContent('A personal board for Ana García');
    const title = within(form).getByLabelText<HTMLInputElement>('Title');
    expect(title.value, 'prefilled from the draft').toBe('Next steps for Ana');
    expect(document.activeElement, 'focus lands on the title').toBe(title);
    expect(within(form).getByTestId<HTMLSelectElement>('playlist-kind').value).toBe('choice_board');
    const ticked = within(form)
      .getAllByTestId<HTMLInputElement>('playlist-activity')
      .filter((b) => b.checked)
      .map((b) => b.dataset.activityId);
    expect(ticked, "the draft's activities are ticked").toEqual(['a1', 'a2']);
    expect(within(form).getByTestId<HTMLInputElement>('playlist-pick').value).toBe('1');
    expect(f.playlists, 'proposing writes nothing').toEqual([]);

    await user.clear(title);
    await user.type(title, 'Ana: unit rates');
    await user.click(within(form).getByTestId('playlist-save'));
    expect(within(form).getByTestId('playlist-save')).toHaveTextContent(/Approve and assign|Saving/);
    await waitFor(() =>
      expect(f.callsOf('approve_playlist')).toEqual([
        { studentId: ANA, input: { title: 'Ana: unit rates', kind: 'choice_board', activityIds: ['a1', 'a2'], pickCount: 1 } },
      ]),
    );
    await waitFor(() => expect(ui.toast?.message).toBe('Assigned “Ana: unit rates” to Ana García.'));
    await waitFor(() => expect(screen.queryByTestId('playlist-form'), 'the form closes').toBeNull());
    const board = await screen.findByTestId('student-playlist');
    expect(board, 'the playlists section reloads with the new board').toHaveTextContent('Ana: unit rates');
    expect(document.activeElement).toBe(screen.getByTestId('propose-playlist'));
  });

  it('Cancel writes nothing', async () => {
    const f = playlistsFake();
    anaReady(f);
    f.proposals[ANA] = { title: 'Next steps for Ana', kind: 'playlist', activityIds: ['a2'], pickCount: 1 };
    const user = userEvent.setup();
    renderSection(f);
    await user.click(await screen.findByTestId('propose-playlist'));
    const form = await screen.findByTestId('playlist-form');
    expect(within(form).getByTestId('playlist-save')).toHaveTextContent('Approve and assign');
    expect(await violations(), 'the open proposal is axe-clean').toEqual([]);
    expect(screen.getByTestId('next-dirty'), 'an open proposal counts as unsaved for the page').toHaveTextContent('unsaved');
    await user.click(within(form).getByTestId('playlist-cancel'));
    expect(screen.getByTestId('next-dirty')).toHaveTextContent('saved');
    expect(screen.queryByTestId('playlist-form')).toBeNull();
    expect(f.callsOf('approve_playlist')).toEqual([]);
    expect(f.playlists).toEqual([]);
    expect(document.activeElement, 'focus goes back to the button').toBe(screen.getByTestId('propose-playlist'));
  });

  it('a refused approval shows by its field and keeps the form open', async () => {
    const f = playlistsFake();
    anaReady(f);
    f.proposals[ANA] = { title: 'Next steps for Ana', kind: 'playlist', activityIds: ['a2'], pickCount: 1 };
    f.failNext('approve_playlist', { code: 'invalid', message: 'That title is taken.', field: 'title' });
    const user = userEvent.setup();
    renderSection(f);
    await user.click(await screen.findByTestId('propose-playlist'));
    await user.click(await screen.findByTestId('playlist-save'));
    expect(await screen.findByText('That title is taken.')).toBeInTheDocument();
    expect(screen.getByTestId('playlist-form')).toBeInTheDocument();
    expect(f.playlists).toEqual([]);
  });
});
