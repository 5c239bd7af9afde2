// An in-memory stand-in for the backup commands, for the Backups card tests. It implements the
// generated command interface (see ./commands.ts): snapshots, the pickers' answers, progress
// through the channel, a preview from the manifest, and a restore that reports a new device id.
import type { AppError } from '../../src/api';
import type { BackupManifest, BackupProgress, SnapshotInfo } from '../../src/bindings';
import { switchboard, type Call, type FakeCommands, type Rejection, type Switchboard } from './commands';

export interface BackupFake {
  snapshots: SnapshotInfo[];
  manifest: BackupManifest;
  progress: BackupProgress[];
  /** What the native pickers answer (null = cancelled). */
  chosenFolder: string | null;
  chosenFile: string | null;
  /** The passphrase the fake backup opens with. */
  passphrase: string;
  calls: Call[];
  callsOf: Switchboard['callsOf'];
  failNext(cmd: string, error: Rejection): void;
  handle(cmd: string, args?: Record<string, unknown>): Promise<unknown>;
}

export const NEW_DEVICE = '0192dddd-4444-7000-8000-000000000004';

export function backupFake(): BackupFake {
  const sb = switchboard();
  const wrong: AppError = {
    code: 'invalid',
    field: 'passphrase',
    message:
      'This backup could not be opened with that passphrase. Use the backup passphrase chosen when it was made (not the class passphrase). Nothing was replaced.',
  };
  const commands: FakeCommands = {
    list_snapshots: () => structuredClone(f.snapshots),
    choose_backup_folder: () => f.chosenFolder,
    choose_backup_file: () => f.chosenFile,
    write_backup: ({ folder, onProgress }) => {
      for (const p of f.progress) onProgress.onmessage(p);
      return { path: `${folder}/waypoint-backup-2026-03-04.waypoint-backup`, manifest: f.manifest };
    },
    preview_backup: ({ passphrase }) => {
      if (passphrase !== f.passphrase) throw wrong;
      return structuredClone(f.manifest);
    },
    restore_backup: ({ passphrase, onProgress }) => {
      if (passphrase !== f.passphrase) throw wrong;
      onProgress.onmessage({ phase: 'restoring', done: 9_000_000, total: 9_000_000 });
      return { manifest: structuredClone(f.manifest), deviceId: NEW_DEVICE };
    },
  };
  const f: BackupFake = {
    snapshots: [
      { fileName: 'daily-2026-03-04.sqlite3', kind: 'daily', date: '2026-03-04', bytes: 2_400_000 },
      { fileName: 'daily-2026-03-03.sqlite3', kind: 'daily', date: '2026-03-03', bytes: 2_300_000 },
    ],
    manifest: {
      format: 'waypoint-backup',
      version: 1,
      createdWallMs: Date.UTC(2026, 2, 4, 15, 30),
      schemaVersion: 6,
      sourceDevice: '0192aaaa-1111-7000-8000-000000000001',
      classes: [
        { id: 'c2', name: 'Period 2', students: 28 },
        { id: 'c4', name: 'Period 4', students: 31 },
      ],
      counts: { classes: 2, students: 59, evidence: 1200, artifacts: 3, files: 4, bytes: 9_000_000 },
    },
    progress: [
      { phase: 'writing', done: 3_000_000, total: 9_000_000 },
      { phase: 'writing', done: 9_000_000, total: 9_000_000 },
    ],
    chosenFolder: '/media/usb',
    chosenFile: '/media/usb/waypoint-backup-2026-03-04.waypoint-backup',
    passphrase: 'backup passphrase 1',
    calls: sb.calls,
    callsOf: sb.callsOf,
    failNext: sb.failNext,
    handle: (cmd, args) => sb.serve(commands, cmd, args),
  };
  return f;
}
