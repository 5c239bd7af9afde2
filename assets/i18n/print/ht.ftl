# Rapò enprime Waypoint yo: kreyòl ayisyen. Nouvo tradiksyon: li bezwen revize.

## Sou katalòg sa a

language-name = Kreyòl ayisyen
language-english-name = Haitian Creole
language-matches = ht, haitian creole, haitian, kreyòl, kreyol, kreyòl ayisyen, kreyol ayisyen, creole, créole
language-review = needs-review
review-mark = Tradiksyon sa a poko revize.
number-decimal = ,
date-long = { $day } { $month ->
        [1] janvye
        [2] fevriye
        [3] mas
        [4] avril
        [5] me
        [6] jen
        [7] jiyè
        [8] out
        [9] septanm
        [10] oktòb
        [11] novanm
       *[12] desanm
    } { $year }
page-number = Paj { $page } sou { $pages }

## Rapò rankont lan

report-title = Rapò rankont paran ak pwofesè
report-class = Klas
report-date = Dat
report-student-led = Rankont elèv la dirije
report-teacher-led = Rankont paran ak pwofesè
report-my-goal = Objektif mwen
report-my-reflection = Sa m vle nou konnen
report-profile = Ki jan mwen aprann
report-strengths = Pwen fò
report-interests = Enterè
report-career-goals = Rèv pou lavni
report-mastery = Aprantisaj pa domèn
report-competency = Konpetans
report-level = Nivo
report-status = Ki kote sa rive
report-growth = Pwogrè depi dènye rankont lan
report-growth-since = Depi { $date }
report-first-conference = Sa a se premye rankont ane a; n ap montre pwogrè a apati pwochen rankont lan.
report-no-growth = Poko gen chanjman nan nivo yo depi lè sa a.
report-goals = Objektif
report-no-goals = Poko gen objektif.
report-progress = Pwogrè
report-target = Dat pou rive
report-steps = Etap
report-reflections = Nan pwòp mo pa m
report-no-reflections = Pa gen refleksyon ki chwazi pou rankont sa a.
report-portfolio = Travay mwen fyè de yo
report-no-portfolio = Poko gen travay ki chwazi.
report-file-missing = (fichye a pa sou òdinatè sa a)
report-next-steps = Pwochen etap
report-no-next-steps = N ap dakò sou yo pandan rankont lan.
report-agreed-steps = Sa nou te dakò nan dènye rankont lan
report-ready-next = Sa k ap vini apre
report-ready-to-learn = Pare pou aprann
report-working-on = Ap travay sou
report-family-notes = Nòt fanmi an
report-no-evidence = Poko evalye
report-more-skills = { $n ->
        [one] …ak yon lòt konpetans, ki nan tablo metriz la.
       *[other] …ak { $n } lòt konpetans, ki nan tablo metriz la.
    }

## Ki kote yon konpetans oswa yon objektif rive

status-not-started = Poko kòmanse
status-progressing = Sou wout
status-mastered = Metrize
goal-active = Ap travay sou li
goal-met = Reyalize
goal-not-met = Pa reyalize
goal-dropped = Mete sou kote

## Nivo echèl pa defo a

level-no-evidence = Pa gen prèv
level-emerging = Ap parèt
level-beginning = Kòmansman
level-beginning-plus = Kòmansman+
level-developing = Ap devlope
level-developing-plus = Ap devlope+
level-proficient = Konpetan
level-proficient-plus = Konpetan+
level-advanced = Avanse

## Rezime klas la

summary-title = Rezime klas la
summary-distribution = Metriz pa konpetans
summary-students = { $n ->
        [one] Yon elèv
       *[other] { $n } elèv
    }
summary-groups = Gwoup kounye a
summary-no-groups = Poko gen gwoup ki anrejistre.

## Refleksyon ekip la

team-title = Refleksyon nou sou aprantisaj pèsonalize
team-now = Nou fè sa deja
team-different = Sa diferan de fason nou travay
team-looks-like = Ki jan sa parèt
team-questions = Gid refleksyon
