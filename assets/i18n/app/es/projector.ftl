# La ventana del proyector: la ronda, la cuenta regresiva y la estación de cada grupo, para
# leer desde el fondo del salón. Nunca muestra puntuaciones.

## ProjectorView

projector-waiting-title = Esperando una rotación…
projector-waiting-app = Esperando a Waypoint…
projector-waiting-hint = La rotación de hoy se carga en la página Hoy.
projector-time-left = Quedan { $time }
projector-no-station = Sin estación en esta ronda
projector-members = Integrantes de { $group }
