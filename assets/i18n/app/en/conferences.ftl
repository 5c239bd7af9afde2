# The Goals & conferences page: the class's goals, the conference reports and class summary,
# the reflection prompts and peer-feedback protocol, and the school team's reflection.

## ConferencesPage
conferences-page-title = Goals & conferences
conferences-page-sub = { $name } · students' goals at a glance, conference reports for families, the reflection prompts and the team's own reflection
conferences-archived = This class is archived. Its goals and reports are still here.
conferences-tabs-label = Goals and conferences
conferences-tab-goals = Goals
conferences-tab-reports = Conference reports
conferences-tab-prompts = Reflection prompts
conferences-tab-team = Team reflection
# A mark beside a tab whose edits are not saved yet.
conferences-tab-unsaved = Unsaved
# Fills the blank in "You have unsaved changes to ___." when leaving a tab.
conferences-dirty-page = this page
conferences-dirty-prompts = the prompts
conferences-dirty-team = the team's reflection

## Goals, reports and the team reflection (lib/reports.ts)
reports-due-today = Due today
reports-overdue-days = { $count ->
        [one] { $count } day overdue
       *[other] { $count } days overdue
    }
reports-no-check-ins = No check-ins yet
# { $percent } is a whole number from 0 to 100; { $date } a date such as "Mar 3, 2026".
reports-latest-check-in = Latest check-in: { $percent }% on { $date }
reports-last-check-in = Last check-in { $date }
reports-last-check-in-today = Last check-in { $date } · today
reports-last-check-in-ago = Last check-in { $date } · { $days ->
        [one] { $days } day ago
       *[other] { $days } days ago
    }
reports-no-target = No target date
reports-target = Target { $date }
# Report languages: each family's own, or one for all.
reports-lang-auto = Each family's language
# The language's own name: the same in every UI language.
reports-lang-en = English
reports-lang-es = Español
reports-variant-teacher = Teacher-led
reports-variant-student = Student-led — opens with the student's own goal and reflection
reports-contents-profile = Highlights from the learner profile: strengths, interests and goals
reports-contents-mastery = Mastery by strand, with each level in plain language
reports-contents-growth = Growth since the last conference
reports-contents-goals = The student's goals and how they are going
reports-contents-reflections = The reflections chosen for the conference
reports-contents-portfolio = Portfolio highlights
reports-contents-next-steps = Next steps
reports-contents-family-notes = Space for the family’s notes
reports-opened-class = The report is open in its own window: the whole class, one student per page.
reports-opened-student = The report is open in its own window: { $name }.
reports-opened-summary = The class summary is open in its own window.
reports-opened-team = The team reflection is open in its own window.
reports-prompt-blank = The prompt can't be blank.
reports-prompt-too-long = The prompt is too long ({ $count } characters); the limit is { $max }.
# The theme heading for approaches that have none.
reports-theme-other = Other
reports-team-progress = { $done } of { $count ->
        [one] { $count } approach
       *[other] { $count } approaches
    } looked at

## Paper sizes for printing (lib/print.ts), also used by Groups
print-paper-letter = Letter (8.5 × 11 in)
print-paper-a4 = A4 (210 × 297 mm)

## GoalOverviewPanel
conferences-goals-loading = Loading the class's goals…
conferences-try-again = Try again
conferences-refresh = Refresh
conferences-goals-hint = Goals are set, updated and checked in on each student's page (Students, Alt+1). Students can also check in themselves in student mode.
conferences-overdue-count = { $count ->
        [one] { $count } overdue goal
       *[other] { $count } overdue goals
    }
conferences-stale-count = { $count ->
        [one] { $count } goal without a check-in for 14 days
       *[other] { $count } goals without a check-in for 14 days
    }
conferences-without-count = { $count ->
        [one] { $count } student without an active goal
       *[other] { $count } students without an active goal
    }
conferences-overdue = Overdue
conferences-overdue-empty = No overdue goals — nice.
conferences-stale-title = No check-in for 14 days
conferences-stale-label = { $count ->
        [one] { $count } goal without a recent check-in
       *[other] { $count } goals without a recent check-in
    }
conferences-stale-empty = Every active goal has had a check-in in the last 14 days.
conferences-without-title = No active goal
conferences-without-empty = Every student has an active goal.
conferences-without-hint = Set a first goal with each of them on their student page.
# The accessible name of a goal's progress bar; { $title } is the goal.
conferences-goal-progress = Progress on “{ $title }”
conferences-so-far = { $percent }% so far

