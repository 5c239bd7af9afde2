// An in-memory stand-in for the sync commands, for the Sync page tests. It implements the
// generated command interface (see ./commands.ts), with the share commands of ./shares.ts:
// status after each setting, progress through the channel, a report per file, previews,
// imports, the history, undo and conflicts.
import type {
  ConflictView,
  ImportCounts,
  ImportLogEntry,
  BundlePreview,
  SyncProgress,
  SyncReport,
  SyncStatus,
} from '../../src/bindings';
import { clone, switchboard, type Call, type FakeCommands, type Rejection, type Switchboard } from './commands';
import { sharesFake, type SharesFake } from './shares';

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
  calls: Call[];
  callsOf: Switchboard['callsOf'];
  failNext(cmd: string, error: Rejection): void;
  /** Hold the next call of `cmd` until the returned function is called. */
  holdNext(cmd: string): () => void;
  handle(cmd: string, args?: Record<string, unknown>): Promise<unknown>;
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

/** Text the backend sends as it is (a name, a typed value). */
export const asIs = (text: string) => ({ id: '', args: { text } });
/** A backend catalog message. */
export const message = (id: string, args: Record<string, string> = {}) => ({ id, args });

export function conflict(o: Partial<ConflictView> = {}): ConflictView {
  return {
    table: 'students',
    rowId: 'student-1',
    field: 'given_name',
    fieldLabel: message('store-field-given-name'),
    rowLabel: message('store-row-student', { name: 'Ana Ruiz' }),
    editable: true,
    candidates: [
      { value: 'Ana', display: asIs('Ana'), device: DEVICE, who: message('store-who-this-laptop'), atMs: Date.now() - 5 * 60_000, current: true },
      { value: 'Anna', display: asIs('Anna'), device: LEE, who: asIs('Ms. Lee'), atMs: Date.now() - 2 * 3_600_000, current: false },
    ],
    ...o,
  };
}

export function syncFake(init: Partial<Pick<SyncFake, 'status' | 'conflicts' | 'history'>> = {}): SyncFake {
  const sb = switchboard();
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
    calls: sb.calls,
    callsOf: sb.callsOf,
    failNext: sb.failNext,
    holdNext: sb.holdNext,
    // The share commands are looked up when called, so a test may swap in another shares fake.
    handle: (cmd, args) => sb.serve({ ...f.shares.commands, ...commands }, cmd, args),
  };

  const status = () => clone(f.status);
  const commands: FakeCommands = {
    sync_status: () => status(),
    set_sync_label: ({ label }) => {
      f.status.label = label;
      return status();
    },
    set_sync_folder: ({ path }) => {
      f.status.folder = path;
      return status();
    },
    choose_sync_folder: () => {
      if (f.chosenFolder !== null) f.status.folder = f.chosenFolder;
      return status();
    },
    set_passphrase: () => {
      f.status.hasPassphrase = true;
      return status();
    },
    receive_classes: ({ classIds }) => {
      f.status.receivedClasses = [...classIds];
      return status();
    },
    sync_now: ({ onProgress }) => {
      for (const p of f.progress) onProgress.onmessage(p);
      f.status.lastSyncMs = Date.now();
      return clone(f.report);
    },
    export_bundle: () => f.exportPath,
    choose_bundle_file: () => f.bundlePath,
    preview_bundle: () => clone(f.preview),
    import_bundle: () => clone(f.importCounts),
    import_history: () => clone(f.history),
    undo_last_import: () => {
      f.history = f.history.slice(1);
      f.status.canUndoImport = false;
      return null;
    },
    list_snapshots: () => [],
    list_conflicts: () => clone(f.conflicts),
    resolve_conflict: ({ table, rowId, field }) => {
      f.conflicts = f.conflicts.filter((c) => !(c.table === table && c.rowId === rowId && c.field === field));
      f.status.openConflicts = f.conflicts.length;
      return null;
    },
  };
  return f;
}
