# La página Metas y conferencias: las metas de la clase, los informes de conferencia y el resumen
# de la clase, las preguntas de reflexión y el protocolo de comentarios entre pares, y la reflexión del equipo.

## ConferencesPage
conferences-page-title = Metas y conferencias
conferences-page-sub = { $name } · las metas de los estudiantes de un vistazo, informes de conferencia para las familias, las preguntas de reflexión y la reflexión del propio equipo
conferences-archived = Esta clase está archivada. Sus metas e informes siguen aquí.
conferences-tabs-label = Metas y conferencias
conferences-tab-goals = Metas
conferences-tab-reports = Informes de conferencia
conferences-tab-prompts = Preguntas de reflexión
conferences-tab-team = Reflexión del equipo
# Marca junto a una pestaña con cambios sin guardar.
conferences-tab-unsaved = Sin guardar
# Completa "Tienes cambios sin guardar en ___." al salir de una pestaña.
conferences-dirty-page = esta página
conferences-dirty-prompts = las preguntas
conferences-dirty-team = la reflexión del equipo

## Goals, reports and the team reflection (lib/reports.ts)
reports-due-today = Vence hoy
reports-overdue-days = { $count ->
        [one] { $count } día de retraso
       *[other] { $count } días de retraso
    }
reports-no-check-ins = Todavía no hay seguimientos
# { $percent } es un número entero de 0 a 100; { $date }, una fecha como "3 mar 2026".
reports-latest-check-in = Último seguimiento: { $percent } % el { $date }
reports-last-check-in = Último seguimiento: { $date }
reports-last-check-in-today = Último seguimiento: { $date } · hoy
reports-last-check-in-ago = Último seguimiento: { $date } · { $days ->
        [one] hace { $days } día
       *[other] hace { $days } días
    }
reports-no-target = Sin fecha meta
reports-target = Fecha meta: { $date }
# Idiomas del informe: el de cada familia, o uno para todas.
reports-lang-auto = El idioma de cada familia
# El nombre del idioma en ese idioma: igual en todos los idiomas de la interfaz.
reports-lang-en = English
reports-lang-es = Español
reports-variant-teacher = Dirigida por el docente
reports-variant-student = Dirigida por el estudiante: empieza con la meta y la reflexión del propio estudiante
reports-contents-profile = Lo más destacado del perfil del estudiante: fortalezas, intereses y metas
reports-contents-mastery = Dominio por área, con cada nivel en lenguaje sencillo
reports-contents-growth = Progreso desde la última conferencia
reports-contents-goals = Las metas del estudiante y cómo van
reports-contents-reflections = Las reflexiones elegidas para la conferencia
reports-contents-portfolio = Lo más destacado del portafolio
reports-contents-next-steps = Próximos pasos
reports-contents-family-notes = Espacio para las notas de la familia
reports-opened-class = El informe está abierto en su propia ventana: toda la clase, un estudiante por página.
reports-opened-student = El informe está abierto en su propia ventana: { $name }.
reports-opened-summary = El resumen de la clase está abierto en su propia ventana.
reports-opened-team = La reflexión del equipo está abierta en su propia ventana.
reports-prompt-blank = La pregunta no puede estar en blanco.
reports-prompt-too-long = La pregunta es demasiado larga ({ $count } caracteres); el límite es { $max }.
# El encabezado de tema para los enfoques que no tienen uno.
reports-theme-other = Otros
reports-team-progress = { $done } de { $count ->
        [one] { $count } enfoque revisado
       *[other] { $count } enfoques revisados
    }

## Paper sizes for printing (lib/print.ts), also used by Groups
print-paper-letter = Carta (8,5 × 11 in)
print-paper-a4 = A4 (210 × 297 mm)

## GoalOverviewPanel
conferences-goals-loading = Cargando las metas de la clase…
conferences-try-again = Reintentar
conferences-refresh = Actualizar
conferences-goals-hint = Las metas se crean, actualizan y registran en la página de cada estudiante (Estudiantes, Alt+1). Los estudiantes también pueden registrar su seguimiento en el modo estudiante.
conferences-overdue-count = { $count ->
        [one] { $count } meta vencida
       *[other] { $count } metas vencidas
    }
conferences-stale-count = { $count ->
        [one] { $count } meta sin seguimiento en 14 días
       *[other] { $count } metas sin seguimiento en 14 días
    }
conferences-without-count = { $count ->
        [one] { $count } estudiante sin una meta activa
       *[other] { $count } estudiantes sin una meta activa
    }
conferences-overdue = Vencidas
conferences-overdue-empty = No hay metas vencidas. ¡Bien!
conferences-stale-title = Sin seguimiento en 14 días
conferences-stale-label = { $count ->
        [one] { $count } meta sin seguimiento reciente
       *[other] { $count } metas sin seguimiento reciente
    }
conferences-stale-empty = Todas las metas activas han tenido un seguimiento en los últimos 14 días.
conferences-without-title = Sin meta activa
conferences-without-empty = Todos los estudiantes tienen una meta activa.
conferences-without-hint = Define una primera meta con cada uno en su página de estudiante.
# El nombre accesible de la barra de progreso de una meta; { $title } es la meta.
conferences-goal-progress = Progreso en “{ $title }”
conferences-so-far = { $percent } % hasta ahora

## ReportsPanel
conferences-print = Imprimir o guardar como PDF…
conferences-report-title = Informe de conferencia
conferences-report-intro = Para la familia, una página por estudiante. Contiene:
conferences-report-who = Quién
conferences-report-whole-class = Toda la clase (un estudiante por página)
conferences-report-no-students = Esta clase todavía no tiene estudiantes. Agrégalos en la página Estudiantes (Alt+1).
conferences-report-language = Idioma
# “El idioma de cada familia” es reports-lang-auto, una opción de la lista de arriba.
conferences-report-language-hint = “El idioma de cada familia” usa el idioma preferido de los contactos familiares del estudiante.
conferences-paper = Papel
# Qué tipo de conferencia: dirigida por el docente o por el estudiante.
conferences-report-variant = Conferencia
conferences-opening = Abriendo…
conferences-report-open = Abrir el informe
conferences-summary-title = Resumen de la clase
conferences-summary-intro = Para ti y el equipo escolar: cómo se distribuye la clase en los niveles de cada competencia, y los grupos actuales.
conferences-summary-open = Abrir el resumen de la clase
