// Pure helpers for the learner profile editor.
import type { Accommodation, FamilyContact, LearnBy, LearnerProfile, WorkWith } from '../api';

export const LEARN_BY_ORDER: readonly LearnBy[] = ['reading', 'listening', 'doing'];
export const WORK_WITH_VALUES: readonly WorkWith[] = ['alone', 'peers', 'either', ''];

export function emptyProfile(): LearnerProfile {
  return {
    strengths: [],
    needs: [],
    interests: [],
    careerGoals: [],
    workWith: '',
    learnBy: [],
    homeLanguage: '',
    otherLanguages: [],
    accommodations: [],
    familyContacts: [],
    notes: '',
  };
}

export function newAccommodation(): Accommodation {
  return { kind: 'iep', notes: '', reviewDate: '' };
}

export function newContact(): FamilyContact {
  return { name: '', relationship: '', phone: '', email: '', preferredLanguage: '' };
}

/** A deep, plain copy (no Svelte proxies), with learnBy in canonical order. */
export function cloneProfile(p: LearnerProfile): LearnerProfile {
  return {
    strengths: [...p.strengths],
    needs: [...p.needs],
    interests: [...p.interests],
    careerGoals: [...p.careerGoals],
    workWith: p.workWith,
    learnBy: LEARN_BY_ORDER.filter((l) => p.learnBy.includes(l)),
    homeLanguage: p.homeLanguage,
    otherLanguages: [...p.otherLanguages],
    accommodations: p.accommodations.map((a) => ({ kind: a.kind, notes: a.notes, reviewDate: a.reviewDate })),
    familyContacts: p.familyContacts.map((c) => ({
      name: c.name,
      relationship: c.relationship,
      phone: c.phone,
      email: c.email,
      preferredLanguage: c.preferredLanguage,
    })),
    notes: p.notes,
  };
}

/** What is sent to save_profile: strings trimmed, learnBy in canonical order. */
export function normalizeProfile(p: LearnerProfile): LearnerProfile {
  const c = cloneProfile(p);
  const t = (s: string) => s.trim();
  return {
    ...c,
    strengths: c.strengths.map(t),
    needs: c.needs.map(t),
    interests: c.interests.map(t),
    careerGoals: c.careerGoals.map(t),
    homeLanguage: t(c.homeLanguage),
    otherLanguages: c.otherLanguages.map(t),
    accommodations: c.accommodations.map((a) => ({ kind: a.kind, notes: t(a.notes), reviewDate: t(a.reviewDate) })),
    familyContacts: c.familyContacts.map((x) => ({
      name: t(x.name),
      relationship: t(x.relationship),
      phone: t(x.phone),
      email: t(x.email),
      preferredLanguage: t(x.preferredLanguage),
    })),
    notes: t(c.notes),
  };
}

/** Do two profiles differ in anything that would be saved? */
export function profilesDiffer(a: LearnerProfile, b: LearnerProfile): boolean {
  return JSON.stringify(normalizeProfile(a)) !== JSON.stringify(normalizeProfile(b));
}
