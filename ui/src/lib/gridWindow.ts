// Which part of a big grid is in the DOM. Above VIRTUAL_CELLS cells the mastery grid renders
// only the rows and columns in view plus an overscan, with spacers standing in for the rest so
// the scroll size stays true; below it, every cell, as before. Pure, so it is tested alone.

/** More cells than this, and only a window of them is rendered. */
export const VIRTUAL_CELLS = 2000;
/** Rows and columns rendered beyond each edge of the view, so a short scroll shows no gap. */
export const OVERSCAN = 3;

/** A range of rows or columns, `start` included, `end` not. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The items (rows or columns) of `size` pixels each that the view shows, widened by `overscan`
 * each way. `scroll` is the scroller's offset, `view` its visible length, and `lead` the sticky
 * header before the first item (the column headers' height, the names' width), which hides the
 * items under it.
 */
export function visibleSpan(scroll: number, view: number, lead: number, size: number, count: number, overscan = OVERSCAN): Span {
  if (count <= 0 || size <= 0) return { start: 0, end: Math.max(0, count) };
  const first = Math.floor(Math.max(0, scroll) / size);
  const last = Math.ceil((Math.max(0, scroll) + Math.max(0, view - lead)) / size);
  return { start: Math.max(0, first - overscan), end: Math.min(count, Math.max(last, first + 1) + overscan) };
}

/** The scroll offset that brings item `index` fully into view, moving as little as it can. */
export function scrollToShow(scroll: number, view: number, lead: number, size: number, index: number): number {
  if (index < 0) return scroll;
  const start = index * size;
  const room = Math.max(size, view - lead);
  if (start < scroll) return start;
  if (start + size > scroll + room) return start + size - room;
  return scroll;
}
