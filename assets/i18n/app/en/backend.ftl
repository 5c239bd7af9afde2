# Sentences the backend sends: errors, row problems and reasons. The backend names a message
# and its arguments; the UI shows it in the teacher's language (see BackendMessage in
# ui/src/lib/i18n.svelte.ts), and the command line prints the English.

## Failures the UI meets itself
backend-bad-argument = Waypoint could not read that request: one of its ids is not valid. Reload the page and try again.
backend-unknown-error = Something went wrong. Please try again.

## Framework files
# $item is the item's code (or its identifier); $field the input that failed; $problem the sentence saying why.
backend-case-item-problem = Item { $item } in the file has a problem ({ $field }): { $problem }
# $code is the row's competency code, $line its line in the file.
backend-framework-row-problem = The row for { $code } on line { $line } has a problem ({ $field }): { $problem }

## The app's windows and student mode
# $reason is the window system's own words, in English.
backend-window-failed = The window could not be opened: { $reason }
backend-student-mode-on = Student mode is on: the teacher's PIN is needed to leave it.
backend-student-mode-locked = Student mode is on, but Waypoint could not tell whose page was open, so this laptop stays locked. The teacher's PIN unlocks it.
backend-report-not-open = Open a report first, then print it.
backend-student-mode-off-page = Student mode is off; this page is only for student mode.
backend-student-mode-needs-pin = Set a teacher PIN first: it is needed to leave student mode.
backend-student-mode-already-off = Student mode is already off.
backend-pin-wrong = That is not the teacher's PIN.
backend-clock-failed = The rotation clock failed; restart Waypoint.
backend-student-mode-failed = Student mode failed midway; restart Waypoint.
backend-command-failed = An earlier command failed midway; restart Waypoint.
backend-report-failed = The report could not be shown; restart Waypoint.
# $reason is the system's own words, in English.
backend-report-failed-because = The report could not be shown ({ $reason }); restart Waypoint.

## Page zoom
# $min and $max are percentages.
backend-zoom-out-of-range = The zoom must be between { $min } % and { $max } %.
# $reason is the system's own words, in English.
backend-zoom-failed = The page could not be zoomed ({ $reason }).
