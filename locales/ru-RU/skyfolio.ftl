# Skyfolio, русский (Россия).
# Здесь собраны все строки, которые человек видит в Skyfolio. Идентификаторы пишутся в kebab-case: `area-thing[-state]`;
# сообщения об ошибках — `error-<code>`, по одному на каждый код, который может сообщить приложение.

## Окно

app-title = Skyfolio
page-loading = Загрузка…
nav-label = Разделы
nav-photos = Фото
nav-albums = Альбомы
nav-trash = Корзина
nav-storage = Хранилище
nav-devices = Устройства
nav-account = Аккаунт

## Первый запуск

welcome-title = Добро пожаловать в Skyfolio
welcome-lead = Ваши фото и видео — на каждом вашем компьютере и в облаке, которое принадлежит вам.
welcome-local-title = Локальное облако на этом компьютере
welcome-local-body = Начните прямо сейчас: Skyfolio хранит вторую, надёжную копию ваших фото в отдельной папке на этом компьютере. Перейти на сервер можно позже.
welcome-local-button = Начать с локальным облаком
welcome-local-starting = Запуск…
welcome-server-title = Вход на сервер Skyfolio
welcome-server-body = Подключитесь к серверу вашей семьи или компании — или к своему собственному.
welcome-server = Адрес сервера
welcome-email = Электронная почта
welcome-password = Пароль
welcome-register = Создать аккаунт на этом сервере
welcome-invite = Код приглашения (если администратор сервера дал вам его)
welcome-sign-in-button = Войти
welcome-register-button = Создать аккаунт

## Панель инструментов

add-photos = Добавить фото
add-photos-dialog = Выберите фото и видео для загрузки
add-folder = Добавить папку
add-folder-dialog = Выберите папку для загрузки
filter-label = Показать
filter-all = Все
filter-photos = Фото
filter-videos = Видео
selection-count = { $count ->
    [one] Выбран { $count } объект
    [few] Выбрано { $count } объекта
    [many] Выбрано { $count } объектов
   *[other] Выбрано { $count } объекта
}
selection-download = Скачать
selection-trash = Переместить в корзину
selection-clear = Снять выделение

## Лента

gallery-label = Фото и видео, сначала новые
gallery-loading = Загружаем ваши фото…
gallery-empty-title = Здесь появятся ваши фото
gallery-empty = Перетащите фото и видео в это окно или нажмите «Добавить фото».
gallery-count = { $count ->
    [one] { $count } объект
    [few] { $count } объекта
    [many] { $count } объектов
   *[other] { $count } объекта
}
gallery-count-more = { $count ->
    [one] Пока { $count } объект…
    [few] Пока { $count } объекта…
    [many] Пока { $count } объектов…
   *[other] Пока { $count } объекта…
}
# $day — дата, записанная полностью.
gallery-select-day = Выбрать все объекты за { $day }
gallery-day-count = { $count ->
    [one] { $count } объект
    [few] { $count } объекта
    [many] { $count } объектов
   *[other] { $count } объекта
}
gallery-photo = Фото
gallery-video = Видео
place-this-computer = Только на этом компьютере
place-cloud = Только в облаке
place-both = На этом компьютере и в облаке
tile-uploading = Загружается
tile-failed = Не удалось загрузить

## Просмотр

viewer-label = Просмотр фото
viewer-previous = Предыдущее
viewer-next = Следующее
viewer-zoom-in = Увеличить
viewer-zoom-out = Уменьшить
viewer-info = Сведения
viewer-download = Скачать
viewer-trash = Переместить в корзину
viewer-close = Закрыть
viewer-counter = { $position } из { $count }
viewer-photo-alt = Фото, снятое { $date }
viewer-no-preview = Для этого объекта нет предпросмотра.
info-date = Дата съёмки
info-size = Размер
info-dimensions = Размеры
info-dimensions-value = { $width } × { $height }
info-duration = Длительность
info-camera = Камера
info-place = Место съёмки
info-where = Где хранится
info-file = Файл
info-cloud-path = Путь в облаке

## Загрузка и скачивание

drop-here = Отпустите, чтобы загрузить
upload-album-title = { $count ->
    [one] В какой альбом загрузить { $count } объект?
    [few] В какой альбом загрузить { $count } объекта?
    [many] В какой альбом загрузить { $count } объектов?
   *[other] В какой альбом загрузить { $count } объекта?
}
upload-album-label = Альбом
upload-album-default = Загруженное
upload-finished = { $count ->
    [one] Загружен { $count } объект.
    [few] Загружено { $count } объекта.
    [many] Загружено { $count } объектов.
   *[other] Загружено { $count } объекта.
}
download-dialog = Выберите, куда сохранить оригиналы
download-finished = { $count ->
    [one] Скачан { $count } объект.
    [few] Скачано { $count } объекта.
    [many] Скачано { $count } объектов.
   *[other] Скачано { $count } объекта.
}
download-only-here = { $count ->
    [one] { $count } объект и так хранится только на этом компьютере — скачивать его не нужно.
    [few] { $count } объекта и так хранятся только на этом компьютере — скачивать их не нужно.
    [many] { $count } объектов и так хранятся только на этом компьютере — скачивать их не нужно.
   *[other] { $count } объекта и так хранятся только на этом компьютере — скачивать их не нужно.
}
transfers-label = Загрузки и скачивания
transfer-upload-running = Загрузка: { $done } из { $total }
transfer-upload-paused = Загрузка приостановлена: { $done } из { $total }
transfer-upload-done = Загружено { $done } из { $total }
transfer-upload-cancelled = Загрузка отменена
transfer-upload-failed = Загрузка завершена с ошибками
transfer-download-running = Скачивание: { $done } из { $total }
transfer-download-paused = Скачивание приостановлено: { $done } из { $total }
transfer-download-done = Скачано { $done } из { $total }
transfer-download-cancelled = Скачивание отменено
transfer-download-failed = Скачивание завершено с ошибками
transfer-bytes = { $done } из { $total }
transfer-file = { $name }: { $percent }
transfer-pause = Приостановить
transfer-resume = Продолжить
transfer-cancel = Отменить
transfer-dismiss = Скрыть
transfer-failures = { $count ->
    [one] Не удалось передать { $count } файл
    [few] Не удалось передать { $count } файла
    [many] Не удалось передать { $count } файлов
   *[other] Не удалось передать { $count } файла
}

