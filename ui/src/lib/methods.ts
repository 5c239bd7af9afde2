// The mastery calculation methods as the UI knows them: their names in order, their names
// for people, the parameter each takes (with its default and bounds), the form a picker
// holds and its checks, the title and the formula in a sentence. The one home for this
// on the Frameworks and Mastery pages. No DOM, no Svelte.
import type { Method, MethodName, Scale } from '../api';
import type { FieldMapper } from './fields';
import { describeLevel, formatPercent, percentText } from './levels';

/** The parameter a method takes: a share (weight, rate) or a count (n). */
export type ParamKind = 'weight' | 'rate' | 'n';

export interface MethodInfo {
  name: MethodName;
  /** The method's name for people, as in its title: "Decaying average". */
  label: string;
  /** What a method select shows: the name with a hint at the parameter. */
  choice: string;
  param: ParamKind | null;
}

/** Every method, in the order the selects list them (the backend's order). */
export const METHODS: readonly MethodInfo[] = [
  { name: 'highest', label: 'Highest', choice: 'Highest', param: null },
  { name: 'latest', label: 'Most recent', choice: 'Most recent', param: null },
  { name: 'average', label: 'Average', choice: 'Average', param: null },
  {
    name: 'weighted_average',
    label: 'Weighted average',
    choice: 'Weighted average (recent counts w%)',
    param: 'weight',
  },
  { name: 'decaying_average', label: 'Decaying average', choice: 'Decaying average (rate d%)', param: 'rate' },
  { name: 'n_mastery', label: 'n-mastery', choice: 'n-mastery (n at or above proficient)', param: 'n' },
  { name: 'power_law', label: 'Power law', choice: 'Power law (trend)', param: null },
];

export const METHOD_NAMES: readonly MethodName[] = METHODS.map((m) => m.name);

/** The methods' names for people. */
export const METHOD_LABELS = Object.fromEntries(METHODS.map((m) => [m.name, m.label])) as Record<MethodName, string>;

/** The default weight of the newest score and the default decay rate. */
export const DEFAULT_RATE = 0.65;
export const DEFAULT_N = 3;
/** The largest n for n-mastery (waypoint-core's mastery.rs). */
export const N_MAX = 20;

/** Which parameter a method takes, if any. */
export function paramKind(name: MethodName): ParamKind | null {
  return METHODS.find((m) => m.name === name)?.param ?? null;
}

export interface ParamSpec {
  kind: ParamKind;
  /** The parameter input's label, without the unit. */
  label: string;
  /** "%" for a share typed as a percentage, "" for a count. */
  unit: string;
  min: number;
  max: number;
  step: number;
}

/** What the parameter input is called, and its range, for a method; null when it takes none. */
export function paramSpec(name: MethodName): ParamSpec | null {
  switch (paramKind(name)) {
    case 'weight':
      return { kind: 'weight', label: 'Weight of the newest score', unit: '%', min: 0, max: 100, step: 1 };
    case 'rate':
      return { kind: 'rate', label: 'Decay rate', unit: '%', min: 1, max: 100, step: 1 };
    case 'n':
      return { kind: 'n', label: 'Number of scores needed', unit: '', min: 1, max: N_MAX, step: 1 };
    default:
      return null;
  }
}

/** The parameter input's label with its unit: "Decay rate (%)". */
export function paramLabel(spec: ParamSpec): string {
  return spec.unit ? `${spec.label} (${spec.unit})` : spec.label;
}

/** The method with its default parameter. */
export function defaultMethod(name: MethodName): Method {
  switch (name) {
    case 'weighted_average':
      return { name, weight: DEFAULT_RATE };
    case 'decaying_average':
      return { name, rate: DEFAULT_RATE };
    case 'n_mastery':
      return { name, n: DEFAULT_N };
    default:
      return { name };
  }
}

/** The method's parameter (a share for weight/rate, a count for n), or null. */
export function methodParam(m: Method): number | null {
  switch (m.name) {
    case 'weighted_average':
      return m.weight;
    case 'decaying_average':
      return m.rate;
    case 'n_mastery':
      return m.n;
    default:
      return null;
  }
}

