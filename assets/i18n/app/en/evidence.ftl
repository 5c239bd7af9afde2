# The Evidence page: quick capture during class and the assessment grid for after class.

## EvidencePage
evidence-title = Evidence
# Under the page title: the class's name, then what the page is for.
evidence-subtitle = { $class } · record what students show, the moment you see it
evidence-import-scores = Import scores…
evidence-archived = This class is archived. Evidence you record is still kept.
evidence-loading = Loading competencies and students…
evidence-try-again = Try again
evidence-no-framework-title = This class has no competency framework yet
# { $page } is the Frameworks page's name in bold; { $keys } its shortcut as a keycap.
evidence-no-framework-body = Evidence is recorded against competencies. Go to { $page } ({ $keys }) to import a CASE file or create a framework, and attach it to { $class }.
evidence-frameworks-page = Frameworks
evidence-keys-frameworks = Alt+4
evidence-open-frameworks = Open Frameworks
evidence-no-competencies-title = No competencies to assess yet
evidence-no-competencies-one = { $framework } has no competencies. Go to { $page } ({ $keys }) to add some or import a CASE file.
evidence-no-competencies-many = The attached frameworks have no competencies. Go to { $page } ({ $keys }) to add some or import a CASE file.
evidence-no-students-title = This class has no students yet
evidence-no-students-body = Add students on the { $page } page ({ $keys }), then come back to record evidence.
evidence-students-page = Students
evidence-keys-students = Alt+1
evidence-modes-label = How to record evidence
evidence-mode-quick = Quick capture
evidence-mode-grid = Assessment grid
# Completes "You have unsaved changes to …" in the discard-changes dialog.
evidence-discard-grid = the assessment grid
# A badge on the Assessment grid tab.
evidence-unsaved = { $count } unsaved

## lib/capture.ts
capture-kind-observation = Observation
capture-kind-exit-ticket = Exit ticket
capture-kind-quiz = Quiz
capture-kind-project = Project
capture-kind-conference = Conference
capture-kind-self-assessment = Self-assessment
# Quick capture's student filter.
capture-filter-all = Whole class
capture-filter-reteach = Needs reteach
capture-filter-practice = Practice
capture-filter-extend = Extend
capture-filter-none = No evidence yet
# Where a scale's range would be shown, for a scale without levels.
capture-scale-no-levels = no levels
# { $range } is the scale's range, e.g. 0–4.
capture-off-scale = { $level } is not on this scale ({ $range })
capture-not-a-number = “{ $text }” is not a number; type a level ({ $range })
capture-count-entries = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
capture-saved-all = Saved { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}.
capture-saved-some = Saved { $saved } of { $total }; { $failed ->
    [one] { $failed } needs
   *[other] { $failed } need
} attention

## KindSelect
# The kind of evidence: observation, quiz, project…
evidence-kind = Kind

## CaptureFilters
evidence-filter-students = Students
evidence-filter-name = Filter by name
evidence-filter-name-placeholder = Type part of a name

## BulkProblems
evidence-problems-title = { $count ->
    [one] { $count } cell needs attention
   *[other] { $count } cells need attention
}
# { $cell } is a link to the cell (evidence-problem-cell); { $problem } says what is wrong with it.
evidence-problem-line = { $cell }: { $problem }
evidence-problem-cell = { $student } — { $competency }

## BulkSaveBar
evidence-save-entries = Save { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
evidence-saving-progress = Saving { $done } of { $total }
evidence-saving-entries = Saving entries

## CaptureToolbar
evidence-competency = Competency
evidence-choose-competency = Choose a competency…
evidence-competency-hint = Enter goes to the students.
evidence-date = Date

## GridSetup
evidence-grid-competencies = Competencies (one column each)

## NoteEditor
evidence-note-title = Note for { $student }
evidence-note = Note
evidence-note-keys = Enter saves · Shift+Enter starts a new line · Esc cancels
evidence-saving = Saving…
evidence-save-note = Save note

## CaptureGrid
evidence-chip-note = Note: { $note }
evidence-capture-grid-label = Students — { $competency }
evidence-col-student = Student
evidence-col-current-level = Current level
evidence-col-this-session = This session
evidence-row-no-evidence = No evidence yet
evidence-status-set-by-you = { $status } (set by you)
evidence-recorded-this-session = Recorded this session
# Heard by screen readers right after a level: ", with note: …".
evidence-chip-with-note = , with note: { $note }
evidence-row-saved = Saved

## QuickCapture
# The keys of quick capture; each { $… } is a key shown as a keycap.
evidence-capture-keys = { $digits } record · { $dot } add ½ · { $enter } note · { $undo } undo · { $arrows } move · { $letters } jump to name · { $esc } competency
# The Enter key's name on the keyboard.
evidence-key-enter = Enter
# The Escape key's name on the keyboard.
evidence-key-esc = Esc
evidence-levels-failed = Couldn't load the current levels: { $error }
evidence-capture-choose = Choose a competency above; then type a level for each student.
evidence-loading-levels = Loading levels…
evidence-no-match = No students match.
evidence-no-match-name = No students match “{ $name }”.
# { $band } is a student filter, e.g. "Needs reteach".
evidence-no-match-band = No students match in “{ $band }”.
evidence-no-match-name-band = No students match “{ $name }” in “{ $band }”.
evidence-show-whole-class = Show the whole class
evidence-note-summary = { $level } · { $kind } · { $date }

## captureSession
capture-no-name-starts = No student's name starts with “{ $letter }”.
capture-choose-date = Choose a date for this evidence first.
# Announced to screen readers after a keystroke records a level.
capture-recorded = Recorded { $level } for { $student }
capture-recorded-last = Recorded { $level } for { $student }. That was the last student in the list.
capture-half-needs-level = Type a level first; then . adds a half to it.
capture-already-half = { $student }'s { $level } is already a half point.
capture-changed = Changed to { $level } for { $student }
capture-note-needs-level = Type a level first; then Enter adds a note to it.
capture-entry-gone = That entry is no longer here.
capture-note-removed = Removed the note for { $student }
capture-note-saved = Note saved for { $student }
capture-nothing-to-undo = Nothing to undo: no evidence recorded for this competency in this session.
capture-removed = Removed { $level } for { $student }
capture-removed-toast = Removed { $level } for { $student }.
capture-redo = Redo
capture-restored = Restored { $level } for { $student }

## AssessmentGrid
evidence-nothing-to-save = Nothing to save: fix the cells listed below first.
evidence-type-a-level = Type a level in a cell first.
evidence-choose-date = Choose the date of the assessment.
evidence-skipped = { $count ->
    [one] { $count } cell was not saved; fix it below.
   *[other] { $count } cells were not saved; fix them below.
}
evidence-undone = Removed { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}; the levels are back in the grid.
evidence-undone-some = Removed { $undone } of { $total } entries.
evidence-grid-empty = Tick one or more competencies above; each becomes a column of the grid.
evidence-grid-hint = Type a level ({ $range }); empty cells are skipped. Arrow keys and Enter move between cells.
evidence-grid-caption = Levels to record, one row per student and one column per competency
# Completes "You have unsaved changes to …" when a ticked competency is unticked.
evidence-discard-column = the { $competency } column
