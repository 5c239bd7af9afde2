# The store's sentences: what is not there, what was refused, and why a change could not be saved.

## A record that is not there
# $id is the id that was asked for, as given.
store-not-found = Nothing with id { $id } exists; it may have been deleted.
# $id is the id that was asked for, as given (the same for every message below).
store-not-found-activity = No activity with id { $id } exists; it may have been deleted.
store-not-found-artifact = No artifact with id { $id } exists; it may have been deleted.
store-not-found-choice-board = No choice board with id { $id } exists; it may have been deleted.
store-not-found-class = No class with id { $id } exists; it may have been deleted.
store-not-found-competency = No competency with id { $id } exists; it may have been deleted.
store-not-found-conference = No conference with id { $id } exists; it may have been deleted.
store-not-found-evidence = No evidence with id { $id } exists; it may have been deleted.
store-not-found-feedback = No feedback with id { $id } exists; it may have been deleted.
store-not-found-framework = No framework with id { $id } exists; it may have been deleted.
store-not-found-goal = No goal with id { $id } exists; it may have been deleted.
store-not-found-group = No group with id { $id } exists; it may have been deleted.
store-not-found-group-set = No group set with id { $id } exists; it may have been deleted.
store-not-found-playlist = No playlist with id { $id } exists; it may have been deleted.
store-not-found-portfolio-item = No portfolio item with id { $id } exists; it may have been deleted.
store-not-found-printout-label = No printout label with id { $id } exists; it may have been deleted.
store-not-found-printout-language = No printout language with id { $id } exists; it may have been deleted.
store-not-found-progress = No progress with id { $id } exists; it may have been deleted.
store-not-found-prompt = No prompt with id { $id } exists; it may have been deleted.
store-not-found-reflection = No reflection with id { $id } exists; it may have been deleted.
store-not-found-rotation = No rotation with id { $id } exists; it may have been deleted.
store-not-found-column-map = No saved column map with id { $id } exists; it may have been deleted.
store-not-found-station = No station with id { $id } exists; it may have been deleted.
store-not-found-student = No student with id { $id } exists; it may have been deleted.
store-not-found-team-reflection = No team reflection with id { $id } exists; it may have been deleted.

## The database and the files beside it
# $reason is SQLite's own words, in English.
store-database-failed = The database failed: { $reason }
# $reason is the migration's own words, in English.
store-migration-failed = The database could not be brought up to date: { $reason }
# $found is the schema version in the file; $known the newest this version of Waypoint knows.
store-too-new = This database was made by a newer version of Waypoint (schema { $found }; this version knows up to { $known }). Update Waypoint to open it.
# $path is the file; $reason the system's own words, in English.
store-file-failed = Could not use { $path }: { $reason }
# $path is the file or folder left behind; $reason the system's own words, in English.
store-not-erased = The student was erased from the database, but { $path } still holds their data and could not be removed ({ $reason }). Close any program using it and erase the student again, or delete that file.
store-no-data-dir = No data directory was found for this user, so there is nowhere to keep the database.
# $reason is what the check found (one of the store-restore-* messages).
store-restored-damaged = The database in this backup is damaged ({ $reason }). Nothing was replaced.
store-restore-not-waypoint = it is not a Waypoint database
# $check is SQLite's own words, in English.
store-restore-integrity = SQLite's integrity check says: { $check }

## Files that are too big
# $path is the file; $size_mb its size and $limit_mb the limit, in megabytes; $what is what it was meant to be (a store-file-kind-* message).
store-file-too-big = { $path } is { $size_mb } MB, which is more than the { $limit_mb } MB Waypoint accepts for { $what }. Nothing was imported.
store-file-kind-case = a CASE framework file
store-file-kind-portfolio = a portfolio item
store-file-kind-other = this kind of file

## Changes from another laptop
# $change names the change (its device and number); $reason is what is wrong, in English.
store-damaged-change = A stored change ({ $change }) is damaged: { $reason }
# $change names the change (its device and number).
store-tampered = This file has been altered: its change { $change } differs from the one already here with the same id. Nothing was imported.
# $change names the change (its device and number); $reason completes the sentence (a store-refusal-* message).
store-refused-change = This bundle can't be imported: its change { $change } { $reason }. Nothing was imported.
# $deps is the number of the change it claims to follow.
store-refusal-own-stream = claims to follow change { $deps } of its own stream, which is not the change before it
store-refusal-wrong-device = is stamped by another laptop than the one that wrote it
# $claimed is a change number; $stream names the laptop's stream it is in.
store-refusal-deps-too-far = claims to have seen change { $claimed } of { $stream }, which no laptop has sent
# $hours is how many hours ahead, rounded up.
store-refusal-from-the-future = is dated { $hours } hours ahead of this laptop's clock; check the date and time on both laptops
store-refusal-out-of-order = is repeated or out of order
store-refusal-wrong-class = is filed under one class but changes a row of another
store-refusal-not-shared = is filed as shared data but changes a class's row
store-refusal-shared-in-class = is filed under a class but changes shared data
# $table is the kind of record, as the database names it.
store-no-class = This { $table } record belongs to no class on this laptop (what it belongs to is missing), so it can't be changed here.

