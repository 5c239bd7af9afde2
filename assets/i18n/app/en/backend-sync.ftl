# Sync, handoff, backup and share sentences: bundles refused, passphrases, sync folders and their files.

## Bundles: a file that is refused, and why

# $reason: what is wrong, as a clause (a sync-why-… message).
sync-not-a-bundle = This file is not a Waypoint sync bundle ({ $reason }). Nothing was imported.
# $found: the bundle's format version; $schema: its schema version; $known: the format version this Waypoint reads; $known_schema: the newest schema it knows.
sync-too-new = This bundle was made by a newer version of Waypoint (format { $found }, schema { $schema }); this version reads format { $known } and schema up to { $known_schema }. Update Waypoint, then import it again. Nothing was imported.
# $reason: what does not match, as a clause (a sync-why-… message).
sync-damaged = This bundle is damaged or was altered: { $reason }. Nothing was imported; ask for a fresh copy.
# $path: the file; $size_mb: its size in MB; $limit_mb: the largest size a bundle may be.
sync-too-big = { $path } is { $size_mb } MB, more than the { $limit_mb } MB a sync bundle may be. Nothing was imported.
# $path: the file or folder; $reason: the system's own words for what went wrong.
sync-io = Could not use { $path }: { $reason }
# $path: the file.
sync-changed-while-reading = { $path } changed while Waypoint was reading it: a sync service or another program was still writing it. Try again in a moment. Nothing was imported.
# $path: the file that could not be written.
sync-disk-full = There is no room left to write { $path }: the disk, the USB stick or the cloud folder's storage is full. Free some space, then try again. Your changes are safe on this laptop, and the file already there was left as it was.
# $path: the file that could not be written; $reason: the system's own words for what went wrong.
sync-not-writable = Waypoint may not write { $path } ({ $reason }). The folder may be read-only (a school share that lets you read but not write, or a USB stick's lock switch), or something else may have that file's name. Fix that, then try again. Your changes are safe on this laptop, and the file already there was left as it was.
# $path: the file written.
sync-verify-failed = The bundle written to { $path } did not read back correctly; the disk may be full or failing. Try another folder or stick.
# $device: the other laptop's device id.
sync-unknown-peer = No bundle from device { $device } has been imported here yet, so Waypoint can't tell what it lacks. Hand it a full bundle instead.
sync-wrong-passphrase = This bundle could not be opened with the class passphrase. Check that you and your co-teacher use the same passphrase. Nothing was imported.
sync-needs-passphrase = This bundle is encrypted. Set the class passphrase your co-teacher uses, then import it again. Nothing was imported.
# $required: the bundle's encryption work factor; $max: the largest accepted.
sync-too-much-work = This bundle was encrypted with a setting far stronger than Waypoint uses (work factor { $required }, at most { $max } is accepted), so it was not opened. Ask for a fresh copy from Waypoint. Nothing was imported.
# $reason: the encryption library's own words.
sync-encrypt-failed = The bundle could not be encrypted: { $reason }
# $min: the fewest characters a passphrase may have.
sync-weak-passphrase = The class passphrase must be at least { $min } characters long.
# $count: how many classes; $classes: the classes, separated by commas.
sync-class-not-chosen = { $count ->
    [one] This bundle holds a class you have not chosen to receive: { $classes }. Choose to receive it first. Nothing was imported.
   *[other] This bundle holds classes you have not chosen to receive: { $classes }. Choose to receive them first. Nothing was imported.
}
sync-manifest-classes = This bundle's list of classes does not match the changes it holds, so it may have been altered. Nothing was imported.
# $class: the class (a sync-class-named or sync-class-unnamed message).
sync-plain-for-share = This bundle is not encrypted, but { $class } is shared with a passphrase here, so only an encrypted bundle is accepted for it. Ask your co-teacher to sync again with the class passphrase. Nothing was imported.
sync-plain-with-passphrase = This bundle is not encrypted, and this laptop syncs with a passphrase, so only encrypted bundles are accepted. Ask your co-teacher to export with the passphrase. Nothing was imported.

## Classes named in a sentence

# $name: the class's name.
sync-class-named = “{ $name }”
# $id: the start of the class's id (it has no name in the bundle).
sync-class-unnamed = class { $id }
# A list of classes: $first is one class, $rest the others (itself a list).
sync-class-list = { $first }, { $rest }

## Shared classes and the sync folder

# $class: the class (a sync-class-named or sync-class-unnamed message).
sync-already-shared = { $class } is already shared from this laptop; use Sync now, or forget the share first.
# $class: the class.
sync-not-shared = This laptop does not share { $class }.
# $class: the class.
sync-share-needs-passphrase = The passphrase for { $class } is not stored on this laptop. Type it once to sync this class; it is kept until you quit.
# $class: the class.
sync-not-share-passphrase = That is not the passphrase of { $class }: its files in the sync folder don't open with it. Check it with your co-teacher.
sync-join-wrong-passphrase = No shared class in that folder opens with this passphrase. Check it with your co-teacher.
sync-join-no-share = That folder holds no shared class yet. Ask your co-teacher to share the class to it first.
# $path: the folder.
sync-no-folder = The sync folder { $path } is not there. If it is a USB stick, plug it in; otherwise choose the folder again.
# $path: the folder typed.
sync-no-folder-at = There is no folder at { $path }. Check the path, or plug in the USB stick.
sync-choose-folder-first = Choose a sync folder first: a USB stick, or a folder your co-teacher shares.
sync-set-passphrase-first = Set the class passphrase first; your co-teacher uses the same one.
sync-set-passphrase-or-readable = Set the class passphrase first, or export a readable bundle.
# $reason: the password store's own words.
sync-secret-store = The system's password store could not be used ({ $reason }). Unlock it or try again; nothing was changed.
sync-folder-file-incomplete = This file has not fully arrived in the sync folder yet: the sync service is still copying it, or its copy was cut short. It was skipped and will be read at a later sync; if it stays like this, ask whoever's laptop it comes from to sync again. Nothing was imported from it.
sync-folder-own-copy = This is a copy of this laptop's own file, made by the sync service when two versions of the file met. Waypoint does not read it, since everything in it came from this laptop; you may delete it.
sync-passphrase-not-in-session = Type the class passphrase on the Sync page first: this laptop has no password store, so Waypoint keeps it only until the app quits.

## Backups

# $reason: what is wrong, as a clause (a sync-why-… message).
sync-not-a-backup = This file is not a Waypoint backup ({ $reason }). Nothing was replaced.
# $reason: what does not match, as a clause (a sync-why-… message).
sync-backup-damaged = This backup is damaged or was altered: { $reason }. Nothing was replaced; try another copy of the backup.
sync-wrong-backup-passphrase = This backup could not be opened with that passphrase. Use the backup passphrase chosen when it was made (not the class passphrase). Nothing was replaced.
# $found: the backup's format version; $schema: its schema version; $known: the format version this Waypoint reads; $known_schema: the newest schema it knows.
sync-backup-too-new = This backup was made by a newer version of Waypoint (backup format { $found }, schema { $schema }); this version reads format { $known } and schema up to { $known_schema }. Update Waypoint, then restore it. Nothing was replaced.
# $min: the fewest characters a passphrase may have.
sync-weak-backup-passphrase = The backup passphrase must be at least { $min } characters long.
# $path: the portfolio file.
sync-changed-while-backing-up = The portfolio file { $path } changed while the backup was being written, so the backup was not kept. Make the backup again.

## Why a bundle or backup is refused: clauses that complete the sentences above

sync-why-not-text = it is not text
sync-why-empty = the file is empty
sync-why-cut-short-copying = it stops part-way through, so it was probably cut short while copying
# $reason: the JSON reader's own words.
sync-why-not-bundle-shape = it does not have a bundle's shape: { $reason }
# $reason: the JSON reader's own words.
sync-why-manifest-unreadable = its manifest is unreadable: { $reason }
sync-why-manifest-wrong-format = its manifest does not name the waypoint-bundle format
sync-why-manifest-checksum = its manifest does not match its checksum
# $reason: the JSON reader's own words.
sync-why-manifest-unexpected = its manifest has an unexpected field or value ({ $reason })
sync-why-changes-checksum = its changes do not match the checksum in its manifest
# $reason: the JSON reader's own words.
sync-why-change-unreadable = a change in it is unreadable ({ $reason })
sync-why-change-count = it holds a different number of changes than its manifest says
sync-why-change-ranges = its changes are not the ones its manifest lists
sync-why-per-class-changes = it holds per-class changes, which its format version does not have
sync-why-files-in-old-format = it holds files, which its format version does not have
sync-why-files-missing = its files, or their checksum or count, are missing
sync-why-files-checksum = its files do not match the checksum in its manifest
# $reason: the JSON reader's own words.
sync-why-file-unreadable = a file in it is unreadable ({ $reason })
sync-why-file-count = it holds a different number of files than its manifest says
sync-why-files-order = its files are out of order or repeated
sync-why-file-not-base64 = a file in it is not valid base64
sync-why-file-checksum = a file in it does not match its checksum or size
# $reason: the JSON writer's own words.
sync-why-not-written = it could not be written: { $reason }
sync-why-version-one-no-files = it could not be written: version 1 carries no files
sync-why-header-unreadable = its encryption header is unreadable
sync-why-header-cut-short = its encryption header is cut short
sync-why-unknown-encryption = it is encrypted in a format this version does not know
sync-why-contents-cut-or-altered = its encrypted contents are cut short or altered
sync-why-unpacks-too-big = it unpacks to more than a bundle may hold
sync-why-not-encrypted-backup = it is not an encrypted Waypoint backup
sync-why-not-passphrase-encrypted = it is not encrypted with a passphrase
sync-why-work-too-strong = it is encrypted with a setting far stronger than Waypoint uses
sync-why-no-manifest = it has no manifest
sync-why-manifest-not-json = its manifest is not JSON
sync-why-manifest-not-backup = its manifest is not a Waypoint backup's
# $reason: the JSON reader's own words.
sync-why-manifest-invalid = its manifest is not valid: { $reason }
sync-why-cut-short = it is cut short
sync-why-file-header-too-long = a file header is too long
sync-why-file-header-unreadable = a file header is unreadable
sync-why-file-unexpected-name = a file in it has an unexpected name
sync-why-more-bytes = it holds more bytes than its manifest says
# $file: the file's name inside the backup.
sync-why-file-hash = the file { $file } does not match its hash
sync-why-fewer-bytes = it holds fewer bytes than its manifest says
sync-why-more-than-manifest = it holds more than its manifest says

## Field names the sync checks name
sync-label-the-label = The label
