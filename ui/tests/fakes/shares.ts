// An in-memory stand-in for the share commands, for the Sync page tests: the shares with
// whether each passphrase is known this session, sharing, joining, syncing one or all,
// the passphrase prompt's check, and forgetting a class. It mirrors the contract in api.ts.
import type { AppError, ClassView, Share, ShareSync, SyncProgress, SyncReport } from '../../src/api';

type Args = Record<string, unknown>;

export const GENERATED = 'maple orbit velvet canyon lunar pepper';
export const SHARE_PASSPHRASE = 'correct horse battery';

export interface SharesFake {
  shares: Share[];
  /** This laptop's classes (what list_classes answers). */
  classes: ClassView[];
  /** The passphrase each class's files open with (the one join and the prompt check against). */
  passphrases: Map<string, string>;
  /** Classes a join finds in its folder, with their names. */
  joinable: { classId: string; className: string }[];
  chosenFolder: string | null;
  report: SyncReport;
  progress: SyncProgress[];
  /** True when this fake answers `cmd`. */
  handles(cmd: string): boolean;
  handle(cmd: string, args: Args): unknown;
}

export function classView(id: string, name: string): ClassView {
  return { id, name, subject: '', gradeLevel: '', archived: false, studentCount: 0 };
}

export function shareOf(o: Partial<Share> = {}): Share {
  return {
    classId: 'class-p2',
    className: 'Period 2',
    folder: '/media/usb/shared',
    createdAtMs: Date.now() - 86_400_000,
    lastSyncMs: null,
    hasPassphrase: true,
    ...o,
  };
}

const invalid = (message: string, field?: string): AppError =>
  field === undefined ? { code: 'invalid', message } : { code: 'invalid', message, field };

const COMMANDS = [
  'list_shares',
  'list_classes',
  'generate_share_passphrase',
  'choose_share_folder',
  'share_class',
  'join_share',
  'sync_share',
  'sync_all_shares',
  'set_share_passphrase',
  'forget_class',
];

export function sharesFake(init: Partial<Pick<SharesFake, 'shares' | 'classes'>> = {}): SharesFake {
  const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  const bare = (s: Share) => {
    const { hasPassphrase: _, ...rest } = s;
    return rest;
  };
  const f: SharesFake = {
    shares: init.shares ?? [],
    classes: init.classes ?? [classView('class-p2', 'Period 2'), classView('class-p4', 'Period 4')],
    passphrases: new Map(),
    joinable: [],
    chosenFolder: '/media/usb/shared',
    report: { wrote: '/media/usb/shared/w.bundle', files: [], totals: { new: 2, already: 0, conflicts: 0 } },
    progress: [],
    handles: (cmd) => COMMANDS.includes(cmd),
    handle(cmd, args) {
      const find = (id: unknown) => f.shares.find((s) => s.classId === id);
      switch (cmd) {
        case 'list_shares':
          return clone(f.shares);
        case 'list_classes':
          return clone(f.classes);
        case 'generate_share_passphrase':
          return GENERATED;
        case 'choose_share_folder':
          return f.chosenFolder;
        case 'share_class': {
          const { classId, folder, passphrase } = args as { classId: string; folder: string; passphrase: string };
          if (find(classId)) throw invalid('Period 2 is already shared from this laptop.');
          if (passphrase.trim().length < 8) throw invalid('Use a passphrase of at least 8 characters.', 'passphrase');
          const name = f.classes.find((c) => c.id === classId)?.name ?? '';
          const share = shareOf({ classId, className: name, folder, createdAtMs: Date.now(), lastSyncMs: Date.now() });
          f.shares.push(share);
          f.passphrases.set(classId, passphrase);
          return bare(share);
        }
        case 'join_share': {
          const { folder, passphrase } = args as { folder: string; passphrase: string };
          const found = f.joinable.filter((j) => f.passphrases.get(j.classId) === passphrase);
          if (found.length === 0)
            throw invalid('No shared class in that folder opens with this passphrase. Check it with your co-teacher.', 'passphrase');
          const joined = found.map((j) => shareOf({ ...j, folder, lastSyncMs: Date.now() }));
          f.shares.push(...joined);
          return { shares: joined.map(bare), reports: joined.map(() => clone(f.report)) };
        }
        case 'sync_share': {
          const share = find(args.classId);
          if (!share) throw invalid('This laptop does not share that class.');
          if (!share.hasPassphrase)
            throw invalid(
              `The passphrase for ${share.className} is not stored on this laptop. Type it once to sync this class; it is kept until you quit.`,
              'passphrase',
            );
          const channel = args.onProgress as { onmessage: (p: SyncProgress) => void };
          for (const p of f.progress) channel.onmessage(p);
          share.lastSyncMs = Date.now();
          return clone(f.report);
        }
        case 'sync_all_shares':
          return f.shares.map((s): ShareSync => {
            if (!s.hasPassphrase)
              return {
                classId: s.classId,
                className: s.className,
                report: null,
                needsPassphrase: true,
                error: `The passphrase for ${s.className} is not stored on this laptop.`,
              };
            s.lastSyncMs = Date.now();
            return { classId: s.classId, className: s.className, report: clone(f.report), error: null, needsPassphrase: false };
          });
        case 'set_share_passphrase': {
          const share = find(args.classId);
          if (!share) throw invalid('This laptop does not share that class.');
          const want = f.passphrases.get(share.classId);
          if (want !== undefined && want !== args.passphrase)
            throw invalid(`That is not the passphrase of ${share.className}.`, 'passphrase');
          share.hasPassphrase = true;
          return null;
        }
        case 'forget_class':
          f.shares = f.shares.filter((s) => s.classId !== args.classId);
          f.classes = f.classes.filter((c) => c.id !== args.classId);
          return null;
        default:
          throw { code: 'internal', message: `Unknown command ${cmd}` };
      }
    },
  };
  return f;
}
