// Bundled font: Vite copies the woff2 files into dist; nothing is fetched
// from the network.
import '@fontsource-variable/inter';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { initLanguage, t } from './lib/i18n.svelte';
import ProjectorView from './components/ProjectorView.svelte';

// The language first: the first paint is already in the teacher's language.
initLanguage();

const target = document.getElementById('app');
if (!target) throw new Error('Missing #app element');

// The shell opens the projector as a second window on `index.html#projector`; that window
// shows the rotation display only (and its capability allows only `projector_view`).
const isProjector = location.hash === '#projector';
if (isProjector) {
  document.title = t('projector-window-title');
  document.documentElement.classList.add('projector-window');
}

export default isProjector ? mount(ProjectorView, { target }) : mount(App, { target });
