# Skyfolio, español (España).
# Aquí está cada texto que una persona ve en Skyfolio. Los ids van en kebab-case `area-thing[-state]`;
# los mensajes de error son `error-<code>`, uno por cada código que la aplicación puede comunicar.

## La ventana

app-title = Skyfolio
page-loading = Cargando…
nav-label = Secciones
nav-photos = Fotos
nav-albums = Álbumes
nav-trash = Papelera
nav-storage = Almacenamiento
nav-devices = Dispositivos
nav-account = Cuenta

## Primer inicio

welcome-title = Te damos la bienvenida a Skyfolio
welcome-lead = Tus fotos y vídeos, en todos los ordenadores que usas y en una nube que es tuya.
welcome-local-title = Usar una nube local en este ordenador
welcome-local-body = Empieza ya: Skyfolio guarda una segunda copia de tus fotos, a salvo, en su propia carpeta de este ordenador. Más adelante puedes pasarte a un servidor.
welcome-local-button = Empezar con una nube local
welcome-local-starting = Iniciando…
welcome-server-title = Iniciar sesión en un servidor de Skyfolio
welcome-server-body = Usa el servidor de tu familia o de tu empresa, o el tuyo propio.
welcome-server = Dirección del servidor
welcome-email = Correo electrónico
welcome-password = Contraseña
welcome-register = Crear una cuenta en este servidor
welcome-invite = Código de invitación (si el administrador del servidor te ha dado uno)
welcome-sign-in-button = Iniciar sesión
welcome-register-button = Crear cuenta

## La barra de herramientas

add-photos = Añadir fotos
add-photos-dialog = Elige las fotos y los vídeos que quieres subir
add-folder = Añadir carpeta
add-folder-dialog = Elige la carpeta que quieres subir
filter-label = Mostrar
filter-all = Todo
filter-photos = Fotos
filter-videos = Vídeos
selection-count = { $count ->
    [one] { $count } seleccionado
   *[other] { $count } seleccionados
}
selection-download = Descargar
selection-trash = Mover a la papelera
selection-clear = Quitar la selección

## La cronología

gallery-label = Fotos y vídeos, primero los más recientes
gallery-loading = Cargando tus fotos…
gallery-empty-title = Aquí aparecerán tus fotos
gallery-empty = Arrastra fotos y vídeos a esta ventana o elige Añadir fotos.
gallery-count = { $count ->
    [one] { $count } elemento
    [many] { $count } de elementos
   *[other] { $count } elementos
}
gallery-count-more = { $count ->
    [one] { $count } elemento por ahora…
    [many] { $count } de elementos por ahora…
   *[other] { $count } elementos por ahora…
}
# $day es una fecha escrita completa.
gallery-select-day = Seleccionar todos los elementos del { $day }
gallery-day-count = { $count ->
    [one] { $count } elemento
    [many] { $count } de elementos
   *[other] { $count } elementos
}
gallery-photo = Foto
gallery-video = Vídeo
place-this-computer = Solo en este ordenador
place-cloud = Solo en la nube
place-both = En este ordenador y en la nube
tile-uploading = Subiendo
tile-failed = No se ha podido subir

## El visor

viewer-label = Visor de fotos
viewer-previous = Anterior
viewer-next = Siguiente
viewer-zoom-in = Acercar
viewer-zoom-out = Alejar
viewer-info = Detalles
viewer-download = Descargar
viewer-trash = Mover a la papelera
viewer-close = Cerrar
viewer-counter = { $position } de { $count }
viewer-photo-alt = Foto tomada el { $date }
viewer-no-preview = Este elemento no tiene vista previa.
info-date = Fecha de captura
info-size = Tamaño
info-dimensions = Dimensiones
info-dimensions-value = { $width } × { $height }
info-duration = Duración
info-camera = Cámara
info-place = Lugar
info-where = Dónde está
info-file = Archivo
info-cloud-path = En la nube

## Subidas y descargas

drop-here = Suelta para subir
upload-album-title = { $count ->
    [one] ¿A qué álbum quieres subir 1 elemento?
    [many] ¿A qué álbum quieres subir { $count } de elementos?
   *[other] ¿A qué álbum quieres subir { $count } elementos?
}
upload-album-label = Álbum
upload-album-default = Subidas
upload-finished = { $count ->
    [0] No se ha subido ningún elemento.
    [one] 1 elemento subido.
    [many] { $count } de elementos subidos.
   *[other] { $count } elementos subidos.
}
download-dialog = Elige dónde guardar los originales
download-finished = { $count ->
    [0] No se ha descargado ningún elemento.
    [one] 1 elemento descargado.
    [many] { $count } de elementos descargados.
   *[other] { $count } elementos descargados.
}
download-only-here = { $count ->
    [one] 1 elemento solo está en este ordenador, así que no se descarga.
    [many] { $count } de elementos solo están en este ordenador, así que no se descargan.
   *[other] { $count } elementos solo están en este ordenador, así que no se descargan.
}
transfers-label = Subidas y descargas
transfer-upload-running = Subiendo { $done } de { $total }
transfer-upload-paused = Subida en pausa, { $done } de { $total }
transfer-upload-done = Subidos { $done } de { $total }
transfer-upload-cancelled = Subida cancelada
transfer-upload-failed = La subida ha terminado con problemas
transfer-download-running = Descargando { $done } de { $total }
transfer-download-paused = Descarga en pausa, { $done } de { $total }
transfer-download-done = Descargados { $done } de { $total }
transfer-download-cancelled = Descarga cancelada
transfer-download-failed = La descarga ha terminado con problemas
transfer-bytes = { $done } de { $total }
transfer-file = { $name }: { $percent }
transfer-pause = Pausar
transfer-resume = Reanudar
transfer-cancel = Cancelar
transfer-dismiss = Descartar
transfer-failures = { $count ->
    [one] 1 archivo ha fallado
    [many] { $count } de archivos han fallado
   *[other] { $count } archivos han fallado
}

## Sincronización

