# Lo que pertenece al estudiante, en su página bajo el perfil de aprendizaje: metas y
# seguimientos, reflexiones, el portafolio con comentarios entre pares, y conferencias.

## Shared by the sections and their forms

goals-optional = opcional
goals-optional-note = (opcional)
goals-date = Fecha
student-row-edit = Editar { $name }
student-row-delete = Eliminar { $name }
goals-competencies-loading = Cargando las competencias…
goals-competencies-none = Esta clase todavía no tiene competencias; vincula un marco de competencias en la página Marcos para enlazarlas.
goals-author-student = Estudiante
goals-author-teacher = Docente
goals-check-date = La fecha
goals-choose-date = Elige la fecha.

## GoalsSection

goals-discard-what = esta meta
goals-title = Metas
goals-new = Nueva meta
goals-loading = Cargando las metas…
goals-empty = Todavía no hay metas. Siéntate con { $name } y elige { $button } para escribir una con sus propias palabras.
goals-added = Se agregó la meta “{ $title }”.
goals-saved = Se guardó “{ $title }”.
goals-checked-in = Seguimiento de “{ $title }”: { $percent }.
goals-deleted = Se eliminó la meta “{ $title }”.
goals-restored = Se restauró “{ $title }”.
goals-status-active = En progreso
goals-status-met = Lograda
goals-status-not-met = No lograda
goals-status-dropped = En pausa
goals-overdue = Vencida
goals-stale = Sin seguimiento en 14 días
goals-target = Fecha meta: { $date }
goals-no-target = Sin fecha meta
goals-why-label = Por qué importa:
goals-steps-for = Pasos para { $title }
goals-progress-on = Progreso en { $title }
goals-checkins = Seguimientos ({ $count })
goals-no-checkins = Todavía no hay seguimientos.
goals-add-checkin = Agregar seguimiento
goals-add-checkin-on = Agregar seguimiento de { $title }

## GoalForm

goals-edit-title = Editar “{ $title }”
goals-new-title = Una nueva meta para { $name }
goals-field-goal = Meta
goals-field-goal-placeholder = Voy a…
goals-field-why = Por qué importa
goals-in-their-words = con las palabras del estudiante
goals-field-steps = Pasos
goals-field-steps-hint = Un paso por línea, en orden.
goals-field-target-date = Fecha meta
goals-field-status = Estado
goals-field-competencies = Competencias que aborda
goals-field-links = Se relaciona con
goals-field-links-note = (intereses y metas profesionales, opcional)
goals-links-loading = Cargando el perfil de aprendizaje…
goals-links-none = Todavía no hay intereses ni metas profesionales; agrégalos arriba, en el perfil de aprendizaje de { $name }, para relacionar las metas con ellos.
goals-link-interest = interés
goals-link-career = meta profesional
goals-link-earlier = enlace anterior
goals-save = Guardar meta
goals-add = Agregar meta
goals-title-blank = Ponle un título a la meta, con las palabras del estudiante.
goals-check-title = El título
goals-check-target-date = La fecha meta
goals-step-too-long = Cada paso tiene como máximo { $max } caracteres.

## CheckInForm

goals-checkin-title = Seguimiento de “{ $title }”
goals-checkin-progress = Progreso
goals-checkin-progress-percent = Progreso, en porcentaje
goals-checkin-author = Quién hace el seguimiento
goals-checkin-note = Nota
goals-checkin-save = Guardar seguimiento
goals-check-note = La nota
goals-progress-invalid = El progreso es un número entero de 0 a 100.

## Reflections

reflections-free = Reflexión libre
reflections-response-blank = Primero escribe la reflexión.
reflections-check-response = La reflexión
reflections-rating-needs-competency = Elige la competencia a la que corresponde la calificación.

## Conferences on a student's page

