# The import dialog (a class list, scores or a framework from a file): choosing the file, mapping
# its columns, choosing classes, the preview, the progress and the result, and the Students
# page's "Import…" and "Undo last import". Message ids starting `scores-` are the scores map.

## Kinds of file (lib/imports.ts)

imports-kind-roster = Roster
imports-kind-roster-hint = Classes and students, from the school’s information system or a spreadsheet.
imports-kind-roster-title = Import a class list
imports-kind-roster-formats = Waypoint reads OneRoster 1.0, 1.1 or 1.2 (a zip or a folder), Clever, Microsoft School Data Sync, or any CSV or Excel (.xlsx) file.
imports-kind-scores = Scores
imports-kind-scores-hint = Results from a quiz, an adaptive program or your own sheet, to record as evidence.
imports-kind-scores-title = Import scores
imports-kind-scores-formats = Waypoint reads a CSV or Excel (.xlsx) file: one row per student (a column per question or skill), or one row per student and item.
imports-kind-framework = Framework
imports-kind-framework-hint = Competencies: a CASE package from a publisher, or a table of codes and statements.
imports-kind-framework-title = Import a framework
imports-kind-framework-formats = Waypoint reads a CASE 1.0 package (.json), or a CSV or Excel (.xlsx) table with code, statement, parent code and optional type and grade.
imports-size-limits = Up to 20 MB a file; a zip or a folder up to 100 MB and 64 files.

## Steps (lib/imports.ts)

imports-step-choose = Choose a file
imports-step-columns = Map columns
imports-step-map = Map scores
imports-step-sections = Choose classes
imports-step-preview = Preview
imports-step-applying = Apply
imports-step-result = Result

## A spreadsheet roster's fields (lib/imports.ts)

imports-field-student-id = Student ID
imports-field-given-name = Given name
imports-field-family-name = Family name
imports-field-full-name = Full name
imports-field-preferred-name = Preferred name
imports-field-birth-date = Birth date
imports-field-grade = Grade
imports-field-email = Email
imports-field-class = Class
imports-field-class-id = Class ID
imports-field-teacher = Teacher
imports-field-teacher-email = Teacher email
imports-field-contact-name = Contact name
imports-field-contact-relationship = Contact relationship
imports-field-contact-phone = Contact phone
imports-field-contact-email = Contact email
imports-field-language = Home language

## Sentences of the preview and the result (lib/imports.ts)

# A section's grade when the file gives it as a number.
imports-grade = Grade { $grade }
# Ends a sentence made of clauses; $text is the sentence without its full stop.
imports-sentence = { $text }.
imports-plan-nothing = Everything in this file is already in Waypoint.
# $parts is a comma-separated list of the changes below, e.g. "2 new classes, 16 new students".
imports-plan-summary = { $parts }, nothing else changes.
imports-plan-new-classes = { $count ->
    [one] { $count } new class
   *[other] { $count } new classes
}
imports-plan-new-students = { $count ->
    [one] { $count } new student
   *[other] { $count } new students
}
imports-plan-students-updated = { $count ->
    [one] { $count } student updated
   *[other] { $count } students updated
}
imports-plan-students-archived = { $count ->
    [one] { $count } student archived
   *[other] { $count } students archived
}
imports-count-classes = { $count ->
    [one] { $count } class
   *[other] { $count } classes
}
imports-count-students = { $count ->
    [one] { $count } student
   *[other] { $count } students
}
# Clauses of the result's sentence, joined with commas; the first letter is capitalized.
# $what is a list such as "2 classes and 16 students"; $count is how many things it lists in all
# (for languages whose verb agrees with it).
imports-outcome-added = { $count ->
   *[other] added { $what }
}
imports-outcome-updated = updated { $count ->
    [one] { $count } student
   *[other] { $count } students
}
imports-outcome-archived = archived { $count ->
    [one] { $count } student
   *[other] { $count } students
}
imports-outcome-nothing = Nothing needed changing: everything in this file was already in Waypoint.
imports-problem-place = { $file }, line { $line }
imports-progress-writing = Writing…
imports-progress-roster = Writing students: { $done } of { $total }
imports-progress-scores = Writing evidence: { $done } of { $total }
imports-progress-framework = Writing competencies: { $done } of { $total }
imports-scores-outcome-nothing = Nothing needed writing: every score was already in Waypoint.
imports-scores-outcome = Recorded { $count ->
    [one] { $count } piece
   *[other] { $count } pieces
} of evidence for { $students ->
    [one] { $students } student
   *[other] { $students } students
}.
imports-scores-outcome-already = Recorded { $count ->
    [one] { $count } piece
   *[other] { $count } pieces
} of evidence for { $students ->
    [one] { $students } student
   *[other] { $students } students
}; { $already } already there.
# Parts of a list about a framework file's items, e.g. "12 new items, 1 item updated and 3 unchanged".
imports-fw-new = { $count ->
    [one] { $count } new item
   *[other] { $count } new items
}
imports-fw-added = { $count ->
    [one] { $count } item added
   *[other] { $count } items added
}
imports-fw-updated = { $count ->
    [one] { $count } item updated
   *[other] { $count } items updated
}
imports-fw-retired = { $count ->
    [one] { $count } item retired (archived, not deleted)
   *[other] { $count } items retired (archived, not deleted)
}
imports-fw-unchanged = { $count } unchanged
imports-fw-empty = The file has no items.
imports-case-prerequisites = { $count ->
    [one] { $count } prerequisite from the file’s “precedes” links.
   *[other] { $count } prerequisites from the file’s “precedes” links.
}
imports-case-missing-parents = { $count ->
    [one] { $count } item whose parent is not in the file will sit at the top level.
   *[other] { $count } items whose parent is not in the file will sit at the top level.
}

