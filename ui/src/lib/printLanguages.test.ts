import { describe, expect, it } from 'vitest';
import type { CatalogEntry, PrintLanguageStatus } from '../api';
import { draftChanged, draftFor, filterEntries, languageLabel, statusText } from './printLanguages';
import { setLanguage } from './i18n.svelte';

const somali: PrintLanguageStatus = {
  code: 'so',
  name: 'Soomaali',
  englishName: 'Somali',
  shipsForReview: true,
  needsReview: true,
  approvedAtMs: null,
  approvedBy: '',
  corrections: 0,
};

const entries: CatalogEntry[] = [
  { id: 'report-title', english: 'Conference report', shipped: 'Warbixinta kulanka waalidiinta', correction: null },
  { id: 'report-family-notes', english: 'Notes from the family', shipped: 'Qoraallada qoyska', correction: 'Qoraalka qoyska' },
];

describe('family languages', () => {
  it('says where a language stands, from the catalog', () => {
    setLanguage('en');
    expect(statusText(somali)).toBe('Needs review');
    const approved = { ...somali, needsReview: false, approvedAtMs: new Date(2026, 2, 2).getTime(), approvedBy: 'Amina' };
    expect(statusText(approved)).toBe('Approved by Amina on Mar 2, 2026');
    expect(statusText({ ...approved, approvedBy: '' })).toBe('Approved on Mar 2, 2026');
    expect(statusText({ ...somali, shipsForReview: false, needsReview: false })).toBe('Reviewed');
    setLanguage('es');
    expect(statusText(somali)).toBe('Necesita revisión');
    setLanguage('en');
  });

  it('names a language in itself and in English', () => {
    expect(languageLabel(somali)).toBe('Soomaali (Somali)');
    expect(languageLabel({ name: 'English', englishName: 'English' })).toBe('English');
  });

  it('finds labels by id or by any of their texts', () => {
    expect(filterEntries(entries, '').length).toBe(2);
    expect(filterEntries(entries, 'NOTES').map((e) => e.id)).toEqual(['report-family-notes']);
    expect(filterEntries(entries, 'qoraalka').map((e) => e.id)).toEqual(['report-family-notes']);
    expect(filterEntries(entries, 'waalidiinta').map((e) => e.id)).toEqual(['report-title']);
  });

  it('starts a correction from what prints now', () => {
    expect(draftFor(entries[0]!)).toBe('Warbixinta kulanka waalidiinta');
    expect(draftFor(entries[1]!)).toBe('Qoraalka qoyska');
    expect(draftChanged(entries[1]!, ' Qoraalka qoyska ')).toBe(false);
    expect(draftChanged(entries[1]!, 'Qoraallo')).toBe(true);
  });
});
