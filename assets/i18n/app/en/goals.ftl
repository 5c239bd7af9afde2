# What a student owns, on their page under the learner profile: goals and check-ins,
# reflections, the portfolio with peer feedback, and conferences; and the shared pieces of
# those sections' forms and lists.

## Shared by the sections and their forms

# In brackets after a field's label.
goals-optional = optional
goals-optional-note = (optional)
goals-date = Date
student-row-edit = Edit { $name }
student-row-delete = Delete { $name }
goals-competencies-loading = Loading competencies…
goals-competencies-none = This class has no competencies yet — attach a framework on the Frameworks page to link them.
goals-author-student = Student
goals-author-teacher = Teacher
# What the form checks call a field in "… is too long" and "… must be a real date" messages.
goals-check-date = The date
goals-choose-date = Choose the date.

## GoalsSection

# Completes "You have unsaved changes to …".
goals-discard-what = this goal
goals-title = Goals
goals-new = New goal
goals-loading = Loading goals…
# $button is the "New goal" button's name, shown in bold.
goals-empty = No goals yet. Sit down with { $name } and choose { $button } to write one in their words.
goals-added = Added the goal “{ $title }”.
goals-saved = Saved “{ $title }”.
# $percent is already written as a percentage, e.g. "40%".
goals-checked-in = Checked in on “{ $title }”: { $percent }.
goals-deleted = Deleted the goal “{ $title }”.
goals-restored = Restored “{ $title }”.
goals-status-active = Working on it
goals-status-met = Met
goals-status-not-met = Not met
goals-status-dropped = Set aside
goals-overdue = Overdue
goals-stale = No check-in for 14 days
goals-target = Target: { $date }
goals-no-target = No target date
goals-why-label = Why it matters:
goals-steps-for = Steps for { $title }
goals-progress-on = Progress on { $title }
goals-checkins = Check-ins ({ $count })
goals-no-checkins = No check-ins yet.
goals-add-checkin = Add check-in
goals-add-checkin-on = Add check-in on { $title }

## GoalForm

goals-edit-title = Edit “{ $title }”
goals-new-title = A new goal for { $name }
goals-field-goal = Goal
# The start of a goal in the student's words.
goals-field-goal-placeholder = I will…
goals-field-why = Why it matters
goals-in-their-words = in the student’s words
goals-field-steps = Steps
goals-field-steps-hint = One step a line, in order.
goals-field-target-date = Target date
goals-field-status = Status
goals-field-competencies = Competencies it is about
goals-field-links = Connects to
goals-field-links-note = (interests and career goals, optional)
goals-links-loading = Loading the learner profile…
goals-links-none = No interests or career goals yet — add them to { $name }’s learner profile above to connect goals to them.
# Beside a link choice: where it comes from.
goals-link-interest = interest
goals-link-career = career goal
goals-link-earlier = earlier link
goals-save = Save goal
goals-add = Add goal
goals-title-blank = Give the goal a title, in the student’s words.
goals-check-title = The title
goals-check-target-date = The target date
goals-step-too-long = Each step is at most { $max } characters.

## CheckInForm

goals-checkin-title = Check in on “{ $title }”
goals-checkin-progress = Progress
goals-checkin-progress-percent = Progress, percent
goals-checkin-author = Who is checking in
goals-checkin-note = Note
goals-checkin-save = Save check-in
goals-check-note = The note
goals-progress-invalid = Progress is a whole number from 0 to 100.

## Reflections

reflections-free = Free reflection
reflections-response-blank = Write the reflection first.
reflections-check-response = The reflection
reflections-rating-needs-competency = Choose the competency the rating is for.

## Conferences on a student's page

student-conference-check-notes = The notes
student-conference-attendee-too-long = Each attendee is at most { $max } characters.
student-conference-step-too-long = Each next step is at most { $max } characters.
student-conference-follow-up-too-long = Each follow-up is at most { $max } characters.

## The teacher PIN for student mode

student-mode-pin-digits = The PIN is 4 to 8 digits.
student-mode-pin-mismatch = The two PINs are not the same. Type it again.

## ReflectionsSection and ReflectionForm

# Completes "You have unsaved changes to …".
reflections-discard-what = this reflection
reflections-title = Reflections
reflections-new = New reflection
reflections-loading = Loading reflections…
# $button is the "New reflection" button's name, shown in bold.
reflections-empty = No reflections yet. Choose { $button }, or hand the laptop to { $name } to write one in student mode.
reflections-added = Added the reflection.
reflections-saved = Saved the reflection.
reflections-deleted = Deleted the reflection.
reflections-delete-title = Delete this reflection?
reflections-delete-message = The reflection from { $date } will be deleted. This can't be undone.
reflections-delete-message-evidence = The reflection from { $date } will be deleted, with the self-assessment evidence it recorded. This can't be undone.
reflections-delete-confirm = Delete reflection
reflections-for-conference = For the conference
reflections-for-conference-note = (shown on the conference printout)
# $rating is shown in bold, e.g. "3 · Proficient".
reflections-self-rating-is = Self-rating: { $rating }
# Names the row in "Edit …" and "Delete …".
reflections-row-name = the reflection from { $date }
reflections-archived-prompt = An archived prompt
reflections-rating-hint-choose = Choose a competency to rate it.
reflections-rating-hint-loading = Loading the scale…
reflections-rating-hint = A rating is also recorded as self-assessment evidence.
reflections-edit-title = Edit the reflection
reflections-new-title = A new reflection by { $name }
reflections-field-prompt = Prompt
reflections-field-response = Reflection
reflections-field-author = Written by
reflections-field-competency = Competency
reflections-no-competency = None
reflections-field-rating = Self-rating
reflections-no-rating = No rating
reflections-save = Save reflection
reflections-add = Add reflection