## Синхронизация

sync-syncing = Синхронизация…
# $done считается с 1: это файл, который отправляется сейчас.
sync-uploading = Загрузка: { $done } из { $total }
sync-downloading = Скачивание: { $done } из { $total }
sync-up-to-date = Всё синхронизировано
sync-up-to-date-at = Всё синхронизировано · { $time }
sync-pending = К загрузке: { $uploads }, к скачиванию: { $downloads }
sync-failed = { $count ->
    [one] Не удалось синхронизировать { $count } файл
    [few] Не удалось синхронизировать { $count } файла
    [many] Не удалось синхронизировать { $count } файлов
   *[other] Не удалось синхронизировать { $count } файла
}
sync-signed-out = Вход не выполнен
sync-held = { $count ->
    [one] { $count } папка ждёт вашего ответа
    [few] { $count } папки ждут вашего ответа
    [many] { $count } папок ждут вашего ответа
   *[other] { $count } папки ждут вашего ответа
}
sync-folder-problems = { $count ->
    [one] { $count } папку нельзя синхронизировать
    [few] { $count } папки нельзя синхронизировать
    [many] { $count } папок нельзя синхронизировать
   *[other] { $count } папки нельзя синхронизировать
}

## Альбомы

albums-title = Альбомы
albums-top = Без альбома
albums-empty = Альбомы появятся здесь, когда вы загрузите в них фото.
albums-count = { $count ->
    [one] { $countText } объект
    [few] { $countText } объекта
    [many] { $countText } объектов
   *[other] { $countText } объекта
}
albums-download = Скачать
albums-download-all = Скачать всё
albums-download-named = Скачать альбом «{ $name }»

## Корзина

trash-title = Корзина
trash-lead = Удалённые фото и видео хранятся здесь и занимают место в хранилище, пока не будут удалены навсегда.
trash-nothing = Корзина пуста.
trash-days-left = { $days ->
    [0] Будет удалено навсегда сегодня
    [one] Будет удалено навсегда через { $days } день
    [few] Будет удалено навсегда через { $days } дня
    [many] Будет удалено навсегда через { $days } дней
   *[other] Будет удалено навсегда через { $days } дня
}
trash-restore = Восстановить
trash-restored = Восстановлено: { $name }
trash-delete-forever = Удалить навсегда
trash-delete-forever-title = Удалить навсегда?
trash-delete-forever-body = «{ $name }» исчезнет со всех устройств без возможности восстановления.
trash-empty-button = Очистить корзину
trash-empty-title = Очистить корзину?
trash-empty-body = Всё её содержимое исчезнет со всех устройств без возможности восстановления.
trash-move = Переместить в корзину
trash-move-title = { $count ->
    [one] Переместить { $count } объект в корзину?
    [few] Переместить { $count } объекта в корзину?
    [many] Переместить { $count } объектов в корзину?
   *[other] Переместить { $count } объекта в корзину?
}
trash-move-body = Выбранное исчезнет со всех устройств. Пока оно лежит в корзине, его можно восстановить.
trash-moved = { $count ->
    [one] { $count } объект перемещён в корзину.
    [few] { $count } объекта перемещены в корзину.
    [many] { $count } объектов перемещено в корзину.
   *[other] { $count } объекта перемещено в корзину.
}
trash-only-here = Эти объекты есть только на этом компьютере — удалите их в папке, где они лежат.

## Хранилище

storage-title = Хранилище
storage-used = Использовано { $used } из { $quota }
storage-used-disk = Использовано { $used } · свободно на этом компьютере: { $free }
storage-photos = Фото
storage-videos = Видео
storage-other = Другие файлы
storage-trash = Корзина
storage-free-title = Освободить место
storage-empty-trash = Очистить корзину
storage-largest-videos = Самые большие видео
storage-no-videos = Видео пока нет.
storage-duplicates = Одно и то же фото под разными именами
storage-no-duplicates = Повторяющихся фото нет.
storage-move-to-trash = Переместить в корзину
storage-uploads-title = Незавершённые загрузки
storage-uploads-lead = Файлы, которые ещё загружаются в облако, занимают { $size } хранилища, пока не дойдут. Устройство, которое их ещё отправляет, продолжит само; отмените те, что уже не придут.
storage-upload-detail = С устройства { $device } · { $done } из { $size }
storage-upload-unknown-device = другое устройство
storage-upload-cancel = Отменить загрузку

## Устройства

devices-title = Устройства
devices-lead = Все компьютеры и телефоны, на которых выполнен вход в ваш аккаунт. Отвяжите устройство — и оно сразу перестанет синхронизироваться.
devices-this = Этот компьютер
devices-never = никогда
devices-meta = { $platform } · последняя активность: { $seen } · последняя синхронизация: { $synced }
devices-platform = { $platform ->
    [linux] Linux
    [windows] Windows
    [macos] macOS
    [android] Android
    [ios] iOS
   *[other] { $platform }
}
devices-unlink = Отвязать
devices-unlink-title = Отвязать «{ $name }»?
devices-unlink-body = Устройство сразу перестанет синхронизироваться, и, чтобы вернуться, на нём нужно будет войти снова. Фото на нём останутся.

## Аккаунт

account-title = Аккаунт
account-where = Облако
account-local-cloud = Локальное облако на этом компьютере
account-email = Аккаунт
account-local-owner = Вы, на этом компьютере
account-device = Этот компьютер
account-folders = Синхронизируемые папки
account-no-folders = Папок пока нет. Добавьте папку, и она будет синхронизироваться с облаком в обе стороны.
account-add-folder = Добавить папку
account-add-folder-dialog = Выберите папку для синхронизации
account-sign-out = Выйти
account-sign-out-title = Оставить фото на этом компьютере?
account-sign-out-body = Вы выходите из аккаунта. Фото и видео в синхронизируемых папках можно оставить здесь — или отправить в корзину те, что уже надёжно сохранены в облаке.
account-sign-out-keep = Оставить и выйти
account-sign-out-remove = Удалить их
account-sign-out-remove-title = Удалить фото с этого компьютера?
account-sign-out-remove-body = Все фото и видео, надёжно сохранённые в облаке, будут перемещены в корзину этого компьютера. Файлы, которые есть только здесь, останутся.
mode-two-way = В обе стороны
mode-upload-only = Резервное копирование: с этого компьютера в облако
mode-download-only = Из облака на этот компьютер
folder-state-ok = Готово
folder-state-missing = Не найдена (диск отключён?)
folder-state-error = Не удаётся прочитать
folder-state-emptied = Пуста, хотя в ней были фото

