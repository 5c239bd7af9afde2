// The app's areas, in the order the navigation shows them, with their Alt+digit shortcuts.

export type Page = 'students' | 'evidence' | 'mastery' | 'frameworks' | 'sync' | 'today' | 'groups' | 'playlists' | 'conferences';

export const PAGES: { id: Page; label: string; key: string }[] = [
  { id: 'students', label: 'Students', key: '1' },
  { id: 'evidence', label: 'Evidence', key: '2' },
  { id: 'mastery', label: 'Mastery', key: '3' },
  { id: 'frameworks', label: 'Frameworks', key: '4' },
  { id: 'sync', label: 'Sync', key: '5' },
  { id: 'today', label: 'Today', key: '6' },
  { id: 'groups', label: 'Groups & rotation', key: '7' },
  { id: 'playlists', label: 'Playlists', key: '8' },
  { id: 'conferences', label: 'Goals & conferences', key: '9' },
];
