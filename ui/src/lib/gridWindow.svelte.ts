// The rendered window of the mastery grid as state: the scroller's offsets and size, the
// measured row and column sizes, and from them the rows and columns to render (all of them
// at or below VIRTUAL_CELLS cells). The component feeds it scroll events and measurements.
import { VIRTUAL_CELLS, scrollToShow, visibleSpan, type Span } from './gridWindow';

/** Without a measured view (a test's DOM), a laptop screen's worth. */
const FALLBACK_VIEW = { width: 1100, height: 700 };

export class GridWindow {
  readonly #count: () => { rows: number; cols: number };
  /** The scroller's offsets and size (0 until measured). */
  view = $state({ top: 0, left: 0, width: 0, height: 0 });
  /** Pixel sizes of a row, a column, the column headers and the names; measured once rendered. */
  sizes = $state({ row: 37, col: 55, head: 153, name: 209 });

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
    return this.virtual ? visibleSpan(this.view.top, h, this.sizes.head, this.sizes.row, n) : { start: 0, end: n };
  });
  readonly cols: Span = $derived.by(() => {
    const n = this.#count().cols;
    const w = this.view.width || FALLBACK_VIEW.width;
    return this.virtual ? visibleSpan(this.view.left, w, this.sizes.name, this.sizes.col, n) : { start: 0, end: n };
  });

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