## Настройки

nav-settings = Настройки
settings-title = Настройки
settings-language = Язык
settings-language-system = Как на этом компьютере ({ $language })
settings-language-hint = Окно, значок в трее и уведомления переключатся сразу.
settings-folders = Папки на этом компьютере
settings-folders-hint = Каждая папка синхронизируется с облаком по-своему. Если убрать папку, она просто перестанет синхронизироваться: фото в ней останутся на месте.
# $path — расположение папки на этом компьютере.
settings-folder-mode = Как синхронизируется { $path }
settings-folder-whole-cloud = Всё облако
settings-folder-album = Альбом «{ $album }»
settings-folder-paused = Приостановлена
settings-folder-pause = Приостановить
settings-folder-resume = Возобновить
settings-folder-remove = Убрать
settings-folder-remove-title = Перестать синхронизировать { $path }?
settings-folder-remove-body = Фото и видео из неё останутся на этом компьютере и в облаке. Папку можно снова добавить в любой момент.
settings-sync = Синхронизация
settings-transfers = Сколько файлов передавать одновременно
settings-upload-limit = Скорость загрузки
settings-download-limit = Скорость скачивания
settings-limit-none = Без ограничений
# $size — размер, например «1 МБ».
settings-limit-rate = Не более { $size }/с
settings-deletions = Если фото удалено на одной стороне
settings-deletions-ask = Удалять и на другой, но спрашивать, если удаляется сразу много
settings-deletions-send = Всегда удалять и на другой стороне
settings-deletions-never = Оставлять на другой стороне, пока я не подтвержу
settings-deletions-hint = Удалённые фото на любой стороне сначала попадают в корзину и не исчезают сразу.
settings-app = Этот компьютер
settings-start-at-login = Запускать Skyfolio при входе в систему
settings-close-to-tray = Продолжать синхронизацию в трее после закрытия окна
settings-notifications = Показывать уведомления
settings-phone = Ваш телефон
settings-phone-switch = Разрешить телефону подключаться к этому компьютеру
settings-phone-hint = Когда это включено, телефоны и другие устройства в той же сети (Wi-Fi) могут открыть Skyfolio этого компьютера в своём браузере. В домашней сети соединение не шифруется: включайте это дома, а не в общественном Wi-Fi.
settings-phone-qr = QR-код для входа с телефона
settings-phone-address = Адрес для телефона
# $time — когда код перестанет действовать: время (с датой, если это не скоро).
settings-phone-scan = Отсканируйте его камерой телефона или откройте адрес в браузере телефона. Код позволяет войти с телефона один раз и действует до { $time }.
settings-phone-new-code = Новый код
settings-phone-expired = Срок действия этого кода истёк. Нажмите «Новый код», чтобы получить другой.
settings-phone-no-network = Этот компьютер не подключён к сети, в которой его может найти телефон. Подключите его к своему Wi-Fi и нажмите «Новый код».
settings-cache = Кэш миниатюр
settings-cache-hint = Уменьшенные копии фото, чтобы лента открывалась быстро. После очистки они снова создаются при прокрутке.
settings-cache-size = { $size } на этом компьютере
settings-cache-clear = Очистить
settings-cache-cleared = Кэш миниатюр очищен
settings-account = Сервер и аккаунт
settings-account-open = Управление аккаунтом

## Состояние синхронизации

nav-health = Синхронизация
health-title = Состояние синхронизации
health-lead = Что ещё в очереди, что не удалось синхронизировать и почему, а что ждёт вашего подтверждения.
health-last-success = Последняя полная синхронизация
health-never = Никогда
health-pending = В очереди
health-nothing-pending = Ничего
# $count — число файлов, которые не удалось синхронизировать.
health-failed = { $count ->
    [one] Не удалось синхронизировать { $count } файл
    [few] Не удалось синхронизировать { $count } файла
    [many] Не удалось синхронизировать { $count } файлов
   *[other] Не удалось синхронизировать { $count } файла
}
health-direction-upload = Загрузка
health-direction-download = Скачивание
# $direction — «Загрузка» или «Скачивание»; $reason — причина; $next — когда будет следующая попытка.
health-failed-meta = { $direction } · { $reason } · { $attempts ->
    [one] { $attempts } попытка
    [few] { $attempts } попытки
    [many] { $attempts } попыток
   *[other] { $attempts } попытки
}, следующая: { $next }
health-retry = Повторить сейчас
health-retried = { $count ->
    [one] Повторяем попытку для { $count } файла
    [few] Повторяем попытку для { $count } файлов
    [many] Повторяем попытку для { $count } файлов
   *[other] Повторяем попытку для { $count } файла
}
health-held-folder-empty = Эта папка пуста, хотя в ней были фото. Пока вы не ответите, в ней ничего не делается: верните их из облака или удалите их и в облаке.
health-held-album-empty = В облаке для этой папки больше ничего нет, хотя раньше было. Пока вы не ответите, в ней ничего не делается: верните их в облако или переместите их в корзину и на этом компьютере.
health-held-many = { $count ->
    [one] { $count } удаление ждёт вашего ответа.
    [few] { $count } удаления сразу ждут вашего ответа.
    [many] { $count } удалений сразу ждут вашего ответа.
   *[other] { $count } удаления сразу ждут вашего ответа.
}
health-held-always-ask = { $count ->
    [one] { $count } удаление ждёт вашего ответа, как задано в настройках.
    [few] { $count } удаления ждут вашего ответа, как задано в настройках.
    [many] { $count } удалений ждут вашего ответа, как задано в настройках.
   *[other] { $count } удаления ждут вашего ответа, как задано в настройках.
}
health-held-to-cloud = в корзину облака
health-held-to-trash = в корзину на этом компьютере
health-held-more = и ещё { $count }
health-held-delete = Удалить и на другой стороне
health-held-restore = Вернуть их
health-apply-title = { $count ->
    [one] Удалить { $count } фото и на другой стороне?
    [few] Удалить { $count } фото и на другой стороне?
    [many] Удалить { $count } фото и на другой стороне?
   *[other] Удалить { $count } фото и на другой стороне?
}
health-apply-body = Там они попадут в корзину, откуда их можно восстановить в течение 30 дней.
health-rename-twin = Дать собственное имя
health-renamed-twin = Переименовано в облаке: { $name }.
health-not-synced = { $count ->
    [one] { $count } файл не синхронизируется
    [few] { $count } файла не синхронизируются
    [many] { $count } файлов не синхронизируются
   *[other] { $count } файла не синхронизируются
}
health-all-good = Всё синхронизировано.
health-diagnostics = Диагностика
health-diagnostics-hint = Один файл с версиями, настройками, состоянием синхронизации и недавними журналами — для того, кто помогает вам разобраться. Фото, паролей и токенов в нём нет.
health-diagnostics-save = Сохранить диагностику…
health-diagnostics-dialog = Сохранить диагностику
# $path — куда сохранён файл; $size — его размер.
health-diagnostics-saved = Сохранено в { $path } ({ $size })

