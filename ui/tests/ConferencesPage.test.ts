import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import ConferencesPage from '../src/components/ConferencesPage.svelte';
import { CLASS_ID, conferencesFake, goal, teamReflection, type ConferencesFake } from './fakes/conferences';
import { ui } from '../src/lib/ui.svelte';
import { setLanguage } from '../src/lib/i18n.svelte';
import { todayIso } from '../src/lib/groups';
import type { ClassView } from '../src/api';
import { mainElement, resetEachTest, serve } from './pageSetup';

const CLASS: ClassView = { id: CLASS_ID, name: 'Period 2', subject: 'Math', gradeLevel: '6', archived: false, studentCount: 2 };

function renderPage(b: ConferencesFake) {
  serve(b);
  return render(ConferencesPage, { props: { classView: CLASS }, target: mainElement() });
}

/** Today minus `days`, as "YYYY-MM-DD". */
function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return todayIso(d);
}

resetEachTest();

describe('tabs', () => {
  it('is a tablist that arrow keys move through, each panel without axe violations', async () => {
    const user = userEvent.setup();
    renderPage(conferencesFake());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Goals & conferences');
    const tablist = screen.getByRole('tablist', { name: 'Goals and conferences' });
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent?.trim())).toEqual(['Goals', 'Conference reports', 'Reflection prompts', 'Team reflection', 'Family languages']);
    const goals = screen.getByTestId('conf-tab-goals');
    expect(goals).toHaveAttribute('aria-selected', 'true');
    expect(goals).toHaveAttribute('tabindex', '0');
    expect(screen.getByTestId('conf-tab-reports')).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'conf-tab-goals');
    await screen.findByTestId('overview-summary');
    expect(await violations()).toEqual([]);

    goals.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('conf-tab-reports')).toHaveFocus();
    expect(screen.getByTestId('conf-tab-reports')).toHaveAttribute('aria-selected', 'true');
    await screen.findByTestId('reports-panel');
    await waitFor(() => expect(screen.getByTestId('report-who').querySelectorAll('option')).toHaveLength(3));
    expect(await violations()).toEqual([]);

    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('conf-tab-prompts')).toHaveFocus();
    await screen.findAllByTestId('prompt-item');
    expect(await violations()).toEqual([]);

    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('conf-tab-team')).toHaveFocus();
    await screen.findByTestId('team-empty');
    expect(await violations()).toEqual([]);

    await user.keyboard('{End}');
    expect(screen.getByTestId('conf-tab-languages')).toHaveFocus();
    await screen.findByTestId('family-languages');

    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('conf-tab-goals'), 'wraps around').toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByTestId('conf-tab-languages')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByTestId('conf-tab-goals')).toHaveAttribute('aria-selected', 'true');
  });
});

