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
