# Groups & rotation: the page and its tabs (Groups, Next steps, Stations, Rotation), the
# printed rotation chart and group cards, and the wording of groups, stations and rotations.

## GroupsPage

groups-page-title = Groups & rotation
groups-page-sub = { $className } · group students by what they need next, then rotate them through stations
groups-archived = This class is archived. You can still plan with it.
groups-loading = Loading groups, stations and rotations…
groups-retry = Try again
groups-tabs-label = Groups and rotation
groups-tab-groups = Groups
groups-tab-next = Next steps
groups-tab-stations = Stations
groups-tab-rotation = Rotation
groups-no-students = This class has no students yet. Add them on the Students page (Alt+1), then come back to group them.
groups-print-preview = Print preview
groups-preview-chart = Rotation chart · one landscape page
groups-preview-cards = Group cards

## Shared words

# Shown after a field's label, for a field that may be left empty.
groups-optional = (optional)
groups-choose = Choose…
groups-students-count = { $count ->
    [one] { $count } student
   *[other] { $count } students
}
# The Frameworks page's name in the navigation.
groups-page-frameworks = Frameworks
# The Students page's name in the navigation.
groups-page-students = Students
# A student id the class no longer has.
groups-unknown-student = A student no longer in the class

## ClassNextSteps

groups-next-title = Who is ready for what
groups-next-count = { $count ->
    [one] { $count } competency
   *[other] { $count } competencies
} with someone ready
groups-next-by-readiness = Group by readiness…
groups-next-loading = Loading next steps…
groups-next-empty = Nobody is ready for a new competency right now. Record evidence, or check the prerequisites on the Frameworks page.
groups-next-ready-for = Ready for { $code }
groups-next-first-steps = Each student's first next step
groups-next-nothing = Nothing ready yet

## GroupsPanel

groups-form-check-first = Check the suggest form above first: { $problems }
# Completes "You have unsaved changes to …" in the discard dialog.
groups-discard-what = the suggested groups
groups-suggested-status = { $count ->
    [one] { $count } group
   *[other] { $count } groups
} suggested. Adjust them if needed, then save.
groups-no-groups-to-change = There are no groups to change.
groups-saved-toast = Saved “{ $title }”.
groups-discarded = Suggestion discarded.
groups-no-such-group = There is no such group.
groups-deleted-toast = Deleted “{ $title }”.
groups-restored-toast = Restored “{ $title }”.
groups-proposal-title = Suggested groups
# A badge: the teacher changed the suggested groups.
groups-adjusted = Adjusted
# $basis is the competency codes and the grouping (e.g. "6.RP.A.1 · like ability"); $seed is the
# number that picks the arrangement; $method is how the groups were found (e.g. "exact search");
# $score measures how well the groups fit the rules (lower is better).
groups-proposal-meta = { $basis } · seed { $seed } · found by { $method } · score { $score }
groups-absent = Absent:
groups-set-meta = Saved groups · { $date } · { $basis }
groups-resuggest-title = Suggest new groups for everyone not in a locked group
groups-resuggest = Suggest again keeping locked groups
groups-set-empty = This set has no groups.

## GroupsForm

groups-form-title = Suggest groups
groups-by-readiness = Group by readiness
groups-readiness-hint = Students ready for the same next step work together, and each group is named for it (see the Next steps tab).
groups-targets-legend = Group by these competencies
groups-targets-hint = Students are grouped by their current level on the ones you tick.
# $page is the Frameworks page's name, $keys its shortcut (Alt+4).
groups-no-competencies = This class has no competencies yet. Attach a framework on the { $page } page ({ $keys }) to group by level.
groups-how-many = How many
groups-by-count = Number of groups
groups-by-size = Group size
groups-count-label = Groups
# "From [3] to [5] students": the smallest and largest group size.
groups-size-from = From
groups-size-to = to
groups-size-students = students
groups-mode-label = Grouping
groups-mode-like = Like ability (reteach / practice / extend)
groups-mode-mixed = Mixed ability
groups-mode-manual = Arranged by hand
groups-mode-like-hint = Students at a similar level work together, so each group gets its own focus.
groups-mode-mixed-hint = Each group mixes levels, so students can learn from each other.
# The seed is a number: the same seed always gives the same groups.
groups-seed-label = Seed
groups-shuffle = Shuffle
groups-seed-hint = Same seed, same groups. Shuffle for another arrangement.
groups-keeping = Keeps { $count ->
    [one] 1 locked group
   *[other] { $count } locked groups
} as they are.
groups-suggest = Suggest groups

