# Las frases del almacén: lo que no existe, lo que se rechazó y por qué no se pudo guardar un cambio.

## Un registro que no existe
store-not-found = No existe nada con el id { $id }; puede que se haya eliminado.
store-not-found-activity = No existe ninguna actividad con el id { $id }; puede que se haya eliminado.
store-not-found-artifact = No existe ningún elemento del portafolio con el id { $id }; puede que se haya eliminado.
store-not-found-choice-board = No existe ningún tablero de opciones con el id { $id }; puede que se haya eliminado.
store-not-found-class = No existe ninguna clase con el id { $id }; puede que se haya eliminado.
store-not-found-competency = No existe ninguna competencia con el id { $id }; puede que se haya eliminado.
store-not-found-conference = No existe ninguna conferencia con el id { $id }; puede que se haya eliminado.
store-not-found-evidence = No existe ninguna evidencia con el id { $id }; puede que se haya eliminado.
store-not-found-feedback = No existe ningún comentario con el id { $id }; puede que se haya eliminado.
store-not-found-framework = No existe ningún marco de competencias con el id { $id }; puede que se haya eliminado.
store-not-found-goal = No existe ninguna meta con el id { $id }; puede que se haya eliminado.
store-not-found-group = No existe ningún grupo con el id { $id }; puede que se haya eliminado.
store-not-found-group-set = No existe ningún conjunto de grupos con el id { $id }; puede que se haya eliminado.
store-not-found-playlist = No existe ninguna lista de actividades con el id { $id }; puede que se haya eliminado.
store-not-found-portfolio-item = No existe ningún elemento del portafolio con el id { $id }; puede que se haya eliminado.
store-not-found-printout-label = No existe ninguna etiqueta de impresión con el id { $id }; puede que se haya eliminado.
store-not-found-printout-language = No existe ningún idioma de impresión con el id { $id }; puede que se haya eliminado.
store-not-found-progress = No existe ningún registro de avance con el id { $id }; puede que se haya eliminado.
store-not-found-prompt = No existe ninguna pregunta con el id { $id }; puede que se haya eliminado.
store-not-found-reflection = No existe ninguna reflexión con el id { $id }; puede que se haya eliminado.
store-not-found-rotation = No existe ninguna rotación con el id { $id }; puede que se haya eliminado.
store-not-found-column-map = No existe ningún mapa de columnas guardado con el id { $id }; puede que se haya eliminado.
store-not-found-station = No existe ninguna estación con el id { $id }; puede que se haya eliminado.
store-not-found-student = No existe ningún estudiante con el id { $id }; puede que se haya eliminado.
store-not-found-team-reflection = No existe ninguna reflexión del equipo con el id { $id }; puede que se haya eliminado.

## La base de datos y los archivos que la acompañan
store-database-failed = La base de datos falló: { $reason }
store-migration-failed = No se pudo actualizar la base de datos: { $reason }
store-too-new = Esta base de datos se creó con una versión más nueva de Waypoint (esquema { $found }; esta versión conoce hasta el { $known }). Actualiza Waypoint para abrirla.
store-file-failed = No se pudo usar { $path }: { $reason }
store-not-erased = El estudiante se borró de la base de datos, pero { $path } todavía guarda sus datos y no se pudo eliminar ({ $reason }). Cierra cualquier programa que lo esté usando y vuelve a borrar al estudiante, o elimina ese archivo.
store-no-data-dir = No se encontró una carpeta de datos para este usuario, así que no hay dónde guardar la base de datos.
store-restored-damaged = La base de datos de esta copia de seguridad está dañada ({ $reason }). No se reemplazó nada.
store-restore-not-waypoint = no es una base de datos de Waypoint
store-restore-integrity = la comprobación de integridad de SQLite dice: { $check }

## Archivos demasiado grandes
store-file-too-big = { $path } pesa { $size_mb } MB, más de los { $limit_mb } MB que Waypoint acepta para { $what }. No se importó nada.
store-file-kind-case = un archivo de marco de competencias CASE
store-file-kind-portfolio = un elemento del portafolio
store-file-kind-other = este tipo de archivo

## Cambios que llegan de otra computadora
store-damaged-change = Un cambio guardado ({ $change }) está dañado: { $reason }
store-tampered = Este archivo fue alterado: su cambio { $change } no coincide con el que ya está aquí con el mismo id. No se importó nada.
store-refused-change = Este paquete no se puede importar: su cambio { $change } { $reason }. No se importó nada.
store-refusal-own-stream = dice seguir al cambio { $deps } de su propia secuencia, que no es el cambio anterior
store-refusal-wrong-device = lleva la marca de otra computadora distinta de la que lo escribió
store-refusal-deps-too-far = dice haber visto el cambio { $claimed } de { $stream }, que ninguna computadora ha enviado
store-refusal-from-the-future = tiene una fecha { $hours } horas adelantada respecto al reloj de esta computadora; revisa la fecha y la hora en ambas computadoras
store-refusal-out-of-order = está repetido o fuera de orden
store-refusal-wrong-class = está archivado en una clase pero cambia una fila de otra
store-refusal-not-shared = está archivado como datos compartidos pero cambia una fila de una clase
store-refusal-shared-in-class = está archivado en una clase pero cambia datos compartidos
store-no-class = Este registro de { $table } no pertenece a ninguna clase en esta computadora (falta aquello a lo que pertenece), así que no se puede cambiar aquí.

