// The UI's language: every string a person reads comes from a Project Fluent catalog in
// `assets/i18n/app/<lang>/*.ftl` (the printouts' catalogs, in `assets/i18n/print/`, use the
// same format). The catalogs are bundled into the build, so nothing is fetched.
//
// English, the language every other falls back to, is in the main script; each other language
// is a chunk of its own, loaded when it is chosen (at start, before the first paint, when it is
// the teacher's): the Spanish catalog alone was a third of the main script, parsed at every
// start (BENCHMARKS.md, cold start).
//
// `t(id, args)` reads the current language, which is Svelte state: switching the language
// re-renders every text. The language follows the OS (navigator.languages) until the teacher
// picks one in the app, which is remembered on this laptop. `lang` and `dir` are set on the
// document whenever it changes.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

/** A message's arguments: strings, numbers or dates (Fluent formats numbers for the locale). */
export type MessageArgs = Record<string, FluentVariable>;

/** `../../../assets/i18n/app/en/common.ftl` → its text, for the English catalog's files. */
const ENGLISH = import.meta.glob('../../../assets/i18n/app/en/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The other languages' catalog files, each loaded on demand. */
const OTHERS = import.meta.glob(['../../../assets/i18n/app/*/*.ftl', '!../../../assets/i18n/app/en/*.ftl'], {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>;

/** Every language's `common.ftl`, which names the language in itself: small, and in the picker. */
const COMMON = import.meta.glob('../../../assets/i18n/app/*/common.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The language every other falls back to, key by key. */
export const SOURCE_LANGUAGE = 'en';

/** Right-to-left scripts among the languages a catalog may be written in. */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

const SAVED_KEY = 'waypoint.language';

/** `…/app/es/common.ftl` → `['es', 'common']`. */
function catalogPath(path: string): [string, string] | undefined {
  const m = /\/app\/([^/]+)\/([^/]+)\.ftl$/.exec(path);
  return m?.[1] !== undefined && m[2] !== undefined ? [m[1], m[2]] : undefined;
}

/** Every UI language there is a catalog for, loaded or not. */
const LANGUAGES = new Set<string>(
  [...Object.keys(ENGLISH), ...Object.keys(OTHERS)].flatMap((p) => catalogPath(p)?.[0] ?? []),
);

/** The loaded languages' catalog files: file name → text, by language code. */
const FILES = new Map<string, Map<string, string>>([[SOURCE_LANGUAGE, filesOf(ENGLISH)]]);

function filesOf(sources: Record<string, string>): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, text] of Object.entries(sources)) {
    const at = catalogPath(path);
    if (at) files.set(at[1], text);
  }
  return files;
}

const loading = new Map<string, Promise<void>>();

/** Loads a language's catalog (once); an unknown language, or one already in, is done at once. */
export function loadLanguage(lang: string): Promise<void> {
  if (FILES.has(lang) || !LANGUAGES.has(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    const entries = Object.entries(OTHERS).filter(([path]) => catalogPath(path)?.[0] === lang);
    pending = Promise.all(entries.map(async ([path, load]) => [path, await load()] as const)).then(
      (texts) => {
        FILES.set(lang, filesOf(Object.fromEntries(texts)));
        bundles.delete(lang);
      },
      (err: unknown) => {
        // A chunk that did not load is tried again the next time the language is chosen.
        loading.delete(lang);
        throw err;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** Loads every language's catalog: for tests, which switch languages synchronously. */
export async function loadAllLanguages(): Promise<void> {
  await Promise.all([...LANGUAGES].map(loadLanguage));
}

function buildBundle(lang: string): FluentBundle {
  // No isolation marks around arguments: the UI sets `dir` on the elements that need it, and
  // the marks would break copy and paste of names.
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const text of FILES.get(lang)?.values() ?? []) {
    const errors = bundle.addResource(new FluentResource(text));
    // A syntax error is caught by the catalog tests; at run time the rest still loads.
    if (errors.length > 0 && import.meta.env.DEV) console.warn(`catalog ${lang}:`, errors);
  }
  return bundle;
}

const bundles = new Map<string, FluentBundle>();
function bundleFor(lang: string): FluentBundle {
  let b = bundles.get(lang);
  if (!b) {
    b = buildBundle(lang);
    bundles.set(lang, b);
  }
  return b;
}

/** The UI languages there is a catalog for, each with its own name for itself. */
export function uiLanguages(): { code: string; name: string }[] {
  return [...LANGUAGES]
    .sort((a, b) => (a === SOURCE_LANGUAGE ? -1 : b === SOURCE_LANGUAGE ? 1 : a.localeCompare(b)))
    .map((code) => ({ code, name: languageName(code) }));
}

/**
 * A catalog's name for its own language (`language-name = Español`), read from the text of its
 * `common.ftl`: the picker is in the first view, and naming a language should not load or
 * parse its catalog.
 */
function languageName(code: string): string {
  for (const [path, text] of Object.entries(COMMON)) {
    if (catalogPath(path)?.[0] !== code) continue;
    const name = /^language-name = (.+)$/m.exec(text)?.[1]?.trim();
    if (name) return name;
  }
  return code;
}

/**
 * The UI language for a list of preferred languages (BCP 47 tags, best first): the first
 * with a catalog, matching `es-MX` to `es`; else English.
 */
export function pickLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (LANGUAGES.has(lower)) return lower;
    const base = lower.split('-')[0] ?? lower;
    if (LANGUAGES.has(base)) return base;
  }
  return SOURCE_LANGUAGE;
}

let current = $state(SOURCE_LANGUAGE);
/** `auto` (follow the OS) or a language code the teacher chose. */
let chosen = $state<string>('auto');

/** The language the UI is shown in now. */
export function language(): string {
  return current;
}

/** What the teacher chose: `auto` follows the OS. */
export function chosenLanguage(): string {
  return chosen;
}

function osLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (!nav) return [];
  return nav.languages && nav.languages.length > 0 ? nav.languages : [nav.language];
}

function apply(lang: string): void {
  current = lang;
  const root = globalThis.document?.documentElement;
  if (root) {
    root.lang = lang;
    root.dir = isRtl(lang) ? 'rtl' : 'ltr';
  }
}

/** Whether a language is written right to left. */
export function isRtl(lang: string): boolean {
  return RTL.has((lang.split('-')[0] ?? lang).toLowerCase());
}

/**
 * Shows `lang` once its catalog is in: at once when it is loaded, else after loading it, if it
 * is still the one wanted then. A catalog that cannot load leaves the language as it was.
 */
function show(lang: string): Promise<void> {
  if (FILES.has(lang)) {
    apply(lang);
    return Promise.resolve();
  }
  wanted = lang;
  return loadLanguage(lang).then(
    () => {
      if (wanted === lang) apply(lang);
    },
    () => undefined,
  );
}

/** The language last asked for, so a slow load does not override a later choice. */
let wanted = SOURCE_LANGUAGE;

/**
 * Sets the language at start: the saved choice, else the OS's. Returns the language picked;
 * `languageReady()` resolves once its catalog is in and it is shown.
 */
export function initLanguage(): string {
  let saved: string | null = null;
  try {
    saved = globalThis.localStorage?.getItem(SAVED_KEY) ?? null;
  } catch {
    // Not remembering is acceptable: the OS language is used.
  }
  chosen = saved !== null && (saved === 'auto' || LANGUAGES.has(saved)) ? saved : 'auto';
  const lang = chosen === 'auto' ? pickLanguage(osLanguages()) : chosen;
  wanted = lang;
  ready = show(lang);
  return lang;
}

let ready: Promise<void> = Promise.resolve();

/** Resolves once the language `initLanguage` picked is loaded and shown (or failed to load). */
export function languageReady(): Promise<void> {
  return ready;
}

/**
 * The teacher's choice: a language code, or `auto` to follow the OS. Remembered. It shows at
 * once when its catalog is loaded, else once it is (the promise resolves then).
 */
export function setLanguage(choice: string): Promise<void> {
  chosen = choice === 'auto' || LANGUAGES.has(choice) ? choice : 'auto';
  try {
    globalThis.localStorage?.setItem(SAVED_KEY, chosen);
  } catch {
    // Not remembering is acceptable.
  }
  const lang = chosen === 'auto' ? pickLanguage(osLanguages()) : chosen;
  wanted = lang;
  return show(lang);
}

function format(bundle: FluentBundle, id: string, args?: MessageArgs): string | undefined {
  const message = bundle.getMessage(id);
  if (!message?.value) return undefined;
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, args ?? null, errors);
  if (errors.length > 0 && import.meta.env.DEV) console.warn(`message ${id}:`, errors);
  return text;
}

/**
 * The message `id` in the current language, else in English, else the id itself (so a gap
 * shows instead of hiding; the catalog tests fail on it first). Ids are literal strings at
 * each call, so the tests can check every one exists.
 */
export function t(id: string, args?: MessageArgs): string {
  const lang = current;
  return (
    format(bundleFor(lang), id, args) ??
    (lang === SOURCE_LANGUAGE ? undefined : format(bundleFor(SOURCE_LANGUAGE), id, args)) ??
    id
  );
}

// Intl formatters, one per language and options. Each `new Intl.*Format` builds an ICU
// formatter outside the JS heap (tens of kB, freed only when the collector gets to it) and
// takes tens of microseconds: the mastery grid formats thousands of levels and dates per
// render, which made it both slow and the largest memory cost of any page.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  kind: string,
  options: object | undefined,
  make: () => F,
): F {
  const key = `${kind}|${current}|${options === undefined ? '' : JSON.stringify(options)}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** A number for the current language (`1,234` / `1.234`). */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return formatter('number', options, () => new Intl.NumberFormat(current, options)).format(n);
}

/**
 * A calendar date (`YYYY-MM-DD`, or a Date or milliseconds) for the current language. A bare
 * date is read as local midnight, so it never shows as the day before.
 */
export function formatDate(
  date: string | number | Date,
  options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' },
): string {
  let d: Date;
  if (typeof date === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(date);
  } else {
    d = new Date(date);
  }
  if (Number.isNaN(d.getTime())) return String(date);
  return formatter('date', options, () => new Intl.DateTimeFormat(current, options)).format(d);
}

/** A date and time for the current language. */
export function formatDateTime(ms: number): string {
  return formatDate(ms, { dateStyle: 'medium', timeStyle: 'short' });
}

/** `a, b and c` / `a, b y c` for the current language. */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return formatter('list', { type }, () => new Intl.ListFormat(current, { style: 'long', type })).format(items);
}

/** One piece of a message split around its marked-up arguments: text, or a named slot. */
export type MessagePart = { text: string; slot?: undefined } | { slot: string; text?: undefined };

/**
 * A message split around the arguments named in `slots`, so a component can render those
 * as elements (a bold name, a <kbd>) without building HTML from strings:
 *
 *   {#each tParts('today-saved-as', {}, ['target']) as p}
 *     {#if p.slot === 'target'}<strong>{target}</strong>{:else}{p.text}{/if}
 *   {/each}
 *
 * The translator still sees one whole sentence (`Saved as an observation on { $target }.`) and
 * may move the slot anywhere in it.
 */
export function tParts(id: string, args: MessageArgs = {}, slots: readonly string[] = []): MessagePart[] {
  const marks = new Map<string, string>();
  const withMarks: MessageArgs = { ...args };
  slots.forEach((name, i) => {
    const mark = `\u{E000}${i}\u{E001}`;
    marks.set(mark, name);
    withMarks[name] = mark;
  });
  const text = t(id, withMarks);
  const out: MessagePart[] = [];
  for (const piece of text.split(/(\u{E000}\d+\u{E001})/u)) {
    if (piece === '') continue;
    const slot = marks.get(piece);
    out.push(slot !== undefined ? { slot } : { text: piece });
  }
  return out;
}

/**
 * A sentence the backend sends as a message id and its arguments (an error, a row problem, a
 * reason), so the UI shows it in the teacher's language. An argument may itself be a message
 * (a clause inside a sentence), shown in the same language. A message with the empty id is
 * text the backend has not yet given an id: its `text` argument is shown as it came.
 */
export interface BackendMessage {
  id: string;
  args: Partial<Record<string, string | number | BackendMessage>>;
}

export function isBackendMessage(v: unknown): v is BackendMessage {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.id === 'string' && typeof o.args === 'object' && o.args !== null;
}

/** A backend message in the current language. */
export function renderMessage(m: BackendMessage): string {
  if (m.id === '') return String(m.args.text ?? '');
  const args: MessageArgs = {};
  for (const [k, v] of Object.entries(m.args)) {
    if (v === undefined) continue;
    args[k] = isBackendMessage(v) ? renderMessage(v) : v;
  }
  return t(m.id, args);
}
