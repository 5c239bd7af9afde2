# Frases de sincronización, traspaso, copias de seguridad y clases compartidas: paquetes rechazados, contraseñas, carpetas compartidas y sus archivos.

## Paquetes: un archivo rechazado y por qué

# $reason: qué está mal, como cláusula (un mensaje sync-why-…).
sync-not-a-bundle = Este archivo no es un paquete de sincronización de Waypoint ({ $reason }). No se importó nada.
# $found: la versión de formato del paquete; $schema: su versión de esquema; $known: la versión de formato que lee este Waypoint; $known_schema: el esquema más nuevo que conoce.
sync-too-new = Este paquete se hizo con una versión más nueva de Waypoint (formato { $found }, esquema { $schema }); esta versión lee el formato { $known } y esquemas hasta el { $known_schema }. Actualiza Waypoint y vuelve a importarlo. No se importó nada.
# $reason: qué no coincide, como cláusula (un mensaje sync-why-…).
sync-damaged = Este paquete está dañado o fue alterado: { $reason }. No se importó nada; pide una copia nueva.
# $path: el archivo; $size_mb: su tamaño en MB; $limit_mb: el tamaño máximo de un paquete.
sync-too-big = { $path } ocupa { $size_mb } MB, más de los { $limit_mb } MB que puede ocupar un paquete de sincronización. No se importó nada.
# $path: el archivo o la carpeta; $reason: las palabras del sistema sobre lo que falló.
sync-io = No se pudo usar { $path }: { $reason }
# $path: el archivo.
sync-changed-while-reading = { $path } cambió mientras Waypoint lo leía: un servicio de sincronización u otro programa todavía lo estaba escribiendo. Vuelve a intentarlo en un momento. No se importó nada.
# $path: el archivo que no se pudo escribir.
sync-disk-full = No queda espacio para escribir { $path }: el disco, la memoria USB o el almacenamiento de la carpeta en la nube está lleno. Libera espacio y vuelve a intentarlo. Tus cambios están a salvo en esta computadora, y el archivo que ya estaba ahí quedó como estaba.
# $path: el archivo que no se pudo escribir; $reason: las palabras del sistema sobre lo que falló.
sync-not-writable = Waypoint no puede escribir { $path } ({ $reason }). Puede que la carpeta sea de solo lectura (una carpeta de la escuela que te deja leer pero no escribir, o el interruptor de bloqueo de una memoria USB), o que otra cosa tenga el nombre de ese archivo. Corrígelo y vuelve a intentarlo. Tus cambios están a salvo en esta computadora, y el archivo que ya estaba ahí quedó como estaba.
# $path: el archivo escrito.
sync-verify-failed = El paquete escrito en { $path } no se pudo volver a leer correctamente; puede que el disco esté lleno o fallando. Prueba con otra carpeta u otra memoria USB.
# $device: el id. del dispositivo de la otra computadora.
sync-unknown-peer = Todavía no se ha importado aquí ningún paquete del dispositivo { $device }, así que Waypoint no puede saber qué le falta. Dale un paquete completo.
sync-wrong-passphrase = Este paquete no se pudo abrir con la frase de contraseña de la clase. Comprueba que tú y tu co-docente usan la misma frase de contraseña. No se importó nada.
sync-needs-passphrase = Este paquete está cifrado. Escribe la frase de contraseña de la clase que usa tu co-docente y vuelve a importarlo. No se importó nada.
# $required: el factor de trabajo del cifrado del paquete; $max: el máximo aceptado.
sync-too-much-work = Este paquete se cifró con un ajuste mucho más fuerte que el que usa Waypoint (factor de trabajo { $required }; se acepta como máximo { $max }), así que no se abrió. Pide una copia nueva hecha con Waypoint. No se importó nada.
# $reason: las palabras de la biblioteca de cifrado.
sync-encrypt-failed = No se pudo cifrar el paquete: { $reason }
# $min: el mínimo de caracteres de una frase de contraseña.
sync-weak-passphrase = La frase de contraseña de la clase debe tener al menos { $min } caracteres.
# $count: cuántas clases; $classes: las clases, separadas por comas.
sync-class-not-chosen = { $count ->
    [one] Este paquete contiene una clase que no elegiste recibir: { $classes }. Elige recibirla primero. No se importó nada.
   *[other] Este paquete contiene clases que no elegiste recibir: { $classes }. Elige recibirlas primero. No se importó nada.
}
sync-manifest-classes = La lista de clases de este paquete no coincide con los cambios que contiene, así que pudo haber sido alterado. No se importó nada.
# $class: la clase (un mensaje sync-class-named o sync-class-unnamed).
sync-plain-for-share = Este paquete no está cifrado, pero { $class } se comparte aquí con una frase de contraseña, así que para ella solo se acepta un paquete cifrado. Pide a tu co-docente que vuelva a sincronizar con la frase de contraseña de la clase. No se importó nada.
sync-plain-with-passphrase = Este paquete no está cifrado y esta computadora sincroniza con una frase de contraseña, así que solo se aceptan paquetes cifrados. Pide a tu co-docente que exporte con la frase de contraseña. No se importó nada.

