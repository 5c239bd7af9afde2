# The Sync page: this laptop's name, the sync folder, the class passphrase, syncing now,
# co-teachers, handing off by bundle file, shared classes, conflicts and the import history.

## SyncPage
sync-page-title = Sync
sync-page-intro = Hand your changes to a co-teacher's laptop and take in theirs. Sync covers every class on this laptop, not just the one chosen above.
sync-try-again = Try again
sync-loading = Loading sync settings…

## LaptopCard
sync-laptop-title = This laptop
sync-label-label = Name co-teachers see
sync-label-placeholder = e.g. Ms. Ortiz
sync-label-hint = Shown on their laptops next to the changes you hand them.
sync-label-saved-unnamed = Saved. Co-teachers will see this laptop as unnamed.
sync-label-saved = Saved. Co-teachers will see “{ $label }”.
# Followed by the laptop's technical id.
sync-device-id = Device id

## FolderCard
sync-folder-title = Sync folder
sync-folder-intro = Waypoint keeps one file per laptop in this folder. A USB stick or a Drive, OneDrive or Syncthing folder both work.
sync-folder-label = Folder path
sync-folder-placeholder = e.g. /media/usb/waypoint or E:\waypoint
sync-folder-required = Type or paste the folder’s path, or use Choose… to pick it.
sync-folder-saved = Sync folder saved: { $path }
sync-folder-cleared = Sync folder cleared. The files already in it are left as they are.
sync-folder-choose = Choose…
sync-folder-clear = Clear
# { $path } is the folder's path, shown in a monospace font.
sync-folder-now = Now: { $path }
sync-folder-none = No folder chosen yet.

## PassphraseCard
sync-passphrase-title = Class passphrase
sync-passphrase-is-set = A passphrase is set
sync-passphrase-intro = Co-teachers use the same passphrase. The files in the sync folder are encrypted with it, so only laptops that know it can read them.
sync-passphrase-session-only = This computer has no password store, so Waypoint keeps the passphrase only until the app quits: type it here once each time you open Waypoint.
sync-passphrase-keyring = Kept in this computer's password store, not in Waypoint's files.
sync-passphrase-label = Passphrase
sync-passphrase-new = New passphrase
sync-passphrase-rule = At least { $min } characters. A short sentence is easy to share and hard to guess.
sync-passphrase-confirm = Type it again
sync-passphrase-reveal = Show what I type
sync-passphrase-save = Save passphrase
sync-passphrase-change = Change passphrase
sync-passphrase-change-hint = If you change it, your co-teachers must change theirs to the same one.
sync-passphrase-saved = Passphrase saved.
sync-passphrase-changed = Passphrase changed. Give your co-teachers the new one so their laptops can read your file.

## Sync reports and times (lib/sync.ts)
sync-counts-nothing = Nothing new
sync-counts = { $new ->
        [one] { $new } new change
       *[other] { $new } new changes
    }, { $already } already here, { $conflicts ->
        [one] { $conflicts } conflict
       *[other] { $conflicts } conflicts
    }
# { $counts } is a sentence such as "Nothing new" or "3 new changes, 12 already here, 0 conflicts".
sync-summary-not-imported = { $counts }; { $failed ->
        [one] { $failed } file was
       *[other] { $failed } files were
    } not imported
# { $label } is a co-teacher's laptop name; { $classes } a comma-separated list of class names.
sync-refused-from = { $label }'s file holds classes you have not chosen to receive: { $classes }
sync-refused-file = The file { $file } holds classes you have not chosen to receive: { $classes }
sync-file-not-imported = This file was not imported.
sync-progress-export = Writing this laptop's file…
sync-progress-import = Reading { $file } ({ $done }/{ $total ->
        [one] { $total } change
       *[other] { $total } changes
    })
sync-progress-syncing = Syncing…
sync-passphrase-empty = Enter a passphrase.
sync-passphrase-spaces = A passphrase can't be only spaces.
sync-passphrase-short = Use at least { $min } characters (this one has { $count }).
sync-passphrase-confirm-empty = Type the passphrase again to confirm it.
sync-passphrase-mismatch = The two passphrases don't match.
# { $id } is the first 8 characters of the laptop's technical id.
sync-unnamed-laptop = Unnamed laptop ({ $id })
# After "Last handoff 5 minutes ago ·": how many of this laptop's changes the co-teacher's laptop has.
sync-peer-has = has { $have } of your { $own ->
        [one] { $own } change
       *[other] { $own } changes
    }
