# The Backups card on the Sync page: the automatic snapshots, backing up to a folder, and
# restoring from a backup file (with its preview).

## BackupsCard
backup-title = Backups
backup-intro = Waypoint keeps a copy of this laptop's data every day, for a week, and one a week for a month, in its own data folder. Against a dead disk or a lost laptop, also back up to a USB stick or another folder.
backup-to-folder = Back up to a folder…
backup-folder = Folder
backup-choose-folder = Choose folder…
backup-folder-required = Choose the folder to save the backup in.
backup-passphrase = Backup passphrase
backup-passphrase-rule = At least { $min } characters. The backup is encrypted with it; without it, no one can open the backup, not even you.
backup-write = Back up
backup-writing = Backing up…
backup-progress-label = Backup progress
backup-saved = Backup saved to { $path }. Keep the backup passphrase somewhere safe: without it the backup can't be opened.
backup-restore-open = Restore from backup…
backup-file = Backup file
backup-choose-file = Choose file…
backup-file-required = Choose the backup file to restore.
backup-passphrase-required = Enter the backup passphrase.
backup-preview-open = See what it holds…
backup-preview-hint = Nothing is replaced until you have seen what the backup holds and confirmed.
# { $when } is the date and time the backup was made.
backup-restored = Restored the backup made { $when }. Sync goes on under a new device id for this laptop, so co-teachers' laptops send back anything made since.
backup-snapshots-title = Recent snapshots on this laptop
backup-snapshots-loading = Loading snapshots…
backup-snapshots-empty = No snapshot yet: the first is taken shortly after Waypoint starts.
# Why a snapshot was taken.
backup-kind-daily = Daily
backup-kind-update = Before an update

## RestorePreviewDialog
backup-restore-title = Restore from backup
# Labels beside when the backup was made and what it holds.
backup-preview-made = Made
backup-preview-holds = Holds
backup-preview-classes = Classes in this backup
backup-preview-no-class = This backup holds no class.
backup-preview-students = { $count ->
        [one] { $count } student
       *[other] { $count } students
    }
backup-preview-warning = Restoring replaces everything on this laptop with this backup. Changes made here since it was made are lost, unless a co-teacher's laptop has them: they come back with the next sync.
backup-restore-progress = Restore progress
backup-restoring = Restoring…
backup-restore-confirm = Replace and restore

## Progress, sizes and counts (lib/backup.ts)
backup-starting = Starting…
# { $phase } is writing, checking or restoring.
backup-progress = { $phase ->
        [writing] Writing the backup…
        [checking] Checking the backup…
       *[restoring] Restoring…
    }
# { $done } and { $total } are sizes such as "3.0 MB".
backup-progress-sized = { $phase ->
        [writing] Writing the backup… { $done } of { $total }
        [checking] Checking the backup… { $done } of { $total }
       *[restoring] Restoring… { $done } of { $total }
    }
backup-size-bytes = { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }
backup-size-kb = { $size } KB
backup-size-mb = { $size } MB
backup-size-gb = { $size } GB
backup-counts = { $classes ->
        [one] { $classes } class
       *[other] { $classes } classes
    }, { $students ->
        [one] { $students } student
       *[other] { $students } students
    }, { $evidence ->
        [one] { $evidence } piece of evidence
       *[other] { $evidence } pieces of evidence
    } and { $artifacts ->
        [one] { $artifacts } portfolio item
       *[other] { $artifacts } portfolio items
    }
