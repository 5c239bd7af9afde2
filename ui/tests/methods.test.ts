import { describe, expect, it } from 'vitest';
import type { Method } from '../src/api';
import { defaultScale } from '../src/lib/frameworks';
import {
  DEFAULT_N,
  DEFAULT_RATE,
  methodLabel,
  METHOD_NAMES,
  METHODS,
  N_MAX,
  defaultMethod,
  defaultParamText,
  methodFieldControl,
  methodFormula,
  methodFromForm,
  methodParam,
  methodTitle,
  methodToForm,
  paramKind,
  paramLabel,
  paramSpec,
  sameMethod,
} from '../src/lib/methods';

describe('the methods and their names', () => {
  it("lists the seven methods in the backend's order", () => {
    expect(METHOD_NAMES).toEqual([
      'highest',
      'latest',
      'average',
      'weighted_average',
      'decaying_average',
      'n_mastery',
      'power_law',
    ]);
  });

  it('names them for people: a short name for titles, a hint at the parameter in the selects', () => {
    expect(methodLabel('decaying_average'), 'the title a method goes by').toBe('Decaying average');
    expect(methodLabel('n_mastery'), 'n-mastery keeps its lower-case n').toBe('n-mastery');
    expect(METHODS.find((m) => m.name === 'n_mastery')?.label, 'the list gives the same words as methodLabel').toBe('n-mastery');
    // The select options' wording is pinned by FrameworksPage.test.ts; MasteryPage.test.ts checks
    // that the grid toolbar shows the same options.
    for (const m of METHODS) {
      expect(m.choice.startsWith(m.label), `${m.name}: the option starts with the method's name`).toBe(true);
    }
  });

  it('says which parameter each takes, its range and its default', () => {
    expect(METHOD_NAMES.map(paramKind)).toEqual([null, null, null, 'weight', 'rate', 'n', null]);
    expect(paramSpec('highest')).toBeNull();
    expect(paramSpec('weighted_average')).toMatchObject({ kind: 'weight', unit: '%', min: 0, max: 100 });
    expect(paramSpec('decaying_average'), 'a rate of 0 is not allowed').toMatchObject({ kind: 'rate', min: 1, max: 100 });
    expect(paramSpec('n_mastery')).toMatchObject({ kind: 'n', unit: '', min: 1, max: N_MAX });
    expect(paramLabel(paramSpec('decaying_average')!)).toBe('Decay rate (%)');
    expect(paramLabel(paramSpec('weighted_average')!)).toBe('Weight of the newest score (%)');
    expect(paramLabel(paramSpec('n_mastery')!), 'a count has no unit').toBe('Number of scores needed');
    expect(defaultMethod('decaying_average')).toEqual({ name: 'decaying_average', rate: DEFAULT_RATE });
    expect(defaultMethod('weighted_average')).toEqual({ name: 'weighted_average', weight: DEFAULT_RATE });
    expect(defaultMethod('n_mastery')).toEqual({ name: 'n_mastery', n: DEFAULT_N });
    expect(defaultMethod('latest')).toEqual({ name: 'latest' });
    expect(METHOD_NAMES.map(defaultParamText)).toEqual(['', '', '', '65', '65', '3', '']);
  });
});

