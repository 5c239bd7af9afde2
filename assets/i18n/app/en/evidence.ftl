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
