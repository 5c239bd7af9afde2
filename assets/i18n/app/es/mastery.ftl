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
