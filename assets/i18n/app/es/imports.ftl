# El diálogo de importación (una lista de la clase, puntuaciones o un marco de competencias desde
# un archivo): elegir el archivo, asignar sus columnas, elegir las clases, la vista previa, el
# progreso y el resultado, y en la página de Estudiantes "Importar…" y "Deshacer la última importación".

## Tipos de archivo (lib/imports.ts)

imports-kind-roster = Lista de la clase
imports-kind-roster-hint = Clases y estudiantes, del sistema de información de la escuela o de una hoja de cálculo.
imports-kind-roster-title = Importar una lista de la clase
imports-kind-roster-formats = Waypoint lee OneRoster 1.0, 1.1 o 1.2 (un zip o una carpeta), Clever, Microsoft School Data Sync o cualquier archivo CSV o Excel (.xlsx).
imports-kind-scores = Puntuaciones
imports-kind-scores-hint = Resultados de una prueba, de un programa adaptativo o de tu propia hoja, para registrarlos como evidencia.
imports-kind-scores-title = Importar puntuaciones
imports-kind-scores-formats = Waypoint lee un archivo CSV o Excel (.xlsx): una fila por estudiante (una columna por pregunta o habilidad), o una fila por estudiante y elemento.
imports-kind-framework = Marco de competencias
imports-kind-framework-hint = Competencias: un paquete CASE de una editorial, o una tabla de códigos y enunciados.
imports-kind-framework-title = Importar un marco de competencias
imports-kind-framework-formats = Waypoint lee un paquete CASE 1.0 (.json), o una tabla CSV o Excel (.xlsx) con código, enunciado, código del superior y, si quieres, tipo y grado.
imports-size-limits = Hasta 20 MB por archivo; un zip o una carpeta, hasta 100 MB y 64 archivos.

## Pasos (lib/imports.ts)

imports-step-choose = Elegir un archivo
imports-step-columns = Asignar columnas
imports-step-map = Asignar puntuaciones
imports-step-sections = Elegir clases
imports-step-preview = Vista previa
imports-step-applying = Aplicar
imports-step-result = Resultado

## Campos de una lista en hoja de cálculo (lib/imports.ts)

imports-field-student-id = ID del estudiante
imports-field-given-name = Nombre
imports-field-family-name = Apellido
imports-field-full-name = Nombre completo
imports-field-preferred-name = Nombre preferido
imports-field-birth-date = Fecha de nacimiento
imports-field-grade = Grado
imports-field-email = Correo electrónico
imports-field-class = Clase
imports-field-class-id = ID de la clase
imports-field-teacher = Docente
imports-field-teacher-email = Correo del docente
imports-field-contact-name = Nombre del contacto
imports-field-contact-relationship = Parentesco del contacto
imports-field-contact-phone = Teléfono del contacto
imports-field-contact-email = Correo del contacto
imports-field-language = Idioma del hogar

## Frases de la vista previa y del resultado (lib/imports.ts)

