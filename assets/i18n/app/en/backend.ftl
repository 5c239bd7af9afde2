# Sentences the backend sends: errors, row problems and reasons. The backend names a message
# and its arguments; the UI shows it in the teacher's language (see BackendMessage in
# ui/src/lib/i18n.svelte.ts), and the command line prints the English.

## Failures the UI meets itself
backend-bad-argument = Waypoint could not read that request: one of its ids is not valid. Reload the page and try again.
backend-unknown-error = Something went wrong. Please try again.
