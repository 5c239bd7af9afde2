import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const html = readFileSync(join(root, 'index.html'), 'utf8');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('index.html and sources obey the CSP and offline rules', () => {
  it('declares language, title and both colour schemes', () => {
    expect(html, 'screen readers need the page language').toMatch(/<html lang="en">/);
    expect(html).toMatch(/<title>Waypoint<\/title>/);
    expect(html, 'form controls must follow the OS theme').toContain('<meta name="color-scheme" content="light dark"');
  });

  it('has no inline script or style, which default-src \'self\' would block', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style/);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('contains no http(s) URL in index.html or anywhere under src/', () => {
    // Assembled so that this file itself does not contain the pattern it bans.
    const scheme = new RegExp(['ht', 'tps?:', '//'].join(''));
    const offenders = [join(root, 'index.html'), ...filesUnder(join(root, 'src'))].filter((f) =>
      scheme.test(readFileSync(f, 'utf8')),
    );
    expect(offenders, 'the app must never reach the network').toEqual([]);
  });

  it('calls invoke only from api.ts and never injects HTML', () => {
    const sources = filesUnder(join(root, 'src')).filter((f) => /\.(ts|svelte)$/.test(f));
    // The generated bindings.ts may name Tauri's Channel type (`import type`), which calls nothing.
    const reachesCore = (text: string) =>
      text.split('\n').some((line) => /@tauri-apps\/api\/core/.test(line) && !/^import type /.test(line));
    const invokers = sources.filter((f) => reachesCore(readFileSync(f, 'utf8')));
    expect(invokers.map((f) => f.slice(root.length + 1)), 'api.ts is the single gateway to the backend').toEqual([
      'src/api.ts',
    ]);
    const banned = new RegExp(['\\{@', 'html', '|inner', 'HTML|outer', 'HTML|insertAdjacent', 'HTML|document\\.', 'write'].join(''));
    const injectors = sources.filter((f) => banned.test(readFileSync(f, 'utf8')));
    expect(injectors, 'user data must only ever be rendered as text').toEqual([]);
  });
});