imports-grade = Grado { $grade }
imports-sentence = { $text }.
imports-plan-nothing = Todo lo que hay en este archivo ya está en Waypoint.
imports-plan-summary = { $parts }; nada más cambia.
imports-plan-new-classes = { $count ->
    [one] { $count } clase nueva
   *[other] { $count } clases nuevas
}
imports-plan-new-students = { $count ->
    [one] { $count } estudiante nuevo
   *[other] { $count } estudiantes nuevos
}
imports-plan-students-updated = { $count ->
    [one] { $count } estudiante actualizado
   *[other] { $count } estudiantes actualizados
}
imports-plan-students-archived = { $count ->
    [one] { $count } estudiante archivado
   *[other] { $count } estudiantes archivados
}
imports-count-classes = { $count ->
    [one] { $count } clase
   *[other] { $count } clases
}
imports-count-students = { $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
}
imports-outcome-added = { $count ->
    [one] se agregó { $what }
   *[other] se agregaron { $what }
}
imports-outcome-updated = { $count ->
    [one] se actualizó { $count } estudiante
   *[other] se actualizaron { $count } estudiantes
}
imports-outcome-archived = { $count ->
    [one] se archivó { $count } estudiante
   *[other] se archivaron { $count } estudiantes
}
imports-outcome-nothing = No hubo que cambiar nada: todo lo que hay en este archivo ya estaba en Waypoint.
imports-problem-place = { $file }, línea { $line }
imports-progress-writing = Escribiendo…
imports-progress-roster = Escribiendo estudiantes: { $done } de { $total }
imports-progress-scores = Escribiendo evidencia: { $done } de { $total }
imports-progress-framework = Escribiendo competencias: { $done } de { $total }
imports-scores-outcome-nothing = No hubo que escribir nada: todas las puntuaciones ya estaban en Waypoint.
imports-scores-outcome = Se { $count ->
    [one] registró { $count } evidencia
   *[other] registraron { $count } evidencias
} de { $students ->
    [one] { $students } estudiante
   *[other] { $students } estudiantes
}.
imports-scores-outcome-already = Se { $count ->
    [one] registró { $count } evidencia
   *[other] registraron { $count } evidencias
} de { $students ->
    [one] { $students } estudiante
   *[other] { $students } estudiantes
}; { $already ->
    [one] { $already } ya estaba
   *[other] { $already } ya estaban
}.
imports-fw-new = { $count ->
    [one] { $count } elemento nuevo
   *[other] { $count } elementos nuevos
}
imports-fw-added = { $count ->
    [one] { $count } elemento agregado
   *[other] { $count } elementos agregados
}
imports-fw-updated = { $count ->
    [one] { $count } elemento actualizado
   *[other] { $count } elementos actualizados
}
imports-fw-retired = { $count ->
    [one] { $count } elemento retirado (archivado, no eliminado)
   *[other] { $count } elementos retirados (archivados, no eliminados)
}
imports-fw-unchanged = { $count ->
    [one] { $count } sin cambios
   *[other] { $count } sin cambios
}
imports-fw-empty = El archivo no tiene elementos.
imports-case-prerequisites = { $count ->
    [one] { $count } requisito previo a partir de los vínculos “precedes” del archivo.
   *[other] { $count } requisitos previos a partir de los vínculos “precedes” del archivo.
}
imports-case-missing-parents = { $count ->
    [one] { $count } elemento cuyo superior no está en el archivo quedará en el nivel superior.
   *[other] { $count } elementos cuyo superior no está en el archivo quedarán en el nivel superior.
}

## El mapa de puntuaciones (lib/scoresMap.ts)

