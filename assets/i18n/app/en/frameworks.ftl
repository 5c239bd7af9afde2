# The Frameworks page: the list of frameworks, a framework's tree of strands and competencies,
# a node's details and progression, the calculation method and scale, and the CASE import panel.

## FrameworksPage

frameworks-title = Frameworks
frameworks-intro = The competencies students work towards, and how their evidence becomes a level.
frameworks-intro-tick = Tick “Used by { $class }” for the ones this class works on.
frameworks-import = Import…
frameworks-import-case = Import a CASE file
frameworks-new = New framework
frameworks-loading = Loading frameworks…
frameworks-rename = Rename
frameworks-archive = Archive
frameworks-unarchive = Unarchive
frameworks-archived-notice = This framework is archived. Unarchive it to show it in the framework list again.
frameworks-choose-title = Choose a framework
frameworks-choose-hint = Pick a framework from the list to see and edit its strands and competencies.
# Completes "You have unsaved changes to …" in the discard-changes dialog.
frameworks-discard-what = the calculation and scale of { $title }
frameworks-stop-title = Stop using { $framework } in { $class }?
frameworks-stop-message = Its competencies will no longer appear on { $class }'s evidence and mastery pages. Evidence already recorded is kept, and comes back if you use the framework again.
frameworks-stop-confirm = Stop using it
frameworks-stop-cancel = Keep using it
frameworks-now-uses = { $class } now uses { $framework }.
frameworks-no-longer-uses = { $class } no longer uses { $framework }. Its evidence is kept.
frameworks-created = Created { $title }.
frameworks-renamed = Renamed to { $title }.
frameworks-archived-toast = Archived { $title }.
frameworks-restored-toast = Restored { $title }.
frameworks-competency-count = { $count ->
    [one] { $count } competency
   *[other] { $count } competencies
}
# Parts of the line under the framework's title, joined with " · ".
frameworks-meta-case = imported from CASE
frameworks-meta-case-version = imported from CASE (version { $version })
frameworks-meta-used = used by { $class }
frameworks-meta-not-used = not used by { $class }

## FrameworksEmpty

frameworks-empty-title = No frameworks yet
frameworks-empty-what = A framework lists the competencies your students work towards, grouped in strands (domains or clusters). Evidence and mastery are recorded against its competencies.
frameworks-empty-how = Import one from a CASE file that your district or a standards publisher provides, or build your own from scratch.
frameworks-empty-archived = { $count ->
    [one] You have 1 archived framework.
   *[other] You have { $count } archived frameworks.
}
frameworks-empty-show-archived = Show archived frameworks

## FrameworkList

frameworks-list-title = All frameworks
frameworks-list-show-archived = Show archived
# A badge on a framework imported from a CASE file.
frameworks-list-case = CASE
frameworks-list-case-version = CASE v{ $version }
frameworks-list-archived = Archived
frameworks-list-used-by = Used by { $class }

## FrameworkDialog

framework-dialog-rename = Rename framework
framework-dialog-create = Create framework
framework-dialog-title = Title
framework-dialog-title-placeholder = e.g. Grade 6 Mathematics
framework-dialog-subject = Subject
framework-dialog-hint = It starts empty, with the default 0–4 scale; add strands and competencies next.
framework-saving = Saving…

## FrameworkSettings

framework-settings-title = Calculation and scale
framework-settings-hint = How a student's evidence on each competency becomes one level, unless a competency has its own method.
framework-settings-method = Framework method
framework-settings-credit = Count earlier competencies as mastered when a later one is
framework-settings-credit-hint = Mastering a competency then also counts the ones it builds on as mastered, for next steps.

## CaseImport

framework-case-intro = CASE (Competencies and Academic Standards Exchange) is the format standards publishers use. Pick a CFPackage JSON file; importing it again later updates the framework in place and keeps all evidence.
framework-case-file = CASE file (.json)
framework-case-use-in = Use it in { $class }
framework-case-reading = Reading { $file }…
framework-case-checking = Checking { $file }…
framework-case-progress = Import progress
framework-case-writing = Writing { $done } of { $total } items
framework-case-read-failed = Couldn't read { $file }: { $reason } Nothing was imported.
framework-case-now-used = { $class } now uses this framework.
framework-case-missing-parents = These items' parents were not in the file, so they are at the top level:
# $item is an item's code and $parent its parent's identifier, both shown in a code font.
framework-case-missing-parent = { $item } (parent { $parent })
framework-case-too-big = { $file } is { $size } MB; Waypoint accepts CASE files up to { $max } MB. Nothing was imported.
framework-case-imported = Imported { $title }
framework-case-updated = Updated { $title }
framework-case-count-added = { $count ->
    [0] No new items were added.
    [one] { $count } item was added.
   *[other] { $count } items were added.
}
framework-case-count-changed = { $count ->
    [0] No existing items changed.
    [one] { $count } item was changed.
   *[other] { $count } items were changed.
}
framework-case-count-unchanged = { $count ->
    [0] No items were unchanged.
    [one] { $count } item was already up to date.
   *[other] { $count } items were already up to date.
}
framework-case-count-retired = { $count ->
    [0] No items were retired.
    [one] { $count } item no longer in the file was archived; its evidence is kept.
   *[other] { $count } items no longer in the file were archived; their evidence is kept.
}
framework-case-extra-parents = { $count ->
    [one] One item listed a second parent; Waypoint kept it under its first parent and ignored the other link.
   *[other] { $count } extra parent links were ignored: an item appears under its first parent only.
}

