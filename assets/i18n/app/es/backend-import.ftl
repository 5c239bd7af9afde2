# Frases de importación: listas de clase, hojas de cálculo, archivos de puntuaciones y el problema de cada fila.

## Un archivo que no se puede leer

# $path: el archivo o la carpeta; $reason: las palabras del sistema sobre lo que falló.
import-io = No se pudo leer { $path }: { $reason }.
# $name: el nombre del archivo; $size_mb: su tamaño en MB; $limit_mb: el máximo que lee una importación.
import-too-big = { $name } ocupa { $size_mb } MB; una importación lee archivos de hasta { $limit_mb } MB.
# $name: el nombre del archivo.
import-empty = { $name } está vacío.
# $name: el nombre del archivo; $expected: lo que debería ser (un mensaje import-kind-…); $reason: qué está mal (un mensaje import-why-…).
import-not-what-it-claims = { $name } no es { $expected }: { $reason }.
# $name: el nombre del archivo.
import-unknown-kind = { $name } no es un archivo que Waypoint pueda importar: elige un archivo CSV, un libro de Excel (.xlsx), un zip de archivos CSV o una carpeta con ellos.
# $name: el nombre del zip o de la carpeta; $format: el formato de lista que parece (un nombre de producto como "OneRoster 1.1"); $missing: el archivo que le falta.
import-missing-file = { $name } parece una exportación de { $format }, pero no tiene { $missing }.
# $file: el nombre del archivo; $column: el nombre de la columna; $why: para qué sirve la columna (un mensaje import-column-…).
import-missing-column = { $file } no tiene la columna "{ $column }", que { $why }.
# $name: el nombre del zip o de la carpeta.
import-not-a-roster = { $name } no es una lista de la clase que Waypoint reconozca: elige una exportación de OneRoster, Clever o School Data Sync (un zip o una carpeta), o un archivo CSV o Excel con una fila por estudiante.
# $ask: qué columna elegir (un mensaje import-choose-…); $file: el nombre del archivo.
import-column-not-chosen = { $ask } en { $file }.
# $name: el nombre o el archivo de la asignación de columnas; $reason: las palabras del lector de JSON.
import-map-unreadable = No se pudo leer la asignación de columnas "{ $name }" ({ $reason }); vuelve a hacerla y guárdala.

## Lo que debería haber sido un archivo (completa import-not-what-it-claims)

import-kind-zip = un archivo zip
import-kind-readable-zip = un archivo zip que Waypoint pueda leer
import-kind-roster-export = una exportación de la lista de la clase
import-kind-excel = un libro de Excel
import-kind-readable-file = un archivo que Waypoint pueda leer
import-kind-csv = un archivo CSV
import-kind-readable-csv = un archivo CSV que Waypoint pueda leer
import-kind-scores-file = un archivo de puntuaciones

## Qué está mal (completa import-not-what-it-claims)

import-why-not-a-zip = su contenido no es un zip
# $max: el máximo de archivos que puede tener una exportación.
import-why-too-many-files = tiene más de { $max } archivos
# $reason: las palabras del lector de zip.
import-why-zip-damaged = está dañado o incompleto ({ $reason })
# $entry: el archivo dentro del zip; $reason: las palabras del lector de zip.
import-why-entry-not-unpacked = no se pudo descomprimir { $entry } ({ $reason })
import-why-no-table-file = no tiene ningún archivo CSV ni Excel
import-why-folder-no-table-file = la carpeta no tiene ningún archivo CSV ni Excel
import-why-not-xlsx = su contenido no es un archivo .xlsx
import-why-old-excel = es un libro antiguo de Excel 97–2003; guárdalo como .xlsx o CSV
import-why-binary = contiene datos binarios, no texto
# $line: el número de línea; $reason: las palabras del lector de CSV.
import-why-csv-line-unreadable = no se pudo leer la línea { $line } ({ $reason })
# $reason: las palabras del lector de Excel.
import-why-xlsx-not-opened = no se pudo abrir ({ $reason })
# $sheet: el nombre de la hoja; $reason: las palabras del lector de Excel.
import-why-sheet-unreadable = no se pudo leer su hoja "{ $sheet }" ({ $reason })
import-why-folder-not-scores = es una carpeta; elige el archivo CSV o Excel que está dentro

## Para qué sirve una columna necesaria (completa import-missing-column: "…, que …")