sync-syncing = Sincronizando…
# $done empieza en 1: es el archivo que se está enviando ahora.
sync-uploading = Subiendo { $done } de { $total }
sync-downloading = Descargando { $done } de { $total }
sync-up-to-date = Todo al día
sync-up-to-date-at = Todo al día · { $time }
sync-pending = { $uploads } por subir, { $downloads } por descargar
sync-failed = { $count ->
    [one] No se ha podido sincronizar 1 archivo
    [many] No se han podido sincronizar { $count } de archivos
   *[other] No se han podido sincronizar { $count } archivos
}
sync-signed-out = No has iniciado sesión
sync-held = { $count ->
    [one] Una carpeta espera tu respuesta
    [many] { $count } de carpetas esperan tu respuesta
   *[other] { $count } carpetas esperan tu respuesta
}
sync-folder-problems = { $count ->
    [one] Una carpeta no se puede sincronizar
    [many] { $count } de carpetas no se pueden sincronizar
   *[other] { $count } carpetas no se pueden sincronizar
}

## Álbumes

albums-title = Álbumes
albums-top = Sin álbum
albums-empty = Los álbumes aparecen aquí cuando subes fotos a ellos.
albums-count = { $count ->
    [one] 1 elemento
    [many] { $countText } de elementos
   *[other] { $countText } elementos
}
albums-download = Descargar
albums-download-all = Descargarlo todo
albums-download-named = Descargar el álbum { $name }

## La papelera

trash-title = Papelera
trash-lead = Las fotos y los vídeos eliminados se quedan aquí, y ocupan espacio de tu almacenamiento, hasta que se eliminan definitivamente.
trash-nothing = La papelera está vacía.
trash-days-left = { $days ->
    [0] Se eliminará definitivamente hoy
    [one] Se eliminará definitivamente dentro de 1 día
   *[other] Se eliminará definitivamente dentro de { $days } días
}
trash-restore = Restaurar
trash-restored = Se ha restaurado { $name }.
trash-delete-forever = Eliminar definitivamente
trash-delete-forever-title = ¿Eliminar definitivamente?
trash-delete-forever-body = { $name } desaparecerá de todos los dispositivos y no se podrá recuperar.
trash-empty-button = Vaciar papelera
trash-empty-title = ¿Vaciar la papelera?
trash-empty-body = Todo lo que contiene desaparecerá de todos los dispositivos y no se podrá recuperar.
trash-move = Mover a la papelera
trash-move-title = { $count ->
    [one] ¿Mover 1 elemento a la papelera?
    [many] ¿Mover { $count } de elementos a la papelera?
   *[other] ¿Mover { $count } elementos a la papelera?
}
trash-move-body = Desaparecerá de todos los dispositivos. Podrás restaurar lo que muevas mientras siga en la papelera.
trash-moved = { $count ->
    [one] 1 elemento movido a la papelera.
    [many] { $count } de elementos movidos a la papelera.
   *[other] { $count } elementos movidos a la papelera.
}
trash-only-here = Estos elementos solo están en este ordenador: elimínalos desde su carpeta.

## Almacenamiento

storage-title = Almacenamiento
storage-used = { $used } de { $quota } usados
storage-used-disk = { $used } usados · { $free } libres en este ordenador
storage-photos = Fotos
storage-videos = Vídeos
storage-other = Otros archivos
storage-trash = Papelera
storage-free-title = Liberar espacio
storage-empty-trash = Vaciar la papelera
storage-largest-videos = Vídeos más grandes
storage-no-videos = Aún no hay vídeos.
storage-duplicates = La misma foto con varios nombres
storage-no-duplicates = No hay ninguna foto repetida.
storage-move-to-trash = Mover a la papelera
storage-uploads-title = Subidas en curso
storage-uploads-lead = Los archivos que van camino de la nube ocupan { $size } de tu almacenamiento hasta que llegan. Un dispositivo que aún los envía sigue por sí solo; cancela los que ya no van a llegar.
storage-upload-detail = Desde { $device } · { $done } de { $size }
storage-upload-unknown-device = otro dispositivo
storage-upload-cancel = Cancelar subida

## Dispositivos

devices-title = Dispositivos
devices-lead = Todos los ordenadores y teléfonos con sesión iniciada en tu cuenta. Si desvinculas uno, deja de sincronizarse al momento.
devices-this = Este ordenador
devices-never = nunca
devices-meta = { $platform } · última conexión: { $seen } · última sincronización: { $synced }
devices-platform = { $platform ->
    [linux] Linux
    [windows] Windows
    [macos] macOS
    [android] Android
    [ios] iOS
   *[other] { $platform }
}
devices-unlink = Desvincular
devices-unlink-title = ¿Desvincular { $name }?
devices-unlink-body = Dejará de sincronizarse al momento y tendrá que iniciar sesión de nuevo para volver. Las fotos que tenga se quedan en el dispositivo.

## Cuenta

account-title = Cuenta
account-where = Nube
account-local-cloud = Una nube local en este ordenador
account-email = Cuenta
account-local-owner = Tú, en este ordenador
account-device = Este ordenador
account-folders = Carpetas sincronizadas
account-no-folders = Aún no hay ninguna carpeta. Añade una para mantenerla sincronizada con la nube en ambos sentidos.
account-add-folder = Añadir una carpeta
account-add-folder-dialog = Elige una carpeta para mantenerla sincronizada
account-sign-out = Cerrar sesión
account-sign-out-title = ¿Quieres conservar tus fotos en este ordenador?
account-sign-out-body = Vas a cerrar sesión. Las fotos y los vídeos de tus carpetas sincronizadas pueden quedarse aquí, o los que ya están a salvo en la nube pueden ir a la papelera del ordenador.
account-sign-out-keep = Conservarlas y cerrar sesión
account-sign-out-remove = Quitarlas
account-sign-out-remove-title = ¿Quitar las fotos de este ordenador?
account-sign-out-remove-body = Todas las fotos y los vídeos que están a salvo en la nube irán a la papelera de este ordenador. Los archivos que solo están aquí se quedan donde están.
mode-two-way = En ambos sentidos
mode-upload-only = Copia de seguridad: de este ordenador a la nube
mode-download-only = De la nube a este ordenador
folder-state-ok = Lista
folder-state-missing = No se encuentra (¿una unidad desconectada?)
folder-state-error = No se puede leer
folder-state-emptied = Vacía, aunque tenía fotos

## Ajustes

