# Grupos y rotación: la página y sus pestañas (Grupos, Próximos pasos, Estaciones, Rotación), la
# tabla de rotación y las tarjetas de grupo impresas, y las palabras de grupos, estaciones y rotaciones.

## GroupsPage

groups-page-title = Grupos y rotación
groups-page-sub = { $className } · agrupa a los estudiantes según lo que necesitan después y rótalos por estaciones
groups-archived = Esta clase está archivada. Aún puedes planificar con ella.
groups-loading = Cargando grupos, estaciones y rotaciones…
groups-retry = Intentar de nuevo
groups-tabs-label = Grupos y rotación
groups-tab-groups = Grupos
groups-tab-next = Próximos pasos
groups-tab-stations = Estaciones
groups-tab-rotation = Rotación
groups-no-students = Esta clase aún no tiene estudiantes. Agrégalos en la página Estudiantes (Alt+1) y vuelve para agruparlos.
groups-print-preview = Vista previa de impresión
groups-preview-chart = Tabla de rotación · una página horizontal
groups-preview-cards = Tarjetas de grupo

## Shared words

groups-optional = (opcional)
groups-choose = Elige…
groups-students-count = { $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
}
groups-page-frameworks = Marcos de competencias
groups-page-students = Estudiantes
groups-unknown-student = Un estudiante que ya no está en la clase

## ClassNextSteps

groups-next-title = Quién está listo para qué
groups-next-count = { $count ->
    [one] { $count } competencia
   *[other] { $count } competencias
} con alguien listo
groups-next-by-readiness = Agrupar por preparación…
groups-next-loading = Cargando próximos pasos…
groups-next-empty = Nadie está listo para una competencia nueva por ahora. Registra evidencia o revisa los requisitos previos en la página Marcos de competencias.
groups-next-ready-for = Listos para { $code }
groups-next-first-steps = El primer próximo paso de cada estudiante
groups-next-nothing = Nada listo aún

## GroupsPanel

groups-form-check-first = Primero revisa el formulario de sugerencias de arriba: { $problems }
groups-discard-what = los grupos sugeridos
groups-suggested-status = { $count ->
    [one] Se sugirió { $count } grupo
   *[other] Se sugirieron { $count } grupos
}. Ajústalos si hace falta y luego guárdalos.
groups-no-groups-to-change = No hay grupos que cambiar.
groups-saved-toast = Se guardó «{ $title }».
groups-discarded = Se descartó la sugerencia.
groups-no-such-group = Ese grupo no existe.
groups-deleted-toast = Se eliminó «{ $title }».
groups-restored-toast = Se restauró «{ $title }».
groups-proposal-title = Grupos sugeridos
groups-adjusted = Ajustados
groups-proposal-meta = { $basis } · semilla { $seed } · hallados por { $method } · puntuación { $score }
groups-absent = Ausentes:
groups-set-meta = Grupos guardados · { $date } · { $basis }
groups-resuggest-title = Sugerir grupos nuevos para todos los que no están en un grupo bloqueado
groups-resuggest = Sugerir de nuevo sin cambiar los grupos bloqueados
groups-set-empty = Este conjunto no tiene grupos.

## GroupsForm

groups-form-title = Sugerir grupos
groups-by-readiness = Agrupar por preparación
groups-readiness-hint = Los estudiantes listos para el mismo próximo paso trabajan juntos, y cada grupo lleva su nombre (consulta la pestaña Próximos pasos).
groups-targets-legend = Agrupar por estas competencias
groups-targets-hint = Los estudiantes se agrupan según su nivel actual en las que marques.
groups-no-competencies = Esta clase aún no tiene competencias. Asocia un marco de competencias en la página { $page } ({ $keys }) para agrupar por nivel.
groups-how-many = Cuántos
groups-by-count = Número de grupos
groups-by-size = Tamaño del grupo
groups-count-label = Grupos
groups-size-from = De
groups-size-to = a
groups-size-students = estudiantes
groups-mode-label = Agrupación
groups-mode-like = Nivel similar (repasar / practicar / ampliar)
groups-mode-mixed = Niveles mixtos
groups-mode-manual = Organizados a mano
groups-mode-like-hint = Los estudiantes de nivel parecido trabajan juntos, así cada grupo tiene su propio enfoque.
groups-mode-mixed-hint = Cada grupo mezcla niveles, así los estudiantes aprenden unos de otros.
groups-seed-label = Semilla
groups-shuffle = Mezclar
groups-seed-hint = Misma semilla, mismos grupos. Mezcla para otra organización.
groups-keeping = { $count ->
    [one] Mantiene 1 grupo bloqueado tal como está.
   *[other] Mantiene { $count } grupos bloqueados tal como están.
}
groups-suggest = Sugerir grupos