sync-gap = Some changes from { $id } are missing in between; they will arrive with a later handoff.
sync-gap-named = Some changes from { $label } ({ $id }) are missing in between; they will arrive with a later handoff.
sync-time-just-now = just now
sync-time-minutes-ago = { $count ->
        [one] { $count } minute ago
       *[other] { $count } minutes ago
    }
sync-time-hours-ago = { $count ->
        [one] { $count } hour ago
       *[other] { $count } hours ago
    }
sync-time-yesterday = yesterday
sync-time-days-ago = { $count ->
        [one] { $count } day ago
       *[other] { $count } days ago
    }
sync-reason-loading = Loading the sync settings…
sync-reason-both = Choose a sync folder and set the class passphrase first.
sync-reason-folder = Choose a sync folder first.
sync-reason-passphrase = Set the class passphrase first.
# “Receive this class” is the label of a checkbox in the bundle preview.
sync-import-blocked-one = Tick “Receive this class” for { $name } to import this file: it holds changes to that class.
sync-import-blocked-many = Tick “Receive this class” for each of the { $count } classes you don't have yet to import this file.

## SyncNowCard
sync-now-title = Sync
sync-now-intro = Writes this laptop's changes to its file in the sync folder and takes in the changes in your co-teachers' files.
sync-now-button = Sync now
sync-now-starting = Starting…
sync-now-progress = Sync progress
# { $when } is a relative time such as "5 minutes ago" or "yesterday".
sync-now-last = Last synced { $when }
sync-now-no-files = No co-teacher's file is in the folder yet. Theirs appears after they sync.
sync-now-receive = Receive these classes and sync again
# { $file } is the path of this laptop's file in the sync folder.
sync-now-wrote = This laptop's file: { $file }

## PeerList
sync-peers-title = Co-teachers
sync-peers-empty = No co-teacher's changes have arrived yet. Once you both sync with the same folder and passphrase, or import their bundle file, their laptop is listed here.
# { $when } is a relative time such as "5 minutes ago" or "yesterday".
sync-peers-last = Last handoff { $when }

## BundleHandoff
sync-bundle-title = Hand off by file
sync-bundle-intro = No shared folder? Save a bundle of everything on this laptop and hand it over on a USB stick, or read the bundle a co-teacher gave you.
sync-bundle-export = Export bundle…
sync-bundle-import = Import a bundle file…
sync-bundle-readable = Readable (not encrypted) — only for inspection
sync-bundle-readable-warning = A readable bundle is not protected: anyone who gets the file can read your students' data. Use it only to look inside, and delete it afterwards.
sync-bundle-export-reason = Set the class passphrase first: bundles are encrypted with it. (A readable bundle needs none.)
sync-bundle-saved-readable = Saved a readable bundle to { $path }. It is not encrypted: anyone who opens it can read it.
sync-bundle-saved = Saved the bundle to { $path }.
# { $counts } is a sentence such as "3 new changes, 12 already here, 0 conflicts".
sync-bundle-imported = Imported: { $counts }.

## BundlePreviewDialog
sync-preview-title = Import a bundle file
sync-preview-from = From
sync-preview-created = Created
sync-preview-changes = Changes
sync-preview-change-count = { $count ->
        [one] { $count } change
       *[other] { $count } changes
    }
sync-preview-encrypted = Encrypted
sync-preview-yes = Yes
# { $warning } is sync-preview-not-encrypted-warning, shown in red.
sync-preview-not-encrypted = No { $warning }
sync-preview-not-encrypted-warning = — anyone with the file could read it
sync-preview-classes = Classes in this file
sync-preview-no-class = This file holds no class.
sync-preview-known = Already on this laptop
sync-preview-receive = Receive this class
sync-preview-receive-hint = A class you don't have yet comes to this laptop only if you choose to receive it. After that, its changes come in with every sync.
sync-preview-import = Import
sync-preview-importing = Importing…

## ConflictList and ConflictItem
sync-conflicts-title = Conflicts
sync-conflicts-empty = No conflicts. When both of you change the same thing between handoffs, it shows here so you can choose.
sync-conflicts-intro = Both of you changed these between handoffs. Waypoint shows one value for now and keeps every one; keep the right one, or type a new one.
sync-conflict-resolved = Conflict resolved
# Shown in place of a value that is blank.
# A badge on the value the app shows until the conflict is resolved.
sync-conflict-shown-now = Shown now
sync-conflict-keep = Keep this one
# { $field } is the name of the field, such as "Strengths".
sync-conflict-new-value = New value for { $field }
sync-conflict-edit = Edit…