nav-settings = Ajustes
settings-title = Ajustes
settings-language = Idioma
settings-language-system = El mismo que este ordenador ({ $language })
settings-language-hint = La ventana, la bandeja y las notificaciones cambian al momento.
settings-folders = Carpetas de este ordenador
settings-folders-hint = Cada carpeta se sincroniza con la nube a su manera. Quitar una carpeta solo detiene su sincronización: sus fotos se quedan donde están.
# $path es la ubicación de la carpeta en este ordenador.
settings-folder-mode = Cómo se sincroniza { $path }
settings-folder-whole-cloud = Toda la nube
settings-folder-album = Álbum «{ $album }»
settings-folder-paused = En pausa
settings-folder-pause = Pausar
settings-folder-resume = Reanudar
settings-folder-remove = Quitar
settings-folder-remove-title = ¿Dejar de sincronizar { $path }?
settings-folder-remove-body = Sus fotos y vídeos se quedan en este ordenador y en la nube. Puedes volver a añadir la carpeta cuando quieras.
settings-sync = Sincronización
settings-transfers = Archivos que se transfieren a la vez
settings-upload-limit = Velocidad de subida
settings-download-limit = Velocidad de descarga
settings-limit-none = Sin límite
# $size es un tamaño como «1 MB».
settings-limit-rate = Como máximo { $size }/s
settings-deletions = Cuando se elimina una foto en un lado
settings-deletions-ask = Eliminarla también en el otro, pero preguntar antes si se eliminan muchas a la vez
settings-deletions-send = Eliminarla siempre también en el otro lado
settings-deletions-never = Conservarla en el otro lado hasta que lo confirme
settings-deletions-hint = Las fotos eliminadas van a la papelera del lado que sea; nunca desaparecen al momento.
settings-app = Este ordenador
settings-start-at-login = Abrir Skyfolio al iniciar sesión
settings-close-to-tray = Seguir sincronizando en la bandeja al cerrar la ventana
settings-notifications = Mostrar notificaciones
settings-phone = Tu móvil
settings-phone-switch = Permitir que mi móvil acceda a este ordenador
settings-phone-hint = Con esta opción activada, los móviles y otros dispositivos de la misma red (wifi) pueden abrir el Skyfolio de este ordenador en su navegador. En tu red doméstica la conexión no está cifrada: actívala en casa, no en una wifi pública.
settings-phone-qr = Código QR para iniciar sesión en tu móvil
settings-phone-address = Dirección para tu móvil
# $time es cuándo deja de servir el código: una hora del día (con la fecha si no es pronto).
settings-phone-scan = Escanéalo con la cámara del móvil o abre la dirección en su navegador. El código inicia sesión en tu móvil una sola vez y sirve hasta las { $time }.
settings-phone-new-code = Código nuevo
settings-phone-expired = Este código ha caducado. Elige «Código nuevo» para obtener otro.
settings-phone-no-network = Este ordenador no está en ninguna red a la que pueda llegar un móvil. Conéctalo a tu wifi y elige «Código nuevo».
settings-cache = Caché de miniaturas
settings-cache-hint = Imágenes pequeñas que hacen que la cronología se muestre rápido. Si la vacías, se vuelven a crear al desplazarte.
settings-cache-size = { $size } en este ordenador
settings-cache-clear = Vaciar
settings-cache-cleared = Se ha vaciado la caché de miniaturas
settings-account = Servidor y cuenta
settings-account-open = Gestionar la cuenta

## Estado de la sincronización

nav-health = Sincronización
health-title = Estado de la sincronización
health-lead = Lo que está pendiente, lo que no se ha podido sincronizar y por qué, y lo que espera tu confirmación.
health-last-success = Última sincronización completa
health-never = Nunca
health-pending = Pendiente
health-nothing-pending = Nada
# $count es el número de archivos que han fallado.
health-failed = { $count ->
    [one] No se ha podido sincronizar 1 archivo
    [many] No se han podido sincronizar { $count } de archivos
   *[other] No se han podido sincronizar { $count } archivos
}
health-direction-upload = Subida
health-direction-download = Descarga
# $direction es Subida o Descarga; $reason dice por qué; $next es cuándo se vuelve a intentar.
health-failed-meta = { $direction } · { $reason } · { $attempts ->
    [one] 1 intento
    [many] { $attempts } de intentos
   *[other] { $attempts } intentos
}, próximo intento: { $next }
health-retry = Reintentar ahora
health-retried = { $count ->
    [one] Reintentando 1 archivo
    [many] Reintentando { $count } de archivos
   *[other] Reintentando { $count } archivos
}
health-held-folder-empty = Esta carpeta está vacía, aunque tenía fotos. No se hace nada en ella hasta que respondas: recupéralas de la nube o elimínalas también de la nube.
health-held-album-empty = La nube ya no tiene nada para esta carpeta, aunque lo tenía. No se hace nada en ella hasta que respondas: devuélvelas a la nube o muévelas también a la papelera de este ordenador.
health-held-many = { $count ->
    [one] 1 eliminación espera tu respuesta.
    [many] { $count } de eliminaciones a la vez esperan tu respuesta.
   *[other] { $count } eliminaciones a la vez esperan tu respuesta.
}
health-held-always-ask = { $count ->
    [one] 1 eliminación espera tu respuesta, como piden los ajustes.
    [many] { $count } de eliminaciones esperan tu respuesta, como piden los ajustes.
   *[other] { $count } eliminaciones esperan tu respuesta, como piden los ajustes.
}
health-held-to-cloud = a la papelera de la nube
health-held-to-trash = a la papelera de este ordenador
health-held-more = y { $count } más
health-held-delete = Eliminar también en el otro lado
health-held-restore = Recuperarlas
health-apply-title = { $count ->
    [one] ¿Eliminar 1 foto también en el otro lado?
    [many] ¿Eliminar { $count } de fotos también en el otro lado?
   *[other] ¿Eliminar { $count } fotos también en el otro lado?
}
health-apply-body = Irán a la papelera de ese lado, donde se pueden restaurar durante 30 días.
health-rename-twin = Darle un nombre propio
health-renamed-twin = Renombrado en la nube como { $name }.
health-not-synced = { $count ->
    [one] 1 archivo se queda sin sincronizar
    [many] { $count } de archivos se quedan sin sincronizar
   *[other] { $count } archivos se quedan sin sincronizar
}
health-all-good = Todo está sincronizado.
health-diagnostics = Diagnóstico
health-diagnostics-hint = Un archivo con versiones, ajustes, el estado de la sincronización y registros recientes, para quien te ayude. No contiene fotos, contraseñas ni tokens.
health-diagnostics-save = Guardar diagnóstico…
health-diagnostics-dialog = Guardar diagnóstico
# $path es dónde se ha guardado el archivo; $size, su tamaño.
health-diagnostics-saved = Guardado en { $path } ({ $size })

