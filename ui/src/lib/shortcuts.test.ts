import { describe, expect, it } from 'vitest';
import { isMac, isSaveShortcut } from './shortcuts';

const key = (o: Partial<KeyboardEvent>) => ({ key: 's', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...o });

describe('isSaveShortcut', () => {
  it('accepts Ctrl+S and Cmd+S (either case)', () => {
    expect(isSaveShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isSaveShortcut(key({ metaKey: true, key: 'S' }))).toBe(true);
  });
  it('ignores a plain "s" so typing is never hijacked', () => {
    expect(isSaveShortcut(key({}))).toBe(false);
    expect(isSaveShortcut(key({ ctrlKey: true, shiftKey: true })), 'Ctrl+Shift+S is a different shortcut').toBe(false);
  });
  it('detects Mac user agents', () => {
    expect(isMac('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)')).toBe(true);
    expect(isMac('Mozilla/5.0 (X11; Linux x86_64)')).toBe(false);
  });
});
