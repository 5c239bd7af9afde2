// The app's areas, in the order the navigation shows them, with their Alt+digit shortcuts and
// their names in the current language; and how many of them fit on the navigation's one row.
import { t } from './i18n.svelte';

export type Page = 'students' | 'evidence' | 'mastery' | 'frameworks' | 'sync' | 'today' | 'groups' | 'playlists' | 'conferences';

export const PAGES: { id: Page; key: string }[] = [
  { id: 'students', key: '1' },
  { id: 'evidence', key: '2' },
  { id: 'mastery', key: '3' },
  { id: 'frameworks', key: '4' },
  { id: 'sync', key: '5' },
  { id: 'today', key: '6' },
  { id: 'groups', key: '7' },
  { id: 'playlists', key: '8' },
  { id: 'conferences', key: '9' },
];

/** The area's name in the navigation. */
export function pageLabel(page: Page): string {
  switch (page) {
    case 'students':
      return t('nav-students');
    case 'evidence':
      return t('nav-evidence');
    case 'mastery':
      return t('nav-mastery');
    case 'frameworks':
      return t('nav-frameworks');
    case 'sync':
      return t('nav-sync');
    case 'today':
      return t('nav-today');
    case 'groups':
      return t('nav-groups');
    case 'playlists':
      return t('nav-playlists');
    case 'conferences':
      return t('nav-conferences');
  }
}

/**
 * How many of the navigation's links (from the first) stay on its row, given each link's
 * natural width, the gap between them, the row's width and the width of the "More" button
 * that holds the rest. All of them when they fit without "More"; otherwise as many as fit
 * beside "More" (at least none, so a very narrow window still shows "More").
 */
export function navFit(widths: readonly number[], gap: number, available: number, moreWidth: number): number {
  const total = widths.reduce((sum, w) => sum + w, 0) + gap * Math.max(0, widths.length - 1);
  if (total <= available) return widths.length;
  let used = moreWidth;
  let shown = 0;
  for (const w of widths) {
    if (used + gap + w > available) break;
    used += gap + w;
    shown += 1;
  }
  return shown;
}
