# La página Sincronización: el nombre de esta computadora, la carpeta compartida, la frase de
# contraseña de la clase, sincronizar, co-docentes, paquetes, clases compartidas, conflictos e historial.

## SyncPage
sync-page-title = Sincronización
sync-page-intro = Pasa tus cambios a la computadora de un co-docente y recibe los suyos. La sincronización abarca todas las clases de esta computadora, no solo la elegida arriba.
sync-try-again = Reintentar
sync-loading = Cargando la configuración de sincronización…

## LaptopCard
sync-laptop-title = Esta computadora
sync-label-label = Nombre que ven los co-docentes
sync-label-placeholder = p. ej., Sra. Ortiz
sync-label-hint = Aparece en sus computadoras junto a los cambios que les pasas.
sync-label-saved-unnamed = Guardado. Los co-docentes verán esta computadora sin nombre.
sync-label-saved = Guardado. Los co-docentes verán “{ $label }”.
# Seguido del identificador técnico de la computadora.
sync-device-id = Id. del dispositivo

## FolderCard
sync-folder-title = Carpeta compartida
sync-folder-intro = Waypoint guarda un archivo por computadora en esta carpeta. Sirve una memoria USB o una carpeta de Drive, OneDrive o Syncthing.
sync-folder-label = Ruta de la carpeta
sync-folder-placeholder = p. ej., /media/usb/waypoint o E:\waypoint
sync-folder-required = Escribe o pega la ruta de la carpeta, o usa Elegir… para seleccionarla.
sync-folder-saved = Carpeta compartida guardada: { $path }
sync-folder-cleared = Se quitó la carpeta compartida. Los archivos que ya contiene se quedan como están.
sync-folder-choose = Elegir…
sync-folder-clear = Quitar
# { $path } es la ruta de la carpeta, en letra monoespaciada.
sync-folder-now = Ahora: { $path }
sync-folder-none = Todavía no has elegido una carpeta.

## PassphraseCard
sync-passphrase-title = Frase de contraseña de la clase
sync-passphrase-is-set = Hay una frase de contraseña
sync-passphrase-intro = Los co-docentes usan la misma frase de contraseña. Los archivos de la carpeta compartida se cifran con ella, así que solo las computadoras que la conocen pueden leerlos.
sync-passphrase-session-only = Esta computadora no tiene un almacén de contraseñas, así que Waypoint guarda la frase de contraseña solo hasta que cierras la aplicación: escríbela aquí cada vez que abras Waypoint.
sync-passphrase-keyring = Se guarda en el almacén de contraseñas de esta computadora, no en los archivos de Waypoint.
sync-passphrase-label = Frase de contraseña
sync-passphrase-new = Nueva frase de contraseña
sync-passphrase-rule = Al menos { $min } caracteres. Una oración corta es fácil de compartir y difícil de adivinar.
sync-passphrase-confirm = Escríbela de nuevo
sync-passphrase-reveal = Mostrar lo que escribo
sync-passphrase-save = Guardar frase de contraseña
sync-passphrase-change = Cambiar frase de contraseña
sync-passphrase-change-hint = Si la cambias, tus co-docentes deben cambiar la suya por la misma.
sync-passphrase-saved = Frase de contraseña guardada.
sync-passphrase-changed = Frase de contraseña cambiada. Da la nueva a tus co-docentes para que sus computadoras puedan leer tu archivo.

## Sync reports and times (lib/sync.ts)
sync-counts-nothing = Nada nuevo
sync-counts = { $new ->
        [one] { $new } cambio nuevo
       *[other] { $new } cambios nuevos
    }, { $already } ya estaban aquí, { $conflicts ->
        [one] { $conflicts } conflicto
       *[other] { $conflicts } conflictos
    }
# { $counts } es una oración como "Nada nuevo" o "3 cambios nuevos, 12 ya estaban aquí, 0 conflictos".
sync-summary-not-imported = { $counts }; { $failed ->
        [one] { $failed } archivo no se importó
       *[other] { $failed } archivos no se importaron
    }
