# El marco de la ventana: el enlace para saltar al contenido, la navegación, la barra de la clase
# y el diálogo de la clase, la primera pantalla, el encabezado de la página de una clase, y las
# piezas pequeñas que usan todas las páginas; y las frases del cálculo de dominio.

## App

app-skip-to-main = Saltar al contenido principal
app-loading = Cargando…
app-page-loading = Abriendo la página…
app-page-load-failed = No se pudo abrir esta página.
app-choose-class-title = Elige una clase
app-choose-class-hint = Elige una clase de la lista de clases de arriba.
app-discard-what-framework = el cálculo o la escala de este marco de competencias
app-discard-what-student = este estudiante
app-class-created = Se creó { $name }.
app-class-saved = Se guardó { $name }.
app-demo-loaded = Se cargó { $name } con { $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
  }.
app-class-archived = Se archivó { $name }.
app-class-restored = Se restauró { $name }.

## AppNav

nav-label = Principal
nav-students = Estudiantes
nav-evidence = Evidencias
nav-mastery = Dominio
nav-frameworks = Marcos de competencias
nav-sync = Sincronización
nav-today = Hoy
nav-groups = Grupos y rotación
nav-playlists = Listas de actividades
nav-conferences = Metas y conferencias
nav-link-title = { $label } (Alt+{ $key })
nav-shortcut = Alt+{ $key }
nav-more = Más

## ClassBar

class-switcher-label = Clase
class-choose = Elige una clase
class-edit = Editar clase
class-archive = Archivar clase
class-unarchive = Desarchivar clase
class-new = Nueva clase
class-show-archived = Mostrar archivadas

## ClassDialog

class-dialog-edit-title = Editar clase
class-dialog-create-title = Crear una clase
class-saving = Guardando…
class-save = Guardar clase
class-create = Crear clase
class-name = Nombre de la clase
class-subject = Materia
class-grade-level = Grado

## ClassHome

class-student-count = { $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
  }
class-archived-notice = Esta clase está archivada. Desarchívala para que vuelva a aparecer en la lista de clases.

## EmptyState

shell-welcome-title = Te damos la bienvenida a Waypoint
shell-welcome-lead = Waypoint guarda un perfil de aprendizaje de cada estudiante: fortalezas, necesidades, intereses, cómo le gusta aprender, adaptaciones y contactos de la familia. Todo se queda en esta computadora.
shell-welcome-start = Empieza importando la lista de la clase que te da tu escuela, creando tu clase o explorando con una clase de demostración de 24 estudiantes ficticios.
shell-import-class-list = Importar la lista de la clase
shell-demo-load = Cargar clase de demostración
shell-demo-loading = Cargando la clase de demostración…
shell-demo-progress = Creando 24 estudiantes ficticios con perfiles completos…
shell-archived-count = { $count ->
    [one] Tienes 1 clase archivada.
   *[other] Tienes { $count } clases archivadas.
  }
shell-show-archived-classes = Mostrar clases archivadas

## ChipList

shell-chip-add = Añadir
shell-chip-add-label = Añadir { $item }
shell-chip-remove = Quitar { $item }
shell-chip-hint = Escribe y pulsa Enter para añadir.
shell-chip-added = Se añadió «{ $item }».
shell-chip-removed = Se quitó «{ $item }».
shell-chip-remove-hint = Pulsa Suprimir o Enter para quitar «{ $item }».

## TextField

shell-required = (obligatorio)

## LoadGate

shell-try-again = Intentar de nuevo

## Toast

shell-toast-dismiss = Cerrar el aviso

## Confirm dialogs (lib/ui)

shell-confirm-ok = Aceptar
shell-discard-title = ¿Descartar los cambios sin guardar?
shell-discard-message = Tienes cambios sin guardar en { $what }. Si continúas, se perderán.
shell-discard-confirm = Descartar cambios
shell-discard-cancel = Seguir editando

## Keyboard shortcuts (lib/shortcuts)

shell-save-shortcut = Ctrl+S guarda
shell-save-shortcut-mac = ⌘S guarda

## The working behind a level (lib/working)

app-working-no-evidence = Todavía no hay evidencias, así que no hay nivel.
app-working-not-a-number = La puntuación { $position } no es un número, así que no hay nivel.
app-working-highest = La más alta de { $scores } = { $result }
app-working-latest = La puntuación más reciente es { $score }.
app-working-single = Una sola puntuación: { $result }
app-working-mean = ({ $sum }) ÷ { $count } = { $result }
app-working-single-score = Una sola puntuación cuenta completa: { $score }
app-working-mean-before-newest = Promedio de { $count ->
    [one] la puntuación anterior
   *[other] las { $count } puntuaciones anteriores
  } a la más reciente: { $mean }
app-working-weighted = { $newest } × { $newestWeight } + { $mean } × { $meanWeight } = { $result }
app-working-decay-start = Tras la puntuación 1: { $score }
app-working-decay = Tras la puntuación { $position }: { $previous } × { $keep } + { $score } × { $rate } = { $result }
app-working-at-threshold = Puntuaciones en { $level } o más: { $count ->
    [0] ninguna
   *[other] { $scores }
  } ({ $count } de las { $needed } necesarias)
app-working-too-few = Todavía no son suficientes, así que no hay nivel.
app-working-too-few-power-law = La ley de potencia necesita al menos { $needed } puntuaciones; { $has ->
    [one] hay 1
   *[other] hay { $has }
  }.
app-working-power-law-fit = Se ajusta la curva nivel = a × n^b a las { $count } puntuaciones (un 0 cuenta como { $floor }) y se lee en la puntuación { $at }: { $result }
app-working-clamped = Dentro de la escala ({ $min } a { $max }): { $result }