## Notificaciones

notice-sync-finished-title = Sincronización terminada
notice-sync-finished-body = { $uploaded ->
    [one] 1 archivo subido
    [many] { $uploaded } de archivos subidos
   *[other] { $uploaded } archivos subidos
}, { $downloaded ->
    [one] 1 descargado
    [many] { $downloaded } descargados
   *[other] { $downloaded } descargados
}.
notice-failed-title = { $count ->
    [one] No se ha podido sincronizar 1 archivo
    [many] No se han podido sincronizar { $count } de archivos
   *[other] No se han podido sincronizar { $count } archivos
}
notice-failed-body = Abre Skyfolio y entra en Sincronización para ver por qué y volver a intentarlo.
notice-signed-out-title = Sincronización detenida
notice-signed-out-body = Se ha cerrado la sesión de este ordenador. Vuelve a iniciar sesión para seguir sincronizando; tus fotos se quedan donde están.
notice-unlinked-body = Este ordenador se ha desvinculado de la cuenta. Vuelve a iniciar sesión para seguir sincronizando; tus fotos se quedan donde están.
notice-storage-title = El almacenamiento en la nube está casi lleno
# $percent es un número entero.
notice-storage-body = Ya se ha usado el { $percent } % del espacio. Vacía la papelera o quita vídeos grandes para seguir haciendo copias de seguridad.
notice-tray-title = Skyfolio sigue sincronizando
notice-tray-body = Al cerrar la ventana, Skyfolio sigue en la bandeja. Desde allí puedes abrirlo o salir.

## Idiomas, cada uno con su propio nombre

language-en-us = English
language-zh-cn = 简体中文
language-ru-ru = Русский
language-es-es = Español
language-pt-br = Português (Brasil)
language-hi-in = हिन्दी
language-id-id = Bahasa Indonesia
language-de-de = Deutsch
language-fr-fr = Français
language-ar = العربية

## La bandeja

tray-open = Abrir Skyfolio
tray-sync-now = Sincronizar ahora
tray-pause = Pausar la sincronización
tray-resume = Reanudar la sincronización
tray-language = Idioma
tray-quit = Salir de Skyfolio
tray-status-paused = Sincronización en pausa
tray-tooltip = Skyfolio · { $status }

## Cuadros de diálogo

dialog-ok = Aceptar
dialog-cancel = Cancelar
dialog-close = Cerrar

## La línea de comandos

