# Relatórios impressos do Waypoint: português (do Brasil). Tradução nova: precisa de revisão.

## Sobre este catálogo

language-name = Português
language-english-name = Portuguese
language-matches = pt, portuguese, português, portugues, brazilian portuguese, português do brasil
language-review = needs-review
review-mark = Esta tradução ainda não foi revisada.
number-decimal = ,
date-long = { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year }
page-number = Página { $page } de { $pages }

## O relatório da reunião

report-title = Relatório da reunião de pais e professores
report-class = Turma
report-date = Data
report-student-led = Reunião conduzida pelo aluno
report-teacher-led = Reunião
report-my-goal = Minha meta
report-my-reflection = O que eu quero que vocês saibam
report-profile = Quem eu sou como aprendiz
report-strengths = Pontos fortes
report-interests = Interesses
report-career-goals = Sonhos para o futuro
report-mastery = Aprendizagem por área
report-competency = Habilidade
report-level = Nível
report-status = Situação
report-growth = Progresso desde a última reunião
report-growth-since = Desde { $date }
report-first-conference = Esta é a primeira reunião do ano; o progresso será mostrado a partir da próxima.
report-no-growth = Ainda não houve mudança de nível desde então.
report-goals = Metas
report-no-goals = Ainda não há metas.
report-progress = Progresso
report-target = Data prevista
report-steps = Passos
report-reflections = Com as minhas palavras
report-no-reflections = Nenhuma reflexão foi escolhida para esta reunião.
report-portfolio = Trabalhos de que tenho orgulho
report-no-portfolio = Ainda não há trabalhos em destaque.
report-file-missing = (o arquivo não está neste computador)
report-next-steps = Próximos passos
report-no-next-steps = Serão combinados na reunião.
report-agreed-steps = Combinados na última reunião
report-ready-next = O que vem a seguir
report-ready-to-learn = Pronto para aprender
report-working-on = Trabalhando em
report-family-notes = Anotações da família
report-no-evidence = Ainda não avaliado
report-more-skills = { $n ->
        [one] …e mais uma habilidade, mostrada na tabela de domínio.
       *[other] …e mais { $n } habilidades, mostradas na tabela de domínio.
    }

## Em que ponto está uma habilidade ou uma meta

status-not-started = Não iniciado
status-progressing = Em andamento
status-mastered = Dominado
goal-active = Em andamento
goal-met = Alcançada
goal-not-met = Não alcançada
goal-dropped = Deixada de lado

## Os níveis da escala padrão

level-no-evidence = Sem evidências
level-emerging = Emergente
level-beginning = Inicial
level-beginning-plus = Inicial+
level-developing = Em desenvolvimento
level-developing-plus = Em desenvolvimento+
level-proficient = Proficiente
level-proficient-plus = Proficiente+
level-advanced = Avançado

## O resumo da turma

summary-title = Resumo da turma
summary-distribution = Domínio por habilidade
summary-students = { $n ->
        [one] Um aluno
       *[other] { $n } alunos
    }
summary-groups = Grupos atuais
summary-no-groups = Ainda não há grupos salvos.

## A reflexão da equipe

team-title = Nossa reflexão sobre a aprendizagem personalizada
team-now = Já fazemos isso
team-different = Isso é diferente da nossa abordagem
team-looks-like = Como isso se vê na prática
team-questions = Guia de reflexão