import-column-identifies-each-teacher = identifica a cada docente
import-column-identifies-each-student = identifica a cada estudiante
import-column-identifies-each-section = identifica cada sección
import-column-identifies-each-user = identifica a cada usuario
import-column-identifies-each-class = identifica cada clase
import-column-names-each-enrollments-section = indica la sección de cada inscripción
import-column-names-each-enrolled-student = indica cada estudiante inscrito
import-column-names-each-school = indica cada escuela
import-column-names-whose-role-each-row-is = indica de quién es el rol de cada fila
import-column-says-what-each-user-is = indica qué es cada usuario
import-column-names-whose-data-it-is = indica de quién son los datos
import-column-names-each-student = indica cada estudiante
import-column-names-each-students-contact = indica el contacto de cada estudiante
import-column-names-each-enrollments-class = indica la clase de cada inscripción
import-column-names-each-enrolled-user = indica cada usuario inscrito
import-column-says-who-is-a-student-and-who-teaches = indica quién es estudiante y quién enseña
import-column-names-each-rows-section = indica la sección de cada fila
import-column-names-who-is-in-each-section = indica quién está en cada sección
import-column-map-names = indica la asignación de columnas
import-column-names-each-competency = nombra cada competencia para que otras filas puedan indicarla como su competencia superior
import-column-says-what-each-competency-is = dice qué es cada competencia (también sirve una columna "description")

## La asignación de columnas de una hoja de cálculo: lo que falta elegir

import-choose-given-names = Elige la columna con los nombres de los estudiantes
import-choose-family-names = Elige la columna con los apellidos de los estudiantes

## Problemas de filas en cualquier tabla

import-table-windows-1252 = El archivo no es texto UTF-8, así que se leyó como Windows-1252 (como guarda los CSV Excel en Windows); revisa los nombres con acentos en la vista previa.
# $line: el número de línea; $fields: cuántos campos tiene; $width: cuántos tiene el encabezado.
import-table-short-row = La línea { $line } tiene { $fields } campos y el encabezado tiene { $width }; los que faltan se leen vacíos.
# $line: el número de línea; $fields: cuántos campos tiene; $width: cuántos tiene el encabezado.
import-table-long-row = La línea { $line } tiene { $fields } campos y el encabezado tiene { $width }; los que sobran se ignoran.

## Problemas de filas en una lista de la clase

# $line: el número de línea; $date: la celda tal como está escrita.
import-roster-bad-birth-date = Línea { $line }: "{ $date }" no es una fecha que Waypoint pueda leer (usa AAAA-MM-DD), así que la fecha de nacimiento queda vacía.
# $line: el número de línea; $column: el nombre de la columna de id. (como en el archivo, p. ej. Student_id).
import-roster-no-id = La línea { $line } no tiene { $column }, así que se deja fuera.
# $line: el número de línea; $column: el nombre de la columna de id. (como en el archivo, p. ej. SIS ID).
import-roster-id-missing-or-repeated = La línea { $line } no tiene { $column } o repite uno, así que se deja fuera.
# $line: el número de línea; $id: el id. del usuario.
import-roster-user-repeated = La línea { $line } repite el usuario { $id }, así que solo se usa el primero.
# $line: el número de línea; $why: qué está mal (un mensaje import-why-unknown-… o import-why-role-mismatch).
import-roster-enrollment-left-out = La línea { $line } { $why }, así que la inscripción se deja fuera.
# $line: el número de línea; $why: qué está mal (un mensaje import-why-unknown-…).
import-roster-row-left-out = La línea { $line } { $why }, así que la fila se deja fuera.
# $line: el número de línea; $what: qué es la fila (un mensaje import-what-…).
import-roster-deleted-delta = La línea { $line } marca { $what } como tobedeleted; Waypoint nunca borra, así que no se importa: archívalo tú si ya no está.
# $line: el número de línea; $what: qué es la fila (un mensaje import-what-…).
import-roster-deleted-bulk = La línea { $line } marca { $what } como tobedeleted en una exportación completa (bulk), así que se deja fuera.
# $line: el número de línea.
import-roster-no-name = La línea { $line } no tiene nombre, así que se deja fuera.
# $line: el número de línea.
import-roster-no-class = La línea { $line } no indica ninguna clase, así que el estudiante se importa sin clase.
# $id: el id. de la sección en el archivo.
import-roster-no-section = El archivo no tiene ninguna sección con el id. "{ $id }".
# $id: el id. de la sección en el archivo.
import-roster-section-unnamed = La sección con el id. "{ $id }" no tiene nombre en este archivo y no se importó antes; importa primero la lista de la clase completa.
# $section: el nombre de la sección; $id: el id. del estudiante en el archivo.
import-roster-student-unknown = La sección "{ $section }" inscribe a un estudiante con el id. "{ $id }", que no está en la lista de estudiantes del archivo.
# $student: el nombre del estudiante (o import-roster-student-with-id); $reason: qué está mal (un mensaje de validación).
import-roster-row-invalid = { $student }: { $reason }
# $student: el nombre del estudiante (o import-roster-student-with-id); $contact: el nombre del contacto; $reason: qué está mal (un mensaje de validación).
import-roster-contact-left-out = { $student }: el contacto { $contact } se deja fuera: { $reason }
# $id: el id. del estudiante en el archivo (cuando la fila no tiene nombre).
import-roster-student-with-id = El estudiante con el id. "{ $id }"