## Undoing an import
store-no-restore-point = There is no import to undo: undo goes back one import, and it has been undone or none was made.
store-changed-since-import = Changes were made on this laptop after that import, so undoing it would lose them. The import can no longer be undone.

## The teacher PIN (the wait after wrong guesses)
# $seconds is how long to wait, in seconds (under two minutes).
store-pin-throttled-seconds = Too many wrong PINs. Try again in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
# $minutes is how long to wait, in whole minutes (two or more).
store-pin-throttled-minutes = Too many wrong PINs. Try again in { $minutes } minutes.
# $reason is the hashing library's own words, in English.
store-pin-hash-failed = The PIN could not be saved: { $reason }. Nothing was changed.

## Programming errors (a bug in Waypoint)
# $table and $field are names in the database.
store-unknown-field = Unknown field { $table }.{ $field }
# $reason is the encoder's own words, in English.
store-encode-failed = A change could not be encoded for storage: { $reason }
# $key is the settings key that was refused.
store-secret-setting = The { $key } is a secret and is never kept in the database.

## Competencies, strands and frameworks
store-goal-competency-gone = One of the chosen competencies no longer exists; choose again.
store-goal-not-strand = A goal is about competencies, not strands.
store-competency-archived = That competency is archived; choose a current one.
store-evidence-not-strand = Evidence is recorded on a competency, not on a strand.
store-parent-other-framework = That strand belongs to another framework.
store-parent-not-strand = Nodes can only go under a strand, not under a competency.
store-node-has-evidence = This competency has evidence, so it can't become a strand.
store-node-has-children = This strand has nodes under it, so it can't become a competency.
store-strand-inside-itself = A strand can't be moved inside itself.
# $count is how many levels; $levels lists them, e.g. "2.5, 3.5".
store-scale-drops-levels = Evidence already recorded in this framework uses { $count ->
        [one] level
       *[other] levels
    } { $levels }, which the new scale does not have. Keep those levels, or edit that evidence first.

## Progressions and next steps
store-prerequisite-not-strand = Prerequisites link competencies, not strands.
# $name is the competency's code or name.
store-prerequisite-archived = { $name } is archived; unarchive it to use it in a progression.
store-prerequisite-other-framework = A prerequisite comes from the same framework.
# $name is the student's name.
store-next-steps-student-archived = { $name } is archived; next steps are for current students.
store-nobody-ready = Nobody in this class is ready for a new competency yet, so there is nothing to group by. Record evidence, or add prerequisites that are met.

## Dates, reports and reflections
store-today-blank = Today can't be blank.
store-date-blank = Today's date can't be blank.
# $max is the largest number of days.
store-coverage-days = Choose 1 to { $max } days.
store-report-no-students = This class has no students to print a report for.
store-prompt-gone = That prompt is no longer in the bank.
# $approach is the id that was asked for.
store-team-no-approach = The team tool has no approach "{ $approach }".

## Playlists and activities
store-activity-not-strand = An activity practises a competency, not a strand.
store-activity-framework-not-attached = That competency's framework is not used by this class. Attach the framework to the class first.
store-activity-not-in-playlist = That activity is not in this playlist.
# $name is the student's name.
store-playlist-other-class = That playlist belongs to another class than { $name }'s.
# $title is the activity's title.
store-playlist-activity-other-class = "{ $title }" belongs to another class; a playlist uses its own class's activities.
# $title is the activity's title.
store-playlist-activity-archived = "{ $title }" is archived; unarchive it to add it.
# $name is the student's name.
store-assign-student-archived = { $name } is archived; unarchive them to assign a playlist.
store-assign-station-archived = That station is archived; unarchive it to assign a playlist.
store-assign-student-other-class = That student is in another class; a playlist is assigned within its own class.
store-assign-group-other-class = That group is in another class; a playlist is assigned within its own class.
store-assign-station-other-class = That station is in another class; a playlist is assigned within its own class.