## ReportsPanel
conferences-print = Print or save as PDF…
conferences-report-title = Conference report
conferences-report-intro = For the family, one page a student. It holds:
conferences-report-who = Who
conferences-report-whole-class = Whole class (one student per page)
conferences-report-no-students = This class has no students yet. Add them on the Students page (Alt+1).
conferences-report-language = Language
# “Each family's language” is reports-lang-auto, an option of the list above.
conferences-report-language-hint = “Each family's language” uses the preferred language of the student's family contacts.
conferences-paper = Paper
# Which kind of conference: teacher-led or student-led.
conferences-report-variant = Conference
conferences-opening = Opening…
conferences-report-open = Open the report
conferences-summary-title = Class summary
conferences-summary-intro = For you and the school team: how the class is spread across the levels of each competency, and the current groups.
conferences-summary-open = Open the class summary

## PromptsPanel
conferences-prompts-offered = { $count ->
        [one] { $count } prompt offered to students
       *[other] { $count } prompts offered to students
    }
conferences-prompts-intro = Students pick one of these when they write a reflection, or write freely. The bank is shared by all your classes.
conferences-show-archived = Show archived
conferences-prompts-loading = Loading prompts…
conferences-prompts-empty = The bank is empty. Add a first prompt below, e.g. “What helped you learn today?”
conferences-prompts-none-offered = No prompts are offered to students. Add one below, or show the archived ones to bring one back.
conferences-prompt-text = Prompt text
conferences-saving = Saving…
conferences-archived-badge = Archived
conferences-prompt-edit-label = Edit the prompt “{ $text }”
conferences-prompt-archive-label = Archive the prompt “{ $text }”
conferences-prompt-unarchive-label = Unarchive the prompt “{ $text }”
conferences-archive = Archive
conferences-unarchive = Unarchive
conferences-prompt-add-title = Add a prompt
conferences-prompt-add-intro = A question a student can answer in a few sentences, in words they use.
conferences-prompt-new = New prompt
conferences-prompt-new-placeholder = What would you do differently next time?
conferences-prompt-new-hint = One line, at most { $max } characters.
conferences-adding = Adding…
conferences-prompt-add = Add prompt
conferences-prompt-added = Added the prompt “{ $text }”.
conferences-prompt-saved = Saved the prompt.
conferences-prompt-archived = Archived the prompt “{ $text }”.
conferences-prompt-restored = Restored the prompt “{ $text }”.
# Fills the blank in "You have unsaved changes to ___."
conferences-dirty-prompt = this prompt

## FeedbackProtocol
conferences-feedback-title = Peer feedback prompts
conferences-feedback-intro = A student answers these on a classmate's work you open for peer review (on the student's page, under Portfolio). The same three prompts for all your classes; each at most { $max } characters.
conferences-feedback-loading = Loading the prompts…
# { $n } is 1, 2 or 3.
conferences-feedback-prompt = Prompt { $n }
conferences-feedback-reset = Reset to default
conferences-feedback-save = Save prompts
conferences-feedback-saved = Saved the feedback prompts.
conferences-feedback-reset-done = The feedback prompts are back to the default.
conferences-feedback-undone = The feedback prompts are back as they were.

## TeamPanel
conferences-team-list-title = The team's reflections
conferences-team-count = { $count ->
        [one] { $count } reflection
       *[other] { $count } reflections
    }
conferences-team-intro = Look at personalized learning together: for each approach, what your team does now and how it differs from what you do, then the three questions of the reflection guide.
conferences-team-loading = Loading the team's reflections…
conferences-team-empty = No reflections yet. Start the first one below with your team's name.
conferences-team-create-title = Start a reflection
conferences-team-name = Team
conferences-team-name-placeholder = Grade 6 team
conferences-team-date = Date
conferences-team-starting = Starting…
conferences-team-create = Start the reflection
conferences-team-name-blank = The team's name can't be blank.
conferences-team-date-required = Choose the day of the reflection.
conferences-team-started = Started the reflection for { $team }.
conferences-team-open-label = Open reflection
conferences-team-none-yet = Start a reflection with your team: give the team a name and the day, then go through the approaches together.
conferences-team-none-open = Open one of the reflections to carry on, or start a new one.

## TeamReflectionEditor, ApproachNotes and NoteSaveRow
conferences-unsaved-changes = Unsaved changes
conferences-saved = Saved
conferences-team-no-approaches = This reflection has no approaches to look at.
conferences-team-guide = Reflection guide
conferences-team-notes-saved = Saved the notes on “{ $title }”.
# { $message } is the reason, as the app gives it.
conferences-team-notes-failed = Couldn't save the notes on “{ $title }”: { $message }
conferences-team-answer-saved = Saved the answer to question { $n }.
conferences-team-answer-failed = Couldn't save the answer to question { $n }: { $message }
conferences-team-answer-save-label = Save the answer to question { $n }
conferences-team-print-unsaved = Some notes couldn't be saved, so the report would leave them out. Fix them, then print again.
# { $label } is conferences-approach-looks-label (in bold); { $text } what the approach looks like.
conferences-approach-looks = { $label } { $text }
conferences-approach-looks-label = What it looks like:
conferences-approach-now = We do this now
conferences-approach-different = This is different from our approach
conferences-approach-save-label = Save the notes on “{ $title }”
