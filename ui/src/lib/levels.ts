// Levels as a teacher reads them: number and percentage formatting, a scale's bounds and
// the label of a level, and the status words. The one home for this wording on the
// Frameworks, Mastery and Evidence pages. No DOM, no Svelte.
import type { Scale, Status } from '../api';
import { t } from './i18n.svelte';

/** Levels closer than this are equal (the backend uses the same tolerance). */
export const EPS = 1e-9;

/** A level as a teacher writes it: at most 2 decimals, no trailing zeros ("3", "2.75"). */
export function formatLevel(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const r = Math.round(x * 100) / 100;
  const s = r.toFixed(2).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/** A share as the number in a percentage box: 0.65 → "65", 0.125 → "12.5". */
export function percentText(share: number): string {
  return formatLevel(share * 100);
}

/** A share as a percentage: 0.65 → "65%", 0.125 → "12.5%". */
export function formatPercent(share: number): string {
  return `${percentText(share)}%`;
}

export function scaleMin(scale: Scale): number {
  return scale.levels.reduce((m, l) => Math.min(m, l.value), Infinity);
}

export function scaleMax(scale: Scale): number {
  return scale.levels.reduce((m, l) => Math.max(m, l.value), -Infinity);
}

/**
 * The label of the highest scale level at or below `level`, or of the lowest level when
 * `level` is below them all (the backend's `Scale::label_for`); "" for a scale without levels.
 */
export function levelLabel(scale: Scale, level: number): string {
  let best: { value: number; label: string } | undefined;
  let lowest: { value: number; label: string } | undefined;
  for (const l of scale.levels) {
    if (lowest === undefined || l.value < lowest.value) lowest = l;
    if (l.value <= level + EPS && (best === undefined || l.value > best.value)) best = l;
  }
  return (best ?? lowest)?.label ?? '';
}

/** "3 (Proficient)": a level with its label, or just "3" when it has none. */
export function describeLevel(scale: Scale, level: number): string {
  const label = levelLabel(scale, level);
  return label === '' ? formatLevel(level) : `${formatLevel(level)} (${label})`;
}

/** A mastery status in words, in the current language. */
export function statusLabel(status: Status): string {
  switch (status) {
    case 'not_started':
      return t('levels-status-not-started');
    case 'progressing':
      return t('levels-status-progressing');
    case 'mastered':
      return t('levels-status-mastered');
  }
}
