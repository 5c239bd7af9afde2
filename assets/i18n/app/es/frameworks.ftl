# La página de Marcos de competencias: la lista de marcos, el árbol de ejes y competencias de un
# marco, los detalles y la progresión de un elemento, el método de cálculo y la escala, y el panel
# para importar un archivo CASE.

## FrameworksPage

frameworks-title = Marcos de competencias
frameworks-intro = Las competencias hacia las que avanzan los estudiantes, y cómo su evidencia se convierte en un nivel.
frameworks-intro-tick = Marca “Lo usa { $class }” en los que trabaja esta clase.
frameworks-import = Importar…
frameworks-import-case = Importar un archivo CASE
frameworks-new = Nuevo marco
frameworks-loading = Cargando marcos de competencias…
frameworks-rename = Cambiar nombre
frameworks-archive = Archivar
frameworks-unarchive = Desarchivar
frameworks-archived-notice = Este marco está archivado. Desarchívalo para que vuelva a aparecer en la lista.
frameworks-choose-title = Elige un marco de competencias
frameworks-choose-hint = Elige un marco de la lista para ver y editar sus ejes y competencias.
frameworks-discard-what = el cálculo y la escala de { $title }
frameworks-stop-title = ¿Dejar de usar { $framework } en { $class }?
frameworks-stop-message = Sus competencias ya no aparecerán en las páginas de evidencia y dominio de { $class }. La evidencia ya registrada se conserva y vuelve si usas el marco de nuevo.
frameworks-stop-confirm = Dejar de usarlo
frameworks-stop-cancel = Seguir usándolo
frameworks-now-uses = { $class } ahora usa { $framework }.
frameworks-no-longer-uses = { $class } ya no usa { $framework }. Su evidencia se conserva.
frameworks-created = Se creó { $title }.
frameworks-renamed = Ahora se llama { $title }.
frameworks-archived-toast = Se archivó { $title }.
frameworks-restored-toast = Se restauró { $title }.
frameworks-competency-count = { $count ->
    [one] { $count } competencia
   *[other] { $count } competencias
}
frameworks-meta-case = importado de CASE
frameworks-meta-case-version = importado de CASE (versión { $version })
frameworks-meta-used = lo usa { $class }
frameworks-meta-not-used = no lo usa { $class }

## FrameworksEmpty

frameworks-empty-title = Todavía no hay marcos de competencias
frameworks-empty-what = Un marco de competencias reúne las competencias hacia las que avanzan tus estudiantes, agrupadas en ejes (dominios o bloques). La evidencia y el dominio se registran sobre sus competencias.
frameworks-empty-how = Importa uno desde un archivo CASE que te dé tu distrito o una editorial de estándares, o crea el tuyo desde cero.
frameworks-empty-archived = { $count ->
    [one] Tienes 1 marco archivado.
   *[other] Tienes { $count } marcos archivados.
}
frameworks-empty-show-archived = Mostrar los marcos archivados

## FrameworkList

frameworks-list-title = Todos los marcos
frameworks-list-show-archived = Mostrar archivados
frameworks-list-case = CASE
frameworks-list-case-version = CASE v{ $version }
frameworks-list-archived = Archivado
frameworks-list-used-by = Lo usa { $class }

## FrameworkDialog

framework-dialog-rename = Cambiar el nombre del marco
framework-dialog-create = Crear marco
framework-dialog-title = Título
framework-dialog-title-placeholder = p. ej., Matemáticas de 6.º grado
framework-dialog-subject = Materia
framework-dialog-hint = Empieza vacío, con la escala predeterminada de 0 a 4; después agrega ejes y competencias.
framework-saving = Guardando…

## FrameworkSettings

framework-settings-title = Cálculo y escala
framework-settings-hint = Cómo la evidencia de un estudiante en cada competencia se convierte en un nivel, salvo que una competencia tenga su propio método.
framework-settings-method = Método del marco
framework-settings-credit = Contar las competencias anteriores como dominadas cuando se domina una posterior
framework-settings-credit-hint = Así, dominar una competencia también cuenta como dominadas aquellas en las que se basa, para los próximos pasos.