# { $label } es el nombre de la computadora de un co-docente; { $classes }, una lista de clases separadas por comas.
sync-refused-from = El archivo de { $label } contiene clases que no elegiste recibir: { $classes }
sync-refused-file = El archivo { $file } contiene clases que no elegiste recibir: { $classes }
sync-file-not-imported = Este archivo no se importó.
sync-progress-export = Escribiendo el archivo de esta computadora…
sync-progress-import = Leyendo { $file } ({ $done }/{ $total ->
        [one] { $total } cambio
       *[other] { $total } cambios
    })
sync-progress-syncing = Sincronizando…
sync-passphrase-empty = Escribe una frase de contraseña.
sync-passphrase-spaces = La frase de contraseña no puede tener solo espacios.
sync-passphrase-short = Usa al menos { $min } caracteres (esta tiene { $count }).
sync-passphrase-confirm-empty = Escribe la frase de contraseña de nuevo para confirmarla.
sync-passphrase-mismatch = Las dos frases de contraseña no coinciden.
# { $id } son los primeros 8 caracteres del identificador técnico de la computadora.
sync-unnamed-laptop = Computadora sin nombre ({ $id })
# Después de "Último intercambio hace 5 minutos ·": cuántos de los cambios de esta computadora tiene la del co-docente.
sync-peer-has = tiene { $have } de tus { $own ->
        [one] { $own } cambio
       *[other] { $own } cambios
    }
sync-gap = Faltan algunos cambios intermedios de { $id }; llegarán en un intercambio posterior.
sync-gap-named = Faltan algunos cambios intermedios de { $label } ({ $id }); llegarán en un intercambio posterior.
sync-time-just-now = justo ahora
sync-time-minutes-ago = { $count ->
        [one] hace { $count } minuto
       *[other] hace { $count } minutos
    }
sync-time-hours-ago = { $count ->
        [one] hace { $count } hora
       *[other] hace { $count } horas
    }
sync-time-yesterday = ayer
sync-time-days-ago = { $count ->
        [one] hace { $count } día
       *[other] hace { $count } días
    }
sync-reason-loading = Cargando la configuración de sincronización…
sync-reason-both = Primero elige una carpeta compartida y define la frase de contraseña de la clase.
sync-reason-folder = Primero elige una carpeta compartida.
sync-reason-passphrase = Primero define la frase de contraseña de la clase.
# “Recibir esta clase” es la etiqueta de una casilla en la vista previa del paquete.
sync-import-blocked-one = Marca “Recibir esta clase” para { $name } para importar este archivo: contiene cambios de esa clase.
sync-import-blocked-many = Marca “Recibir esta clase” para cada una de las { $count } clases que aún no tienes para importar este archivo.

## SyncNowCard
sync-now-title = Sincronizar
sync-now-intro = Escribe los cambios de esta computadora en su archivo de la carpeta compartida y recibe los cambios de los archivos de tus co-docentes.
sync-now-button = Sincronizar ahora
sync-now-starting = Comenzando…
sync-now-progress = Progreso de la sincronización
# { $when } es un tiempo relativo, como "hace 5 minutos" o "ayer".
sync-now-last = Última sincronización: { $when }
sync-now-no-files = Todavía no hay archivos de co-docentes en la carpeta. El suyo aparece después de que sincronicen.
sync-now-receive = Recibir estas clases y sincronizar de nuevo
# { $file } es la ruta del archivo de esta computadora en la carpeta compartida.
sync-now-wrote = Archivo de esta computadora: { $file }

## PeerList
sync-peers-title = Co-docentes
sync-peers-empty = Todavía no han llegado cambios de ningún co-docente. Cuando ambos sincronicen con la misma carpeta y frase de contraseña, o importes su paquete, su computadora aparecerá aquí.
# { $when } es un tiempo relativo, como "hace 5 minutos" o "ayer".
sync-peers-last = Último intercambio: { $when }

