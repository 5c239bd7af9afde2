import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, cleanup } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import { invoke } from '@tauri-apps/api/core';
import StudentForm from '../src/components/StudentForm.svelte';

const mockInvoke = vi.mocked(invoke);
afterEach(() => {
  cleanup();
  mockInvoke.mockReset();
});

describe('StudentForm', () => {
  it('shows a backend invalid error for givenName in #given-name-error and keeps what was typed', async () => {
    const message = 'Given name contains a character we cannot store.';
    mockInvoke.mockRejectedValue({ code: 'invalid', message, field: 'givenName' });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(StudentForm, { classId: 'c1', onSaved });

    await user.type(screen.getByLabelText(/Given name/), 'Ana');
    await user.type(screen.getByLabelText(/Family name/), 'García');
    await user.click(screen.getByTestId('save-student'));

    const err = await screen.findByText(message);
    expect(err.id, 'the message must sit in the given-name error slot, where the teacher looks').toBe('given-name-error');
    const input = document.querySelector<HTMLInputElement>('#given-name')!;
    expect(input, 'assistive tech must know the field is invalid').toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby'), 'and be able to read the message').toContain('given-name-error');
    expect(input.value, 'nothing typed may be lost').toBe('Ana');
    expect(document.querySelector<HTMLInputElement>('#family-name')!.value).toBe('García');
    expect(onSaved, 'a rejected save must not be reported as saved').not.toHaveBeenCalled();
    expect(document.querySelector('#family-name-error'), 'only the named field is flagged').toBeNull();
    expect(document.activeElement, 'focus moves to the field to fix').toBe(input);
  });

  it('shows a non-field backend error in a general alert', async () => {
    mockInvoke.mockRejectedValue({ code: 'storage', message: 'The database file is read-only.' });
    const user = userEvent.setup();
    render(StudentForm, { classId: 'c1', onSaved: vi.fn() });
    await user.type(screen.getByLabelText(/Given name/), 'Ana');
    await user.type(screen.getByLabelText(/Family name/), 'García');
    await user.click(screen.getByTestId('save-student'));
    expect(await screen.findByRole('alert'), 'errors without a field must still be announced').toHaveTextContent(
      'The database file is read-only.',
    );
  });

  it('validates required names on the client before calling the backend', async () => {
    const user = userEvent.setup();
    render(StudentForm, { classId: 'c1', onSaved: vi.fn() });
    await user.click(screen.getByTestId('save-student'));
    expect(document.querySelector('#given-name-error')).toHaveTextContent("Given name can't be blank.");
    expect(document.querySelector('#family-name-error')).toHaveTextContent("Family name can't be blank.");
    expect(mockInvoke, 'an obviously invalid form is not sent').not.toHaveBeenCalled();
  });

  it('sends trimmed input to create_student and reports the saved student', async () => {
    const saved = {
      id: 's1',
      classId: 'c1',
      givenName: 'Ana',
      familyName: 'García',
      preferredName: '',
      birthDate: '2012-05-01',
      archived: false,
      displayName: 'Ana García',
    };
    mockInvoke.mockResolvedValue(saved);
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(StudentForm, { classId: 'c1', onSaved });
    await user.type(screen.getByLabelText(/Given name/), '  Ana ');
    await user.type(screen.getByLabelText(/Family name/), 'García');
    await user.type(screen.getByLabelText('Birth date'), '2012-05-01');
    await user.type(screen.getByLabelText('Student ID'), 'S-104');
    await user.type(screen.getByLabelText('Grade'), '6');
    await user.click(screen.getByTestId('save-student'));
    expect(mockInvoke).toHaveBeenCalledWith('create_student', {
      classId: 'c1',
      input: {
        givenName: 'Ana',
        familyName: 'García',
        preferredName: '',
        birthDate: '2012-05-01',
        studentNumber: 'S-104',
        email: '',
        grade: '6',
      },
    });
    expect(onSaved).toHaveBeenCalledWith(saved, true);
  });
});
