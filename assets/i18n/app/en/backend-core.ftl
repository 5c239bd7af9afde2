# The core's sentences: a value that breaks a rule (validation) and a framework file it cannot read.

## Files and stored changes the core cannot read

# $id: the text that was offered as an id.
core-bad-id = "{ $id }" is not a valid id
# $table: the table's name; $reason: the decoder's own words.
core-bad-payload = a stored change for { $table } could not be read: { $reason }
# $reason: a clause saying what is wrong, e.g. "it has no CFDocument".
core-not-case-package = This file is not a CASE framework package (CFPackage): { $reason }.
core-case-pre-one-format = This framework file is in the old pre-1.0 CASE format (with "lsDoc" and "lsItems"), which Waypoint can't read. Ask the publisher for a CASE 1.0 export (a CFPackage) of the same framework and import that.
# $path: the loop, e.g. "A → B → A" (core-loop-path).
core-case-cycle = This framework's structure loops back on itself: { $path }. Ask the publisher for a corrected file.
# $file: the file's name; $path: the loop (core-loop-path).
core-framework-csv-loop = In { $file }, the parent codes loop back on themselves: { $path }. Correct the parent column and import again.
# $size: the file's size in MB; $max: the largest size accepted, in MB.
core-case-file-too-large = This file is { $size } MB; Waypoint can import CASE framework files up to { $max } MB.
# $path: codes joined by arrows, e.g. "A → B → A".
core-loop-path = { $path }
# $path: the first codes of the loop, "…" and the first again; $count: how many items the loop has.
core-loop-path-long = { $path } (a loop of { $count } items)

## Why a file is not a CASE package (each completes core-not-case-package)

core-case-empty-file = the file is empty
core-case-zip = it is a ZIP archive (or a spreadsheet or Word file), not JSON
core-case-pdf = it is a PDF, not JSON
core-case-markup = it looks like a web page or XML, not JSON
# $line: the line number where the file stops.
core-case-cut-short = it stops part-way through (at line { $line }), so it was probably cut short while downloading or copying
# $line, $column: where the first problem is.
core-case-not-json = it is not valid JSON (the first problem is at line { $line }, column { $column })
core-case-items-without-document = it has CFItems or CFAssociations but no CFDocument
core-case-lone-document = it is a single CFDocument without its items; download the whole CFPackage instead
core-case-no-document = it has no CFDocument
# $kind: the JSON type found, e.g. "a list" (core-json-*).
core-case-not-object = it is { $kind }, not a JSON object with a CFDocument
# $kind: the JSON type found (core-json-*).
core-case-document-not-object = its CFDocument is { $kind }, not an object
core-case-document-no-identifier = its CFDocument has no identifier
# $kind: the JSON type found (core-json-*).
core-case-document-identifier-not-text = its CFDocument's identifier is { $kind }, not text
# $key: the part of the file, e.g. "CFItems"; $kind: the JSON type found (core-json-*).
core-case-top-not-list = its { $key } is { $kind }, not a list

## A JSON value's type in words, with its article (inside other sentences)

core-json-null = null
core-json-bool = a true/false value
core-json-number = a number
core-json-text = text
core-json-list = a list
core-json-object = an object

## Lists of items inside a sentence

# $name: one item.
core-names-one = { $name }
# $head: one item; $rest: the remaining items (a list).
core-names-comma = { $head }, { $rest }
# $head: the first items (a list); $last: the last item.
core-names-and = { $head } and { $last }
# $head: the first items (a list); $more: how many more there are.
core-names-more = { $head } and { $more } more

## A CASE file's deviations that were read anyway
# In each: $field is the field as the file spells it; $who lists the items concerned.

# The items a deviation concerns, as $who names them:
core-case-the-document = the CFDocument
# $n: the entry's position, from 1; $list: the list it is in, "CFItems" or "CFAssociations".
core-case-entry = entry { $n } in { $list }
# $code: the item's code; $position: where it is (core-case-entry).
core-case-code-at = { $code } ({ $position })

