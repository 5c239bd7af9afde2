import { describe, expect, it } from 'vitest';
import type { Scale } from '../src/api';
import {
  describeLevel,
  formatLevel,
  formatPercent,
  levelLabel,
  percentText,
  scaleMax,
  scaleMin,
  statusLabel,
} from '../src/lib/levels';
import { defaultScale as evidenceScale } from './fakes/evidence';
import { defaultScale } from './fakes/mastery';

describe('formatLevel', () => {
  it('writes at most 2 decimals and no trailing zeros, like the backend', () => {
    expect(formatLevel(3)).toBe('3');
    expect(formatLevel(2.5)).toBe('2.5');
    expect(formatLevel(2.75)).toBe('2.75');
    expect(formatLevel(2.736)).toBe('2.74');
    expect(formatLevel(2.6666), 'rounded to 2 decimals').toBe('2.67');
    expect(formatLevel(4.4687), 'the Canvas example value').toBe('4.47');
    expect(formatLevel(2.5 + 1e-12), 'float noise does not show').toBe('2.5');
    expect(formatLevel(-0.001), 'never "-0"').toBe('0');
    expect(formatLevel(12), 'a new top level in the scale editor').toBe('12');
  });
});

describe('percentages', () => {
  it('writes a share as the number typed in a percentage box and as a percentage', () => {
    expect(percentText(0.65)).toBe('65');
    expect(percentText(0.125)).toBe('12.5');
    expect(formatPercent(0.65)).toBe('65%');
    expect(formatPercent(1 - 0.65), '0.35000000000000003 is 35%').toBe('35%');
    expect(formatPercent(0.125)).toBe('12.5%');
    expect(formatPercent(0)).toBe('0%');
  });
});

describe('levelLabel and describeLevel', () => {
  it('names a level by the highest scale level at or below it', () => {
    const s = defaultScale();
    expect(levelLabel(s, 3)).toBe('Proficient');
    expect(levelLabel(s, 2.75), '2.75 sits on 2.5').toBe('Developing+');
    expect(levelLabel(s, 2.7), 'a calculated level takes the label of the level below it').toBe('Developing+');
    expect(levelLabel(s, 3 - 1e-12), 'within the tolerance of a level').toBe('Proficient');
    expect(levelLabel(s, -1), 'below every level: the lowest').toBe('No evidence');
    expect(levelLabel(evidenceScale(), 0.5), "the Evidence page's scale").toBe('Beginning−');
    expect(levelLabel({ levels: [], threshold: 0 }, 1), 'no levels, no label').toBe('');
  });

  it('writes "3 (Proficient)", or just the number when there is no label', () => {
    const s = defaultScale();
    expect(describeLevel(s, 3)).toBe('3 (Proficient)');
    expect(describeLevel(s, 2.667)).toBe('2.67 (Developing+)');
    expect(describeLevel({ levels: [], threshold: 0 }, 2)).toBe('2');
  });
});

describe('scale bounds and statuses', () => {
  it('finds the lowest and highest level, whatever their order', () => {
    const s: Scale = { levels: [4, 1, 2].map((value) => ({ value, label: String(value), descriptor: '' })), threshold: 2 };
    expect([scaleMin(s), scaleMax(s)]).toEqual([1, 4]);
  });

  it('names the statuses', () => {
    expect((['not_started', 'progressing', 'mastered'] as const).map(statusLabel), 'the words the status badges show').toEqual([
      'Not started',
      'Progressing',
      'Mastered',
    ]);
  });
});
