import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
  Channel: class {
    onmessage: (m: unknown) => void = () => {};
  },
}));
import App from '../src/App.svelte';
import StudentModeScreen from '../src/components/StudentModeScreen.svelte';
import { ANA, BEN, goal, ownershipFake, reflection, type OwnershipFake } from './fakes/ownership';
import { classView, fakeBackend, student } from './fakeBackend';
import { studentMode } from '../src/lib/studentMode.svelte';
import { ui } from '../src/lib/ui.svelte';
import { todayIso } from '../src/lib/groups';
import { resetEachTest, serve } from './pageSetup';
import { setLanguage } from '../src/lib/i18n.svelte';
import { startStartupReads } from '../src/lib/startupReads';

const use = (f: OwnershipFake) => serve(f);

/** Ana is in student mode; Ben's goals and reflections are in the same database. */
function twoStudents(o: Parameters<typeof ownershipFake>[0] = {}, fallback?: Parameters<typeof ownershipFake>[1]) {
  return ownershipFake(
    {
      pin: '2468',
      modeStudent: ANA,
      goals: [
        goal('g-ana', ANA, 'Read 3 chapter books', { why: 'I love stories', steps: ['Pick a book'], progress: 40 }),
        goal('g-ana-done', ANA, 'Learn my 7s', { status: 'met', progress: 100 }),
        goal('g-ben', BEN, 'Ben’s secret goal', { progress: 10 }),
      ],
      reflections: [
        reflection('r-ana', ANA, 'Ratios were fun.', { date: '2026-03-01' }),
        reflection('r-ben', BEN, 'Ben’s private thoughts', { date: '2026-03-02' }),
      ],
      ...o,
    },
    fallback,
  );
}

resetEachTest();
afterEach(() => {
  studentMode.on = false;
});

