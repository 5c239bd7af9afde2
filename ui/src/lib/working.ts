// The working behind a level, in words. The backend does the calculation and returns its
// steps with every intermediate value (waypoint_core::mastery's `Working`); this module only
// turns each step into the sentence the cell detail shows (from the catalog). No formula lives here.
import type { Scale, Working, WorkingStep } from '../api';
import { describeLevel, formatLevel, formatPercent } from './levels';
import { renderMessage, t } from './i18n.svelte';

const f = formatLevel;
const list = (scores: number[]) => scores.map(f).join(', ');
const sum = (scores: number[]) => scores.map(f).join(' + ');
const mean = (scores: number[], result: number) =>
  scores.length === 1
    ? t('app-working-single', { result: f(result) })
    : t('app-working-mean', { sum: sum(scores), count: scores.length, result: f(result) });

/** One sentence for one step of the working, in the current language. */
export function stepLine(step: WorkingStep, scale: Scale): string {
  switch (step.kind) {
    case 'no_evidence':
      return t('app-working-no-evidence');
    case 'not_a_number':
      return t('app-working-not-a-number', { position: step.position });
    case 'invalid_method':
      return renderMessage(step.reason);
    case 'highest':
      return t('app-working-highest', { scores: list(step.scores), result: f(step.result) });
    case 'latest':
      return t('app-working-latest', { score: f(step.score) });
    case 'mean':
      return mean(step.scores, step.result);
    case 'single_score':
      return t('app-working-single-score', { score: f(step.score) });
    case 'mean_before_newest':
      return t('app-working-mean-before-newest', { count: step.scores.length, mean: f(step.mean) });
    case 'weighted':
      return t('app-working-weighted', {
        newest: f(step.newest),
        newestWeight: formatPercent(step.weight),
        mean: f(step.mean),
        meanWeight: formatPercent(1 - step.weight),
        result: f(step.result),
      });
    case 'decay_start':
      return t('app-working-decay-start', { score: f(step.score) });
    case 'decay':
      return t('app-working-decay', {
        position: step.position,
        previous: f(step.previous),
        keep: formatPercent(1 - step.rate),
        score: f(step.score),
        rate: formatPercent(step.rate),
        result: f(step.result),
      });
    case 'at_threshold':
      return t('app-working-at-threshold', {
        level: describeLevel(scale, step.threshold),
        scores: list(step.scores),
        count: step.scores.length,
        needed: step.needed,
      });
    case 'too_few_at_threshold':
      return t('app-working-too-few');
    case 'too_few_for_power_law':
      return t('app-working-too-few-power-law', { needed: step.needed, has: step.has });
    case 'power_law_fit':
      return t('app-working-power-law-fit', { count: step.scores.length, floor: f(step.floor), at: step.at, result: f(step.result) });
    case 'clamped':
      return t('app-working-clamped', { min: f(step.min), max: f(step.max), result: f(step.result) });
  }
}

/** Every step of `working` as a sentence, in order. */
export function workingLines(working: Working, scale: Scale): string[] {
  return working.steps.map((step) => stepLine(step, scale));
}
