# The Evidence page: quick capture during class and the assessment grid for after class.

## EvidencePage
evidence-title = Evidencia
evidence-subtitle = { $class } · registra lo que muestran los estudiantes en el momento en que lo ves
evidence-import-scores = Importar puntuaciones…
evidence-archived = Esta clase está archivada. La evidencia que registres se conserva igual.
evidence-loading = Cargando competencias y estudiantes…
evidence-try-again = Reintentar
evidence-no-framework-title = Esta clase aún no tiene un marco de competencias
evidence-no-framework-body = La evidencia se registra sobre competencias. Ve a { $page } ({ $keys }) para importar un archivo CASE o crear un marco de competencias, y vincúlalo a { $class }.
evidence-frameworks-page = Marcos de competencias
evidence-keys-frameworks = Alt+4
evidence-open-frameworks = Abrir Marcos de competencias
evidence-no-competencies-title = Aún no hay competencias para evaluar
evidence-no-competencies-one = { $framework } no tiene competencias. Ve a { $page } ({ $keys }) para agregar algunas o importar un archivo CASE.
evidence-no-competencies-many = Los marcos vinculados no tienen competencias. Ve a { $page } ({ $keys }) para agregar algunas o importar un archivo CASE.
evidence-no-students-title = Esta clase aún no tiene estudiantes
evidence-no-students-body = Agrega estudiantes en la página { $page } ({ $keys }) y luego vuelve para registrar evidencia.
evidence-students-page = Estudiantes
evidence-keys-students = Alt+1
evidence-modes-label = Cómo registrar la evidencia
evidence-mode-quick = Captura rápida
evidence-mode-grid = Tabla de evaluación
evidence-discard-grid = la tabla de evaluación
evidence-unsaved = { $count } sin guardar

## lib/capture.ts
capture-kind-observation = Observación
capture-kind-exit-ticket = Boleto de salida
capture-kind-quiz = Prueba corta
capture-kind-project = Proyecto
capture-kind-conference = Conferencia
capture-kind-self-assessment = Autoevaluación
capture-filter-all = Toda la clase
capture-filter-reteach = Necesita volver a ver
capture-filter-practice = Práctica
capture-filter-extend = Ampliación
capture-filter-none = Aún sin evidencia
capture-scale-no-levels = sin niveles
capture-off-scale = { $level } no está en esta escala ({ $range })
capture-not-a-number = “{ $text }” no es un número; escribe un nivel ({ $range })
capture-count-entries = { $count ->
    [one] { $count } registro
   *[other] { $count } registros
}
capture-saved-all = { $count ->
    [one] Se guardó { $count } registro.
   *[other] Se guardaron { $count } registros.
}
capture-saved-some = Se guardaron { $saved } de { $total }; { $failed ->
    [one] { $failed } necesita
   *[other] { $failed } necesitan
} atención

## KindSelect
evidence-kind = Tipo

## CaptureFilters
evidence-filter-students = Estudiantes
evidence-filter-name = Filtrar por nombre
evidence-filter-name-placeholder = Escribe parte de un nombre

## BulkProblems
evidence-problems-title = { $count ->
    [one] { $count } celda necesita atención
   *[other] { $count } celdas necesitan atención
}
evidence-problem-line = { $cell }: { $problem }
evidence-problem-cell = { $student } — { $competency }

## BulkSaveBar
evidence-save-entries = { $count ->
    [one] Guardar { $count } registro
   *[other] Guardar { $count } registros
}
evidence-saving-progress = Guardando { $done } de { $total }
evidence-saving-entries = Guardando registros

## CaptureToolbar
evidence-competency = Competencia
evidence-choose-competency = Elige una competencia…
evidence-competency-hint = Enter te lleva a los estudiantes.
evidence-date = Fecha

## GridSetup
evidence-grid-competencies = Competencias (una columna cada una)

## NoteEditor
evidence-note-title = Nota para { $student }
evidence-note = Nota
evidence-note-keys = Enter guarda · Mayús+Enter empieza una línea nueva · Esc cancela
evidence-saving = Guardando…
evidence-save-note = Guardar nota

## CaptureGrid
evidence-chip-note = Nota: { $note }
evidence-capture-grid-label = Estudiantes — { $competency }
evidence-col-student = Estudiante
evidence-col-current-level = Nivel actual
evidence-col-this-session = En esta sesión
evidence-row-no-evidence = Aún sin evidencia
evidence-status-set-by-you = { $status } (asignado por ti)
evidence-recorded-this-session = Registrado en esta sesión
evidence-chip-with-note = , con nota: { $note }
evidence-row-saved = Guardado

## QuickCapture
evidence-capture-keys = { $digits } registrar · { $dot } sumar ½ · { $enter } nota · { $undo } deshacer · { $arrows } moverse · { $letters } ir a un nombre · { $esc } competencia
evidence-key-enter = Enter
evidence-key-esc = Esc
evidence-levels-failed = No se pudieron cargar los niveles actuales: { $error }
evidence-capture-choose = Elige una competencia arriba y luego escribe un nivel para cada estudiante.
evidence-loading-levels = Cargando niveles…
evidence-no-match = Ningún estudiante coincide.
evidence-no-match-name = Ningún estudiante coincide con “{ $name }”.
evidence-no-match-band = Ningún estudiante coincide en “{ $band }”.
evidence-no-match-name-band = Ningún estudiante coincide con “{ $name }” en “{ $band }”.
evidence-show-whole-class = Mostrar toda la clase
evidence-note-summary = { $level } · { $kind } · { $date }

## captureSession
capture-no-name-starts = Ningún nombre de estudiante empieza con “{ $letter }”.
capture-choose-date = Primero elige una fecha para esta evidencia.
capture-recorded = Se registró { $level } para { $student }
capture-recorded-last = Se registró { $level } para { $student }. Era el último estudiante de la lista.
capture-half-needs-level = Primero escribe un nivel; luego . le suma medio punto.
capture-already-half = El { $level } de { $student } ya tiene medio punto.
capture-changed = Se cambió a { $level } para { $student }
capture-note-needs-level = Primero escribe un nivel; luego Enter le agrega una nota.
capture-entry-gone = Ese registro ya no está aquí.
capture-note-removed = Se quitó la nota de { $student }
capture-note-saved = Nota guardada para { $student }
capture-nothing-to-undo = Nada que deshacer: no se registró evidencia para esta competencia en esta sesión.
capture-removed = Se quitó { $level } de { $student }
capture-removed-toast = Se quitó { $level } de { $student }.
capture-redo = Rehacer
capture-restored = Se restauró { $level } para { $student }

## AssessmentGrid
evidence-nothing-to-save = Nada que guardar: primero corrige las celdas de abajo.
evidence-type-a-level = Primero escribe un nivel en una celda.
evidence-choose-date = Elige la fecha de la evaluación.
evidence-skipped = { $count ->
    [one] { $count } celda no se guardó; corrígela abajo.
   *[other] { $count } celdas no se guardaron; corrígelas abajo.
}
evidence-undone = { $count ->
    [one] Se quitó { $count } registro
   *[other] Se quitaron { $count } registros
}; los niveles volvieron a la tabla.
evidence-undone-some = Se quitaron { $undone } de { $total } registros.
evidence-grid-empty = Marca una o más competencias arriba; cada una se convierte en una columna de la tabla.
evidence-grid-hint = Escribe un nivel ({ $range }); las celdas vacías se omiten. Las flechas y Enter mueven entre celdas.
evidence-grid-caption = Niveles para registrar, una fila por estudiante y una columna por competencia
evidence-discard-column = la columna { $competency }
