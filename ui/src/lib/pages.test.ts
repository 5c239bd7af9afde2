import { describe, expect, it } from 'vitest';
import { navFit } from './pages';

describe('navFit: how many nav links stay on the row', () => {
  const widths = [100, 100, 100, 100];

  it('keeps them all when they fit, with no More button', () => {
    expect(navFit(widths, 10, 430, 80), 'four links and three gaps are exactly 430 wide').toBe(4);
    expect(navFit(widths, 10, 1000, 80), 'plenty of room').toBe(4);
  });

  it('moves the rest into More, keeping room for More itself', () => {
    // 429 cannot hold all four; beside More (80): 80 + 10 + 100 + 10 + 100 + 10 + 100 = 410 ≤ 429.
    expect(navFit(widths, 10, 429, 80), 'three links fit beside More').toBe(3);
    expect(navFit(widths, 10, 409, 80), 'one pixel short of three beside More').toBe(2);
  });

  it('shows only More when not even one link fits beside it', () => {
    expect(navFit(widths, 10, 150, 80), 'More alone').toBe(0);
    expect(navFit(widths, 10, 0, 80), 'no room at all').toBe(0);
  });

  it('treats unmeasured links (width 0, before layout) as fitting', () => {
    expect(navFit([0, 0, 0], 0, 0, 0), 'nothing measured yet shows every link').toBe(3);
  });
});