## CaseImport

framework-case-intro = CASE (Competencies and Academic Standards Exchange) es el formato que usan las editoriales de estándares. Elige un archivo JSON CFPackage; si lo importas de nuevo más adelante, el marco se actualiza sin perder ninguna evidencia.
framework-case-file = Archivo CASE (.json)
framework-case-use-in = Usarlo en { $class }
framework-case-reading = Leyendo { $file }…
framework-case-checking = Revisando { $file }…
framework-case-progress = Progreso de la importación
framework-case-writing = Escribiendo { $done } de { $total } elementos
framework-case-read-failed = No se pudo leer { $file }: { $reason } No se importó nada.
framework-case-now-used = { $class } ahora usa este marco.
framework-case-missing-parents = Los elementos superiores de estos elementos no estaban en el archivo, así que quedan en el nivel superior:
framework-case-missing-parent = { $item } (superior { $parent })
framework-case-too-big = { $file } ocupa { $size } MB; Waypoint acepta archivos CASE de hasta { $max } MB. No se importó nada.
framework-case-imported = Se importó { $title }
framework-case-updated = Se actualizó { $title }
framework-case-count-added = { $count ->
    [0] No se agregó ningún elemento nuevo.
    [one] Se agregó { $count } elemento.
   *[other] Se agregaron { $count } elementos.
}
framework-case-count-changed = { $count ->
    [0] No cambió ningún elemento existente.
    [one] Cambió { $count } elemento.
   *[other] Cambiaron { $count } elementos.
}
framework-case-count-unchanged = { $count ->
    [0] Ningún elemento quedó sin cambios.
    [one] { $count } elemento ya estaba al día.
   *[other] { $count } elementos ya estaban al día.
}
framework-case-count-retired = { $count ->
    [0] No se retiró ningún elemento.
    [one] Se archivó { $count } elemento que ya no está en el archivo; su evidencia se conserva.
   *[other] Se archivaron { $count } elementos que ya no están en el archivo; su evidencia se conserva.
}
framework-case-extra-parents = { $count ->
    [one] Un elemento indicaba un segundo elemento superior; Waypoint lo dejó bajo el primero e ignoró el otro vínculo.
   *[other] Se ignoraron { $count } vínculos adicionales a elementos superiores: cada elemento aparece solo bajo el primero.
}

## FrameworkEditor

framework-tree-title = Ejes y competencias
framework-item-count = { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}
framework-detail-label = Elemento seleccionado
framework-detail-none = Ningún elemento seleccionado
framework-detail-none-hint = Elige un eje o una competencia en el árbol para ver su enunciado completo y cómo se calcula su nivel.
framework-node-archived = Se archivó { $name }.
framework-node-restored = Se restauró { $name }.
framework-node-added = Se agregó { $name }.
framework-node-saved = Se guardó { $name }.
framework-node-saved-moved-into = Se guardó { $name } y se movió a { $parent }.
framework-node-saved-moved-top = Se guardó { $name } y se movió al nivel superior.
framework-node-own-method = { $name } ahora tiene su propio método.
framework-node-inherits-method = { $name } usa el método del marco.
framework-move-moved-up = Se movió { $name } hacia arriba.
framework-move-moved-down = Se movió { $name } hacia abajo.
framework-move-already-first = { $name } ya es el primero de su grupo.
framework-move-already-last = { $name } ya es el último de su grupo.
framework-move-already-top = “{ $name }” ya está en el nivel superior.
framework-move-moved-out = Se sacó “{ $name }” de “{ $from }”.
framework-move-moved-in = Se movió “{ $name }” a “{ $into }”.
framework-move-not-strand = “{ $name }” no puede ir dentro de “{ $above }”: solo un eje puede contener otros elementos.
framework-move-nothing-above = “{ $name }” no puede entrar: no hay nada encima en su grupo.

## MethodPicker

framework-method-label = Método
framework-method-invalid = Escribe un número válido para ver el cálculo.
framework-method-saved = Guardado.
framework-method-save = Guardar método

