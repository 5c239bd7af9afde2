# Acerca de Waypoint (el botón del pie de página y su diálogo) y un paquete que se pidió abrir.

about-button = Acerca de Waypoint { $version }
about-title = Acerca de Waypoint
about-version = Versión
about-database = Base de datos
about-snapshots = Copias diarias (respaldos)
about-license = Waypoint es software libre bajo la Licencia Pública General Affero de GNU, versión 3 o posterior. Está hecho con las fuentes y los paquetes siguientes, bajo sus propias licencias.
about-fonts = Fuentes tipográficas
about-crates = { $count ->
    [one] { $count } paquete de Rust
   *[other] { $count } paquetes de Rust
}
about-npm = { $count ->
    [one] { $count } paquete de la interfaz
   *[other] { $count } paquetes de la interfaz
}
about-show-list = Mostrar la lista
about-package = Nombre
about-package-version = Versión
about-package-license = Licencia
about-package-text = Texto de la licencia
about-text-show = Mostrar
about-text-hide = Ocultar
about-text-show-of = Mostrar el texto de la licencia de { $name }
about-text-hide-of = Ocultar el texto de la licencia de { $name }
about-texts-loading = Cargando los textos de las licencias…
about-texts-failed = No se pudieron cargar los textos de las licencias.
about-text-none = Este paquete no incluye ningún archivo de licencia; mira su identificador de licencia: { $license }.
about-text-standard = Este paquete no incluye ningún archivo de licencia; abajo está el texto estándar de su licencia ({ $license }).
opened-imported = Importado: { $summary }.