## FrameworkEditor

framework-tree-title = Strands and competencies
framework-item-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
framework-detail-label = Selected item
framework-detail-none = No item selected
framework-detail-none-hint = Pick a strand or competency in the tree to see its full statement and how its level is calculated.
framework-node-archived = Archived { $name }.
framework-node-restored = Restored { $name }.
framework-node-added = Added { $name }.
framework-node-saved = Saved { $name }.
framework-node-saved-moved-into = Saved { $name } and moved it into { $parent }.
framework-node-saved-moved-top = Saved { $name } and moved it to the top level.
framework-node-own-method = { $name } now has its own method.
framework-node-inherits-method = { $name } uses the framework's method.
# Said to a screen reader after a keyboard move in the tree (Alt+arrows), or why it can't move.
framework-move-moved-up = Moved { $name } up.
framework-move-moved-down = Moved { $name } down.
framework-move-already-first = { $name } is already first in its group.
framework-move-already-last = { $name } is already last in its group.
framework-move-already-top = “{ $name }” is already at the top level.
framework-move-moved-out = Moved “{ $name }” out of “{ $from }”.
framework-move-moved-in = Moved “{ $name }” into “{ $into }”.
framework-move-not-strand = “{ $name }” can't move into “{ $above }”: only a strand can hold other items.
framework-move-nothing-above = “{ $name }” can't move in: nothing is above it in its group.

## MethodPicker

framework-method-label = Method
framework-method-invalid = Enter a valid number to see the calculation.
framework-method-saved = Saved.
framework-method-save = Save method

## NodeDetail

framework-kind-strand = Strand
framework-kind-competency = Competency
framework-node-case-title = Imported from a CASE file
framework-node-code = Code
framework-node-statement = Statement
framework-node-grades = Grade levels
framework-node-grades-none = None given
framework-node-part-of = Part of
framework-node-competencies-under = Competencies under it
framework-node-calculation = Calculation
framework-node-inherit = Use the framework's method ({ $method })
framework-node-strand-note = Evidence is recorded on competencies; a strand groups them.

## NodeDialog

framework-node-edit-strand = Edit strand
framework-node-edit-competency = Edit competency
framework-node-add-a-strand = Add a strand
framework-node-add-a-competency = Add a competency
framework-node-add-strand = Add strand
framework-node-add-competency = Add competency
framework-node-kind = Kind
framework-node-kind-hint = A strand groups other items; evidence is recorded on competencies.
framework-node-parent = Goes under
framework-node-top-level = The top level
framework-node-parent-hint = Moved somewhere else, it goes last among the items there.
framework-node-code-placeholder = e.g. 6.RP.A.1
framework-node-label = Short label
framework-node-label-hint = For grids; leave empty to use the statement, shortened.
framework-node-required = (required)
framework-node-grades-placeholder = e.g. 6, 7
framework-node-grades-hint = Separate grade levels with commas.
# A strand in the "Goes under" list that is archived.
framework-strand-archived = { $name } (archived)
framework-check-code-long = Code is too long ({ $count } characters); the limit is { $limit }.
framework-check-code-control = Code can't contain line breaks or control characters.
framework-check-label-long = Short label is too long ({ $count } characters); the limit is { $limit }.
framework-check-label-control = Short label can't contain line breaks or control characters.
framework-check-statement-blank = Statement can't be blank.
framework-check-statement-long = Statement is too long ({ $count } characters); the limit is { $limit }.
framework-check-grades-many = A node can have at most { $limit } grade levels.
framework-check-grades-long = Grade levels is too long ({ $count } characters); the limit is { $limit }.
framework-check-title-blank = Framework title can't be blank.
framework-check-title-long = Framework title is too long ({ $count } characters); the limit is { $limit }.
framework-check-subject-long = Subject is too long ({ $count } characters); the limit is { $limit }.

## Prerequisites