## BundleHandoff
sync-bundle-title = Pasar cambios por archivo
sync-bundle-intro = ¿No hay carpeta compartida? Guarda un paquete con todo lo de esta computadora y entrégalo en una memoria USB, o lee el paquete que te dio un co-docente.
sync-bundle-export = Exportar paquete…
sync-bundle-import = Importar un paquete…
sync-bundle-readable = Legible (sin cifrar): solo para revisarlo
sync-bundle-readable-warning = Un paquete legible no está protegido: cualquiera que tenga el archivo puede leer los datos de tus estudiantes. Úsalo solo para ver su contenido y bórralo después.
sync-bundle-export-reason = Primero define la frase de contraseña de la clase: los paquetes se cifran con ella. (Un paquete legible no la necesita).
sync-bundle-saved-readable = Se guardó un paquete legible en { $path }. No está cifrado: cualquiera que lo abra puede leerlo.
sync-bundle-saved = Se guardó el paquete en { $path }.
# { $counts } es una oración como "3 cambios nuevos, 12 ya estaban aquí, 0 conflictos".
sync-bundle-imported = Importado: { $counts }.

## BundlePreviewDialog
sync-preview-title = Importar un paquete
sync-preview-from = De
sync-preview-created = Creado
sync-preview-changes = Cambios
sync-preview-change-count = { $count ->
        [one] { $count } cambio
       *[other] { $count } cambios
    }
sync-preview-encrypted = Cifrado
sync-preview-yes = Sí
# { $warning } es sync-preview-not-encrypted-warning, en rojo.
sync-preview-not-encrypted = No { $warning }
sync-preview-not-encrypted-warning = — cualquiera que tenga el archivo podría leerlo
sync-preview-classes = Clases en este archivo
sync-preview-no-class = Este archivo no contiene ninguna clase.
sync-preview-known = Ya está en esta computadora
sync-preview-receive = Recibir esta clase
sync-preview-receive-hint = Una clase que aún no tienes llega a esta computadora solo si eliges recibirla. Después, sus cambios llegan con cada sincronización.
sync-preview-import = Importar
sync-preview-importing = Importando…

## ConflictList and ConflictItem
sync-conflicts-title = Conflictos
sync-conflicts-empty = No hay conflictos. Cuando ambos cambian lo mismo entre intercambios, aparece aquí para que elijas.
sync-conflicts-intro = Ambos cambiaron esto entre intercambios. Waypoint muestra un valor por ahora y conserva todos; quédate con el correcto o escribe uno nuevo.
sync-conflict-resolved = Conflicto resuelto
# Se muestra en lugar de un valor en blanco.
# Distintivo del valor que la aplicación muestra hasta resolver el conflicto.
sync-conflict-shown-now = Se muestra ahora
sync-conflict-keep = Quedarme con este
# { $field } es el nombre del campo, como "Fortalezas".
sync-conflict-new-value = Nuevo valor para { $field }
sync-conflict-edit = Editar…

## ImportHistory
sync-history-title = Historial de importaciones
sync-history-empty = Todavía no se ha importado nada.
sync-history-caption = Importaciones, la más reciente primero
sync-history-when = Cuándo
sync-history-from = De
# Encabezados: cuántos cambios eran nuevos, ya estaban en esta computadora o tenían conflicto.
sync-history-new = Nuevos
sync-history-already = Ya estaban aquí
sync-history-conflicts = Conflictos
sync-undo-button = Deshacer la última importación
sync-undo-hint = Deshacer deja esta computadora como estaba antes de la última importación.
sync-undo-hint-unavailable = Puedes deshacer justo después de una importación, hasta que cambies algo en esta computadora.
sync-undo-title = ¿Deshacer la última importación?
sync-undo-message = Esto deja esta computadora como estaba antes de la última importación: se quitan los cambios que trajo. Si cambiaste algo desde entonces, Waypoint no lo hará y no se deshará nada.
# { $from } es el nombre de la computadora de un co-docente; { $when }, una fecha y hora.
sync-undo-message-from = Esto deja esta computadora como estaba antes de la última importación (de { $from }, { $when }): se quitan los cambios que trajo. Si cambiaste algo desde entonces, Waypoint no lo hará y no se deshará nada.
sync-undo-done = Se deshizo la última importación. Esta computadora está como antes.
# El botón para cancelar una pregunta que quitaría algo.
sync-keep-it = Conservar

