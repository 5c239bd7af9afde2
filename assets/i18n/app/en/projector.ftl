# The projector window: the round, the countdown and each group's station, read from the back
# of the room. It never shows scores. (Its window title is projector-window-title in common.ftl.)

## ProjectorView

projector-waiting-title = Waiting for a rotation…
# Shown while the projector cannot reach the main window.
projector-waiting-app = Waiting for Waypoint…
projector-waiting-hint = The teacher loads today’s rotation on the Today page.
# For screen readers; $time is spoken, e.g. "2 minutes 5 seconds".
projector-time-left = { $time } left
projector-no-station = No station this round
# A group's member list, for screen readers.
projector-members = { $group } members