## GroupConstraints

groups-constraints = Absent students and constraints
# $page is the Students page's name, $keys its shortcut (Alt+1).
groups-constraints-no-students = This class has no students yet. Add them on the { $page } page ({ $keys }).
groups-absent-legend = Absent today
groups-absent-hint = Left out of the groups.
groups-teacher-legend = With the teacher
groups-teacher-hint = Put in the teacher-led group.
groups-apart-legend = Keep apart
groups-apart-hint = Never in the same group.
groups-apart-first = First student to keep apart
groups-apart-second = Second student to keep apart
# Between the two student lists: "[student] and [student] Add".
groups-apart-and = and
groups-add = Add
groups-apart-remove = Stop keeping { $first } and { $second } apart
groups-together-legend = Keep together
groups-together-hint = Tick two or more, then Add.
groups-together-add = Add set
groups-together-remove = Stop keeping { $names } together

## GroupBoard

# $first and $last are digit keys, drawn as keycaps (1–4).
groups-board-hint = Drag a student onto another group, or focus a student and press { $first }–{ $last } to move them to that group. Locked groups keep their students.
groups-board-no-group = There is no group { $number }: there { $count ->
    [one] is 1 group
   *[other] are { $count } groups
}.
groups-board-not-moved = { $name } was not moved: { $reason }
groups-board-moved = { $name } moved to { $group }

## GroupCard

groups-card-teacher-led = Teacher-led
groups-card-locked = Locked
groups-card-focus = Focus: { $focus }
groups-card-empty-locked = No students. Unlock the group to move students in.
groups-card-empty = No students. Drag a student here.
groups-card-members-label = Students in { $group }
groups-card-move-label = Move { $name } to
groups-card-move-to = Move to…
groups-card-move-option = { $number }. { $group }
groups-card-move-option-locked = { $number }. { $group } (locked)
groups-card-playlists = Playlists: { $titles }

## GroupCardTools

groups-name-required = A group needs a name.
groups-rename-label = Name of group { $number }
groups-rename = Rename
groups-lock-title-locked = Locked: kept as it is when groups are suggested again
groups-lock-title = Lock to keep this group as it is
groups-lock = Lock
groups-with-teacher = With the teacher

## GroupCards (printed)

groups-print-members = Members:
groups-print-round = Round { $round } · { $time }
groups-print-materials = Materials: { $materials }
groups-print-choice-board = Choice board · Pick { $count }
groups-print-playlist = Playlist
groups-print-activity-meta = { $modality } · { $minutes } min
groups-print-no-task = Task: follow the instructions at each station.
groups-print-no-cards = No group cards to print.
groups-modality-read = Read
groups-modality-watch = Watch
groups-modality-practice = Practice
groups-modality-create = Create
groups-modality-discuss = Discuss
groups-modality-hands-on = Hands-on

## GroupSetHistory

groups-history-title = Saved groups
# $suggest and $save are the names of the two buttons, shown in bold.
groups-history-empty = No saved groups yet. Tick a competency, press { $suggest }, then { $save }.

## SaveSetForm

groups-title-label = Title
groups-date-label = Date
groups-discard = Discard
groups-save = Save groups

## Group wording (lib/groups)