## GroupConstraints

groups-constraints = Estudiantes ausentes y restricciones
groups-constraints-no-students = Esta clase aún no tiene estudiantes. Agrégalos en la página { $page } ({ $keys }).
groups-absent-legend = Ausentes hoy
groups-absent-hint = Quedan fuera de los grupos.
groups-teacher-legend = Con docente
groups-teacher-hint = Van al grupo guiado por docente.
groups-apart-legend = Mantener separados
groups-apart-hint = Nunca en el mismo grupo.
groups-apart-first = Primer estudiante que se mantiene aparte
groups-apart-second = Segundo estudiante que se mantiene aparte
groups-apart-and = y
groups-add = Agregar
groups-apart-remove = Dejar de mantener separados a { $first } y { $second }
groups-together-legend = Mantener juntos
groups-together-hint = Marca dos o más y luego Agregar.
groups-together-add = Agregar conjunto
groups-together-remove = Dejar de mantener juntos a { $names }

## GroupBoard

groups-board-hint = Arrastra a un estudiante a otro grupo, o enfoca a un estudiante y presiona { $first }–{ $last } para moverlo a ese grupo. Los grupos bloqueados conservan a sus estudiantes.
groups-board-no-group = No hay grupo { $number }: { $count ->
    [one] hay 1 grupo
   *[other] hay { $count } grupos
}.
groups-board-not-moved = { $name } no se movió: { $reason }
groups-board-moved = { $name } pasó a { $group }

## GroupCard

groups-card-teacher-led = Con docente
groups-card-locked = Bloqueado
groups-card-focus = Enfoque: { $focus }
groups-card-empty-locked = Sin estudiantes. Desbloquea el grupo para mover estudiantes a él.
groups-card-empty = Sin estudiantes. Arrastra a un estudiante aquí.
groups-card-members-label = Estudiantes de { $group }
groups-card-move-label = Mover a { $name } a
groups-card-move-to = Mover a…
groups-card-move-option = { $number }. { $group }
groups-card-move-option-locked = { $number }. { $group } (bloqueado)
groups-card-playlists = Listas de actividades: { $titles }

## GroupCardTools

groups-name-required = Un grupo necesita un nombre.
groups-rename-label = Nombre del grupo { $number }
groups-rename = Cambiar nombre
groups-lock-title-locked = Bloqueado: se mantiene igual cuando se vuelven a sugerir grupos
groups-lock-title = Bloquear para mantener este grupo como está
groups-lock = Bloquear
groups-with-teacher = Con docente

## GroupCards (printed)

groups-print-members = Integrantes:
groups-print-round = Ronda { $round } · { $time }
groups-print-materials = Materiales: { $materials }
groups-print-choice-board = Tablero de opciones · Elige { $count }
groups-print-playlist = Lista de actividades
groups-print-activity-meta = { $modality } · { $minutes } min
groups-print-no-task = Tarea: sigue las instrucciones de cada estación.
groups-print-no-cards = No hay tarjetas de grupo para imprimir.
groups-modality-read = Leer
groups-modality-watch = Ver
groups-modality-practice = Practicar
groups-modality-create = Crear
groups-modality-discuss = Conversar
groups-modality-hands-on = Manipular

## GroupSetHistory

groups-history-title = Grupos guardados
groups-history-empty = Aún no hay grupos guardados. Marca una competencia, presiona { $suggest } y luego { $save }.

## SaveSetForm

groups-title-label = Título
groups-date-label = Fecha
groups-discard = Descartar
groups-save = Guardar grupos

## Group wording (lib/groups)

