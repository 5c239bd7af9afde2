// An in-memory stand-in for the backup commands, for the Backups card tests. It mirrors the
// contract in api.ts: snapshots, the pickers' answers, progress through the channel, a
// preview from the manifest, and a restore that reports a new device id.
import type { AppError, BackupManifest, BackupProgress, SnapshotInfo } from '../../src/api';

type Args = Record<string, unknown>;

export interface BackupFake {
  snapshots: SnapshotInfo[];
  manifest: BackupManifest;
  progress: BackupProgress[];
  /** What the native pickers answer (null = cancelled). */
  chosenFolder: string | null;
  chosenFile: string | null;
  /** The passphrase the fake backup opens with. */
  passphrase: string;
  calls: { cmd: string; args: Args }[];
  callsOf(cmd: string): Args[];
  failNext(cmd: string, error: AppError): void;
  handle(cmd: string, args?: Args): Promise<unknown>;
}

export const NEW_DEVICE = '0192dddd-4444-7000-8000-000000000004';

export function backupFake(): BackupFake {
  const failures = new Map<string, AppError>();
  const wrong: AppError = {
    code: 'invalid',
    field: 'passphrase',
    message:
      'This backup could not be opened with that passphrase. Use the backup passphrase chosen when it was made (not the class passphrase). Nothing was replaced.',
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
    calls: [],
    callsOf: (cmd) => f.calls.filter((c) => c.cmd === cmd).map((c) => c.args),
    failNext(cmd, error) {
      failures.set(cmd, error);
    },
    async handle(cmd, args = {}) {
      f.calls.push({ cmd, args });
      const failure = failures.get(cmd);
      if (failure !== undefined) {
        failures.delete(cmd);
        throw failure;
      }
      const send = (p: BackupProgress) => (args.onProgress as { onmessage: (p: BackupProgress) => void }).onmessage(p);
      switch (cmd) {
        case 'list_snapshots':
          return structuredClone(f.snapshots);
        case 'choose_backup_folder':
          return f.chosenFolder;
        case 'choose_backup_file':
          return f.chosenFile;
        case 'write_backup':
          for (const p of f.progress) send(p);
          return { path: `${args.folder as string}/waypoint-backup-2026-03-04.waypoint-backup`, manifest: f.manifest };
        case 'preview_backup':
          if (args.passphrase !== f.passphrase) throw wrong;
          return structuredClone(f.manifest);
        case 'restore_backup':
          if (args.passphrase !== f.passphrase) throw wrong;
          send({ phase: 'restoring', done: 9_000_000, total: 9_000_000 });
          return { manifest: structuredClone(f.manifest), deviceId: NEW_DEVICE };
        default:
          throw { code: 'internal', message: `Unknown command ${cmd}` };
      }
    },
  };
  return f;
}
