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
