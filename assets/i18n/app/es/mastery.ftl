# The Mastery page: the class's grid of levels, one student's detail on a competency, one
# competency across the class, and what-if and override tools.

## MasteryPage
mastery-title = Dominio
mastery-try-again = Reintentar
mastery-loading = Cargando el dominio…
mastery-updating = Actualizando…
mastery-competency = Competencia
mastery-student-detail = Detalle del estudiante
mastery-cell-title = { $student } — { $competency }
mastery-discard-override = el estado asignado manualmente
mastery-back-competency = Volver a la competencia
mastery-back-grid = Volver a la tabla
mastery-no-framework-title = { $class } no tiene un marco de competencias
mastery-no-framework-body = La tabla de dominio muestra el nivel de cada estudiante en cada competencia de los marcos de la clase. Vincula un marco de competencias (o importa uno desde un archivo CASE) en la página { $page } y luego registra evidencia.
mastery-frameworks-page = Marcos de competencias
mastery-no-framework-keys = Ve a Marcos de competencias con { $alt }+{ $digit }.
mastery-key-alt = Alt
mastery-hint-no-students = Esta clase aún no tiene estudiantes. Agrégalos en la página Estudiantes (Alt+1).
mastery-hint-no-competencies = El marco vinculado aún no tiene competencias. Agrega algunas en la página Marcos de competencias (Alt+4).
mastery-hint-no-evidence = Aún no hay evidencia. Registra lo que muestran los estudiantes en la página Evidencia (Alt+2); sus niveles aparecen aquí a medida que avanzas.
mastery-no-columns = No hay competencias en este eje.

## lib/mastery.ts
mastery-count-evidence = { $count ->
    [one] { $count } evidencia
   *[other] { $count } evidencias
}
mastery-count-students = { $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
}
mastery-count-competencies = { $count ->
    [one] { $count } competencia
   *[other] { $count } competencias
}
mastery-band-reteach = Volver a enseñar
mastery-band-practice = Práctica
mastery-band-extend = Ampliación
mastery-csv-file-name = { $class } dominio { $date }.csv
mastery-csv-no-class = Clase
mastery-heat-range-below = de { $from } a menos de { $to }
mastery-heat-range = de { $from } a { $to }
mastery-cell-name = { $student }, { $code }: { $what }, { $status }
mastery-cell-no-evidence = sin evidencia
mastery-cell-no-level = aún sin nivel a partir de { $count ->
    [one] { $count } evidencia
   *[other] { $count } evidencias
}
mastery-cell-level = nivel { $level } a partir de { $count ->
    [one] { $count } evidencia
   *[other] { $count } evidencias
}
mastery-cell-status-not-started = sin comenzar
mastery-cell-status-progressing = en progreso
mastery-cell-status-mastered = dominada
mastery-cell-mastered-on = dominada el { $date }
mastery-cell-overridden = { $status } (asignado manualmente; calculado: { $calculated })

## lib/levels.ts
levels-status-not-started = Sin comenzar
levels-status-progressing = En progreso
levels-status-mastered = Dominada

## lib/methods.ts
methods-highest = Más alta
methods-latest = Más reciente
methods-average = Promedio
methods-weighted-average = Promedio ponderado
methods-decaying-average = Promedio decreciente
methods-n-mastery = n-dominio
methods-power-law = Ley de potencia
methods-choice-weighted-average = Promedio ponderado (lo reciente cuenta w%)
methods-choice-decaying-average = Promedio decreciente (tasa d%)
methods-choice-n-mastery = n-dominio (n en el nivel competente o más)
methods-choice-power-law = Ley de potencia (tendencia)
methods-param-weight = Peso de la puntuación más reciente
methods-param-rate = Tasa de decrecimiento
methods-param-n = Número de puntuaciones necesarias
methods-param-with-unit = { $label } ({ $unit })
methods-title-with-param = { $label } ({ $param })
methods-invalid-weight = El peso de la puntuación más reciente debe ser un porcentaje de 0 a 100.
methods-invalid-rate = La tasa de decrecimiento debe ser un porcentaje mayor que 0 y como máximo 100.
methods-invalid-n = El número de puntuaciones debe ser un número entero de 1 a { $max }.
methods-formula-highest = La puntuación más alta hasta ahora, aunque el trabajo posterior sea más bajo.
methods-formula-latest = Solo cuenta la puntuación más reciente.
methods-formula-average = El promedio de todas las puntuaciones, todas con el mismo peso.
methods-formula-weighted-average = La puntuación más reciente cuenta un { $newest } y el promedio de todas las anteriores un { $rest }; una sola puntuación cuenta por completo.
methods-formula-decaying-average = Cada nueva puntuación cuenta un { $newest } y todo lo anterior un { $rest }, así que el trabajo reciente es lo que más pesa.
methods-formula-n-mastery = Cuando { $count ->
    [one] { $count } puntuación está
   *[other] { $count } puntuaciones están
} en { $level } o más, el promedio de esas puntuaciones; las puntuaciones más bajas no cuentan y, hasta entonces, no hay resultado.
methods-formula-power-law = Una línea de tendencia que pasa por todas las puntuaciones, leída en la más reciente, para que se vea el crecimiento constante y un mal día cuente menos. Necesita al menos 3 puntuaciones; un 0 cuenta como 0.1 en la tendencia.

