// What the student-voice and peer-feedback component tests share: every `invoke` answered by
// an in-memory fake, a <main> to render a page into (axe wants the landmark), a clean document
// between tests with no leftover confirm or toast, and answering the confirm dialog. The test
// file itself mocks '@tauri-apps/api/core' (vi.mock is hoisted per file), so `invoke` here is
// that mock.
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { cleanup, waitFor } from '@testing-library/svelte';
import { invoke } from '@tauri-apps/api/core';
import { ui } from '../src/lib/ui.svelte';

/** A fake backend: anything with a `handle` like the fakes in ./fakes. */
export interface Served {
  handle(cmd: string, args?: Record<string, unknown>): Promise<unknown>;
}

/** Answers every `invoke` from `fake`. */
export function serve(fake: Served): void {
  vi.mocked(invoke).mockImplementation((cmd: string, args?: unknown) => fake.handle(cmd, args as Record<string, unknown>) as never);
}

/** A fresh <main> in the document, for a page that has none of its own. */
export function mainElement(): HTMLElement {
  const main = document.createElement('main');
  document.body.appendChild(main);
  return main;
}

/** Registers the hooks: a known document before each test, everything undone after it. */
export function resetEachTest(): void {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'en';
    document.title = 'Waypoint';
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => {
    cleanup();
    document.querySelectorAll('main').forEach((m) => m.remove());
    vi.mocked(invoke).mockReset();
    ui.confirm?.resolve(false);
    ui.confirm = null;
    ui.toast = null;
  });
}

/** Waits for the confirm dialog and answers it. */
export async function answerConfirm(ok: boolean): Promise<void> {
  await waitFor(() => expect(ui.confirm).not.toBeNull());
  ui.confirm!.resolve(ok);
}