## Уведомления

notice-sync-finished-title = Синхронизация завершена
notice-sync-finished-body = { $uploaded ->
    [one] Загружен { $uploaded } файл
    [few] Загружено { $uploaded } файла
    [many] Загружено { $uploaded } файлов
   *[other] Загружено { $uploaded } файла
}, { $downloaded ->
    [one] скачан { $downloaded }
    [few] скачано { $downloaded }
    [many] скачано { $downloaded }
   *[other] скачано { $downloaded }
}.
notice-failed-title = { $count ->
    [one] Не удалось синхронизировать { $count } файл
    [few] Не удалось синхронизировать { $count } файла
    [many] Не удалось синхронизировать { $count } файлов
   *[other] Не удалось синхронизировать { $count } файла
}
notice-failed-body = Откройте Skyfolio и загляните в раздел «Синхронизация»: там видно, почему, и можно повторить попытку.
notice-signed-out-title = Синхронизация остановлена
notice-signed-out-body = Этот компьютер вышел из аккаунта. Войдите снова, чтобы продолжить синхронизацию; ваши фото остаются на месте.
notice-unlinked-body = Этот компьютер отвязан от аккаунта. Войдите снова, чтобы продолжить синхронизацию; ваши фото остаются на месте.
notice-storage-title = Облако почти заполнено
# $percent — целое число.
notice-storage-body = Занято { $percent }% места. Очистите корзину или удалите большие видео, чтобы резервное копирование продолжилось.
notice-tray-title = Skyfolio продолжает синхронизацию
notice-tray-body = После закрытия окна Skyfolio остаётся в трее. Оттуда его можно открыть или выйти из него.

## Языки, каждый назван на своём языке

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

## Значок в трее

tray-open = Открыть Skyfolio
tray-sync-now = Синхронизировать
tray-pause = Приостановить синхронизацию
tray-resume = Возобновить синхронизацию
tray-language = Язык
tray-quit = Выйти из Skyfolio
tray-status-paused = Синхронизация приостановлена
tray-tooltip = Skyfolio · { $status }

## Диалоги

dialog-ok = ОК
dialog-cancel = Отмена
dialog-close = Закрыть

## Командная строка

