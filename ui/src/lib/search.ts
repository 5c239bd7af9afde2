// Roster search: pure functions, no DOM, no Svelte.
import type { StudentView } from '../api';

/**
 * Fold a string for matching: Unicode-decompose, drop combining marks
 * (é → e, ñ → n), lower-case, and collapse runs of whitespace.
 */
export function normalizeForSearch(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[ıİ]/g, 'i')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
}

type Searchable = Pick<StudentView, 'givenName' | 'familyName' | 'preferredName' | 'displayName'>;

/** The folded text a student can be found by: every name part. */
export function searchText(s: Searchable): string {
  return normalizeForSearch([s.givenName, s.familyName, s.preferredName, s.displayName].join(' '));
}

/**
 * Does the student match the query? Every word of the query must occur in
 * some name part (substring match), ignoring case and accents. An empty
 * query matches everyone.
 */
export function matchesQuery(s: Searchable, query: string): boolean {
  const q = normalizeForSearch(query);
  if (q === '') return true;
  const hay = searchText(s);
  return q.split(' ').every((word) => hay.includes(word));
}

/** Filter a roster, keeping its order. */
export function filterStudents<T extends Searchable>(students: readonly T[], query: string): T[] {
  const q = normalizeForSearch(query);
  if (q === '') return [...students];
  const words = q.split(' ');
  return students.filter((s) => {
    const hay = searchText(s);
    return words.every((w) => hay.includes(w));
  });
}