describe('the student-mode screen', () => {
  it("shows only the one student's goals and reflections, and passes axe", async () => {
    const f = twoStudents();
    use(f);
    render(StudentModeScreen, { props: { onExit: vi.fn() } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hi, Ana!' })).toBeVisible();
    const screenEl = screen.getByTestId('student-mode');
    expect(screenEl).toHaveTextContent('Read 3 chapter books');
    expect(screenEl).toHaveTextContent('I love stories');
    expect(screenEl).toHaveTextContent('Ratios were fun.');
    expect(screenEl, 'a met goal is listed as finished').toHaveTextContent('Learn my 7s — I did it!');
    expect(screenEl).not.toHaveTextContent('Ben');
    expect(screen.getAllByTestId('sm-goal'), 'a check-in form only for goals being worked on').toHaveLength(1);
    expect(f.calls.map((c) => c.cmd), 'one view, nothing about other students').toEqual(['student_mode_view']);
    expect(await violations()).toEqual([]);
  });

  it('speaks Spanish to the student', async () => {
    use(twoStudents());
    setLanguage('es');
    try {
      render(StudentModeScreen, { props: { onExit: vi.fn() } });
      expect(await screen.findByRole('heading', { level: 1, name: '¡Hola, Ana!' }), 'the greeting').toBeVisible();
      expect(screen.getByRole('heading', { name: 'Mis metas' }), 'the goals section').toBeVisible();
      expect(screen.getByTestId('student-mode'), 'a met goal').toHaveTextContent('Learn my 7s: ¡lo logré!');
      expect(screen.getByTestId('sm-checkin-save'), 'the check-in button').toHaveTextContent('Guardar mi seguimiento');
      expect(screen.getByTestId('sm-exit'), 'the teacher’s way out').toHaveTextContent('Docente: salir');
    } finally {
      setLanguage('en');
    }
  });

  it('a check-in is the student’s own, dated today', async () => {
    const user = userEvent.setup();
    const f = twoStudents();
    use(f);
    render(StudentModeScreen, { props: { onExit: vi.fn() } });
    const item = await screen.findByTestId('sm-goal');
    const range = within(item).getByTestId<HTMLInputElement>('sm-checkin-progress');
    expect(range.value, 'starts at the latest progress').toBe('40');
    await fireEvent.input(range, { target: { value: '70' } });
    expect(item).toHaveTextContent('How far along are you? 70%');
    await user.type(within(item).getByTestId('sm-checkin-note'), 'Finished book two!');
    await user.click(within(item).getByTestId('sm-checkin-save'));
    await waitFor(() =>
      expect(f.callsOf('student_mode_check_in')).toEqual([
        { goalId: 'g-ana', input: { date: todayIso(), progress: 70, note: 'Finished book two!', author: 'student' } },
      ]),
    );
    expect(await within(item).findByTestId('sm-checkin-saved')).toHaveTextContent('Saved');
    await waitFor(() => expect(within(item).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '70'));
    expect(within(item).getByTestId<HTMLTextAreaElement>('sm-checkin-note').value, 'the note clears').toBe('');
    expect(f.callsOf('add_check_in'), 'never the teacher command').toEqual([]);
  });

  it('a reflection is the student’s own, with no competency or rating', async () => {
    const user = userEvent.setup();
    const f = twoStudents();
    use(f);
    render(StudentModeScreen, { props: { onExit: vi.fn() } });
    await user.click(await screen.findByTestId('sm-reflection-save'));
    expect(await screen.findByText('Write a few words first.')).toBeVisible();
    expect(f.callsOf('student_mode_reflect')).toEqual([]);

    await user.selectOptions(screen.getByTestId('sm-reflection-prompt'), 'p-1');
    await user.type(screen.getByTestId('sm-reflection-response'), 'My poster!');
    await user.click(screen.getByLabelText('Show this at my conference'));
    await user.click(screen.getByTestId('sm-reflection-save'));
    await waitFor(() =>
      expect(f.callsOf('student_mode_reflect')).toEqual([
        {
          input: {
            promptId: 'p-1',
            response: 'My poster!',
            date: todayIso(),
            competencyId: '',
            selfRating: null,
            forConference: true,
            author: 'student',
          },
        },
      ]),
    );
    const past = await screen.findAllByTestId('sm-reflection-item');
    expect(past).toHaveLength(2);
    expect(past[0], 'the new one first').toHaveTextContent('My poster!');
    expect(past[0]).toHaveTextContent('What are you proud of this week?');
    expect(f.callsOf('add_reflection'), 'never the teacher command').toEqual([]);
  });

  it('a wrong PIN keeps the screen and says so; the right one leaves', async () => {
    const user = userEvent.setup();
    const f = twoStudents();
    use(f);
    const onExit = vi.fn();
    render(StudentModeScreen, { props: { onExit } });
    await user.click(await screen.findByTestId('sm-exit'));
    const pin = screen.getByTestId('sm-pin');
    expect(pin, 'the PIN box takes focus').toHaveFocus();
    expect(pin).toHaveAttribute('type', 'password');
    await user.type(pin, '1111');
    await user.click(screen.getByTestId('sm-pin-submit'));
    expect(await screen.findByTestId('sm-pin-error')).toHaveTextContent("That is not the teacher's PIN.");
    expect(onExit).not.toHaveBeenCalled();
    expect(screen.getByTestId('student-mode')).toBeInTheDocument();
    expect(f.modeStudent).toBe(ANA);
    expect(await violations(), 'the PIN dialog with its error').toEqual([]);

    await user.type(screen.getByTestId('sm-pin'), '2468');
    await user.click(screen.getByTestId('sm-pin-submit'));
    await waitFor(() => expect(onExit).toHaveBeenCalledTimes(1));
    expect(f.callsOf('leave_student_mode')).toEqual([{ pin: '1111' }, { pin: '2468' }]);
  });

  it('leaves by itself when the backend says student mode is already off', async () => {
    const f = twoStudents({ modeStudent: null });
    f.failNext('student_mode_view', { code: 'invalid', message: 'Student mode is off; this page is only for student mode.' });
    use(f);
    const onExit = vi.fn();
    render(StudentModeScreen, { props: { onExit } });
    await waitFor(() => expect(onExit).toHaveBeenCalledTimes(1));
  });

  it('leaves when the PIN is refused because student mode is already off', async () => {
    const user = userEvent.setup();
    const f = twoStudents();
    use(f);
    const onExit = vi.fn();
    render(StudentModeScreen, { props: { onExit } });
    await user.click(await screen.findByTestId('sm-exit'));
    f.modeStudent = null; // e.g. left from elsewhere
    await user.type(screen.getByTestId('sm-pin'), '9999');
    await user.click(screen.getByTestId('sm-pin-submit'));
    await waitFor(() => expect(onExit).toHaveBeenCalledTimes(1));
  });

  it('locked (the mode could not be read): no page at all, and only the PIN unlocks it', async () => {
    const user = userEvent.setup();
    const f = twoStudents({ modeStudent: null, locked: true });
    use(f);
    const onExit = vi.fn();
    render(StudentModeScreen, { props: { onExit } });
    expect(await screen.findByTestId('sm-locked'), 'the screen says why it is locked').toHaveTextContent(
      "The teacher's PIN unlocks it.",
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This laptop is locked');
    expect(screen.queryByTestId('sm-goals'), 'no student page').toBeNull();
    expect(onExit, 'a locked laptop is not left by itself').not.toHaveBeenCalled();
    expect(await violations()).toEqual([]);
    await user.click(screen.getByTestId('sm-unlock'));
    await user.type(screen.getByTestId('sm-pin'), '1111');
    await user.click(screen.getByTestId('sm-pin-submit'));
    expect(await screen.findByTestId('sm-pin-error')).toHaveTextContent("That is not the teacher's PIN.");
    expect(onExit).not.toHaveBeenCalled();
    await user.type(screen.getByTestId('sm-pin'), '2468');
    await user.click(screen.getByTestId('sm-pin-submit'));
    await waitFor(() => expect(onExit).toHaveBeenCalledTimes(1));
    expect(f.locked, 'the PIN unlocked the backend').toBe(false);
  });

  it('too many wrong PINs: the wait is shown in the PIN box, and the screen stays', async () => {
    const user = userEvent.setup();
    const f = twoStudents();
    use(f);
    const onExit = vi.fn();
    render(StudentModeScreen, { props: { onExit } });
    await user.click(await screen.findByTestId('sm-exit'));
    f.failNext('leave_student_mode', {
      code: 'invalid',
      message: 'Too many wrong PINs. Try again in 40 seconds.',
      field: 'pin',
    });
    await user.type(screen.getByTestId('sm-pin'), '2468');
    await user.click(screen.getByTestId('sm-pin-submit'));
    expect(await screen.findByTestId('sm-pin-error')).toHaveTextContent('Too many wrong PINs. Try again in 40 seconds.');
    expect(onExit).not.toHaveBeenCalled();
    expect(f.modeStudent).toBe(ANA);
  });

  it('shows a storage problem with a way to try again, and stays', async () => {
    const user = userEvent.setup();
    const f = twoStudents();
    f.failNext('student_mode_view', { code: 'storage', message: 'The database is busy.' });
    use(f);
    const onExit = vi.fn();
    render(StudentModeScreen, { props: { onExit } });
    expect(await screen.findByTestId('sm-error')).toHaveTextContent('The database is busy.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hi, Ana!' })).toBeVisible();
    expect(onExit).not.toHaveBeenCalled();
  });
});

describe('student mode in the app', () => {
  function appBackend(o: Parameters<typeof ownershipFake>[0] = {}) {
    const c = classView('Period 2');
    const ana = { ...student(c.id, 'Ana', 'García'), id: ANA };
    const ben = { ...student(c.id, 'Ben', 'Okafor'), id: BEN };
    const shell = fakeBackend({ classes: [c], students: [ana, ben] });
    const f = twoStudents(o, shell.commands);
    use(f);
    return f;
  }

  it('after a restart in student mode, the app shows only the student screen; Alt+number does nothing', async () => {
    const user = userEvent.setup();
    const f = appBackend();
    render(App);
    expect(await screen.findByTestId('student-mode')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Hi, Ana!' })).toBeVisible();
    expect(screen.queryByRole('navigation'), 'no nav').toBeNull();
    expect(screen.queryByTestId('nav-students')).toBeNull();
    expect(document.getElementById('class-switcher'), 'no class bar').toBeNull();
    expect(screen.queryByTestId('student-detail')).toBeNull();
    await user.keyboard('{Alt>}2{/Alt}');
    await user.keyboard('{Alt>}1{/Alt}');
    expect(screen.getByTestId('student-mode')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(await violations()).toEqual([]);

    // The teacher's PIN brings the whole app back.
    await user.click(screen.getByTestId('sm-exit'));
    await user.type(screen.getByTestId('sm-pin'), '2468');
    await user.click(screen.getByTestId('sm-pin-submit'));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.queryByTestId('student-mode')).toBeNull();
    expect(f.modeStudent).toBeNull();
  });

  it('the roster read before the shell mounted is not shown after student mode: it is read again', async () => {
    const user = userEvent.setup();
    const c = classView('Period 2');
    const shell = fakeBackend({ classes: [c], students: [{ ...student(c.id, 'Ana', 'García'), id: ANA }] });
    use(twoStudents({}, shell.commands));
    startStartupReads();
    render(App);
    expect(await screen.findByTestId('student-mode')).toBeInTheDocument();
    // Changed while the laptop was in a student's hands (another device's sync, say).
    shell.students.push(student(c.id, 'Zoe', 'Quinn'));
    await user.click(screen.getByTestId('sm-exit'));
    await user.type(screen.getByTestId('sm-pin'), '2468');
    await user.click(screen.getByTestId('sm-pin-submit'));
    await waitFor(() => expect(screen.getAllByTestId('roster-item'), 'the roster as it is now, not as it was at startup').toHaveLength(2));
  });

  it('starts locked when the backend cannot read the mode: no nav, no class bar, only the PIN', async () => {
    const user = userEvent.setup();
    const f = appBackend({ modeStudent: null, locked: true });
    render(App);
    expect(await screen.findByTestId('sm-locked')).toBeInTheDocument();
    expect(screen.queryByRole('navigation'), 'no nav').toBeNull();
    expect(document.getElementById('class-switcher'), 'no class bar').toBeNull();
    await user.click(screen.getByTestId('sm-unlock'));
    await user.type(screen.getByTestId('sm-pin'), '2468');
    await user.click(screen.getByTestId('sm-pin-submit'));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(f.locked).toBe(false);
  });

  it('the teacher sets a PIN the first time, then hands the laptop over from the student page', async () => {
    const user = userEvent.setup();
    const f = appBackend({ pin: null, modeStudent: null });
    render(App);
    const rows = await screen.findAllByTestId('roster-item');
    await user.click(rows.find((r) => r.textContent?.includes('Ana'))!);
    const enter = await screen.findByTestId('student-mode-enter');
    expect(enter).toHaveTextContent('Hand the laptop to Ana');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    // The four sections are on the student's page.
    expect(await screen.findByTestId('student-goals')).toBeInTheDocument();
    expect(screen.getByTestId('student-conferences')).toBeInTheDocument();

    await user.click(enter);
    const dialog = await screen.findByRole('dialog', { name: 'Set a teacher PIN' });
    expect(within(dialog).getByTestId('pin-new')).toHaveFocus();
    await user.type(within(dialog).getByTestId('pin-new'), '12');
    await user.click(within(dialog).getByTestId('pin-save'));
    expect(await within(dialog).findByText('The PIN is 4 to 8 digits.')).toBeVisible();
    await user.clear(within(dialog).getByTestId('pin-new'));
    await user.type(within(dialog).getByTestId('pin-new'), '2468');
    await user.type(within(dialog).getByTestId('pin-confirm'), '2460');
    await user.click(within(dialog).getByTestId('pin-save'));
    expect(await within(dialog).findByText('The two PINs are not the same. Type it again.')).toBeVisible();
    expect(f.callsOf('set_teacher_pin')).toEqual([]);
    expect(await violations(), 'the PIN dialog with errors').toEqual([]);
    await user.clear(within(dialog).getByTestId('pin-confirm'));
    await user.type(within(dialog).getByTestId('pin-confirm'), '2468');
    await user.click(within(dialog).getByTestId('pin-save'));

    await waitFor(() => expect(f.callsOf('set_teacher_pin')).toEqual([{ currentPin: '', newPin: '2468' }]));
    expect(f.callsOf('enter_student_mode')).toEqual([{ studentId: ANA }]);
    expect(await screen.findByTestId('student-mode')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Hi, Ana!' })).toBeVisible();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('with a PIN already set, the button goes straight to student mode', async () => {
    const user = userEvent.setup();
    const f = appBackend({ modeStudent: null });
    render(App);
    const rows = await screen.findAllByTestId('roster-item');
    await user.click(rows.find((r) => r.textContent?.includes('Ben'))!);
    await user.click(await screen.findByTestId('student-mode-enter'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hi, Ben!' })).toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(f.callsOf('set_teacher_pin')).toEqual([]);
    expect(screen.getByTestId('student-mode')).toHaveTextContent('Ben’s secret goal');
    expect(screen.getByTestId('student-mode')).not.toHaveTextContent('Read 3 chapter books');
  });
});