## ConferencesSection and ConferenceForm (a student's conferences)

student-conference-discard-what = this conference
student-conference-title = Conferences
student-conference-new = New conference
student-conference-loading = Loading conferences…
# $button is the "New conference" button's name, shown in bold.
student-conference-empty = No conferences recorded yet. After you meet with { $name } and their family, choose { $button } to keep the notes and next steps.
student-conference-added = Added the conference of { $date }.
student-conference-saved = Saved the conference of { $date }.
student-conference-deleted = Deleted the conference of { $date }.
student-conference-delete-title = Delete this conference?
student-conference-delete-message = The notes of the conference on { $date } will be deleted. This can't be undone.
student-conference-delete-confirm = Delete conference
student-conference-student-led = Student-led
student-conference-student-led-note = ({ $name } ran it)
# $names: the people who came, as typed.
student-conference-with = With { $names }
student-conference-next-steps = Next steps
student-conference-follow-ups = Follow-ups
student-conference-row-name = the conference of { $date }
student-conference-edit-title = Edit the conference
student-conference-new-title = A conference with { $name }
student-conference-field-attendees = Who came
student-conference-field-attendees-hint = One person a line, e.g. “Mother (Rosa)”.
student-conference-next-steps-hint = One step a line.
student-conference-follow-ups-hint = One a line: who does what, by when.
student-conference-save = Save conference
student-conference-add = Add conference

## PortfolioSection and ArtifactForm

portfolio-discard-what = this piece of work
portfolio-title = Portfolio
# The file picker's filter, naming the kinds of file a portfolio takes.
portfolio-picker-filter = Images, PDFs, audio, video and documents
portfolio-add-work = Add work
portfolio-loading = Loading the portfolio…
# $button is the "Add work" button's name, shown in bold.
portfolio-empty = Nothing in { $name }’s portfolio yet. Choose { $button } to add a photo, a PDF, a recording or a document.
portfolio-added = Added “{ $title }” to the portfolio.
portfolio-saved = Saved “{ $title }”.
portfolio-highlighted = “{ $title }” is highlighted.
portfolio-unhighlighted = “{ $title }” is no longer highlighted.
portfolio-delete-title = Delete “{ $title }”?
# $file is the file's name.
portfolio-delete-message = “{ $title }” ({ $file }) will be removed from { $name }’s portfolio. This can't be undone.
portfolio-deleted = Deleted “{ $title }”.
portfolio-preview-of = Preview of { $title }
portfolio-highlight-label = Highlight { $title }
portfolio-highlight-title = Highlight for the conference
portfolio-highlighted-title = Highlighted for the conference
portfolio-kind-image = Image
portfolio-kind-pdf = PDF
portfolio-kind-audio = Audio
portfolio-kind-video = Video
portfolio-kind-document = Document
# Drawn inside the icon of a PDF file: keep it to three or four letters.
portfolio-kind-icon-pdf = PDF
portfolio-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
portfolio-size-kb = { $amount } KB
portfolio-size-mb = { $amount } MB
portfolio-size-gb = { $amount } GB
portfolio-size-tb = { $amount } TB
portfolio-choose-file-status = Choose the file in the window that opened.
portfolio-no-file = No file chosen.
portfolio-new-title = Add work to { $name }’s portfolio
portfolio-field-title = Title
portfolio-field-reflection = { $name }’s reflection
portfolio-field-reflection-placeholder = What does this show? What was hard? What would you do next time?
portfolio-field-competencies = Competencies it shows
portfolio-field-highlight = Highlight
portfolio-choose-file = Choose file…
portfolio-attach-hint = Images, PDFs, audio, video and documents, up to 100 MB. The file is copied into Waypoint’s data folder.
portfolio-title-blank = Give the piece of work a title.

## PeerReviewControls and the peer-feedback checks (feedback.ts)

portfolio-feedback-discard-what = this feedback
portfolio-review-open = Open for peer review
portfolio-review-share = Let { $name } read the feedback
portfolio-review-opened = “{ $title }” is open for peer review.
portfolio-review-closed = “{ $title }” is no longer open for peer review.
portfolio-review-shared = { $name } can read the feedback on “{ $title }”.
portfolio-review-unshared = { $name } can no longer read the feedback on “{ $title }”.
# $name is the classmate who wrote the feedback.
portfolio-feedback-remove-title = Remove { $name }’s feedback?
portfolio-feedback-remove-message = { $name }’s feedback on “{ $title }” will be removed for good. This can't be undone.
portfolio-feedback-remove = Remove
portfolio-feedback-removed = Removed { $name }’s feedback.
portfolio-feedback-count = Feedback ({ $count })
portfolio-feedback-remove-label = Remove { $name }’s feedback from { $date }
portfolio-feedback-prompt-blank = Prompt { $number } can't be blank.
portfolio-feedback-prompt-too-long = Prompt { $number } is longer than { $max } characters.
portfolio-feedback-answer-blank = Write something for at least one prompt.

## Where a student is with an activity, in their own words (student mode)

student-activity-not-started = Not started
student-activity-in-progress = My choice — working on it
student-activity-done = Done
