# The Students page: the roster, the student's name and school details, archiving and erasing
# a student, the next steps on a student's page, and handing the laptop over in student mode.

## StudentsPage

# Completes "You have unsaved changes to …" when the student being added is not saved yet.
students-the-new-student = the new student
students-added-toast = Added { $name }.
students-saved-toast = Saved { $name }.
students-archived-toast = Archived { $name }.
students-restored-toast = Restored { $name }.
students-erased-toast = Erased { $name } from this laptop. Co-teachers' laptops erase them at their next sync.
students-add-title = Add a student
students-add-lead = Start with the name. Once the student is saved you can fill in their learner profile.
students-legal-name = Legal name: { $name }
students-archive = Archive student
students-unarchive = Unarchive student
students-archived-notice = { $name } is archived and hidden from the roster. Unarchive to bring them back.
students-none-selected = No student selected
students-choose-hint = Choose a student from the list to see and edit their learner profile.
students-search-tip = Tip: type in the search box, then press Down Arrow and Enter.
students-class-empty = This class has no students yet.

## Roster

students-roster-title = Students
students-add-student = Add student
students-search-label = Search students
students-search-placeholder = Search by name…
students-search-hint = Press Down Arrow to move into the list.
students-show-archived = Show archived
students-loading = Loading students…
students-empty-title = No students yet.
students-empty-lead = Add the students in this class to start building their learner profiles.
students-no-match = No students match “{ $query }”.
students-archived-badge = Archived

## StudentForm

student-form-title = Name and school details
student-required = (required)
student-given-name = Given name
student-family-name = Family name
student-preferred-name = Preferred name
student-preferred-name-hint = Shown instead of the given name, if set.
student-birth-date = Birth date
# The placeholder of a date box: how a date is typed (year, month, day).
student-date-placeholder = YYYY-MM-DD
student-number = Student ID
student-number-hint = The school's number for the student; score imports find students by it.
student-email = Email
student-grade = Grade
# $name is shown in bold: the name as the roster will show it.
student-will-appear = Will appear as { $name }
student-unsaved = Unsaved changes
student-discard = Discard
student-saving = Saving…
student-save-details = Save details

## Class and student counts (display.ts)

students-count = { $count ->
    [one] { $count } student
   *[other] { $count } students
}
# A class in the class switcher: its name and how many students it has.
students-class-option = { $name } ({ $count ->
    [one] { $count } student
   *[other] { $count } students
})
students-class-option-archived = { $name } ({ $count ->
    [one] { $count } student
   *[other] { $count } students
}) — archived

## Client-side checks of the class, student and learner-profile forms (validate.ts)
## $field is the name of a field ("Given name"), $item what one item of a list is ("Strength").

validate-blank = { $field } can't be blank.
validate-too-long = { $field } is too long ({ $count } characters); the limit is { $max }.
validate-bad-date = { $field } must be a real date written YYYY-MM-DD; "{ $value }" is not.
validate-field-class-name = Class name
validate-field-subject = Subject
validate-field-grade-level = Grade level
validate-field-contact-name = Contact name
validate-chip-full = At most { $max } items; remove one first.
validate-chip-duplicate = “{ $item }” is already in the list.
validate-list-too-many = { $field }: at most { $max } items.
validate-item-empty = { $item } { $number } is empty.
validate-item-too-long = { $item } { $number } must be at most { $max } characters.
validate-notes-too-long = Notes must be at most { $max } characters.
validate-too-many-accommodations = At most { $max } accommodations.
validate-choose-kind = Choose a kind.
validate-too-many-contacts = At most { $max } family contacts.

## NextStepsSection and NextStepItem

student-next-steps-title = Next steps
student-next-steps-count = { $mastered } of { $total ->
    [one] { $total } competency
   *[other] { $total } competencies
} mastered
student-next-steps-loading = Loading next steps…
student-next-steps-no-competencies = This class has no competencies yet. Attach a framework to it on the Frameworks page to see { $name }'s next steps.
student-next-steps-all-mastered = { $name } has mastered every competency of this class.
student-next-steps-none-ready = Nothing is ready yet: each competency left waits on a prerequisite { $name } has not mastered.
student-next-steps-list = { $name }'s next steps, nearest first
# A disclosure listing the competencies still waiting on a prerequisite.
student-next-steps-not-yet = Not yet ({ $count })
student-next-step-no-activities = No activity for it yet.
# $code is a competency's code, e.g. "M.7.2".
student-next-step-activities = Activities for { $code }

## PlaylistProposal

student-proposal-assigned = Assigned “{ $title }” to { $name }.
student-proposal-heading = A personal board for { $name }
student-proposal-approve = Approve and assign
student-proposal-busy = Proposing…
student-proposal-propose = Propose a personal playlist

## StudentModeButton

student-mode-button = Hand the laptop to { $name }
student-mode-button-title = Only { $name }'s goals and reflections stay open until you type your PIN
student-mode-pin-title = Set a teacher PIN
student-mode-pin-lead = In student mode, { $name } sees only their own goals and reflections. To get back to your view you will type this PIN.
student-mode-pin = PIN
student-mode-pin-note = (4 to 8 digits)
student-mode-pin-again = Type it again
student-mode-pin-save = Save PIN and hand over

## EraseStudentSection

student-erase-title = Erase this student
student-erase-lead = For a family's or the district's erasure request. Archive is enough when { $name } only leaves the class.
student-erase-button = Erase student permanently…
student-erase-dialog-title = Erase { $name } permanently?
student-erase-what = This erases every record and file about { $name } on this laptop: their profile, evidence, goals, reflections, conferences, portfolio files, and the copies in restore points and snapshots.
student-erase-sync = With the next sync, it erases them on your co-teachers' laptops too.
student-erase-no-undo = This cannot be undone.
# $name is shown in bold: the teacher types it in the box below.
student-erase-type-name = Type { $name } to confirm
student-erase-hint = The Erase button works once the name matches.
student-erase-confirm = Erase { $name }