## The scores map (lib/scoresMap.ts)

scores-finder-student-id = Student ID
scores-finder-email = Email
scores-finder-name = Full name (one column)
scores-finder-given-family = Given and family name (two columns)
scores-finder-student-id-column = Student ID column
scores-finder-email-column = Email column
scores-finder-name-column = Full name column
scores-recognized-by-student-id = Students by student id, { $count ->
    [one] { $count } competency
   *[other] { $count } competencies
}.
scores-recognized-by-email = Students by email, { $count ->
    [one] { $count } competency
   *[other] { $count } competencies
}.
scores-recognized-by-name = Students by full name, { $count ->
    [one] { $count } competency
   *[other] { $count } competencies
}.
scores-recognized-by-given-family = Students by given and family name, { $count ->
    [one] { $count } competency
   *[other] { $count } competencies
}.
# A column's name in quotes, for lists of columns.
scores-quoted = “{ $name }”
scores-needs-gone-columns = This file has no { $count ->
    [one] column
   *[other] columns
} { $columns }: choose another or untick it.
scores-needs-student-column = Choose the column that says who each row is.
scores-needs-item-score = Choose the item column and the score column.
scores-needs-pick = Tick at least one column (or item) for a competency.
scores-needs-points-max = Give the most points there are.
scores-needs-vendor = Give the vendor scale’s lowest value, its proficient mark and its highest value, in that order.
scores-needs-cuts = Each cut point is a percent from 0 to 100.
scores-needs-date-column = Choose the date column, or give one date.
scores-needs-date = Give the date of the evidence.
scores-change-renamed = “{ $from }” seems to be called “{ $to }” now.
scores-change-gone = Gone: { $columns }.
scores-change-new = New: { $columns }.
scores-change-unusable = The map reads { $columns }, which this file does not have: fix the map before going on.
# Where a score in the preview came from: the file's line, the column and the value read.
scores-source = line { $line }, { $column }: { $value }
scores-plan-evidence = { $count ->
    [one] { $count } piece
   *[other] { $count } pieces
} of evidence for { $students ->
    [one] { $students } student
   *[other] { $students } students
}
scores-plan-already = { $count } already there
scores-plan-unmatched = { $count ->
    [one] { $count } row
   *[other] { $count } rows
} not matched to a student
scores-plan-left-out = { $count ->
    [one] { $count } score
   *[other] { $count } scores
} left out
scores-plan-nothing-new = Nothing new: every score in this file is already in Waypoint
scores-plan-no-evidence = This map gives no evidence from this file

## Shared by the steps

imports-back = Back
imports-continue = Continue
imports-reading = Reading…
imports-apply = Apply
imports-apply-rest = Apply the rest
imports-warning = Warning
imports-undone = Import undone.

## ChooseStep

