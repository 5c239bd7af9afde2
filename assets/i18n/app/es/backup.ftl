# La tarjeta Copias de seguridad de la página Sincronización: las copias automáticas, la copia
# de seguridad en una carpeta y la restauración desde un archivo de copia (con su vista previa).

## BackupsCard
backup-title = Copias de seguridad
backup-intro = Waypoint guarda una copia de los datos de esta computadora cada día durante una semana, y una por semana durante un mes, en su propia carpeta de datos. Por si el disco falla o pierdes la computadora, haz también una copia de seguridad en una memoria USB u otra carpeta.
backup-to-folder = Hacer una copia de seguridad en una carpeta…
backup-folder = Carpeta
backup-choose-folder = Elegir carpeta…
backup-folder-required = Elige la carpeta donde guardar la copia de seguridad.
backup-passphrase = Frase de contraseña de la copia
backup-passphrase-rule = Al menos { $min } caracteres. La copia de seguridad se cifra con ella; sin ella, nadie puede abrirla, ni siquiera tú.
backup-write = Hacer copia de seguridad
backup-writing = Haciendo la copia de seguridad…
backup-progress-label = Progreso de la copia de seguridad
backup-saved = Copia de seguridad guardada en { $path }. Guarda la frase de contraseña en un lugar seguro: sin ella no se puede abrir la copia.
backup-restore-open = Restaurar desde una copia de seguridad…
backup-file = Archivo de copia de seguridad
backup-choose-file = Elegir archivo…
backup-file-required = Elige el archivo de copia de seguridad que quieres restaurar.
backup-passphrase-required = Escribe la frase de contraseña de la copia de seguridad.
backup-preview-open = Ver qué contiene…
backup-preview-hint = No se reemplaza nada hasta que veas lo que contiene la copia de seguridad y lo confirmes.
# { $when } es la fecha y hora en que se hizo la copia.
backup-restored = Se restauró la copia de seguridad del { $when }. La sincronización continúa con un nuevo id. de dispositivo para esta computadora, así que las computadoras de los co-docentes devolverán todo lo hecho desde entonces.
backup-snapshots-title = Copias automáticas recientes en esta computadora
backup-snapshots-loading = Cargando las copias automáticas…
backup-snapshots-empty = Todavía no hay copias automáticas: la primera se hace poco después de que Waypoint se inicia.
# Por qué se hizo una copia automática.
backup-kind-daily = Diaria
backup-kind-update = Antes de una actualización

## RestorePreviewDialog
backup-restore-title = Restaurar desde una copia de seguridad
# Etiquetas junto a cuándo se hizo la copia y qué contiene.
backup-preview-made = Hecha
backup-preview-holds = Contiene
backup-preview-classes = Clases en esta copia de seguridad
backup-preview-no-class = Esta copia de seguridad no contiene ninguna clase.
backup-preview-students = { $count ->
        [one] { $count } estudiante
       *[other] { $count } estudiantes
    }
backup-preview-warning = Restaurar reemplaza todo lo de esta computadora con esta copia de seguridad. Los cambios hechos aquí desde entonces se pierden, salvo que los tenga la computadora de un co-docente: vuelven con la próxima sincronización.
backup-restore-progress = Progreso de la restauración
backup-restoring = Restaurando…
backup-restore-confirm = Reemplazar y restaurar

## Progress, sizes and counts (lib/backup.ts)
backup-starting = Comenzando…
# { $phase } es writing, checking o restoring.
backup-progress = { $phase ->
        [writing] Escribiendo la copia de seguridad…
        [checking] Comprobando la copia de seguridad…
       *[restoring] Restaurando…
    }
# { $done } y { $total } son tamaños como "3,0 MB".
backup-progress-sized = { $phase ->
        [writing] Escribiendo la copia de seguridad… { $done } de { $total }
        [checking] Comprobando la copia de seguridad… { $done } de { $total }
       *[restoring] Restaurando… { $done } de { $total }
    }
backup-size-bytes = { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }
backup-size-kb = { $size } KB
backup-size-mb = { $size } MB
backup-size-gb = { $size } GB
backup-counts = { $classes ->
        [one] { $classes } clase
       *[other] { $classes } clases
    }, { $students ->
        [one] { $students } estudiante
       *[other] { $students } estudiantes
    }, { $evidence ->
        [one] { $evidence } evidencia
       *[other] { $evidence } evidencias
    } y { $artifacts ->
        [one] { $artifacts } elemento del portafolio
       *[other] { $artifacts } elementos del portafolio
    }