# То, что выводит команда `skyfolio`. Её строки короткие и начинаются со строчной буквы, как у
# других инструментов командной строки; то, что идёт после `--` (--all, --home DIR), и
# `skyfolio …` набирается как есть и не переводится. $path и $folder — места на этом компьютере,
# $reason — почему что-то не получилось (сообщение об ошибке, а за ним в скобках подробности).
# $message — сообщение об ошибке; $detail называет файл и причину, по-английски.
cli-error = skyfolio: { $message }
cli-error-detail = { $message } ({ $detail })
cli-no-home = негде хранить библиотеку: укажите --home DIR
cli-no-runtime = Skyfolio не удалось запустить рабочие потоки
cli-download-what = укажите, что скачать: --all, --album ИМЯ или --id ID
# $language — язык, названный на нём самом; $tag — его код (ru-RU).
cli-language-chosen = { $language } ({ $tag }), выбран здесь (`skyfolio language --system` снова следует языку этого компьютера)
cli-language-system = { $language } ({ $tag }), язык этого компьютера (`skyfolio language TAG` выбирает другой)
cli-language-available = языки:
cli-language-set = язык Skyfolio теперь — { $language } ({ $tag }), здесь и в приложении
cli-language-set-system = Skyfolio снова следует языку этого компьютера: { $language } ({ $tag })
# $languages — список кодов: en-US, zh-CN…
cli-language-unknown = язык { $tag } в Skyfolio не поддерживается; выберите один из этих: { $languages }
# Знак между целой и дробной частью числа (1,5 МБ).
cli-decimal-mark = ,
# То, что разделяет части перечисления (загружено: 3, скачано: 2).
cli-list-separator = { ", " }
cli-size-bytes = { $count ->
    [one] { $count } байт
    [few] { $count } байта
    [many] { $count } байт
   *[other] { $count } байта
}
# $amount — число, например 1,5.
cli-size-kb = { $amount } кБ
cli-size-mb = { $amount } МБ
cli-size-gb = { $amount } ГБ
cli-size-tb = { $amount } ТБ
cli-never = никогда
cli-login-password = Пароль:
cli-login-password-stdin = передайте пароль через стандартный ввод с --password-stdin
cli-login-password-unread = не удалось прочитать пароль
# $device — имя, под которым этот компьютер виден среди привязанных устройств.
cli-login-done = выполнен вход на { $server } как { $email } (этот компьютер называется «{ $device }»; токен хранится { $store ->
    [keychain] в связке ключей
   *[file] в закрытом файле
})
cli-logout-server-not-told = не удалось сообщить серверу; этот компьютер забыл свой токен
cli-logout-trashed = выход выполнен; синхронизированных фото и видео перемещено в корзину: { $count }
cli-logout-kept = выход выполнен; ваши фото остаются на этом компьютере
# $done — перечисление того, что сделал проход (сообщения ниже), или «всё синхронизировано».
cli-sync-folder = { $folder }: { $done }
cli-sync-uploaded = загружено: { $count }
cli-sync-downloaded = скачано: { $count }
cli-sync-moved = перемещено: { $count }
cli-sync-trashed-in-cloud = отправлено в корзину облака: { $count }
cli-sync-trashed-here = перемещено в корзину этого компьютера: { $count }
cli-sync-conflicts = { $count ->
    [one] { $count } файл сохранён в обеих версиях
    [few] { $count } файла сохранены в обеих версиях
    [many] { $count } файлов сохранены в обеих версиях
   *[other] { $count } файла сохранены в обеих версиях
}
cli-sync-in-step = всё синхронизировано
cli-sync-settling-wait = { $count ->
    [one] ожидание { $count } файла, который ещё записывается…
    [few] ожидание { $count } файлов, которые ещё записываются…
    [many] ожидание { $count } файлов, которые ещё записываются…
   *[other] ожидание { $count } файла, которые ещё записываются…
}
cli-sync-settling = { $count ->
    [one] { $count } файл ещё записывается: пока не отправлен
    [few] { $count } файла ещё записываются: пока не отправлены
    [many] { $count } файлов ещё записываются: пока не отправлены
   *[other] { $count } файла ещё записываются: пока не отправлены
}
cli-sync-skipped = { $count ->
    [one] { $count } файл изменился во время синхронизации: оставлен до следующего прохода
    [few] { $count } файла изменились во время синхронизации: оставлены до следующего прохода
    [many] { $count } файлов изменились во время синхронизации: оставлены до следующего прохода
   *[other] { $count } файла изменились во время синхронизации: оставлены до следующего прохода
}
# $problem по-английски говорит, почему папка не синхронизирована (не найдена, не читается).
cli-sync-folder-problem = не синхронизировано: { $problem }
cli-sync-waiting = { $count ->
    [one] { $count } передача ждёт повторной попытки
    [few] { $count } передачи ждут повторной попытки
    [many] { $count } передач ждут повторной попытки
   *[other] { $count } передачи ждут повторной попытки
}
cli-held-folder-empty = папка пуста, хотя в ней были фото: пока вы не ответите, в ней ничего не делается
cli-held-album-empty = в облаке для этой папки больше ничего нет, хотя раньше было: пока вы не ответите, в ней ничего не делается
cli-held-many = { $count ->
    [one] { $count } файл попал бы в корзину: он ждёт вашего ответа
    [few] { $count } файла сразу попали бы в корзину: они ждут вашего ответа
    [many] { $count } файлов сразу попали бы в корзину: они ждут вашего ответа
   *[other] { $count } файла сразу попали бы в корзину: они ждут вашего ответа
}
cli-held-always-ask = { $count ->
    [one] { $count } удаление ждёт вашего ответа, как задано в настройках
    [few] { $count } удаления ждут вашего ответа, как задано в настройках
    [many] { $count } удалений ждут вашего ответа, как задано в настройках
   *[other] { $count } удаления ждут вашего ответа, как задано в настройках
}
cli-held-to-cloud = { $path } → корзина облака
cli-held-to-trash = { $path } → корзина на этом компьютере
cli-held-more = и ещё { $count }
cli-held-answer = ответьте командой `skyfolio sync --delete-held { $fingerprint }` (удалить и на другой стороне) или `skyfolio sync --restore-held { $fingerprint }` (вернуть их)
cli-held-prompt = Удалить и на другой стороне (d), вернуть (r) или пока оставить (Enter)?{ " " }
cli-failed = ошибка: { $path }: { $reason }
cli-not-synced = не синхронизируется: { $path }: { $reason }
cli-status-signed-in = выполнен вход на { $server } как { $email } («{ $device }»)
cli-status-signed-out = вход не выполнен
cli-status-paused = синхронизация приостановлена (skyfolio resume)
# $other считает перемещения, удаления и записи; $time — когда всё было синхронизировано в последний раз.
cli-status-summary = в очереди: к загрузке { $uploads }, к скачиванию { $downloads }, прочее { $other }; с ошибками: { $failed }; последняя полная синхронизация: { $time }
cli-status-failed = { $direction ->
    [upload] загрузка
   *[download] скачивание
} { $path }: { $reason } ({ $attempts ->
    [one] { $attempts } попытка
    [few] { $attempts } попытки
    [many] { $attempts } попыток
   *[other] { $attempts } попытки
})
# $mode — two-way, upload-only или download-only, как пишется после --mode; $album — одно из двух
# сообщений ниже.
cli-folder = { $path } ({ $mode }, { $album })
cli-whole-cloud = всё облако
cli-album = альбом «{ $album }»
cli-folder-removed = папка { $path } убрана (файлы в ней не тронуты)
cli-paused = синхронизация приостановлена
cli-resumed = синхронизация возобновлена
cli-upload-summary = загружено: { $uploaded }, уже в облаке: { $already }, не фото и не видео: { $skipped }, с ошибками: { $failed }
cli-download-summary = скачано: { $downloaded }, уже на месте: { $already }, с ошибками: { $failed }
# $id — идентификатор объекта для `skyfolio trash restore`; $time — когда он удалён.
cli-trash-item = { $id }  { $path }  удалён { $time }
cli-trash-restored = восстановлено: { $path }
cli-trash-emptied = корзина пуста
# Каждое значение — размер, например 1,5 ГБ.
cli-storage = использовано { $used } из { $quota }: фото { $photos }, видео { $videos }, прочее { $other }, корзина { $trash }
# $seen и $synced — дата и время или «никогда».
cli-device = { $id }  { $name } ({ $platform })  последняя активность { $seen }, последняя синхронизация { $synced }
cli-device-this = { $id }  { $name } ({ $platform }), этот компьютер  последняя активность { $seen }, последняя синхронизация { $synced }
cli-device-unlinked = устройство { $id } отвязано
# $state — одно из состояний папки выше («Готово», «Не найдена»…).
cli-scan-not-ok = { $folder }: { $state }; ничего не изменено
cli-scan-summary = { $folder }: { $files ->
    [one] { $files } файл
    [few] { $files } файла
    [many] { $files } файлов
   *[other] { $files } файла
}; новых: { $added }, изменённых: { $changed }, перемещённых: { $moved }, удалённых: { $deleted }, без изменений: { $unchanged }, не фото и не видео: { $ignored }, с ошибками: { $failed }
cli-scan-busy = файл ещё записывается, он останется до следующей проверки: { $path }
cli-scan-no-folders = в библиотеке пока нет папок: добавьте папку командой `skyfolio folder add DIR`
cli-thumbnails-summary = миниатюры: создано { $made }, без предпросмотра { $without }, с ошибками { $failed }
cli-no-thumbnail = нет миниатюры: { $path }: { $reason }
cli-watch-ready = отслеживаем изменения (Ctrl+C — остановить)
# $reason по-английски говорит, почему система не сообщает об изменениях.
cli-watch-not-followed = { $folder }: изменения не отслеживаются сразу ({ $reason }); папка регулярно проверяется заново
cli-cache-size = миниатюры занимают { $size } ({ $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байта
    [many] { $bytes } байт
   *[other] { $bytes } байта
})
cli-cache-cleared = кэш миниатюр очищен
# Вместо даты съёмки в списке библиотеки.
cli-no-date = (без даты)
cli-import-not-a-library-folder = { $path } — не папка библиотеки: добавьте её командой `skyfolio folder add { $path }`
# $how — move (переместить) или copy (скопировать).
cli-import-summary = { $how ->
    [move] перемещено
   *[copy] скопировано
}: { $imported }, уже в библиотеке: { $duplicates }, не фото и не видео: { $skipped }, с ошибками: { $failed }
cli-info-error = ошибка: { $reason }
cli-info-summary = { $files ->
    [one] { $files } файл
    [few] { $files } файла
    [many] { $files } файлов
   *[other] { $files } файла
}, не читается: { $failed }
cli-info-size-unknown = размеры неизвестны
# $mime — тип, например image/jpeg; $dimensions — ширина×высота в пикселях или «размеры
# неизвестны»; $size — размер файла; $seconds — длительность видео.
cli-info-what = { $kind ->
    [photo] фото
   *[video] видео
} ({ $mime }), { $dimensions }, { $size }
cli-info-what-timed = { $kind ->
    [photo] фото
   *[video] видео
} ({ $mime }), { $dimensions }, { $seconds } с, { $size }
# $time — часы камеры; $source — откуда прочитано время (exif-original, xmp, quicktime…).
cli-info-taken = снято { $time } (по { $source })
cli-info-no-date = время съёмки неизвестно
cli-info-camera = камера { $camera }
cli-info-place = место съёмки { $latitude }, { $longitude }
# $orientation — ориентация EXIF, от 1 до 8; $hash — хеш содержимого.
cli-info-orientation = ориентация { $orientation }, хеш { $hash }
cli-thumbs-size = размер должен быть 256 или 1440
cli-thumbs-cannot-create = не удалось создать { $path }
# $skipped — сумма трёх чисел в скобках.
cli-thumbs-summary = создано: { $made }, пропущено: { $skipped } (уже есть: { $there }, не фото и не видео: { $unsupported }, без предпросмотра: { $without }), с ошибками: { $failed }
cli-thumbs-no-preview = нет предпросмотра: { $path }: { $reason }

