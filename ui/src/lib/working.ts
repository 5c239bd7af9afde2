// The working behind a level, in words. The backend does the calculation and returns its
// steps with every intermediate value (waypoint_core::mastery's `Working`); this module only
// turns each step into the sentence the cell detail shows. No formula lives here.
import type { Scale, Working, WorkingStep } from '../api';
import { describeLevel, formatLevel, formatPercent } from './levels';

const f = formatLevel;
const list = (scores: number[]) => scores.map(f).join(', ');
const sum = (scores: number[]) => scores.map(f).join(' + ');
const mean = (scores: number[], result: number) =>
  scores.length === 1 ? `A single score: ${f(result)}` : `(${sum(scores)}) ÷ ${scores.length} = ${f(result)}`;

/** One sentence for one step of the working. */
export function stepLine(step: WorkingStep, scale: Scale): string {
  switch (step.kind) {
    case 'no_evidence':
      return 'No evidence yet, so there is no level.';
    case 'not_a_number':
      return `Score ${step.position} is not a number, so there is no level.`;
    case 'invalid_method':
      return step.reason;
    case 'highest':
      return `Highest of ${list(step.scores)} = ${f(step.result)}`;
    case 'latest':
      return `The most recent score is ${f(step.score)}.`;
    case 'mean':
      return mean(step.scores, step.result);
    case 'single_score':
      return `A single score counts in full: ${f(step.score)}`;
    case 'mean_before_newest': {
      const n = step.scores.length;
      return `Average of the ${n === 1 ? 'score' : `${n} scores`} before the newest: ${f(step.mean)}`;
    }
    case 'weighted':
      return `${f(step.newest)} × ${formatPercent(step.weight)} + ${f(step.mean)} × ${formatPercent(1 - step.weight)} = ${f(step.result)}`;
    case 'decay_start':
      return `After score 1: ${f(step.score)}`;
    case 'decay':
      return `After score ${step.position}: ${f(step.previous)} × ${formatPercent(1 - step.rate)} + ${f(step.score)} × ${formatPercent(step.rate)} = ${f(step.result)}`;
    case 'at_threshold':
      return `Scores at or above ${describeLevel(scale, step.threshold)}: ${step.scores.length === 0 ? 'none' : list(step.scores)} (${step.scores.length} of the ${step.needed} needed)`;
    case 'too_few_at_threshold':
      return 'Not enough of them yet, so there is no level.';
    case 'too_few_for_power_law':
      return `The power law needs at least ${step.needed} scores; there ${step.has === 1 ? 'is 1' : `are ${step.has}`}.`;
    case 'power_law_fit':
      return `Fit the curve level = a × n^b through the ${step.scores.length} scores (a 0 counts as ${f(step.floor)}), then read it at score ${step.at}: ${f(step.result)}`;
    case 'clamped':
      return `Kept within the scale (${f(step.min)} to ${f(step.max)}): ${f(step.result)}`;
  }
}

/** Every step of `working` as a sentence, in order. */
export function workingLines(working: Working, scale: Scale): string[] {
  return working.steps.map((step) => stepLine(step, scale));
}