## MasteryGrid
mastery-grid-help = Las flechas mueven entre celdas. Enter abre la evidencia y el cálculo de una celda, o el resumen de la clase de una competencia desde el encabezado de su columna. Inicio y Fin van a los extremos de una fila; Control+Inicio y Control+Fin, a la primera y la última celda; Re Pág y Av Pág mueven diez estudiantes.
mastery-grid-label = Dominio: estudiantes por competencias
mastery-grid-student = Estudiante

## GridToolbar
mastery-method-restored = { $framework } volvió a { $method }.
mastery-method-changed = { $framework } ahora usa { $method }; se recalcularon todos los niveles.
mastery-export-saved = Guardado en { $path }
mastery-strand = Eje
mastery-all-strands = Todos los ejes
mastery-framework = Marco de competencias
mastery-calculation = Cálculo
mastery-exporting = Exportando…
mastery-export-csv = Exportar CSV
mastery-mastery-at = Dominio a partir de { $level }.
mastery-recalculating = Recalculando…
mastery-legend-title = Leyenda
mastery-legend-no-evidence = Sin evidencia
mastery-legend-level-count = nivel, cantidad de evidencias
mastery-legend-no-level = hay evidencia, aún sin nivel
mastery-legend-mastered = dominada
mastery-legend-overridden = estado asignado manualmente
mastery-summary = { $students } × { $competencies }, { $evidence }.
mastery-summary-filtered = { $students } × { $competencies } (de { $total }), { $evidence }.
mastery-keys-help = Flechas: moverse · Enter: abrir · [ ]: estudiante anterior/siguiente · Esc: volver

## CellDetailView
mastery-detail-announce = { $student }, { $position } de { $total }
mastery-evidence-deleted = Se eliminó { $kind ->
    [observation] la observación
    [exit_ticket] el boleto de salida
    [quiz] la prueba corta
    [project] el proyecto
    [conference] la conferencia
    [self_assessment] la autoevaluación
   *[other] la evidencia
} del { $date }.
mastery-evidence-restored = Se restauró { $kind ->
    [observation] la observación
    [exit_ticket] el boleto de salida
    [quiz] la prueba corta
    [project] el proyecto
    [conference] la conferencia
    [self_assessment] la autoevaluación
   *[other] la evidencia
} del { $date }.
mastery-evidence-saved = Se guardó la evidencia.
mastery-previous-student = Estudiante anterior
mastery-previous-student-title = Estudiante anterior ([)
mastery-next-student = Estudiante siguiente
mastery-next-student-title = Estudiante siguiente (])
mastery-position = { $position } de { $total }
mastery-detail-loading = Cargando…
mastery-see-across-class = Ver { $code } en toda la clase
mastery-see-this-across-class = Ver esta competencia en toda la clase
mastery-evidence-heading = Evidencia
mastery-no-evidence-for = Aún no hay evidencia de { $student } en esta competencia. Regístrala en la página Evidencia (Alt+2).

## CompetencyView
mastery-band-reteach-hint = por debajo de { $level }
mastery-band-extend-hint = { $level } o más
mastery-group-no-level = Con evidencia, aún sin nivel
mastery-group-no-level-hint = el método necesita más
mastery-group-no-evidence = Aún sin evidencia
mastery-competency-method = Los niveles se calculan con { $method }: { $formula } Dominio a partir de { $level }.
mastery-distribution = Distribución
mastery-group-nobody = Nadie.
mastery-status-by-hand = ({ $status }, asignado manualmente)
mastery-count-scores = { $count ->
    [one] { $count } puntuación
   *[other] { $count } puntuaciones
}

## DistributionChart
mastery-dist-summary = { $total ->
    [one] { $total } estudiante
   *[other] { $total } estudiantes
}: { $levels }; { $noResult } sin nivel.
mastery-dist-summary-level = { $count } en { $level }
mastery-dist-title = Estudiantes en cada nivel
mastery-dist-no-level = Sin nivel
mastery-dist-level = Nivel
mastery-dist-students = Estudiantes
mastery-dist-note = Sin evidencia: { $noEvidence }. La línea punteada marca el dominio ({ $threshold }).
mastery-dist-note-no-level = Sin evidencia: { $noEvidence } · con evidencia pero aún sin nivel: { $noLevel }. La línea punteada marca el dominio ({ $threshold }).

## EvidenceEditDialog
mastery-edit-title = Editar evidencia
mastery-edit-saving = Guardando…
mastery-edit-save = Guardar evidencia
mastery-edit-level = Nivel
mastery-edit-date = Fecha
mastery-edit-note = Nota
mastery-edit-invalid-level = Elige un nivel de la escala.
mastery-edit-date-blank = La fecha no puede quedar vacía.
mastery-edit-date-invalid = La fecha debe ser una fecha real escrita AAAA-MM-DD; "{ $date }" no lo es.
mastery-edit-note-too-long = La nota es demasiado larga ({ $count } caracteres); el límite es { $max }.

