import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import { invoke } from '@tauri-apps/api/core';
import TodayPage from '../src/components/TodayPage.svelte';
import { CLASS_ID, PLAN_ID, clockOf, rotationOf, todayFake, todayOf, type TodayFake } from './fakes/today';
// Imported up front: compiling the whole app takes longer than one test may.
import App from '../src/App.svelte';
import { classView, fakeBackend } from './fakeBackend';
import { ui } from '../src/lib/ui.svelte';
import { setLanguage } from '../src/lib/i18n.svelte';
import type { ClassView } from '../src/api';

const mockInvoke = vi.mocked(invoke);
const CLASS: ClassView = { id: CLASS_ID, name: 'Period 2', subject: 'Math', gradeLevel: '6', archived: false, studentCount: 5 };

/** The page inside a <main>, as the app shell gives it (axe wants content in landmarks). */
function mainElement(): HTMLElement {
  const main = document.createElement('main');
  document.body.appendChild(main);
  return main;
}

function renderPage(b: TodayFake, onOpenGroups = vi.fn()) {
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
  const r = render(TodayPage, { props: { classView: CLASS, onOpenGroups }, target: mainElement() });
  return { ...r, onOpenGroups };
}

const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const loadedClock = (o: Parameters<typeof clockOf>[0] = {}) =>
  clockOf({ planId: PLAN_ID, rounds: 3, phase: 'idle', remainingSeconds: 900, phaseSeconds: 900, ...o });

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.title = 'Waypoint';
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  document.querySelectorAll('main').forEach((m) => m.remove());
  mockInvoke.mockReset();
  ui.confirm = null;
  ui.toast = null;
});