## Por qué se deja fuera una fila de la lista (completa import-roster-enrollment-left-out e import-roster-row-left-out)

# $id: el id. de la sección; $file: el archivo que debería tenerla.
import-why-unknown-section = indica la sección { $id }, que no está en { $file }
# $id: el id. de la clase; $file: el archivo que debería tenerla.
import-why-unknown-class = indica la clase { $id }, que no está en { $file }
# $id: el id. del estudiante; $file: el archivo que debería tenerlo.
import-why-unknown-student = indica el estudiante { $id }, que no está en { $file }
# $id: el id. del docente; $file: el archivo que debería tenerlo.
import-why-unknown-teacher = indica el docente { $id }, que no está en { $file }
# $id: el id. del usuario; $file: el archivo que debería tenerlo.
import-why-unknown-user = indica el usuario { $id }, que no está en { $file }
# $id: el id. del usuario; $role: "student" o "teacher", lo que la inscripción lo hace.
import-why-role-mismatch = { $role ->
    [student] inscribe a { $id } como estudiante, pero el archivo de usuarios no lo tiene como estudiante
   *[teacher] inscribe a { $id } como docente, pero el archivo de usuarios no lo tiene como docente
}

## Qué es una fila borrada de la lista (completa import-roster-deleted-…)

import-what-school = una escuela
import-what-enrollment = una inscripción
# $name: el nombre del usuario; $id: su id. en el archivo.
import-what-user = { $name } ({ $id })
# $name: el nombre de la clase; $id: su id. en el archivo.
import-what-class = la clase { $name } ({ $id })

## Cómo se emparejó un estudiante o una clase del archivo con uno que ya está aquí

import-matched-by-student-id = id. de estudiante
import-matched-by-section-id = id. de sección
import-matched-by-name = nombre
import-matched-by-name-and-birth-date = nombre y fecha de nacimiento

## Los campos de un estudiante, tal como la vista previa lista sus cambios

import-field-given-name = Nombre
import-field-family-name = Apellido
import-field-preferred-name = Nombre preferido
import-field-birth-date = Fecha de nacimiento
import-field-student-id = Id. de estudiante
import-field-email = Correo electrónico
import-field-grade = Grado

## Problemas de filas en una tabla de marco de competencias

import-framework-no-parent-column = El archivo no tiene la columna "parent code", así que todas las filas quedan en el nivel superior.
import-framework-no-code = Esta fila no tiene código, así que no se puede ubicar en el marco de competencias.
# $code: el código de la competencia; $line: la línea donde se usa primero.
import-framework-code-repeated = El código { $code } ya se usa en la línea { $line }; esta fila se dejó fuera.
# $parent: el código superior indicado; $code: el código de la fila.
import-framework-parent-unknown = El código superior { $parent } de { $code } no es el código de ninguna fila del archivo; esta fila se dejó fuera.
# $parent: el código superior; $code: el código de la fila; $line: la línea del superior.
import-framework-parent-left-out = El superior { $parent } de { $code } se dejó fuera (línea { $line }), así que esta fila también se dejó fuera.
# $code: el código de la competencia.
import-framework-no-statement = { $code } no tiene enunciado; se usa su código como enunciado.

## Archivos de puntuaciones: filas y estudiantes