describe('the method form', () => {
  it('turns percentages into fractions and back', () => {
    expect(methodFromForm({ name: 'weighted_average', param: '50' })).toEqual({
      ok: true,
      method: { name: 'weighted_average', weight: 0.5 },
    });
    expect(methodFromForm({ name: 'weighted_average', param: '65' })).toEqual({
      ok: true,
      method: { name: 'weighted_average', weight: 0.65 },
    });
    expect(methodFromForm({ name: 'decaying_average', param: '65' })).toEqual({
      ok: true,
      method: { name: 'decaying_average', rate: 0.65 },
    });
    expect(methodFromForm({ name: 'decaying_average', param: '80' })).toEqual({
      ok: true,
      method: { name: 'decaying_average', rate: 0.8 },
    });
    expect(methodFromForm({ name: 'decaying_average', param: ' 12.5 ' })).toEqual({
      ok: true,
      method: { name: 'decaying_average', rate: 0.125 },
    });
    expect(methodFromForm({ name: 'n_mastery', param: '4' })).toEqual({ ok: true, method: { name: 'n_mastery', n: 4 } });
    expect(methodFromForm({ name: 'highest', param: 'ignored' })).toEqual({ ok: true, method: { name: 'highest' } });
    expect(methodToForm({ name: 'weighted_average', weight: 0.65 })).toEqual({ name: 'weighted_average', param: '65' });
    expect(methodToForm({ name: 'weighted_average', weight: 0.125 }).param, 'the box shows 12.5 for 12.5%').toBe('12.5');
    expect(methodToForm({ name: 'n_mastery', n: 3 })).toEqual({ name: 'n_mastery', param: '3' });
    expect(methodToForm({ name: 'power_law' })).toEqual({ name: 'power_law', param: '' });
    for (const name of METHOD_NAMES) {
      const m = defaultMethod(name);
      const back = methodFromForm(methodToForm(m));
      expect(back.ok && sameMethod(back.method, m), `${name} round-trips through the form`).toBe(true);
    }
  });

  it("rejects parameters out of range, keyed by the backend's field names", () => {
    expect(methodFromForm({ name: 'weighted_average', param: '101' })).toMatchObject({ ok: false, field: 'weight' });
    expect(methodFromForm({ name: 'weighted_average', param: '0' }), 'a weight of 0 is allowed').toMatchObject({ ok: true });
    expect(methodFromForm({ name: 'decaying_average', param: '0' }), 'a rate must be above 0').toMatchObject({
      ok: false,
      field: 'rate',
    });
    expect(methodFromForm({ name: 'decaying_average', param: '100' }), 'a rate of 100% is allowed').toMatchObject({ ok: true });
    expect(methodFromForm({ name: 'n_mastery', param: '2.5' })).toMatchObject({ ok: false, field: 'n' });
    expect(methodFromForm({ name: 'n_mastery', param: '21' })).toMatchObject({ ok: false, field: 'n' });
    expect(methodFromForm({ name: 'n_mastery', param: '' }), 'a blank box is an error, not 0').toMatchObject({
      ok: false,
      field: 'n',
    });
    expect(methodFromForm({ name: 'decaying_average', param: 'abc' })).toMatchObject({ ok: false, field: 'rate' });
  });

  it('says what is wrong in the same words on the Frameworks and Mastery pages', () => {
    const message = (name: Method['name'], param: string) => {
      const r = methodFromForm({ name, param });
      return r.ok ? null : r.message;
    };
    expect(message('weighted_average', '150')).toBe('The weight of the newest score must be a percentage from 0 to 100.');
    expect(message('decaying_average', '0')).toBe('The decay rate must be a percentage more than 0 and at most 100.');
    expect(message('decaying_average', '')).toBe('The decay rate must be a percentage more than 0 and at most 100.');
    expect(message('n_mastery', '0')).toBe('The number of scores must be a whole number from 1 to 20.');
  });

  it("maps the backend's method errors to a picker's controls", () => {
    const map = methodFieldControl('framework');
    expect(['weight', 'rate', 'n', 'param', 'method', 'name', 'other'].map(map)).toEqual([
      'framework-method-param',
      'framework-method-param',
      'framework-method-param',
      'framework-method-param',
      'framework-method',
      'framework-method',
      null,
    ]);
  });
});

describe('methods in words', () => {
  it('gives each method a short title', () => {
    expect(methodTitle({ name: 'decaying_average', rate: 0.65 })).toBe('Decaying average (65%)');
    expect(methodTitle({ name: 'weighted_average', weight: 0.125 })).toBe('Weighted average (12.5%)');
    expect(methodTitle({ name: 'n_mastery', n: 3 })).toBe('n-mastery (3)');
    expect(methodTitle({ name: 'latest' })).toBe('Most recent');
    expect(methodTitle({ name: 'power_law' })).toBe('Power law');
  });

  it("says each calculation in one sentence, as the backend's formula_in_words does", () => {
    const scale = defaultScale();
    expect(methodFormula({ name: 'decaying_average', rate: 0.65 }, scale)).toBe(
      'Each new score counts for 65% and everything before it for 35%, so recent work matters most.',
    );
    expect(methodFormula({ name: 'weighted_average', weight: 0.5 }, scale)).toBe(
      'The newest score counts for 50% and the average of all the scores before it for 50%; a single score counts in full.',
    );
    expect(methodFormula({ name: 'n_mastery', n: 3 }, scale)).toMatch(/^Once 3 scores are at or above 3 \(Proficient\)/);
    expect(methodFormula({ name: 'n_mastery', n: 1 }, scale)).toMatch(/^Once 1 score is/);
    expect(methodFormula({ name: 'power_law' }, scale), 'the zero rule is said, as the backend says it').toBe(
      'A trend line through all the scores, read at the newest one, so steady growth shows and one off day counts less. It needs at least 3 scores; a 0 counts as 0.1 in the trend.',
    );
    for (const name of METHOD_NAMES) {
      expect(methodFormula(defaultMethod(name), scale).endsWith('.'), `${name} is a full sentence`).toBe(true);
    }
  });
});

describe('sameMethod', () => {
  it('compares the name and the parameter, not the key order', () => {
    expect(sameMethod({ name: 'decaying_average', rate: 0.65 }, { rate: 0.65, name: 'decaying_average' } as Method)).toBe(true);
    expect(sameMethod({ name: 'decaying_average', rate: 0.65 }, { name: 'decaying_average', rate: 0.6 })).toBe(false);
    expect(sameMethod({ name: 'decaying_average', rate: 0.65 }, { name: 'weighted_average', weight: 0.65 })).toBe(false);
    expect(sameMethod(null, null), 'both inheriting').toBe(true);
    expect(sameMethod(null, { name: 'highest' })).toBe(false);
    expect(methodParam({ name: 'n_mastery', n: 4 })).toBe(4);
    expect(methodParam({ name: 'highest' })).toBeNull();
  });
});
