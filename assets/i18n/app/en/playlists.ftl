# The Playlists page (activities, playlists and choice boards, assigning them, progress) and
# the playlists on a student's page. A "choice board" is a grid of activities from which a
# student picks some; a "playlist" is a list done in order.

## PlaylistsPage

playlists-title = Playlists
playlists-intro = Activities for each competency, put together as playlists (in order) or choice boards (students pick), then given to a student, a group or a station.
playlists-loading = Loading playlists…
playlists-section-title = Playlists and choice boards
playlists-count = { $count ->
    [one] { $count } playlist or choice board
   *[other] { $count } playlists and choice boards
  }
playlists-groups-from = Groups come from the newest group set, “{ $title }”.
playlists-empty-no-activities = No playlists yet. Add some activities first, then make a playlist or a choice board from them.
playlists-empty = No playlists yet. Tick some activities above and create the first one.
playlists-created-playlist = Created the playlist “{ $title }”.
playlists-created-board = Created the choice board “{ $title }”.
playlists-saved = Saved “{ $title }”.
# An activity, a playlist or a choice board was archived (Undo is offered).
playlists-archived = Archived “{ $title }”.
playlists-restored = Restored “{ $title }”.

## Words for activities (lib/playlists)

playlist-modality-read = Read
playlist-modality-watch = Watch
playlist-modality-practice = Practice
playlist-modality-create = Create
playlist-modality-discuss = Discuss
playlist-modality-hands-on = Hands-on
playlist-kind-playlist = Playlist
playlist-kind-choice-board = Choice board
playlist-status-not-started = Not started
playlist-status-in-progress = In progress
playlist-status-done = Done
playlist-target-student = Student
playlist-target-group = Group
playlist-target-station = Station
# An activity's length, short.
playlist-minutes = { $minutes } min
playlist-activity-count = { $count ->
    [one] { $count } activity
   *[other] { $count } activities
  }
playlist-summary-board = Pick { $pick } of { $count }
# How far a student is: activities done out of those that count.
playlist-progress = { $done } of { $goal } done
# A choice board on a student's page: how many to pick, and how many of the chosen are done.
playlist-board-progress = Pick { $pick } · { $done } chosen done
playlist-activity-title-missing = Give the activity a title.
playlist-activity-competency-missing = Choose the competency it practises.
playlist-activity-minutes-invalid = Minutes are a whole number, 1 to 600.
playlist-pick-none = Choose some activities first.
playlist-pick-not-a-number = Type how many a student picks, 1 to { $count }.
playlist-pick-out-of-range = { $count ->
    [one] With one activity, students pick 1.
   *[other] Students pick 1 to { $count } of these { $count } activities.
  }

## ActivitiesSection

playlist-activities-title = Activities
playlist-activities-no-competencies = This class has no competencies yet. Attach a framework on the Frameworks page; every activity practises one of its competencies.
playlist-activity-filter = Show competency
playlist-activity-filter-all = All competencies
playlist-activities-shown = { $shown } of { $count ->
    [one] { $count } activity
   *[other] { $count } activities
  }
playlist-activities-empty = No activities yet. Add the first one above: a title, the competency it practises and how long it takes.
# $code is a competency's code ("RP.1").
playlist-activities-none-for = No activities for { $code } yet.
playlist-activities-none-for-this = No activities for this competency yet.
playlist-activities-show-all = Show all
playlist-activity-interests = Interests: { $interests }
# $link is the activity's link, shown as text.
playlist-activity-link = Link: { $link }
playlist-edit-named = Edit { $title }
playlist-archive-named = Archive { $title }
playlist-archive = Archive
playlist-activity-added = Added “{ $title }”.
playlist-activity-saved = Saved “{ $title }”.

## ActivityForm

playlist-activity-edit-title = Edit “{ $title }”
playlist-activity-add-title = Add an activity
playlist-field-title = Title
playlist-field-competency = Competency
playlist-choose = Choose…
playlist-field-modality = Modality
playlist-field-minutes = Minutes
playlist-field-instructions = Instructions
playlist-optional = (optional)
playlist-field-link = Link
playlist-field-link-hint = Shown to students as text to type or copy; Waypoint never opens it.
playlist-field-interests = Interests (optional)
# One entry of the interests list, for "Add interest".
playlist-field-interest = Interest
playlist-field-interests-placeholder = e.g. soccer
playlist-saving = Saving…
playlist-activity-save = Save activity
playlist-activity-add = Add activity

## ActivityPicker

playlist-picker-empty = No activities yet: add some in Activities first.
# The heading of activities whose competency is not in the class.
playlist-picker-other = Other

## PlaylistForm

playlist-form-edit-title = Edit “{ $title }”
playlist-form-new-title = Make a playlist or choice board
playlist-field-kind = Kind
playlist-kind-hint-playlist = Students do every activity, in order.
playlist-kind-hint-board = Students choose some of the activities.
playlist-order-title = In order · { $count ->
    [one] { $count } activity
   *[other] { $count } activities
  } · { $minutes }
playlist-move-up = Move { $title } up
playlist-move-down = Move { $title } down
playlist-moved = { $title } moved to position { $position } of { $count }.
playlist-field-pick = Students pick
playlist-field-pick-hint = 1 to { $count }: how many activities each student chooses.
# $pick is what the teacher typed (or "?").
playlist-board-preview = Preview: pick { $pick } of { $count }
playlist-title-missing = Give it a title.
playlist-activities-missing = Tick at least one activity.
playlist-save-playlist = Save playlist
playlist-save-board = Save choice board
playlist-create-playlist = Create playlist
playlist-create-board = Create choice board

## PlaylistCard

playlist-card-no-activities = No activities on it: edit it to add some.
playlist-card-board = { $title }: the board
playlist-assigned-to = Assigned to
playlist-no-one-yet = No one yet. Assign it below.
playlist-remove-from = Remove { $title } from { $name }
playlist-remove = Remove
playlist-assign-named = Assign { $title }
# Followed by a choice: Student, Group or Station.
playlist-assign-kind = Assign to a
playlist-target-has-it = { $name } (has it)
playlist-assign = Assign
playlist-assign-no-students = This class has no students yet.
playlist-assign-no-groups = No groups yet: make them in Groups & rotation.
playlist-assign-no-stations = No stations yet: add them in Groups & rotation.
playlist-assign-choose-student = Choose a student.
playlist-assign-choose-group = Choose a group.
playlist-assign-choose-station = Choose a station.
playlist-assigned = Assigned “{ $title }” to { $name }.
playlist-unassigned = Removed “{ $title }” from { $name }.
playlist-progress-loading = Loading progress…
playlist-progress-show = Show progress
playlist-progress-title = Progress
playlist-progress-none = No student has it yet (a station's students get it when they are at the station).
playlist-progress-refresh = Refresh

## StudentPlaylists

playlist-student-empty = No playlist assigned yet — assign one from Playlists.
playlist-student-progress-label = { $title } progress
playlist-student-no-activities = No activities on it yet.
playlist-status-of = Status of { $title }
# Said to a screen reader after a status change: "Ratio tables: Done."
playlist-status-changed = { $title }: { $status }.
playlist-status-progress = { $title }: { $progress }.