## SharesCard
shares-title = Clases compartidas
shares-intro = Comparte una clase con un co-docente: solo esa clase (y los marcos de competencias y preguntas compartidos) llega a su computadora, cifrada con la frase de contraseña propia de esa clase. Nada de tus otras clases sale de esta computadora.
shares-loading = Cargando las clases compartidas…
shares-empty = Todavía no hay clases compartidas. Comparte una de tus clases con un co-docente o únete a una que te haya compartido.
# Para una clase compartida que aún no se ha sincronizado (su nombre no se conoce) y como su estado.
shares-not-synced = Aún sin sincronizar
shares-passphrase-needed = se necesita la frase de contraseña en esta sesión
shares-sync-label = Sincronizar ahora: { $name }
shares-forget = Olvidar esta clase
shares-forget-label = Olvidar esta clase: { $name }
shares-sync-all = Sincronizar todas
shares-share-open = Compartir esta clase…
shares-join-open = Unirme a una clase compartida…
# El nombre de una clase antes del resultado de su sincronización.
shares-outcome-title = { $name }:
# { $file } es de quién es el archivo; { $text }, por qué no se importó.
shares-file-line = { $file }: { $text }
shares-did-not-sync = Esta clase no se sincronizó.
shares-forget-title = ¿Olvidar { $name }?
shares-forget-message = Esto quita { $name } solo de esta computadora: sus estudiantes, registros y archivos del portafolio se van de aquí. Tus co-docentes conservan la clase y no se les envía nada.
shares-forgotten = { $name } ya no está en esta computadora. Tus co-docentes la conservan.
shares-shared = { $name } se comparte a través de { $folder }. Tu co-docente ya puede unirse.
shares-shared-unnamed = La clase se comparte a través de { $folder }. Tu co-docente ya puede unirse.
# { $names } es una lista de nombres de clases separados por comas.
shares-joined = Te uniste a { $names }.
shares-joined-unnamed = Te uniste a la clase compartida.

## JoinShareDialog
shares-join-title = Unirme a una clase compartida
shares-join = Unirme
shares-joining = Uniéndote…
shares-join-intro = Elige la carpeta donde tu co-docente compartió la clase y escribe la frase de contraseña que te dio.
shares-join-passphrase-required = Escribe la frase de contraseña que te dio tu co-docente.

## ShareClassDialog and ShareFolderField
shares-share-title = Compartir esta clase
shares-sharing = Compartiendo…
shares-no-classes = Todas las clases de esta computadora ya están compartidas, o todavía no hay ninguna.
shares-class = Clase
shares-class-required = Elige la clase que quieres compartir.
shares-passphrase-not-ready = La frase de contraseña aún no está lista; vuelve a intentarlo en un momento.
shares-generated-note = Léesela ahora a tu co-docente: la escribirá al unirse. Se muestra solo esta vez y se guarda en el almacén de contraseñas de esta computadora.
shares-generating = Creando una frase de contraseña…
shares-own-passphrase = Tu frase de contraseña
shares-own-rule = Al menos { $min } caracteres. Dale la misma a tu co-docente.
shares-own-toggle = Escribir mi propia frase de contraseña
shares-folder-hint = Una memoria USB o una carpeta de Drive, OneDrive o Syncthing a la que lleguen ambas computadoras.

## SharePassphraseDialog
shares-pass-title = Frase de contraseña de { $name }
shares-pass-title-unnamed = Frase de contraseña de esta clase
shares-pass-checking = Comprobando…
shares-pass-submit = Guardar y sincronizar
shares-pass-why = Esta computadora no tiene un almacén de contraseñas, así que Waypoint guarda la frase de contraseña solo hasta que cierras la aplicación. Escríbela una vez para sincronizar esta clase.
shares-pass-required = Escribe la frase de contraseña de la clase.
