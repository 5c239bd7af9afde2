import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, cleanup } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import { invoke } from '@tauri-apps/api/core';
import App from '../src/App.svelte';
import { classView, fakeBackend, student } from './fakeBackend';
import { emptyProfile } from '../src/lib/profile';

const mockInvoke = vi.mocked(invoke);

beforeEach(() => {
  localStorage.clear();
  // jsdom renders components into a bare document; give it what index.html
  // provides (checked separately in indexHtml.test.ts).
  document.documentElement.lang = 'en';
  document.title = 'Waypoint';
  // axe probes icon fonts with a canvas, which jsdom does not implement.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  mockInvoke.mockReset();
});

/** Run axe on the whole document. Colour contrast needs real layout, which
 * jsdom lacks, so it is checked in the real webview instead. */
describe('accessibility (axe-core)', () => {
  it('the empty state has no violations', async () => {
    const b = fakeBackend();
    mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
    render(App);
    await screen.findByTestId('load-demo');
    expect(await violations(), 'every axe violation is a barrier for someone').toEqual([]);
  });

  it('a student page with a full profile and errors shown has no violations', async () => {
    const c = classView('Period 4');
    const s = student(c.id, 'Ana', 'García');
    const b = fakeBackend({ classes: [c], students: [s, student(c.id, 'Ben', 'Okafor')] });
    b.profiles.set(s.id, {
      ...emptyProfile(),
      strengths: ['Art'],
      needs: ['Fractions'],
      accommodations: [{ kind: 'iep', notes: 'Extra time', reviewDate: '2025-06-01' }],
      familyContacts: [{ name: 'Rosa', relationship: 'Mother', phone: '555', email: '', preferredLanguage: 'Spanish' }],
      homeLanguage: 'Spanish',
    });
    mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
    const user = userEvent.setup();
    render(App);
    await user.click((await screen.findAllByTestId('roster-item'))[0]!);
    await screen.findByTestId('profile-form');
    // Show field errors too: they add aria-describedby/aria-invalid wiring.
    await user.clear(document.querySelector<HTMLInputElement>('#given-name')!);
    await user.click(screen.getByTestId('save-student'));
    await screen.findByText("Given name can't be blank.");
    b.failNext('save_profile', { code: 'invalid', message: 'Bad phone.', field: 'familyContacts.0.phone' });
    await user.click(screen.getByTestId('save-profile'));
    await screen.findByText('Bad phone.');
    expect(await violations()).toEqual([]);
  });

  it('the class dialog has no violations', async () => {
    const c = classView('Period 5');
    const b = fakeBackend({ classes: [c] });
    mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByTestId('new-class'));
    await screen.findByRole('dialog');
    expect(await violations()).toEqual([]);
  });
});
