# La página de listas de actividades (actividades, listas y tableros de opciones, asignarlos,
# progreso) y las listas de actividades en la página de un estudiante.

## PlaylistsPage

playlists-title = Listas de actividades
playlists-intro = Actividades para cada competencia, reunidas en listas de actividades (en orden) o tableros de opciones (el estudiante elige) y asignadas a un estudiante, un grupo o una estación.
playlists-loading = Cargando listas de actividades…
playlists-section-title = Listas de actividades y tableros de opciones
playlists-count = { $count ->
    [one] { $count } lista o tablero de opciones
   *[other] { $count } listas y tableros de opciones
  }
playlists-groups-from = Los grupos vienen del conjunto de grupos más reciente, «{ $title }».
playlists-empty-no-activities = Todavía no hay listas. Primero añade algunas actividades y luego arma con ellas una lista de actividades o un tablero de opciones.
playlists-empty = Todavía no hay listas. Marca algunas actividades arriba y crea la primera.
playlists-created-playlist = Se creó la lista de actividades «{ $title }».
playlists-created-board = Se creó el tablero de opciones «{ $title }».
playlists-saved = Se guardó «{ $title }».
playlists-archived = Se archivó «{ $title }».
playlists-restored = Se restauró «{ $title }».

## Words for activities (lib/playlists)

playlist-modality-read = Leer
playlist-modality-watch = Ver
playlist-modality-practice = Practicar
playlist-modality-create = Crear
playlist-modality-discuss = Conversar
playlist-modality-hands-on = Manos a la obra
playlist-kind-playlist = Lista de actividades
playlist-kind-choice-board = Tablero de opciones
playlist-status-not-started = Sin empezar
playlist-status-in-progress = En curso
playlist-status-done = Hecha
playlist-target-student = Estudiante
playlist-target-group = Grupo
playlist-target-station = Estación
playlist-minutes = { $minutes } min
playlist-activity-count = { $count ->
    [one] { $count } actividad
   *[other] { $count } actividades
  }
playlist-summary-board = Elegir { $pick } de { $count }
playlist-progress = { $done } de { $goal } hechas
playlist-board-progress = Elegir { $pick } · { $done } elegidas hechas
playlist-activity-title-missing = Ponle un título a la actividad.
playlist-activity-competency-missing = Elige la competencia que practica.
playlist-activity-minutes-invalid = Los minutos son un número entero, de 1 a 600.
playlist-pick-none = Primero elige algunas actividades.
playlist-pick-not-a-number = Escribe cuántas elige cada estudiante, de 1 a { $count }.
playlist-pick-out-of-range = { $count ->
    [one] Con una actividad, los estudiantes eligen 1.
   *[other] Los estudiantes eligen de 1 a { $count } de estas { $count } actividades.
  }

## ActivitiesSection

playlist-activities-title = Actividades
playlist-activities-no-competencies = Esta clase todavía no tiene competencias. Asocia un marco de competencias en la página Marcos de competencias; cada actividad practica una de sus competencias.
playlist-activity-filter = Mostrar competencia
playlist-activity-filter-all = Todas las competencias
playlist-activities-shown = { $shown } de { $count ->
    [one] { $count } actividad
   *[other] { $count } actividades
  }
playlist-activities-empty = Todavía no hay actividades. Añade la primera arriba: un título, la competencia que practica y cuánto tiempo lleva.
playlist-activities-none-for = Todavía no hay actividades para { $code }.
playlist-activities-none-for-this = Todavía no hay actividades para esta competencia.
playlist-activities-show-all = Mostrar todas
playlist-activity-interests = Intereses: { $interests }
playlist-activity-link = Enlace: { $link }
playlist-edit-named = Editar { $title }
playlist-archive-named = Archivar { $title }
playlist-archive = Archivar
playlist-activity-added = Se añadió «{ $title }».
playlist-activity-saved = Se guardó «{ $title }».