# Lo que muestra el comando `skyfolio`. Sus líneas son cortas y empiezan en minúscula, como las de
# otras herramientas de línea de comandos; lo que va tras `--` (--all, --home DIR) y `skyfolio …`
# se escribe tal cual y no se traduce. $path y $folder son ubicaciones de este ordenador; $reason
# dice por qué algo ha fallado (un mensaje de error y, entre paréntesis, su detalle).
# $message es un mensaje de error; $detail nombra el archivo y la causa, en inglés.
cli-error = skyfolio: { $message }
cli-error-detail = { $message } ({ $detail })
cli-no-home = no hay sitio para la biblioteca: indica --home DIR
cli-no-runtime = Skyfolio no puede iniciar sus hilos de trabajo
cli-download-what = indica qué descargar: --all, --album NOMBRE o --id ID
# $language es un idioma con su propio nombre; $tag, su código (es-ES).
cli-language-chosen = { $language } ({ $tag }), elegido aquí (`skyfolio language --system` vuelve a seguir el idioma de este ordenador)
cli-language-system = { $language } ({ $tag }), el idioma de este ordenador (`skyfolio language TAG` elige otro)
cli-language-available = idiomas:
cli-language-set = Skyfolio habla { $language } ({ $tag }) a partir de ahora, aquí y en la aplicación
cli-language-set-system = Skyfolio vuelve a seguir el idioma de este ordenador: { $language } ({ $tag })
# $languages es la lista de códigos: en-US, zh-CN…
cli-language-unknown = Skyfolio no habla { $tag }; elige uno de estos: { $languages }
# El signo entre la parte entera y los decimales (1,5 MB).
cli-decimal-mark = ,
# Lo que separa las partes de una lista (3 subidos, 2 descargados).
cli-list-separator = { ", " }
cli-size-bytes = { $count ->
    [one] { $count } byte
    [many] { $count } de bytes
   *[other] { $count } bytes
}
# $amount es un número como 1,5.
cli-size-kb = { $amount } kB
cli-size-mb = { $amount } MB
cli-size-gb = { $amount } GB
cli-size-tb = { $amount } TB
cli-never = nunca
cli-login-password = Contraseña:
cli-login-password-stdin = escribe la contraseña en la entrada estándar con --password-stdin
cli-login-password-unread = no se puede leer la contraseña
# $device es el nombre con el que aparece este ordenador entre los dispositivos vinculados.
cli-login-done = sesión iniciada en { $server } como { $email } (este ordenador se llama «{ $device }»; el token se guarda { $store ->
    [keychain] en el llavero
   *[file] en un archivo privado
})
cli-logout-server-not-told = no se ha podido avisar al servidor; este ordenador ha olvidado su token
cli-logout-trashed = { $count ->
    [one] sesión cerrada; { $count } foto o vídeo sincronizado se ha movido a la papelera
    [many] sesión cerrada; { $count } de fotos y vídeos sincronizados se han movido a la papelera
   *[other] sesión cerrada; { $count } fotos y vídeos sincronizados se han movido a la papelera
}
cli-logout-kept = sesión cerrada; tus fotos se quedan en este ordenador
# $done es la lista de lo que ha hecho una pasada (los mensajes de abajo), o «al día».
cli-sync-folder = { $folder }: { $done }
cli-sync-uploaded = { $count ->
    [one] { $count } subido
   *[other] { $count } subidos
}
cli-sync-downloaded = { $count ->
    [one] { $count } descargado
   *[other] { $count } descargados
}
cli-sync-moved = { $count ->
    [one] { $count } movido
   *[other] { $count } movidos
}
cli-sync-trashed-in-cloud = { $count ->
    [one] { $count } enviado a la papelera de la nube
   *[other] { $count } enviados a la papelera de la nube
}
cli-sync-trashed-here = { $count ->
    [one] { $count } movido a la papelera de este ordenador
   *[other] { $count } movidos a la papelera de este ordenador
}
cli-sync-conflicts = { $count ->
    [one] { $count } archivo conservado en sus dos versiones
    [many] { $count } de archivos conservados en sus dos versiones
   *[other] { $count } archivos conservados en sus dos versiones
}
cli-sync-in-step = al día
cli-sync-settling-wait = { $count ->
    [one] esperando a { $count } archivo que aún se está escribiendo…
    [many] esperando a { $count } de archivos que aún se están escribiendo…
   *[other] esperando a { $count } archivos que aún se están escribiendo…
}
cli-sync-settling = { $count ->
    [one] { $count } archivo aún se está escribiendo: todavía no se ha enviado
    [many] { $count } de archivos aún se están escribiendo: todavía no se han enviado
   *[other] { $count } archivos aún se están escribiendo: todavía no se han enviado
}
cli-sync-skipped = { $count ->
    [one] { $count } archivo cambió durante la sincronización: queda para la próxima pasada
    [many] { $count } de archivos cambiaron durante la sincronización: quedan para la próxima pasada
   *[other] { $count } archivos cambiaron durante la sincronización: quedan para la próxima pasada
}
# $problem dice, en inglés, por qué no se ha sincronizado la carpeta (no se encuentra, no se puede leer).
cli-sync-folder-problem = sin sincronizar: { $problem }
cli-sync-waiting = { $count ->
    [one] { $count } transferencia espera un nuevo intento
    [many] { $count } de transferencias esperan un nuevo intento
   *[other] { $count } transferencias esperan un nuevo intento
}
cli-held-folder-empty = la carpeta está vacía, aunque tenía fotos: no se hace nada en ella hasta que respondas
cli-held-album-empty = la nube ya no tiene nada para esta carpeta, aunque lo tenía: no se hace nada en ella hasta que respondas
cli-held-many = { $count ->
    [one] { $count } archivo iría a una papelera: espera tu respuesta
    [many] { $count } de archivos irían a la vez a una papelera: esperan tu respuesta
   *[other] { $count } archivos irían a la vez a una papelera: esperan tu respuesta
}
cli-held-always-ask = { $count ->
    [one] { $count } eliminación espera tu respuesta, como piden los ajustes
    [many] { $count } de eliminaciones esperan tu respuesta, como piden los ajustes
   *[other] { $count } eliminaciones esperan tu respuesta, como piden los ajustes
}
cli-held-to-cloud = { $path } → papelera de la nube
cli-held-to-trash = { $path } → papelera de este ordenador
cli-held-more = y { $count } más
cli-held-answer = responde con `skyfolio sync --delete-held { $fingerprint }` (eliminarlas también en el otro lado) o `skyfolio sync --restore-held { $fingerprint }` (recuperarlas)
cli-held-prompt = ¿Eliminarlas también en el otro lado (d), recuperarlas (r) o dejarlas por ahora (Intro)?{ " " }
cli-failed = error: { $path }: { $reason }
cli-not-synced = sin sincronizar: { $path }: { $reason }
cli-status-signed-in = sesión iniciada en { $server } como { $email } («{ $device }»)
cli-status-signed-out = no has iniciado sesión
cli-status-paused = la sincronización está en pausa (skyfolio resume)
# $other cuenta movimientos, eliminaciones y registros; $time es la última vez que todo estuvo al día.
cli-status-summary = pendiente: { $uploads ->
    [one] { $uploads } subida
    [many] { $uploads } de subidas
   *[other] { $uploads } subidas
}, { $downloads ->
    [one] { $downloads } descarga
    [many] { $downloads } de descargas
   *[other] { $downloads } descargas
}, { $other } más; con errores: { $failed }; última sincronización completa: { $time }
cli-status-failed = { $direction ->
    [upload] subida
   *[download] descarga
} { $path }: { $reason } ({ $attempts ->
    [one] { $attempts } intento
    [many] { $attempts } de intentos
   *[other] { $attempts } intentos
})
# $mode es two-way, upload-only o download-only, tal como se escribe tras --mode; $album es uno
# de los dos mensajes de abajo.
cli-folder = { $path } ({ $mode }, { $album })
cli-whole-cloud = toda la nube
cli-album = el álbum «{ $album }»
cli-folder-removed = se ha quitado { $path } (sus archivos siguen intactos)
cli-paused = sincronización en pausa
cli-resumed = sincronización reanudada
cli-upload-summary = { $uploaded ->
    [one] { $uploaded } subido
   *[other] { $uploaded } subidos
}, { $already } ya en la nube, { $skipped } que no son fotos ni vídeos, { $failed } con errores
cli-download-summary = { $downloaded ->
    [one] { $downloaded } descargado
   *[other] { $downloaded } descargados
}, { $already } ya estaban, { $failed } con errores
# $id es el identificador del elemento, para escribirlo tras `skyfolio trash restore`; $time, cuándo se eliminó.
cli-trash-item = { $id }  { $path }  eliminado el { $time }
cli-trash-restored = se ha restaurado { $path }
cli-trash-emptied = la papelera está vacía
# Cada valor es un tamaño como 1,5 GB.
cli-storage = { $used } de { $quota } usados: fotos { $photos }, vídeos { $videos }, otros { $other }, papelera { $trash }
# $seen y $synced son fechas y horas, o «nunca».
cli-device = { $id }  { $name } ({ $platform })  última conexión { $seen }, última sincronización { $synced }
cli-device-this = { $id }  { $name } ({ $platform }), este ordenador  última conexión { $seen }, última sincronización { $synced }
cli-device-unlinked = se ha desvinculado { $id }
# $state es uno de los estados de carpeta de arriba (Lista, No se encuentra…).
cli-scan-not-ok = { $folder }: { $state }; no se ha cambiado nada
cli-scan-summary = { $folder }: { $files ->
    [one] { $files } archivo
    [many] { $files } de archivos
   *[other] { $files } archivos
}, { $added ->
    [one] { $added } nuevo
   *[other] { $added } nuevos
}, { $changed ->
    [one] { $changed } cambiado
   *[other] { $changed } cambiados
}, { $moved ->
    [one] { $moved } movido
   *[other] { $moved } movidos
}, { $deleted ->
    [one] { $deleted } eliminado
   *[other] { $deleted } eliminados
}, { $unchanged } sin cambios, { $ignored } que no son fotos ni vídeos, { $failed } con errores
cli-scan-busy = todavía se está escribiendo, se deja para el próximo análisis: { $path }
cli-scan-no-folders = aún no hay carpetas en la biblioteca: añade una con `skyfolio folder add DIR`
cli-thumbnails-summary = miniaturas: { $made ->
    [one] { $made } creada
   *[other] { $made } creadas
}, { $without } sin vista previa, { $failed } con errores
cli-no-thumbnail = sin miniatura: { $path }: { $reason }
cli-watch-ready = siguiendo los cambios (Ctrl+C para parar)
# $reason dice, en inglés, por qué el sistema no avisa de los cambios.
cli-watch-not-followed = { $folder }: los cambios no se siguen al momento ({ $reason }); la carpeta se vuelve a analizar periódicamente
cli-cache-size = { $size } de miniaturas ({ $bytes ->
    [one] { $bytes } byte
    [many] { $bytes } de bytes
   *[other] { $bytes } bytes
})
cli-cache-cleared = se ha vaciado la caché de miniaturas
# En lugar de la fecha de captura, en la lista de la biblioteca.
cli-no-date = (sin fecha)
cli-import-not-a-library-folder = { $path } no es una carpeta de la biblioteca: añádela con `skyfolio folder add { $path }`
# $how es move (mover) o copy (copiar).
cli-import-summary = { $imported ->
    [one] { $imported } { $how ->
        [move] movido
       *[copy] copiado
    }
   *[other] { $imported } { $how ->
        [move] movidos
       *[copy] copiados
    }
}, { $duplicates } ya en la biblioteca, { $skipped } que no son fotos ni vídeos, { $failed } con errores
cli-info-error = error: { $reason }
cli-info-summary = { $files ->
    [one] { $files } archivo
    [many] { $files } de archivos
   *[other] { $files } archivos
}, { $failed ->
    [one] { $failed } ilegible
   *[other] { $failed } ilegibles
}
cli-info-size-unknown = dimensiones desconocidas
# $mime es un tipo como image/jpeg; $dimensions es ancho×alto en píxeles, o «dimensiones
# desconocidas»; $size, el tamaño del archivo; $seconds, la duración de un vídeo.
cli-info-what = { $kind ->
    [photo] foto
   *[video] vídeo
} ({ $mime }), { $dimensions }, { $size }
cli-info-what-timed = { $kind ->
    [photo] foto
   *[video] vídeo
} ({ $mime }), { $dimensions }, { $seconds } s, { $size }
# $time es el reloj de la cámara; $source, de dónde se ha leído (exif-original, xmp, quicktime…).
cli-info-taken = fecha de captura { $time } (según { $source })
cli-info-no-date = fecha de captura desconocida
cli-info-camera = cámara { $camera }
cli-info-place = lugar { $latitude }, { $longitude }
# $orientation es la orientación EXIF, de 1 a 8; $hash, el hash del contenido.
cli-info-orientation = orientación { $orientation }, hash { $hash }
cli-thumbs-size = el tamaño debe ser 256 o 1440
cli-thumbs-cannot-create = no se puede crear { $path }
# $skipped es la suma de los tres números entre paréntesis.
cli-thumbs-summary = { $made ->
    [one] { $made } creada
   *[other] { $made } creadas
}, { $skipped ->
    [one] { $skipped } omitida
   *[other] { $skipped } omitidas
} ({ $there } ya creadas, { $unsupported } que no son fotos ni vídeos, { $without } sin vista previa), { $failed } con errores
cli-thumbs-no-preview = sin vista previa: { $path }: { $reason }