core-case-text-for-list = "{ $field }" is text where CASE expects a list ({ $who }); it was read as a list.
core-case-list-for-text = "{ $field }" is a list of one where CASE expects text ({ $who }); its one entry was used.
core-case-number-for-text = "{ $field }" is a number where CASE expects text ({ $who }); it was read as text.
core-case-text-for-number = "{ $field }" is text where CASE expects a whole number ({ $who }); the number in it was used.
core-case-whole-float = "{ $field }" is written with a decimal point ({ $who }); it was read as a whole number.
core-case-not-a-number = "{ $field }" is not a whole number ({ $who }); it was ignored, so these items are ordered by their list enumeration and code.
core-case-uri-as-text = "{ $field }" is a plain address where CASE expects a link object ({ $who }); it was matched to the item or document it names.
core-case-link-without-identifier = "{ $field }" has an address but no identifier ({ $who }); it was matched to the item or document the address names.
# $proper: the CASE 1.0 field it was read as.
core-case-renamed = "{ $field }" is not a CASE 1.0 field ({ $who }); it was read as "{ $proper }".
# $kind: the JSON type found (core-json-*).
core-case-ignored = "{ $field }" is { $kind }, which CASE does not allow there ({ $who }); it was left out.
# $kind: the JSON type found (core-json-*).
core-case-not-an-entry = { $who } in "{ $field }" is { $kind }, not an object; it was left out.
core-case-no-identifier = { $who } has no identifier, so it cannot be placed in the tree; it was left out.
core-case-duplicate-identifier = { $who } has an identifier already used earlier in the file; the later one was left out.
core-case-no-statement-no-code = { $who } has no statement and no code; it was imported as "(no statement)".
core-case-link-end-missing = An "isChildOf" link of { $who } is missing one of its ends; it was ignored, so the item sits at the top level unless another link places it.

## A value that breaks a rule: the shared sentences
# In each: $label is the field's name (core-label-*).

core-blank = { $label } can't be blank.
# $len: how many characters were typed; $max: the limit.
core-too-long = { $label } is too long ({ $len } characters); the limit is { $max }.
core-no-line-breaks = { $label } can't contain line breaks or control characters.
core-control-characters = { $label } contains control characters.
# $value: what was typed.
core-not-a-date = { $label } must be a real date written YYYY-MM-DD; "{ $value }" is not.
# $value: what was typed; $from, $to: the first and last years allowed.
core-date-out-of-range = { $label } must be between { $from } and { $to }; "{ $value }" is not.
# $count: how many entries there are; $max: the limit.
core-too-many-entries = { $label } has { $count } entries; the limit is { $max }.
# $value: what was typed.
core-not-an-email = "{ $value }" doesn't look like an email address.
# $max: the limit; $count: how many there are.
core-too-many-items = There can be at most { $max }; there are { $count }.

## Students, goals, reflections and feedback

# $max: the limit.
core-too-many-accommodations = A student can have at most { $max } accommodations.
# $max: the limit.
core-too-many-family-contacts = A student can have at most { $max } family contacts.
# $max: the limit; $count: how many steps the goal has.
core-goal-too-many-steps = A goal can have at most { $max } steps; this one has { $count }.
# $max: the limit.
core-goal-too-many-competencies = A goal can be about at most { $max } competencies.
# $max: the limit.
core-goal-too-many-profile-links = A goal can connect to at most { $max } interests or career goals.
# $min, $max: the range (0 and 100).
core-goal-progress = Progress is a number from { $min } to { $max }.
core-self-rating-not-a-level = A self-rating is a level on the scale.
core-self-rating-needs-competency = Choose the competency the self-rating is about.
# $count: how many prompts the protocol has.
core-feedback-prompt-count = The protocol has { $count } prompts.
# $count: how many prompts the protocol has.
core-feedback-answer-count = Answer the { $count } prompts (some may stay blank).
core-feedback-all-blank = Write something for at least one prompt.
# $count: how many questions there are; $question: the number asked for.
core-no-such-question = There are { $count } questions; question { $question } is not one of them.
# $max: the limit; $count: how many competencies the artifact has.
core-artifact-too-many-competencies = An artifact can be evidence for at most { $max } competencies; this one has { $count }.
# $file: the file's name.
core-artifact-file-kind = This kind of file can't go in a portfolio: { $file }. Attach images, PDFs, audio, video or documents.
core-unknown-competency = That competency is not one Waypoint knows; choose it from the list.
# $min, $max: the shortest and longest PIN.
core-pin-digits = A PIN is { $min } to { $max } digits.

## Frameworks, scales, methods and evidence