## Ошибки по кодам

error-io = Skyfolio не удалось прочитать или записать файл.
error-empty-file = Этот файл пуст.
error-unsupported-format = Skyfolio не умеет показывать файлы такого типа.
error-too-large = Это изображение слишком большое, открыть его безопасно не получится.
error-corrupt = Этот файл повреждён или записан не полностью.
error-timeout = Создание предпросмотра заняло слишком много времени.
error-database = Не удалось прочитать служебные данные Skyfolio. Перезапустите Skyfolio; если ошибка повторится, проверьте диск.
error-not-a-folder = Это не папка.
error-folder-overlaps = Эта папка находится внутри уже синхронизируемой папки или сама содержит такую.
error-unknown-folder = Эта папка не синхронизируется.
error-invalid-setting = Недопустимое значение настройки.
error-invalid-server = Это не адрес сервера. Введите его в виде https://photos.example.org.
error-unreachable = Не удаётся связаться с сервером. Проверьте адрес и подключение к сети — Skyfolio автоматически повторит попытку.
error-protocol = Сервер ответил так, что Skyfolio не может его понять. Это сервер Skyfolio той же версии?
error-not-signed-in = На этом компьютере не выполнен вход.
error-credentials = Skyfolio не удалось сохранить или найти данные для входа на этом компьютере.
error-hash-mismatch = Файл пришёл повреждённым. Skyfolio скачает его заново.
error-changed-meanwhile = Файл изменился во время отправки. Skyfolio отправит его заново.
error-invalid-album = Такое название альбома использовать нельзя. Используйте простые названия, без / в начале и в конце.
error-album-taken = Этот альбом уже синхронизируется в обе стороны с другой папкой.
error-nothing-selected = В облаке нет ничего подходящего.
error-invalid-name = Облако не принимает такое имя файла.
error-name-taken = Здесь уже есть файл с таким же именем, которое отличается только регистром букв.
error-invalid-path = Это имя использовать нельзя.
error-online-only = На этом компьютере есть только заглушка этого файла: его содержимое хранится в облачном диске, например OneDrive или iCloud Drive. Skyfolio не скачивает его сам; сохраните файл на этом компьютере, чтобы включить его.
error-bad-request = Сервер отклонил запрос Skyfolio.
error-unsupported-media-type = Сервер отклонил запрос Skyfolio.
error-headers-too-large = Сервер отклонил запрос Skyfolio.
error-uri-too-long = Сервер отклонил запрос Skyfolio.
error-unauthorized = Этот компьютер вышел из аккаунта или был отвязан. Войдите снова, чтобы продолжить синхронизацию.
error-invalid-credentials = Неверный адрес электронной почты или пароль.
error-too-many-attempts = Слишком много попыток. Подождите немного и попробуйте снова.
error-forbidden = Это может сделать только администратор сервера.
error-registration-closed = На этом сервере нельзя создать аккаунт без приглашения. Попросите приглашение у администратора сервера.
error-invalid-invite = Этот код приглашения не подходит: возможно, в нём опечатка, он уже использован или срок его действия истёк. Попросите новый код у администратора сервера.
error-email-taken = Аккаунт с этим адресом уже существует. Войдите в него.
error-weak-password = Придумайте пароль не короче 8 символов.
error-not-found = Этого здесь уже нет.
error-path-taken = Объект с таким именем уже есть.
error-offset-mismatch = Загрузка была прервана. Skyfolio продолжит её.
error-checksum-mismatch = Часть загружаемого файла пришла повреждённой. Skyfolio отправит её заново.
error-size-mismatch = Файл изменился во время отправки. Skyfolio отправит его заново.
error-upload-busy = Этот файл уже загружается.
error-quota-exceeded = Хранилище заполнено. Очистите корзину или освободите место.
error-storage-full = Диск облака заполнен, больше ничего сохранить нельзя. Ничего не потеряно: файлы ждут здесь, и синхронизация продолжится сама, как только на сервере появится место.
error-not-ready = Предпросмотр ещё создаётся.
error-no-preview = Для этого объекта нет предпросмотра.
error-range-not-satisfiable = У сервера нет данных, которые запросил Skyfolio.
error-server-busy = Сервер сейчас перегружен. Попробуйте ещё раз чуть позже.
error-internal = Что-то пошло не так в Skyfolio или на сервере. Попробуйте ещё раз чуть позже.
error-unknown = Что-то пошло не так.
error-held-changed = То, что ждёт вашего ответа, изменилось с тех пор, как было показано. Посмотрите ещё раз, затем ответьте.

