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
