# Las frases del núcleo: un valor que no cumple una regla (validación) y un archivo de marco que no puede leer.

## Files and stored changes the core cannot read

# $id: the text that was offered as an id.
core-bad-id = «{ $id }» no es un identificador válido
# $table: the table's name; $reason: the decoder's own words.
core-bad-payload = no se pudo leer un cambio guardado de { $table }: { $reason }
# $reason: a clause saying what is wrong, e.g. "it has no CFDocument".
core-not-case-package = Este archivo no es un paquete de marco de competencias CASE (CFPackage): { $reason }.
core-case-pre-one-format = Este archivo de marco de competencias está en el antiguo formato CASE anterior a la versión 1.0 (con «lsDoc» y «lsItems»), que Waypoint no puede leer. Pide al editor una exportación CASE 1.0 (un CFPackage) del mismo marco e impórtala.
# $path: the loop, e.g. "A → B → A" (core-loop-path).
core-case-cycle = La estructura de este marco de competencias vuelve sobre sí misma: { $path }. Pide al editor un archivo corregido.
# $file: the file's name; $path: the loop (core-loop-path).
core-framework-csv-loop = En { $file }, los códigos de los padres forman un ciclo: { $path }. Corrige la columna de padres y vuelve a importar.
# $size: the file's size in MB; $max: the largest size accepted, in MB.
core-case-file-too-large = Este archivo ocupa { $size } MB; Waypoint puede importar archivos de marcos CASE de hasta { $max } MB.
# $path: codes joined by arrows, e.g. "A → B → A".
core-loop-path = { $path }
# $path: the first codes of the loop, "…" and the first again; $count: how many items the loop has.
core-loop-path-long = { $path } (un ciclo de { $count } elementos)

## Why a file is not a CASE package (each completes core-not-case-package)

core-case-empty-file = el archivo está vacío
core-case-zip = es un archivo ZIP (o una hoja de cálculo o un documento de Word), no JSON
core-case-pdf = es un PDF, no JSON
core-case-markup = parece una página web o XML, no JSON
# $line: the line number where the file stops.
core-case-cut-short = se interrumpe a medias (en la línea { $line }), así que probablemente se cortó al descargarlo o copiarlo
# $line, $column: where the first problem is.
core-case-not-json = no es JSON válido (el primer problema está en la línea { $line }, columna { $column })
core-case-items-without-document = tiene CFItems o CFAssociations pero no CFDocument
core-case-lone-document = es un CFDocument solo, sin sus elementos; descarga el CFPackage completo
core-case-no-document = no tiene CFDocument
# $kind: the JSON type found, e.g. "a list" (core-json-*).
core-case-not-object = es { $kind }, no un objeto JSON con un CFDocument
# $kind: the JSON type found (core-json-*).
core-case-document-not-object = su CFDocument es { $kind }, no un objeto
core-case-document-no-identifier = su CFDocument no tiene identificador
# $kind: the JSON type found (core-json-*).
core-case-document-identifier-not-text = el identificador de su CFDocument es { $kind }, no texto
# $key: the part of the file, e.g. "CFItems"; $kind: the JSON type found (core-json-*).
core-case-top-not-list = su { $key } es { $kind }, no una lista

## A JSON value's type in words, with its article (inside other sentences)

core-json-null = null
core-json-bool = un valor verdadero/falso
core-json-number = un número
core-json-text = texto
core-json-list = una lista
core-json-object = un objeto

## Lists of items inside a sentence

# $name: one item.
core-names-one = { $name }
# $head: one item; $rest: the remaining items (a list).
core-names-comma = { $head }, { $rest }
# $head: the first items (a list); $last: the last item.
core-names-and = { $head } y { $last }
# $head: the first items (a list); $more: how many more there are.
core-names-more = { $head } y { $more } más

## A CASE file's deviations that were read anyway
# In each: $field is the field as the file spells it; $who lists the items concerned.

core-case-the-document = el CFDocument
core-case-entry = la entrada { $n } de { $list }
core-case-code-at = { $code } ({ $position })

