// Pure helpers for the Sync page: the wording of counts, reports, peers and times, the
// passphrase check and why "Sync now" can't run yet. No DOM, no Svelte; the words come from
// the catalog (sync.ftl) in the UI's current language.
import type { BundleClass, FileReport, ImportCounts, SyncProgress, SyncStatus } from '../api';
import type { FieldMapper } from './fields';
import { formatDate as formatDateOnly, formatDateTime as formatDateAndTime, renderMessage, t } from './i18n.svelte';
import { charCount, type FieldErrors } from './validate';

/** The shortest passphrase the page accepts. */
export const PASSPHRASE_MIN = 8;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------- counts and reports

/** "3 new changes, 12 already here, 1 conflict", or "Nothing new" when nothing arrived. */
export function countsSentence(c: ImportCounts): string {
  if (c.new === 0 && c.conflicts === 0) return t('sync-counts-nothing');
  return t('sync-counts', { new: c.new, already: c.already, conflicts: c.conflicts });
}

/** The files of a sync that brought nothing in (refused, unreadable, classes not chosen). */
export function notImported(files: readonly FileReport[]): FileReport[] {
  return files.filter((f) => f.counts === null);
}

/**
 * The sentence above a sync's report: the totals, and how many files were not imported.
 * "Nothing new" only when nothing arrived and every file was read.
 */
export function syncSummary(totals: ImportCounts, files: readonly FileReport[]): string {
  const failed = notImported(files).length;
  if (failed === 0) return countsSentence(totals);
  return t('sync-summary-not-imported', { counts: countsSentence(totals), failed });
}

/** Whose file it is: the sender's label, else the file's name. */
export function fileTitle(f: Pick<FileReport, 'file' | 'label'>): string {
  return f.label.trim() || f.file;
}

/** A class as the teacher reads it: its name, else its id. */
export function className(c: Pick<BundleClass, 'id' | 'name'>): string {
  return c.name.trim() || c.id;
}

/** "Ms. Lee's file holds classes you have not chosen to receive: Biology 7, Art" */
export function refusedLine(f: Pick<FileReport, 'file' | 'label' | 'refusedClasses'>): string {
  const label = f.label.trim();
  // A list of names, not a sentence: joined with commas in every language.
  const classes = f.refusedClasses.map(className).join(', ');
  return label !== '' ? t('sync-refused-from', { label, classes }) : t('sync-refused-file', { file: f.file, classes });
}

export interface ReportLine {
  text: string;
  tone: 'ok' | 'error';
}

/** One file's line in a sync report: its counts, or why nothing came in. */
export function fileReportLine(f: FileReport): ReportLine {
  if (f.counts !== null) return { text: countsSentence(f.counts), tone: 'ok' };
  if (f.refusedClasses.length > 0) return { text: refusedLine(f), tone: 'error' };
  const why = f.error ? renderMessage(f.error).trim() : '';
  return { text: why ? why : t('sync-file-not-imported'), tone: 'error' };
}

/**
 * The classes to receive after "Receive these classes": the ones already chosen plus the
 * refused ones, each once, in that order.
 */
export function withReceived(received: readonly string[], refused: readonly Pick<BundleClass, 'id'>[]): string[] {
  return [...new Set([...received, ...refused.map((c) => c.id)])];
}

// ---------------------------------------------------------------- progress

/** What a sync is doing right now. */
export function progressText(p: SyncProgress): string {
  if (p.stage === 'export') return t('sync-progress-export');
  if (p.stage === 'import') return t('sync-progress-import', { file: p.file, done: p.done, total: p.total });
  return t('sync-progress-syncing');
}

/** 0–100, or null when there is nothing to count yet. */
export function progressPercent(p: SyncProgress): number | null {
  if (p.total <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((p.done / p.total) * 100)));
}

// ---------------------------------------------------------------- passphrase