# $max: the limit.
core-node-too-many-grade-levels = A node can have at most { $max } grade levels.
# $min: the fewest levels; $count: how many the scale has.
core-scale-too-few-levels = A scale needs at least { $min } levels; this one has { $count }.
# $max: the limit; $count: how many the scale has.
core-scale-too-many-levels = A scale can have at most { $max } levels; this one has { $count }.
# $n: the level's number, from 1.
core-scale-value-not-a-number = The value of level { $n } must be a number.
core-scale-values-go-up = Level values must go up from one level to the next.
# $levels: the scale's level values, e.g. "1, 2, 3, 4".
core-scale-threshold-not-a-level = The mastery threshold must be one of the scale's level values: { $levels }.
core-scale-threshold-lowest = The mastery threshold can't be the lowest level, or every first score would count as mastery.
# $max: the largest number; $value: what was given.
core-method-n-range = The number of times must be a whole number from 1 to { $max }; { $value } is not.
# $name: what was given; $names: the methods' names, e.g. "mean, mode".
core-method-unknown = There is no method called "{ $name }"; use one of: { $names }.
# $method: the method's name; $value: the parameter given.
core-method-no-parameter = The { $method } method takes no parameter, so { $value } can't be used; leave it out.
# $value: what was given.
core-method-weight-range = The weight of the newest score must be from 0 to 1 (0.65 means 65%); { $value } is not.
# $value: what was given.
core-method-rate-range = The decay rate must be more than 0 and at most 1 (0.65 means 65%); { $value } is not.
# $level: the level given; $levels: the scale's levels, e.g. "1, 2, 3, 4".
core-evidence-not-a-level = { $level } is not a level on this scale. Use one of: { $levels }.
# $levels: the scale's levels, e.g. "1, 2, 3, 4".
core-evidence-level-not-a-number = That is not a level on this scale. Use one of: { $levels }.
core-override-needs-reason = Say why you are overriding the status; the reason is kept with it.
# $name: the competency (a code or label).
core-own-prerequisite = { $name } can't be its own prerequisite.
# $path: the chain of prerequisites (core-needs-first).
core-prerequisite-loop = That would make a loop: { $path }. A competency can't come before itself.
# $name: a competency; $rest: what it needs (core-needs-which or core-needs-last).
core-needs-first = { $name } needs { $rest }
# $name: a competency; $rest: what it needs in turn.
core-needs-which = { $name }, which needs { $rest }
# $name: the last competency in the chain.
core-needs-last = { $name }

## Playlists and activities

core-activity-needs-competency = Choose the competency this activity practises.
# $min, $max: the range of minutes.
core-activity-minutes = Minutes must be a whole number from { $min } to { $max }.
core-link-scheme = A link starts with http:// or https://.
core-link-spaces = A link can't contain spaces.
# $scheme: "http://" or "https://".
core-link-no-address = A link needs an address after { $scheme }.
core-playlist-blank-activity = Choose an activity.
core-playlist-repeated-activity = Each activity can be in a playlist once.
# $kind: "playlist" or "choice-board".
core-playlist-empty = Add at least one activity to the { $kind ->
        [choice-board] choice board
       *[playlist] playlist
    }.
# $kind: "playlist" or "choice-board"; $max: the limit; $count: how many it has.
core-playlist-too-many-activities = A { $kind ->
        [choice-board] choice board
       *[playlist] playlist
    } can have at most { $max } activities; this one has { $count }.
# $count: how many activities the choice board has.
core-playlist-pick-count = { $count ->
        [one] With 1 activity, students pick 1.
       *[other] Students can pick 1 to { $count } of these { $count } activities.
    }

## Groups and rotations

core-group-set-needs-date = Choose the day these groups are for.
# $max: the most groups.
core-group-set-size = A group set has 1 to { $max } groups.
core-group-set-student-twice = A student can be in only one group of a set.
core-group-set-two-teacher-groups = Only one group can be the teacher-led group.
# $max: the largest capacity.
core-station-capacity = Capacity must be between 1 and { $max } students, or blank for no limit.
core-rotation-needs-date = Choose the day of this rotation.
# $max: the most stations.
core-rotation-station-count = Choose 1 to { $max } stations.
core-rotation-station-twice = Each station can be chosen once.
# $max: the longest block.
core-rotation-block-minutes = A block is 1 to { $max } minutes.
# $max: the longest transition.
core-rotation-transition-minutes = A transition is 0 to { $max } minutes.
core-rotation-no-groups = This group set has no groups to rotate.
core-rotation-no-stations = Choose at least one station.
core-rotation-plan-groups = The plan does not match the group set's groups.
core-rotation-plan-rounds = Every group needs the same number of rounds.
core-rotation-plan-unknown-station = The plan names a station that is not in it.
# $group: the group's name; $station: the station's name.
core-rotation-plan-visit-twice = { $group } would visit { $station } twice. Each group visits a station once.
# $round: the round's number; $station: its name; $capacity: how many it holds; $groups: the groups' names (a list); $students: how many students they bring.
core-rotation-plan-over-capacity = In round { $round }, { $station } holds up to { $capacity }, but { $groups } would bring { $students } students. Add a station, make smaller groups or raise its capacity.

