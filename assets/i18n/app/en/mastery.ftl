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
