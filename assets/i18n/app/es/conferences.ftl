# La página Metas y conferencias: las metas de la clase, los informes de conferencia y el resumen
# de la clase, las preguntas de reflexión y el protocolo de comentarios entre pares, y la reflexión del equipo.

## ConferencesPage
conferences-page-title = Metas y conferencias
conferences-page-sub = { $name } · las metas de los estudiantes de un vistazo, informes de conferencia para las familias, las preguntas de reflexión y la reflexión del propio equipo
conferences-archived = Esta clase está archivada. Sus metas e informes siguen aquí.
conferences-tabs-label = Metas y conferencias
conferences-tab-goals = Metas
conferences-tab-reports = Informes de conferencia
conferences-tab-prompts = Preguntas de reflexión
conferences-tab-team = Reflexión del equipo
# Marca junto a una pestaña con cambios sin guardar.
conferences-tab-unsaved = Sin guardar
# Completa "Tienes cambios sin guardar en ___." al salir de una pestaña.
conferences-dirty-page = esta página
conferences-dirty-prompts = las preguntas
conferences-dirty-team = la reflexión del equipo