## Clases nombradas en una frase

# $name: el nombre de la clase.
sync-class-named = «{ $name }»
# $id: el comienzo del id. de la clase (no tiene nombre en el paquete).
sync-class-unnamed = la clase { $id }
# Una lista de clases: $first es una clase, $rest las demás (a su vez una lista).
sync-class-list = { $first }, { $rest }

## Clases compartidas y la carpeta compartida

# $class: la clase (un mensaje sync-class-named o sync-class-unnamed).
sync-already-shared = { $class } ya se comparte desde esta computadora; usa Sincronizar ahora o deja de compartirla primero.
# $class: la clase.
sync-not-shared = Esta computadora no comparte { $class }.
# $class: la clase.
sync-share-needs-passphrase = La frase de contraseña de { $class } no está guardada en esta computadora. Escríbela una vez para sincronizar esta clase; se guarda hasta que cierres la aplicación.
# $class: la clase.
sync-not-share-passphrase = Esa no es la frase de contraseña de { $class }: sus archivos de la carpeta compartida no se abren con ella. Compruébala con tu co-docente.
sync-join-wrong-passphrase = Ninguna clase compartida de esa carpeta se abre con esta frase de contraseña. Compruébala con tu co-docente.
sync-join-no-share = Esa carpeta todavía no tiene ninguna clase compartida. Pide a tu co-docente que primero comparta la clase en ella.
# $path: la carpeta.
sync-no-folder = La carpeta compartida { $path } no está. Si es una memoria USB, conéctala; si no, vuelve a elegir la carpeta.
# $path: la carpeta escrita.
sync-no-folder-at = No hay ninguna carpeta en { $path }. Revisa la ruta o conecta la memoria USB.
sync-choose-folder-first = Primero elige una carpeta compartida: una memoria USB o una carpeta que comparta tu co-docente.
sync-set-passphrase-first = Primero escribe la frase de contraseña de la clase; tu co-docente usa la misma.
sync-set-passphrase-or-readable = Primero escribe la frase de contraseña de la clase, o exporta un paquete legible.
# $reason: las palabras del almacén de contraseñas.
sync-secret-store = No se pudo usar el almacén de contraseñas del sistema ({ $reason }). Desbloquéalo o vuelve a intentarlo; no se cambió nada.
sync-folder-file-incomplete = Este archivo todavía no ha llegado entero a la carpeta compartida: el servicio de sincronización aún lo está copiando, o su copia quedó cortada. Se omitió y se leerá en una sincronización posterior; si sigue así, pide a la persona de cuya computadora viene que vuelva a sincronizar. No se importó nada de él.
sync-folder-own-copy = Esta es una copia del propio archivo de esta computadora, hecha por el servicio de sincronización cuando se encontraron dos versiones del archivo. Waypoint no la lee, porque todo lo que contiene salió de esta computadora; puedes borrarla.
sync-passphrase-not-in-session = Primero escribe la frase de contraseña de la clase en la página Sincronización: esta computadora no tiene almacén de contraseñas, así que Waypoint la guarda solo hasta que cierres la aplicación.

## Copias de seguridad

# $reason: qué está mal, como cláusula (un mensaje sync-why-…).
sync-not-a-backup = Este archivo no es una copia de seguridad de Waypoint ({ $reason }). No se reemplazó nada.
# $reason: qué no coincide, como cláusula (un mensaje sync-why-…).
sync-backup-damaged = Esta copia de seguridad está dañada o fue alterada: { $reason }. No se reemplazó nada; prueba con otra copia.
sync-wrong-backup-passphrase = Esta copia de seguridad no se pudo abrir con esa frase de contraseña. Usa la frase de contraseña que elegiste al hacer la copia (no la de la clase). No se reemplazó nada.
# $found: la versión de formato de la copia; $schema: su versión de esquema; $known: la versión de formato que lee este Waypoint; $known_schema: el esquema más nuevo que conoce.
sync-backup-too-new = Esta copia de seguridad se hizo con una versión más nueva de Waypoint (formato de copia { $found }, esquema { $schema }); esta versión lee el formato { $known } y esquemas hasta el { $known_schema }. Actualiza Waypoint y luego restáurala. No se reemplazó nada.
# $min: el mínimo de caracteres de una frase de contraseña.
sync-weak-backup-passphrase = La frase de contraseña de la copia de seguridad debe tener al menos { $min } caracteres.
# $path: el archivo del portafolio.
sync-changed-while-backing-up = El archivo del portafolio { $path } cambió mientras se escribía la copia de seguridad, así que la copia no se guardó. Vuelve a hacerla.

