# Informes impresos de Waypoint: español.

## Sobre este catálogo

language-name = Español
language-english-name = Spanish
language-matches = es, spanish, español, espanol, castellano
language-review = reviewed
review-mark = Esta traducción todavía no ha sido revisada.
number-decimal = ,
date-long = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }
page-number = Página { $page } de { $pages }

## El informe de la conferencia

report-title = Informe de la conferencia
report-class = Clase
report-date = Fecha
report-student-led = Conferencia dirigida por el estudiante
report-teacher-led = Conferencia
report-my-goal = Mi meta
report-my-reflection = Lo que quiero que sepan
report-profile = Cómo aprendo
report-strengths = Fortalezas
report-interests = Intereses
report-career-goals = Sueños para el futuro
report-mastery = Aprendizaje por área
report-competency = Habilidad
report-level = Nivel
report-status = En qué punto está
report-growth = Progreso desde la última conferencia
report-growth-since = Desde el { $date }
report-first-conference = Es la primera conferencia del año; el progreso se mostrará a partir de la próxima.
report-no-growth = Todavía no hay cambios de nivel desde entonces.
report-goals = Metas
report-no-goals = Todavía no hay metas.
report-progress = Avance
report-target = Fecha objetivo
report-steps = Pasos
report-reflections = En mis propias palabras
report-no-reflections = No se eligieron reflexiones para esta conferencia.
report-portfolio = Trabajos de los que estoy orgulloso
report-no-portfolio = Todavía no hay trabajos destacados.
report-file-missing = (el archivo no está en esta computadora)
report-next-steps = Próximos pasos
report-no-next-steps = Se acordarán en la conferencia.
report-agreed-steps = Acordados en la última conferencia
report-ready-next = Lo que sigue
report-ready-to-learn = Puede aprender ahora
report-working-on = Está trabajando en
report-family-notes = Notas de la familia
report-no-evidence = Todavía sin evaluar
report-more-skills = { $n ->
        [one] …y una habilidad más, en la tabla de dominio.
       *[other] …y { $n } habilidades más, en la tabla de dominio.
    }

## En qué punto está una habilidad o una meta

status-not-started = Sin empezar
status-progressing = En camino
status-mastered = Dominado
goal-active = En proceso
goal-met = Lograda
goal-not-met = No lograda
goal-dropped = Pausada

## Los niveles de la escala predeterminada

level-no-evidence = Sin evidencia
level-emerging = Emergente
level-beginning = Inicial
level-beginning-plus = Inicial+
level-developing = En desarrollo
level-developing-plus = En desarrollo+
level-proficient = Competente
level-proficient-plus = Competente+
level-advanced = Avanzado

## El resumen de la clase

summary-title = Resumen de la clase
summary-distribution = Dominio por habilidad
summary-students = { $n ->
        [one] Un estudiante
       *[other] { $n } estudiantes
    }
summary-groups = Grupos actuales
summary-no-groups = Todavía no hay grupos guardados.

## La reflexión del equipo

team-title = Nuestra reflexión sobre el aprendizaje personalizado
team-now = Lo hacemos ahora
team-different = Esto es distinto de nuestro enfoque
team-looks-like = Cómo se ve
team-questions = Guía de reflexión