core-case-text-for-list = «{ $field }» es texto donde CASE espera una lista ({ $who }); se leyó como lista.
core-case-list-for-text = «{ $field }» es una lista de un elemento donde CASE espera texto ({ $who }); se usó su único elemento.
core-case-number-for-text = «{ $field }» es un número donde CASE espera texto ({ $who }); se leyó como texto.
core-case-text-for-number = «{ $field }» es texto donde CASE espera un número entero ({ $who }); se usó el número que contiene.
core-case-whole-float = «{ $field }» está escrito con punto decimal ({ $who }); se leyó como número entero.
core-case-not-a-number = «{ $field }» no es un número entero ({ $who }); se ignoró, así que estos elementos se ordenan por su enumeración y su código.
core-case-uri-as-text = «{ $field }» es una dirección simple donde CASE espera un objeto de enlace ({ $who }); se asoció con el elemento o documento que nombra.
core-case-link-without-identifier = «{ $field }» tiene una dirección pero no un identificador ({ $who }); se asoció con el elemento o documento que nombra la dirección.
# $proper: the CASE 1.0 field it was read as.
core-case-renamed = «{ $field }» no es un campo de CASE 1.0 ({ $who }); se leyó como «{ $proper }».
# $kind: the JSON type found (core-json-*).
core-case-ignored = «{ $field }» es { $kind }, lo que CASE no permite ahí ({ $who }); se omitió.
# $kind: the JSON type found (core-json-*).
core-case-not-an-entry = { $who } en «{ $field }» es { $kind }, no un objeto; se omitió.
core-case-no-identifier = { $who } no tiene identificador, así que no se puede ubicar en el árbol; se omitió.
core-case-duplicate-identifier = { $who } tiene un identificador ya usado antes en el archivo; se omitió el posterior.
core-case-no-statement-no-code = { $who } no tiene enunciado ni código; se importó como «(sin enunciado)».
core-case-link-end-missing = Un enlace «isChildOf» de { $who } no tiene uno de sus extremos; se ignoró, así que el elemento queda en el nivel superior salvo que otro enlace lo ubique.

## A value that breaks a rule: the shared sentences
# In each: $label is the field's name (core-label-*).

core-blank = { $label } no puede quedar en blanco.
# $len: how many characters were typed; $max: the limit.
core-too-long = { $label } tiene demasiados caracteres ({ $len }); el límite es { $max }.
core-no-line-breaks = { $label } no puede contener saltos de línea ni caracteres de control.
core-control-characters = { $label } contiene caracteres de control.
# $value: what was typed.
core-not-a-date = { $label } debe ser una fecha real escrita como AAAA-MM-DD; «{ $value }» no lo es.
# $value: what was typed; $from, $to: the first and last years allowed.
core-date-out-of-range = { $label } debe estar entre { $from } y { $to }; «{ $value }» no lo está.
# $count: how many entries there are; $max: the limit.
core-too-many-entries = { $label } tiene { $count } elementos; el límite es { $max }.
# $value: what was typed.
core-not-an-email = «{ $value }» no parece una dirección de correo electrónico.
# $max: the limit; $count: how many there are.
core-too-many-items = Puede haber como máximo { $max }; hay { $count }.

## Students, goals, reflections and feedback

# $max: the limit.
core-too-many-accommodations = Un estudiante puede tener como máximo { $max } adaptaciones.
# $max: the limit.
core-too-many-family-contacts = Un estudiante puede tener como máximo { $max } contactos familiares.
# $max: the limit; $count: how many steps the goal has.
core-goal-too-many-steps = Una meta puede tener como máximo { $max } pasos; esta tiene { $count }.
# $max: the limit.
core-goal-too-many-competencies = Una meta puede tratar como máximo { $max } competencias.
# $max: the limit.
core-goal-too-many-profile-links = Una meta puede vincularse como máximo con { $max } intereses o metas profesionales.
# $min, $max: the range (0 and 100).
core-goal-progress = El progreso es un número de { $min } a { $max }.
core-self-rating-not-a-level = Una autoevaluación es un nivel de la escala.
core-self-rating-needs-competency = Elige la competencia a la que se refiere la autoevaluación.
# $count: how many prompts the protocol has.
core-feedback-prompt-count = El protocolo tiene { $count } preguntas.
# $count: how many prompts the protocol has.
core-feedback-answer-count = Responde las { $count } preguntas (algunas pueden quedar en blanco).
core-feedback-all-blank = Escribe algo en al menos una pregunta.
# $count: how many questions there are; $question: the number asked for.
core-no-such-question = Hay { $count } preguntas; la pregunta { $question } no es una de ellas.
# $max: the limit; $count: how many competencies the artifact has.
core-artifact-too-many-competencies = Un trabajo puede ser evidencia de como máximo { $max } competencias; este tiene { $count }.
# $file: the file's name.
core-artifact-file-kind = Este tipo de archivo no puede ir en un portafolio: { $file }. Adjunta imágenes, PDF, audio, video o documentos.
core-unknown-competency = Waypoint no conoce esa competencia; elígela de la lista.
# $min, $max: the shortest and longest PIN.
core-pin-digits = Un PIN tiene de { $min } a { $max } dígitos.

