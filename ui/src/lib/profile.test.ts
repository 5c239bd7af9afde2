import { describe, expect, it } from 'vitest';
import { cloneProfile, emptyProfile, normalizeProfile, profilesDiffer } from './profile';

describe('profile helpers', () => {
  it('normalizes what is sent: trimmed strings, learnBy in canonical order', () => {
    const p = emptyProfile();
    p.learnBy = ['doing', 'reading'];
    p.homeLanguage = '  Spanish ';
    p.familyContacts = [{ name: ' Rosa ', relationship: '', phone: ' 555 ', email: '', preferredLanguage: '' }];
    const n = normalizeProfile(p);
    expect(n.learnBy).toEqual(['reading', 'doing']);
    expect(n.homeLanguage).toBe('Spanish');
    expect(n.familyContacts[0]).toMatchObject({ name: 'Rosa', phone: '555' });
  });

  it('clones deeply, so editing the draft cannot change the saved copy', () => {
    const saved = emptyProfile();
    saved.strengths = ['Art'];
    const draft = cloneProfile(saved);
    draft.strengths.push('Music');
    expect(saved.strengths).toEqual(['Art']);
  });

  it('detects real differences but ignores whitespace-only and order-only noise', () => {
    const a = emptyProfile();
    const b = cloneProfile(a);
    expect(profilesDiffer(a, b)).toBe(false);
    b.homeLanguage = '   ';
    expect(profilesDiffer(a, b), 'trailing spaces alone are not an unsaved change').toBe(false);
    b.notes = 'Needs glasses';
    expect(profilesDiffer(a, b), 'a real edit must count as unsaved').toBe(true);
  });
});