scores-finder-student-id = ID del estudiante
scores-finder-email = Correo electrónico
scores-finder-name = Nombre completo (una columna)
scores-finder-given-family = Nombre y apellido (dos columnas)
scores-finder-student-id-column = Columna del ID del estudiante
scores-finder-email-column = Columna del correo electrónico
scores-finder-name-column = Columna del nombre completo
scores-recognized-by-student-id = Estudiantes por ID, { $count ->
    [one] { $count } competencia
   *[other] { $count } competencias
}.
scores-recognized-by-email = Estudiantes por correo electrónico, { $count ->
    [one] { $count } competencia
   *[other] { $count } competencias
}.
scores-recognized-by-name = Estudiantes por nombre completo, { $count ->
    [one] { $count } competencia
   *[other] { $count } competencias
}.
scores-recognized-by-given-family = Estudiantes por nombre y apellido, { $count ->
    [one] { $count } competencia
   *[other] { $count } competencias
}.
scores-quoted = “{ $name }”
scores-needs-gone-columns = Este archivo no tiene { $count ->
    [one] la columna
   *[other] las columnas
} { $columns }: elige otra o desmárcala.
scores-needs-student-column = Elige la columna que dice de quién es cada fila.
scores-needs-item-score = Elige la columna de elementos y la columna de puntuaciones.
scores-needs-pick = Marca al menos una columna (o un elemento) para una competencia.
scores-needs-points-max = Indica el máximo de puntos.
scores-needs-vendor = Indica el valor más bajo de la escala del proveedor, su marca de competente y su valor más alto, en ese orden.
scores-needs-cuts = Cada punto de corte es un porcentaje de 0 a 100.
scores-needs-date-column = Elige la columna de la fecha, o indica una sola fecha.
scores-needs-date = Indica la fecha de la evidencia.
scores-change-renamed = Parece que “{ $from }” ahora se llama “{ $to }”.
scores-change-gone = Ya no están: { $columns }.
scores-change-new = Nuevas: { $columns }.
scores-change-unusable = El mapa lee { $columns }, que este archivo no tiene: corrige el mapa antes de seguir.
scores-source = línea { $line }, { $column }: { $value }
scores-plan-evidence = { $count ->
    [one] { $count } evidencia
   *[other] { $count } evidencias
} de { $students ->
    [one] { $students } estudiante
   *[other] { $students } estudiantes
}
scores-plan-already = { $count ->
    [one] { $count } ya estaba
   *[other] { $count } ya estaban
}
scores-plan-unmatched = { $count ->
    [one] { $count } fila sin estudiante que coincida
   *[other] { $count } filas sin estudiante que coincida
}
scores-plan-left-out = { $count ->
    [one] { $count } puntuación que se deja fuera
   *[other] { $count } puntuaciones que se dejan fuera
}
scores-plan-nothing-new = Nada nuevo: todas las puntuaciones de este archivo ya están en Waypoint
scores-plan-no-evidence = Este mapa no da ninguna evidencia de este archivo

## Compartidos por los pasos

imports-back = Atrás
imports-continue = Continuar
imports-reading = Leyendo…
imports-apply = Aplicar
imports-apply-rest = Aplicar el resto
imports-warning = Aviso
imports-undone = Se deshizo la importación.

## ChooseStep

imports-choose-kind = ¿Qué contiene este archivo?
imports-choose-file = Elegir un archivo…
imports-choose-folder = Elegir una carpeta…
imports-choose-path = o escribe la ruta del archivo
imports-choose-open = Abrir
imports-choose-opening = Abriendo…
imports-choose-drop = También puedes soltar un archivo en la ventana de Waypoint.

## ApplyingStep y StepIndicator

imports-applying = Importando…
imports-progress-label = Progreso de la importación
imports-steps = Pasos

## ImportActions e ImportHost

imports-import = Importar…
imports-undo-last = Deshacer la última importación
imports-undo-last-title = Deshacer la importación de { $source }
imports-toast-imported = Se importó { $file }: { $summary }

## PreviewStep y ProblemList

imports-preview-nothing = No se escribirá nada.
imports-problems-title = Problemas en el archivo
imports-problems-skipped = { $count ->
    [one] { $count } fila no se puede usar y se dejará fuera. Puedes aplicar el resto, o cancelar y corregir el archivo.
   *[other] { $count } filas no se pueden usar y se dejarán fuera. Puedes aplicar el resto, o cancelar y corregir el archivo.
}
imports-problems-left-out-label = Filas que se dejan fuera
imports-problems-left-out = Se deja fuera
imports-problems-warnings = Avisos
imports-problems-place = { $place }:

## ResultStep

imports-result-title = Importado
imports-result-undo-hint = Deshacer revierte toda la importación, siempre que no se haya cambiado nada más desde entonces.
imports-result-undoing = Deshaciendo…
imports-result-open-class = Abrir { $class }

## SampleTable

imports-sample-caption = Las primeras filas del archivo

## ClassPlanView

