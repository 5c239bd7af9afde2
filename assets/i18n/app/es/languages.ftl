# La pestaña Idiomas de las familias: los idiomas de los informes impresos, su revisión y las correcciones de los intérpretes.

languages-title = Idiomas de las familias
languages-picker-filter = Catálogo Fluent
languages-intro = Los informes de la conferencia se imprimen en el idioma de cada familia. Una traducción nueva lleva la marca «necesita revisión» en cada informe hasta que alguien que lee el idioma la apruebe aquí. Los intérpretes pueden corregir cualquier etiqueta; las correcciones se quedan en esta computadora y se pueden exportar como un archivo de catálogo para otras computadoras.
languages-col-language = Idioma
languages-col-status = Estado
languages-col-corrections = Correcciones
languages-col-actions = Acciones
languages-status-needs-review = Necesita revisión
languages-status-approved = Aprobado por { $who } el { $date }
languages-status-approved-anonymous = Aprobado el { $date }
languages-status-shipped = Revisado
languages-corrections = { $n ->
    [0] Ninguna
    [one] Una etiqueta
   *[other] { $n } etiquetas
}
languages-approve = Aprobar…
languages-approve-name = Su nombre (opcional)
languages-approve-confirm = Aprobar { $language }
languages-withdraw = Retirar la aprobación
languages-edit = Corregir etiquetas
languages-export = Exportar catálogo
languages-import = Importar catálogo
languages-exported = Se guardó el catálogo de { $language } en { $path }.
languages-imported = { $n ->
    [0] Importado: el archivo coincide con el texto original de { $language }, así que no hay correcciones.
    [one] Se importó una corrección para { $language }.
   *[other] Se importaron { $n } correcciones para { $language }.
}
languages-editor-title = Corregir las etiquetas de { $language }
languages-editor-english = Inglés
languages-editor-shipped = { $language } (original)
languages-editor-correction = Corrección
languages-editor-save = Guardar
languages-editor-revert = Usar el texto original
languages-editor-saved = Guardado.
languages-editor-close = Cerrar
languages-editor-filter = Buscar una etiqueta
languages-editor-help = Deje todo lo que esté entre llaves, como { "{" } $n { "}" }, tal como está: Waypoint lo completa.
languages-loading = Cargando…
