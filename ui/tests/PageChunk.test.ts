import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import PageChunkHarness from './fakes/PageChunkHarness.svelte';
import LoadedPage from './fakes/LoadedPage.svelte';

afterEach(cleanup);

describe('PageChunk', () => {
  it('shows a loading line, then the page with its props; a page loaded once shows at once', async () => {
    let resolve: (m: { default: typeof LoadedPage }) => void = () => {};
    const load = () => new Promise<{ default: typeof LoadedPage }>((r) => (resolve = r));
    render(PageChunkHarness, { props: { load } });
    expect(screen.getByTestId('page-loading'), 'a status line while the chunk loads').toHaveTextContent('Opening the page…');
    resolve({ default: LoadedPage });
    expect(await screen.findByTestId('loaded-page'), 'the page, given its props').toHaveTextContent('loaded');
    cleanup();
    render(PageChunkHarness, { props: { load } });
    expect(screen.queryByTestId('page-loading'), 'no loading line the second time').toBeNull();
    expect(screen.getByTestId('loaded-page'), 'the page is there at once').toBeInTheDocument();
  });

  it('says when a chunk cannot be loaded, and Try again loads it', async () => {
    let calls = 0;
    const load = () => (++calls === 1 ? Promise.reject(new Error('chunk missing')) : Promise.resolve({ default: LoadedPage }));
    render(PageChunkHarness, { props: { load } });
    expect(await screen.findByTestId('page-load-error'), 'the failure, in the catalog’s words').toHaveTextContent(
      'This page could not be opened.',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('loaded-page'), 'the second try shows the page').toBeInTheDocument();
    expect(calls, 'loaded twice').toBe(2);
  });
});