imports-plan-new-class = Clase nueva
imports-plan-updates-class = Actualiza tu clase
imports-plan-contacts = { $count ->
    [one] { $count } contacto de la familia
   *[other] { $count } contactos de la familia
}
imports-plan-matched-by = (coincide por { $by })
imports-plan-change = { $field }: { $before } → { $after }
imports-plan-empty = (vacío)
imports-plan-adds-contacts = Agrega { $count ->
    [one] { $count } contacto de la familia
   *[other] { $count } contactos de la familia
}
imports-plan-unarchive = Vuelve del archivo
imports-plan-up-to-date = { $count ->
    [one] { $count } estudiante ya está al día
   *[other] { $count } estudiantes ya están al día
}
imports-plan-missing = No están en este archivo ({ $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
})
imports-plan-missing-hint = Siguen en la clase a menos que los marques para archivarlos.
imports-plan-archive = Archivar a { $name }
imports-plan-withdrawn = (el archivo dice que se fue)

## ColumnMapStep

imports-columns-title = ¿Qué columna es cuál?
imports-picker-filter = Listas de clase, puntuaciones y marcos (CSV, Excel, zip, CASE JSON)
imports-format-oneroster = OneRoster { $version }
imports-format-clever = Clever
imports-format-sds = School Data Sync (v{ $version })
imports-format-table = hoja de cálculo

imports-columns-intro = { $file } es un archivo { $format }. Indica a Waypoint qué columna contiene cada campo; la asignación se guarda y se reconoce la próxima vez que llegue un archivo con estos encabezados.
imports-columns-saved-map = Se usa tu asignación guardada “{ $name }”.
imports-columns-needed = Todavía falta:
imports-columns-none = (ninguna)

## SectionStep

imports-count-sections = { $count ->
    [one] { $count } sección
   *[other] { $count } secciones
}
imports-sections-facts = { $file }: { $format }, { $students ->
    [one] { $students } estudiante
   *[other] { $students } estudiantes
} en { $sections ->
    [one] { $sections } sección
   *[other] { $sections } secciones
}.
imports-sections-delta = Este archivo solo incluye los cambios desde la última exportación de la escuela: los estudiantes que no menciona quedan como están.
imports-sections-which-teacher = ¿Qué docente eres?
imports-sections-skip = Omitir: mostrar todas las secciones
imports-sections-which = ¿Qué secciones quieres como clases?
imports-sections-none = Este docente no tiene secciones en el archivo.
imports-sections-select-all = Seleccionar todas
imports-sections-updates = Actualiza tu clase { $class }
imports-sections-preparing = Preparando la vista previa…

## FrameworkFlow y FrameworkPreviewStep

imports-fw-result = Se importó “{ $title }”: { $counts }
imports-fw-preview-case-new = Un marco nuevo, “{ $title }” (paquete CASE): { $counts }
imports-fw-preview-case-update = Actualiza el marco “{ $title }” (paquete CASE): { $counts }
imports-fw-preview-table-new = Un marco nuevo, “{ $title }” (tabla): { $counts }
imports-fw-preview-table-update = Actualiza el marco “{ $title }” (tabla): { $counts }
imports-fw-deviations = Leído de todos modos: { $count ->
    [one] { $count } desviación
   *[other] { $count } desviaciones
} de CASE 1.0
imports-fw-use-in = Usarlo en
imports-fw-no-class = Ninguna clase por ahora

## ScoresFlow

imports-scores-competencies-failed = No se pudieron leer las competencias de la clase: { $reason }
imports-scores-map-not-saved = Las puntuaciones se importaron, pero no se pudo guardar el mapa: { $reason }

## ScoresMapStep

scores-map-facts = { $file }: { $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
}, { $columns ->
    [one] { $columns } columna
   *[other] { $columns } columnas
}.
scores-map-recognized = Reconocido: { $name }
scores-map-change = Cambiar…
scores-map-changed-title = Este archivo cambió
scores-map-changed-intro = Sus columnas son distintas de aquellas para las que se guardó tu mapa “{ $name }”:
scores-map-changed-check = Revisa el mapa de abajo; al aplicarlo, se vuelve a guardar con ese nombre.
scores-map-not-in-class = El mapa nombra { $names }, que esta clase no tiene; esas columnas quedan sin asignar.
scores-map-needs = Antes de seguir:

## ScoresMapEditor

scores-editor-choose-column = (elige una columna)
scores-editor-class = Clase
scores-editor-finder = Encontrar a los estudiantes por
scores-editor-given-column = Columna del nombre
scores-editor-family-column = Columna del apellido
scores-editor-shape = Forma del archivo
scores-editor-shape-wide = Una fila por estudiante, una columna por pregunta o habilidad
scores-editor-shape-long = Una fila por estudiante y elemento
scores-editor-item-column = Columna de elementos
scores-editor-score-column = Columna de puntuaciones
scores-editor-no-competencies = Esta clase todavía no tiene competencias: primero asígnale un marco en la página de Marcos de competencias.
scores-editor-kind = Tipo de evidencia
scores-editor-date = Fecha
scores-editor-date-fixed = Una fecha para todo
scores-editor-date-column = De una columna
scores-editor-date-value = Fecha de la evidencia
scores-editor-date-col = Columna de la fecha
scores-editor-day-first = Día antes del mes (03/04 es el 3 de abril)
scores-editor-save-as = Guardar este mapa como…
scores-editor-save-as-placeholder = p. ej., Prueba de la unidad 3
scores-editor-save-as-hint = Se guarda al aplicar; la próxima vez se reconoce un archivo con estas columnas.

## ScoresConversion

scores-conv-title = Cómo las puntuaciones se convierten en niveles
scores-conv-percent = Porcentaje
scores-conv-percent-hint = Puntuaciones de 0 a 100.
scores-conv-points = Puntos
scores-conv-points-hint = Puntos obtenidos sobre un máximo.
scores-conv-vendor = Escala del proveedor
scores-conv-vendor-hint = Los números propios de un programa adaptativo, con su marca de competente.
scores-conv-points-max = Sobre (máximo de puntos)
scores-conv-vendor-min = Valor más bajo
scores-conv-vendor-proficient = Competente desde
scores-conv-vendor-max = Valor más alto
scores-conv-vendor-hint-levels = La marca de competente cae en el nivel de dominio de la escala; los valores intermedios se reparten por igual y se redondean hacia abajo.
scores-cuts-caption-percent = Puntos de corte: un porcentaje a partir de este obtiene el nivel
scores-cuts-caption-points = Puntos de corte: una puntuación (como porcentaje del máximo) a partir de este obtiene el nivel
scores-cuts-derived = (derivados de la escala)
scores-cuts-level = Nivel
scores-cuts-from = Desde %
scores-cuts-reset = Usar los puntos de corte de la escala

## ScoresPicks

scores-picks-choose-item-column = Elige la columna de elementos para ver sus elementos.
scores-picks-no-columns = Este archivo no tiene otras columnas de las que leer puntuaciones.
scores-picks-caption-columns = Marca cada columna que sea evidencia de una competencia
scores-picks-caption-items = Marca cada elemento que sea evidencia de una competencia
scores-picks-competency = Competencia
scores-picks-gone = (no está en este archivo)
scores-picks-several-columns = Varias columnas
scores-picks-several-items = Varios elementos
scores-picks-tick-label = { $column } para { $competency }
scores-picks-combine-columns = Cómo combinar las columnas de { $competency }
scores-picks-combine-items = Cómo combinar los elementos de { $competency }
scores-picks-average = Promedio
scores-picks-sum = Suma

## ScoresPreviewStep

scores-preview-caption = Evidencia por estudiante y competencia (nivel · puntuación)
scores-preview-student = Estudiante
scores-preview-already = (ya estaba)
scores-preview-unmatched = “{ $value }”: { $reason }
scores-preview-unmapped = No se asignó a ninguna competencia, así que se deja fuera: { $items }.