describe('goals overview', () => {
  it('shows empty states with a next step', async () => {
    renderPage(conferencesFake());
    expect(await screen.findByTestId('overview-overdue-empty')).toHaveTextContent('No overdue goals — nice.');
    expect(screen.getByTestId('overview-stale-empty')).toBeVisible();
    expect(screen.getByTestId('overview-without-empty')).toHaveTextContent('Every student has an active goal.');
    expect(screen.getByTestId('overview-summary')).toHaveTextContent('0 overdue goals');
  });

  it('lists overdue goals, goals without a check-in and students without a goal', async () => {
    const b = conferencesFake({
      overview: {
        overdue: [
          {
            studentId: 's-ana',
            displayName: 'Ana García',
            goal: goal('g-1', 's-ana', 'Read two chapter books', {
              targetDate: daysAgo(3),
              overdue: true,
              progress: 40,
              checkIns: [{ id: 'c1', date: daysAgo(5), progress: 40, note: '', author: 'student' }],
            }),
          },
        ],
        stale: [
          {
            studentId: 's-ben',
            displayName: 'Ben <b>Okafor</b>',
            goal: goal('g-2', 's-ben', 'Times tables to 12', { stale: true, checkIns: [] }),
          },
        ],
        withoutGoal: [{ studentId: 's-cy', displayName: 'Cy Tran' }],
      },
    });
    renderPage(b);
    const overdue = await screen.findByTestId('overview-overdue');
    const item = within(overdue).getByTestId('overview-item');
    expect(item).toHaveAttribute('data-student-id', 's-ana');
    expect(item).toHaveTextContent('Ana García');
    expect(item).toHaveTextContent('Read two chapter books');
    expect(item).toHaveTextContent('3 days overdue');
    expect(item).toHaveTextContent('Latest check-in: 40%');
    expect(within(item).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');

    const stale = within(screen.getByTestId('overview-stale')).getByTestId('overview-item');
    expect(stale).toHaveAttribute('data-student-id', 's-ben');
    expect(stale, 'names are text, never HTML').toHaveTextContent('Ben <b>Okafor</b>');
    expect(stale.querySelector('b')).toBeNull();
    expect(stale).toHaveTextContent('No check-ins yet');

    const without = screen.getByTestId('overview-without');
    expect(within(without).getByTestId('overview-item')).toHaveTextContent('Cy Tran');
    expect(screen.getByTestId('overview-summary')).toHaveTextContent('1 overdue goal · 1 goal without a check-in for 14 days · 1 student without an active goal');
    expect(await violations()).toEqual([]);
  });

  it('shows a failed load and tries again', async () => {
    const user = userEvent.setup();
    const b = conferencesFake();
    b.failNext('goal_overview', { code: 'storage', message: 'The database is locked.' });
    renderPage(b);
    expect(await screen.findByTestId('overview-error')).toHaveTextContent('The database is locked.');
    await user.click(screen.getByTestId('overview-retry'));
    expect(await screen.findByTestId('overview-overdue-empty')).toBeVisible();
    expect(screen.queryByTestId('overview-error')).toBeNull();
  });
});

describe('conference reports', () => {
  it('opens a report with the chosen options, then prints it', async () => {
    const user = userEvent.setup();
    const b = conferencesFake();
    renderPage(b);
    await user.click(screen.getByTestId('conf-tab-reports'));
    expect(screen.getByTestId('report-contents')).toHaveTextContent('Mastery by strand');
    expect(screen.getByTestId('report-contents')).toHaveTextContent('Space for the family');
    expect(screen.getByTestId<HTMLSelectElement>('report-paper').value, 'jsdom speaks en-US').toBe('letter');

    await user.click(screen.getByTestId('report-open'));
    await waitFor(() =>
      expect(b.callsOf('open_conference_report')).toEqual([
        { request: { classId: CLASS_ID, studentId: null, lang: 'auto', variant: 'teacher', paper: 'letter' } },
      ]),
    );
    expect(await screen.findByTestId('report-status')).toHaveTextContent('The report is open in its own window');
    expect(screen.getByTestId('report-status')).toHaveAttribute('role', 'status');

    await waitFor(() => expect(screen.getByTestId('report-who').querySelectorAll('option')).toHaveLength(3));
    await user.selectOptions(screen.getByTestId('report-who'), 'Ben Okafor');
    await user.selectOptions(screen.getByTestId('report-lang'), 'Español');
    await user.selectOptions(screen.getByTestId('report-variant'), 'student');
    await user.selectOptions(screen.getByTestId('report-paper'), 'a4');
    expect(localStorage.getItem('waypoint.printPaper'), 'the paper is remembered').toBe('a4');
    await user.click(screen.getByTestId('report-open'));
    await waitFor(() =>
      expect(b.callsOf('open_conference_report')[1]).toEqual({
        request: { classId: CLASS_ID, studentId: 's-ben', lang: 'es', variant: 'student', paper: 'a4' },
      }),
    );
    await waitFor(() => expect(screen.getByTestId('report-status')).toHaveTextContent('Ben Okafor'));
    await waitFor(() => expect(screen.getByTestId('report-print')).toHaveFocus());
    await user.click(screen.getByTestId('report-print'));
    await waitFor(() => expect(b.callsOf('print_report')).toHaveLength(1));
    expect(screen.getByTestId('report-print')).toHaveTextContent('Print or save as PDF…');
    expect(await violations()).toEqual([]);
  });

  it('shows why a report could not open', async () => {
    const user = userEvent.setup();
    const b = conferencesFake();
    renderPage(b);
    await user.click(screen.getByTestId('conf-tab-reports'));
    b.failNext('open_conference_report', { code: 'internal', message: 'The report window could not open.' });
    await user.click(screen.getByTestId('report-open'));
    expect(await screen.findByTestId('report-error')).toHaveTextContent('The report window could not open.');
    expect(screen.queryByTestId('report-print')).toBeNull();
  });

  it('opens the class summary on its own paper and prints it', async () => {
    const user = userEvent.setup();
    localStorage.setItem('waypoint.printPaper', 'a4');
    const b = conferencesFake();
    renderPage(b);
    await user.click(screen.getByTestId('conf-tab-reports'));
    expect(screen.getByTestId<HTMLSelectElement>('summary-paper').value, 'the remembered paper').toBe('a4');
    await user.selectOptions(screen.getByTestId('summary-paper'), 'letter');
    await user.click(screen.getByTestId('summary-open'));
    await waitFor(() => expect(b.callsOf('open_class_summary')).toEqual([{ classId: CLASS_ID, paper: 'letter' }]));
    expect(await screen.findByTestId('report-status')).toHaveTextContent('The class summary is open in its own window.');
    b.failNext('print_report', { code: 'internal', message: 'Printing is not available.' });
    await user.click(screen.getByTestId('report-print'));
    expect(await screen.findByTestId('report-error')).toHaveTextContent('Printing is not available.');
  });
});

describe('reflection prompts', () => {
  it('adds, edits in place, archives with undo and shows the archived ones', async () => {
    const user = userEvent.setup();
    const b = conferencesFake();
    renderPage(b);
    await user.click(screen.getByTestId('conf-tab-prompts'));
    expect(await screen.findAllByTestId('prompt-item')).toHaveLength(2);
    expect(b.callsOf('list_prompts')[0]).toEqual({ includeArchived: false });

    // Add: blank is refused locally, then a new one.
    await user.click(screen.getByTestId('prompt-add'));
    expect(await screen.findByText("The prompt can't be blank.")).toBeVisible();
    expect(screen.getByTestId('prompt-new')).toHaveAttribute('aria-invalid', 'true');
    expect(b.callsOf('create_prompt')).toEqual([]);
    await user.type(screen.getByTestId('prompt-new'), 'What are you proud of this week?');
    await user.click(screen.getByTestId('prompt-add'));
    await waitFor(() => expect(screen.getAllByTestId('prompt-item')).toHaveLength(3));
    expect(b.callsOf('create_prompt')).toEqual([{ text: 'What are you proud of this week?' }]);
    expect(screen.getByTestId<HTMLInputElement>('prompt-new').value).toBe('');

    // Edit in place; a refusal from the backend is shown beside the input.
    const first = screen.getAllByTestId('prompt-item')[0]!;
    await user.click(within(first).getByTestId('prompt-edit'));
    const input = screen.getByTestId<HTMLInputElement>('prompt-text-input');
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleName('Prompt text');
    await user.clear(input);
    await user.type(input, 'What helped you learn today, and why?');
    b.failNext('update_prompt', { code: 'invalid', message: 'The prompt is too long.', field: 'text' });
    await user.click(screen.getByTestId('prompt-save'));
    const err = await screen.findByText('The prompt is too long.');
    expect(err.id).toBe('prompt-text-input-error');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(await violations()).toEqual([]);
    await user.click(screen.getByTestId('prompt-save'));
    await waitFor(() => expect(screen.queryByTestId('prompt-text-input')).toBeNull());
    expect(b.callsOf('update_prompt')[1]).toEqual({ id: 'p-1', text: 'What helped you learn today, and why?' });
    expect(screen.getAllByTestId('prompt-item')[0]).toHaveTextContent('What helped you learn today, and why?');
    expect(within(screen.getAllByTestId('prompt-item')[0]!).getByTestId('prompt-edit'), 'focus goes back').toHaveFocus();

    // Escape cancels an edit.
    await user.click(within(screen.getAllByTestId('prompt-item')[1]!).getByTestId('prompt-edit'));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('prompt-text-input')).toBeNull();

    // Archive, with undo.
    await user.click(screen.getByRole('button', { name: 'Archive the prompt “What was hard, and what did you do about it?”' }));
    await waitFor(() => expect(screen.getAllByTestId('prompt-item')).toHaveLength(2));
    expect(b.callsOf('set_prompt_archived')).toEqual([{ id: 'p-2', archived: true }]);
    expect(ui.toast?.actionLabel).toBe('Undo');
    await ui.toast!.action!();
    await waitFor(() => expect(screen.getAllByTestId('prompt-item')).toHaveLength(3));

    // Show archived, and unarchive one.
    await user.click(screen.getByTestId('prompt-show-archived'));
    await waitFor(() => expect(screen.getAllByTestId('prompt-item')).toHaveLength(4));
    const old = screen.getAllByTestId('prompt-item').find((li) => li.textContent?.includes('An old prompt'))!;
    expect(old).toHaveTextContent('Archived');
    const unarchive = within(old).getByTestId('prompt-archive');
    expect(unarchive).toHaveTextContent('Unarchive');
    await user.click(unarchive);
    await waitFor(() => expect(b.prompts.find((p) => p.id === 'p-3')?.archived).toBe(false));
  });

  it('shows a backend error that belongs to no field, and an empty bank with a next step', async () => {
    const user = userEvent.setup();
    const b = conferencesFake({ prompts: [] });
    renderPage(b);
    await user.click(screen.getByTestId('conf-tab-prompts'));
    expect(await screen.findByTestId('prompts-empty')).toHaveTextContent('Add one below');
    await user.type(screen.getByTestId('prompt-new'), 'Why?');
    b.failNext('create_prompt', { code: 'storage', message: 'The disk is full.' });
    await user.click(screen.getByTestId('prompt-add'));
    expect(await screen.findByTestId('prompt-add-error')).toHaveTextContent('The disk is full.');
  });

  it('asks before leaving the tab with an unsaved prompt', async () => {
    const user = userEvent.setup();
    renderPage(conferencesFake());
    await user.click(screen.getByTestId('conf-tab-prompts'));
    await user.type(await screen.findByTestId('prompt-new'), 'Half a thought');
    expect(screen.getByTestId('conf-tab-unsaved')).toBeVisible();
    await user.click(screen.getByTestId('conf-tab-goals'));
    await waitFor(() => expect(ui.confirm).not.toBeNull());
    ui.confirm!.resolve(false);
    await waitFor(() => expect(screen.getByTestId('conf-tab-prompts')).toHaveAttribute('aria-selected', 'true'));
    expect(screen.getByTestId<HTMLInputElement>('prompt-new').value).toBe('Half a thought');
    await user.click(screen.getByTestId('conf-tab-goals'));
    await waitFor(() => expect(ui.confirm).not.toBeNull());
    ui.confirm!.resolve(true);
    await waitFor(() => expect(screen.getByTestId('conf-tab-goals')).toHaveAttribute('aria-selected', 'true'));
  });
});

