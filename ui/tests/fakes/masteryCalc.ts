// The fakes' stand-in for waypoint_core::mastery::explain: the backend's calculation and
// its working, in the generated `Working` shape, so the mastery fake can answer the grid,
// the trend and the cell detail. Test-only: the app shows the backend's working and holds
// no formula (ui/src/lib/working.ts only words the steps).
import type { Method, Scale, Working, WorkingStep } from '../../src/api';

const EPS = 1e-9;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function explainCalculation(m: Method, scores: number[], scale: Scale): Working {
  const k = scores.length;
  const steps: WorkingStep[] = [];
  const none = (noResult: string): Working => ({ steps, level: null, noResult: { id: '', args: { text: noResult } } });
  if (k === 0) {
    steps.push({ kind: 'no_evidence' });
    return none('No evidence yet.');
  }
  const values = scale.levels.map((l) => l.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const last = scores[k - 1] as number;
  let raw: number;
  switch (m.name) {
    case 'highest':
      raw = Math.max(...scores);
      steps.push({ kind: 'highest', scores, result: raw });
      break;
    case 'latest':
      raw = last;
      steps.push({ kind: 'latest', score: raw });
      break;
    case 'average':
      raw = mean(scores);
      steps.push({ kind: 'mean', scores, result: raw });
      break;
    case 'weighted_average':
      if (k === 1) {
        raw = last;
        steps.push({ kind: 'single_score', score: raw });
      } else {
        const before = scores.slice(0, -1);
        const m0 = mean(before);
        raw = last * m.weight + m0 * (1 - m.weight);
        steps.push({ kind: 'mean_before_newest', scores: before, mean: m0 });
        steps.push({ kind: 'weighted', newest: last, weight: m.weight, mean: m0, result: raw });
      }
      break;
    case 'decaying_average': {
      let a = scores[0] as number;
      steps.push({ kind: 'decay_start', score: a });
      for (let i = 1; i < k; i++) {
        const s = scores[i] as number;
        const next = a * (1 - m.rate) + s * m.rate;
        steps.push({ kind: 'decay', position: i + 1, previous: a, score: s, rate: m.rate, result: next });
        a = next;
      }
      raw = a;
      break;
    }
    case 'n_mastery': {
      const hits = scores.filter((s) => s >= scale.threshold - EPS);
      steps.push({ kind: 'at_threshold', threshold: scale.threshold, scores: hits, needed: m.n });
      if (hits.length < m.n) {
        steps.push({ kind: 'too_few_at_threshold', has: hits.length, needed: m.n });
        return none('Not enough scores at the threshold yet.');
      }
      raw = mean(hits);
      steps.push({ kind: 'mean', scores: hits, result: raw });
      break;
    }
    case 'power_law': {
      if (k < 3) {
        steps.push({ kind: 'too_few_for_power_law', has: k, needed: 3 });
        return none('The power law needs at least 3 scores.');
      }
      let sx = 0;
      let sy = 0;
      let sxx = 0;
      let sxy = 0;
      scores.forEach((s, i) => {
        const x = Math.log(i + 1);
        const y = Math.log(Math.max(s, 0.1));
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
      });
      const b = (k * sxy - sx * sy) / (k * sxx - sx * sx);
      const lnA = (sy - b * sx) / k;
      const fitted = Math.exp(lnA + b * Math.log(k));
      raw = fitted <= 0.1 + EPS ? 0 : fitted;
      steps.push({ kind: 'power_law_fit', scores, floor: 0.1, a: Math.exp(lnA), b, at: k, fitted, result: raw });
      break;
    }
  }
  const level = Math.min(Math.max(raw, lo), hi);
  if (level !== raw) steps.push({ kind: 'clamped', raw, min: lo, max: hi, result: level });
  return { steps, level, noResult: null };
}
