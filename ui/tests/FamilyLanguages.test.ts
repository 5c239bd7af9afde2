import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import FamilyLanguages from '../src/components/languages/FamilyLanguages.svelte';
import type { CatalogEntry, PrintLanguageStatus } from '../src/api';
import { switchboard, type FakeCommands } from './fakes/commands';
import { mainElement, resetEachTest, serve } from './pageSetup';

resetEachTest();

function language(code: string, name: string, englishName: string, shipsForReview: boolean): PrintLanguageStatus {
  return { code, name, englishName, shipsForReview, needsReview: shipsForReview, approvedAtMs: null, approvedBy: '', corrections: 0 };
}

/** The backend as far as this tab uses it: languages, approvals and one label's corrections. */
function fake() {
  const sb = switchboard();
  const languages = [language('en', 'English', 'English', false), language('so', 'Soomaali', 'Somali', true)];
  const entries: CatalogEntry[] = [
    { id: 'report-family-notes', english: 'Notes from the family', shipped: 'Qoraallada qoyska', correction: null },
  ];
  const commands: FakeCommands = {
    list_print_languages: () => structuredClone(languages),
    approve_print_language: ({ lang, approvedBy }) => {
      const l = languages.find((x) => x.code === lang)!;
      Object.assign(l, { needsReview: false, approvedAtMs: new Date(2026, 10, 24).getTime(), approvedBy });
      return structuredClone(l);
    },
    print_catalog_entries: () => structuredClone(entries),
    correct_print_label: ({ id, text }) => {
      const e = entries.find((x) => x.id === id)!;
      if (text !== null && text.includes('$who')) throw { code: 'invalid', message: '"report-family-notes" uses $who, but this label takes no value in braces.' };
      e.correction = text;
      languages[1]!.corrections = text === null ? 0 : 1;
      return structuredClone(e);
    },
  };
  return { sb, handle: (cmd: string, args?: Record<string, unknown>) => sb.serve(commands, cmd, args) };
}

describe('family languages', () => {
  it('marks a new translation for review until a person approves it', async () => {
    const user = userEvent.setup();
    const f = fake();
    serve(f);
    render(FamilyLanguages, { target: mainElement() });
    const somali = await screen.findByTestId('language-so');
    expect(somali).toHaveTextContent('Soomaali (Somali)');
    expect(somali).toHaveTextContent('Needs review');
    expect(screen.getByTestId('language-en')).toHaveTextContent('Reviewed');
    expect(await violations()).toEqual([]);

    await user.click(within(somali).getByTestId('approve-so'));
    await user.type(within(somali).getByTestId('approver-so'), 'Amina Yusuf');
    await user.click(within(somali).getByRole('button', { name: 'Approve Soomaali' }));
    await waitFor(() => expect(screen.getByTestId('language-so')).toHaveTextContent('Approved by Amina Yusuf on Nov 24, 2026'));
    expect(f.sb.callsOf('approve_print_language')).toEqual([{ lang: 'so', approvedBy: 'Amina Yusuf' }]);
  });

  it('lets an interpreter correct a label, and says why a correction is refused', async () => {
    const user = userEvent.setup();
    const f = fake();
    serve(f);
    render(FamilyLanguages, { target: mainElement() });
    await user.click(await screen.findByTestId('edit-so'));
    const row = await screen.findByTestId('label-report-family-notes');
    expect(row).toHaveTextContent('Notes from the family');
    expect(row).toHaveTextContent('Qoraallada qoyska');
    expect(await violations()).toEqual([]);

    const field = within(row).getByRole('textbox', { name: 'Correction' });
    await user.clear(field);
    await user.type(field, 'Qoraal {{ $who }');
    await user.click(within(row).getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('catalog-editor-error')).toHaveTextContent('uses $who');

    await user.clear(field);
    await user.type(field, 'Qoraalka qoyska');
    await user.click(within(row).getByRole('button', { name: 'Save' }));
    await within(row).findByText('Saved.');
    expect(f.sb.callsOf('correct_print_label').at(-1)).toEqual({ lang: 'so', id: 'report-family-notes', text: 'Qoraalka qoyska' });
    expect(within(row).getByRole('button', { name: 'Use the shipped text' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(await screen.findByTestId('language-so')).toHaveTextContent('One label');
  });
});
