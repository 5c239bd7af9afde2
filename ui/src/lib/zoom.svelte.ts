// The page zoom (1 is 100 %): the footer's buttons and Ctrl + = / Ctrl + − / Ctrl + 0 step
// through browser-like levels; the backend zooms the webview and keeps the level for the
// next start (src-tauri/src/page_zoom.rs).
import { commands } from '../api';

/** The levels a step goes through, as in a browser. */
export const ZOOM_STEPS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;
/** The smallest and largest levels. */
export const ZOOM_MIN = 0.5;
export const ZOOM_MAX = 3;

const state = $state({ zoom: 1 });

/** The current zoom. */
export function currentZoom(): number {
  return state.zoom;
}

/** The level one step from `zoom` in `direction` (+1 bigger, −1 smaller), within the steps. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((s) => s > zoom + 0.001) ?? ZOOM_MAX;
  return [...ZOOM_STEPS].reverse().find((s) => s < zoom - 0.001) ?? ZOOM_MIN;
}

/** Zooms to `zoom`. The level changes at once, so quick presses each take a step from the
 * last; it goes back if the page could not zoom. */
export async function setZoom(zoom: number): Promise<void> {
  const before = state.zoom;
  state.zoom = zoom;
  try {
    await commands.set_page_zoom({ zoom });
  } catch (e) {
    if (state.zoom === zoom) state.zoom = before;
    throw e;
  }
}

/** Reads the level the app opened at (the backend applied it at start). */
export async function initZoom(): Promise<void> {
  state.zoom = await commands.page_zoom();
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/** The zoom a key asks for: Ctrl (Cmd) with = or +, − or _, or 0; null for any other key. */
export function zoomForKey(e: KeyLike, zoom: number): number | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  if (e.key === '=' || e.key === '+') return stepZoom(zoom, 1);
  if (e.key === '-' || e.key === '_') return stepZoom(zoom, -1);
  if (e.key === '0') return 1;
  return null;
}

/** Handles a zoom key; true when the key was one (and the page zooms). */
export function onZoomKey(e: KeyboardEvent): boolean {
  const next = zoomForKey(e, state.zoom);
  if (next === null) return false;
  e.preventDefault();
  void setZoom(next).catch(() => undefined);
  return true;
}
