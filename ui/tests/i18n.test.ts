// The catalogs and the rule that every string a person reads comes from one:
// - each UI language has every message English has (and no stray ones), with no syntax error;
// - every id the code asks for with `t('…')` exists;
// - no component shows literal prose (a lint over the Svelte sources and the UI's modules, with
//   an allow-list for non-words such as the product's name).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseFtl, Message, Term, Junk } from '@fluent/syntax';
import { parse as parseSvelte } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import { LITERAL_ALLOWED } from './i18nAllowed';

const UI = join(dirname(fileURLToPath(import.meta.url)), '..');
const APP_CATALOGS = join(UI, '..', 'assets', 'i18n', 'app');

function walkFiles(dir: string, keep: (p: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walkFiles(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out.sort();
}

interface CatalogEntry {
  attributes: string[];
  variables: Set<string>;
}

/** A catalog file's messages, by id; syntax errors are returned, not thrown. */
function readCatalog(path: string): { entries: Map<string, CatalogEntry>; junk: string[] } {
  const text = readFileSync(path, 'utf8');
  const entries = new Map<string, CatalogEntry>();
  const junk: string[] = [];
  for (const item of parseFtl(text, { withSpans: false }).body) {
    if (item instanceof Junk) junk.push(item.content.trim().split('\n')[0] ?? '');
    if (item instanceof Message || item instanceof Term) {
      const id = item instanceof Term ? `-${item.id.name}` : item.id.name;
      const source = JSON.stringify(item);
      const variables = new Set([...source.matchAll(/"type":"VariableReference","id":\{"type":"Identifier","name":"([^"]+)"/g)].map((m) => m[1] ?? ''));
      entries.set(id, { attributes: item.attributes.map((a) => a.id.name).sort(), variables });
    }
  }
  return { entries, junk };
}

const languages = readdirSync(APP_CATALOGS).filter((l) => statSync(join(APP_CATALOGS, l)).isDirectory());
const englishFiles = readdirSync(join(APP_CATALOGS, 'en')).filter((f) => f.endsWith('.ftl'));
const english = new Map<string, CatalogEntry>();
for (const f of englishFiles) {
  for (const [id, e] of readCatalog(join(APP_CATALOGS, 'en', f)).entries) english.set(id, e);
}

describe('UI catalogs', () => {
  it('include English and Spanish', () => {
    expect(languages, 'the UI ships in English and Spanish').toEqual(expect.arrayContaining(['en', 'es']));
  });

  for (const lang of languages) {
    it(`${lang}: every file parses, and every English message is translated with the same arguments`, () => {
      const problems: string[] = [];
      const seen = new Set<string>();
      for (const f of englishFiles) {
        const path = join(APP_CATALOGS, lang, f);
        let catalog;
        try {
          catalog = readCatalog(path);
        } catch {
          problems.push(`${lang}/${f} is missing`);
          continue;
        }
        for (const j of catalog.junk) problems.push(`${lang}/${f}: syntax error near "${j}"`);
        const en = readCatalog(join(APP_CATALOGS, 'en', f)).entries;
        for (const [id, e] of en) {
          const other = catalog.entries.get(id);
          if (!other) {
            problems.push(`${lang}/${f}: no "${id}"`);
            continue;
          }
          if (other.attributes.join() !== e.attributes.join()) problems.push(`${lang}/${f}: "${id}" has other attributes`);
          for (const v of other.variables) {
            if (!e.variables.has(v)) problems.push(`${lang}/${f}: "${id}" uses $${v}, which English does not give`);
          }
        }
        for (const id of catalog.entries.keys()) {
          if (seen.has(id)) problems.push(`${lang}/${f}: "${id}" is defined twice`);
          seen.add(id);
          if (!en.has(id)) problems.push(`${lang}/${f}: "${id}" is not in English`);
        }
      }
      for (const f of readdirSync(join(APP_CATALOGS, lang))) {
        if (!englishFiles.includes(f)) problems.push(`${lang}/${f} has no English file`);
      }
      expect(problems, 'a language the UI offers must have every message, or its screens mix languages').toEqual([]);
    });
  }
});

const SOURCES = walkFiles(join(UI, 'src'), (p) => (p.endsWith('.svelte') || p.endsWith('.ts')) && !p.endsWith('.test.ts') && !p.endsWith('bindings.ts'));

describe('message ids used by the code', () => {
  it('all exist in the English catalog', () => {
    const missing: string[] = [];
    for (const file of SOURCES) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) {
        if (!english.has(m[2] ?? '')) missing.push(`${relative(UI, file)}: "${m[2]}"`);
      }
    }
    expect(missing, 'a missing id shows the id itself to the teacher').toEqual([]);
  });
});

// ---- The literal-text lint ----

/** Attributes whose values are never read by a person. */
const TECHNICAL_ATTRS = new Set([
  'class', 'style', 'id', 'for', 'type', 'name', 'role', 'href', 'src', 'srcset', 'd', 'viewBox', 'viewbox',
  'fill', 'stroke', 'points', 'transform', 'xmlns', 'autocomplete', 'inputmode', 'accept', 'pattern', 'lang',
  'dir', 'method', 'rel', 'target', 'tabindex', 'min', 'max', 'step', 'value', 'width', 'height', 'cx', 'cy',
  'r', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'rx', 'ry', 'stroke-width', 'stroke-linecap', 'stroke-linejoin',
  'fill-rule', 'clip-rule', 'aria-hidden', 'aria-live', 'aria-current', 'aria-controls', 'aria-labelledby',
  'aria-describedby', 'aria-expanded', 'aria-selected', 'aria-pressed', 'aria-checked', 'aria-modal',
  'aria-haspopup', 'aria-orientation', 'aria-sort', 'aria-invalid', 'aria-busy', 'aria-atomic', 'aria-owns',
  'aria-activedescendant', 'aria-autocomplete', 'aria-multiselectable', 'aria-readonly', 'aria-required',
  'aria-disabled', 'aria-level', 'aria-posinset', 'aria-setsize', 'aria-colindex', 'aria-rowindex',
  'aria-colcount', 'aria-rowcount', 'aria-relevant', 'focusable', 'spellcheck', 'enterkeyhint', 'wrap',
  'scope', 'headers', 'colspan', 'rowspan', 'span', 'datetime', 'form', 'list', 'maxlength', 'minlength',
  'size', 'rows', 'cols', 'media', 'sizes', 'loading', 'decoding', 'part', 'slot', 'key', 'kind', 'tone',
  'variant', 'testid', 'icon', 'aria-keyshortcuts',
]);

/** Words a person reads that are the same in every language: names and codes. */
const allowedWord = (w: string) => LITERAL_ALLOWED.has(w) || !/\p{L}{2,}/u.test(w);

function isProse(text: string): boolean {
  const words = text.split(/[\s/()[\]{}.,:;!?«»"“”'’·—–-]+/).filter((w) => w !== '');
  return words.some((w) => !allowedWord(w));
}

const STOPWORDS = /\b(the|a|an|to|of|in|is|are|was|and|or|for|with|this|that|these|no|not|on|be|your|you|it|its|from|by|at|as|has|have|can|will|yet|here|there|one|all)\b/i;

/** A string literal in a script that reads as prose (a heuristic: class lists and ids do not). */
function scriptLiteralIsProse(text: string, key: string | null): boolean {
  const t = text.trim();
  if (t === '' || !isProse(t)) return false;
  if (/^[a-z0-9][a-z0-9_\-.:/#,]*$/.test(t)) return false;
  if (key !== null && /^(label|title|heading|text|message|placeholder|description|hint|help|empty|emptyText|confirmLabel|cancelLabel|ariaLabel|legend|caption|summary|detail)$/.test(key)) return true;
  const words = t.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  if (words.length < 2) return false;
  return /^\p{Lu}/u.test(t) || STOPWORDS.test(t) || /[.!?:…]$/.test(t);
}

type Node = { type?: string; [k: string]: unknown };

/** Calls whose string arguments are for developers or the DOM, not for a person. */
const TECHNICAL_CALLS = /^(t|console\.\w+|querySelector|querySelectorAll|closest|matches|getElementById|addEventListener|removeEventListener|setAttribute|getAttribute|Error|TypeError|RangeError|invoke|import|require|describe|it|expect|createElement)$/;

function calleeName(node: Node): string {
  const c = node.callee as Node | undefined;
  if (!c) return '';
  if (c.type === 'Identifier') return c.name as string;
  if (c.type === 'MemberExpression') {
    const obj = c.object as Node;
    const prop = (c.property as Node).name as string;
    return obj.type === 'Identifier' && obj.name === 'console' ? `console.${prop}` : prop;
  }
  return '';
}

function lintSvelte(source: string): string[] {
  const ast = parseSvelte(source, { modern: true }) as unknown as Node;
  const found: string[] = [];
  const visit = (node: unknown, ctx: { attr: string | null; key: string | null; technical: boolean; inScript: boolean }) => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, ctx);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'StyleSheet' || n.type === 'Comment') return;
    if (n.type === 'Text' && !ctx.inScript) {
      const data = String(n.data ?? '');
      if (ctx.attr !== null) {
        const attr = ctx.attr;
        const technical = TECHNICAL_ATTRS.has(attr) || /^(data-|on|bind:|class:|style:|use:|transition:|in:|out:|animate:)/.test(attr);
        if (!technical && !/^[a-z0-9][a-z0-9_\-.:/#,]*$/.test(data.trim()) && isProse(data)) found.push(`${attr}="${data.trim()}"`);
      } else if (isProse(data)) {
        found.push(data.trim().replace(/\s+/g, ' '));
      }
      return;
    }
    if (n.type === 'Attribute') {
      visit(n.value, { ...ctx, attr: String(n.name) });
      return;
    }
    if (n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration') return;
    if ((n.type === 'CallExpression' || n.type === 'NewExpression') && TECHNICAL_CALLS.test(calleeName(n))) return;
    if (n.type === 'Literal' && typeof n.value === 'string') {
      if (!ctx.technical && scriptLiteralIsProse(n.value, ctx.key)) found.push(`'${n.value}'`);
      return;
    }
    if (n.type === 'TemplateLiteral') {
      const quasis = (n.quasis as Node[]).map((q) => String((q.value as { cooked?: string }).cooked ?? '')).join('X');
      if (!ctx.technical && scriptLiteralIsProse(quasis, ctx.key)) found.push(`\`${quasis}\``);
      visit(n.expressions, ctx);
      return;
    }
    if (n.type === 'Property') {
      const k = n.key as Node;
      const key = k.type === 'Identifier' ? String(k.name) : k.type === 'Literal' ? String(k.value) : null;
      visit(n.value, { ...ctx, key });
      return;
    }
    const inScript = ctx.inScript || n.type === 'Script' || n.type === 'Program' || n.type === 'ExpressionTag' || n.type === 'MustacheTag';
    for (const [k, v] of Object.entries(n)) {
      if (k === 'start' || k === 'end' || k === 'loc' || k === 'metadata' || k === 'parent' || k === 'leadingComments' || k === 'trailingComments') continue;
      if (v && typeof v === 'object') visit(v, { ...ctx, inScript, key: k === 'value' ? ctx.key : null });
    }
  };
  visit(ast, { attr: null, key: null, technical: false, inScript: false });
  return found;
}

describe('literal text in components', () => {
  const components = SOURCES.filter((p) => p.endsWith('.svelte'));

  it('finds prose in a component (the lint itself works)', () => {
    const sample = `<script>const tabs = [{ id: 'a', label: 'Conference reports' }]; let cls = 'btn btn-primary';</script>
      <p class="lead" title="Shown on hover">Hello {name}, welcome</p><Kbd>N</Kbd><span>Waypoint</span><b>·</b>`;
    expect(lintSvelte(sample).sort(), 'template text, a human attribute and a label in a script are prose; class lists, single letters and the product name are not').toEqual(
      ["'Conference reports'", ', welcome', 'Hello', 'title="Shown on hover"'],
    );
  });

  it('finds none in any component', () => {
    const found: string[] = [];
    for (const file of components) {
      const rel = relative(join(UI, 'src'), file);
      for (const text of lintSvelte(readFileSync(file, 'utf8'))) found.push(`${rel}: ${text}`);
    }
    expect(found, 'text a person reads must come from the catalog (t), or a Spanish screen shows English').toEqual([]);
  });
});
