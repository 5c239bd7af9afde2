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
