# Shared by every page: the language's own name, and words many screens use.
# Ids are `area-what`; an area's messages live in its own file.

language-name = English
language-auto = Same as this computer ({ $language })
common-save = Save
common-cancel = Cancel
common-close = Close
common-undo = Undo
common-delete = Delete
common-edit = Edit
projector-window-title = Waypoint — Projector
footer-data-file = Data file:
footer-offline = Works offline. Nothing leaves this computer.
footer-language = Language

## ZoomControl (the footer's page zoom)
zoom-label = Zoom
zoom-out = Zoom out
zoom-in = Zoom in
zoom-out-shortcut = Zoom out (Ctrl + −)
zoom-in-shortcut = Zoom in (Ctrl + =)
# $percent is the current zoom, e.g. 150.
zoom-reset = Zoom { $percent } %, back to 100 %
zoom-reset-shortcut = Back to 100 % (Ctrl + 0)
zoom-percent = { $percent } %
zoom-failed = The page could not be zoomed.
