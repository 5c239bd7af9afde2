import { describe, expect, it } from 'vitest';
import { backupCounts, backupPercent, backupProgressText, formatBytes } from './backup';
import type { BackupManifest } from '../api';

describe('backup helpers', () => {
  it('turns progress into a percent and a sentence', () => {
    expect(backupPercent({ phase: 'writing', done: 0, total: 0 }), 'no total: indeterminate').toBeNull();
    expect(backupPercent({ phase: 'writing', done: 50, total: 200 }), 'a quarter').toBe(25);
    expect(backupProgressText({ phase: 'checking', done: 1024 * 1024, total: 4 * 1024 * 1024 }), 'says the step and sizes').toBe(
      'Checking the backup… 1.0 MB of 4.0 MB',
    );
  });

  it('sizes and counts read as a teacher would say them', () => {
    expect(formatBytes(1), 'one byte').toBe('1 byte');
    expect(formatBytes(2048), 'kilobytes are whole').toBe('2 KB');
    const m = {
      counts: { classes: 1, students: 24, evidence: 1200, artifacts: 0, files: 1, bytes: 10 },
    } as BackupManifest;
    expect(backupCounts(m), 'plurals by the number').toBe(
      '1 class, 24 students, 1,200 pieces of evidence and 0 portfolio items',
    );
  });
});
