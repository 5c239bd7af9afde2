// Pure helpers for the Backups card: what a progress message says, how big a file is, what a
// backup holds in one sentence.
import type { BackupManifest, BackupProgress } from '../api';
import { plural } from './sync';

/** 0–100, or null when the total is not known yet. */
export function backupPercent(p: BackupProgress): number | null {
  if (p.total <= 0) return null;
  return Math.min(100, Math.round((p.done / p.total) * 100));
}

/** "1.5 MB", "820 KB", "12 bytes". */
export function formatBytes(n: number): string {
  if (n < 1024) return plural(n, 'byte', 'bytes');
  if (n < 1024 * 1024) return `${Math.round(n / 1024).toLocaleString('en')} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return `${(n / (1024 * 1024 * 1024)).toFixed(2)} GB`;
}

/** "Writing the backup… 3.0 MB of 12.0 MB". */
export function backupProgressText(p: BackupProgress): string {
  const step =
    p.phase === 'writing' ? 'Writing the backup' : p.phase === 'checking' ? 'Checking the backup' : 'Restoring';
  return p.total > 0 ? `${step}… ${formatBytes(p.done)} of ${formatBytes(p.total)}` : `${step}…`;
}

/** "2 classes, 48 students, 1,200 pieces of evidence and 3 portfolio items". */
export function backupCounts(m: BackupManifest): string {
  const c = m.counts;
  return `${plural(c.classes, 'class', 'classes')}, ${plural(c.students, 'student', 'students')}, ${plural(
    c.evidence,
    'piece of evidence',
    'pieces of evidence',
  )} and ${plural(c.artifacts, 'portfolio item', 'portfolio items')}`;
}
