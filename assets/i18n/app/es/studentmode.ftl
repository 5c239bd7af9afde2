# Modo estudiante: la página propia del estudiante en la computadora del docente, y el PIN del
# docente para salir. Lo lee el estudiante: palabras cortas y amables, de tú.

## StudentModeScreen

studentmode-title = Modo estudiante
studentmode-locked-title = Esta computadora está bloqueada
studentmode-unlock = Docente: desbloquear con el PIN
studentmode-hello = ¡Hola!
studentmode-hello-name = ¡Hola, { $name }!
studentmode-loading = Preparando tu página…
studentmode-lead = Esta es tu página. Elige qué aprender ahora, haz el seguimiento de tus metas y escribe sobre tu aprendizaje.
studentmode-reflections-title = Mis reflexiones
studentmode-reflections-empty = Todavía no hay nada. Tu primera reflexión aparecerá aquí.
studentmode-for-my-conference = para mi conferencia
studentmode-exit = Docente: salir
studentmode-saving = Guardando…

## MyNextSteps

studentmode-next-title = Mis próximos pasos
studentmode-ready-title = Lo que estoy listo para aprender
studentmode-next-empty = Por ahora no hay nada nuevo para empezar. ¡Sigue con lo que estás haciendo!
studentmode-boards-title = Mis tableros de opciones
studentmode-boards-empty = Tu docente todavía no te ha preparado un tablero de opciones.
studentmode-board-pick = { $count ->
    [one] Elige una actividad.
   *[other] Elige { $count } actividades.
  }
studentmode-activity-minutes = unos { $minutes } minutos
studentmode-choose = Elegir esta
studentmode-choose-named = Elegir esta: { $title }
studentmode-chose = Elegiste { $title }. ¡Que te diviertas!
studentmode-status-not-started = Sin empezar
studentmode-status-in-progress = Mi elección: trabajando en ella
studentmode-status-done = Hecha

## GoalCheckIns

studentmode-goals-title = Mis metas
studentmode-goals-empty = Por ahora no tienes metas en curso. Pídele a tu docente que ponga una contigo.
studentmode-goal-why = Por qué me importa: { $why }
studentmode-goal-steps = Mis pasos para { $title }
studentmode-goal-target = Quiero lograrla para el { $date }.
studentmode-goal-progress = Cuánto se ha avanzado en { $title }
studentmode-checkin-form = Seguimiento de { $title }
studentmode-checkin-progress = ¿Cuánto has avanzado? { $percent }
studentmode-checkin-note = ¿Qué hiciste? ¿Qué sigue?
studentmode-checkin-note-optional = (puedes saltarte esto)
studentmode-checkin-saved = Guardado. ¡Buen trabajo!
studentmode-checkin-save = Guardar mi seguimiento
studentmode-checkin-live = ¡Guardado! { $title }: { $progress }.
studentmode-goals-finished = Metas terminadas
studentmode-goal-met = { $title }: ¡lo logré!
studentmode-goal-closed = { $title }: terminada por ahora

## ReflectionWriter

studentmode-reflect-title = Escribir una reflexión
studentmode-reflection-prompt = ¿Sobre qué quieres escribir?
studentmode-reflection-free = Reflexión libre: lo que quieras
studentmode-reflection-label = Mi reflexión
studentmode-reflection-conference = Mostrar esto en mi conferencia
studentmode-reflection-saved = Guardada. ¡Gracias por compartir!
studentmode-reflection-save = Guardar mi reflexión
studentmode-reflection-empty = Primero escribe algunas palabras.
studentmode-reflection-live = Tu reflexión está guardada.

## PeerReview

studentmode-review-title = Dar comentarios a un compañero
studentmode-review-empty = Por ahora no hay trabajos de compañeros esperando comentarios.
studentmode-review-preview = Vista previa de { $title }
studentmode-review-by = de { $name }
studentmode-review-says = { $name } dice: { $reflection }
studentmode-feedback-thanks = ¡Gracias! { $name } aprenderá de tus comentarios.
studentmode-review-answered = Ya diste comentarios sobre esto.
studentmode-review-give = Dar comentarios
studentmode-review-more = Dar más comentarios
studentmode-review-give-named = Dar comentarios sobre { $title } de { $name }
studentmode-review-more-named = Dar más comentarios sobre { $title } de { $name }
studentmode-feedback-sent = Tus comentarios para { $name } se enviaron. ¡Gracias!

## FeedbackWriter

studentmode-feedback-form = Mis comentarios sobre { $title }
studentmode-feedback-prompt = { $prompt }…
studentmode-feedback-hint = Sé amable y útil. Puedes dejar un cuadro vacío, pero no todos.
studentmode-feedback-sending = Enviando…
studentmode-feedback-send = Enviar mis comentarios

## FeedbackReceived

studentmode-received-title = Comentarios sobre mi trabajo
studentmode-received-empty = Todavía no hay comentarios para leer. Cuando tu docente comparta alguno, aparecerá aquí.
studentmode-received-from = De { $name }

## PinDialog

pin-title = PIN del docente
pin-label = Escribe tu PIN para salir del modo estudiante
pin-checking = Comprobando…
pin-exit = Salir del modo estudiante