## NodeDetail

framework-kind-strand = Eje
framework-kind-competency = Competencia
framework-node-case-title = Importado de un archivo CASE
framework-node-code = Código
framework-node-statement = Enunciado
framework-node-grades = Grados
framework-node-grades-none = Sin indicar
framework-node-part-of = Forma parte de
framework-node-competencies-under = Competencias que contiene
framework-node-calculation = Cálculo
framework-node-inherit = Usar el método del marco ({ $method })
framework-node-strand-note = La evidencia se registra en las competencias; un eje las agrupa.

## NodeDialog

framework-node-edit-strand = Editar eje
framework-node-edit-competency = Editar competencia
framework-node-add-a-strand = Agregar un eje
framework-node-add-a-competency = Agregar una competencia
framework-node-add-strand = Agregar eje
framework-node-add-competency = Agregar competencia
framework-node-kind = Tipo
framework-node-kind-hint = Un eje agrupa otros elementos; la evidencia se registra en las competencias.
framework-node-parent = Va dentro de
framework-node-top-level = El nivel superior
framework-node-parent-hint = Si lo mueves a otro lugar, queda al final de los elementos de ahí.
framework-node-code-placeholder = p. ej., 6.RP.A.1
framework-node-label = Etiqueta corta
framework-node-label-hint = Para las tablas; déjala vacía para usar el enunciado abreviado.
framework-node-required = (obligatorio)
framework-node-grades-placeholder = p. ej., 6, 7
framework-node-grades-hint = Separa los grados con comas.
framework-strand-archived = { $name } (archivado)
framework-check-code-long = El código es demasiado largo ({ $count } caracteres); el límite es { $limit }.
framework-check-code-control = El código no puede tener saltos de línea ni caracteres de control.
framework-check-label-long = La etiqueta corta es demasiado larga ({ $count } caracteres); el límite es { $limit }.
framework-check-label-control = La etiqueta corta no puede tener saltos de línea ni caracteres de control.
framework-check-statement-blank = El enunciado no puede quedar vacío.
framework-check-statement-long = El enunciado es demasiado largo ({ $count } caracteres); el límite es { $limit }.
framework-check-grades-many = Un elemento puede tener como máximo { $limit } grados.
framework-check-grades-long = Los grados son demasiado largos ({ $count } caracteres); el límite es { $limit }.
framework-check-title-blank = El título del marco no puede quedar vacío.
framework-check-title-long = El título del marco es demasiado largo ({ $count } caracteres); el límite es { $limit }.
framework-check-subject-long = La materia es demasiado larga ({ $count } caracteres); el límite es { $limit }.

## Prerequisites

framework-prereq-title = Progresión
framework-prereq-loading = Cargando requisitos previos…
framework-prereq-builds-on = Se basa en
framework-prereq-builds-on-empty = Nada todavía: los estudiantes están listos para ella desde el principio.
framework-prereq-remove = Quitar
framework-prereq-remove-label = Quitar { $requires } de aquello en lo que se basa { $name }
framework-prereq-add-label = Agregar requisito previo
framework-prereq-choose = Elige una competencia…
framework-prereq-add = Agregar
framework-prereq-hint = Un estudiante está listo para esta competencia cuando domina aquello en lo que se basa.
framework-prereq-leads-to = Lleva a
framework-prereq-leads-to-empty = Todavía ninguna competencia se basa en esta.
framework-prereq-choose-error = Elige la competencia en la que se basa.
framework-prereq-added = { $name } ahora se basa en { $requires }.
framework-prereq-added-unknown = { $name } ahora se basa en esa competencia.
framework-prereq-removed = { $name } ya no se basa en { $requires }.

## ScaleEditor

