# The Mastery page: the class's grid of levels, one student's detail on a competency, one
# competency across the class, and what-if and override tools.

## MasteryPage
mastery-title = Mastery
mastery-try-again = Try again
mastery-loading = Loading mastery…
mastery-updating = Updating…
# Shown as a view's title until its data loads, when the competency is not known yet.
mastery-competency = Competency
mastery-student-detail = Student detail
# A detail view's title: a student's name, then a competency's code and label.
mastery-cell-title = { $student } — { $competency }
# Completes "You have unsaved changes to …" in the discard-changes dialog.
mastery-discard-override = the status override
mastery-back-competency = Back to the competency
mastery-back-grid = Back to the grid
mastery-no-framework-title = No framework is attached to { $class }
# { $page } is the Frameworks page's name, shown in bold (mastery-frameworks-page).
mastery-no-framework-body = The mastery grid shows each student's level on each competency of the class's frameworks. Attach a framework (or import one from a CASE file) on the { $page } page, then record evidence.
mastery-frameworks-page = Frameworks
# { $alt } and { $digit } are keys, shown as keycaps: Alt and 4.
mastery-no-framework-keys = Go to Frameworks with { $alt }+{ $digit }.
# The Alt key's name on the keyboard.
mastery-key-alt = Alt
mastery-hint-no-students = This class has no students yet. Add them on the Students page (Alt+1).
mastery-hint-no-competencies = The attached framework has no competencies yet. Add some on the Frameworks page (Alt+4).
mastery-hint-no-evidence = No evidence yet. Record what students show on the Evidence page (Alt+2); their levels appear here as you go.
mastery-no-columns = No competencies in this strand.

## lib/mastery.ts
mastery-count-evidence = { $count ->
    [one] { $count } piece of evidence
   *[other] { $count } pieces of evidence
}
mastery-count-students = { $count ->
    [one] { $count } student
   *[other] { $count } students
}
mastery-count-competencies = { $count ->
    [one] { $count } competency
   *[other] { $count } competencies
}
mastery-band-reteach = Reteach
mastery-band-practice = Practice
mastery-band-extend = Extend
# The suggested name of the exported CSV file; { $date } is YYYY-MM-DD.
mastery-csv-file-name = { $class } mastery { $date }.csv
# The class part of the CSV file name when the class has no usable name.
mastery-csv-no-class = Class
# A colour key entry: levels from { $from } up to, but not including, { $to }.
mastery-heat-range-below = { $from } to under { $to }
mastery-heat-range = { $from } to { $to }
# A grid cell's name for screen readers: "Ana, MA.1: level 3 from 2 pieces of evidence, mastered".
mastery-cell-name = { $student }, { $code }: { $what }, { $status }
mastery-cell-no-evidence = no evidence
mastery-cell-no-level = no level yet from { $count ->
    [one] { $count } piece of evidence
   *[other] { $count } pieces of evidence
}
mastery-cell-level = level { $level } from { $count ->
    [one] { $count } piece of evidence
   *[other] { $count } pieces of evidence
}
# Statuses as they read inside the cell's name (lower case in English).
mastery-cell-status-not-started = not started
mastery-cell-status-progressing = progressing
mastery-cell-status-mastered = mastered
mastery-cell-mastered-on = mastered on { $date }
mastery-cell-overridden = { $status } (set by hand; calculated: { $calculated })

## lib/levels.ts
levels-status-not-started = Not started
levels-status-progressing = Progressing
levels-status-mastered = Mastered

## lib/methods.ts
# The mastery calculation methods' names.
methods-highest = Highest
methods-latest = Most recent
methods-average = Average
methods-weighted-average = Weighted average
methods-decaying-average = Decaying average
methods-n-mastery = n-mastery
methods-power-law = Power law
# What the method menu shows: the name with a hint at its parameter.
methods-choice-weighted-average = Weighted average (recent counts w%)
methods-choice-decaying-average = Decaying average (rate d%)
methods-choice-n-mastery = n-mastery (n at or above proficient)
methods-choice-power-law = Power law (trend)
methods-param-weight = Weight of the newest score
methods-param-rate = Decay rate
methods-param-n = Number of scores needed
# A parameter's label with its unit: "Decay rate (%)".
methods-param-with-unit = { $label } ({ $unit })
# A method with its parameter: "Decaying average (65%)", "n-mastery (3)".
methods-title-with-param = { $label } ({ $param })
methods-invalid-weight = The weight of the newest score must be a percentage from 0 to 100.
methods-invalid-rate = The decay rate must be a percentage more than 0 and at most 100.
methods-invalid-n = The number of scores must be a whole number from 1 to { $max }.
methods-formula-highest = The highest score so far, even if later work is lower.
methods-formula-latest = Only the most recent score counts.
methods-formula-average = The average of all the scores, each counting the same.
# { $newest } and { $rest } are percentages, e.g. 65% and 35%.
methods-formula-weighted-average = The newest score counts for { $newest } and the average of all the scores before it for { $rest }; a single score counts in full.
methods-formula-decaying-average = Each new score counts for { $newest } and everything before it for { $rest }, so recent work matters most.
# { $level } is the mastery level with its label, e.g. "3 (Proficient)".
methods-formula-n-mastery = Once { $count ->
    [one] { $count } score is
   *[other] { $count } scores are
} at or above { $level }, the average of those scores; lower scores don't count, and until then there is no result.
methods-formula-power-law = A trend line through all the scores, read at the newest one, so steady growth shows and one off day counts less. It needs at least 3 scores; a 0 counts as 0.1 in the trend.

