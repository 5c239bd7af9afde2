# Warbixinnada daabacan ee Waypoint: Af-Soomaali. Tarjumaad cusub: waxay u baahan tahay dib-u-eegis.

## Ku saabsan buuggan

language-name = Soomaali
language-english-name = Somali
language-matches = so, somali, soomaali, af-soomaali, af soomaali, somalie
language-review = needs-review
review-mark = Tarjumaaddan weli dib looma eegin.
number-decimal = .
date-long = { $day } { $month ->
        [1] Janaayo
        [2] Febraayo
        [3] Maarso
        [4] Abriil
        [5] Maajo
        [6] Juun
        [7] Luulyo
        [8] Agoosto
        [9] Sebtembar
        [10] Oktoobar
        [11] Nofembar
       *[12] Desembar
    } { $year }
page-number = Bogga { $page } ee { $pages }

## Warbixinta kulanka

report-title = Warbixinta kulanka waalidiinta
report-class = Fasalka
report-date = Taariikhda
report-student-led = Kulan uu ardaygu hoggaaminayo
report-teacher-led = Kulanka waalidiinta
report-my-goal = Hadafkayga
report-my-reflection = Waxa aan doonayo inaad ogaataan
report-profile = Sida aan wax u barto
report-strengths = Awoodaha
report-interests = Xiisaha
report-career-goals = Rajooyinka mustaqbalka
report-mastery = Waxbarashada qayb kasta
report-competency = Xirfadda
report-level = Heerka
report-status = Xaaladda hadda
report-growth = Horumarka tan iyo kulankii hore
report-growth-since = Laga soo bilaabo { $date }
report-first-conference = Kani waa kulanka ugu horreeya sannadkan; horumarka waxaa la muujin doonaa laga bilaabo kulanka xiga.
report-no-growth = Tan iyo markaas weli isbeddel kuma dhicin heerarka.
report-goals = Hadafyada
report-no-goals = Weli hadaf lama dejin.
report-progress = Horumarka
report-target = Taariikhda la higsanayo
report-steps = Tallaabooyinka
report-reflections = Erayadayda
report-no-reflections = Kulankan looma dooran wax milicsi ah.
report-portfolio = Shaqooyinka aan ku faano
report-no-portfolio = Weli ma jiraan shaqooyin la soo xulay.
report-file-missing = (faylku kuma jiro kombiyuutarkan)
report-next-steps = Tallaabooyinka xiga
report-no-next-steps = Waxaa lagu heshiin doonaa kulanka.
report-agreed-steps = Waxa lagu heshiiyay kulankii hore
report-ready-next = Waxa xiga
report-ready-to-learn = Diyaar u ah in la barto
report-working-on = Hadda la baranayo
report-family-notes = Qoraallada qoyska
report-no-evidence = Weli lama qiimeyn
report-more-skills = { $n ->
        [one] …iyo hal xirfad oo kale, oo ku jirta shaxda heerarka.
       *[other] …iyo { $n } xirfadood oo kale, oo ku jira shaxda heerarka.
    }

## Xaaladda xirfad ama hadaf

status-not-started = Lama bilaabin
status-progressing = Waa socotaa
status-mastered = Si buuxda loo bartay
goal-active = Waa lagu hawlan yahay
goal-met = Waa la gaaray
goal-not-met = Lama gaarin
goal-dropped = Dib loo dhigay

## Heerarka cabbirka caadiga ah

level-no-evidence = Caddayn ma jirto
level-emerging = Soo baxaya
level-beginning = Bilow
level-beginning-plus = Bilow+
level-developing = Koraya
level-developing-plus = Koraya+
level-proficient = Aqoon buuxda
level-proficient-plus = Aqoon buuxda+
level-advanced = Heer sare

## Soo koobidda fasalka

summary-title = Soo koobidda fasalka
summary-distribution = Heerka xirfad kasta
summary-students = { $n ->
        [one] Hal arday
       *[other] { $n } arday
    }
summary-groups = Kooxaha hadda
summary-no-groups = Weli kooxo lama kaydin.

## Milicsiga kooxda macallimiinta

team-title = Milicsigayaga waxbarashada qofka loo habeeyay
team-now = Hadda waan samaynaa
team-different = Tani way ka duwan tahay habkayaga
team-looks-like = Sida ay u muuqato
team-questions = Tilmaamaha milicsiga