## Frameworks, scales, methods and evidence

# $max: the limit.
core-node-too-many-grade-levels = Un nodo puede tener como máximo { $max } niveles de grado.
# $min: the fewest levels; $count: how many the scale has.
core-scale-too-few-levels = Una escala necesita al menos { $min } niveles; esta tiene { $count }.
# $max: the limit; $count: how many the scale has.
core-scale-too-many-levels = Una escala puede tener como máximo { $max } niveles; esta tiene { $count }.
# $n: the level's number, from 1.
core-scale-value-not-a-number = El valor del nivel { $n } debe ser un número.
core-scale-values-go-up = Los valores de los niveles deben aumentar de un nivel al siguiente.
# $levels: the scale's level values, e.g. "1, 2, 3, 4".
core-scale-threshold-not-a-level = El umbral de dominio debe ser uno de los valores de nivel de la escala: { $levels }.
core-scale-threshold-lowest = El umbral de dominio no puede ser el nivel más bajo, o cada primera puntuación contaría como dominio.
# $max: the largest number; $value: what was given.
core-method-n-range = El número de veces debe ser un número entero de 1 a { $max }; { $value } no lo es.
# $name: what was given; $names: the methods' names, e.g. "mean, mode".
core-method-unknown = No hay ningún método llamado «{ $name }»; usa uno de estos: { $names }.
# $method: the method's name; $value: the parameter given.
core-method-no-parameter = El método { $method } no lleva parámetro, así que no se puede usar { $value }; quítalo.
# $value: what was given.
core-method-weight-range = El peso de la puntuación más reciente debe estar entre 0 y 1 (0.65 significa 65 %); { $value } no lo está.
# $value: what was given.
core-method-rate-range = La tasa de decaimiento debe ser mayor que 0 y como máximo 1 (0.65 significa 65 %); { $value } no lo es.
# $level: the level given; $levels: the scale's levels, e.g. "1, 2, 3, 4".
core-evidence-not-a-level = { $level } no es un nivel de esta escala. Usa uno de estos: { $levels }.
# $levels: the scale's levels, e.g. "1, 2, 3, 4".
core-evidence-level-not-a-number = Eso no es un nivel de esta escala. Usa uno de estos: { $levels }.
core-override-needs-reason = Di por qué cambias el estado manualmente; el motivo se guarda con él.
# $name: the competency (a code or label).
core-own-prerequisite = { $name } no puede ser su propio requisito previo.
# $path: the chain of prerequisites (core-needs-first).
core-prerequisite-loop = Eso formaría un ciclo: { $path }. Una competencia no puede ir antes de sí misma.
# $name: a competency; $rest: what it needs (core-needs-which or core-needs-last).
core-needs-first = { $name } necesita { $rest }
# $name: a competency; $rest: what it needs in turn.
core-needs-which = { $name }, que necesita { $rest }
# $name: the last competency in the chain.
core-needs-last = { $name }

## Playlists and activities

