// The Students page and its lib text in Spanish: the page, the open student's profile and the
// client-side checks all read from the catalog in the language chosen, and switching back
// to English brings English back (the language is state, not read once).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import StudentsPage from '../src/components/StudentsPage.svelte';
import { setLanguage } from '../src/lib/i18n.svelte';
import { validateStudent } from '../src/lib/validate';
import { pluralStudents, profileBadges } from '../src/lib/display';
import { goalStatusLabel, percentText, pinProblems } from '../src/lib/goals';
import { formatBytes } from '../src/lib/portfolio';
import { classView, fakeBackend, student } from './fakeBackend';
import { mainElement, resetEachTest, serve } from './pageSetup';

resetEachTest();
afterEach(() => setLanguage('en'));

describe('the Students page in Spanish', () => {
  it('shows the roster, the open student and the profile in Spanish, and English again after switching back', async () => {
    const c = classView('Ciencias 7');
    const ana = student(c.id, 'Ana', 'García');
    serve(fakeBackend({ classes: [c], students: [ana] }));
    setLanguage('es');
    render(StudentsPage, { props: { classView: c, onStudentsChanged: () => {} }, target: mainElement() });

    expect(await screen.findByRole('heading', { name: /Estudiantes/ }), 'the roster heading is Spanish').toBeInTheDocument();
    expect(screen.getByTestId('add-student'), 'the add button is Spanish').toHaveTextContent('Agregar estudiante');
    expect(await screen.findByText('Ningún estudiante seleccionado'), 'the empty detail says so in Spanish').toBeInTheDocument();

    await userEvent.setup().click(await screen.findByTestId('roster-item'));
    expect(await screen.findByTestId('archive-student'), 'the open student’s actions are Spanish').toHaveTextContent('Archivar estudiante');
    const profile = await screen.findByTestId('profile-editor');
    expect(await within(profile).findByText('Perfil de aprendizaje'), 'the learner profile is Spanish').toBeInTheDocument();
    expect(within(profile).getByText('Fortalezas'), 'its list labels too').toBeInTheDocument();

    setLanguage('en');
    expect(await screen.findByTestId('archive-student'), 'switching back re-renders in English').toHaveTextContent('Archive student');
  });
});

describe('the lib text in Spanish', () => {
  it('checks, counts, labels and sizes follow the language', () => {
    setLanguage('es');
    const e = validateStudent({ givenName: '', familyName: 'García', preferredName: '', birthDate: '2023-02-30', studentNumber: '', email: '', grade: '' });
    expect(e.givenName, 'a blank name is said in Spanish').toBe('Nombre: no puede quedar en blanco.');
    expect(e.birthDate, 'a bad date too, with the value kept as typed').toContain('"2023-02-30"');
    expect(pluralStudents(1), 'Spanish singular').toBe('1 estudiante');
    expect(pluralStudents(3), 'Spanish plural').toBe('3 estudiantes');
    expect(goalStatusLabel('active'), 'a goal status in Spanish').toBe('En progreso');
    expect(pinProblems('12', '12').pin, 'the PIN rule in Spanish').toBe('El PIN tiene de 4 a 8 dígitos.');
    expect(formatBytes(1536), 'a Spanish decimal comma in a size').toBe('1,5 KB');
    expect(percentText(40), 'a percentage as Spanish writes it').toMatch(/^40\s?%$/);
    const badges = profileBadges({ accommodations: ['el'], homeLanguage: 'Español' });
    expect(badges.map((b) => b.title), 'badge titles in Spanish').toEqual(['Estudiante de inglés', 'Idioma del hogar: Español']);

    setLanguage('en');
    expect(validateStudent({ givenName: '', familyName: 'X', preferredName: '', birthDate: '', studentNumber: '', email: '', grade: '' }).givenName, 'back in English').toBe(
      "Given name can't be blank.",
    );
    expect(formatBytes(1536), 'and an English decimal point').toBe('1.5 KB');
  });
});
