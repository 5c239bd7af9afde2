// Pure helpers for the Sync page: the wording of counts, reports, peers and times, the
// passphrase check and why "Sync now" can't run yet. No DOM, no Svelte.
import type { BundleClass, FileReport, ImportCounts, SyncProgress, SyncStatus } from '../api';
import type { FieldMapper } from './fields';
import { charCount, type FieldErrors } from './validate';

/** The shortest passphrase the page accepts. */
export const PASSPHRASE_MIN = 8;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "1 change" / "1,200 changes". */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

// ---------------------------------------------------------------- counts and reports

/** "3 new changes, 12 already here, 1 conflict", or "Nothing new" when nothing arrived. */
export function countsSentence(c: ImportCounts): string {
  if (c.new === 0 && c.conflicts === 0) return 'Nothing new';
  return `${plural(c.new, 'new change', 'new changes')}, ${c.already.toLocaleString('en')} already here, ${plural(
    c.conflicts,
    'conflict',
    'conflicts',
  )}`;
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
  return `${countsSentence(totals)}; ${plural(failed, 'file was', 'files were')} not imported`;
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
  const whose = label !== '' ? `${label}'s file` : `The file ${f.file}`;
  return `${whose} holds classes you have not chosen to receive: ${f.refusedClasses.map(className).join(', ')}`;
}

export interface ReportLine {
  text: string;
  tone: 'ok' | 'error';
}

/** One file's line in a sync report: its counts, or why nothing came in. */
export function fileReportLine(f: FileReport): ReportLine {
  if (f.counts !== null) return { text: countsSentence(f.counts), tone: 'ok' };
  if (f.refusedClasses.length > 0) return { text: refusedLine(f), tone: 'error' };
  const why = f.error?.trim();
  return { text: why ? why : 'This file was not imported.', tone: 'error' };
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
  if (p.stage === 'export') return "Writing this laptop's file…";
  if (p.stage === 'import') return `Reading ${p.file} (${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')} changes)`;
  return 'Syncing…';
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
  if (n === 0) errors.passphrase = 'Enter a passphrase.';
  else if (passphrase.trim() === '') errors.passphrase = "A passphrase can't be only spaces.";
  else if (n < PASSPHRASE_MIN)
    errors.passphrase = `Use at least ${PASSPHRASE_MIN} characters (this one has ${n}).`;
  if (confirm === '') {
    if (n > 0) errors.confirm = 'Type the passphrase again to confirm it.';
  } else if (confirm !== passphrase) {
    errors.confirm = "The two passphrases don't match.";
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
  return l !== '' ? l : `Unnamed laptop (${shortDevice(device)})`;
}

/** Who wrote a value: what the backend says, else the short device id. */
export function whoName(who: string, device: string): string {
  const w = who.trim();
  return w !== '' ? w : shortDevice(device);
}

/** "has 3 of your 10 changes". */
export function peerHasLine(theyHave: number, own: number): string {
  return `has ${theyHave.toLocaleString('en')} of your ${plural(own, 'change', 'changes')}`;
}

/** The warning for an origin whose changes arrived with some missing in between. */
export function gapLine(origin: string, label = ''): string {
  const l = label.trim();
  const who = l !== '' ? `${l} (${shortDevice(origin)})` : shortDevice(origin);
  return `Some changes from ${who} are missing in between; they will arrive with a later handoff.`;
}

// ---------------------------------------------------------------- time

function startOfDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** The date alone: "Mar 12, 2025". */
export function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' });
}

/** The date and time: "Mar 12, 2025, 10:05 AM". */
export function formatDateTime(ms: number): string {
  return new Date(ms).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * How long ago, in local calendar terms: "just now", "5 minutes ago", "3 hours ago" (same day),
 * "yesterday", "3 days ago" (within a week), then the date. A time in the future (another
 * laptop's clock running ahead) reads "just now" within a minute, else as its date.
 */
export function relativeTime(ms: number, now: number): string {
  const diff = now - ms;
  if (diff < -MINUTE) return formatDate(ms);
  if (diff < MINUTE) return 'just now';
  if (diff < HOUR) return `${plural(Math.floor(diff / MINUTE), 'minute', 'minutes')} ago`;
  const days = Math.round((startOfDay(now) - startOfDay(ms)) / DAY);
  if (days <= 0) return `${plural(Math.floor(diff / HOUR), 'hour', 'hours')} ago`;
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  return formatDate(ms);
}

// ---------------------------------------------------------------- what can run

/** Why "Sync now" can't run yet, or null when it can. */
export function syncDisabledReason(s: Pick<SyncStatus, 'folder' | 'hasPassphrase'> | null): string | null {
  if (s === null) return 'Loading the sync settings…';
  const noFolder = s.folder === null || s.folder.trim() === '';
  if (noFolder && !s.hasPassphrase) return 'Choose a sync folder and set the class passphrase first.';
  if (noFolder) return 'Choose a sync folder first.';
  if (!s.hasPassphrase) return 'Set the class passphrase first.';
  return null;
}

/** Why a previewed bundle can't be imported yet, or null when it can. */
export function importBlockedReason(classes: readonly BundleClass[], checked: readonly string[]): string | null {
  const missing = classes.filter((c) => !c.known && !checked.includes(c.id));
  if (missing.length === 0) return null;
  return missing.length === 1
    ? `Tick “Receive this class” for ${className(missing[0]!)} to import this file: it holds changes to that class.`
    : `Tick “Receive this class” for each of the ${missing.length} classes you don't have yet to import this file.`;
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
