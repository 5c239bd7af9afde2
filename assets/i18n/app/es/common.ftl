# Compartidos por todas las páginas: el nombre del idioma y palabras de muchas pantallas.

language-name = Español
language-auto = Igual que este equipo ({ $language })
common-save = Guardar
common-cancel = Cancelar
common-close = Cerrar
common-undo = Deshacer
common-delete = Eliminar
common-edit = Editar
projector-window-title = Waypoint — Proyector
footer-data-file = Archivo de datos:
footer-offline = Funciona sin conexión. Nada sale de esta computadora.
footer-language = Idioma

## ZoomControl (the footer's page zoom)
zoom-label = Tamaño
zoom-out = Reducir
zoom-in = Ampliar
zoom-out-shortcut = Reducir (Ctrl + −)
zoom-in-shortcut = Ampliar (Ctrl + =)
zoom-reset = Tamaño { $percent } %, volver a 100 %
zoom-reset-shortcut = Volver a 100 % (Ctrl + 0)
zoom-percent = { $percent } %
zoom-failed = No se pudo cambiar el tamaño de la página.