# $line: el número de línea; $date: la celda tal como está escrita; $column: el nombre de la columna de fecha.
import-scores-bad-date = Línea { $line }: la fecha "{ $date }" de "{ $column }" no es una fecha que Waypoint pueda leer (escríbela AAAA-MM-DD); la fila se deja fuera.
# $line: el número de línea; $column: el nombre de la columna; $value: la celda tal como está escrita; $competency: el código o nombre de la competencia.
import-scores-not-a-score = Línea { $line }, "{ $column }": "{ $value }" no es una puntuación, así que no se toma evidencia de { $competency } de esta fila.
# $line: el número de línea; $column: el nombre de la columna; $value: la celda tal como está escrita; $low, $high: la puntuación más baja y la más alta; $competency: el código o nombre de la competencia.
import-scores-out-of-range = Línea { $line }, "{ $column }": { $value } está fuera de rango (las puntuaciones van de { $low } a { $high }), así que no se toma evidencia de { $competency } de esta fila.
# $line: el número de línea; $competency: el código o nombre de la competencia; $total: la suma; $high: la puntuación más alta que hay.
import-scores-sum-too-high = Línea { $line }: las puntuaciones de { $competency } suman { $total }, más que el máximo ({ $high }); no se toma evidencia de { $competency } de esta fila.
# $by: con qué se emparejan los estudiantes: "student-id", "email" o "name".
import-scores-no-student = { $by ->
    [student-id] Ningún estudiante de la clase tiene este id. de estudiante.
    [email] Ningún estudiante de la clase tiene este correo electrónico.
   *[name] Ningún estudiante de la clase tiene este nombre.
}
# $by: con qué se emparejan los estudiantes: "student-id", "email" o "name".
import-scores-many-students = { $by ->
    [student-id] Más de un estudiante de la clase tiene este id. de estudiante; empareja por id. de estudiante o por correo electrónico.
    [email] Más de un estudiante de la clase tiene este correo electrónico; empareja por id. de estudiante o por correo electrónico.
   *[name] Más de un estudiante de la clase tiene este nombre; empareja por id. de estudiante o por correo electrónico.
}

## Una asignación de columnas de puntuaciones que no encaja con el archivo o la clase

# $file: el nombre del archivo; $columns: las columnas que faltan, entre comillas y separadas por comas; $count: cuántas.
import-scores-map-columns-missing = { $count ->
    [one] { $file } cambió: no tiene la columna { $columns } que lee la asignación. No se importó nada; actualiza la asignación para este archivo.
   *[other] { $file } cambió: no tiene las columnas { $columns } que lee la asignación. No se importó nada; actualiza la asignación para este archivo.
}
import-scores-choose-date = Elige la fecha de las puntuaciones, o una columna que la tenga.
import-scores-no-competency = La asignación no indica ninguna competencia: di qué columnas son evidencia de qué competencia.
# $columns: las columnas, entre comillas y separadas por comas; $count: cuántas.
import-scores-choose-competency = { $count ->
    [one] Elige la competencia de la que es evidencia la columna { $columns }.
   *[other] Elige la competencia de la que son evidencia las columnas { $columns }.
}
# $code: el código de competencia que da la asignación.
import-scores-unknown-competency = La clase no tiene la competencia "{ $code }" en sus marcos de competencias; elige una de sus competencias.
# $code: el código de competencia que da la asignación.
import-scores-ambiguous-competency = Más de una competencia de la clase tiene el código "{ $code }"; elígela por su id.
# $competency: el código o nombre de la competencia.
import-scores-choose-columns = Elige las columnas que son evidencia de { $competency }.
# $percent: el porcentaje del punto de corte tal como se dio.
import-scores-cut-percent = El porcentaje de un punto de corte debe estar entre 0 y 100; { $percent } no lo está.
# $percent: el porcentaje del punto de corte; $level: el nivel que da; $levels: los niveles de la escala, separados por comas.
import-scores-cut-not-level = El punto de corte en { $percent } % da { $level }, que no es un nivel de la escala ({ $levels }).
import-scores-cuts-order = Los puntos de corte deben dar niveles más altos a porcentajes más altos.
import-scores-points-max = El máximo de puntos debe ser un número mayor que 0.
import-scores-vendor-order = Una escala de proveedor necesita su valor más bajo, luego su marca de dominio y luego su valor más alto, cada uno mayor que el anterior.

## Una tabla de marco de competencias sin nada que importar

# $file: el nombre del archivo.
import-framework-no-usable-row = { $file } no tiene ninguna fila con un código que se pueda usar, así que no hay ningún marco de competencias que importar.
