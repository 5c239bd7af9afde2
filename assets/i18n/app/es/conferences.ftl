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

## PromptsPanel
conferences-prompts-offered = { $count ->
        [one] { $count } pregunta disponible para los estudiantes
       *[other] { $count } preguntas disponibles para los estudiantes
    }
conferences-prompts-intro = Los estudiantes eligen una de estas cuando escriben una reflexión, o escriben libremente. El banco es común a todas tus clases.
conferences-show-archived = Mostrar archivadas
conferences-prompts-loading = Cargando las preguntas…
conferences-prompts-empty = El banco está vacío. Agrega una primera pregunta abajo, p. ej., “¿Qué te ayudó a aprender hoy?”
conferences-prompts-none-offered = No hay preguntas disponibles para los estudiantes. Agrega una abajo o muestra las archivadas para recuperar alguna.
conferences-prompt-text = Texto de la pregunta
conferences-saving = Guardando…
conferences-archived-badge = Archivada
conferences-prompt-edit-label = Editar la pregunta “{ $text }”
conferences-prompt-archive-label = Archivar la pregunta “{ $text }”
conferences-prompt-unarchive-label = Desarchivar la pregunta “{ $text }”
conferences-archive = Archivar
conferences-unarchive = Desarchivar
conferences-prompt-add-title = Agregar una pregunta
conferences-prompt-add-intro = Una pregunta que un estudiante pueda responder en unas pocas oraciones, con palabras que usa.
conferences-prompt-new = Nueva pregunta
conferences-prompt-new-placeholder = ¿Qué harías diferente la próxima vez?
conferences-prompt-new-hint = Una línea, como máximo { $max } caracteres.
conferences-adding = Agregando…
conferences-prompt-add = Agregar pregunta
conferences-prompt-added = Se agregó la pregunta “{ $text }”.
conferences-prompt-saved = Pregunta guardada.
conferences-prompt-archived = Se archivó la pregunta “{ $text }”.
conferences-prompt-restored = Se restauró la pregunta “{ $text }”.
# Completa "Tienes cambios sin guardar en ___."
conferences-dirty-prompt = esta pregunta

## FeedbackProtocol
conferences-feedback-title = Preguntas para comentarios entre pares
conferences-feedback-intro = Un estudiante las responde sobre el trabajo de un compañero que abres para revisión entre pares (en la página del estudiante, en Portafolio). Las mismas tres preguntas para todas tus clases; cada una de { $max } caracteres como máximo.
conferences-feedback-loading = Cargando las preguntas…
# { $n } es 1, 2 o 3.
conferences-feedback-prompt = Pregunta { $n }
conferences-feedback-reset = Restablecer las predeterminadas
conferences-feedback-save = Guardar preguntas
conferences-feedback-saved = Se guardaron las preguntas para comentarios.
conferences-feedback-reset-done = Las preguntas para comentarios volvieron a las predeterminadas.
conferences-feedback-undone = Las preguntas para comentarios volvieron a como estaban.

## TeamPanel
conferences-team-list-title = Las reflexiones del equipo
conferences-team-count = { $count ->
        [one] { $count } reflexión
       *[other] { $count } reflexiones
    }
conferences-team-intro = Analicen juntos el aprendizaje personalizado: para cada enfoque, lo que su equipo hace ahora y en qué se diferencia de lo que hacen, y luego las tres preguntas de la guía de reflexión.
conferences-team-loading = Cargando las reflexiones del equipo…
conferences-team-empty = Todavía no hay reflexiones. Empieza la primera abajo con el nombre de tu equipo.
conferences-team-create-title = Empezar una reflexión
conferences-team-name = Equipo
conferences-team-name-placeholder = Equipo de 6.º grado
conferences-team-date = Fecha
conferences-team-starting = Empezando…
conferences-team-create = Empezar la reflexión
conferences-team-name-blank = El nombre del equipo no puede estar en blanco.
conferences-team-date-required = Elige el día de la reflexión.
conferences-team-started = Se empezó la reflexión de { $team }.
conferences-team-open-label = Reflexión abierta
conferences-team-none-yet = Empieza una reflexión con tu equipo: dale un nombre al equipo y elige el día; luego revisen juntos los enfoques.
conferences-team-none-open = Abre una de las reflexiones para continuar, o empieza una nueva.

## TeamReflectionEditor, ApproachNotes and NoteSaveRow
conferences-unsaved-changes = Cambios sin guardar
conferences-saved = Guardado
conferences-team-no-approaches = Esta reflexión no tiene enfoques que revisar.
conferences-team-guide = Guía de reflexión
conferences-team-notes-saved = Se guardaron las notas sobre “{ $title }”.
# { $message } es el motivo, tal como lo da la aplicación.
conferences-team-notes-failed = No se pudieron guardar las notas sobre “{ $title }”: { $message }
conferences-team-answer-saved = Se guardó la respuesta a la pregunta { $n }.
conferences-team-answer-failed = No se pudo guardar la respuesta a la pregunta { $n }: { $message }
conferences-team-answer-save-label = Guardar la respuesta a la pregunta { $n }
conferences-team-print-unsaved = Algunas notas no se pudieron guardar, así que el informe las omitiría. Corrígelas y vuelve a imprimir.
# { $label } es conferences-approach-looks-label (en negrita); { $text }, cómo se ve el enfoque.
conferences-approach-looks = { $label } { $text }
conferences-approach-looks-label = Cómo se ve:
conferences-approach-now = Esto lo hacemos ahora
conferences-approach-different = Esto es diferente de nuestro enfoque
conferences-approach-save-label = Guardar las notas sobre “{ $title }”
