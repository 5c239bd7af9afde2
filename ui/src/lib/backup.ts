// Pure helpers for the Backups card: what a progress message says, how big a file is, what a
// backup holds in one sentence. The words come from the catalog (backup.ftl).
import type { BackupManifest, BackupProgress } from '../api';
import { formatNumber, t } from './i18n.svelte';

/** 0–100, or null when the total is not known yet. */
export function backupPercent(p: BackupProgress): number | null {
  if (p.total <= 0) return null;
  return Math.min(100, Math.round((p.done / p.total) * 100));
}

/** "1.5 MB", "820 KB", "12 bytes", with the language's decimal mark. */
export function formatBytes(n: number): string {
  if (n < 1024) return t('backup-size-bytes', { count: n });
  if (n < 1024 * 1024) return t('backup-size-kb', { size: formatNumber(Math.round(n / 1024)) });
  const fixed = (x: number, digits: number) =>
    formatNumber(x, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (n < 1024 * 1024 * 1024) return t('backup-size-mb', { size: fixed(n / (1024 * 1024), 1) });
  return t('backup-size-gb', { size: fixed(n / (1024 * 1024 * 1024), 2) });
}

/** "Writing the backup… 3.0 MB of 12.0 MB". */
export function backupProgressText(p: BackupProgress): string {
  return p.total > 0
    ? t('backup-progress-sized', { phase: p.phase, done: formatBytes(p.done), total: formatBytes(p.total) })
    : t('backup-progress', { phase: p.phase });
}

/** "2 classes, 48 students, 1,200 pieces of evidence and 3 portfolio items". */
export function backupCounts(m: BackupManifest): string {
  const c = m.counts;
  return t('backup-counts', { classes: c.classes, students: c.students, evidence: c.evidence, artifacts: c.artifacts });
}