## Errores, por código

error-io = Skyfolio no ha podido leer o escribir un archivo.
error-empty-file = Este archivo está vacío.
error-unsupported-format = Skyfolio no puede mostrar este tipo de archivo.
error-too-large = Esta imagen es demasiado grande para abrirla de forma segura.
error-corrupt = Este archivo está dañado o incompleto.
error-timeout = La vista previa ha tardado demasiado en generarse.
error-database = No se han podido leer los registros internos de Skyfolio. Reinicia Skyfolio; si vuelve a ocurrir, revisa el disco.
error-not-a-folder = Eso no es una carpeta.
error-folder-overlaps = Esa carpeta está dentro de otra que ya se sincroniza, o contiene una.
error-unknown-folder = Esa carpeta no se está sincronizando.
error-invalid-setting = Ese ajuste está fuera del rango permitido.
error-invalid-server = Esa no es una dirección de servidor. Escríbela así: https://photos.example.org.
error-unreachable = No se puede conectar con el servidor. Comprueba la dirección y tu conexión; Skyfolio volverá a intentarlo por sí solo.
error-protocol = El servidor ha respondido algo que Skyfolio no entiende. ¿Es un servidor de Skyfolio de la misma versión?
error-not-signed-in = Este ordenador no tiene la sesión iniciada.
error-credentials = Skyfolio no ha podido guardar o encontrar los datos de inicio de sesión en este ordenador.
error-hash-mismatch = Un archivo ha llegado dañado. Skyfolio vuelve a descargarlo.
error-changed-meanwhile = Un archivo ha cambiado mientras se enviaba. Skyfolio vuelve a enviarlo.
error-invalid-album = Ese nombre de álbum no se puede usar. Usa nombres sencillos, sin / al principio ni al final.
error-album-taken = Otra carpeta ya sincroniza ese álbum en ambos sentidos.
error-nothing-selected = No hay nada en la nube que coincida.
error-invalid-name = La nube no admite el nombre de este archivo.
error-name-taken = Aquí ya hay otro archivo con el mismo nombre, salvo por las mayúsculas y minúsculas.
error-invalid-path = Este nombre no se puede usar.
error-online-only = En este ordenador solo hay un marcador de posición de este archivo: su contenido está en una nube como OneDrive o iCloud Drive. Skyfolio no lo descarga por su cuenta; mantén el archivo en este ordenador para incluirlo.
error-bad-request = El servidor ha rechazado algo que le ha enviado Skyfolio.
error-unsupported-media-type = El servidor ha rechazado algo que le ha enviado Skyfolio.
error-headers-too-large = El servidor ha rechazado algo que le ha enviado Skyfolio.
error-uri-too-long = El servidor ha rechazado algo que le ha enviado Skyfolio.
error-unauthorized = Se ha cerrado la sesión de este ordenador o se ha desvinculado. Vuelve a iniciar sesión para seguir sincronizando.
error-invalid-credentials = El correo electrónico o la contraseña no son correctos.
error-too-many-attempts = Demasiados intentos. Espera un poco y vuelve a intentarlo.
error-forbidden = Solo el administrador del servidor puede hacer esto.
error-registration-closed = Este servidor no admite cuentas nuevas sin invitación. Pídele una a su administrador.
error-invalid-invite = Este código de invitación no sirve: puede que esté mal escrito, que ya se haya usado o que haya caducado. Pide uno nuevo al administrador del servidor.
error-email-taken = Ya hay una cuenta con este correo electrónico. Inicia sesión con ella.
error-weak-password = Elige una contraseña de al menos 8 caracteres.
error-not-found = Ya no está ahí.
error-path-taken = Ya hay otro elemento con este nombre.
error-offset-mismatch = Se ha interrumpido una subida. Skyfolio la reanuda.
error-checksum-mismatch = Una parte de una subida ha llegado dañada. Skyfolio vuelve a enviarla.
error-size-mismatch = Un archivo ha cambiado mientras se enviaba. Skyfolio vuelve a enviarlo.
error-upload-busy = Este archivo ya se está subiendo.
error-quota-exceeded = Tu almacenamiento está lleno. Vacía la papelera o libera espacio.
error-storage-full = El disco de la nube está lleno y no se puede guardar nada más. No se ha perdido nada: los archivos esperan aquí y la sincronización seguirá por sí sola cuando el servidor tenga espacio.
error-not-ready = La vista previa aún se está generando.
error-no-preview = Este elemento no tiene vista previa.
error-range-not-satisfiable = Skyfolio ha pedido al servidor algo que no tiene.
error-server-busy = El servidor está ocupado en este momento. Vuelve a intentarlo dentro de un rato.
error-internal = Algo ha fallado en Skyfolio o en el servidor. Vuelve a intentarlo dentro de un momento.
error-unknown = Algo ha fallado.
error-held-changed = Lo que espera tu respuesta ha cambiado desde que se mostró. Vuelve a mirarlo y después responde.