imports-choose-kind = What is in this file?
imports-choose-file = Choose a file…
imports-choose-folder = Choose a folder…
imports-choose-path = or type the file's path
imports-choose-open = Open
imports-choose-opening = Opening…
imports-choose-drop = You can also drop a file on the Waypoint window.

## ApplyingStep and StepIndicator

imports-applying = Importing…
imports-progress-label = Import progress
imports-steps = Steps

## ImportActions and ImportHost

imports-import = Import…
imports-undo-last = Undo last import
imports-undo-last-title = Undo the import of { $source }
# A toast after the dialog closes; $summary is the result's sentence, starting in lower case.
imports-toast-imported = Imported { $file }: { $summary }

## PreviewStep and ProblemList

imports-preview-nothing = Nothing will be written.
imports-problems-title = Problems in the file
imports-problems-skipped = { $count ->
    [one] { $count } row cannot be used and will be left out. You can apply the rest, or cancel and fix the file.
   *[other] { $count } rows cannot be used and will be left out. You can apply the rest, or cancel and fix the file.
}
imports-problems-left-out-label = Rows left out
imports-problems-left-out = Left out
imports-problems-warnings = Warnings
# Before a problem's reason: where it is in the file ("users.csv, line 14").
imports-problems-place = { $place }:

## ResultStep

imports-result-title = Imported
imports-result-undo-hint = Undo takes the whole import back, as long as nothing else has been changed since.
imports-result-undoing = Undoing…
imports-result-open-class = Open { $class }

## SampleTable

imports-sample-caption = The file's first rows

## ClassPlanView

imports-plan-new-class = New class
imports-plan-updates-class = Updates your class
imports-plan-contacts = { $count ->
    [one] { $count } family contact
   *[other] { $count } family contacts
}
imports-plan-matched-by = (matched by { $by })
# One changed field of an updated student: "Grade: 5 → 6".
imports-plan-change = { $field }: { $before } → { $after }
imports-plan-empty = (empty)
imports-plan-adds-contacts = Adds { $count ->
    [one] { $count } family contact
   *[other] { $count } family contacts
}
imports-plan-unarchive = Comes back from the archive
imports-plan-up-to-date = { $count ->
    [one] { $count } student already up to date
   *[other] { $count } students already up to date
}
imports-plan-missing = Not in this file ({ $count ->
    [one] { $count } student
   *[other] { $count } students
})
imports-plan-missing-hint = They stay in the class unless you tick them to be archived.
imports-plan-archive = Archive { $name }
imports-plan-withdrawn = (the file says they left)

## A roster file's format, in words ($version: e.g. "1.1")
imports-format-oneroster = OneRoster { $version }
imports-format-clever = Clever
imports-format-sds = School Data Sync (v{ $version })
imports-format-table = spreadsheet

## ColumnMapStep

imports-columns-title = Which column is which?
# The file picker's filter, naming the files the import reads.
imports-picker-filter = Rosters, scores and frameworks (CSV, Excel, zip, CASE JSON)
# $format is the file's format, e.g. "CSV".
imports-columns-intro = { $file } is a { $format } file. Tell Waypoint which column holds each field; the map is saved and recognized the next time a file with these headers comes in.
imports-columns-saved-map = Using your saved map “{ $name }”.
imports-columns-needed = Still needed:
imports-columns-none = (none)

## SectionStep

imports-count-sections = { $count ->
    [one] { $count } section
   *[other] { $count } sections
}
imports-sections-facts = { $file }: { $format }, { $students ->
    [one] { $students } student
   *[other] { $students } students
} in { $sections ->
    [one] { $sections } section
   *[other] { $sections } sections
}.
imports-sections-delta = This file lists only changes since the school's last export: students it does not mention stay as they are.
imports-sections-which-teacher = Which teacher are you?
imports-sections-skip = Skip — show all sections
imports-sections-which = Which sections do you want as classes?
imports-sections-none = This teacher has no sections in the file.
imports-sections-select-all = Select all
imports-sections-updates = Updates your class { $class }
imports-sections-preparing = Preparing the preview…

## FrameworkFlow and FrameworkPreviewStep

