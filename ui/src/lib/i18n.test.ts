import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatNumber, initLanguage, isRtl, language, languageReady, loadLanguage, pickLanguage, renderMessage, setLanguage, t, uiLanguages } from './i18n.svelte';

afterEach(() => {
  setLanguage('en');
  localStorage.clear();
});

describe('the UI language', () => {
  it('follows the first preferred language with a catalog, by base language', () => {
    expect(pickLanguage(['fr-FR', 'es-MX', 'en']), 'French has no catalog, so Mexican Spanish is next and maps to es').toBe('es');
    expect(pickLanguage(['de']), 'with no catalog for any, English is used').toBe('en');
    expect(pickLanguage([]), 'an unknown OS language gives English').toBe('en');
  });

  it('offers English first, each language in its own name', () => {
    const langs = uiLanguages();
    expect(langs[0], 'English is the source language and leads the list').toEqual({ code: 'en', name: 'English' });
    expect(langs, 'Spanish names itself in Spanish').toContainEqual({ code: 'es', name: 'Español' });
  });

  it('switches messages, sets lang on the document and remembers the choice', () => {
    setLanguage('es');
    expect(t('common-save'), 'the Spanish catalog answers once Spanish is chosen').toBe('Guardar');
    expect(document.documentElement.lang, 'screen readers need the document language').toBe('es');
    expect(localStorage.getItem('waypoint.language'), 'the choice outlives a restart').toBe('es');
    setLanguage('en');
    expect(initLanguage(), 'English is the saved choice now').toBe('en');
    localStorage.setItem('waypoint.language', 'es');
    expect(initLanguage(), 'a saved choice wins over the OS language at start').toBe('es');
    expect(language(), 'the current language is what init chose').toBe('es');
  });

  it('starts in a saved language once its catalog is in, and ignores a language with none', async () => {
    localStorage.setItem('waypoint.language', 'es');
    initLanguage();
    await languageReady();
    expect(t('common-save'), 'the first paint waits for languageReady, so it is already Spanish').toBe('Guardar');
    await expect(loadLanguage('xx'), 'a language with no catalog has nothing to load').resolves.toBeUndefined();
    await setLanguage('xx');
    expect(language(), 'an unknown choice follows the OS, which is English here').toBe('en');
  });

  it('falls back to English for a missing message, then to the id', () => {
    setLanguage('es');
    expect(t('no-such-message'), 'a gap shows the id, so it is seen and fixed').toBe('no-such-message');
    expect(t('language-auto', { language: 'Español' }), 'arguments are filled in').toBe('Igual que este equipo (Español)');
  });

  it('formats numbers and dates for the language', () => {
    setLanguage('es');
    expect(formatNumber(12345.5), 'Spanish groups thousands with a point and decimals with a comma').toBe('12.345,5');
    expect(formatDate('2026-03-05'), 'a bare date is that calendar day, in Spanish').toBe('5 mar 2026');
    setLanguage('en');
    expect(formatDate('2026-03-05'), 'English puts the month first').toBe('Mar 5, 2026');
  });

  it("formats a backend sentence's decimals for the language", () => {
    // The backend sends a level as a JSON number, not as English digits.
    const reason = { id: 'reason-level-on', args: { level: 2.5, code: '6.RP.1' } };
    setLanguage('es');
    expect(renderMessage(reason), 'a Spanish reason writes the level with a decimal comma').toBe('2,5 en 6.RP.1');
    setLanguage('en');
    expect(renderMessage(reason), 'English keeps the point').toBe('2.5 on 6.RP.1');
  });

  it('knows which languages are written right to left', () => {
    expect(isRtl('ar'), 'Arabic is right to left').toBe(true);
    expect(isRtl('es-MX'), 'Spanish is left to right').toBe(false);
  });
});

describe('messages with marked-up parts', () => {
  it('split around the named slots, wherever the translation puts them', async () => {
    const { tParts } = await import('./i18n.svelte');
    expect(tParts('language-auto', {}, ['language']), 'the slot stands where the argument was').toEqual([
      { text: 'Same as this computer (' },
      { slot: 'language' },
      { text: ')' },
    ]);
  });
});