/** Field → message for the passphrase form ("passphrase", "confirm"); empty when fine. */
export function validatePassphrase(passphrase: string, confirm: string): FieldErrors {
  const errors: FieldErrors = {};
  const n = charCount(passphrase);
  if (n === 0) errors.passphrase = t('sync-passphrase-empty');
  else if (passphrase.trim() === '') errors.passphrase = t('sync-passphrase-spaces');
  else if (n < PASSPHRASE_MIN) errors.passphrase = t('sync-passphrase-short', { min: PASSPHRASE_MIN, count: n });
  if (confirm === '') {
    if (n > 0) errors.confirm = t('sync-passphrase-confirm-empty');
  } else if (confirm !== passphrase) {
    errors.confirm = t('sync-passphrase-mismatch');
  }
  return errors;
}

// ---------------------------------------------------------------- devices and people

/** The first 8 characters of a device id, enough to tell laptops apart. */
export function shortDevice(id: string): string {
  return id.slice(0, 8);
}

/** A laptop's name: its label, else "Unnamed laptop" with its short id. */
export function deviceName(label: string, device: string): string {
  const l = label.trim();
  return l !== '' ? l : t('sync-unnamed-laptop', { id: shortDevice(device) });
}

/** "has 3 of your 10 changes". */
export function peerHasLine(theyHave: number, own: number): string {
  return t('sync-peer-has', { have: theyHave, own });
}

/** The warning for an origin whose changes arrived with some missing in between. */
export function gapLine(origin: string, label = ''): string {
  const l = label.trim();
  const id = shortDevice(origin);
  return l !== '' ? t('sync-gap-named', { label: l, id }) : t('sync-gap', { id });
}

// ---------------------------------------------------------------- time

function startOfDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** The date alone, for the UI's language: "Mar 12, 2025". */
export function formatDate(ms: number): string {
  return formatDateOnly(ms);
}

/** The date and time, for the UI's language: "Mar 12, 2025, 10:05 AM". */
export function formatDateTime(ms: number): string {
  return formatDateAndTime(ms);
}

/**
 * How long ago, in local calendar terms: "just now", "5 minutes ago", "3 hours ago" (same day),
 * "yesterday", "3 days ago" (within a week), then the date. A time in the future (another
 * laptop's clock running ahead) reads "just now" within a minute, else as its date.
 */
export function relativeTime(ms: number, now: number): string {
  const diff = now - ms;
  if (diff < -MINUTE) return formatDate(ms);
  if (diff < MINUTE) return t('sync-time-just-now');
  if (diff < HOUR) return t('sync-time-minutes-ago', { count: Math.floor(diff / MINUTE) });
  const days = Math.round((startOfDay(now) - startOfDay(ms)) / DAY);
  if (days <= 0) return t('sync-time-hours-ago', { count: Math.floor(diff / HOUR) });
  if (days === 1) return t('sync-time-yesterday');
  if (days < 7) return t('sync-time-days-ago', { count: days });
  return formatDate(ms);
}

// ---------------------------------------------------------------- what can run

/** Why "Sync now" can't run yet, or null when it can. */
export function syncDisabledReason(s: Pick<SyncStatus, 'folder' | 'hasPassphrase'> | null): string | null {
  if (s === null) return t('sync-reason-loading');
  const noFolder = s.folder === null || s.folder.trim() === '';
  if (noFolder && !s.hasPassphrase) return t('sync-reason-both');
  if (noFolder) return t('sync-reason-folder');
  if (!s.hasPassphrase) return t('sync-reason-passphrase');
  return null;
}

/** Why a previewed bundle can't be imported yet, or null when it can. */
export function importBlockedReason(classes: readonly BundleClass[], checked: readonly string[]): string | null {
  const missing = classes.filter((c) => !c.known && !checked.includes(c.id));
  if (missing.length === 0) return null;
  return missing.length === 1
    ? t('sync-import-blocked-one', { name: className(missing[0]!) })
    : t('sync-import-blocked-many', { count: missing.length });
}

/** The Sync page's form controls, for errors a save returns with a field. */
export const syncFieldControl = (form: 'label' | 'folder' | 'passphrase'): FieldMapper => (field) => {
  switch (form) {
    case 'label':
      return 'sync-label';
    case 'folder':
      return 'sync-folder';
    case 'passphrase':
      return field === 'confirm' ? 'sync-passphrase-confirm' : 'sync-passphrase';
  }
};

/** Runs one of the page's async actions; nothing else may start until it settles. */
export type Task = (name: string, fn: () => Promise<void>) => Promise<void>;
