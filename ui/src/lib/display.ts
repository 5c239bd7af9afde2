// Display formatting for names, badges and labels: pure functions (the words come from the
// catalog in the UI's current language).
import type { AccommodationKind, ClassView, LearnerProfile, ProfileBadges, StudentInput } from '../api';
import { t } from './i18n.svelte';

/**
 * The name a teacher sees: the preferred name if there is one, else the
 * given name, followed by the family name. Mirrors the backend's
 * `displayName` so a form can preview it before saving.
 */
export function formatDisplayName(s: Pick<StudentInput, 'givenName' | 'familyName' | 'preferredName'>): string {
  const first = s.preferredName.trim() || s.givenName.trim();
  return [first, s.familyName.trim()].filter((p) => p !== '').join(' ');
}

/** The full legal name ("given family"), shown when it differs from the display name. */
export function formatLegalName(s: Pick<StudentInput, 'givenName' | 'familyName'>): string {
  return [s.givenName.trim(), s.familyName.trim()].filter((p) => p !== '').join(' ');
}

/** One or two initials for the avatar circle. */
export function initials(s: Pick<StudentInput, 'givenName' | 'familyName' | 'preferredName'>): string {
  const first = (s.preferredName.trim() || s.givenName.trim()).charAt(0);
  const last = s.familyName.trim().charAt(0);
  return (first + last).toLocaleUpperCase();
}

/** An accommodation kind's name: "504 plan". */
export function accommodationLabel(kind: AccommodationKind): string {
  switch (kind) {
    case 'iep':
      return t('profile-accommodation-iep');
    case '504':
      return t('profile-accommodation-504');
    case 'el':
      return t('profile-accommodation-el');
    default:
      return t('profile-accommodation-other');
  }
}

/** Short badge texts: accommodation kinds are short codes. */
export function accommodationBadge(kind: AccommodationKind): string {
  switch (kind) {
    case 'iep':
      return t('profile-badge-iep');
    case '504':
      return t('profile-badge-504');
    case 'el':
      return t('profile-badge-el');
    default:
      return t('profile-badge-other');
  }
}

export interface Badge {
  text: string;
  title: string;
  tone: 'accent' | 'neutral';
}

/** What the badges of a full profile are made from, as `class_profile_badges` returns it. */
export function badgeSource(studentId: string, p: LearnerProfile): ProfileBadges {
  return { studentId, accommodations: p.accommodations.map((a) => a.kind), homeLanguage: p.homeLanguage };
}

/** Roster badges for a profile: distinct accommodation kinds, then home language. */
export function profileBadges(p: Pick<ProfileBadges, 'accommodations' | 'homeLanguage'> | undefined): Badge[] {
  if (!p) return [];
  const out: Badge[] = [];
  const seen = new Set<AccommodationKind>();
  for (const kind of p.accommodations) {
    if (seen.has(kind)) continue;
    seen.add(kind);
    out.push({ text: accommodationBadge(kind), title: accommodationLabel(kind), tone: 'accent' });
  }
  const lang = p.homeLanguage.trim();
  if (lang !== '') {
    out.push({ text: lang, title: t('profile-badge-home-language', { language: lang }), tone: 'neutral' });
  }
  return out;
}

/** "Grade 7 · Science", skipping empty parts. */
export function classSubtitle(c: Pick<ClassView, 'subject' | 'gradeLevel'>): string {
  return [c.gradeLevel.trim(), c.subject.trim()].filter((p) => p !== '').join(' · ');
}

/** The label for a class in the switcher. */
export function classOptionLabel(c: Pick<ClassView, 'name' | 'archived' | 'studentCount'>): string {
  const args = { name: c.name, count: c.studentCount };
  return c.archived ? t('students-class-option-archived', args) : t('students-class-option', args);
}

/** "1 student" / "3 students". */
export function pluralStudents(n: number): string {
  return t('students-count', { count: n });
}

/**
 * Whether what the teacher typed names the student, for the confirmation before an erasure:
 * case, accents' composition and extra spaces do not matter, any other difference does.
 */
export function confirmsName(typed: string, name: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  const want = norm(name);
  return want !== '' && norm(typed) === want;
}
