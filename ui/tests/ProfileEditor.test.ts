import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, cleanup } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import { invoke } from '@tauri-apps/api/core';
import ProfileEditor from '../src/components/ProfileEditor.svelte';
import { fakeBackend, type FakeBackend } from './fakeBackend';
import { emptyProfile } from '../src/lib/profile';

const mockInvoke = vi.mocked(invoke);
afterEach(() => {
  cleanup();
  mockInvoke.mockReset();
});

function useBackend(): FakeBackend {
  const b = fakeBackend();
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
  return b;
}

async function renderEditor(b: FakeBackend) {
  render(ProfileEditor, { studentId: 's1', studentName: 'Ana García' });
  await screen.findByTestId('profile-form');
  return b;
}

describe('ProfileEditor', () => {
  it('adds chips with Enter (without submitting) and removes them by labelled button', async () => {
    const b = await renderEditor(useBackend());
    const user = userEvent.setup();
    const input = screen.getByLabelText('Strengths');
    await user.type(input, 'Drawing{Enter}');
    expect(screen.getByRole('button', { name: 'Remove Drawing' }), 'each chip has a named remove button').toBeInTheDocument();
    expect(b.calls.some((c) => c.cmd === 'save_profile'), 'Enter in a chip input must not save the whole form').toBe(false);
    expect((input as HTMLInputElement).value, 'the input is cleared for the next item').toBe('');

    await user.click(screen.getByRole('button', { name: 'Remove Drawing' }));
    expect(screen.queryByRole('button', { name: 'Remove Drawing' })).toBeNull();
  });

  it('does not delete a chip silently on Backspace in the empty input', async () => {
    await renderEditor(useBackend());
    const user = userEvent.setup();
    const input = screen.getByLabelText('Interests');
    await user.type(input, 'Robots{Enter}');
    await user.keyboard('{Backspace}');
    expect(screen.getByRole('button', { name: 'Remove Robots' }), 'the chip must still be there').toBeInTheDocument();
    expect(document.activeElement, 'focus moves to the chip so removal is a deliberate second key').toBe(
      screen.getByRole('button', { name: 'Remove Robots' }),
    );
  });

  it('saves the whole profile and shows "Saved"', async () => {
    const b = await renderEditor(useBackend());
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('With peers'));
    await user.click(screen.getByLabelText('Doing'));
    await user.click(screen.getByLabelText('Reading'));
    await user.click(screen.getByTestId('add-accommodation'));
    await user.selectOptions(document.querySelector('#accommodation-0-kind')!, '504');
    await user.click(screen.getByTestId('add-contact'));
    await user.type(document.querySelector('#contact-0-name')!, 'Rosa García');
    await user.type(document.querySelector('#contact-0-language')!, 'Spanish');
    await user.click(screen.getByTestId('save-profile'));

    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Saved'));
    const saved = b.profiles.get('s1')!;
    expect(saved, 'every edited field must reach save_profile').toMatchObject({
      workWith: 'peers',
      learnBy: ['reading', 'doing'],
      accommodations: [{ kind: '504', notes: '', reviewDate: '' }],
      familyContacts: [{ name: 'Rosa García', preferredLanguage: 'Spanish' }],
    });
  });

  it('shows a backend error for familyContacts.0.name next to that input', async () => {
    const b = await renderEditor(useBackend());
    const user = userEvent.setup();
    await user.click(screen.getByTestId('add-contact'));
    await user.type(document.querySelector('#contact-0-name')!, 'X');
    const message = 'Contact name must be at least 2 characters.';
    b.failNext('save_profile', { code: 'invalid', message, field: 'familyContacts.0.name' });
    await user.click(screen.getByTestId('save-profile'));
    expect(await screen.findByText(message)).toHaveAttribute('id', 'contact-0-name-error');
    expect(document.querySelector('#contact-0-name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('save-status'), 'a failed save must not claim "Saved"').not.toHaveTextContent('Saved');
  });

  it('routes an indexed list error ("strengths.1") to #strengths-input-error', async () => {
    const b = useBackend();
    b.profiles.set('s1', { ...emptyProfile(), strengths: ['Art', 'Music'] });
    await renderEditor(b);
    const user = userEvent.setup();
    b.failNext('save_profile', { code: 'invalid', message: 'Strength 2 is not allowed.', field: 'strengths.1' });
    await user.click(screen.getByTestId('save-profile'));
    expect(await screen.findByText('Strength 2 is not allowed.')).toHaveAttribute('id', 'strengths-input-error');
  });

  it('loads the saved profile into the controls', async () => {
    const b = useBackend();
    b.profiles.set('s1', { ...emptyProfile(), workWith: 'alone', learnBy: ['listening'], homeLanguage: 'Somali' });
    await renderEditor(b);
    expect(document.querySelector<HTMLInputElement>('#work-with-alone')!.checked).toBe(true);
    expect(document.querySelector<HTMLInputElement>('#learn-by-listening')!.checked).toBe(true);
    expect(document.querySelector<HTMLInputElement>('#learn-by-reading')!.checked).toBe(false);
    expect(document.querySelector<HTMLInputElement>('#home-language')!.value).toBe('Somali');
    expect(screen.queryByTestId('profile-dirty'), 'a freshly loaded profile has no unsaved changes').toBeNull();
  });
});