## Deshacer una importación
store-no-restore-point = No hay ninguna importación que deshacer: deshacer revierte una sola importación, y ya se deshizo o no se hizo ninguna.
store-changed-since-import = Se hicieron cambios en esta computadora después de esa importación, así que deshacerla los perdería. Ya no se puede deshacer la importación.

## El PIN del docente
store-pin-throttled-seconds = Demasiados PIN incorrectos. Inténtalo de nuevo en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
store-pin-throttled-minutes = Demasiados PIN incorrectos. Inténtalo de nuevo en { $minutes } minutos.
store-pin-hash-failed = No se pudo guardar el PIN: { $reason }. No se cambió nada.

## Errores de programación (un fallo de Waypoint)
store-unknown-field = Campo desconocido { $table }.{ $field }
store-encode-failed = No se pudo codificar un cambio para guardarlo: { $reason }
store-secret-setting = { $key } es un secreto y nunca se guarda en la base de datos.

## Competencias, ejes y marcos
store-goal-competency-gone = Una de las competencias elegidas ya no existe; vuelve a elegir.
store-goal-not-strand = Una meta trata sobre competencias, no sobre ejes.
store-competency-archived = Esa competencia está archivada; elige una actual.
store-evidence-not-strand = La evidencia se registra en una competencia, no en un eje.
store-parent-other-framework = Ese eje pertenece a otro marco de competencias.
store-parent-not-strand = Los elementos solo pueden ir dentro de un eje, no dentro de una competencia.
store-node-has-evidence = Esta competencia tiene evidencia, así que no puede convertirse en un eje.
store-node-has-children = Este eje tiene elementos dentro, así que no puede convertirse en una competencia.
store-strand-inside-itself = Un eje no se puede mover dentro de sí mismo.
store-scale-drops-levels = La evidencia ya registrada en este marco usa { $count ->
        [one] el nivel
       *[other] los niveles
    } { $levels }, que la nueva escala no tiene. Conserva esos niveles o edita primero esa evidencia.

## Progresiones y próximos pasos
store-prerequisite-not-strand = Los requisitos previos enlazan competencias, no ejes.
store-prerequisite-archived = La competencia { $name } está archivada; desarchívala para usarla en una progresión.
store-prerequisite-other-framework = Un requisito previo tiene que ser del mismo marco de competencias.
store-next-steps-student-archived = El perfil de { $name } está archivado; los próximos pasos son para estudiantes actuales.
store-nobody-ready = Nadie en esta clase está listo todavía para una competencia nueva, así que no hay nada por lo que agrupar. Registra evidencia o agrega requisitos previos que se cumplan.

## Fechas, informes y reflexiones
store-today-blank = La fecha de hoy no puede quedar en blanco.
store-date-blank = La fecha de hoy no puede quedar en blanco.
store-coverage-days = Elige de 1 a { $max } días.
store-report-no-students = Esta clase no tiene estudiantes para imprimir un informe.
store-prompt-gone = Esa pregunta ya no está en el banco.
store-team-no-approach = La herramienta del equipo no tiene el enfoque "{ $approach }".

## Listas de actividades y actividades
store-activity-not-strand = Una actividad practica una competencia, no un eje.
store-activity-framework-not-attached = El marco de esa competencia no se usa en esta clase. Primero vincula el marco a la clase.
store-activity-not-in-playlist = Esa actividad no está en esta lista de actividades.
store-playlist-other-class = Esa lista de actividades pertenece a una clase distinta de la de { $name }.
store-playlist-activity-other-class = La actividad "{ $title }" pertenece a otra clase; una lista de actividades usa las actividades de su propia clase.
store-playlist-activity-archived = La actividad "{ $title }" está archivada; desarchívala para agregarla.
store-assign-student-archived = El perfil de { $name } está archivado; desarchívalo para asignarle una lista de actividades.
store-assign-station-archived = Esa estación está archivada; desarchívala para asignarle una lista de actividades.
store-assign-student-other-class = Ese estudiante está en otra clase; una lista de actividades se asigna dentro de su propia clase.
store-assign-group-other-class = Ese grupo está en otra clase; una lista de actividades se asigna dentro de su propia clase.
store-assign-station-other-class = Esa estación está en otra clase; una lista de actividades se asigna dentro de su propia clase.