groups-mode-short-readiness = por preparación
groups-mode-short-like = nivel similar
groups-mode-short-mixed = niveles mixtos
groups-mode-short-manual = a mano
groups-method-exact = búsqueda exacta
groups-method-local-search = búsqueda local
groups-default-title = Grupos — { $date }
groups-default-title-codes = Grupos para { $codes } — { $date }
groups-default-title-readiness = Grupos por preparación — { $date }
groups-level-none = sin evidencia
groups-set-counts = { $groups ->
    [one] { $groups } grupo
   *[other] { $groups } grupos
} · { $students ->
    [one] { $students } estudiante
   *[other] { $students } estudiantes
}
groups-error-targets = Marca al menos una competencia para agrupar.
groups-error-count = Escribe un número de grupos, 1 o más.
groups-error-count-too-many = { $count ->
    [one] Solo hay { $count } estudiante para agrupar.
   *[other] Solo hay { $count } estudiantes para agrupar.
}
groups-error-size-min = Escribe el tamaño mínimo del grupo, 1 o más.
groups-error-size-max = Escribe el tamaño máximo del grupo, 1 o más.
groups-error-size-order = El tamaño máximo debe ser al menos el mínimo.
groups-error-seed = Escribe un número entero, 0 o más.
groups-apart-choose-two = Elige dos estudiantes.
groups-apart-same = Elige dos estudiantes distintos.
groups-new-group-word = Grupo
groups-apart-exists = Esos dos ya se mantienen separados.
groups-together-too-few = Marca dos o más estudiantes para mantenerlos juntos.
groups-together-overlap = Un estudiante solo puede estar en un conjunto «mantener juntos»; primero quita el otro conjunto.
groups-move-not-in = Ese estudiante no está en estos grupos.
groups-move-no-group = No hay grupo { $number }.
groups-move-source-locked = { $group } está bloqueado. Desbloquéalo para mover a sus estudiantes.
groups-move-target-locked = { $group } está bloqueado. Desbloquéalo para mover estudiantes a él.
groups-band-reteach = Repasar
groups-band-practice = Practicar
groups-band-extend = Ampliar
groups-error-title = Ponles un título a los grupos.
groups-error-date = Elige la fecha de los grupos.

## StationsPanel

stations-discard-what-edit = la estación { $name }
stations-discard-what-new = la estación nueva
stations-saved-toast = Se guardó { $name }.
stations-added-toast = Se agregó { $name }.
stations-archived-toast = Se archivó { $name }.
stations-restored-toast = Se restauró { $name }.
stations-classic-added = Se agregaron las cuatro estaciones clásicas: Con docente, Colaborativa, Independiente y En línea.
stations-title = Estaciones
stations-show-archived = Mostrar archivadas ({ $count })
stations-intro = Las estaciones se guardan para la clase y se reutilizan en cada rotación.
stations-empty-title = Aún no hay estaciones.
stations-empty-body = La mayoría de las rotaciones usan cuatro: una mesa con docente, una tarea colaborativa, práctica independiente y trabajo en línea.
stations-add-classic = Agregar las cuatro estaciones clásicas
stations-or-own = O agrega las tuyas con el formulario.
stations-archived-badge = Archivada
stations-materials-label = Materiales:
stations-archive = Archivar
stations-unarchive = Desarchivar
stations-edit-title = Editar { $name }
stations-add-title = Agregar una estación
stations-unsaved = Sin guardar
stations-name = Nombre
stations-name-placeholder = p. ej., Juegos de fracciones
stations-kind = Tipo
stations-capacity = Capacidad
stations-capacity-hint = Máximo de estudiantes a la vez. En blanco = sin límite.
stations-materials = Materiales
stations-instructions = Instrucciones para los estudiantes
stations-instructions-hint = Se imprimen en la tarjeta de cada grupo.
stations-save = Guardar estación
stations-add = Agregar estación

## Station wording (lib/groups)