## В браузере

welcome-browser-title = Вход в Skyfolio
# $host is the server's address, as the browser shows it.
welcome-browser-body = Ваши фото и видео на { $host }. Войдите или создайте учётную запись, чтобы смотреть, загружать и скачивать их в этом браузере.
welcome-not-encrypted = Эта страница не зашифрована (она открыта по http://, а не https://). Ваш пароль и фотографии передаются по сети так, что их могут прочитать другие. Попросите у администратора сервера адрес https://.
settings-language-browser = Как в этом браузере ({ $language })
settings-language-hint-browser = Страница переключится сразу; этот браузер запомнит выбор.
account-browser = Этот браузер
error-desktop-only = Это работает только в приложении Skyfolio на компьютере.
gallery-empty-browser = Нажмите «Добавить фото», чтобы загрузить фото и видео с этого устройства, или перетащите их на эту страницу.
error-unauthorized-browser = Вы вышли из аккаунта. Войдите снова, чтобы увидеть свои фото.
error-not-signed-in-browser = Вы не вошли в аккаунт. Войдите, чтобы увидеть свои фото.
error-unreachable-browser = Не удаётся связаться с сервером. Проверьте подключение к сети и повторите попытку.
error-storage-full-browser = Диск облака заполнен, больше ничего сохранить нельзя. Повторите попытку, когда на сервере появится место.
welcome-pair-refused = Код входа с вашего компьютера уже использован или истёк. Создайте на компьютере новый: Настройки → Разрешить телефону подключаться к этому компьютеру → Новый код. Затем отсканируйте его снова.
welcome-pair-hint = Входите в Skyfolio на своём компьютере? Включите там Настройки → Разрешить телефону подключаться к этому компьютеру и отсканируйте код.

## Google Takeout import

cli-takeout-source = { $path }: файлов: { $entries }
cli-takeout-source-unreadable = { $path }: не прочитано: { $reason }
cli-takeout-review = фото: { $photos }, видео: { $videos } (живых фото: { $motion }), альбомов: { $albums }, { $size }
cli-takeout-review-details = дата из JSON Google: { $dated }; с местом: { $places }; избранное: { $favorites }; в архиве: { $archived }; в корзине Google: { $trashed }; без JSON: { $without }
cli-takeout-skipped = не импортировано: { $count } × { $what } ({ $reason })
cli-takeout-dry-run = ничего не отправлено (--dry-run)
cli-takeout-summary = импортировано: { $imported }, уже было: { $already }, сделано прежним импортом: { $earlier }, ошибок: { $failed }; файлов JSON Google без фото: { $orphans }, пропущено файлов: { $ignored }, отклонено: { $refused }
cli-takeout-marks = избранное ({ $favorites }) и архив ({ $archived }) пришли как обычные фото: в облаке таких отметок пока нет; элементы из корзины Google ({ $trashed }) лежат в корзине
cli-takeout-report = отчёт записан в { $path }
cli-takeout-time-zone = { $zone } — не часовой пояс, известный этому компьютеру (Europe/Moscow, UTC…)
error-bad-zip = Это не zip-архив или повреждённый архив (загрузка не завершилась?). Скачайте эту часть ещё раз.
error-not-a-file = Это не файл (папка или ссылка): он остаётся на месте.
error-damaged-json = JSON-файл Google для этой фотографии повреждён: даты и места из него не используются.
error-not-an-object = JSON-файл Google для этой фотографии не того вида, что пишет Google Фото: даты и места из него не используются.
error-zip-bomb = Этот элемент zip заявляет гораздо больше байт, чем бывает у фото: он не прочитан.
error-scratch-full = На этом компьютере не хватает свободного места, чтобы извлечь этот файл из zip.
error-part-missing = Этого файла нет в указанных частях Takeout. Добавьте недостающую часть и импортируйте снова.

## Телефоны и карты памяти

cli-device-found = { $name } ({ $path })
cli-device-none = Не подключено ни телефона, ни карты с папкой DCIM: укажите папку.
cli-device-several = Подключено несколько телефонов или карт: укажите папку одного из них:
cli-device-summary = сохранено: { $imported }, уже в облаке или на этом компьютере: { $already }, не фото и не видео: { $skipped }, ошибок: { $failed }
cli-free-device-plan = Файлы ({ $files }, { $size }) надёжно лежат в облаке и могут быть удалены: запустите снова с --yes
cli-free-device-done = удалено файлов: { $files } (освобождено { $size }); оставлено: { $kept }
error-not-confirmed = В облаке нет содержимого этого файла: он остаётся.

## Телефоны, карты памяти и Google Takeout в приложении

card-found = Подключено устройство «{ $name }»: сохранить его фото и видео?
card-backing-up = Сохранение «{ $name }»…
card-backed-up = «{ $name }» сохранено.
card-back-up = Сохранить этот телефон или карту
card-free-space = Освободить место
card-not-now = Не сейчас
card-nothing-to-free = На «{ $name }» пока нет ничего, что уже в облаке.
card-free-title = Освободить место на «{ $name }»?
card-free-body = { $count ->
    [one] { $count } файл ({ $size }) надёжно в облаке. Он будет удалён с карты; облако его сохранит.
    [few] { $count } файла ({ $size }) надёжно в облаке. Они будут удалены с карты; облако их сохранит.
   *[other] { $count } файлов ({ $size }) надёжно в облаке. Они будут удалены с карты; облако их сохранит.
}
card-free-confirm = { $count ->
    [one] Удалить { $count } файл
    [few] Удалить { $count } файла
   *[other] Удалить { $count } файлов
}
card-freed = Удалено файлов: { $count }, освобождено { $size }; оставлено: { $kept }.
add-takeout = Из Google Фото
takeout-dialog = Выберите zip-файлы вашего Google Takeout
takeout-review-title = Импортировать из Google Фото?
takeout-review-items = Фото: { $photos }, видео: { $videos }, альбомов: { $albums }, { $size }.
takeout-review-details = Дата от Google: { $dated }. С местом: { $places }. Избранное: { $favorites }. Из корзины Google (попадут в корзину): { $trashed }.
takeout-review-earlier = Уже импортировано раньше и будет пропущено: { $count }.
takeout-review-unreadable = Не удаётся прочитать { $path }: { $reason }
takeout-import = Импортировать
takeout-report-at = Отчёт по каждому элементу будет сохранён в { $path }
import-finished = В облаке элементов: { $count } (уже были там: { $already }).
transfer-import-running = Импорт { $done } из { $total }
transfer-import-paused = Импорт приостановлен, { $done } из { $total }
transfer-import-done = Импортировано { $done } из { $total }
transfer-import-cancelled = Импорт отменён
transfer-import-failed = Импорт завершён с проблемами
error-not-a-backup-folder = Место освобождается только в папках резервного копирования (только отправка): здесь удаление фото удалило бы его и из облака или оно вернулось бы.

health-imports = Импорт из Google Фото
health-import = Импортировано { $when }
takeout-show-report = Показать отчёт
takeout-report-title = Что пришло из Google Фото
takeout-report-saved = Полный отчёт сохранён таблицей: { $path }
takeout-report-marks = Избранное: { $favorites }. В архиве: { $archived }. Из корзины Google, теперь в корзине: { $trashed }.
takeout-report-empty = Здесь ничего нет.
takeout-report-more = Показать ещё { $count }
takeout-group-failed = Ошибки
takeout-group-not-imported = Фото нет в Takeout
takeout-group-imported = Импортировано
takeout-group-already = Уже было
takeout-group-skipped = Не фото
takeout-group-all = Всё
takeout-column-name = Имя
takeout-column-outcome = Что произошло
takeout-column-where = Где сейчас
takeout-column-why = Почему
takeout-earlier = прошлым импортом
takeout-outcome-imported = Импортировано
takeout-outcome-already-present = Уже было
takeout-outcome-failed = Ошибка
takeout-outcome-not-imported = Не импортировано
takeout-outcome-ignored = Пропущено
takeout-outcome-refused = Отклонено
takeout-outcome-problem = Заметка
takeout-reason-no-media = JSON от Google есть, а фото нет: не хватает части Takeout?
takeout-reason-ambiguous = К этому JSON одинаково подходят несколько фото; он не отдан ни одному.
takeout-reason-not-media = Не фото и не видео.
takeout-reason-system-file = Файл, оставленный компьютером или архиватором.
takeout-reason-not-a-sidecar = Данные Google, не относящиеся к фото.
takeout-reason-extra-album-metadata = Второе описание альбома в одной папке.
takeout-reason-unused-album-metadata = Описание альбома в папке без фото.
takeout-reason-empty = У записи нет имени.
takeout-reason-not-utf8 = Имя записи — нечитаемый текст.
takeout-reason-too-long = Имя записи слишком длинное.
takeout-reason-absolute = Имя записи указывает за пределы Takeout.
takeout-reason-dot-segment = Имя записи указывает за пределы Takeout.
takeout-reason-empty-segment = В имени записи есть пустая папка.
takeout-reason-backslash = В имени записи есть обратная косая черта.
takeout-reason-control-character = В имени записи есть управляющие символы.
takeout-reason-damaged-json = Его JSON от Google повреждён: даты и места из него не используются.
takeout-reason-json-not-read = Его JSON от Google не удалось прочитать.
takeout-reason-conflicting-copies = В частях под этим именем разные файлы: сохранены оба.

settings-folder-free = Освободить место
free-title = Освободить место в { $path }
free-lead = Фото и видео этой папки резервного копирования, которые надёжно хранятся в облаке, могут уйти с этого компьютера (через корзину). Они остаются в ленте и загружаются, когда вы их открываете.
free-age = Какие
free-age-any = Любого возраста
free-age-months = { $months ->
    [one] Не менялись { $months } месяц
    [few] Не менялись { $months } месяца
    [many] Не менялись { $months } месяцев
   *[other] Не менялись { $months } месяца
}
free-size = Размер
free-size-any = Любого размера
free-size-over = Больше { $size }
free-counting = Спрашиваем облако…
free-found = { $count ->
    [one] { $count } файл ({ $size }) надёжно хранится в облаке.
    [few] { $count } файла ({ $size }) надёжно хранятся в облаке.
    [many] { $count } файлов ({ $size }) надёжно хранятся в облаке.
   *[other] { $count } файла ({ $size }) надёжно хранятся в облаке.
}
free-nothing = Пока ничего не подходит: удалять нечего.
free-confirm-none = Удалять нечего

update-available = Skyfolio { $version } готов к установке.
update-install = Установить и перезапустить
update-later = Позже
update-installing = Устанавливается Skyfolio { $version }… Skyfolio перезапустится по окончании.
error-no-update = Более новая версия для установки не найдена.
error-update-failed = Не удалось установить обновление; эта версия продолжает работать.
health-keep-here = Скачать и включить
health-kept-here = { $name } загружается на этот компьютер; синхронизация возьмёт его следующим.