## MasteryGrid
# Read by screen readers on the mastery grid.
mastery-grid-help = Arrow keys move between cells. Enter opens a cell's evidence and calculation, or a competency's class summary from its column header. Home and End go to the ends of a row; Control+Home and Control+End to the first and last cell; Page Up and Page Down move ten students.
mastery-grid-label = Mastery: students by competencies
mastery-grid-student = Student

## GridToolbar
mastery-method-restored = { $framework } is back to { $method }.
# { $method } is a calculation method's name, e.g. "Decaying average (65%)".
mastery-method-changed = { $framework } now uses { $method }; every level was recalculated.
# { $path } is where the CSV file was saved.
mastery-export-saved = Saved { $path }
# A strand: a group of competencies in a framework.
mastery-strand = Strand
mastery-all-strands = All strands
mastery-framework = Framework
# How the levels are calculated from the evidence.
mastery-calculation = Calculation
mastery-exporting = Exporting…
mastery-export-csv = Export CSV
# { $level } is the mastery threshold with its label, e.g. "3 (Proficient)".
mastery-mastery-at = Mastery at { $level }.
mastery-recalculating = Recalculating…
# The title of the colour key.
mastery-legend-title = Key
mastery-legend-no-evidence = No evidence
# Explains a sample cell "2.5⁴": the level, and a small number counting the pieces of evidence.
mastery-legend-level-count = level, pieces of evidence
mastery-legend-no-level = evidence, no level yet
mastery-legend-mastered = mastered
mastery-legend-overridden = status set by hand
# "24 students × 12 competencies, 80 pieces of evidence."
mastery-summary = { $students } × { $competencies }, { $evidence }.
mastery-summary-filtered = { $students } × { $competencies } (of { $total }), { $evidence }.
mastery-keys-help = Arrow keys move · Enter opens · [ ] previous/next student · Esc goes back

## CellDetailView
# Announced after moving to another student: "Ana Díaz, 3 of 24".
mastery-detail-announce = { $student }, { $position } of { $total }
# { $kind } is the kind of evidence; { $date } the day it was recorded.
mastery-evidence-deleted = Deleted { $kind ->
    [observation] the observation
    [exit_ticket] the exit ticket
    [quiz] the quiz
    [project] the project
    [conference] the conference
    [self_assessment] the self-assessment
   *[other] the evidence
} from { $date }.
mastery-evidence-restored = Restored { $kind ->
    [observation] the observation
    [exit_ticket] the exit ticket
    [quiz] the quiz
    [project] the project
    [conference] the conference
    [self_assessment] the self-assessment
   *[other] the evidence
} from { $date }.
mastery-evidence-saved = Saved the evidence.
mastery-previous-student = Previous student
mastery-previous-student-title = Previous student ([)
mastery-next-student = Next student
mastery-next-student-title = Next student (])
mastery-position = { $position } of { $total }
mastery-detail-loading = Loading…
mastery-see-across-class = See { $code } across the class
mastery-see-this-across-class = See this competency across the class
mastery-evidence-heading = Evidence
mastery-no-evidence-for = No evidence yet for { $student } on this competency. Record some on the Evidence page (Alt+2).

## CompetencyView
# Under the Reteach group: which levels it holds.
mastery-band-reteach-hint = below { $level }
mastery-band-extend-hint = { $level } and above
mastery-group-no-level = Evidence, no level yet
mastery-group-no-level-hint = the method needs more
mastery-group-no-evidence = No evidence yet
# { $method } is the method's name in bold; { $formula } a sentence saying how it works; { $level } the mastery threshold.
mastery-competency-method = Levels are calculated with { $method }: { $formula } Mastery at { $level }.
mastery-distribution = Distribution
mastery-group-nobody = Nobody.
mastery-status-by-hand = ({ $status } by hand)
mastery-count-scores = { $count ->
    [one] { $count } score
   *[other] { $count } scores
}

## DistributionChart
# Read by screen readers: "24 students: 3 at 4 Advanced, 10 at 3 Proficient; 2 with no level."
mastery-dist-summary = { $total ->
    [one] { $total } student
   *[other] { $total } students
}: { $levels }; { $noResult } with no level.
mastery-dist-summary-level = { $count } at { $level }
mastery-dist-title = Students at each level
mastery-dist-no-level = No level
mastery-dist-level = Level
mastery-dist-students = Students
mastery-dist-note = No evidence: { $noEvidence }. The dashed line marks mastery ({ $threshold }).
mastery-dist-note-no-level = No evidence: { $noEvidence } · evidence but no level yet: { $noLevel }. The dashed line marks mastery ({ $threshold }).

