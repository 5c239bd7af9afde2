import { describe, expect, it } from 'vitest';
import { scrollToShow, visibleSpan } from './gridWindow';

describe('visibleSpan', () => {
  it('covers the rows in view plus the overscan, clamped to the grid', () => {
    // 100 px rows, a 500 px view under a 100 px header: 4 rows show.
    expect(visibleSpan(0, 500, 100, 100, 50, 2), 'at the top').toEqual({ start: 0, end: 6 });
    expect(visibleSpan(1000, 500, 100, 100, 50, 2), 'scrolled ten rows down').toEqual({ start: 8, end: 16 });
    expect(visibleSpan(4700, 500, 100, 100, 50, 2), 'at the bottom').toEqual({ start: 45, end: 50 });
  });
  it('renders at least one row with no measured view, and nothing for an empty grid', () => {
    expect(visibleSpan(0, 0, 100, 100, 50, 0), 'an unmeasured view').toEqual({ start: 0, end: 1 });
    expect(visibleSpan(0, 500, 100, 100, 0, 2), 'no rows').toEqual({ start: 0, end: 0 });
  });
});

describe('scrollToShow', () => {
  it('moves only as far as needed to show the whole row', () => {
    expect(scrollToShow(0, 500, 100, 100, 2), 'already in view').toBe(0);
    expect(scrollToShow(0, 500, 100, 100, 9), 'below: its bottom meets the view’s').toBe(600);
    expect(scrollToShow(1000, 500, 100, 100, 3), 'above: its top meets the header').toBe(300);
    expect(scrollToShow(700, 500, 100, 100, -1), 'a header never scrolls').toBe(700);
  });
});