## Grupos y rotaciones
store-groups-student-left = Un estudiante de estos grupos ya no está en esta clase. Vuelve a pedir la sugerencia de grupos.
store-group-locked = El grupo { $name } está bloqueado. Desbloquéalo para mover estudiantes dentro o fuera.
store-rotation-station-archived = La estación { $name } está archivada. Desarchívala para usarla en una rotación.
store-round-not-in-plan = Esa ronda no está en el plan.
store-station-not-in-rotation = Esa estación no está en esta rotación.

## Conflictos entre computadoras
store-conflict-gap = Todavía faltan en esta computadora algunos cambios de tu co-docente. Vuelve a sincronizar y luego resuelve este conflicto.
store-conflict-choose-value = Elige uno de los valores que se muestran para este conflicto.
store-conflict-value-text = Escribe el nuevo valor como texto.
store-conflict-not-open = No hay ningún conflicto abierto en «{ $field }» aquí; puede que ya se haya resuelto.

## El PIN del docente y los catálogos de impresión
store-pin-not-current = Ese no es el PIN actual.
store-no-printout-catalog = No hay ningún catálogo de impresión para "{ $lang }".
store-catalog-too-big = Este archivo pesa { $size_kb } KB; un catálogo de impresión pesa como máximo { $limit_kb } KB.
store-catalog-not-utf8 = Este archivo no es un catálogo que Waypoint pueda leer: no es texto UTF-8.

## El armazón de la aplicación
store-shell-chosen-path = No se pudo usar el archivo elegido: { $reason }

## Field names the store's checks name in their sentences
store-label-today = Hoy
store-label-todays-date = La fecha de hoy
store-label-the-value = El valor
store-label-your-name = Tu nombre
store-label-map-name = El nombre del mapa
store-label-we-do-this-now = Esto lo hacemos ahora
store-label-this-is-different = Esto es diferente de nuestro enfoque

## Conflict review: what a row is, a field's name, a value and who wrote it
store-row-activity = Actividad { $name }
store-row-class = Clase { $name }
store-row-competency = Competencia { $name }
store-row-conference-with = Conferencia con { $name }
store-row-evidence-for = Evidencia de { $name }
store-row-feedback-prompts = Preguntas de comentarios { $name }
store-row-framework = Marco de competencias { $name }
store-row-framework-link = Vínculo del marco { $name }
store-row-goal = Meta { $name }
store-row-goal-check-in-of = Seguimiento de meta de { $name }
store-row-group = Grupo { $name }
store-row-group-placement-of = Ubicación en grupo de { $name }
store-row-group-set = Conjunto de grupos { $name }
store-row-note = Nota { $name }
store-row-orphan = Registro huérfano { $name }
store-row-peer-feedback-by = Comentarios entre pares de { $name }
store-row-playlist = Lista de actividades { $name }
store-row-playlist-assignment = Asignación de lista de actividades { $name }
store-row-playlist-progress-of = Avance en la lista de actividades de { $name }
store-row-portfolio-item = Elemento del portafolio { $name }
store-row-prerequisite = Requisito previo { $name }
store-row-profile-of = Perfil de { $name }
store-row-reflection-by = Reflexión de { $name }
store-row-reflection-prompt = Pregunta de reflexión { $name }
store-row-rotation-of = Rotación del { $name }
store-row-station = Estación { $name }
store-row-status-override-for = Estado fijado a mano para { $name }
store-row-student = Estudiante { $name }
store-row-team-reflection-note = Nota de la reflexión del equipo { $name }
store-row-team-reflection-of = Reflexión del equipo del { $name }
store-row-other = { $table } { $id }
store-row-unnamed = un registro sin nombre
store-field-deleted = Eliminado o conservado
store-field-family-name = Apellido
store-field-given-name = Nombre
store-field-grade = Grado
store-field-grade-level = Nivel de grado
store-field-label = Etiqueta
store-field-name = Nombre
store-field-note = Nota
store-field-notes = Notas
store-field-preferred-name = Nombre preferido
store-field-statement = Enunciado
store-field-student-number = Número de estudiante
store-field-subject = Materia
store-field-title = Título
store-field-date = Fecha
store-field-level = Nivel
store-field-status = Estado
store-field-archived = Archivado
store-field-home-language = Idioma del hogar
store-field-birth-date = Fecha de nacimiento
store-field-focus = Enfoque
store-field-materials = Materiales
store-field-instructions = Instrucciones
store-field-code = Código
store-field-target-date = Fecha objetivo
store-field-text = Texto
store-value-deleted = Eliminado
store-value-kept = Conservado, con el cambio
store-value-empty = (vacío)
store-value-yes = Sí
store-value-no = No
store-value-none = (ninguno)
store-who-this-laptop = Esta computadora
store-who-laptop = Computadora { $id }

## Suggesting groups
store-groups-choose-competency = Elige al menos una competencia para formar los grupos.
store-groups-competency-elsewhere = Una de las competencias elegidas no está en los marcos de competencias de esta clase.
store-groups-all-locked = Todos los grupos están bloqueados, así que no queda ningún grupo para los demás estudiantes. Desbloquea un grupo o pide más grupos.