framework-scale-title = Escala de desempeño
framework-scale-hint = La evidencia se registra en estos niveles. Los valores suben de un nivel al siguiente; el umbral es el nivel que cuenta como competente.
framework-scale-value = Valor
framework-scale-label = Etiqueta
framework-scale-descriptor = Cómo es el trabajo en este nivel
framework-scale-remove = Quitar
framework-scale-value-of = Valor del nivel { $n }
framework-scale-label-of = Etiqueta del nivel { $n }
framework-scale-descriptor-of = Descripción del nivel { $n }
framework-scale-remove-level = Quitar el nivel { $n }
framework-scale-remove-named = Quitar el nivel { $n } ({ $label })
framework-scale-add = Agregar nivel
framework-scale-threshold = Competente desde
framework-scale-choose-level = Elige un nivel
framework-scale-unsaved = Cambios sin guardar
framework-scale-saved = Escala guardada.
framework-scale-reset = Restablecer la escala de 0 a 4
framework-scale-save = Guardar escala
framework-check-levels-few = Una escala necesita al menos { $min } niveles; esta tiene { $count }.
framework-check-levels-many = Una escala puede tener como máximo { $max } niveles; esta tiene { $count }.
framework-check-level-value = El valor del nivel { $level } debe ser un número.
framework-check-level-order = Los valores deben subir de un nivel al siguiente.
framework-check-level-label-blank = La etiqueta del nivel { $level } no puede quedar vacía.
framework-check-level-label-long = La etiqueta del nivel { $level } es demasiado larga ({ $count } caracteres); el límite es { $limit }.
framework-check-level-descriptor-long = La descripción del nivel { $level } es demasiado larga ({ $count } caracteres); el límite es { $limit }.
framework-check-threshold-choose = Elige el nivel que cuenta como competente.
framework-check-threshold-lowest = El umbral de dominio no puede ser el nivel más bajo, o cualquier primera puntuación contaría como dominio.
framework-default-level-0 = Sin evidencia
framework-default-level-0-descriptor = Todavía no hay ningún trabajo que muestre esta habilidad.
framework-default-level-0-5 = Emergente
framework-default-level-1 = Inicial
framework-default-level-1-descriptor = Muestra partes de la habilidad con mucha ayuda de un adulto.
framework-default-level-1-5 = Inicial+
framework-default-level-2 = En desarrollo
framework-default-level-2-descriptor = Muestra por sí solo las partes más sencillas de la habilidad, pero aún comete errores importantes.
framework-default-level-2-5 = En desarrollo+
framework-default-level-3 = Competente
framework-default-level-3-descriptor = Muestra la habilidad completa por sí solo, como lo espera el estándar.
framework-default-level-3-5 = Competente+
framework-default-level-4 = Avanzado
framework-default-level-4-descriptor = Aplica la habilidad en situaciones nuevas o más complejas, más allá de lo enseñado.

## TreeTools

framework-tree-filter = Filtrar por código o enunciado
framework-tree-filter-placeholder = Filtrar por código o enunciado…
framework-tree-show-archived = Mostrar elementos archivados
framework-tree-show-archived-count = Mostrar elementos archivados ({ $count })
framework-tree-actions = Acciones del árbol
framework-tree-move-up = Subir
framework-tree-move-down = Bajar
framework-tree-keys = Las flechas recorren el árbol y abren los ejes, Enter edita, Alt+Arriba/Abajo reordena, Alt+Izquierda saca de un eje, Alt+Derecha mete en el eje de arriba, Supr archiva.

## TreeView

framework-tree-no-match = Nada coincide con “{ $query }”.
framework-tree-matches = { $count ->
    [one] { $count } coincidencia
   *[other] { $count } coincidencias
}
framework-tree-matches-truncated = { $count ->
    [one] { $count } coincidencia
   *[other] { $count } coincidencias
}; se muestran las primeras { $shown }. Escribe más para acotar la búsqueda.
framework-tree-loading = Cargando ejes y competencias…
framework-tree-empty = Este marco todavía no tiene ejes ni competencias.
framework-tree-empty-hint = Agrega un eje (un dominio o bloque) para agrupar competencias, o agrega competencias directamente.
framework-tree-empty-archived = Activa “Mostrar elementos archivados” para ver { $count ->
    [one] el elemento archivado
   *[other] los { $count } elementos archivados
}.
framework-tree-own-method-title = Tiene su propio método de cálculo
framework-tree-own-method = Método propio
