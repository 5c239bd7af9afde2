// Bundled font: Vite copies the woff2 files into dist; nothing is fetched
// from the network.
import '@fontsource-variable/inter';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { initLanguage, languageReady, t } from './lib/i18n.svelte';
import ProjectorView from './components/ProjectorView.svelte';
import { startStartupReads, startupReadsIn } from './lib/startupReads';

/** How long the first paint waits for the bundled font before going ahead without it. */
const FONT_PATIENCE_MS = 500;

/** How long the first paint waits for the first view's data before showing its loading lines. */
const DATA_PATIENCE_MS = 300;

/**
 * Loads the bundled font's Latin face before the first layout. Laid out while the font is
 * still loading, every run of text looks for a stand-in through the system's fonts, range
 * by range: the shell's first layout took about 80 ms that way, and under 10 ms with the
 * font in (BENCHMARKS.md, cold start). The file is local, so this takes a few milliseconds;
 * a font that cannot load (or takes too long) only means the first paint uses another.
 */
async function fontReady(): Promise<void> {
  const fonts = globalThis.document?.fonts;
  if (!fonts) return;
  await Promise.race([
    fonts.load('1em "Inter Variable"').catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, FONT_PATIENCE_MS)),
  ]);
}

// The language first: the first paint is already in the teacher's language (its catalog is
// loaded below, with the font, when it is not English).
initLanguage();

const target = document.getElementById('app');
if (!target) throw new Error('Missing #app element');

// The shell opens the projector as a second window on `index.html#projector`; that window
// shows the rotation display only (and its capability allows only `projector_view`).
const isProjector = location.hash === '#projector';

// The first view's data is asked for now, so the backend answers while the font and the
// language load, and the roster is there when the shell mounts (the projector's capability
// allows none of it).
if (!isProjector) startStartupReads();

// The shell mounts once they are in too, so its first frame is the roster with its students
// rather than a frame of loading lines and then the roster.
await Promise.all([fontReady(), languageReady(), isProjector ? undefined : startupReadsIn(DATA_PATIENCE_MS)]);

if (isProjector) {
  document.title = t('projector-window-title');
  document.documentElement.classList.add('projector-window');
}

export default isProjector ? mount(ProjectorView, { target }) : mount(App, { target });