## En un navegador

welcome-browser-title = Inicia sesión en Skyfolio
# $host is the server's address, as the browser shows it.
welcome-browser-body = Tus fotos y vídeos en { $host }. Inicia sesión, o crea una cuenta, para verlos, subirlos y descargarlos desde este navegador.
welcome-not-encrypted = Esta página no está cifrada (se abrió con http://, no con https://). Tu contraseña y tus fotos viajan por la red de forma que otros pueden leerlas. Pide al administrador del servidor una dirección https://.
settings-language-browser = Igual que este navegador ({ $language })
settings-language-hint-browser = La página cambia al momento; este navegador guarda la elección.
account-browser = Este navegador
error-desktop-only = Esto solo funciona en la aplicación Skyfolio de un ordenador.
gallery-empty-browser = Elige Añadir fotos para subir fotos y vídeos desde este dispositivo, o arrástralos a esta página.
error-unauthorized-browser = Se ha cerrado tu sesión. Vuelve a iniciar sesión para ver tus fotos.
error-not-signed-in-browser = No has iniciado sesión. Inicia sesión para ver tus fotos.
error-unreachable-browser = No se puede conectar con el servidor. Comprueba tu conexión y vuelve a intentarlo.
error-storage-full-browser = El disco de la nube está lleno y no se puede guardar nada más. Vuelve a intentarlo cuando el servidor tenga espacio.
welcome-pair-refused = El código de inicio de sesión de tu ordenador ya se ha usado o ha caducado. En el ordenador, crea uno nuevo: Ajustes → Permitir que mi móvil acceda a este ordenador → Código nuevo. Después, vuelve a escanearlo.
welcome-pair-hint = ¿Vas a entrar en el Skyfolio de tu ordenador? Activa allí Ajustes → Permitir que mi móvil acceda a este ordenador y escanea su código.

## Google Takeout import

cli-takeout-source = { $path }: { $entries } archivos
cli-takeout-source-unreadable = { $path }: no leído: { $reason }
cli-takeout-review = { $photos } fotos y { $videos } vídeos ({ $motion } fotos en movimiento) en { $albums } álbumes, { $size }
cli-takeout-review-details = con fecha del JSON de Google: { $dated }; con lugar: { $places }; favoritos: { $favorites }; archivados: { $archived }; en la papelera de Google: { $trashed }; sin JSON: { $without }
cli-takeout-skipped = no importado: { $count } × { $what } ({ $reason })
cli-takeout-dry-run = no se envió nada (--dry-run)
cli-takeout-summary = { $imported } importados, { $already } ya estaban, { $earlier } hechos por una importación anterior, { $failed } fallidos; { $orphans } archivos JSON de Google sin su foto, { $ignored } archivos ignorados, { $refused } rechazados
cli-takeout-marks = los favoritos ({ $favorites }) y los elementos archivados ({ $archived }) llegaron como fotos normales: la nube aún no tiene esas marcas; los elementos de la papelera de Google ({ $trashed }) están en la papelera
cli-takeout-report = informe escrito en { $path }
cli-takeout-time-zone = { $zone } no es una zona horaria que este ordenador conozca (Europe/Madrid, UTC…)
error-bad-zip = No es un archivo zip, o está dañado (¿una descarga que no terminó?). Descarga esta parte de nuevo.
error-not-a-file = No es un archivo (una carpeta o un enlace): se queda donde está.
error-damaged-json = El archivo JSON de Google de esta foto está dañado: no se usan sus fechas ni lugares.
error-not-an-object = El archivo JSON de Google de esta foto no es del tipo que escribe Google Fotos: no se usan sus fechas ni lugares.
error-zip-bomb = Esta entrada del zip dice tener muchos más bytes de los que tendría una foto: no se leyó.
error-scratch-full = No hay espacio libre suficiente en este ordenador para sacar este archivo del zip.
error-part-missing = El archivo no está en las partes del Takeout indicadas. Añade la parte que falta e importa de nuevo.

## Teléfonos y tarjetas de cámara

cli-device-found = { $name } ({ $path })
cli-device-none = No hay ningún teléfono ni tarjeta con carpeta DCIM conectado: indica su carpeta.
cli-device-several = Hay varios teléfonos o tarjetas conectados: indica la carpeta de uno:
cli-device-summary = { $imported } copiados, { $already } ya en la nube o en este ordenador, { $skipped } no son fotos ni vídeos, { $failed } fallidos
cli-free-device-plan = { $files } archivos ({ $size }) están a salvo en la nube y pueden irse: vuelve a ejecutar con --yes para quitarlos
cli-free-device-done = { $files } archivos quitados ({ $size } liberados); { $kept } conservados
error-not-confirmed = La nube no tiene el contenido de este archivo: se queda.

## Teléfonos, tarjetas de cámara y Google Takeout en la app

card-found = { $name } está conectado: ¿copiar sus fotos y vídeos?
card-backing-up = Copiando { $name }…
card-backed-up = { $name } está copiado.
card-back-up = Copiar este teléfono o tarjeta
card-free-space = Liberar espacio
card-not-now = Ahora no
card-nothing-to-free = Nada de { $name } está aún en la nube.
card-free-title = ¿Liberar espacio en { $name }?
card-free-body = { $count ->
    [one] 1 archivo ({ $size }) está a salvo en la nube. Se quitará de la tarjeta; la nube lo conserva.
   *[other] { $count } archivos ({ $size }) están a salvo en la nube. Se quitarán de la tarjeta; la nube los conserva.
}
card-free-confirm = { $count ->
    [one] Quitar 1 archivo
   *[other] Quitar { $count } archivos
}
card-freed = { $count } archivos quitados, { $size } liberados; { $kept } conservados.
add-takeout = Desde Google Fotos
takeout-dialog = Elige los archivos zip de tu Google Takeout
takeout-review-title = ¿Importar desde Google Fotos?
takeout-review-items = { $photos } fotos y { $videos } vídeos en { $albums } álbumes, { $size }.
takeout-review-details = Fechadas por Google: { $dated }. Con lugar: { $places }. Favoritos: { $favorites }. De la papelera de Google (van a la papelera): { $trashed }.
takeout-review-earlier = { $count } ya se importaron y se omiten.
takeout-review-unreadable = No se puede leer { $path }: { $reason }
takeout-import = Importar
takeout-report-at = Se guardará un informe de cada elemento en { $path }
import-finished = { $count } elementos están en la nube ({ $already } ya estaban).
transfer-import-running = Importando { $done } de { $total }
transfer-import-paused = Importación en pausa, { $done } de { $total }
transfer-import-done = Importados { $done } de { $total }
transfer-import-cancelled = Importación cancelada
transfer-import-failed = Importación terminada con problemas
error-not-a-backup-folder = Solo se libera espacio en carpetas de copia (solo subir): aquí, quitar una foto la quitaría también de la nube, o volvería.

health-imports = Importaciones de Google Fotos
health-import = Importado el { $when }
takeout-show-report = Ver el informe
takeout-report-title = Lo que llegó de Google Fotos
takeout-report-saved = El informe completo está guardado como hoja de cálculo: { $path }
takeout-report-marks = Favoritos: { $favorites }. Archivados: { $archived }. De la papelera de Google, ahora en la papelera: { $trashed }.
takeout-report-empty = No hay nada aquí.
takeout-report-more = Ver { $count } más
takeout-group-failed = Fallidos
takeout-group-not-imported = Falta la foto en el Takeout
takeout-group-imported = Importados
takeout-group-already = Ya estaban
takeout-group-skipped = No son fotos
takeout-group-all = Todo
takeout-column-name = Nombre
takeout-column-outcome = Qué pasó
takeout-column-where = Dónde está
takeout-column-why = Por qué
takeout-earlier = en una importación anterior
takeout-outcome-imported = Importado
takeout-outcome-already-present = Ya estaba
takeout-outcome-failed = Falló
takeout-outcome-not-imported = No importado
takeout-outcome-ignored = Omitido
takeout-outcome-refused = Rechazado
takeout-outcome-problem = Nota
takeout-reason-no-media = El JSON de Google está, su foto no: ¿falta una parte del Takeout?
takeout-reason-ambiguous = Varias fotos encajan igual con este JSON; ninguna lo recibió.
takeout-reason-not-media = No es una foto ni un vídeo.
takeout-reason-system-file = Un archivo que dejó el ordenador o el programa de zip.
takeout-reason-not-a-sidecar = Datos de Google que no tratan de una foto.
takeout-reason-extra-album-metadata = Una segunda descripción de álbum en una carpeta.
takeout-reason-unused-album-metadata = Una descripción de álbum en una carpeta sin fotos.
takeout-reason-empty = La entrada no tiene nombre.
takeout-reason-not-utf8 = El nombre de la entrada no es texto legible.
takeout-reason-too-long = El nombre de la entrada es demasiado largo.
takeout-reason-absolute = El nombre de la entrada apunta fuera del Takeout.
takeout-reason-dot-segment = El nombre de la entrada apunta fuera del Takeout.
takeout-reason-empty-segment = El nombre de la entrada tiene una carpeta vacía.
takeout-reason-backslash = El nombre de la entrada tiene una barra invertida.
takeout-reason-control-character = El nombre de la entrada tiene caracteres de control.
takeout-reason-damaged-json = Su JSON de Google está dañado: no se usan sus fechas ni lugares.
takeout-reason-json-not-read = No se pudo leer su JSON de Google.
takeout-reason-conflicting-copies = Las partes tienen archivos distintos con este nombre: se guardan ambos.

settings-folder-free = Liberar espacio
free-title = Liberar espacio en { $path }
free-lead = Las fotos y vídeos de esta carpeta de copia que están a salvo en la nube pueden salir de este ordenador (por la papelera). Siguen en tu cronología y se descargan al abrirlos.
free-age = Cuáles
free-age-any = Cualquier antigüedad
free-age-months = { $months ->
    [one] Sin cambios desde hace un mes
   *[other] Sin cambios desde hace { $months } meses
}
free-size = Tamaño
free-size-any = Cualquier tamaño
free-size-over = Más de { $size }
free-counting = Preguntando a la nube…
free-found = { $count ->
    [one] 1 archivo ({ $size }) está a salvo en la nube.
   *[other] { $count } archivos ({ $size }) están a salvo en la nube.
}
free-nothing = Aún no coincide nada: nada que quitar.
free-confirm-none = Nada que quitar

update-available = Skyfolio { $version } está listo para instalarse.
update-install = Instalar y reiniciar
update-later = Más tarde
update-installing = Instalando Skyfolio { $version }… Skyfolio se reinicia al terminar.
error-no-update = No se encontró ninguna versión más reciente que instalar.
error-update-failed = No se pudo instalar la actualización; esta versión sigue funcionando.
health-keep-here = Descargar e incluir
health-kept-here = { $name } se está trayendo a este ordenador; la sincronización lo incluirá a continuación.
