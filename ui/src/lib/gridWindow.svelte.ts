// The rendered window of the mastery grid as state: the scroller's offsets and size, the
// measured row and column sizes, and from them the rows and columns to render (all of them
// at or below VIRTUAL_CELLS cells). The component feeds it scroll events and measurements.
//
// Opening the grid is one render, not two: a big grid waits for `prime` (the scroller's real
// width and height, read before any cell exists), the default sizes are the real ones at a
// 16 px root font, and a window that comes out the same keeps its object so nothing
// re-renders. The first render has no overscan; it is added once that render is painted.
import { OVERSCAN, VIRTUAL_CELLS, scrollToShow, visibleSpan, type Span } from './gridWindow';

/** Without a measured view (a test's DOM), a laptop screen's worth. */
const FALLBACK_VIEW = { width: 1100, height: 700 };

/** The same span as `next`, as the object `last` when it covers the same items. */
function keep(last: Span | null, next: Span): Span {
  return last !== null && last.start === next.start && last.end === next.end ? last : next;
}

export class GridWindow {
  readonly #count: () => { rows: number; cols: number };
  /** The scroller's offsets and size (0 until measured). */
  view = $state({ top: 0, left: 0, width: 0, height: 0 });
  /**
   * Pixel sizes of a row, a column, the column headers and the names; measured once rendered.
   * The defaults are what the grid's CSS gives at a 16 px root font (2.25rem rows, 3.4rem
   * columns, 13rem names), so the first window is usually already the right one.
   */
  sizes = $state({ row: 36, col: 54.4, head: 154, name: 208 });
  /** Whether the scroller's size was read; a big grid renders no cell before. */
  primed = $state(false);
  /** Rows and columns beyond the view: none in the first render, OVERSCAN once it is painted. */
  overscan = $state(0);
  #lastRows: Span | null = null;
  #lastCols: Span | null = null;

  constructor(count: () => { rows: number; cols: number }) {
    this.#count = count;
  }

  readonly virtual: boolean = $derived.by(() => {
    const { rows, cols } = this.#count();
    return rows * cols > VIRTUAL_CELLS;
  });
  readonly rows: Span = $derived.by(() => {
    const n = this.#count().rows;
    const h = this.view.height || FALLBACK_VIEW.height;
    const next = this.virtual ? visibleSpan(this.view.top, h, this.sizes.head, this.sizes.row, n, this.overscan) : { start: 0, end: n };
    return (this.#lastRows = keep(this.#lastRows, next));
  });
  readonly cols: Span = $derived.by(() => {
    const n = this.#count().cols;
    const w = this.view.width || FALLBACK_VIEW.width;
    const next = this.virtual ? visibleSpan(this.view.left, w, this.sizes.name, this.sizes.col, n, this.overscan) : { start: 0, end: n };
    return (this.#lastCols = keep(this.#lastCols, next));
  });

  /** Whether the cells can render: a small grid at once, a big one once primed. */
  get ready(): boolean {
    return !this.virtual || this.primed;
  }

  /**
   * Reads the scroller's size before the first cell renders. Its width is its own; its height,
   * with a window of rows in it, is its max-height (the grid fills the window below the
   * header), which an empty scroller does not have yet. The overscan follows one frame later.
   */
  prime(scroller: HTMLElement): void {
    if (this.primed) return;
    if (this.virtual && scroller.clientWidth > 0) {
      const max = parseFloat(getComputedStyle(scroller).maxHeight);
      const height = Number.isFinite(max) && max > 0 ? max : scroller.clientHeight;
      this.view = { top: scroller.scrollTop, left: scroller.scrollLeft, width: scroller.clientWidth, height };
    }
    this.primed = true;
    const widen = () => {
      this.overscan = OVERSCAN;
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(widen, 0));
    else setTimeout(widen, 0);
  }

  /** After a scroll or a resize. */
  read(scroller: HTMLElement): void {
    if (!this.virtual) return;
    this.view = { top: scroller.scrollTop, left: scroller.scrollLeft, width: scroller.clientWidth, height: scroller.clientHeight };
  }

  /** Takes the real sizes from a rendered window (they follow the zoom and the font). */
  measure(table: HTMLTableElement, scroller: HTMLElement): void {
    if (!this.virtual) return;
    const px = (sel: string, side: 'height' | 'width') => table.querySelector(sel)?.getBoundingClientRect()[side] ?? 0;
    const next = {
      row: px('tbody tr[aria-rowindex]', 'height'),
      col: px('thead .col', 'width'),
      head: px('thead tr', 'height'),
      name: px('thead .corner', 'width'),
    };
    const s = this.sizes;
    if (next.row > 0 && next.col > 0 && (next.row !== s.row || next.col !== s.col || next.head !== s.head || next.name !== s.name)) {
      this.sizes = next;
    }
    if (this.view.width === 0 && scroller.clientWidth > 0) this.read(scroller);
  }

  /** Scrolls so that the cell at (row, col) is in view, and moves the window there at once. */
  show(scroller: HTMLElement, row: number, col: number): void {
    const v = this.view;
    const top = scrollToShow(v.top, v.height || FALLBACK_VIEW.height, this.sizes.head, this.sizes.row, row);
    const left = scrollToShow(v.left, v.width || FALLBACK_VIEW.width, this.sizes.name, this.sizes.col, col);
    scroller.scrollTop = top;
    scroller.scrollLeft = left;
    // The scroll event comes later (or never, in a test's DOM).
    this.view = { ...v, top, left };
  }
}
