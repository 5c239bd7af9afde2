# Frases que envía el backend: errores, problemas de filas y motivos.

## Fallos que la interfaz detecta por sí misma
backend-bad-argument = Waypoint no pudo leer esa solicitud: uno de sus identificadores no es válido. Vuelve a cargar la página e inténtalo de nuevo.
backend-unknown-error = Algo salió mal. Inténtalo de nuevo.

## Archivos de marcos de competencias
backend-case-item-problem = El elemento { $item } del archivo tiene un problema ({ $field }): { $problem }
backend-framework-row-problem = La fila de { $code } en la línea { $line } tiene un problema ({ $field }): { $problem }

## Las ventanas de la aplicación y el modo estudiante
backend-window-failed = No se pudo abrir la ventana: { $reason }
backend-student-mode-on = El modo estudiante está activado: se necesita el PIN del docente para salir.
backend-student-mode-locked = El modo estudiante está activado, pero Waypoint no pudo saber qué página estaba abierta, así que esta computadora sigue bloqueada. El PIN del docente la desbloquea.
backend-report-not-open = Primero abre un informe y luego imprímelo.
backend-student-mode-off-page = El modo estudiante está desactivado; esta página es solo para el modo estudiante.
backend-student-mode-needs-pin = Primero define un PIN de docente: se necesita para salir del modo estudiante.
backend-student-mode-already-off = El modo estudiante ya está desactivado.
backend-pin-wrong = Ese no es el PIN del docente.
backend-clock-failed = El reloj de la rotación falló; reinicia Waypoint.
backend-student-mode-failed = El modo estudiante falló a mitad de camino; reinicia Waypoint.
backend-command-failed = Una acción anterior falló a mitad de camino; reinicia Waypoint.
backend-report-failed = No se pudo mostrar el informe; reinicia Waypoint.
backend-report-failed-because = No se pudo mostrar el informe ({ $reason }); reinicia Waypoint.

## Page zoom
backend-zoom-out-of-range = El zoom debe estar entre { $min } % y { $max } %.
backend-zoom-failed = No se pudo ampliar la página ({ $reason }).
