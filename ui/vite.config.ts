/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

const URL_RE = /https?:\/\/[^\s"'`)]*/g;

/**
 * Strings that look like URLs but are never fetched: links to the Svelte runtime's error
 * documentation inside its error messages, XML namespace names compared against
 * `namespaceURI`, and a bare scheme with no host ("A link starts with http:// or
 * https://." in the catalogs), which names nothing to fetch.
 */
const NOT_REQUESTS = [/^https:\/\/svelte\.dev\/e\//, /^http:\/\/www\.w3\.org\//, /^https?:\/\/[.,;:]?$/];

/**
 * The shell serves ui/dist under `default-src 'self'` and nothing may ever reach the
 * network, so any other http(s) URL in the bundle fails the build: a dependency that
 * adds a CDN link or a remote font is caught here rather than in the field.
 */
function noExternalUrls(): Plugin {
  return {
    name: 'waypoint-no-external-urls',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const [name, item] of Object.entries(bundle)) {
        const text =
          item.type === 'chunk'
            ? item.code
            : typeof item.source === 'string'
              ? item.source
              : name.endsWith('.html') || name.endsWith('.css')
                ? new TextDecoder().decode(item.source)
                : '';
        for (const m of text.matchAll(URL_RE)) {
          if (NOT_REQUESTS.some((ok) => ok.test(m[0]))) continue;
          this.error(`External URL in ${name}: ${m[0]} (the app must never reach the network)`);
        }
      }
    },
  };
}

// The Tauri shell embeds ui/dist and serves it under a strict CSP
// (default-src 'self'), so the build must be fully self-contained:
// relative asset paths, no inline scripts, fonts bundled as files.
export default defineConfig({
  plugins: [svelte(), svelteTesting(), noExternalUrls()],
  base: './',
  clearScreen: false,
  // The message catalogs live beside the printouts' in assets/i18n, outside the UI's root.
  server: { port: 1420, strictPort: true, fs: { allow: ['.', '../assets/i18n'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // A limit against a hung test, not a speed check: a page test with axe takes 3 s on an
    // idle 2-core machine and several times that while builds share it.
    testTimeout: 30_000,
  },
});