# $counts is a sentence such as "12 items added and 1 item updated."
imports-fw-result = Imported “{ $title }”: { $counts }
imports-fw-preview-case-new = A new framework, “{ $title }” (CASE package): { $counts }
imports-fw-preview-case-update = Updates the framework “{ $title }” (CASE package): { $counts }
imports-fw-preview-table-new = A new framework, “{ $title }” (table): { $counts }
imports-fw-preview-table-update = Updates the framework “{ $title }” (table): { $counts }
imports-fw-deviations = Read anyway: { $count ->
    [one] { $count } deviation
   *[other] { $count } deviations
} from CASE 1.0
imports-fw-use-in = Use it in
imports-fw-no-class = No class for now

## ScoresFlow

imports-scores-competencies-failed = Couldn't read the class's competencies: { $reason }
imports-scores-map-not-saved = The scores were imported, but the map could not be saved: { $reason }

## ScoresMapStep

scores-map-facts = { $file }: { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}, { $columns ->
    [one] { $columns } column
   *[other] { $columns } columns
}.
scores-map-recognized = Recognized: { $name }
scores-map-change = Change…
scores-map-changed-title = This file changed
scores-map-changed-intro = Its columns differ from the ones your map “{ $name }” was saved for:
scores-map-changed-check = Check the map below; applying it saves it again under that name.
# $names lists competency codes the map names.
scores-map-not-in-class = The map names { $names }, which this class does not have; those columns are left unassigned.
scores-map-needs = Before you go on:

## ScoresMapEditor

scores-editor-choose-column = (choose a column)
scores-editor-class = Class
scores-editor-finder = Find students by
scores-editor-given-column = Given name column
scores-editor-family-column = Family name column
scores-editor-shape = Shape of the file
scores-editor-shape-wide = One row per student, a column per question or skill
scores-editor-shape-long = One row per student and item
scores-editor-item-column = Item column
scores-editor-score-column = Score column
scores-editor-no-competencies = This class has no competencies yet: attach a framework to it on the Frameworks page first.
scores-editor-kind = Kind of evidence
scores-editor-date = Date
scores-editor-date-fixed = One date for all
scores-editor-date-column = From a column
scores-editor-date-value = Date of the evidence
scores-editor-date-col = Date column
scores-editor-day-first = Day before month (03/04 is 3 April)
scores-editor-save-as = Save this map as…
scores-editor-save-as-placeholder = e.g. Unit 3 quiz
scores-editor-save-as-hint = Saved when you apply; a file with these columns is recognized next time.

## ScoresConversion

scores-conv-title = How scores become levels
scores-conv-percent = Percent
scores-conv-percent-hint = Scores from 0 to 100.
scores-conv-points = Points
scores-conv-points-hint = Raw points out of a maximum.
scores-conv-vendor = Vendor scale
scores-conv-vendor-hint = An adaptive program’s own numbers, with its proficient mark.
scores-conv-points-max = Out of (most points)
scores-conv-vendor-min = Lowest value
scores-conv-vendor-proficient = Proficient from
scores-conv-vendor-max = Highest value
scores-conv-vendor-hint-levels = The proficient mark lands on the scale’s mastery level; values in between are placed evenly and rounded down.
scores-cuts-caption-percent = Cut points: a percent from this gets the level
scores-cuts-caption-points = Cut points: a score (as a percent of the maximum) from this gets the level
scores-cuts-derived = (derived from the scale)
scores-cuts-level = Level
scores-cuts-from = From %
scores-cuts-reset = Use the scale’s cut points

## ScoresPicks

scores-picks-choose-item-column = Choose the item column to list its items.
scores-picks-no-columns = This file has no other columns to read scores from.
scores-picks-caption-columns = Tick each column that is evidence of a competency
scores-picks-caption-items = Tick each item that is evidence of a competency
scores-picks-competency = Competency
scores-picks-gone = (not in this file)
scores-picks-several-columns = Several columns
scores-picks-several-items = Several items
# A checkbox's name: a column (or item) of the file for a competency's code.
scores-picks-tick-label = { $column } for { $competency }
scores-picks-combine-columns = How to combine the columns for { $competency }
scores-picks-combine-items = How to combine the items for { $competency }
scores-picks-average = Average
scores-picks-sum = Sum

## ScoresPreviewStep

scores-preview-caption = Evidence per student and competency (level · score)
scores-preview-student = Student
scores-preview-already = (already there)
scores-preview-unmatched = “{ $value }”: { $reason }
scores-preview-unmapped = Not assigned to a competency, so left out: { $items }.
