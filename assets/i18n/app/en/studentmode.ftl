# Student mode: the student's own page on the teacher's laptop (next steps and choice boards,
# goals and check-ins, reflections, feedback to and from classmates), and the teacher's PIN
# to leave it. The student reads these: short, friendly words, addressing the student.

## StudentModeScreen

studentmode-title = Student mode
studentmode-locked-title = This laptop is locked
studentmode-unlock = Teacher: unlock with the PIN
studentmode-hello = Hi!
studentmode-hello-name = Hi, { $name }!
studentmode-loading = Getting your page ready…
studentmode-lead = This is your page. Choose what to learn next, check in on your goals and write about your learning.
studentmode-reflections-title = My reflections
studentmode-reflections-empty = Nothing here yet. Your first reflection will show up here.
# After a past reflection's date and prompt, when the student chose to show it at the conference.
studentmode-for-my-conference = for my conference
studentmode-exit = Teacher: exit
studentmode-saving = Saving…

## MyNextSteps

studentmode-next-title = My next steps
studentmode-ready-title = What I'm ready to learn
studentmode-next-empty = Nothing new to start right now. Keep going with what you are working on!
studentmode-boards-title = My choice boards
studentmode-boards-empty = Your teacher hasn't made a choice board for you yet.
studentmode-board-pick = { $count ->
    [one] Pick one activity.
   *[other] Pick { $count } activities.
  }
studentmode-activity-minutes = about { $minutes } minutes
studentmode-choose = Choose this
studentmode-choose-named = Choose this: { $title }
studentmode-chose = You chose { $title }. Have fun!
studentmode-status-not-started = Not started
# The mark on an activity the student picked and has not finished.
studentmode-status-in-progress = My choice — working on it
studentmode-status-done = Done

## GoalCheckIns

studentmode-goals-title = My goals
studentmode-goals-empty = You have no goals to work on right now. Ask your teacher to set one with you.
studentmode-goal-why = Why it matters to me: { $why }
studentmode-goal-steps = My steps for { $title }
studentmode-goal-target = I want to reach it by { $date }.
studentmode-goal-progress = How far along { $title } is
studentmode-checkin-form = Check in on { $title }
# $percent is the slider's value, shown in bold ("50%").
studentmode-checkin-progress = How far along are you? { $percent }
studentmode-checkin-note = What did you do? What's next?
studentmode-checkin-note-optional = (you can skip this)
studentmode-checkin-saved = Saved — nice work!
studentmode-checkin-save = Save my check-in
studentmode-checkin-live = Saved! { $title }: { $progress }.
studentmode-goals-finished = Finished goals
studentmode-goal-met = { $title } — I did it!
studentmode-goal-closed = { $title } — done for now

## ReflectionWriter

studentmode-reflect-title = Write a reflection
studentmode-reflection-prompt = What do you want to write about?
studentmode-reflection-free = Free reflection — anything you like
studentmode-reflection-label = My reflection
studentmode-reflection-conference = Show this at my conference
studentmode-reflection-saved = Saved. Thank you for sharing!
studentmode-reflection-save = Save my reflection
studentmode-reflection-empty = Write a few words first.
studentmode-reflection-live = Your reflection is saved.

## PeerReview

studentmode-review-title = Give feedback to a classmate
studentmode-review-empty = No classmate's work is waiting for feedback right now.
studentmode-review-preview = Preview of { $title }
studentmode-review-by = by { $name }
studentmode-review-says = { $name } says: { $reflection }
studentmode-feedback-thanks = Thank you! { $name } will learn from your feedback.
studentmode-review-answered = You gave feedback on this.
studentmode-review-give = Give feedback
studentmode-review-more = Give more feedback
studentmode-review-give-named = Give feedback on { $title } by { $name }
studentmode-review-more-named = Give more feedback on { $title } by { $name }
studentmode-feedback-sent = Your feedback for { $name } is sent. Thank you!

## FeedbackWriter

studentmode-feedback-form = My feedback on { $title }
# A prompt of the feedback protocol, to be completed: "I notice…".
studentmode-feedback-prompt = { $prompt }…
studentmode-feedback-hint = Be kind and helpful. You can leave a box empty, but not all of them.
studentmode-feedback-sending = Sending…
studentmode-feedback-send = Send my feedback

## FeedbackReceived

studentmode-received-title = Feedback on my work
studentmode-received-empty = No feedback to read yet. When your teacher shares some, it will show up here.
studentmode-received-from = From { $name }

## PinDialog

pin-title = Teacher PIN
pin-label = Type your PIN to leave student mode
pin-checking = Checking…
pin-exit = Exit student mode
