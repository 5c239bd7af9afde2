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