# The grouping, short, as lists show it.
groups-mode-short-readiness = by readiness
groups-mode-short-like = like ability
groups-mode-short-mixed = mixed ability
groups-mode-short-manual = by hand
# How the computer found the groups.
groups-method-exact = exact search
groups-method-local-search = local search
# A saved set's default title; $date is YYYY-MM-DD.
groups-default-title = Groups — { $date }
groups-default-title-codes = Groups for { $codes } — { $date }
groups-default-title-readiness = Groups by readiness — { $date }
groups-level-none = no evidence
groups-set-counts = { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
} · { $students ->
    [one] { $students } student
   *[other] { $students } students
}
groups-error-targets = Tick at least one competency to group by.
groups-error-count = Enter a number of groups, 1 or more.
groups-error-count-too-many = There are only { $count ->
    [one] { $count } student
   *[other] { $count } students
} to group.
groups-error-size-min = Enter the smallest group size, 1 or more.
groups-error-size-max = Enter the largest group size, 1 or more.
groups-error-size-order = The largest size must be at least the smallest.
groups-error-seed = Enter a whole number, 0 or more.
groups-apart-choose-two = Choose two students.
groups-apart-same = Choose two different students.
# The word new suggested groups are named with, before their number ("Group 1").
groups-new-group-word = Group
groups-apart-exists = Those two are already kept apart.
groups-together-too-few = Tick two or more students to keep together.
groups-together-overlap = A student can be in only one “keep together” set; remove the other set first.
groups-move-not-in = That student is not in these groups.
groups-move-no-group = There is no group { $number }.
groups-move-source-locked = { $group } is locked. Unlock it to move its students.
groups-move-target-locked = { $group } is locked. Unlock it to move students into it.
# The kind of work a group does, from the levels: reteach, practice or extend.
groups-band-reteach = Reteach
groups-band-practice = Practice
groups-band-extend = Extend
groups-error-title = Give the groups a title.
groups-error-date = Choose the date the groups are for.

## StationsPanel

# Completes "You have unsaved changes to …" in the discard dialog.
stations-discard-what-edit = the station { $name }
# Completes "You have unsaved changes to …" in the discard dialog.
stations-discard-what-new = the new station
stations-saved-toast = Saved { $name }.
stations-added-toast = Added { $name }.
stations-archived-toast = Archived { $name }.
stations-restored-toast = Restored { $name }.
stations-classic-added = Added the four classic stations: Teacher-led, Collaborative, Independent and Online.
stations-title = Stations
stations-show-archived = Show archived ({ $count })
stations-intro = Stations are kept for the class and reused in every rotation.
stations-empty-title = No stations yet.
stations-empty-body = Most rotations use four: a teacher-led table, a collaborative task, independent practice and online work.
stations-add-classic = Add the four classic stations
stations-or-own = Or add your own with the form.
stations-archived-badge = Archived
stations-materials-label = Materials:
stations-archive = Archive
stations-unarchive = Unarchive
stations-edit-title = Edit { $name }
stations-add-title = Add a station
stations-unsaved = Unsaved
stations-name = Name
stations-name-placeholder = e.g. Fraction games
stations-kind = Kind
stations-capacity = Capacity
stations-capacity-hint = Most students at once. Blank = no limit.
stations-materials = Materials
stations-instructions = Instructions for students
stations-instructions-hint = Printed on each group's card.
stations-save = Save station
stations-add = Add station

## Station wording (lib/groups)