## ImportHistory
sync-history-title = Import history
sync-history-empty = Nothing imported yet.
sync-history-caption = Imports, newest first
sync-history-when = When
sync-history-from = From
# Column heads: how many changes were new, already on this laptop, or in conflict.
sync-history-new = New
sync-history-already = Already here
sync-history-conflicts = Conflicts
sync-undo-button = Undo last import
sync-undo-hint = Undo puts this laptop back as it was before the last import.
sync-undo-hint-unavailable = Undo is possible right after an import, until you change something on this laptop.
sync-undo-title = Undo the last import?
sync-undo-message = This puts this laptop back as it was before the last import: the changes it brought are removed. If you have changed anything since then, Waypoint refuses and nothing is undone.
# { $from } is a co-teacher's laptop name; { $when } a date and time.
sync-undo-message-from = This puts this laptop back as it was before the last import (from { $from }, { $when }): the changes it brought are removed. If you have changed anything since then, Waypoint refuses and nothing is undone.
sync-undo-done = The last import was undone. This laptop is back as it was before it.
# The cancel button of a question that would remove something.
sync-keep-it = Keep it

## SharesCard
shares-title = Shared classes
shares-intro = Share one class with a co-teacher: only that class (and the shared frameworks and prompts) goes to her laptop, encrypted with that class's own passphrase. Nothing of your other classes leaves this laptop.
shares-loading = Loading shared classes…
shares-empty = No class is shared yet. Share one of your classes with a co-teacher, or join a class she shared with you.
# Shown for a shared class that has not synced yet (so its name is not known), and as its status.
shares-not-synced = Not synced yet
shares-passphrase-needed = passphrase needed this session
shares-sync-label = Sync now: { $name }
shares-forget = Forget this class
shares-forget-label = Forget this class: { $name }
shares-sync-all = Sync all
shares-share-open = Share this class…
shares-join-open = Join a shared class…
# A class's name before the outcome of its sync.
shares-outcome-title = { $name }:
# { $file } is whose file it is; { $text } why it was not imported.
shares-file-line = { $file }: { $text }
shares-did-not-sync = This class did not sync.
shares-forget-title = Forget { $name }?
shares-forget-message = This removes { $name } from this laptop only: its students, records and portfolio files go from here. Your co-teachers keep the class, and nothing is sent to them.
shares-forgotten = { $name } is no longer on this laptop. Your co-teachers keep it.
shares-shared = { $name } is shared through { $folder }. Your co-teacher can join it now.
shares-shared-unnamed = The class is shared through { $folder }. Your co-teacher can join it now.
# { $names } is a comma-separated list of class names.
shares-joined = Joined { $names }.
shares-joined-unnamed = Joined the shared class.

## JoinShareDialog
shares-join-title = Join a shared class
shares-join = Join
shares-joining = Joining…
shares-join-intro = Choose the folder your co-teacher shared the class to, and type the passphrase she gave you.
shares-join-passphrase-required = Type the passphrase your co-teacher gave you.

## ShareClassDialog and ShareFolderField
shares-share-title = Share this class
shares-sharing = Sharing…
shares-no-classes = Every class on this laptop is already shared, or there is none yet.
shares-class = Class
shares-class-required = Choose the class to share.
shares-passphrase-not-ready = The passphrase is not ready yet; try again in a moment.
shares-generated-note = Read it to your co-teacher now: she types it when she joins. It is shown only this once, and kept in this computer's password store.
shares-generating = Making a passphrase…
shares-own-passphrase = Your passphrase
shares-own-rule = At least { $min } characters. Give the same one to your co-teacher.
shares-own-toggle = Type my own passphrase instead
shares-folder-hint = A USB stick, or a Drive, OneDrive or Syncthing folder both laptops can reach.

## SharePassphraseDialog
shares-pass-title = Passphrase for { $name }
shares-pass-title-unnamed = Passphrase for this class
shares-pass-checking = Checking…
shares-pass-submit = Keep and sync
shares-pass-why = This computer has no password store, so Waypoint keeps the passphrase only until the app quits. Type it once to sync this class.
shares-pass-required = Type the class passphrase.
