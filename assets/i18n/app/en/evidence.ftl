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