describe('team reflection', () => {
  it('starts a reflection, saves notes by button and on leaving, answers the questions and prints', async () => {
    const user = userEvent.setup();
    const b = conferencesFake();
    renderPage(b);
    await user.click(screen.getByTestId('conf-tab-team'));
    expect(await screen.findByTestId('team-empty')).toHaveTextContent('Start the first one');
    expect(screen.getByTestId<HTMLInputElement>('team-date').value, 'today').toBe(todayIso());

    await user.click(screen.getByTestId('team-create'));
    expect(await screen.findByText("The team's name can't be blank.")).toBeVisible();
    expect(b.callsOf('create_team_reflection')).toEqual([]);
    await user.type(screen.getByTestId('team-name'), 'Grade 6 team');
    await user.click(screen.getByTestId('team-create'));
    await waitFor(() => expect(b.callsOf('create_team_reflection')).toEqual([{ team: 'Grade 6 team', date: todayIso() }]));
    expect(await screen.findAllByTestId('team-item')).toHaveLength(1);
    const editor = await screen.findByTestId('team-editor');
    expect(within(editor).getByRole('heading', { level: 2 })).toHaveTextContent('Grade 6 team');

    // Grouped by theme.
    const themes = within(editor).getAllByTestId('team-theme');
    expect(themes.map((t) => within(t).getByRole('heading', { level: 3 }).textContent)).toEqual(['Flexible path', 'Student ownership']);
    expect(within(themes[0]!).getAllByTestId('team-approach')).toHaveLength(2);
    const playlists = editor.querySelector<HTMLElement>('[data-approach-id="ap-1"]')!;
    expect(playlists).toHaveTextContent('Students work through a sequence');
    expect(within(playlists).getByLabelText('We do this now')).toBe(within(playlists).getByTestId('team-now'));
    expect(screen.getByRole('group', { name: 'Playlists' })).toBe(playlists);

    // Saved with the button.
    await user.type(within(playlists).getByTestId('team-now'), 'Math, on Fridays.');
    expect(within(playlists).getByTestId('team-approach-status')).toHaveTextContent('Unsaved changes');
    await user.click(within(playlists).getByTestId('team-approach-save'));
    await waitFor(() =>
      expect(b.callsOf('save_team_approach')).toEqual([
        { id: b.teams[0]!.id, approachId: 'ap-1', now: 'Math, on Fridays.', different: '' },
      ]),
    );
    await waitFor(() => expect(within(playlists).getByTestId('team-approach-status')).toHaveTextContent('Saved'));
    expect(screen.getByTestId('team-status')).toHaveTextContent('Saved the notes on “Playlists”.');

    // Saved when focus leaves the approach.
    const boards = editor.querySelector<HTMLElement>('[data-approach-id="ap-2"]')!;
    await user.type(within(boards).getByTestId('team-different'), 'We grade every square.');
    await user.click(within(boards).getByTestId('team-now'));
    expect(b.callsOf('save_team_approach'), 'not while still inside').toHaveLength(1);
    await user.click(screen.getAllByTestId('team-answer')[0]!);
    await waitFor(() =>
      expect(b.callsOf('save_team_approach')[1]).toEqual({
        id: b.teams[0]!.id,
        approachId: 'ap-2',
        now: 'We use them in ELA.',
        different: 'We grade every square.',
      }),
    );
    await waitFor(() => expect(within(boards).getByTestId('team-approach-status')).toHaveTextContent('Saved'));
    expect(screen.getByTestId('team-progress')).toHaveTextContent('2 of 3 approaches looked at');

    // The three questions.
    const questions = screen.getAllByTestId('team-question');
    expect(questions).toHaveLength(3);
    expect(within(questions[1]!).getByTestId('team-answer')).toHaveAccessibleName('Which approaches would your team like to try?');
    await user.type(within(questions[1]!).getByTestId('team-answer'), 'Choice boards in science.');
    await user.click(within(questions[1]!).getByTestId('team-answer-save'));
    await waitFor(() =>
      expect(b.callsOf('save_team_answer')).toEqual([{ id: b.teams[0]!.id, question: 2, answer: 'Choice boards in science.' }]),
    );
    expect(await violations()).toEqual([]);

    // Print: unsaved text is saved first, then the report opens and prints.
    await user.type(within(questions[2]!).getByTestId('team-answer'), 'Time to plan.');
    await user.selectOptions(screen.getByTestId('team-paper'), 'a4');
    await user.click(screen.getByTestId('team-print'));
    await waitFor(() => expect(b.callsOf('print_report')).toHaveLength(1));
    expect(b.callsOf('save_team_answer')[1]).toEqual({ id: b.teams[0]!.id, question: 3, answer: 'Time to plan.' });
    expect(b.callsOf('open_team_reflection_report')).toEqual([{ id: b.teams[0]!.id, paper: 'a4' }]);
    const order = b.calls.map((c) => c.cmd).filter((c) => c === 'open_team_reflection_report' || c === 'print_report');
    expect(order).toEqual(['open_team_reflection_report', 'print_report']);
    expect(screen.getByTestId('team-opened')).toHaveTextContent('The team reflection is open in its own window.');
  });

  it('shows a refused note beside it and asks before opening another reflection or leaving the tab', async () => {
    const user = userEvent.setup();
    const b = conferencesFake({
      teams: [teamReflection('tr-1', 'Grade 6 team', '2026-01-10'), teamReflection('tr-2', 'Grade 7 team', '2026-02-10')],
    });
    renderPage(b);
    await user.click(screen.getByTestId('conf-tab-team'));
    const items = await screen.findAllByTestId('team-item');
    expect(items.map((i) => i.textContent)).toEqual([expect.stringContaining('Grade 7 team'), expect.stringContaining('Grade 6 team')]);
    expect(screen.getByTestId('team-none-open')).toHaveTextContent('Open one of the reflections');
    await user.click(within(items[1]!).getByRole('button'));
    await waitFor(() => expect(b.callsOf('get_team_reflection')).toEqual([{ id: 'tr-1' }]));
    const editor = await screen.findByTestId('team-editor');
    const goals = editor.querySelector<HTMLElement>('[data-approach-id="ap-3"]')!;

    b.failNext('save_team_approach', { code: 'invalid', message: 'The note is too long.', field: 'now' });
    await user.type(within(goals).getByTestId('team-now'), 'Every week.');
    await user.click(within(goals).getByTestId('team-approach-save'));
    expect(await within(goals).findByTestId('team-approach-error')).toHaveTextContent('The note is too long.');
    expect(within(goals).getByTestId('team-now')).toHaveAttribute('aria-invalid', 'true');
    expect(within(goals).getByTestId('team-now')).toHaveAccessibleDescription('The note is too long.');
    expect(within(goals).getByTestId('team-different'), 'only the refused box').not.toHaveAttribute('aria-invalid');
    expect(within(goals).getByTestId('team-approach-status')).toHaveTextContent('Unsaved changes');

    // Another reflection: leaving the note saves it, which fails again, so the question comes; keep editing.
    b.failNext('save_team_approach', { code: 'invalid', message: 'The note is too long.', field: 'now' });
    await user.click(within(screen.getAllByTestId('team-item')[0]!).getByRole('button'));
    await waitFor(() => expect(ui.confirm).not.toBeNull());
    ui.confirm!.resolve(false);
    await waitFor(() => expect(ui.confirm).toBeNull());
    expect(b.callsOf('get_team_reflection')).toHaveLength(1);
    expect(b.callsOf('save_team_approach'), 'the save on leaving was tried').toHaveLength(2);

    // Another tab: asked first (the failed autosave left the note unsaved); discard.
    await user.click(screen.getByTestId('conf-tab-reports'));
    await waitFor(() => expect(ui.confirm).not.toBeNull());
    expect(ui.confirm!.message).toContain("the team's reflection");
    ui.confirm!.resolve(true);
    await waitFor(() => expect(screen.getByTestId('conf-tab-reports')).toHaveAttribute('aria-selected', 'true'));
  });

  it('waits for a note saved on leaving before deciding there is nothing unsaved', async () => {
    const user = userEvent.setup();
    const b = conferencesFake({ teams: [teamReflection('tr-1', 'Grade 6 team', '2026-01-10')] });
    renderPage(b);
    await user.click(screen.getByTestId('conf-tab-team'));
    await user.click(within((await screen.findAllByTestId('team-item'))[0]!).getByRole('button'));
    const editor = await screen.findByTestId('team-editor');
    const ap = editor.querySelector<HTMLElement>('[data-approach-id="ap-1"]')!;
    await user.type(within(ap).getByTestId('team-now'), 'Yes.');
    const held = b.hold('save_team_approach');
    // Clicking the tab takes focus out of the note (which starts its save) and then switches.
    await user.click(screen.getByTestId('conf-tab-goals'));
    await waitFor(() => expect(b.callsOf('save_team_approach')).toHaveLength(1));
    held.release();
    await waitFor(() => expect(screen.getByTestId('conf-tab-goals')).toHaveAttribute('aria-selected', 'true'));
    expect(ui.confirm, 'saved, so nothing to ask').toBeNull();
    expect(b.teams[0]!.approaches[0]!.now).toBe('Yes.');
  });

  it('shows a refused team name beside it', async () => {
    const user = userEvent.setup();
    const b = conferencesFake();
    renderPage(b);
    await user.click(screen.getByTestId('conf-tab-team'));
    await user.type(await screen.findByTestId('team-name'), 'A team');
    b.failNext('create_team_reflection', { code: 'invalid', message: 'The date must be a real date.', field: 'date' });
    await user.click(screen.getByTestId('team-create'));
    const err = await screen.findByText('The date must be a real date.');
    expect(err.id).toBe('team-date-error');
    expect(screen.getByTestId('team-date')).toHaveAttribute('aria-invalid', 'true');
    expect(await violations()).toEqual([]);
  });
});

describe('in Spanish', () => {
  it('shows the page, its tabs and the goals overview in Spanish', async () => {
    setLanguage('es');
    try {
      renderPage(conferencesFake());
      expect(screen.getByRole('heading', { level: 1 }), 'the page title comes from the Spanish catalog').toHaveTextContent(
        'Metas y conferencias',
      );
      const tabs = within(screen.getByRole('tablist', { name: 'Metas y conferencias' })).getAllByRole('tab');
      expect(
        tabs.map((t) => t.textContent?.trim()),
        'the tab labels follow the language',
      ).toEqual(['Metas', 'Informes de conferencia', 'Preguntas de reflexión', 'Reflexión del equipo', 'Idiomas de las familias']);
      expect(await screen.findByTestId('overview-summary'), 'the counts use the Spanish plurals').toHaveTextContent(
        '0 metas vencidas · 0 metas sin seguimiento en 14 días · 0 estudiantes sin una meta activa',
      );
    } finally {
      setLanguage('en');
    }
  });
});
