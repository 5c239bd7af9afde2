import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import { invoke } from '@tauri-apps/api/core';
import App from '../src/App.svelte';
import { classView, fakeBackend, student, type FakeBackend } from './fakeBackend';
import { ui } from '../src/lib/ui.svelte';

const mockInvoke = vi.mocked(invoke);

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
  document.title = 'Waypoint';
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  mockInvoke.mockReset();
  ui.toast = null;
});

/** The app on Ana García's page, in a class with one other student. */
async function openAna() {
  const c = classView('Period 2');
  const ana = student(c.id, 'Ana', 'García');
  const b = fakeBackend({ classes: [c], students: [ana, student(c.id, 'Ben', 'Okafor')] });
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
  const user = userEvent.setup();
  render(App);
  const item = (await screen.findAllByTestId('roster-item')).find((el) => el.textContent?.includes('Ana'))!;
  await user.click(item);
  await screen.findByTestId('erase-student-section');
  return { b, ana, user };
}

const purges = (b: FakeBackend) => b.calls.filter((c) => c.cmd === 'purge_student');

describe('erasing a student', () => {
  it('is set apart from archive and explains, in its dialog, what goes, where, and that there is no undo', async () => {
    const { user } = await openAna();
    const section = screen.getByTestId('erase-student-section');
    expect(
      within(section).getByRole('heading', { name: 'Erase this student' }),
      'the destructive action sits in its own titled section, not beside Archive',
    ).toBeVisible();
    expect(screen.getByTestId('archive-student').closest('[data-testid="erase-student-section"]')).toBeNull();

    await user.click(screen.getByTestId('erase-student'));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog, 'the dialog names the student').toHaveAccessibleName('Erase Ana García permanently?');
    const text = dialog.textContent ?? '';
    expect(text, 'it says every record and file on this laptop goes').toContain('every record and file about Ana García on this laptop');
    expect(text, "it says co-teachers' laptops follow at the next sync").toContain("next sync, it erases them on your co-teachers' laptops");
    expect(text, 'it says there is no undo').toContain('cannot be undone');
    expect(document.activeElement, 'focus starts in the name field').toBe(screen.getByTestId('erase-confirm-name'));
    expect(await axeViolations(), 'the open dialog has no axe violations').toEqual([]);
  });

  it('refuses until the name is typed, then erases and goes back to the roster with a toast', async () => {
    const { b, ana, user } = await openAna();
    await user.click(screen.getByTestId('erase-student'));
    const confirm = await screen.findByTestId('erase-student-confirm');
    expect(confirm, 'nothing typed: the Erase button does nothing').toBeDisabled();

    const field = screen.getByTestId('erase-confirm-name');
    await user.type(field, 'Ana{Enter}');
    expect(confirm, 'part of the name is not a confirmation').toBeDisabled();
    expect(purges(b), 'Enter in the field must not get round the check').toHaveLength(0);

    await user.clear(field);
    await user.type(field, 'ana garcía');
    expect(confirm, 'the name, in any case, confirms').toBeEnabled();
    await user.click(confirm);

    await waitFor(() => expect(purges(b), 'one purge, for Ana').toEqual([{ cmd: 'purge_student', args: { id: ana.id } }]));
    await waitFor(() => expect(screen.queryByRole('alertdialog'), 'the dialog closes').toBeNull());
    expect(
      await screen.findByRole('heading', { name: 'No student selected' }),
      'the page goes back to the roster with no student open',
    ).toBeInTheDocument();
    const names = screen.getAllByTestId('roster-item').map((el) => el.textContent ?? '');
    expect(names.some((n) => n.includes('Ana')), 'Ana is gone from the roster').toBe(false);
    expect(names.some((n) => n.includes('Ben')), 'and the other student is still there').toBe(true);
    expect(ui.toast?.message, 'a toast says what happened, here and on co-teachers’ laptops').toBe(
      "Erased Ana García from this laptop. Co-teachers' laptops erase them at their next sync.",
    );
    await waitFor(() => expect(document.activeElement?.id, 'focus lands on the roster').toBe('roster-search'));
  });

  it('shows the error and keeps the student and the dialog when the erasure fails', async () => {
    const { b, user } = await openAna();
    const message = 'The student was erased from the database, but /tmp/x still holds their data.';
    b.failNext('purge_student', { code: 'storage', message });
    await user.click(screen.getByTestId('erase-student'));
    await user.type(await screen.findByTestId('erase-confirm-name'), 'Ana García');
    await user.click(screen.getByTestId('erase-student-confirm'));

    const banner = await screen.findByTestId('erase-student-error');
    expect(banner, 'the error is shown with its message, announced').toHaveTextContent(message);
    expect(banner).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('alertdialog'), 'the dialog stays open so the teacher can try again').toBeInTheDocument();
    expect(screen.getByTestId('erase-student-confirm'), 'and the retry is one click away').toBeEnabled();
  });

  it('Cancel closes the dialog and erases nothing', async () => {
    const { b, user } = await openAna();
    await user.click(screen.getByTestId('erase-student'));
    await user.type(await screen.findByTestId('erase-confirm-name'), 'Ana García');
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog'), 'the dialog is gone').toBeNull();
    expect(purges(b), 'and nothing was erased').toHaveLength(0);
    expect(screen.getByRole('heading', { level: 2, name: 'Ana García' }), "Ana's page is still open").toBeInTheDocument();
  });
});

async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document.documentElement, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