## ActivityForm

playlist-activity-edit-title = Editar «{ $title }»
playlist-activity-add-title = Añadir una actividad
playlist-field-title = Título
playlist-field-competency = Competencia
playlist-choose = Elige…
playlist-field-modality = Modalidad
playlist-field-minutes = Minutos
playlist-field-instructions = Instrucciones
playlist-optional = (opcional)
playlist-field-link = Enlace
playlist-field-link-hint = Los estudiantes lo ven como texto para escribir o copiar; Waypoint nunca lo abre.
playlist-field-interests = Intereses (opcional)
playlist-field-interest = Interés
playlist-field-interests-placeholder = p. ej., fútbol
playlist-saving = Guardando…
playlist-activity-save = Guardar actividad
playlist-activity-add = Añadir actividad

## ActivityPicker

playlist-picker-empty = Todavía no hay actividades: primero añade algunas en Actividades.
playlist-picker-other = Otras

## PlaylistForm

playlist-form-edit-title = Editar «{ $title }»
playlist-form-new-title = Crear una lista de actividades o un tablero de opciones
playlist-field-kind = Tipo
playlist-kind-hint-playlist = Los estudiantes hacen todas las actividades, en orden.
playlist-kind-hint-board = Los estudiantes eligen algunas de las actividades.
playlist-order-title = En orden · { $count ->
    [one] { $count } actividad
   *[other] { $count } actividades
  } · { $minutes }
playlist-move-up = Subir { $title }
playlist-move-down = Bajar { $title }
playlist-moved = { $title } pasó a la posición { $position } de { $count }.
playlist-field-pick = Los estudiantes eligen
playlist-field-pick-hint = De 1 a { $count }: cuántas actividades elige cada estudiante.
playlist-board-preview = Vista previa: elegir { $pick } de { $count }
playlist-title-missing = Ponle un título.
playlist-activities-missing = Marca al menos una actividad.
playlist-save-playlist = Guardar lista de actividades
playlist-save-board = Guardar tablero de opciones
playlist-create-playlist = Crear lista de actividades
playlist-create-board = Crear tablero de opciones

## PlaylistCard

playlist-card-no-activities = No tiene actividades: edítala para añadir algunas.
playlist-card-board = { $title }: el tablero
playlist-assigned-to = Asignada a
playlist-no-one-yet = Todavía a nadie. Asígnala abajo.
playlist-remove-from = Quitar { $title } a { $name }
playlist-remove = Quitar
playlist-assign-named = Asignar { $title }
playlist-assign-kind = Asignar a
playlist-target-has-it = { $name } (ya la tiene)
playlist-assign = Asignar
playlist-assign-no-students = Esta clase todavía no tiene estudiantes.
playlist-assign-no-groups = Todavía no hay grupos: créalos en Grupos y rotación.
playlist-assign-no-stations = Todavía no hay estaciones: añádelas en Grupos y rotación.
playlist-assign-choose-student = Elige un estudiante.
playlist-assign-choose-group = Elige un grupo.
playlist-assign-choose-station = Elige una estación.
playlist-assigned = Se asignó «{ $title }» a { $name }.
playlist-unassigned = Se quitó «{ $title }» a { $name }.
playlist-progress-loading = Cargando el progreso…
playlist-progress-show = Mostrar el progreso
playlist-progress-title = Progreso
playlist-progress-none = Ningún estudiante la tiene todavía (los estudiantes de una estación la reciben cuando están en ella).
playlist-progress-refresh = Actualizar

## StudentPlaylists

playlist-student-empty = Todavía no tiene listas asignadas; asigna una desde Listas de actividades.
playlist-student-progress-label = Progreso de { $title }
playlist-student-no-activities = Todavía no tiene actividades.
playlist-status-of = Estado de { $title }
playlist-status-changed = { $title }: { $status }.
playlist-status-progress = { $title }: { $progress }.
