// The Family languages tab's logic, apart from its components: a language's status line, its
// name as the teacher reads it, and which labels the editor shows.
import type { CatalogEntry, PrintLanguageStatus } from '../api';
import { formatDate, t } from './i18n.svelte';

/** "Needs review", "Approved by Amina on Mar 2, 2026", or "Reviewed" for a shipped-reviewed one. */
export function statusText(l: PrintLanguageStatus): string {
  if (l.needsReview) return t('languages-status-needs-review');
  if (l.approvedAtMs !== null) {
    const date = formatDate(l.approvedAtMs);
    return l.approvedBy === ''
      ? t('languages-status-approved-anonymous', { date })
      : t('languages-status-approved', { who: l.approvedBy, date });
  }
  return t('languages-status-shipped');
}

/** "Soomaali (Somali)", or just "English" when both names are the same. */
export function languageLabel(l: Pick<PrintLanguageStatus, 'name' | 'englishName'>): string {
  return l.name === l.englishName ? l.name : `${l.name} (${l.englishName})`;
}

/** The labels whose id or any of whose texts contains `query` (any case); all when blank. */
export function filterEntries(entries: readonly CatalogEntry[], query: string): CatalogEntry[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...entries];
  return entries.filter((e) =>
    [e.id, e.english, e.shipped, e.correction ?? ''].some((text) => text.toLowerCase().includes(q)),
  );
}

/** The text a correction field starts with: the correction, else the shipped text. */
export function draftFor(e: CatalogEntry): string {
  return e.correction ?? e.shipped;
}

/** Whether saving `draft` would change anything for `e`. */
export function draftChanged(e: CatalogEntry, draft: string): boolean {
  return draft.trim() !== draftFor(e).trim();
}
