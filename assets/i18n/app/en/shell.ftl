# The window's shell: the skip link, the navigation, the class bar and the class dialog, the
# first-run screen, a class's own page head, and the small parts every page uses (chip lists,
# required fields, the toast, the confirm dialog, "Try again"), and the mastery working's sentences.

## App

app-skip-to-main = Skip to main content
app-loading = Loading…
app-page-loading = Opening the page…
app-page-load-failed = This page could not be opened.
app-choose-class-title = Choose a class
app-choose-class-hint = Pick a class from the class list at the top.
# Completes "You have unsaved changes to …" (shell-discard-message).
app-discard-what-framework = this framework's calculation or scale
# Completes "You have unsaved changes to …" (shell-discard-message).
app-discard-what-student = this student
app-class-created = Created { $name }.
app-class-saved = Saved { $name }.
app-demo-loaded = Loaded { $name } with { $count ->
    [one] { $count } student
   *[other] { $count } students
  }.
app-class-archived = Archived { $name }.
app-class-restored = Restored { $name }.

## AppNav

# The main navigation's accessible name.
nav-label = Main
nav-students = Students
nav-evidence = Evidence
nav-mastery = Mastery
nav-frameworks = Frameworks
nav-sync = Sync
nav-today = Today
nav-groups = Groups & rotation
nav-playlists = Playlists
nav-conferences = Goals & conferences
# A link's tooltip: its name and its keyboard shortcut.
nav-link-title = { $label } (Alt+{ $key })
# The keyboard shortcut beside a link in the "More" menu.
nav-shortcut = Alt+{ $key }
# The button that holds the links that do not fit on the row.
nav-more = More

## ClassBar

class-switcher-label = Class
class-choose = Choose a class
class-edit = Edit class
class-archive = Archive class
class-unarchive = Unarchive class
class-new = New class
class-show-archived = Show archived

## ClassDialog

class-dialog-edit-title = Edit class
class-dialog-create-title = Create a class
class-saving = Saving…
class-save = Save class
class-create = Create class
class-name = Class name
class-subject = Subject
class-grade-level = Grade level

## ClassHome

class-student-count = { $count ->
    [one] { $count } student
   *[other] { $count } students
  }
class-archived-notice = This class is archived. Unarchive it to show it in the class list again.

## EmptyState

shell-welcome-title = Welcome to Waypoint
shell-welcome-lead = Waypoint keeps a learner profile for every student: strengths, needs, interests, how they like to learn, accommodations and family contacts. Everything stays on this computer.
shell-welcome-start = Start by importing the class list your school gives you, creating your class, or exploring with a demo class of 24 fictional students.
shell-import-class-list = Import your class list
shell-demo-load = Load demo class
shell-demo-loading = Loading demo class…
shell-demo-progress = Creating 24 fictional students with full profiles…
shell-archived-count = { $count ->
    [one] You have 1 archived class.
   *[other] You have { $count } archived classes.
  }
shell-show-archived-classes = Show archived classes

## ChipList

shell-chip-add = Add
# The Add button's accessible name; $item is the kind of entry, lower case ("strength").
shell-chip-add-label = Add { $item }
shell-chip-remove = Remove { $item }
shell-chip-hint = Type and press Enter to add.
shell-chip-added = Added “{ $item }”.
shell-chip-removed = Removed “{ $item }”.
shell-chip-remove-hint = Press Delete or Enter to remove “{ $item }”.

## TextField

shell-required = (required)

## LoadGate

shell-try-again = Try again

## Toast

shell-toast-dismiss = Dismiss notification

## Confirm dialogs (lib/ui)

shell-confirm-ok = OK
shell-discard-title = Discard unsaved changes?
# $what names the unsaved work: "this student", "the assessment grid".
shell-discard-message = You have unsaved changes to { $what }. If you continue, they will be lost.
shell-discard-confirm = Discard changes
shell-discard-cancel = Keep editing

## Keyboard shortcuts (lib/shortcuts)

shell-save-shortcut = Ctrl+S saves
shell-save-shortcut-mac = ⌘S saves

## The working behind a level (lib/working): one sentence per step of the calculation

app-working-no-evidence = No evidence yet, so there is no level.
app-working-not-a-number = Score { $position } is not a number, so there is no level.
# $scores is a list of numbers ("2, 3.5, 1").
app-working-highest = Highest of { $scores } = { $result }
app-working-latest = The most recent score is { $score }.
app-working-single = A single score: { $result }
# $sum is the scores added up ("2 + 3.5 + 1"); a formula, kept as it is.
app-working-mean = ({ $sum }) ÷ { $count } = { $result }
app-working-single-score = A single score counts in full: { $score }
app-working-mean-before-newest = Average of the { $count ->
    [one] score
   *[other] { $count } scores
  } before the newest: { $mean }
# A formula: the newest score times its weight, plus the earlier average times its weight.
app-working-weighted = { $newest } × { $newestWeight } + { $mean } × { $meanWeight } = { $result }
app-working-decay-start = After score 1: { $score }
app-working-decay = After score { $position }: { $previous } × { $keep } + { $score } × { $rate } = { $result }
app-working-at-threshold = Scores at or above { $level }: { $count ->
    [0] none
   *[other] { $scores }
  } ({ $count } of the { $needed } needed)
app-working-too-few = Not enough of them yet, so there is no level.
app-working-too-few-power-law = The power law needs at least { $needed } scores; there { $has ->
    [one] is 1
   *[other] are { $has }
  }.
# "a × n^b" is the formula of the curve; keep it as it is.
app-working-power-law-fit = Fit the curve level = a × n^b through the { $count } scores (a 0 counts as { $floor }), then read it at score { $at }: { $result }
app-working-clamped = Kept within the scale ({ $min } to { $max }): { $result }