## EvidenceTimeline
mastery-timeline-empty = Aún no hay evidencia.
mastery-timeline-summary-one-day = { $count ->
    [one] { $count } puntuación
   *[other] { $count } puntuaciones
} el { $first }; nivel calculado ahora: { $level }. Dominio a partir de { $threshold }. La tabla de abajo tiene los mismos datos.
mastery-timeline-summary-one-day-no-level = { $count ->
    [one] { $count } puntuación
   *[other] { $count } puntuaciones
} el { $first }; aún sin nivel calculado. Dominio a partir de { $threshold }. La tabla de abajo tiene los mismos datos.
mastery-timeline-summary = { $count ->
    [one] { $count } puntuación
   *[other] { $count } puntuaciones
} del { $first } al { $last }; nivel calculado ahora: { $level }. Dominio a partir de { $threshold }. La tabla de abajo tiene los mismos datos.
mastery-timeline-summary-no-level = { $count ->
    [one] { $count } puntuación
   *[other] { $count } puntuaciones
} del { $first } al { $last }; aún sin nivel calculado. Dominio a partir de { $threshold }. La tabla de abajo tiene los mismos datos.
mastery-timeline-title = Evidencia a lo largo del tiempo
mastery-timeline-threshold = dominio { $level }
mastery-timeline-point = { $date }: { $level }, { $kind }
mastery-timeline-key-point = una evidencia
mastery-timeline-key-trend = nivel calculado después de ella
mastery-timeline-key-threshold = umbral de dominio
mastery-timeline-caption = Evidencia, de la más antigua a la más reciente, con el nivel calculado después de cada una
mastery-timeline-calculated-after = Calculado después
mastery-timeline-actions = Acciones
mastery-timeline-edit = Editar { $which }
mastery-timeline-delete = Eliminar { $which }
mastery-timeline-which = evidencia { $number } ({ $date })

## MasteryWorking
mastery-working-title = Cómo se calculó este nivel
mastery-working-method = { $method }: { $formula }
mastery-working-method-own = { $method } (el método propio de esta competencia): { $formula }

## OverrideForm
mastery-override-return = Volver al estado calculado
mastery-override-change = Cambiar el estado asignado
mastery-override-set = Asignar estado manualmente
mastery-override-reason-needed = Explica por qué asignas el estado manualmente; el motivo se guarda con él.
mastery-override-reason-too-long = El motivo es demasiado largo ({ $count } caracteres); el límite es { $max }.
mastery-override-returned-toast = { $student } volvió al estado calculado.
mastery-override-set-toast = El estado de { $student } ahora es { $status }.
mastery-override-title = Estado
mastery-override-calculated = Calculado: { $calculated }
mastery-override-calculated-shown = Calculado: { $calculated } · se muestra como { $shown } (asignado manualmente)
mastery-override-status = Estado que se muestra
mastery-override-use-calculated = Usar el estado calculado
mastery-override-reason = Motivo
mastery-override-required = (obligatorio)
mastery-override-reason-hint = Se guarda con la decisión, para que tú (y otras personas) puedan ver el porqué más adelante.
mastery-override-follows = El estado sigue el cálculo.
mastery-override-shown-now = Este es el estado que se muestra ahora.
mastery-override-history = Historial
mastery-override-no-history = Sin cambios manuales: el estado siempre ha sido el calculado.
mastery-override-returned = Vuelto al calculado

## ResultCard
mastery-result-title = Resultado
mastery-result-no-evidence = Aún sin evidencia
mastery-result-no-level = Aún sin nivel
mastery-result-mastered-on = Dominada el { $date }
mastery-result-from = A partir de { $count ->
    [one] { $count } evidencia
   *[other] { $count } evidencias
} · dominio a partir de { $level }
mastery-result-overridden = Asignado manualmente: { $status } — { $reason } ({ $date })

## WhatIfSection
mastery-whatif-framework-again = { $code } vuelve a usar el método del marco de competencias.
mastery-whatif-now-uses = { $code } ahora usa { $method } para todos los estudiantes.
mastery-whatif-title = ¿Y si…?: cada método con la misma evidencia
mastery-whatif-own-instead = Esta competencia usa su propio método, { $method }, en lugar del método del marco ({ $framework }). Se aplica a todos los estudiantes.
mastery-whatif-own = Esta competencia usa su propio método, { $method }. Se aplica a todos los estudiantes.
mastery-whatif-framework-named = Se usa el método del marco ({ $method }) a menos que elijas uno para esta competencia; la elección se aplica a todos los estudiantes.
mastery-whatif-framework = Se usa el método del marco a menos que elijas uno para esta competencia; la elección se aplica a todos los estudiantes.
mastery-whatif-go-back = Volver al método del marco
mastery-whatif-caption = El nivel que da cada método de cálculo
mastery-whatif-method = Método
mastery-whatif-how = Cómo funciona
mastery-whatif-action = Acción
mastery-whatif-used-now = en uso
mastery-whatif-no-result = Sin resultado.
mastery-whatif-use = Usar para esta competencia