student-conference-check-notes = Las notas
student-conference-attendee-too-long = Cada asistente tiene como máximo { $max } caracteres.
student-conference-step-too-long = Cada próximo paso tiene como máximo { $max } caracteres.
student-conference-follow-up-too-long = Cada pendiente tiene como máximo { $max } caracteres.

## The teacher PIN for student mode

student-mode-pin-digits = El PIN tiene de 4 a 8 dígitos.
student-mode-pin-mismatch = Los dos PIN no son iguales. Escríbelo otra vez.

## ReflectionsSection and ReflectionForm

reflections-discard-what = esta reflexión
reflections-title = Reflexiones
reflections-new = Nueva reflexión
reflections-loading = Cargando las reflexiones…
reflections-empty = Todavía no hay reflexiones. Elige { $button } o pásale la computadora a { $name } para que escriba una en el modo estudiante.
reflections-added = Se agregó la reflexión.
reflections-saved = Se guardó la reflexión.
reflections-deleted = Se eliminó la reflexión.
reflections-delete-title = ¿Eliminar esta reflexión?
reflections-delete-message = Se eliminará la reflexión del { $date }. Esto no se puede deshacer.
reflections-delete-message-evidence = Se eliminará la reflexión del { $date }, junto con la evidencia de autoevaluación que registró. Esto no se puede deshacer.
reflections-delete-confirm = Eliminar reflexión
reflections-for-conference = Para la conferencia
reflections-for-conference-note = (aparece en la hoja impresa de la conferencia)
reflections-self-rating-is = Autoevaluación: { $rating }
reflections-row-name = la reflexión del { $date }
reflections-archived-prompt = Una pregunta archivada
reflections-rating-hint-choose = Elige una competencia para calificarla.
reflections-rating-hint-loading = Cargando la escala…
reflections-rating-hint = La calificación también se registra como evidencia de autoevaluación.
reflections-edit-title = Editar la reflexión
reflections-new-title = Una nueva reflexión de { $name }
reflections-field-prompt = Pregunta
reflections-field-response = Reflexión
reflections-field-author = Escrita por
reflections-field-competency = Competencia
reflections-no-competency = Ninguna
reflections-field-rating = Autoevaluación
reflections-no-rating = Sin calificación
reflections-save = Guardar reflexión
reflections-add = Agregar reflexión

## ConferencesSection and ConferenceForm (a student's conferences)

student-conference-discard-what = esta conferencia
student-conference-title = Conferencias
student-conference-new = Nueva conferencia
student-conference-loading = Cargando las conferencias…
student-conference-empty = Todavía no hay conferencias registradas. Después de reunirte con { $name } y su familia, elige { $button } para guardar las notas y los próximos pasos.
student-conference-added = Se agregó la conferencia del { $date }.
student-conference-saved = Se guardó la conferencia del { $date }.
student-conference-deleted = Se eliminó la conferencia del { $date }.
student-conference-delete-title = ¿Eliminar esta conferencia?
student-conference-delete-message = Se eliminarán las notas de la conferencia del { $date }. Esto no se puede deshacer.
student-conference-delete-confirm = Eliminar conferencia
student-conference-student-led = Dirigida por el estudiante
student-conference-student-led-note = ({ $name } la dirigió)
student-conference-with = Con { $names }
student-conference-next-steps = Próximos pasos
student-conference-follow-ups = Pendientes
student-conference-row-name = la conferencia del { $date }
student-conference-edit-title = Editar la conferencia
student-conference-new-title = Una conferencia con { $name }
student-conference-field-attendees = Quiénes asistieron
student-conference-field-attendees-hint = Una persona por línea, p. ej., “Madre (Rosa)”.
student-conference-next-steps-hint = Un paso por línea.
student-conference-follow-ups-hint = Uno por línea: quién hace qué y para cuándo.
student-conference-save = Guardar conferencia
student-conference-add = Agregar conferencia

## PortfolioSection and ArtifactForm