framework-prereq-title = Progression
framework-prereq-loading = Loading prerequisites…
framework-prereq-builds-on = Builds on
framework-prereq-builds-on-empty = Nothing yet: students are ready for it from the start.
framework-prereq-remove = Remove
framework-prereq-remove-label = Remove { $requires } from what { $name } builds on
framework-prereq-add-label = Add prerequisite
framework-prereq-choose = Choose a competency…
framework-prereq-add = Add
framework-prereq-hint = A student is ready for this competency once they master what it builds on.
framework-prereq-leads-to = Leads to
framework-prereq-leads-to-empty = No competency builds on this one yet.
framework-prereq-choose-error = Choose the competency it builds on.
framework-prereq-added = { $name } now builds on { $requires }.
framework-prereq-added-unknown = { $name } now builds on that competency.
framework-prereq-removed = { $name } no longer builds on { $requires }.

## ScaleEditor

framework-scale-title = Proficiency scale
framework-scale-hint = Evidence is recorded on these levels. Values go up from one level to the next; the threshold is the level that counts as proficient.
framework-scale-value = Value
framework-scale-label = Label
framework-scale-descriptor = What work at this level looks like
framework-scale-remove = Remove
framework-scale-value-of = Value of level { $n }
framework-scale-label-of = Label of level { $n }
framework-scale-descriptor-of = Description of level { $n }
framework-scale-remove-level = Remove level { $n }
framework-scale-remove-named = Remove level { $n } ({ $label })
framework-scale-add = Add level
framework-scale-threshold = Proficient at
framework-scale-choose-level = Choose a level
framework-scale-unsaved = Unsaved changes
framework-scale-saved = Scale saved.
framework-scale-reset = Reset to default 0–4
framework-scale-save = Save scale
framework-check-levels-few = A scale needs at least { $min } levels; this one has { $count }.
framework-check-levels-many = A scale can have at most { $max } levels; this one has { $count }.
framework-check-level-value = The value of level { $level } must be a number.
framework-check-level-order = Level values must go up from one level to the next.
framework-check-level-label-blank = The label of level { $level } can't be blank.
framework-check-level-label-long = The label of level { $level } is too long ({ $count } characters); the limit is { $limit }.
framework-check-level-descriptor-long = The description of level { $level } is too long ({ $count } characters); the limit is { $limit }.
framework-check-threshold-choose = Choose the level that counts as proficient.
framework-check-threshold-lowest = The mastery threshold can't be the lowest level, or every first score would count as mastery.
# The default 0–4 scale's levels (0, 0.5, 1 … 4) and descriptions; a reset puts them in the editor.
framework-default-level-0 = No evidence
framework-default-level-0-descriptor = There is not yet any work that shows this skill.
framework-default-level-0-5 = Emerging
framework-default-level-1 = Beginning
framework-default-level-1-descriptor = Shows parts of the skill with a lot of help from an adult.
framework-default-level-1-5 = Beginning+
framework-default-level-2 = Developing
framework-default-level-2-descriptor = Shows the simpler parts of the skill alone but still makes important mistakes.
framework-default-level-2-5 = Developing+
framework-default-level-3 = Proficient
framework-default-level-3-descriptor = Shows the whole skill on their own, as the standard expects.
framework-default-level-3-5 = Proficient+
framework-default-level-4 = Advanced
framework-default-level-4-descriptor = Applies the skill in new or more complex situations, beyond what was taught.

## TreeTools

framework-tree-filter = Filter by code or statement
framework-tree-filter-placeholder = Filter by code or statement…
framework-tree-show-archived = Show archived nodes
framework-tree-show-archived-count = Show archived nodes ({ $count })
framework-tree-actions = Tree actions
framework-tree-move-up = Move up
framework-tree-move-down = Move down
framework-tree-keys = Arrow keys move and open strands, Enter edits, Alt+Up/Down reorders, Alt+Left moves out of a strand, Alt+Right moves into the strand above, Delete archives.

## TreeView

framework-tree-no-match = Nothing matches “{ $query }”.
framework-tree-matches = { $count ->
    [one] { $count } match
   *[other] { $count } matches
}
framework-tree-matches-truncated = { $count ->
    [one] { $count } match
   *[other] { $count } matches
}; showing the first { $shown }. Type more to narrow it down.
framework-tree-loading = Loading strands and competencies…
framework-tree-empty = This framework has no strands or competencies yet.
framework-tree-empty-hint = Add a strand (a domain or cluster) to group competencies, or add competencies straight away.
framework-tree-empty-archived = Turn on “Show archived nodes” to see the { $count ->
    [one] { $count } archived one
   *[other] { $count } archived ones
}.
framework-tree-own-method-title = Has its own calculation method
framework-tree-own-method = Own method