core-activity-needs-competency = Elige la competencia que practica esta actividad.
# $min, $max: the range of minutes.
core-activity-minutes = Los minutos deben ser un número entero de { $min } a { $max }.
core-link-scheme = Un enlace empieza con http:// o https://.
core-link-spaces = Un enlace no puede contener espacios.
# $scheme: "http://" or "https://".
core-link-no-address = Un enlace necesita una dirección después de { $scheme }.
core-playlist-blank-activity = Elige una actividad.
core-playlist-repeated-activity = Cada actividad puede estar una sola vez en una lista de actividades.
# $kind: "playlist" or "choice-board".
core-playlist-empty = Agrega al menos una actividad { $kind ->
        [choice-board] al tablero de opciones
       *[playlist] a la lista de actividades
    }.
# $kind: "playlist" or "choice-board"; $max: the limit; $count: how many it has.
core-playlist-too-many-activities = { $kind ->
        [choice-board] Un tablero de opciones
       *[playlist] Una lista de actividades
    } puede tener como máximo { $max } actividades; { $kind ->
        [choice-board] este
       *[playlist] esta
    } tiene { $count }.
# $count: how many activities the choice board has.
core-playlist-pick-count = { $count ->
        [one] Con 1 actividad, los estudiantes eligen 1.
       *[other] Los estudiantes pueden elegir de 1 a { $count } de estas { $count } actividades.
    }

## Groups and rotations

core-group-set-needs-date = Elige el día para el que son estos grupos.
# $max: the most groups.
core-group-set-size = Un conjunto de grupos tiene de 1 a { $max } grupos.
core-group-set-student-twice = Un estudiante puede estar en un solo grupo de un conjunto.
core-group-set-two-teacher-groups = Solo un grupo puede ser el grupo con el docente.
# $max: the largest capacity.
core-station-capacity = La capacidad debe estar entre 1 y { $max } estudiantes, o en blanco para no tener límite.
core-rotation-needs-date = Elige el día de esta rotación.
# $max: the most stations.
core-rotation-station-count = Elige de 1 a { $max } estaciones.
core-rotation-station-twice = Cada estación se puede elegir una sola vez.
# $max: the longest block.
core-rotation-block-minutes = Un bloque dura de 1 a { $max } minutos.
# $max: the longest transition.
core-rotation-transition-minutes = Una transición dura de 0 a { $max } minutos.
core-rotation-no-groups = Este conjunto de grupos no tiene grupos para rotar.
core-rotation-no-stations = Elige al menos una estación.
core-rotation-plan-groups = El plan no coincide con los grupos del conjunto.
core-rotation-plan-rounds = Todos los grupos necesitan el mismo número de rondas.
core-rotation-plan-unknown-station = El plan nombra una estación que no está en él.
# $group: the group's name; $station: the station's name.
core-rotation-plan-visit-twice = { $group } visitaría { $station } dos veces. Cada grupo visita una estación una sola vez.
# $round: the round's number; $station: its name; $capacity: how many it holds; $groups: the groups' names (a list); $students: how many students they bring.
core-rotation-plan-over-capacity = En la ronda { $round }, { $station } admite hasta { $capacity }, pero con { $groups } llegarían { $students } estudiantes. Agrega una estación, forma grupos más pequeños o aumenta su capacidad.

## Making groups

core-grouping-no-competencies = Elige al menos una competencia para agrupar.
# $code: the competency's code.
core-grouping-no-threshold = { $code } no tiene un umbral de competencia utilizable.
# $name: the student; $levels: how many levels they have; $competencies: how many competencies.
core-grouping-level-count = { $name } tiene { $levels } niveles para { $competencies } competencias; debería haber uno por cada una.
# $name: the student; $code: the competency's code.
core-grouping-level-not-a-number = El nivel de { $name } en { $code } no es un número.
# $name: the student.
core-grouping-student-twice = { $name } aparece dos veces en la lista de la clase.
# $list: the constraint's name as sent, e.g. "absent"; $id: the unknown id.
core-grouping-unknown-student = { $list } nombra a un estudiante que no está en esta clase ({ $id }).
# $name: the student.
core-grouping-apart-from-self = No se puede separar a { $name } de sí mismo.
core-grouping-nobody-present = No hay estudiantes presentes para agrupar.
# $names: the students (a list); $max: the largest group.
core-grouping-teacher-block-too-big = { $names } deben ir todos con el docente, pero los grupos admiten como máximo { $max }.
# $names: the students (a list); $max: the largest group.
core-grouping-block-too-big = { $names } deben ir juntos, pero los grupos admiten como máximo { $max }.
core-grouping-no-groups = Forma al menos un grupo.
# $count: the groups asked for; $present: how many students are present.
core-grouping-too-many-groups = No se pueden formar { $count } grupos con { $present ->
        [one] 1 estudiante presente
       *[other] { $present } estudiantes presentes
    }.
