# Today: the rotation with its clock, the group working with the teacher (with a quick
# observation form) and 1:1 coverage; also the clock's words the projector shows.

## TodayPage

today-title = Today
today-retry = Try again
today-loading = Loading today…
# Shown after a field's label, for a field that may be left empty.
today-optional = (optional)

## RotationPanel

today-rotation-title = Rotation
today-no-rotation = No rotation for today
today-no-rotation-hint = Make groups and a rotation for today, then run the clock from here.
today-open-groups = Open Groups & rotation
today-rotation-unfinished = This rotation has no groups or rounds yet. Finish it in Groups & rotation.
today-plan-label = Rotation plan
today-plan-caption = Stations by group and round
today-plan-caption-now = Stations by group and round; round { $round } is now
today-plan-group = Group
today-plan-round = Round { $round }
# A tag on the column of the round the class is in now.
today-plan-now = Now
# A tag on the column of the round that comes next.
today-plan-next = Next
today-with-teacher = With teacher
today-students-count = { $count ->
    [one] { $count } student
   *[other] { $count } students
}
today-no-station = No station

## ClockPanel

clock-not-loaded = Not loaded
clock-all-done = All rounds done.
# Said by a screen reader when the clock changes: "Round 2 of 4: Work time."
clock-announce = { $round }: { $phase }.
clock-announce-paused = { $round }: { $phase }, paused.
clock-projector-open = The projector window is open. Drag it to the projector screen.
# For a screen reader: $time is spoken, e.g. "4 minutes 5 seconds".
clock-left = { $time } left
clock-not-loaded-sr = Clock not loaded
clock-phase-paused = { $phase } · Paused
clock-progress-label = Time gone in this phase
clock-other-plan = The clock is running another rotation. Load this one to run it here and on the projector.
clock-load-hint = Load this rotation into the clock to run it here and on the projector.
clock-load = Load this rotation
clock-controls-label = Clock controls
# The name of the space bar on the keyboard.
clock-key-space = Space
# A button's tooltip: its label, then its shortcut key.
clock-shortcut-title = { $label } ({ $key })
clock-pause = Pause
clock-last-round-title = This is the last round: this ends the rotation
clock-next = Next round
clock-reset = Reset
clock-chime = Chime on the projector
clock-open-projector = Open projector
# $key is the space bar, drawn as a keycap.
clock-keys-hint = { $key } starts or pauses the clock when no field or button has focus.
clock-stale = The clock is not answering: { $error }

## Clock wording (lib/clock)

clock-spoken-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
clock-spoken-seconds = { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
clock-spoken-minutes-seconds = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
clock-phase-idle = Ready to start
clock-phase-block = Work time
clock-phase-transition = Move to your next station
clock-phase-done = Done
# On the projector, to the class.
clock-projector-ready = Get ready
clock-projector-paused = Paused
clock-projector-move = Move to your next station!
clock-no-rounds = No rounds
clock-round-of = Round { $round } of { $rounds }
clock-start = Start
clock-resume = Resume
clock-unknown-station = Unknown station

## CoverageList

today-coverage-title = 1:1 time
# Followed by a number box and "days": "Not seen 1:1 in [10] days".
today-coverage-days-label = Not seen 1:1 in
today-coverage-days-unit = days
today-coverage-hint = Counts observations and conferences, { $min } to { $max } days.
today-coverage-loading = Loading…
today-coverage-count = { $count ->
    [one] { $count } student
   *[other] { $count } students
} not seen 1:1 in { $days ->
    [one] { $days } day
   *[other] { $days } days
}
today-coverage-empty = Everyone has had 1:1 time in the last { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
today-coverage-never = never
today-coverage-last = last: { $date }
today-coverage-last-ago = last: { $date } ({ $days ->
    [0] today
    [one] { $days } day
   *[other] { $days } days
})
today-coverage-error-whole = Type a whole number of days, { $min } to { $max }.
today-coverage-error-range = Choose { $min } to { $max } days.

## TeacherGroup

today-teacher-title = With the teacher
today-teacher-none-rotation = No group works with the teacher in today’s rotation. Mark a group as teacher-led in Groups & rotation.
today-teacher-none = No teacher-led group today. Mark a group as teacher-led in Groups & rotation.
today-target = Target:
today-no-target = No target competency is set for this group.
today-group-empty = This group has no students.
today-no-evidence = No evidence yet
# Before a student's next competency code: "Next: 6.RP.A.2".
today-member-next = Next:
today-capture-title = Record an observation
today-capture-student = Student
today-capture-choose = Choose…
today-capture-level = Level
today-capture-loading = Loading…
today-capture-note = Note
today-capture-preview = Saved as an observation on { $code }, dated today.
today-capture-preview-no-code = Saved as an observation on the target, dated today.
today-capture-saving = Saving…
today-capture-save = Save observation
today-capture-choose-student = Choose a student.
today-capture-choose-level = Choose a level.
# $level is the level with its label, e.g. "3 (Meets)".
today-recorded = Recorded { $level } for { $name }.
today-recorded-unnamed = Recorded { $level } for the student.