## Groups and rotations
store-groups-student-left = A student in these groups is not in this class any more. Suggest the groups again.
# $name is the group's name.
store-group-locked = { $name } is locked. Unlock it to move students in or out.
# $name is the station's name.
store-rotation-station-archived = { $name } is archived. Unarchive it to use it in a rotation.
store-round-not-in-plan = That round is not in the plan.
store-station-not-in-rotation = That station is not in this rotation.

## Conflicts between laptops
store-conflict-gap = Some changes from your co-teacher are still missing on this laptop. Sync again, then resolve this conflict.
store-conflict-choose-value = Choose one of the values shown for this conflict.
store-conflict-value-text = Type the new value as text.
# $field is the field's name, e.g. "given name".
store-conflict-not-open = There is no open conflict on “{ $field }” here; it may have been resolved already.

## The teacher PIN and printout catalogs
store-pin-not-current = That is not the current PIN.
# $lang is the language code asked for.
store-no-printout-catalog = There is no printout catalog for "{ $lang }".
# $size_kb is the file's size and $limit_kb the limit, in kilobytes.
store-catalog-too-big = This file is { $size_kb } KB; a printout catalog is at most { $limit_kb } KB.
store-catalog-not-utf8 = This file is not a catalog file Waypoint can read: it is not UTF-8 text.

## The app's shell
# $reason is the system's own words, in English.
store-shell-chosen-path = The chosen file could not be used: { $reason }

## Field names the store's checks name in their sentences
store-label-today = Today
store-label-todays-date = Today's date
store-label-the-value = The value
store-label-your-name = Your name
store-label-map-name = Map name
store-label-we-do-this-now = We do this now
store-label-this-is-different = This is different

## Conflict review: what a row is, a field's name, a value and who wrote it
# $name is the row's own name (a student's, a class's) or a short id, as it is.
store-row-activity = Activity { $name }
store-row-class = Class { $name }
store-row-competency = Competency { $name }
store-row-conference-with = Conference with { $name }
store-row-evidence-for = Evidence for { $name }
store-row-feedback-prompts = Feedback prompts { $name }
store-row-framework = Framework { $name }
store-row-framework-link = Framework link { $name }
store-row-goal = Goal { $name }
store-row-goal-check-in-of = Goal check-in of { $name }
store-row-group = Group { $name }
store-row-group-placement-of = Group placement of { $name }
store-row-group-set = Group set { $name }
store-row-note = Note { $name }
store-row-orphan = Orphan { $name }
store-row-peer-feedback-by = Peer feedback by { $name }
store-row-playlist = Playlist { $name }
store-row-playlist-assignment = Playlist assignment { $name }
store-row-playlist-progress-of = Playlist progress of { $name }
store-row-portfolio-item = Portfolio item { $name }
store-row-prerequisite = Prerequisite { $name }
store-row-profile-of = Profile of { $name }
store-row-reflection-by = Reflection by { $name }
store-row-reflection-prompt = Reflection prompt { $name }
store-row-rotation-of = Rotation of { $name }
store-row-station = Station { $name }
store-row-status-override-for = Status override for { $name }
store-row-student = Student { $name }
store-row-team-reflection-note = Team reflection note { $name }
store-row-team-reflection-of = Team reflection of { $name }
# $table is the table's name in the database and $id a short id, for a row of no known kind.
store-row-other = { $table } { $id }
store-row-unnamed = an unnamed row
store-field-deleted = Deleted or kept
store-field-family-name = Family name
store-field-given-name = Given name
store-field-grade = Grade
store-field-grade-level = Grade level
store-field-label = Label
store-field-name = Name
store-field-note = Note
store-field-notes = Notes
store-field-preferred-name = Preferred name
store-field-statement = Statement
store-field-student-number = Student number
store-field-subject = Subject
store-field-title = Title
store-field-date = Date
store-field-level = Level
store-field-status = Status
store-field-archived = Archived
store-field-home-language = Home language
store-field-birth-date = Birth date
store-field-focus = Focus
store-field-materials = Materials
store-field-instructions = Instructions
store-field-code = Code
store-field-target-date = Target date
store-field-text = Text
store-value-deleted = Deleted
store-value-kept = Kept, with the edit
store-value-empty = (empty)
store-value-yes = Yes
store-value-no = No
store-value-none = (none)
store-who-this-laptop = This laptop
# $id is the first characters of the other laptop's id.
store-who-laptop = Laptop { $id }

## Suggesting groups
store-groups-choose-competency = Choose at least one competency to group on.
store-groups-competency-elsewhere = One of the chosen competencies is not in this class's frameworks.
store-groups-all-locked = Every group is locked, so there is no group left for the other students. Unlock a group or ask for more groups.
