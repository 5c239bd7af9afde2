# Next steps: readiness badges and why an activity is suggested (student profiles, Today,
# Groups). The reasons themselves come from the backend.

## lib/nextSteps.ts
nextsteps-readiness-mastered = Mastered
nextsteps-readiness-ready = Ready
nextsteps-readiness-working-on-it = Working on it
nextsteps-readiness-not-yet = Not yet
nextsteps-fit-way-of-learning = Matches how { $name } likes to learn
# { $interest } is an interest tag the teacher typed, e.g. "soccer".
nextsteps-fit-interest = Tagged { $interest }
# { $codes } is a list of competency codes: "6.RP.A.1 and 6.RP.A.2".
nextsteps-no-fit = No activities fit { $name }'s next steps yet. Add activities for { $codes } on the Playlists page.
nextsteps-no-fit-any = No activities fit { $name }'s next steps yet. Add activities for their next steps on the Playlists page.

## ReadinessBadge
# After a readiness badge: the student's level, e.g. "level 2.5".
nextsteps-level = level { $level }
