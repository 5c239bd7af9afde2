# Waypoint printouts: English, the catalog every other language is checked against.
# Ids and $variables must stay as they are; only the text after "=" is translated.

## About this catalog

language-name = English
# The language's name in English, shown beside its own name in the app.
language-english-name = English
# Names a teacher may type for this language (comma-separated, any case).
language-matches = en, english, inglés, ingles, anglais, ingilis, ingiriisi
# "reviewed" for a catalog a person has checked; "needs-review" for a new translation.
language-review = reviewed
# The mark on a printout whose translation is not yet reviewed.
review-mark = This translation has not been reviewed yet.
# The decimal separator for levels such as 2.5.
number-decimal = .
# A date, from its parts.
date-long = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $day }, { $year }
# The page number in the footer of every page.
page-number = Page { $page } of { $pages }

## The conference report

report-title = Conference report
report-class = Class
report-date = Date
report-student-led = Student-led conference
report-teacher-led = Conference
report-my-goal = My goal
report-my-reflection = What I want you to know
report-profile = Who I am as a learner
report-strengths = Strengths
report-interests = Interests
report-career-goals = Hopes for the future
report-mastery = Learning by area
report-competency = Skill
report-level = Level
report-status = Where this stands
report-growth = Growth since the last conference
report-growth-since = Since { $date }
report-first-conference = This is the first conference this year; growth will be shown from the next one.
report-no-growth = No change in levels since then yet.
report-goals = Goals
report-no-goals = No goals set yet.
report-progress = Progress
report-target = Target date
report-steps = Steps
report-reflections = In my own words
report-no-reflections = No reflections chosen for this conference.
report-portfolio = Work I am proud of
report-no-portfolio = No portfolio highlights yet.
report-file-missing = (the file is not on this laptop)
report-next-steps = Next steps
report-no-next-steps = To be agreed at the conference.
report-agreed-steps = Agreed at the last conference
report-ready-next = What comes next
report-ready-to-learn = Ready to learn
report-working-on = Working on
report-family-notes = Notes from the family
report-no-evidence = Not yet assessed
report-more-skills = { $n ->
        [one] …and one more skill, shown in the mastery grid.
       *[other] …and { $n } more skills, shown in the mastery grid.
    }

## Where a skill or a goal stands

status-not-started = Not started
status-progressing = On the way
status-mastered = Mastered
goal-active = Working on it
goal-met = Met
goal-not-met = Not met
goal-dropped = Set aside

## The default scale's levels

level-no-evidence = No evidence
level-emerging = Emerging
level-beginning = Beginning
level-beginning-plus = Beginning+
level-developing = Developing
level-developing-plus = Developing+
level-proficient = Proficient
level-proficient-plus = Proficient+
level-advanced = Advanced

## The class summary

summary-title = Class summary
summary-distribution = Mastery by skill
summary-students = { $n ->
        [one] One student
       *[other] { $n } students
    }
summary-groups = Current groups
summary-no-groups = No groups saved yet.

## The team's reflection

team-title = Our personalized learning reflection
team-now = We do this now
team-different = This is different from our approach
team-looks-like = What it looks like
team-questions = Reflection guide
