# Frases que envía el backend: errores, problemas de filas y motivos.

## Fallos que la interfaz detecta por sí misma
backend-bad-argument = Waypoint no pudo leer esa solicitud: uno de sus identificadores no es válido. Vuelve a cargar la página e inténtalo de nuevo.
backend-unknown-error = Algo salió mal. Inténtalo de nuevo.
