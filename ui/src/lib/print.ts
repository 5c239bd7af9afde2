// Printing through the webview's own print (window.print): the paper size, remembered between
// launches, and the one `@page` rule that sets it. The rule lives in ONE
// <style id="print-page-size"> whose textContent is CSS (never HTML). Under the app's CSP
// (default-src 'self') a webview may not apply an inline <style>, so the same rule is also
// given through a constructed stylesheet (CSSOM), which the CSP does not govern.
import { t } from './i18n.svelte';

export type Paper = 'letter' | 'a4';
export type Orientation = 'portrait' | 'landscape';

// The labels are getters, so each read is in the UI's current language.
export const PAPERS: { value: Paper; readonly label: string }[] = [
  {
    value: 'letter',
    get label() {
      return t('print-paper-letter');
    },
  },
  {
    value: 'a4',
    get label() {
      return t('print-paper-a4');
    },
  },
];

export const PAGE_STYLE_ID = 'print-page-size';
const KEY = 'waypoint.printPaper';

/** Letter in the US (and where the language is unknown), A4 elsewhere. */
export function defaultPaper(language: string | undefined): Paper {
  if (!language) return 'letter';
  const l = language.toLowerCase();
  return l === 'en-us' || l === 'en' ? 'letter' : 'a4';
}

export function isPaper(v: unknown): v is Paper {
  return v === 'letter' || v === 'a4';
}

/** The paper chosen last time, else the default for the language. */
export function loadPaper(language: string | undefined = globalThis.navigator?.language): Paper {
  try {
    const saved = globalThis.localStorage?.getItem(KEY);
    if (isPaper(saved)) return saved;
  } catch {
    // Not remembering is acceptable.
  }
  return defaultPaper(language);
}

export function savePaper(paper: Paper): void {
  try {
    globalThis.localStorage?.setItem(KEY, paper);
  } catch {
    // Not remembering is acceptable.
  }
}

/** `@page { size: letter landscape; margin: 12mm }` */
export function pageRule(paper: Paper, orientation: Orientation = 'portrait'): string {
  const size = paper === 'a4' ? 'A4' : 'letter';
  return `@page { size: ${orientation === 'landscape' ? `${size} landscape` : size}; margin: 12mm }`;
}

let adopted: CSSStyleSheet | null = null;

/** Sets the page size for the next print: one style element, updated in place. */
export function applyPageSize(paper: Paper, orientation: Orientation = 'portrait', doc: Document = document): HTMLStyleElement {
  const rule = pageRule(paper, orientation);
  let el = doc.getElementById(PAGE_STYLE_ID);
  if (!(el instanceof HTMLStyleElement)) {
    el?.remove();
    el = doc.createElement('style');
    el.id = PAGE_STYLE_ID;
    el.setAttribute('media', 'print');
    doc.head.appendChild(el);
  }
  el.textContent = rule;
  adoptRule(rule, doc);
  return el as HTMLStyleElement;
}

function adoptRule(rule: string, doc: Document): void {
  try {
    const Sheet = globalThis.CSSStyleSheet as (typeof CSSStyleSheet & { prototype: { replaceSync?: unknown } }) | undefined;
    if (!Sheet || typeof Sheet.prototype.replaceSync !== 'function' || !Array.isArray(doc.adoptedStyleSheets)) return;
    if (adopted === null) {
      adopted = new Sheet({ media: 'print' });
    }
    adopted.replaceSync(rule);
    if (!doc.adoptedStyleSheets.includes(adopted)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, adopted];
  } catch {
    // The style element still carries the rule where inline styles apply.
  }
}

/** Sets the page size and opens the print dialog. */
export function printWith(paper: Paper, orientation: Orientation = 'portrait'): void {
  applyPageSize(paper, orientation);
  window.print();
}
