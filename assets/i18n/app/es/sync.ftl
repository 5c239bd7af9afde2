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