## Making groups

core-grouping-no-competencies = Choose at least one competency to group on.
# $code: the competency's code.
core-grouping-no-threshold = { $code } has no usable proficient threshold.
# $name: the student; $levels: how many levels they have; $competencies: how many competencies.
core-grouping-level-count = { $name } has { $levels } levels for { $competencies } competencies; there should be one for each.
# $name: the student; $code: the competency's code.
core-grouping-level-not-a-number = { $name }'s level on { $code } is not a number.
# $name: the student.
core-grouping-student-twice = { $name } appears twice in the class list.
# $list: the constraint's name as sent, e.g. "absent"; $id: the unknown id.
core-grouping-unknown-student = { $list } names a student who isn't in this class ({ $id }).
# $name: the student.
core-grouping-apart-from-self = { $name } can't be kept apart from themselves.
core-grouping-nobody-present = No students are present to group.
# $names: the students (a list); $max: the largest group.
core-grouping-teacher-block-too-big = { $names } are all to be placed with the teacher, but groups hold at most { $max }.
# $names: the students (a list); $max: the largest group.
core-grouping-block-too-big = { $names } are to be kept together, but groups hold at most { $max }.
core-grouping-no-groups = Make at least one group.
# $count: the groups asked for; $present: how many students are present.
core-grouping-too-many-groups = Can't make { $count } groups from { $present ->
        [one] 1 student present
       *[other] { $present } students present
    }.
core-grouping-size-zero = Groups need room for at least one student.
# $min, $max: the smallest and largest group sizes.
core-grouping-sizes-reversed = The smallest group size ({ $min }) is larger than the largest ({ $max }).
# $present: how many students are present; $size: the group size.
core-grouping-cannot-split = { $present ->
        [one] 1 student present
       *[other] { $present } students present
    } can't be split into groups of { $size }.
# $present: how many students are present; $min, $max: the group sizes.
core-grouping-cannot-split-range = { $present ->
        [one] 1 student present
       *[other] { $present } students present
    } can't be split into groups of { $min } to { $max }.
core-grouping-contradiction = Some of these constraints contradict each other.
# $a, $b: the two students.
core-grouping-apart-but-teacher = { $a } and { $b } are to be kept apart, but both are to be placed with the teacher.
# $a, $b: the two students.
core-grouping-apart-but-together = { $a } and { $b } are to be kept apart, but they are also to be kept together.
# $a, $b: the two students; $others: the other students in their group (a list).
core-grouping-apart-but-together-with = { $a } and { $b } are to be kept apart, but they are also to be kept together (with { $others }).
# $a, $b: the two students.
core-grouping-keep-apart = keep apart { $a } and { $b }
# $names: the students (a list).
core-grouping-keep-together = keep together { $names }
# $names: the students (a list).
core-grouping-with-teacher = place { $names } with the teacher
# $head: one constraint; $rest: the others.
core-grouping-constraint-list = { $head }; { $rest }
# $shape: the groups asked for (core-shape-*); $advice: "sizes", "more" or "fewer".
core-grouping-infeasible = The students present can't be grouped { $shape }. { $advice ->
        [sizes] Change the group sizes
        [more] Make more groups
       *[fewer] Make fewer groups
    }.
# $shape: the groups asked for (core-shape-*); $constraint: the constraint; $advice: "sizes", "more" or "fewer".
core-grouping-infeasible-one = This can't hold { $shape }: { $constraint }. { $advice ->
        [sizes] Change the group sizes
        [more] Make more groups
       *[fewer] Make fewer groups
    } or drop it.
# $shape: the groups asked for (core-shape-*); $constraints: the constraints (a list); $advice: "sizes", "more" or "fewer".
core-grouping-infeasible-some = These can't all hold { $shape }: { $constraints }. { $advice ->
        [sizes] Change the group sizes
        [more] Make more groups
       *[fewer] Make fewer groups
    } or drop one of them.
# $shape: the groups asked for (core-shape-*).
core-grouping-gave-up = Couldn't find a grouping that keeps every constraint { $shape }. Make more groups or drop some constraints.
# $count: how many groups.
core-shape-groups = with { $count } { $count ->
        [one] group
       *[other] groups
    }
