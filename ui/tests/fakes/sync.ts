// An in-memory stand-in for the sync commands, for the Sync page tests. It mirrors the
// contract in api.ts: status after each setting, progress through the channel, a report
// per file, previews, imports, the history, undo and conflicts.
import type {
  AppError,
  BundlePreview,
  ConflictView,
  ImportCounts,
  ImportLogEntry,
  SyncProgress,
  SyncReport,
  SyncStatus,
} from '../../src/api';
import { sharesFake, type SharesFake } from './shares';

type Args = Record<string, unknown>;

export interface SyncFake {
  status: SyncStatus;
  conflicts: ConflictView[];
  history: ImportLogEntry[];
  /** What the next sync_now reports (progress messages are sent first). */
  report: SyncReport;
  progress: SyncProgress[];
  preview: BundlePreview;
  importCounts: ImportCounts;
  /** What the native dialogs answer (null = cancelled). */
  exportPath: string | null;
  bundlePath: string | null;
  chosenFolder: string | null;
  /** The share commands (the Shared classes card). */
  shares: SharesFake;
  calls: { cmd: string; args: Args }[];
  callsOf(cmd: string): Args[];
  failNext(cmd: string, error: AppError | string): void;
  /** Hold the next call of `cmd` until the returned function is called. */
  holdNext(cmd: string): () => void;
  handle(cmd: string, args?: Args): Promise<unknown>;
}

export const DEVICE = '0192aaaa-1111-7000-8000-000000000001';
export const LEE = '0192bbbb-2222-7000-8000-000000000002';
export const NOLABEL = '0192cccc-3333-7000-8000-000000000003';

export function syncStatusOf(o: Partial<SyncStatus> = {}): SyncStatus {
  return {
    deviceId: DEVICE,
    label: '',
    folder: null,
    hasPassphrase: false,
    passphraseSessionOnly: false,
    ownChanges: 0,
    peers: [],
    openConflicts: 0,
    gaps: [],
    lastSyncMs: null,
    receivedClasses: [],
    canUndoImport: false,
    ...o,
  };
}

export function conflict(o: Partial<ConflictView> = {}): ConflictView {
  return {
    table: 'students',
    rowId: 'student-1',
    field: 'given_name',
    fieldLabel: 'Given name',
    rowLabel: 'Student Ana Ruiz',
    editable: true,
    candidates: [
      { value: 'Ana', display: 'Ana', device: DEVICE, who: 'This laptop', atMs: Date.now() - 5 * 60_000, current: true },
      { value: 'Anna', display: 'Anna', device: LEE, who: 'Ms. Lee', atMs: Date.now() - 2 * 3_600_000, current: false },
    ],
    ...o,
  };
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function syncFake(init: Partial<Pick<SyncFake, 'status' | 'conflicts' | 'history'>> = {}): SyncFake {
  const failures = new Map<string, AppError | string>();
  const holds = new Map<string, Promise<void>>();
  const f: SyncFake = {
    status: init.status ?? syncStatusOf(),
    conflicts: init.conflicts ?? [],
    history: init.history ?? [],
    report: { wrote: '/media/usb/waypoint/0192aaaa.waypoint', files: [], totals: { new: 0, already: 0, conflicts: 0 } },
    progress: [],
    preview: {
      sourceLabel: 'Ms. Lee',
      sourceDevice: LEE,
      createdWallMs: Date.now() - 3_600_000,
      opCount: 42,
      files: 0,
      encrypted: true,
      classes: [],
    },
    importCounts: { new: 3, already: 1, conflicts: 0 },
    exportPath: '/home/t/waypoint.bundle',
    bundlePath: '/home/t/from-lee.bundle',
    chosenFolder: '/media/usb/waypoint',
    shares: sharesFake(),
    calls: [],
    callsOf: (cmd) => f.calls.filter((c) => c.cmd === cmd).map((c) => c.args),
    failNext(cmd, error) {
      failures.set(cmd, error);
    },
    holdNext(cmd) {
      let release!: () => void;
      holds.set(cmd, new Promise<void>((r) => (release = r)));
      return () => release();
    },
    async handle(cmd, args = {}) {
      f.calls.push({ cmd, args });
      const hold = holds.get(cmd);
      if (hold !== undefined) {
        holds.delete(cmd);
        await hold;
      }
      const failure = failures.get(cmd);
      if (failure !== undefined) {
        failures.delete(cmd);
        throw failure;
      }
      const status = () => clone(f.status);
      switch (cmd) {
        case 'sync_status':
          return status();
        case 'set_sync_label':
          f.status.label = args.label as string;
          return status();
        case 'set_sync_folder':
          f.status.folder = args.path as string | null;
          return status();
        case 'choose_sync_folder':
          if (f.chosenFolder !== null) f.status.folder = f.chosenFolder;
          return status();
        case 'set_passphrase':
          f.status.hasPassphrase = true;
          return status();
        case 'receive_classes':
          f.status.receivedClasses = [...(args.classIds as string[])];
          return status();
        case 'sync_now': {
          const channel = args.onProgress as { onmessage: (p: SyncProgress) => void };
          for (const p of f.progress) channel.onmessage(p);
          f.status.lastSyncMs = Date.now();
          return clone(f.report);
        }
        case 'export_bundle':
          return f.exportPath;
        case 'choose_bundle_file':
          return f.bundlePath;
        case 'preview_bundle':
          return clone(f.preview);
        case 'import_bundle':
          return clone(f.importCounts);
        case 'import_history':
          return clone(f.history);
        case 'undo_last_import':
          f.history = f.history.slice(1);
          f.status.canUndoImport = false;
          return null;
        case 'list_snapshots':
          return [];
        case 'list_conflicts':
          return clone(f.conflicts);
        case 'resolve_conflict': {
          f.conflicts = f.conflicts.filter(
            (c) => !(c.table === args.table && c.rowId === args.rowId && c.field === args.field),
          );
          f.status.openConflicts = f.conflicts.length;
          return null;
        }
        default:
          if (f.shares.handles(cmd)) return f.shares.handle(cmd, args);
          throw { code: 'internal', message: `Unknown command ${cmd}` };
      }
    },
  };
  return f;
}
