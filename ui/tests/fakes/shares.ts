// An in-memory stand-in for the share commands, for the Sync page tests: the shares with
// whether each passphrase is known this session, sharing, joining, syncing one or all,
// the passphrase prompt's check, and forgetting a class. It implements the generated
// command interface (see ./commands.ts); the sync fake answers with these commands.
import type { AppError } from '../../src/api';
import type { ClassView, KeptShare, Share, ShareSync, SyncProgress, SyncReport } from '../../src/bindings';
import { clone, type FakeCommands } from './commands';

export const GENERATED = 'maple orbit velvet canyon lunar pepper';
export const SHARE_PASSPHRASE = 'correct horse battery';

export interface SharesFake {
  shares: KeptShare[];
  /** This laptop's classes (what list_classes answers). */
  classes: ClassView[];
  /** The passphrase each class's files open with (the one join and the prompt check against). */
  passphrases: Map<string, string>;
  /** Classes a join finds in its folder, with their names. */
  joinable: { classId: string; className: string }[];
  chosenFolder: string | null;
  report: SyncReport;
  progress: SyncProgress[];
  /** The share commands, for the sync fake to answer with. */
  commands: FakeCommands;
}

export function classView(id: string, name: string): ClassView {
  return { id, name, subject: '', gradeLevel: '', archived: false, studentCount: 0 };
}

export function shareOf(o: Partial<KeptShare> = {}): KeptShare {
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

export function sharesFake(init: Partial<Pick<SharesFake, 'shares' | 'classes'>> = {}): SharesFake {
  /** A share as share_class and join_share answer it: without whether its passphrase is kept. */
  const bare = (s: KeptShare): Share => {
    const { hasPassphrase: _, ...rest } = s;
    return rest;
  };
  const find = (id: string) => f.shares.find((s) => s.classId === id);
  const commands: FakeCommands = {
    list_shares: () => clone(f.shares),
    list_classes: () => clone(f.classes),
    generate_share_passphrase: () => GENERATED,
    choose_share_folder: () => f.chosenFolder,
    share_class: ({ classId, folder, passphrase }) => {
      if (find(classId)) throw invalid('Period 2 is already shared from this laptop.');
      if (passphrase.trim().length < 8) throw invalid('Use a passphrase of at least 8 characters.', 'passphrase');
      const name = f.classes.find((c) => c.id === classId)?.name ?? '';
      const share = shareOf({ classId, className: name, folder, createdAtMs: Date.now(), lastSyncMs: Date.now() });
      f.shares.push(share);
      f.passphrases.set(classId, passphrase);
      return bare(share);
    },
    join_share: ({ folder, passphrase }) => {
      const found = f.joinable.filter((j) => f.passphrases.get(j.classId) === passphrase);
      if (found.length === 0)
        throw invalid('No shared class in that folder opens with this passphrase. Check it with your co-teacher.', 'passphrase');
      const joined = found.map((j) => shareOf({ ...j, folder, lastSyncMs: Date.now() }));
      f.shares.push(...joined);
      return { shares: joined.map(bare), reports: joined.map(() => clone(f.report)) };
    },
    sync_share: ({ classId, onProgress }) => {
      const share = find(classId);
      if (!share) throw invalid('This laptop does not share that class.');
      if (!share.hasPassphrase)
        throw invalid(
          `The passphrase for ${share.className} is not stored on this laptop. Type it once to sync this class; it is kept until you quit.`,
          'passphrase',
        );
      for (const p of f.progress) onProgress.onmessage(p);
      share.lastSyncMs = Date.now();
      return clone(f.report);
    },
    sync_all_shares: () =>
      f.shares.map((s): ShareSync => {
        if (!s.hasPassphrase)
          return {
            classId: s.classId,
            className: s.className,
            report: null,
            needsPassphrase: true,
            error: { id: 'sync-share-needs-passphrase', args: { class: { id: 'sync-class-named', args: { name: s.className } } } },
          };
        s.lastSyncMs = Date.now();
        return { classId: s.classId, className: s.className, report: clone(f.report), error: null, needsPassphrase: false };
      }),
    set_share_passphrase: ({ classId, passphrase }) => {
      const share = find(classId);
      if (!share) throw invalid('This laptop does not share that class.');
      const want = f.passphrases.get(share.classId);
      if (want !== undefined && want !== passphrase) throw invalid(`That is not the passphrase of ${share.className}.`, 'passphrase');
      share.hasPassphrase = true;
      return null;
    },
    forget_class: ({ classId }) => {
      f.shares = f.shares.filter((s) => s.classId !== classId);
      f.classes = f.classes.filter((c) => c.id !== classId);
      return null;
    },
  };
  const f: SharesFake = {
    shares: init.shares ?? [],
    classes: init.classes ?? [classView('class-p2', 'Period 2'), classView('class-p4', 'Period 4')],
    passphrases: new Map(),
    joinable: [],
    chosenFolder: '/media/usb/shared',
    report: { wrote: '/media/usb/shared/w.bundle', files: [], totals: { new: 2, already: 0, conflicts: 0 } },
    progress: [],
    commands,
  };
  return f;
}