core-grouping-size-zero = Los grupos necesitan espacio para al menos un estudiante.
# $min, $max: the smallest and largest group sizes.
core-grouping-sizes-reversed = El tamaño de grupo más pequeño ({ $min }) es mayor que el más grande ({ $max }).
# $present: how many students are present; $size: the group size.
core-grouping-cannot-split = { $present ->
        [one] 1 estudiante presente no se puede dividir
       *[other] { $present } estudiantes presentes no se pueden dividir
    } en grupos de { $size }.
# $present: how many students are present; $min, $max: the group sizes.
core-grouping-cannot-split-range = { $present ->
        [one] 1 estudiante presente no se puede dividir
       *[other] { $present } estudiantes presentes no se pueden dividir
    } en grupos de { $min } a { $max }.
core-grouping-contradiction = Algunas de estas restricciones se contradicen.
# $a, $b: the two students.
core-grouping-apart-but-teacher = { $a } y { $b } deben ir separados, pero ambos deben ir con el docente.
# $a, $b: the two students.
core-grouping-apart-but-together = { $a } y { $b } deben ir separados, pero también deben ir juntos.
# $a, $b: the two students; $others: the other students in their group (a list).
core-grouping-apart-but-together-with = { $a } y { $b } deben ir separados, pero también deben ir juntos (con { $others }).
# $a, $b: the two students.
core-grouping-keep-apart = separar a { $a } y { $b }
# $names: the students (a list).
core-grouping-keep-together = mantener juntos a { $names }
# $names: the students (a list).
core-grouping-with-teacher = poner a { $names } con el docente
# $head: one constraint; $rest: the others.
core-grouping-constraint-list = { $head }; { $rest }
# $shape: the groups asked for (core-shape-*); $advice: "sizes", "more" or "fewer".
core-grouping-infeasible = No se puede agrupar a los estudiantes presentes { $shape }. { $advice ->
        [sizes] Cambia los tamaños de los grupos
        [more] Forma más grupos
       *[fewer] Forma menos grupos
    }.
# $shape: the groups asked for (core-shape-*); $constraint: the constraint; $advice: "sizes", "more" or "fewer".
core-grouping-infeasible-one = Esto no se puede cumplir { $shape }: { $constraint }. { $advice ->
        [sizes] Cambia los tamaños de los grupos
        [more] Forma más grupos
       *[fewer] Forma menos grupos
    } o quítalo.
# $shape: the groups asked for (core-shape-*); $constraints: the constraints (a list); $advice: "sizes", "more" or "fewer".
core-grouping-infeasible-some = Estas restricciones no se pueden cumplir todas { $shape }: { $constraints }. { $advice ->
        [sizes] Cambia los tamaños de los grupos
        [more] Forma más grupos
       *[fewer] Forma menos grupos
    } o quita una de ellas.
# $shape: the groups asked for (core-shape-*).
core-grouping-gave-up = No se encontró una agrupación que cumpla todas las restricciones { $shape }. Forma más grupos o quita algunas restricciones.
# $count: how many groups.
core-shape-groups = con { $count } { $count ->
        [one] grupo
       *[other] grupos
    }
# $count: how many groups; $size: their size.
core-shape-groups-of = con { $count } { $count ->
        [one] grupo
       *[other] grupos
    } de { $size }
# $count: how many groups; $min, $max: their sizes.
core-shape-groups-of-range = con { $count } { $count ->
        [one] grupo
       *[other] grupos
    } de { $min } a { $max }

## Field names, as the sentences above name them

