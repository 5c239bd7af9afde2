# Why the app suggests what it does: group focus and members, rotation plans, next steps, the mastery working, the projector's lines and default group names.

## Grouping: each student's reason and each group's focus

# One level on one competency, an item of a list. $level: the level (a number as text, e.g. "1.5"); $code: the competency's code.
reason-level-on = { $level } on { $code }
# The levels a student has. $count: how many; $levels: the items (reason-level-on), as a reason-list.
reason-levels = { $count ->
    [one] level { $levels }
   *[other] levels { $levels }
}
# $codes: the competency codes with no evidence, joined with commas.
reason-no-evidence-on = no evidence yet on { $codes }
# $levels: the levels clause (reason-levels); $codes: the competency codes with no evidence.
reason-levels-and-no-evidence = { $levels }, no evidence yet on { $codes }
# $levels: the levels clause; $mean: the mean of the levels (a number as text).
reason-levels-mean = { $levels } (mean { $mean })
# A student's reason for a group of similar need. $evidence: what the levels are (a clause above); $band: reteach, practice or extend.
reason-like = { $band ->
    [reteach] { $evidence }: reteach
    [practice] { $evidence }: practice
   *[extend] { $evidence }: extend
}
# A student's reason for a mixed group. $evidence: what the levels are (a clause above); $band: reteach, practice or extend.
reason-mixed = { $band ->
    [reteach] { $evidence }: reteach — mixed group, gets peer support
    [practice] { $evidence }: practice — mixed group, practices alongside peers
   *[extend] { $evidence }: extend — mixed group, can support peers
}
# $reason: the student's reason (a clause above).
reason-with-teacher = { $reason }; placed with the teacher as asked
# A like group's focus. $band: reteach, practice or extend; $codes: the competency codes, joined with commas.
reason-focus-like = { $band ->
    [reteach] Reteach { $codes }
    [practice] Practice { $codes }
   *[extend] Extend { $codes }
}
# A mixed group's focus. $code: the competency the group is weakest on.
reason-focus-mixed = Mixed: peer practice on { $code }
reason-kept-locked = kept in a locked group
reason-placed-by-hand = placed by hand
# Two items of a list. $head: the items so far (may be a list itself); $tail: the next item.
reason-list = { $head }, { $tail }

## Next steps: where a student stands on a competency, and why

# Names joined with "and". $items: all but the last, joined with commas; $last: the last one.
reason-and-list = { $items } and { $last }
reason-mastered = mastered
reason-mastered-tested-out = mastered: shown on the competency itself (tested out)
# $name: the later competency (its code, else its label) whose mastery counts for this one.
reason-mastered-credited = mastered: credited from { $name }
# $names: the prerequisites not mastered yet (a name, or reason-and-list).
reason-not-yet = not yet: needs { $names }
# What readiness rests on, a clause of the reasons below.
reason-basis-none = no prerequisites
# $names: the prerequisites (a name, or reason-and-list).
reason-basis-mastered = { $names } mastered
# $basis: what readiness rests on (a reason-basis clause).
reason-ready = ready: { $basis }
# $basis: what readiness rests on (a reason-basis clause); $count: pieces of evidence so far.
reason-working-on-it = { $count ->
    [one] working on it: { $basis }; 1 piece of evidence
   *[other] working on it: { $basis }; { $count } pieces of evidence
}
# As reason-working-on-it, with $level: the calculated level (a number as text, e.g. "2.5").
reason-working-on-it-level = { $count ->
    [one] working on it: { $basis }; 1 piece of evidence, level { $level }
   *[other] working on it: { $basis }; { $count } pieces of evidence, level { $level }
}
# The short form of reason-working-on-it, where space is tight. $basis: as there.
reason-working-on-it-short = working on it: { $basis }
reason-nothing-ready = nothing new is ready yet
# A readiness group's focus. $code: the competency's code (else its label); $label: its short label.
reason-focus-ready = Ready for { $code }: { $label }
reason-focus-nothing-ready = Nothing new ready yet: review and extend

## Mastery: why a calculation has no level

reason-no-evidence = No evidence yet.
# $position: which score (1 is the oldest).
reason-not-a-number = Score { $position } is not a number, so no level can be calculated.
# $count: the scores needed at or above the threshold; $level: the threshold, with its label, e.g. "3 (Proficient)"; $has: how many there are.
reason-too-few-at-threshold = { $count ->
    [one] No result yet: needs 1 score at or above { $level }; has { $has }.
   *[other] No result yet: needs { $count } scores at or above { $level }; has { $has }.
}
# $has: how many scores there are.
reason-too-few-for-power-law = Not enough evidence: power law needs at least 3 scores; has { $has }.
reason-no-result = No result.

## Rotations: the rule a plan follows, read under the chart

# $first: the group that most needs the teacher (a group name); $anchor: the teacher-led station's name.
reason-rotation-one-each = Every group visits every station once, one group per station each round; { $first }, which most needs the teacher, starts at { $anchor }.
# $groups: how many groups; $stations: how many stations; $empty: how many stations are empty each round; $first, $anchor: as above.
reason-rotation-some-empty = { $empty ->
    [one] Every group visits every station once; with { $groups } groups and { $stations } stations, 1 station is empty each round. { $first } starts at { $anchor }.
   *[other] Every group visits every station once; with { $groups } groups and { $stations } stations, { $empty } stations are empty each round. { $first } starts at { $anchor }.
}
# $groups, $stations, $first, $anchor: as above.
reason-rotation-shared = Every group visits every station once; with { $groups } groups and { $stations } stations, some groups share a station each round, within its capacity. { $first } starts at { $anchor }.
# $rule: the rule the plan follows (one of the sentences above).
reason-rotation-edited = { $rule } Some cells were changed by hand.

## The projector's title line

reason-projector-waiting = Waiting for a rotation
# $rounds: how many rounds the rotation has.
reason-projector-get-ready = Get ready: round 1 of { $rounds }
reason-projector-done = All done!
# $round: the round the groups move to; $rounds: how many rounds.
reason-projector-move = Move to round { $round } of { $rounds }
# $round: the current round; $rounds: how many rounds.
reason-projector-round = Round { $round } of { $rounds }
reason-rotation-by-hand = Cells were set by hand.
