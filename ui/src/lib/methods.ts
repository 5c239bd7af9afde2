// The mastery calculation methods as the UI knows them: their names in order, their names
// for people, the parameter each takes (with its default and bounds), the form a picker
// holds and its checks, the title and the formula in a sentence. The one home for this
// on the Frameworks and Mastery pages. No DOM, no Svelte.
import type { Method, MethodName, Scale } from '../api';
import type { FieldMapper } from './fields';
import { describeLevel, formatPercent, percentText } from './levels';
import { t } from './i18n.svelte';

/** The parameter a method takes: a share (weight, rate) or a count (n). */
export type ParamKind = 'weight' | 'rate' | 'n';

export interface MethodInfo {
  name: MethodName;
  /** The method's name for people, as in its title: "Decaying average" (read in the current language). */
  readonly label: string;
  /** What a method select shows: the name with a hint at the parameter (read in the current language). */
  readonly choice: string;
  param: ParamKind | null;
}

/** A method's entry; its words are looked up each time they are read, so they follow the language. */
function info(name: MethodName, param: ParamKind | null): MethodInfo {
  return {
    name,
    param,
    get label() {
      return methodLabel(name);
    },
    get choice() {
      return methodChoice(name);
    },
  };
}

/** Every method, in the order the selects list them (the backend's order). */
export const METHODS: readonly MethodInfo[] = [
  info('highest', null),
  info('latest', null),
  info('average', null),
  info('weighted_average', 'weight'),
  info('decaying_average', 'rate'),
  info('n_mastery', 'n'),
  info('power_law', null),
];

export const METHOD_NAMES: readonly MethodName[] = METHODS.map((m) => m.name);

/** A method's name for people: "Decaying average". */
export function methodLabel(name: MethodName): string {
  switch (name) {
    case 'highest':
      return t('methods-highest');
    case 'latest':
      return t('methods-latest');
    case 'average':
      return t('methods-average');
    case 'weighted_average':
      return t('methods-weighted-average');
    case 'decaying_average':
      return t('methods-decaying-average');
    case 'n_mastery':
      return t('methods-n-mastery');
    case 'power_law':
      return t('methods-power-law');
  }
}

/** What a method select shows: the name with a hint at the parameter. */
export function methodChoice(name: MethodName): string {
  switch (name) {
    case 'weighted_average':
      return t('methods-choice-weighted-average');
    case 'decaying_average':
      return t('methods-choice-decaying-average');
    case 'n_mastery':
      return t('methods-choice-n-mastery');
    case 'power_law':
      return t('methods-choice-power-law');
    default:
      return methodLabel(name);
  }
}

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
      return { kind: 'weight', label: t('methods-param-weight'), unit: '%', min: 0, max: 100, step: 1 };
    case 'rate':
      return { kind: 'rate', label: t('methods-param-rate'), unit: '%', min: 1, max: 100, step: 1 };
    case 'n':
      return { kind: 'n', label: t('methods-param-n'), unit: '', min: 1, max: N_MAX, step: 1 };
    default:
      return null;
  }
}

/** The parameter input's label with its unit: "Decay rate (%)". */
export function paramLabel(spec: ParamSpec): string {
  return spec.unit ? t('methods-param-with-unit', { label: spec.label, unit: spec.unit }) : spec.label;
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
  const label = methodLabel(m.name);
  if (p === null) return label;
  return t('methods-title-with-param', { label, param: m.name === 'n_mastery' ? String(p) : formatPercent(p) });
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
        return { ok: false, field: kind, message: t('methods-invalid-weight') };
      return { ok: true, method: { name: 'weighted_average', weight: fraction(value) } };
    case 'rate':
      if (!Number.isFinite(value) || value <= 0 || value > 100)
        return { ok: false, field: kind, message: t('methods-invalid-rate') };
      return { ok: true, method: { name: 'decaying_average', rate: fraction(value) } };
    case 'n':
      if (!Number.isInteger(value) || value < 1 || value > N_MAX)
        return { ok: false, field: kind, message: t('methods-invalid-n', { max: N_MAX }) };
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
      return t('methods-formula-highest');
    case 'latest':
      return t('methods-formula-latest');
    case 'average':
      return t('methods-formula-average');
    case 'weighted_average':
      return t('methods-formula-weighted-average', { newest: formatPercent(m.weight), rest: formatPercent(1 - m.weight) });
    case 'decaying_average':
      return t('methods-formula-decaying-average', { newest: formatPercent(m.rate), rest: formatPercent(1 - m.rate) });
    case 'n_mastery':
      return t('methods-formula-n-mastery', { count: m.n, level: describeLevel(scale, scale.threshold) });
    case 'power_law':
      return t('methods-formula-power-law');
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