stations-kind-teacher-led = Teacher-led
stations-kind-collaborative = Collaborative
stations-kind-independent = Independent
stations-kind-online = Online
stations-kind-custom = Custom
# How many students fit at a station.
stations-capacity-none = no limit
stations-capacity-up-to = up to { $count }
# The four classic stations, created with these names and texts (keep stations-classic-added in step).
stations-classic-teacher-name = Teacher-led
stations-classic-teacher-instructions = Small-group lesson with the teacher.
stations-classic-collaborative-name = Collaborative
stations-classic-collaborative-instructions = Work on the task together; everyone explains their thinking.
stations-classic-independent-name = Independent
stations-classic-independent-instructions = Work on your own practice.
stations-classic-online-name = Online
stations-classic-online-materials = Laptops
stations-classic-online-instructions = Log in and work through your playlist.
stations-error-name = Give the station a name.
stations-error-capacity = Enter how many students fit at once (1 or more), or leave it blank for no limit.

## RotationPanel

rotation-built = Built a rotation of { $rounds ->
    [one] { $rounds } round
   *[other] { $rounds } rounds
} for { $date }.
rotation-nothing-to-copy = No earlier rotation to copy. Build one below.
rotation-copied = Copied the last rotation to { $date } with { $set }.
rotation-cell-set = { $group }, round { $round }: { $station }.
rotation-cell-set-none = { $group }, round { $round }: no station.
rotation-cell-set-unknown = { $group }, round { $round }: a station.
rotation-not-changed = Not changed: { $error }
rotation-timing-saved = Timing saved: { $timing }.
rotation-on-projector = The rotation is on the projector window. Start the clock from the Today page or the projector.
rotation-copy-last = Copy the last rotation to today
rotation-new = New rotation
rotation-no-sets-title = No groups to rotate yet
rotation-no-sets = A rotation moves saved groups through stations. Suggest and save groups first.
rotation-go-groups = Go to Groups
rotation-no-stations-title = No stations yet
rotation-no-stations = Add the stations the groups move through; the four classic ones take one click.
rotation-go-stations = Go to Stations
rotation-build-title = Build a rotation
rotation-groups-label = Groups
rotation-date-label = Date
rotation-build = Build rotation
rotation-title = Rotation · { $date }
rotation-show-projector = Show on projector

## StationOrder

rotation-stations-legend = Stations, in order
rotation-stations-hint = Groups move down this list, one station per round. Use the arrows to reorder.
rotation-station-up = Move { $name } up
rotation-station-down = Move { $name } down

## RotationGrid and RotationChart

rotation-grid-caption = Which station each group is at, round by round
# A column heading: the rounds are numbered below it.
rotation-round-heading = Round
rotation-no-station = No station
rotation-cell-label = { $group }, round { $round }: station
rotation-cell-none = — no station —
# On the printed chart, beside a group's name.
rotation-chart-with-teacher = with teacher

## PlanTools

rotation-timing-label = Timing
rotation-block-label = Minutes per round
rotation-transition-label = Transition minutes
rotation-timing-save = Save timing
rotation-start-label = Starts at
rotation-start-hint = Shows clock times on the chart and cards.
rotation-paper = Paper
rotation-print-chart = Print rotation chart
rotation-print-cards = Print group cards
rotation-preview-hide = Hide print preview
rotation-preview-show = Preview print

## RotationHistory

rotation-history-title = Past rotations
rotation-history-empty = No rotations yet. Build one, and it is kept here to reopen or copy.
rotation-rounds-count = { $count ->
    [one] { $count } round
   *[other] { $count } rounds
}

## Rotation wording (lib/groups)

# The minutes of the lesson a round takes, when no start time is given.
rotation-round-minutes = minutes { $from }–{ $to }
rotation-round-label = Round { $round } · { $time }
rotation-timing-line = { $block } min rounds · { $transition ->
    [one] { $transition } min transition
   *[other] { $transition } min transitions
} · { $rounds ->
    [one] { $rounds } round
   *[other] { $rounds } rounds
}
rotation-error-block = Enter the minutes per round, 1 to { $max }.
rotation-error-transition = Enter the transition minutes, 0 to { $max }.
rotation-error-group-set = Choose the groups that rotate.
rotation-error-stations = Tick at least one station.
rotation-error-date = Choose the date of the rotation.