## EvidenceEditDialog
mastery-edit-title = Edit evidence
mastery-edit-saving = Saving…
mastery-edit-save = Save evidence
mastery-edit-level = Level
mastery-edit-date = Date
mastery-edit-note = Note
mastery-edit-invalid-level = Choose a level on the scale.
mastery-edit-date-blank = Date can't be blank.
mastery-edit-date-invalid = Date must be a real date written YYYY-MM-DD; "{ $date }" is not.
mastery-edit-note-too-long = Note is too long ({ $count } characters); the limit is { $max }.

## EvidenceTimeline
mastery-timeline-empty = No evidence yet.
# Read by screen readers as the chart's description.
mastery-timeline-summary-one-day = { $count ->
    [one] { $count } score
   *[other] { $count } scores
} on { $first }; calculated level now { $level }. Mastery at { $threshold }. The table below has the same data.
mastery-timeline-summary-one-day-no-level = { $count ->
    [one] { $count } score
   *[other] { $count } scores
} on { $first }; no calculated level yet. Mastery at { $threshold }. The table below has the same data.
mastery-timeline-summary = { $count ->
    [one] { $count } score
   *[other] { $count } scores
} from { $first } to { $last }; calculated level now { $level }. Mastery at { $threshold }. The table below has the same data.
mastery-timeline-summary-no-level = { $count ->
    [one] { $count } score
   *[other] { $count } scores
} from { $first } to { $last }; no calculated level yet. Mastery at { $threshold }. The table below has the same data.
mastery-timeline-title = Evidence over time
# A label on the chart's dashed line: the mastery threshold.
mastery-timeline-threshold = mastery { $level }
mastery-timeline-point = { $date }: { $level }, { $kind }
mastery-timeline-key-point = a piece of evidence
mastery-timeline-key-trend = calculated level after it
mastery-timeline-key-threshold = mastery threshold
mastery-timeline-caption = Evidence, oldest first, with the calculated level after each piece
mastery-timeline-calculated-after = Calculated after
mastery-timeline-actions = Actions
# { $which } is heard only by screen readers: "evidence 2 (Mar 3, 2025)".
mastery-timeline-edit = Edit { $which }
mastery-timeline-delete = Delete { $which }
mastery-timeline-which = evidence { $number } ({ $date })

## MasteryWorking
mastery-working-title = How this level was calculated
# { $method } is the method's name in bold; { $formula } says how it works.
mastery-working-method = { $method }: { $formula }
mastery-working-method-own = { $method } (this competency’s own method): { $formula }

## OverrideForm
mastery-override-return = Return to the calculated status
mastery-override-change = Change the override
mastery-override-set = Override status
mastery-override-reason-needed = Say why you are overriding the status; the reason is kept with it.
mastery-override-reason-too-long = Reason is too long ({ $count } characters); the limit is { $max }.
mastery-override-returned-toast = { $student } is back to the calculated status.
mastery-override-set-toast = { $student }'s status is now { $status }.
mastery-override-title = Status
# { $calculated } and { $shown } are statuses shown in bold.
mastery-override-calculated = Calculated: { $calculated }
mastery-override-calculated-shown = Calculated: { $calculated } · shown as { $shown } (set by hand)
mastery-override-status = Status to show
mastery-override-use-calculated = Use the calculated status
mastery-override-reason = Reason
mastery-override-required = (required)
mastery-override-reason-hint = Kept with the decision, so you (and others) can see why later.
mastery-override-follows = The status follows the calculation.
mastery-override-shown-now = This is the status shown now.
mastery-override-history = History
mastery-override-no-history = No overrides: the status has always been the calculated one.
mastery-override-returned = Returned to calculated

## ResultCard
mastery-result-title = Result
mastery-result-no-evidence = No evidence yet
mastery-result-no-level = No level yet
mastery-result-mastered-on = Mastered on { $date }
mastery-result-from = From { $count ->
    [one] { $count } piece
   *[other] { $count } pieces
} of evidence · mastery at { $level }
# { $status } is shown in bold; { $reason } is what the teacher wrote.
mastery-result-overridden = Overridden: { $status } — { $reason } ({ $date })

## WhatIfSection
mastery-whatif-framework-again = { $code } uses the framework's method again.
mastery-whatif-now-uses = { $code } now uses { $method } for every student.
mastery-whatif-title = What if: every method on the same evidence
# { $method } is shown in bold; { $framework } is the framework's method.
mastery-whatif-own-instead = This competency uses its own method, { $method }, instead of the framework's { $framework }. It applies to every student.
mastery-whatif-own = This competency uses its own method, { $method }. It applies to every student.
mastery-whatif-framework-named = The framework's method ({ $method }) is used unless you choose one for this competency; the choice applies to every student.
mastery-whatif-framework = The framework's method is used unless you choose one for this competency; the choice applies to every student.
mastery-whatif-go-back = Go back to the framework's method
mastery-whatif-caption = The level each calculation method gives
mastery-whatif-method = Method
mastery-whatif-how = How it works
mastery-whatif-action = Action
mastery-whatif-used-now = used now
mastery-whatif-no-result = No result.
mastery-whatif-use = Use for this competency
