// The reads each page declares for the shell to read ahead (`reads` in the page's module
// script, lib/readAhead.ts) are the ones it makes when it mounts, with the same arguments. A
// declared read the page no longer makes would be asked for at every visit and thrown away.
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { tick, type Component } from 'svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import { invoke } from '@tauri-apps/api/core';
import type { Read } from '../src/api';
import { readKey } from '../src/lib/readAhead';
import { classView } from './fakeBackend';
import { mainElement, resetEachTest } from './pageSetup';

resetEachTest();

interface PageModule {
  default: Component<any>;
  reads: (classId: string) => Read[];
}

const PAGES: [string, () => Promise<PageModule>][] = [
  ['Evidence', () => import('../src/components/EvidencePage.svelte') as Promise<PageModule>],
  ['Mastery', () => import('../src/components/MasteryPage.svelte') as Promise<PageModule>],
  ['Today', () => import('../src/components/TodayPage.svelte') as Promise<PageModule>],
  ['Groups', () => import('../src/components/GroupsPage.svelte') as Promise<PageModule>],
  ['Sync', () => import('../src/components/SyncPage.svelte') as Promise<PageModule>],
];

describe('the reads a page declares for the shell to read ahead', () => {
  it.each(PAGES)('are what the %s page asks for when it mounts', async (_name, load) => {
    const page = await load();
    const c = classView('Period 4');
    const asked = new Set<string>();
    // Nothing is answered: only what the page asks for as it mounts matters here.
    vi.mocked(invoke).mockImplementation((cmd: string, args?: unknown) => {
      asked.add(readKey(cmd, args as Record<string, unknown> | undefined));
      return new Promise(() => {}) as never;
    });
    render(page.default, { props: { classView: c, onOpenGroups: () => {}, onOpenFrameworks: () => {}, onImport: () => {} }, target: mainElement() });
    await tick();
    const declared = page.reads(c.id);
    expect(declared.length, 'the page declares some reads').toBeGreaterThan(0);
    for (const [cmd, args] of declared) {
      expect(asked, `${cmd} is asked for at mount with the arguments declared`).toContain(readKey(cmd, args as Record<string, unknown> | undefined));
    }
  });
});