## Por qué se rechaza un paquete o una copia: cláusulas que completan las frases de arriba

sync-why-not-text = no es texto
sync-why-empty = el archivo está vacío
sync-why-cut-short-copying = se corta a la mitad, así que probablemente quedó incompleto al copiarlo
# $reason: las palabras del lector de JSON.
sync-why-not-bundle-shape = no tiene la forma de un paquete: { $reason }
# $reason: las palabras del lector de JSON.
sync-why-manifest-unreadable = su manifiesto no se puede leer: { $reason }
sync-why-manifest-wrong-format = su manifiesto no indica el formato waypoint-bundle
sync-why-manifest-checksum = su manifiesto no coincide con su suma de verificación
# $reason: las palabras del lector de JSON.
sync-why-manifest-unexpected = su manifiesto tiene un campo o un valor inesperado ({ $reason })
sync-why-changes-checksum = sus cambios no coinciden con la suma de verificación de su manifiesto
# $reason: las palabras del lector de JSON.
sync-why-change-unreadable = uno de sus cambios no se puede leer ({ $reason })
sync-why-change-count = contiene un número de cambios distinto del que indica su manifiesto
sync-why-change-ranges = sus cambios no son los que lista su manifiesto
sync-why-per-class-changes = contiene cambios por clase, que su versión de formato no tiene
sync-why-files-in-old-format = contiene archivos, que su versión de formato no tiene
sync-why-files-missing = faltan sus archivos, o su suma de verificación o su número
sync-why-files-checksum = sus archivos no coinciden con la suma de verificación de su manifiesto
# $reason: las palabras del lector de JSON.
sync-why-file-unreadable = uno de sus archivos no se puede leer ({ $reason })
sync-why-file-count = contiene un número de archivos distinto del que indica su manifiesto
sync-why-files-order = sus archivos están desordenados o repetidos
sync-why-file-not-base64 = uno de sus archivos no está en base64 válido
sync-why-file-checksum = uno de sus archivos no coincide con su suma de verificación o su tamaño
# $reason: las palabras del escritor de JSON.
sync-why-not-written = no se pudo escribir: { $reason }
sync-why-version-one-no-files = no se pudo escribir: la versión 1 no lleva archivos
sync-why-header-unreadable = su encabezado de cifrado no se puede leer
sync-why-header-cut-short = su encabezado de cifrado está incompleto
sync-why-unknown-encryption = está cifrado en un formato que esta versión no conoce
sync-why-contents-cut-or-altered = su contenido cifrado está incompleto o alterado
sync-why-unpacks-too-big = al descomprimirlo ocupa más de lo que puede ocupar un paquete
sync-why-not-encrypted-backup = no es una copia de seguridad cifrada de Waypoint
sync-why-not-passphrase-encrypted = no está cifrado con una frase de contraseña
sync-why-work-too-strong = está cifrado con un ajuste mucho más fuerte que el que usa Waypoint
sync-why-no-manifest = no tiene manifiesto
sync-why-manifest-not-json = su manifiesto no es JSON
sync-why-manifest-not-backup = su manifiesto no es el de una copia de seguridad de Waypoint
# $reason: las palabras del lector de JSON.
sync-why-manifest-invalid = su manifiesto no es válido: { $reason }
sync-why-cut-short = está incompleto
sync-why-file-header-too-long = el encabezado de un archivo es demasiado largo
sync-why-file-header-unreadable = el encabezado de un archivo no se puede leer
sync-why-file-unexpected-name = uno de sus archivos tiene un nombre inesperado
sync-why-more-bytes = contiene más bytes de los que indica su manifiesto
# $file: el nombre del archivo dentro de la copia.
sync-why-file-hash = el archivo { $file } no coincide con su hash
sync-why-fewer-bytes = contiene menos bytes de los que indica su manifiesto
sync-why-more-than-manifest = contiene más de lo que indica su manifiesto

## Field names the sync checks name
sync-label-the-label = La etiqueta