# $count: how many groups; $size: their size.
core-shape-groups-of = with { $count } { $count ->
        [one] group
       *[other] groups
    } of { $size }
# $count: how many groups; $min, $max: their sizes.
core-shape-groups-of-range = with { $count } { $count ->
        [one] group
       *[other] groups
    } of { $min } to { $max }

## Field names, as the sentences above name them

core-label-a-learner-profile-link = A learner-profile link
core-label-a-step = A step
core-label-accommodation-notes = Accommodation notes
core-label-birth-date = Birth date
core-label-career-goal = Career goal
core-label-class-name = Class name
core-label-code = Code
core-label-contact-name = Contact name
core-label-date = Date
core-label-email = Email
core-label-family-name = Family name
core-label-focus = Focus
core-label-framework-title = Framework title
core-label-given-name = Given name
core-label-grade = Grade
core-label-grade-level = Grade level
core-label-grade-levels = Grade levels
core-label-group-name = Group name
core-label-home-language = Home language
core-label-instructions = Instructions
core-label-interest = Interest
core-label-language = Language
core-label-link = Link
core-label-materials = Materials
core-label-name = Name
core-label-need = Need
core-label-note = Note
core-label-notes = Notes
core-label-phone = Phone
core-label-preferred-language = Preferred language
core-label-preferred-name = Preferred name
core-label-reason = Reason
core-label-reflection = Reflection
core-label-relationship = Relationship
core-label-review-date = Review date
core-label-short-label = Short label
core-label-statement = Statement
core-label-station-name = Station name
core-label-strength = Strength
core-label-student-id = Student ID
core-label-subject = Subject
core-label-target-date = Target date
core-label-team = Team
core-label-the-answer = The answer
core-label-the-prompt = The prompt
core-label-the-reflection = The reflection
core-label-title = Title
core-label-why-it-matters = Why it matters
core-label-a-name = A name
core-label-a-next-step = A next step
core-label-a-follow-up = A follow-up
# $n: the prompt's number.
core-label-prompt-n = Prompt { $n }
# $n: the answer's number.
core-label-answer-n = Answer { $n }
# $n: the level's number.
core-label-level-label = The label of level { $n }
# $n: the level's number.
core-label-level-description = The description of level { $n }

## Printout catalogs: an interpreter's correction or a catalog file that cannot be taken
# $id is a label's id in the printout catalog, e.g. report-family-notes.
core-catalog-unknown-label = "{ $id }" is not a label Waypoint's printouts use; check its spelling against an exported catalog.
core-catalog-no-text = "{ $id }" has no text.
core-catalog-attributes = "{ $id }" has attributes (lines starting with a dot), which the printouts don't use.
core-catalog-reference = "{ $id }" refers to another message in braces; write its words out instead.
# $extra is a value's name as written in braces, e.g. $name.
core-catalog-no-values = "{ $id }" uses { $extra }, but this label takes no value in braces.
# $known lists the value names the label may use, e.g. "$name, $date".
core-catalog-other-values = "{ $id }" uses { $extra }, but this label can only use { $known }.
core-catalog-too-long = "{ $id }" is longer than { $max } characters.
core-catalog-meta = "{ $id }" describes the catalog and can't be corrected.
core-catalog-blank = A correction can't be blank; remove it to go back to the shipped text.
core-catalog-unreadable-text = That text can't be read: braces {"{"} {"}"} are only for the values the English text uses, and a line can't start with [, * or a dot.
core-catalog-only-words = That text can't be read: write only the label's words, without an id or comments.
# $code is a language code, e.g. so.
core-catalog-no-language = There is no printout catalog for "{ $code }".
# $size and $max are in kilobytes.
core-catalog-file-too-big = This file is { $size } KB; a printout catalog is at most { $max } KB.
core-catalog-bad-line = This is not a catalog file Waypoint can read: line { $line } is not valid Fluent.
core-catalog-twice = "{ $id }" appears twice in this file; keep one.
# $id is a term's name (Fluent terms start with a dash).
core-catalog-term = This file defines "-{ $id }", which Waypoint's printouts don't use.
core-catalog-not-a-catalog = This is not a catalog file Waypoint can read.
core-label-the-date = The date

## How a playlist reached a student, on the student's page
# $name: the student's short name, e.g. "Ana R.".
core-via-student = assigned to { $name }
# $name: the group's name, e.g. "Blue".
core-via-group = via group { $name }
# $name: the station's name, e.g. "Online".
core-via-station = via station { $name }
# $name: a group's or station's name that already says what it is, e.g. "Group 1".
core-via-named = via { $name }
