// The main navigation on a narrow window: the links that do not fit move into "More", which
// works from the keyboard; and the shell in Spanish. jsdom has no layout, so the widths the
// navigation measures are given here.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import { invoke } from '@tauri-apps/api/core';
import AppNav from '../src/components/AppNav.svelte';
import App from '../src/App.svelte';
import { setLanguage } from '../src/lib/i18n.svelte';
import { fakeBackend } from './fakeBackend';

const LINK = 120;
const MORE = 80;
let navWidth = 2000;

beforeEach(() => {
  // Each link is 120 px wide, "More" 80 px, and the row as wide as the test says.
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
    if (this.hasAttribute('data-nav-link')) return LINK;
    if (this.dataset.testid === 'nav-more') return MORE;
    return 0;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.testid === 'app-nav' ? navWidth : 0;
  });
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  setLanguage('en');
  vi.mocked(invoke).mockReset();
});

async function resizeTo(width: number) {
  navWidth = width;
  window.dispatchEvent(new Event('resize'));
  await tick();
}

describe('the navigation on a narrow window', () => {
  it('keeps every link on the row when they fit', async () => {
    navWidth = 9 * LINK;
    render(AppNav, { props: { page: 'students', onGo: () => {} } });
    await tick();
    expect(screen.getByTestId('app-nav'), 'nine links of 120 px fit in 1080 px').toHaveAttribute('data-collapsed', 'false');
    expect(screen.getByTestId('nav-conferences'), 'the last link is on the row').not.toHaveClass('nav-overflow');
    expect(screen.getByTestId('nav-more').closest('.nav-more'), 'More is not offered').toHaveClass('nav-overflow');
  });

  it('moves the links that do not fit into More, and brings them back when the window widens', async () => {
    navWidth = 1000;
    render(AppNav, { props: { page: 'students', onGo: () => {} } });
    await tick();
    // 80 (More) + 7 × 120 = 920 ≤ 1000; an eighth link would need 1040.
    expect(screen.getByTestId('app-nav'), 'the row is collapsed').toHaveAttribute('data-collapsed', 'true');
    expect(screen.getByTestId('nav-today'), 'the seventh link stays').not.toHaveClass('nav-overflow');
    expect(screen.getByTestId('nav-playlists'), 'the eighth moves into More').toHaveClass('nav-overflow');
    expect(screen.getByTestId('nav-conferences'), 'the ninth moves into More').toHaveClass('nav-overflow');
    expect(screen.getByTestId('nav-more').closest('.nav-more'), 'More is offered').not.toHaveClass('nav-overflow');

    await resizeTo(500);
    // 80 + 3 × 120 = 440 ≤ 500.
    expect(screen.getByTestId('nav-mastery'), 'three links fit beside More at 500 px').not.toHaveClass('nav-overflow');
    expect(screen.getByTestId('nav-frameworks'), 'the fourth does not').toHaveClass('nav-overflow');

    await resizeTo(1400);
    expect(screen.getByTestId('app-nav'), 'wide again: every link is back').toHaveAttribute('data-collapsed', 'false');
  });

  it('opens More from the keyboard, marks the current area, and goes where the teacher picks', async () => {
    const user = userEvent.setup();
    const onGo = vi.fn();
    navWidth = 1000;
    render(AppNav, { props: { page: 'conferences', onGo } });
    await tick();
    const more = screen.getByTestId('nav-more');
    expect(more, 'the current area is inside More, so More shows as current').toHaveClass('nav-more-current');

    more.focus();
    await user.keyboard('{ArrowDown}');
    expect(more, 'More says it is open').toHaveAttribute('aria-expanded', 'true');
    const current = await screen.findByTestId('nav-more-conferences');
    expect(current, 'the open menu starts on the current area').toHaveFocus();
    expect(current, 'the current area is marked in the menu').toHaveAttribute('aria-current', 'page');

    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('nav-more-menu'), 'Escape closes the menu').toBeNull();
    expect(more, 'and gives focus back to More').toHaveFocus();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('nav-more-conferences')).toHaveFocus());
    await user.keyboard('{ArrowUp}');
    expect(screen.getByTestId('nav-more-playlists'), 'the arrows move through the menu').toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onGo, 'choosing an area goes there').toHaveBeenCalledWith('playlists');
    expect(screen.queryByTestId('nav-more-menu'), 'and closes the menu').toBeNull();
  });

  it('measures again in Spanish, with its own names', async () => {
    navWidth = 1000;
    render(AppNav, { props: { page: 'students', onGo: () => {} } });
    setLanguage('es');
    await tick();
    expect(screen.getByTestId('nav-more'), 'More is in Spanish').toHaveTextContent('Más');
    expect(screen.getByTestId('nav-groups'), 'so are the areas').toHaveTextContent('Grupos y rotación');
    expect(screen.getByTestId('nav-groups'), 'the tooltip names the shortcut').toHaveAttribute('title', 'Grupos y rotación (Alt+7)');
  });
});

describe('the shell in Spanish', () => {
  it('shows the first-run screen in Spanish', async () => {
    const b = fakeBackend();
    vi.mocked(invoke).mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
    setLanguage('es');
    render(App);
    expect(await screen.findByTestId('load-demo'), 'the demo button').toHaveTextContent('Cargar clase de demostración');
    expect(screen.getByRole('heading', { level: 1 }), 'the welcome').toHaveTextContent('Te damos la bienvenida a Waypoint');
    expect(screen.getByText('Saltar al contenido principal'), 'the skip link').toBeInTheDocument();
    expect(document.documentElement.lang, 'the document says its language').toBe('es');
  });
});
