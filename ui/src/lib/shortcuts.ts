// Keyboard shortcut helpers: pure, testable.
import { t } from './i18n.svelte';

/** Is this the Save shortcut (Ctrl+S, or Cmd+S on a Mac)? */
export function isSaveShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's';
}

export function isMac(userAgent: string = typeof navigator === 'undefined' ? '' : navigator.userAgent): boolean {
  return /Mac|iPhone|iPad/.test(userAgent);
}

export function saveShortcutLabel(): string {
  return isMac() ? t('shell-save-shortcut-mac') : t('shell-save-shortcut');
}