portfolio-discard-what = este trabajo
portfolio-title = Portafolio
portfolio-picker-filter = Imágenes, PDF, audio, video y documentos
portfolio-add-work = Agregar trabajo
portfolio-loading = Cargando el portafolio…
portfolio-empty = Todavía no hay nada en el portafolio de { $name }. Elige { $button } para agregar una foto, un PDF, una grabación o un documento.
portfolio-added = Se agregó “{ $title }” al portafolio.
portfolio-saved = Se guardó “{ $title }”.
portfolio-highlighted = “{ $title }” está destacado.
portfolio-unhighlighted = “{ $title }” ya no está destacado.
portfolio-delete-title = ¿Eliminar “{ $title }”?
portfolio-delete-message = “{ $title }” ({ $file }) se quitará del portafolio de { $name }. Esto no se puede deshacer.
portfolio-deleted = Se eliminó “{ $title }”.
portfolio-preview-of = Vista previa de { $title }
portfolio-highlight-label = Destacar { $title }
portfolio-highlight-title = Destacar para la conferencia
portfolio-highlighted-title = Destacado para la conferencia
portfolio-kind-image = Imagen
portfolio-kind-pdf = PDF
portfolio-kind-audio = Audio
portfolio-kind-video = Video
portfolio-kind-document = Documento
portfolio-kind-icon-pdf = PDF
portfolio-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
portfolio-size-kb = { $amount } KB
portfolio-size-mb = { $amount } MB
portfolio-size-gb = { $amount } GB
portfolio-size-tb = { $amount } TB
portfolio-choose-file-status = Elige el archivo en la ventana que se abrió.
portfolio-no-file = No se eligió ningún archivo.
portfolio-new-title = Agregar trabajo al portafolio de { $name }
portfolio-field-title = Título
portfolio-field-reflection = Reflexión de { $name }
portfolio-field-reflection-placeholder = ¿Qué muestra este trabajo? ¿Qué fue difícil? ¿Qué harías la próxima vez?
portfolio-field-competencies = Competencias que muestra
portfolio-field-highlight = Destacar
portfolio-choose-file = Elegir archivo…
portfolio-attach-hint = Imágenes, PDF, audio, video y documentos, de hasta 100 MB. El archivo se copia en la carpeta de datos de Waypoint.
portfolio-title-blank = Ponle un título al trabajo.

## PeerReviewControls and the peer-feedback checks (feedback.ts)

portfolio-feedback-discard-what = estos comentarios
portfolio-review-open = Abierto a comentarios entre pares
portfolio-review-share = Permitir que { $name } lea los comentarios
portfolio-review-opened = “{ $title }” está abierto a comentarios entre pares.
portfolio-review-closed = “{ $title }” ya no está abierto a comentarios entre pares.
portfolio-review-shared = { $name } puede leer los comentarios sobre “{ $title }”.
portfolio-review-unshared = { $name } ya no puede leer los comentarios sobre “{ $title }”.
portfolio-feedback-remove-title = ¿Quitar los comentarios de { $name }?
portfolio-feedback-remove-message = Los comentarios de { $name } sobre “{ $title }” se quitarán para siempre. Esto no se puede deshacer.
portfolio-feedback-remove = Quitar
portfolio-feedback-removed = Se quitaron los comentarios de { $name }.
portfolio-feedback-count = Comentarios ({ $count })
portfolio-feedback-remove-label = Quitar los comentarios de { $name } del { $date }
portfolio-feedback-prompt-blank = La pregunta { $number } no puede quedar en blanco.
portfolio-feedback-prompt-too-long = La pregunta { $number } tiene más de { $max } caracteres.
portfolio-feedback-answer-blank = Escribe algo en al menos una pregunta.

## Where a student is with an activity, in their own words (student mode)

student-activity-not-started = Sin empezar
student-activity-in-progress = Lo elegí: estoy en eso
student-activity-done = Terminado
