# La página Estudiantes: la lista de la clase, el nombre y los datos escolares del estudiante,
# archivar y borrar a un estudiante, los próximos pasos y el modo estudiante.

## StudentsPage

students-the-new-student = el nuevo estudiante
students-added-toast = Se agregó a { $name }.
students-saved-toast = Se guardó a { $name }.
students-archived-toast = Se archivó a { $name }.
students-restored-toast = Se restauró a { $name }.
students-erased-toast = Se borró a { $name } de esta computadora. Las computadoras de los co-docentes lo borran en su próxima sincronización.
students-add-title = Agregar un estudiante
students-add-lead = Empieza por el nombre. Una vez guardado el estudiante, podrás completar su perfil de aprendizaje.
students-legal-name = Nombre legal: { $name }
students-archive = Archivar estudiante
students-unarchive = Desarchivar estudiante
students-archived-notice = { $name } está archivado y no aparece en la lista de la clase. Desarchívalo para que vuelva.
students-none-selected = Ningún estudiante seleccionado
students-choose-hint = Elige un estudiante de la lista para ver y editar su perfil de aprendizaje.
students-search-tip = Consejo: escribe en el cuadro de búsqueda y luego pulsa Flecha abajo y Enter.
students-class-empty = Esta clase todavía no tiene estudiantes.

## Roster

students-roster-title = Estudiantes
students-add-student = Agregar estudiante
students-search-label = Buscar estudiantes
students-search-placeholder = Buscar por nombre…
students-search-hint = Pulsa Flecha abajo para entrar en la lista.
students-show-archived = Mostrar archivados
students-loading = Cargando estudiantes…
students-empty-title = Todavía no hay estudiantes.
students-empty-lead = Agrega a los estudiantes de esta clase para empezar a armar sus perfiles de aprendizaje.
students-no-match = Ningún estudiante coincide con “{ $query }”.
students-archived-badge = Archivado

## StudentForm

student-form-title = Nombre y datos escolares
student-required = (obligatorio)
student-given-name = Nombre
student-family-name = Apellido
student-preferred-name = Nombre preferido
student-preferred-name-hint = Se muestra en lugar del nombre, si lo hay.
student-birth-date = Fecha de nacimiento
student-date-placeholder = AAAA-MM-DD
student-number = ID del estudiante
student-number-hint = El número que la escuela le da al estudiante; las importaciones de puntuaciones lo usan para encontrarlo.
student-email = Correo electrónico
student-grade = Grado
student-will-appear = Aparecerá como { $name }
student-unsaved = Cambios sin guardar
student-discard = Descartar
student-saving = Guardando…
student-save-details = Guardar datos

## Class and student counts (display.ts)

students-count = { $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
}
students-class-option = { $name } ({ $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
})
students-class-option-archived = { $name } ({ $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
}) — archivada

## Client-side checks of the class, student and learner-profile forms (validate.ts)

validate-blank = { $field }: no puede quedar en blanco.
validate-too-long = { $field }: demasiado largo ({ $count } caracteres); el límite es { $max }.
validate-bad-date = { $field }: debe ser una fecha real escrita AAAA-MM-DD; "{ $value }" no lo es.
validate-field-class-name = Nombre de la clase
validate-field-subject = Materia
validate-field-grade-level = Grado
validate-field-contact-name = Nombre del contacto
validate-chip-full = Como máximo { $max } elementos; quita uno primero.
validate-chip-duplicate = “{ $item }” ya está en la lista.
validate-list-too-many = { $field }: como máximo { $max } elementos.
validate-item-empty = { $item } { $number }: está vacío.
validate-item-too-long = { $item } { $number }: debe tener como máximo { $max } caracteres.
validate-notes-too-long = Las notas deben tener como máximo { $max } caracteres.
validate-too-many-accommodations = Como máximo { $max } adaptaciones.
validate-choose-kind = Elige un tipo.
validate-too-many-contacts = Como máximo { $max } contactos de la familia.

## NextStepsSection and NextStepItem

student-next-steps-title = Próximos pasos
student-next-steps-count = { $mastered } de { $total ->
    [one] { $total } competencia dominada
   *[other] { $total } competencias dominadas
}
student-next-steps-loading = Cargando los próximos pasos…
student-next-steps-no-competencies = Esta clase todavía no tiene competencias. Vincúlale un marco de competencias en la página Marcos para ver los próximos pasos de { $name }.
student-next-steps-all-mastered = { $name } domina todas las competencias de esta clase.
student-next-steps-none-ready = Todavía no hay nada listo: cada competencia que falta espera un requisito previo que { $name } no domina.
student-next-steps-list = Próximos pasos de { $name }, del más cercano al más lejano
student-next-steps-not-yet = Todavía no ({ $count })
student-next-step-no-activities = Todavía no hay ninguna actividad para esto.
student-next-step-activities = Actividades para { $code }

## PlaylistProposal

student-proposal-assigned = Se asignó “{ $title }” a { $name }.
student-proposal-heading = Un tablero personal para { $name }
student-proposal-approve = Aprobar y asignar
student-proposal-busy = Preparando la propuesta…
student-proposal-propose = Proponer una lista de actividades personal

## StudentModeButton

student-mode-button = Pasarle la computadora a { $name }
student-mode-button-title = Solo las metas y reflexiones de { $name } quedan abiertas hasta que escribas tu PIN
student-mode-pin-title = Crea un PIN de docente
student-mode-pin-lead = En el modo estudiante, { $name } ve solo sus propias metas y reflexiones. Para volver a tu vista escribirás este PIN.
student-mode-pin = PIN
student-mode-pin-note = (de 4 a 8 dígitos)
student-mode-pin-again = Escríbelo otra vez
student-mode-pin-save = Guardar el PIN y pasar la computadora

## EraseStudentSection

student-erase-title = Borrar a este estudiante
student-erase-lead = Para una solicitud de borrado de la familia o del distrito. Si { $name } solo deja la clase, basta con archivar.
student-erase-button = Borrar al estudiante para siempre…
student-erase-dialog-title = ¿Borrar a { $name } para siempre?
student-erase-what = Esto borra todos los registros y archivos sobre { $name } en esta computadora: su perfil, evidencias, metas, reflexiones, conferencias, archivos del portafolio y las copias en los puntos de restauración y las copias automáticas.
student-erase-sync = Con la próxima sincronización, también se borran en las computadoras de tus co-docentes.
student-erase-no-undo = Esto no se puede deshacer.
student-erase-type-name = Escribe { $name } para confirmar
student-erase-hint = El botón Borrar funciona cuando el nombre coincide.
student-erase-confirm = Borrar a { $name }
