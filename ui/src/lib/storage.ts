// Remembers the last selected class between launches. localStorage may be
// unavailable (private mode, tests); that must never break the app.
const KEY = 'waypoint.lastClassId';

export function loadLastClassId(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function saveLastClassId(id: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, id);
  } catch {
    // Not remembering is acceptable.
  }
}