describe('rotation and clock', () => {
  it('shows the plan with the current round, and loads the rotation into the clock', async () => {
    const user = userEvent.setup();
    const b = todayFake();
    renderPage(b);
    const panel = await screen.findByTestId('today-rotation');
    expect(screen.getByRole('heading', { level: 1 }), 'one h1').toHaveTextContent('Today');
    const rows = within(panel).getAllByTestId('rotation-row');
    expect(rows.map((r) => r.dataset.groupId), 'one row per group, in order').toEqual(['g-red', 'g-blue', 'g-green']);
    expect(text(rows[0]!), 'stations by round').toContain('Teacher table');
    expect(within(rows[2]!).getAllByTestId('rotation-cell')[2], 'no station is a dash').toHaveTextContent('—');

    const load = await screen.findByTestId('clock-load');
    expect(screen.getByTestId('clock-start'), 'nothing to start before loading').toBeDisabled();
    await user.click(load);
    await waitFor(() => expect(b.callsOf('control_clock')).toEqual([{ action: { kind: 'load', planId: PLAN_ID } }]));
    await waitFor(() => expect(screen.queryByTestId('clock-load'), 'loaded: the button goes').toBeNull());
    expect(screen.getByTestId('clock-remaining')).toHaveTextContent('15:00');
    expect(screen.getByTestId('clock-round')).toHaveTextContent('Round 1 of 3');
    const current = within(panel)
      .getAllByTestId('rotation-cell')
      .filter((c) => c.dataset.current === 'true');
    expect(current, 'round 1 is highlighted for each group').toHaveLength(3);
  });

  it('starts, pauses, goes to the next round, resets and sets the chime', async () => {
    const user = userEvent.setup();
    const b = todayFake({ clock: loadedClock() });
    renderPage(b);
    const start = await screen.findByTestId('clock-start');
    await waitFor(() => expect(start).toBeEnabled());
    expect(start).toHaveTextContent('Start');
    expect(start, 'the shortcut is announced').toHaveAttribute('aria-keyshortcuts', 'Space');
    await user.click(start);
    await waitFor(() => expect(screen.getByTestId('clock-pause')).toBeEnabled());
    expect(screen.getByTestId('clock-phase')).toHaveTextContent('Work time');
    await user.click(screen.getByTestId('clock-pause'));
    await waitFor(() => expect(screen.getByTestId('clock-start')).toHaveTextContent('Resume'));
    expect(screen.getByTestId('clock-phase'), 'a paused clock says so').toHaveTextContent('Paused');
    await user.click(screen.getByTestId('clock-next'));
    await waitFor(() => expect(screen.getByTestId('clock-round')).toHaveTextContent('Round 2 of 3'));
    await user.click(screen.getByTestId('clock-chime'));
    await user.click(screen.getByTestId('clock-reset'));
    const kinds = b.callsOf('control_clock').map((c) => c.action);
    expect(kinds).toEqual([
      { kind: 'start' },
      { kind: 'pause' },
      { kind: 'next' },
      { kind: 'chime', on: false },
      { kind: 'reset' },
    ]);
  });

  it('Space starts and pauses when focus is not in a field, and not when it is', async () => {
    const user = userEvent.setup();
    const b = todayFake({ clock: loadedClock() });
    renderPage(b);
    await waitFor(() => expect(screen.getByTestId('clock-start')).toBeEnabled());
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard(' ');
    await waitFor(() => expect(b.callsOf('control_clock')).toEqual([{ action: { kind: 'start' } }]));
    await waitFor(() => expect(screen.getByTestId('clock-pause')).toBeEnabled());
    await user.click(screen.getByTestId('coverage-days'));
    await user.keyboard(' ');
    expect(b.callsOf('control_clock'), 'typing a space in a field is just typing').toHaveLength(1);
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard(' ');
    await waitFor(() => expect(b.callsOf('control_clock').at(-1)).toEqual({ action: { kind: 'pause' } }));
  });

  it('counts down locally between polls while running', async () => {
    const b = todayFake({ clock: loadedClock({ phase: 'block', running: true, remainingSeconds: 65, phaseSeconds: 900 }) });
    // The backend's clock does not move here; only the local countdown does.
    let polls = 0;
    mockInvoke.mockImplementation((cmd: string, args?: unknown) => {
      if (cmd === 'rotation_clock') {
        polls += 1;
        // Answer the first poll only, so the local countdown is what moves the display.
        if (polls > 1) return new Promise(() => {}) as never;
      }
      return b.handle(cmd, args as Record<string, unknown>) as never;
    });
    render(TodayPage, { props: { classView: CLASS, onOpenGroups: vi.fn() }, target: mainElement() });
    await waitFor(() => expect(screen.getByTestId('clock-remaining')).toHaveTextContent('01:05'));
    await waitFor(() => expect(screen.getByTestId('clock-remaining')).toHaveTextContent('01:04'), { timeout: 2500 });
  });

  it('polls the clock every 500 ms and stops when the page closes', async () => {
    const b = todayFake({ clock: loadedClock() });
    const { unmount } = renderPage(b);
    await screen.findByTestId('today-clock');
    await waitFor(() => expect(b.callsOf('rotation_clock').length).toBeGreaterThanOrEqual(3), { timeout: 2500 });
    unmount();
    const after = b.callsOf('rotation_clock').length;
    await new Promise((r) => setTimeout(r, 700));
    expect(b.callsOf('rotation_clock').length, 'no polling after the page is gone').toBe(after);
  });

  it('opens the projector window', async () => {
    const user = userEvent.setup();
    const b = todayFake();
    renderPage(b);
    await user.click(await screen.findByTestId('open-projector'));
    await waitFor(() => expect(b.callsOf('open_projector')).toHaveLength(1));
    expect(ui.toast?.message).toMatch(/projector window is open/);
  });

  it('says when there is no rotation and leads to Groups', async () => {
    const user = userEvent.setup();
    const b = todayFake({ today: todayOf({ rotation: null, teacherGroup: null }) });
    const { onOpenGroups } = renderPage(b);
    const panel = await screen.findByTestId('today-rotation');
    expect(panel).toHaveTextContent('No rotation for today');
    await user.click(screen.getByTestId('today-open-groups'));
    expect(onOpenGroups).toHaveBeenCalledOnce();
    expect(b.callsOf('rotation_clock'), 'no clock to poll without a rotation').toEqual([]);
    expect(screen.getByTestId('teacher-group')).toHaveTextContent('No teacher-led group today');
  });

  it('shows a load error with a way to try again', async () => {
    const user = userEvent.setup();
    const b = todayFake();
    b.failNext('today_view', { code: 'storage', message: 'The database is busy.' });
    renderPage(b);
    expect(await screen.findByTestId('today-error')).toHaveTextContent('The database is busy.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('today-rotation')).toBeInTheDocument();
  });
});

describe('teacher-led group', () => {
  it('shows the group without next steps when they cannot be read', async () => {
    const b = todayFake();
    b.failNext('class_next_steps', { code: 'storage', message: 'The database is busy.' });
    renderPage(b);
    const group = await screen.findByTestId('teacher-group');
    expect(within(group).getAllByTestId('teacher-member'), 'the day still shows').toHaveLength(2);
    expect(within(group).queryByTestId('teacher-member-next')).toBeNull();
  });

  it('lists the members with their level and records an observation', async () => {
    const user = userEvent.setup();
    const b = todayFake();
    renderPage(b);
    const group = await screen.findByTestId('teacher-group');
    expect(group).toHaveTextContent('Red');
    expect(group).toHaveTextContent('6.RP.A.1');
    const members = within(group).getAllByTestId('teacher-member');
    expect(members.map((m) => m.dataset.studentId)).toEqual(['s-ana', 's-dev']);
    expect(text(members[0]!)).toContain('1.5');
    expect(text(members[0]!)).toContain('Beginning');
    expect(text(members[1]!)).toContain('No evidence yet');
    expect(within(members[0]!).getByTestId('teacher-member-next'), "each member's first next step, short").toHaveTextContent(
      'Next: 6.RP.A.1 working on it: no prerequisites',
    );
    expect(within(members[1]!).queryByTestId('teacher-member-next'), 'nothing ready, nothing shown').toBeNull();
    expect(b.callsOf('class_next_steps'), 'loaded alongside today_view').toEqual([{ classId: CLASS_ID }]);

    await user.click(screen.getByTestId('today-capture-save'));
    expect(await screen.findByText('Choose a student.'), 'nothing sent without a student').toBeVisible();
    expect(b.callsOf('record_evidence')).toEqual([]);

    await user.selectOptions(screen.getByLabelText('Student'), 's-dev');
    const level = screen.getByLabelText<HTMLSelectElement>('Level');
    await waitFor(() => expect(level).toBeEnabled());
    await user.selectOptions(level, '3');
    await user.type(screen.getByLabelText(/Note/), 'Explained ratios with a table');
    const before = b.callsOf('today_view').length;
    await user.click(screen.getByTestId('today-capture-save'));
    await waitFor(() =>
      expect(b.callsOf('record_evidence')).toEqual([
        {
          input: {
            studentId: 's-dev',
            competencyId: 'comp-rp1',
            level: 3,
            date: '2026-11-24',
            kind: 'observation',
            note: 'Explained ratios with a table',
          },
        },
      ]),
    );
    await waitFor(() => expect(b.callsOf('today_view').length, 'the view is refreshed').toBe(before + 1));
    expect(ui.toast?.message).toBe('Recorded 3 (Proficient) for Dev Patel.');
  });

  it('shows a refused save beside the level', async () => {
    const user = userEvent.setup();
    const b = todayFake();
    renderPage(b);
    await screen.findByTestId('teacher-group');
    await user.selectOptions(screen.getByLabelText('Student'), 's-ana');
    await waitFor(() => expect(screen.getByLabelText('Level')).toBeEnabled());
    await user.selectOptions(screen.getByLabelText('Level'), '2');
    b.failNext('record_evidence', { code: 'invalid', message: 'Level 2 is not on this scale.', field: 'level' });
    await user.click(screen.getByTestId('today-capture-save'));
    const err = await screen.findByText('Level 2 is not on this scale.');
    expect(err.id).toBe('today-capture-level-error');
  });
});

describe('1:1 coverage', () => {
  it('lists who has not been seen, oldest first, and changes N', async () => {
    const user = userEvent.setup();
    const b = todayFake();
    renderPage(b);
    const list = await screen.findByTestId('coverage-list');
    const items = within(list).getAllByTestId('coverage-item');
    expect(items.map((i) => i.dataset.studentId), 'never first, then the longest ago').toEqual(['s-cy', 's-ben', 's-eve']);
    expect(text(items[0]!)).toContain('never');
    expect(text(items[1]!), 'the date in the language, with how long ago').toContain('last: Oct 12 (43 days)');

    const days = screen.getByTestId<HTMLInputElement>('coverage-days');
    expect(days.value, 'default 10').toBe('10');
    await user.clear(days);
    await user.type(days, '200{Enter}');
    expect(await screen.findByText('Choose 1 to 90 days.')).toBeVisible();
    expect(b.callsOf('today_view').map((c) => c.coverageDays)).toEqual([10]);
    b.today = todayOf({ coverage: [] });
    await user.clear(days);
    await user.type(days, '5{Enter}');
    await waitFor(() => expect(b.callsOf('today_view').map((c) => c.coverageDays)).toEqual([10, 5]));
    expect(await screen.findByTestId('coverage-empty')).toHaveTextContent('Everyone has had 1:1 time in the last 5 days');
  });
});

describe('in Spanish', () => {
  afterEach(() => setLanguage('en'));

  it('shows the day, the clock and the coverage in Spanish', async () => {
    setLanguage('es');
    const b = todayFake({ clock: loadedClock() });
    renderPage(b);
    const list = await screen.findByTestId('coverage-list');
    expect(screen.getByRole('heading', { level: 1 }), 'the page title is translated').toHaveTextContent('Hoy');
    await waitFor(() => expect(screen.getByTestId('clock-round'), 'the round line is translated').toHaveTextContent('Ronda 1 de 3'));
    expect(screen.getByTestId('clock-start'), 'the start button is translated').toHaveTextContent('Iniciar');
    const items = within(list).getAllByTestId('coverage-item');
    expect(text(items[0]!), 'never seen, in Spanish').toContain('nunca');
    expect(text(items[1]!), 'a Spanish date and how long ago').toContain('última: 12 oct (hace 43 días)');
    expect(screen.getByTestId('teacher-group'), 'the teacher group card is translated').toHaveTextContent('Con docente');
  });
});

describe('accessibility (axe-core)', () => {
  it('the Today page with a loaded clock has no violations', async () => {
    const b = todayFake({ clock: loadedClock({ phase: 'block', running: true }) });
    renderPage(b);
    await screen.findByTestId('today-rotation');
    await waitFor(() => expect(screen.getByTestId('clock-pause')).toBeEnabled());
    expect(await violations()).toEqual([]);
  });

  it('the empty Today page has no violations', async () => {
    const b = todayFake({ today: todayOf({ rotation: null, teacherGroup: null, coverage: [] }) });
    renderPage(b);
    await screen.findByTestId('today-no-rotation');
    expect(await violations()).toEqual([]);
  });
});

describe('the app opens on Today during class', () => {
  async function startApp(today: (classId: string) => unknown) {
    const c = classView('Period 2');
    const b = fakeBackend({ classes: [c] });
    const seen: string[] = [];
    mockInvoke.mockImplementation(async (cmd: string, args?: unknown) => {
      if (cmd === 'today_view') {
        seen.push((args as { classId: string }).classId);
        return today((args as { classId: string }).classId) as never;
      }
      // The Today page polls the clock; answer it quietly.
      if (cmd === 'rotation_clock') return clockOf() as never;
      return b.handle(cmd, args as Record<string, unknown>) as never;
    });
    render(App);
    return { c, seen };
  }

  it('switches to Today when the class has a rotation dated today', async () => {
    const { seen } = await startApp(() => todayOf());
    await waitFor(() => expect(screen.getByTestId('nav-today')).toHaveAttribute('aria-current', 'page'));
    expect(await screen.findByTestId('today-rotation')).toBeInTheDocument();
    expect(seen.length).toBeGreaterThanOrEqual(1);
  });

  it('stays on Students when the rotation is not today’s, or the check fails', async () => {
    await startApp(() => todayOf({ rotation: rotationOf({ date: '2026-11-20' }) }));
    await screen.findByTestId('nav-students');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByTestId('nav-students')).toHaveAttribute('aria-current', 'page');
    cleanup();
    await startApp(() => Promise.reject({ code: 'internal', message: 'Unknown command today_view' }));
    await screen.findByTestId('nav-students');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByTestId('nav-students')).toHaveAttribute('aria-current', 'page');
  });
});