stations-kind-teacher-led = Con docente
stations-kind-collaborative = Colaborativa
stations-kind-independent = Independiente
stations-kind-online = En línea
stations-kind-custom = Personalizada
stations-capacity-none = sin límite
stations-capacity-up-to = hasta { $count }
stations-classic-teacher-name = Con docente
stations-classic-teacher-instructions = Lección en grupo pequeño con docente.
stations-classic-collaborative-name = Colaborativa
stations-classic-collaborative-instructions = Trabajen juntos en la tarea; todos explican su razonamiento.
stations-classic-independent-name = Independiente
stations-classic-independent-instructions = Trabaja en tu propia práctica.
stations-classic-online-name = En línea
stations-classic-online-materials = Computadoras
stations-classic-online-instructions = Inicia sesión y avanza en tu lista de actividades.
stations-error-name = Ponle un nombre a la estación.
stations-error-capacity = Escribe cuántos estudiantes caben a la vez (1 o más), o déjalo en blanco para no poner límite.

## RotationPanel

rotation-built = Se creó una rotación de { $rounds ->
    [one] { $rounds } ronda
   *[other] { $rounds } rondas
} para el { $date }.
rotation-nothing-to-copy = No hay una rotación anterior para copiar. Crea una abajo.
rotation-copied = Se copió la última rotación al { $date } con { $set }.
rotation-cell-set = { $group }, ronda { $round }: { $station }.
rotation-cell-set-none = { $group }, ronda { $round }: sin estación.
rotation-cell-set-unknown = { $group }, ronda { $round }: una estación.
rotation-not-changed = No se cambió: { $error }
rotation-timing-saved = Tiempos guardados: { $timing }.
rotation-on-projector = La rotación está en la ventana del proyector. Inicia el reloj desde la página Hoy o desde el proyector.
rotation-copy-last = Copiar la última rotación a hoy
rotation-new = Nueva rotación
rotation-no-sets-title = Aún no hay grupos para rotar
rotation-no-sets = Una rotación mueve grupos guardados por estaciones. Primero sugiere y guarda grupos.
rotation-go-groups = Ir a Grupos
rotation-no-stations-title = Aún no hay estaciones
rotation-no-stations = Agrega las estaciones por las que pasan los grupos; las cuatro clásicas se agregan con un clic.
rotation-go-stations = Ir a Estaciones
rotation-build-title = Crear una rotación
rotation-groups-label = Grupos
rotation-date-label = Fecha
rotation-build = Crear rotación
rotation-title = Rotación · { $date }
rotation-show-projector = Mostrar en el proyector

## StationOrder

rotation-stations-legend = Estaciones, en orden
rotation-stations-hint = Los grupos bajan por esta lista, una estación por ronda. Usa las flechas para reordenar.
rotation-station-up = Subir { $name }
rotation-station-down = Bajar { $name }

## RotationGrid and RotationChart

rotation-grid-caption = En qué estación está cada grupo, ronda por ronda
rotation-round-heading = Ronda
rotation-no-station = Sin estación
rotation-cell-label = { $group }, ronda { $round }: estación
rotation-cell-none = — sin estación —
rotation-chart-with-teacher = con docente

## PlanTools

rotation-timing-label = Tiempos
rotation-block-label = Minutos por ronda
rotation-transition-label = Minutos de transición
rotation-timing-save = Guardar tiempos
rotation-start-label = Empieza a las
rotation-start-hint = Muestra la hora en la tabla y las tarjetas.
rotation-paper = Papel
rotation-print-chart = Imprimir tabla de rotación
rotation-print-cards = Imprimir tarjetas de grupo
rotation-preview-hide = Ocultar vista previa
rotation-preview-show = Vista previa de impresión

## RotationHistory

rotation-history-title = Rotaciones anteriores
rotation-history-empty = Aún no hay rotaciones. Crea una y se guardará aquí para reabrirla o copiarla.
rotation-rounds-count = { $count ->
    [one] { $count } ronda
   *[other] { $count } rondas
}

## Rotation wording (lib/groups)

rotation-round-minutes = minutos { $from }–{ $to }
rotation-round-label = Ronda { $round } · { $time }
rotation-timing-line = rondas de { $block } min · { $transition ->
    [one] transición de { $transition } min
   *[other] transiciones de { $transition } min
} · { $rounds ->
    [one] { $rounds } ronda
   *[other] { $rounds } rondas
}
rotation-error-block = Escribe los minutos por ronda, de 1 a { $max }.
rotation-error-transition = Escribe los minutos de transición, de 0 a { $max }.
rotation-error-group-set = Elige los grupos que rotan.
rotation-error-stations = Marca al menos una estación.
rotation-error-date = Elige la fecha de la rotación.