core-label-a-learner-profile-link = Un vínculo con el perfil del estudiante
core-label-a-step = Un paso
core-label-accommodation-notes = Notas de la adaptación
core-label-birth-date = Fecha de nacimiento
core-label-career-goal = Meta profesional
core-label-class-name = Nombre de la clase
core-label-code = Código
core-label-contact-name = Nombre del contacto
core-label-date = Fecha
core-label-email = Correo electrónico
core-label-family-name = Apellido
core-label-focus = Enfoque
core-label-framework-title = Título del marco de competencias
core-label-given-name = Nombre
core-label-grade = Grado
core-label-grade-level = Nivel de grado
core-label-grade-levels = Niveles de grado
core-label-group-name = Nombre del grupo
core-label-home-language = Idioma del hogar
core-label-instructions = Instrucciones
core-label-interest = Interés
core-label-language = Idioma
core-label-link = Enlace
core-label-materials = Materiales
core-label-name = Nombre
core-label-need = Necesidad
core-label-note = Nota
core-label-notes = Notas
core-label-phone = Teléfono
core-label-preferred-language = Idioma preferido
core-label-preferred-name = Nombre preferido
core-label-reason = Motivo
core-label-reflection = Reflexión
core-label-relationship = Parentesco
core-label-review-date = Fecha de revisión
core-label-short-label = Etiqueta corta
core-label-statement = Enunciado
core-label-station-name = Nombre de la estación
core-label-strength = Fortaleza
core-label-student-id = Número de estudiante
core-label-subject = Materia
core-label-target-date = Fecha objetivo
core-label-team = Equipo
core-label-the-answer = La respuesta
core-label-the-prompt = La consigna
core-label-the-reflection = La reflexión
core-label-title = Título
core-label-why-it-matters = Por qué es importante
core-label-a-name = Un nombre
core-label-a-next-step = Un próximo paso
core-label-a-follow-up = Un seguimiento
# $n: the prompt's number.
core-label-prompt-n = La pregunta { $n }
# $n: the answer's number.
core-label-answer-n = La respuesta { $n }
# $n: the level's number.
core-label-level-label = La etiqueta del nivel { $n }
# $n: the level's number.
core-label-level-description = La descripción del nivel { $n }

## Printout catalogs: an interpreter's correction or a catalog file that cannot be taken
core-catalog-unknown-label = «{ $id }» no es una etiqueta que usen los impresos de Waypoint; revisa cómo se escribe en un catálogo exportado.
core-catalog-no-text = «{ $id }» no tiene texto.
core-catalog-attributes = «{ $id }» tiene atributos (líneas que empiezan con un punto), que los impresos no usan.
core-catalog-reference = «{ $id }» remite a otro mensaje entre llaves; escribe sus palabras en su lugar.
core-catalog-no-values = «{ $id }» usa { $extra }, pero esta etiqueta no admite valores entre llaves.
core-catalog-other-values = «{ $id }» usa { $extra }, pero esta etiqueta solo puede usar { $known }.
core-catalog-too-long = «{ $id }» tiene más de { $max } caracteres.
core-catalog-meta = «{ $id }» describe el catálogo y no se puede corregir.
core-catalog-blank = Una corrección no puede quedar en blanco; quítala para volver al texto original.
core-catalog-unreadable-text = No se puede leer ese texto: las llaves {"{"} {"}"} son solo para los valores que usa el texto en inglés, y una línea no puede empezar con [, * ni un punto.
core-catalog-only-words = No se puede leer ese texto: escribe solo las palabras de la etiqueta, sin id ni comentarios.
core-catalog-no-language = No hay un catálogo de impresos para «{ $code }».
core-catalog-file-too-big = Este archivo tiene { $size } KB; un catálogo de impresos tiene como máximo { $max } KB.
core-catalog-bad-line = Este no es un archivo de catálogo que Waypoint pueda leer: la línea { $line } no es Fluent válido.
core-catalog-twice = «{ $id }» aparece dos veces en este archivo; deja una.
core-catalog-term = Este archivo define «-{ $id }», que los impresos de Waypoint no usan.
core-catalog-not-a-catalog = Este no es un archivo de catálogo que Waypoint pueda leer.
core-label-the-date = La fecha

## How a playlist reached a student, on the student's page
core-via-student = asignada a { $name }
core-via-group = por el grupo { $name }
core-via-station = por la estación { $name }
core-via-named = por { $name }
