# Hoy: la rotación con su reloj, el grupo que trabaja con la docente o el docente (con un
# formulario rápido de observación) y el tiempo 1:1; también las palabras del reloj que muestra el proyector.

## TodayPage

today-title = Hoy
today-retry = Intentar de nuevo
today-loading = Cargando el día de hoy…
# Se muestra tras la etiqueta de un campo que puede quedar vacío.
today-optional = (opcional)

## RotationPanel

today-rotation-title = Rotación
today-no-rotation = No hay rotación para hoy
today-no-rotation-hint = Crea grupos y una rotación para hoy, y luego maneja el reloj desde aquí.
today-open-groups = Abrir Grupos y rotación
today-rotation-unfinished = Esta rotación aún no tiene grupos ni rondas. Termínala en Grupos y rotación.
today-plan-label = Plan de la rotación
today-plan-caption = Estaciones por grupo y ronda
today-plan-caption-now = Estaciones por grupo y ronda; ahora es la ronda { $round }
today-plan-group = Grupo
today-plan-round = Ronda { $round }
today-plan-now = Ahora
today-plan-next = Después
today-with-teacher = Con docente
today-students-count = { $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
}
today-no-station = Sin estación

## ClockPanel

clock-not-loaded = Sin cargar
clock-all-done = Todas las rondas terminaron.
clock-announce = { $round }: { $phase }.
clock-announce-paused = { $round }: { $phase }, en pausa.
clock-projector-open = La ventana del proyector está abierta. Arrástrala a la pantalla del proyector.
clock-left = Quedan { $time }
clock-not-loaded-sr = Reloj sin cargar
clock-phase-paused = { $phase } · En pausa
clock-progress-label = Tiempo transcurrido en esta fase
clock-other-plan = El reloj tiene otra rotación. Carga esta para usarla aquí y en el proyector.
clock-load-hint = Carga esta rotación en el reloj para usarla aquí y en el proyector.
clock-load = Cargar esta rotación
clock-controls-label = Controles del reloj
clock-key-space = Espacio
clock-shortcut-title = { $label } ({ $key })
clock-pause = Pausar
clock-last-round-title = Es la última ronda: esto termina la rotación
clock-next = Siguiente ronda
clock-reset = Reiniciar
clock-chime = Campana en el proyector
clock-open-projector = Abrir proyector
clock-keys-hint = { $key } inicia o pausa el reloj cuando ningún campo ni botón tiene el foco.
clock-stale = El reloj no responde: { $error }

## Clock wording (lib/clock)

clock-spoken-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
clock-spoken-seconds = { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
clock-spoken-minutes-seconds = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
clock-phase-idle = Listo para empezar
clock-phase-block = Tiempo de trabajo
clock-phase-transition = Pasen a su siguiente estación
clock-phase-done = Terminado
clock-projector-ready = Prepárense
clock-projector-paused = En pausa
clock-projector-move = ¡Pasen a su siguiente estación!
clock-no-rounds = Sin rondas
clock-round-of = Ronda { $round } de { $rounds }
clock-start = Iniciar
clock-resume = Reanudar
clock-unknown-station = Estación desconocida

## CoverageList

today-coverage-title = Tiempo 1:1
today-coverage-days-label = Sin atención 1:1 en
today-coverage-days-unit = días
today-coverage-hint = Cuenta observaciones y conferencias, de { $min } a { $max } días.
today-coverage-loading = Cargando…
today-coverage-count = { $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
} sin atención 1:1 en { $days ->
    [one] { $days } día
   *[other] { $days } días
}
today-coverage-empty = Todos tuvieron tiempo 1:1 en { $days ->
    [one] el último día
   *[other] los últimos { $days } días
}.
today-coverage-never = nunca
today-coverage-last = última: { $date }
today-coverage-last-ago = última: { $date } ({ $days ->
    [0] hoy
    [one] hace { $days } día
   *[other] hace { $days } días
})
today-coverage-error-whole = Escribe un número entero de días, de { $min } a { $max }.
today-coverage-error-range = Elige de { $min } a { $max } días.

## TeacherGroup

today-teacher-title = Con docente
today-teacher-none-rotation = Ningún grupo trabaja con docente en la rotación de hoy. Marca un grupo como guiado por docente en Grupos y rotación.
today-teacher-none = Hoy no hay grupo guiado por docente. Marca un grupo como guiado por docente en Grupos y rotación.
today-target = Objetivo:
today-no-target = Este grupo no tiene una competencia objetivo.
today-group-empty = Este grupo no tiene estudiantes.
today-no-evidence = Sin evidencia aún
today-member-next = Siguiente:
today-capture-title = Registrar una observación
today-capture-student = Estudiante
today-capture-choose = Elige…
today-capture-level = Nivel
today-capture-loading = Cargando…
today-capture-note = Nota
today-capture-preview = Se guarda como observación de { $code }, con la fecha de hoy.
today-capture-preview-no-code = Se guarda como observación de la competencia objetivo, con la fecha de hoy.
today-capture-saving = Guardando…
today-capture-save = Guardar observación
today-capture-choose-student = Elige un estudiante.
today-capture-choose-level = Elige un nivel.
today-recorded = Se registró { $level } para { $name }.
today-recorded-unnamed = Se registró { $level } para el estudiante.