/** Structural equality of two methods. */
export function sameMethod(a: Method | null | undefined, b: Method | null | undefined): boolean {
  if (!a || !b) return a === b;
  return a.name === b.name && methodParam(a) === methodParam(b);
}

/** "Decaying average (65%)", "n-mastery (3)", "Highest". */
export function methodTitle(m: Method): string {
  const p = methodParam(m);
  const label = METHOD_LABELS[m.name];
  if (p === null) return label;
  return m.name === 'n_mastery' ? `${label} (${p})` : `${label} (${formatPercent(p)})`;
}

/** A method as a picker holds it: its name and the parameter as typed. */
export interface MethodForm {
  name: MethodName;
  /** "65" for 65%, "3" for n; "" when the method takes no parameter. */
  param: string;
}

export function methodToForm(m: Method): MethodForm {
  const p = methodParam(m);
  if (p === null) return { name: m.name, param: '' };
  return { name: m.name, param: m.name === 'n_mastery' ? String(p) : percentText(p) };
}

/** The parameter's default as typed, when switching to a method. */
export function defaultParamText(name: MethodName): string {
  return methodToForm(defaultMethod(name)).param;
}

export type MethodParse = { ok: true; method: Method } | { ok: false; field: ParamKind; message: string };

/**
 * The form → a Method, or the message for the parameter, keyed like the backend's errors
 * (`weight`, `rate`, `n`). Percentages become fractions: 50 → 0.5.
 */
export function methodFromForm(f: MethodForm): MethodParse {
  const kind = paramKind(f.name);
  if (kind === null) return { ok: true, method: { name: f.name } as Method };
  const text = f.param.trim();
  const value = text === '' ? NaN : Number(text);
  switch (kind) {
    case 'weight':
      if (!Number.isFinite(value) || value < 0 || value > 100)
        return { ok: false, field: kind, message: 'The weight of the newest score must be a percentage from 0 to 100.' };
      return { ok: true, method: { name: 'weighted_average', weight: fraction(value) } };
    case 'rate':
      if (!Number.isFinite(value) || value <= 0 || value > 100)
        return { ok: false, field: kind, message: 'The decay rate must be a percentage more than 0 and at most 100.' };
      return { ok: true, method: { name: 'decaying_average', rate: fraction(value) } };
    case 'n':
      if (!Number.isInteger(value) || value < 1 || value > N_MAX)
        return { ok: false, field: kind, message: `The number of scores must be a whole number from 1 to ${N_MAX}.` };
      return { ok: true, method: { name: 'n_mastery', n: value } };
  }
}

function fraction(pct: number): number {
  return Math.round(pct * 100) / 10000;
}

/** The calculation in one sentence (mirrors the backend's `formula_in_words`). */
export function methodFormula(m: Method, scale: Scale): string {
  switch (m.name) {
    case 'highest':
      return 'The highest score so far, even if later work is lower.';
    case 'latest':
      return 'Only the most recent score counts.';
    case 'average':
      return 'The average of all the scores, each counting the same.';
    case 'weighted_average':
      return `The newest score counts for ${formatPercent(m.weight)} and the average of all the scores before it for ${formatPercent(1 - m.weight)}; a single score counts in full.`;
    case 'decaying_average':
      return `Each new score counts for ${formatPercent(m.rate)} and everything before it for ${formatPercent(1 - m.rate)}, so recent work matters most.`;
    case 'n_mastery':
      return `Once ${m.n === 1 ? '1 score is' : `${m.n} scores are`} at or above ${describeLevel(scale, scale.threshold)}, the average of those scores; lower scores don't count, and until then there is no result.`;
    case 'power_law':
      return 'A trend line through all the scores, read at the newest one, so steady growth shows and one off day counts less. It needs at least 3 scores; a 0 counts as 0.1 in the trend.';
  }
}

/** The method's field errors (`weight`, `rate`, `n`, `param`, `method`) → a picker's controls. */
export function methodFieldControl(prefix: string): FieldMapper {
  return (field) => {
    switch (field) {
      case 'weight':
      case 'rate':
      case 'n':
      case 'param':
        return `${prefix}-method-param`;
      case 'method':
      case 'name':
        return `${prefix}-method`;
      default:
        return null;
    }
  };
}
