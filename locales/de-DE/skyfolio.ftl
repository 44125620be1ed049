# Skyfolio, Deutsch (Deutschland).
# Jeder Text, den man in Skyfolio sieht, steht hier. IDs sind in kebab-case: `area-thing[-state]`;
# Fehlermeldungen heißen `error-<code>`, eine für jeden Code, den die App melden kann.

## Das Fenster

app-title = Skyfolio
page-loading = Wird geladen…
nav-label = Bereiche
nav-photos = Fotos
nav-albums = Alben
nav-trash = Papierkorb
nav-storage = Speicher
nav-devices = Geräte
nav-account = Konto

## Erster Start

welcome-title = Willkommen bei Skyfolio
welcome-lead = Deine Fotos und Videos – auf jedem Computer, den du nutzt, und in einer Cloud, die dir gehört.
welcome-local-title = Lokale Cloud auf diesem Computer nutzen
welcome-local-body = Leg gleich los: Skyfolio bewahrt eine zweite, sichere Kopie deiner Fotos in einem eigenen Ordner auf diesem Computer auf. Zu einem Server wechseln kannst du später.
welcome-local-button = Mit lokaler Cloud starten
welcome-local-starting = Wird gestartet…
welcome-server-title = Bei einem Skyfolio-Server anmelden
welcome-server-body = Nutze den Server deiner Familie oder deiner Firma – oder deinen eigenen.
welcome-server = Serveradresse
welcome-email = E-Mail
welcome-password = Passwort
welcome-register = Konto auf diesem Server erstellen
welcome-invite = Einladungscode (falls du vom Administrator des Servers einen bekommen hast)
welcome-sign-in-button = Anmelden
welcome-register-button = Konto erstellen

## Die Symbolleiste

add-photos = Fotos hinzufügen
add-photos-dialog = Fotos und Videos zum Hochladen auswählen
add-folder = Ordner hinzufügen
add-folder-dialog = Ordner zum Hochladen auswählen
filter-label = Anzeigen
filter-all = Alle
filter-photos = Fotos
filter-videos = Videos
selection-count = { $count ->
    [one] { $count } ausgewählt
   *[other] { $count } ausgewählt
}
selection-download = Herunterladen
selection-trash = In den Papierkorb verschieben
selection-clear = Auswahl aufheben

## Die Zeitleiste

gallery-label = Fotos und Videos, neueste zuerst
gallery-loading = Deine Fotos werden geladen…
gallery-empty-title = Hier erscheinen deine Fotos
gallery-empty = Zieh Fotos und Videos in dieses Fenster oder wähle „Fotos hinzufügen“.
gallery-count = { $count ->
    [one] { $count } Element
   *[other] { $count } Elemente
}
gallery-count-more = { $count ->
    [one] Bisher { $count } Element…
   *[other] Bisher { $count } Elemente…
}
# $day ist ein ausgeschriebenes Datum.
gallery-select-day = Alle Elemente vom { $day } auswählen
gallery-day-count = { $count ->
    [one] { $count } Element
   *[other] { $count } Elemente
}
gallery-photo = Foto
gallery-video = Video
place-this-computer = Nur auf diesem Computer
place-cloud = Nur in der Cloud
place-both = Auf diesem Computer und in der Cloud
tile-uploading = Wird hochgeladen
tile-failed = Konnte nicht hochgeladen werden

## Die Fotoansicht

viewer-label = Fotoansicht
viewer-previous = Vorheriges
viewer-next = Nächstes
viewer-zoom-in = Vergrößern
viewer-zoom-out = Verkleinern
viewer-info = Details
viewer-download = Herunterladen
viewer-trash = In den Papierkorb verschieben
viewer-close = Schließen
viewer-counter = { $position } von { $count }
viewer-photo-alt = Foto, aufgenommen am { $date }
viewer-no-preview = Für dieses Element gibt es keine Vorschau.
info-date = Aufgenommen
info-size = Größe
info-dimensions = Abmessungen
info-dimensions-value = { $width } × { $height }
info-duration = Dauer
info-camera = Kamera
info-place = Aufnahmeort
info-where = Speicherort
info-file = Datei
info-cloud-path = Pfad in der Cloud

## Hoch- und Herunterladen

drop-here = Zum Hochladen loslassen
upload-album-title = { $count ->
    [one] In welches Album soll 1 Element hochgeladen werden?
   *[other] In welches Album sollen { $count } Elemente hochgeladen werden?
}
upload-album-label = Album
upload-album-default = Uploads
upload-finished = { $count ->
    [one] 1 Element hochgeladen.
   *[other] { $count } Elemente hochgeladen.
}
download-dialog = Wähle, wo die Originale gespeichert werden
download-finished = { $count ->
    [one] 1 Element heruntergeladen.
   *[other] { $count } Elemente heruntergeladen.
}
download-only-here = { $count ->
    [one] 1 Element ist ohnehin nur auf diesem Computer und wird daher nicht heruntergeladen.
   *[other] { $count } Elemente sind ohnehin nur auf diesem Computer und werden daher nicht heruntergeladen.
}
transfers-label = Uploads und Downloads
transfer-upload-running = Hochladen: { $done } von { $total }
transfer-upload-paused = Hochladen pausiert, { $done } von { $total }
transfer-upload-done = { $done } von { $total } hochgeladen
transfer-upload-cancelled = Hochladen abgebrochen
transfer-upload-failed = Hochladen mit Problemen beendet
transfer-download-running = Herunterladen: { $done } von { $total }
transfer-download-paused = Herunterladen pausiert, { $done } von { $total }
transfer-download-done = { $done } von { $total } heruntergeladen
transfer-download-cancelled = Herunterladen abgebrochen
transfer-download-failed = Herunterladen mit Problemen beendet
transfer-bytes = { $done } von { $total }
transfer-file = { $name }: { $percent }
transfer-pause = Pausieren
transfer-resume = Fortsetzen
transfer-cancel = Abbrechen
transfer-dismiss = Ausblenden
transfer-failures = { $count ->
    [one] 1 Datei fehlgeschlagen
   *[other] { $count } Dateien fehlgeschlagen
}

## Synchronisierung

sync-syncing = Wird synchronisiert…
# $done zählt ab 1: die Datei, die gerade gesendet wird.
sync-uploading = Hochladen: { $done } von { $total }
sync-downloading = Herunterladen: { $done } von { $total }
sync-up-to-date = Auf dem neuesten Stand
sync-up-to-date-at = Auf dem neuesten Stand · { $time }
sync-pending = { $uploads } zum Hochladen, { $downloads } zum Herunterladen
sync-failed = { $count ->
    [one] 1 Datei konnte nicht synchronisiert werden
   *[other] { $count } Dateien konnten nicht synchronisiert werden
}
sync-signed-out = Nicht angemeldet
sync-held = { $count ->
    [one] Ein Ordner wartet auf deine Antwort
   *[other] { $count } Ordner warten auf deine Antwort
}
sync-folder-problems = { $count ->
    [one] Ein Ordner kann nicht synchronisiert werden
   *[other] { $count } Ordner können nicht synchronisiert werden
}

## Alben

albums-title = Alben
albums-top = Ohne Album
albums-empty = Alben erscheinen hier, sobald du Fotos in sie hochlädst.
albums-count = { $count ->
    [one] 1 Element
   *[other] { $countText } Elemente
}
albums-download = Herunterladen
albums-download-all = Alles herunterladen
albums-download-named = Album „{ $name }“ herunterladen

## Der Papierkorb

trash-title = Papierkorb
trash-lead = Gelöschte Fotos und Videos bleiben hier und zählen zu deinem Speicherplatz, bis sie endgültig gelöscht werden.
trash-nothing = Der Papierkorb ist leer.
trash-days-left = { $days ->
    [0] Wird heute endgültig gelöscht
    [one] Wird in 1 Tag endgültig gelöscht
   *[other] Wird in { $days } Tagen endgültig gelöscht
}
trash-restore = Wiederherstellen
trash-restored = „{ $name }“ ist wieder da.
trash-delete-forever = Endgültig löschen
trash-delete-forever-title = Endgültig löschen?
trash-delete-forever-body = „{ $name }“ wird von allen Geräten entfernt und kann nicht wiederhergestellt werden.
trash-empty-button = Papierkorb leeren
trash-empty-title = Papierkorb leeren?
trash-empty-body = Alles darin wird von allen Geräten entfernt und kann nicht wiederhergestellt werden.
trash-move = In den Papierkorb verschieben
trash-move-title = { $count ->
    [one] 1 Element in den Papierkorb verschieben?
   *[other] { $count } Elemente in den Papierkorb verschieben?
}
trash-move-body = Die Auswahl verschwindet von allen Geräten. Solange sie im Papierkorb liegt, kannst du sie von dort wiederherstellen.
trash-moved = { $count ->
    [one] 1 Element in den Papierkorb verschoben.
   *[other] { $count } Elemente in den Papierkorb verschoben.
}
trash-only-here = Diese Elemente gibt es nur auf diesem Computer: Lösche sie direkt in ihrem Ordner.

## Speicher

storage-title = Speicher
storage-used = { $used } von { $quota } belegt
storage-used-disk = { $used } belegt · { $free } frei auf diesem Computer
storage-photos = Fotos
storage-videos = Videos
storage-other = Andere Dateien
storage-trash = Papierkorb
storage-free-title = Speicherplatz freigeben
storage-empty-trash = Papierkorb leeren
storage-largest-videos = Größte Videos
storage-no-videos = Noch keine Videos.
storage-duplicates = Dasselbe Foto unter mehreren Namen
storage-no-duplicates = Kein Foto ist doppelt gespeichert.
storage-move-to-trash = In den Papierkorb verschieben
storage-uploads-title = Laufende Uploads
storage-uploads-lead = Dateien auf dem Weg in die Cloud belegen { $size } deines Speichers, bis sie angekommen sind. Ein Gerät, das noch sendet, macht von selbst weiter; brich die ab, die nicht mehr kommen.
storage-upload-detail = Von { $device } · { $done } von { $size }
storage-upload-unknown-device = einem anderen Gerät
storage-upload-cancel = Upload abbrechen

## Geräte

devices-title = Geräte
devices-lead = Alle Computer und Smartphones, die bei deinem Konto angemeldet sind. Wenn du ein Gerät trennst, hört es sofort auf zu synchronisieren.
devices-this = Dieser Computer
devices-never = nie
devices-meta = { $platform } · zuletzt aktiv: { $seen } · zuletzt synchronisiert: { $synced }
devices-platform = { $platform ->
    [linux] Linux
    [windows] Windows
    [macos] macOS
    [android] Android
    [ios] iOS
   *[other] { $platform }
}
devices-unlink = Trennen
devices-unlink-title = „{ $name }“ trennen?
devices-unlink-body = Das Gerät hört sofort auf zu synchronisieren und muss sich neu anmelden, um wieder dabei zu sein. Die Fotos darauf bleiben erhalten.

## Konto

account-title = Konto
account-where = Cloud
account-local-cloud = Eine lokale Cloud auf diesem Computer
account-email = Konto
account-local-owner = Du, auf diesem Computer
account-device = Dieser Computer
account-folders = Synchronisierte Ordner
account-no-folders = Noch kein Ordner. Füge einen hinzu, damit er in beide Richtungen mit der Cloud abgeglichen wird.
account-add-folder = Ordner hinzufügen
account-add-folder-dialog = Ordner zum Synchronisieren auswählen
account-sign-out = Abmelden
account-sign-out-title = Fotos auf diesem Computer behalten?
account-sign-out-body = Du meldest dich ab. Die Fotos und Videos in deinen synchronisierten Ordnern können hier bleiben – oder die, die sicher in der Cloud liegen, kommen in den Papierkorb.
account-sign-out-keep = Behalten und abmelden
account-sign-out-remove = Entfernen
account-sign-out-remove-title = Fotos von diesem Computer entfernen?
account-sign-out-remove-body = Alle Fotos und Videos, die sicher in der Cloud liegen, werden in den Papierkorb dieses Computers verschoben. Dateien, die es nur hier gibt, bleiben erhalten.
mode-two-way = In beide Richtungen
mode-upload-only = Sicherung: von diesem Computer in die Cloud
mode-download-only = Von der Cloud auf diesen Computer
folder-state-ok = Bereit
folder-state-missing = Nicht gefunden (Laufwerk nicht angeschlossen?)
folder-state-error = Kann nicht gelesen werden
folder-state-emptied = Leer, obwohl Fotos darin waren

## Einstellungen

nav-settings = Einstellungen
settings-title = Einstellungen
settings-language = Sprache
settings-language-system = Wie auf diesem Computer ({ $language })
settings-language-hint = Fenster, Infobereich und Mitteilungen wechseln sofort.
settings-folders = Ordner auf diesem Computer
settings-folders-hint = Jeder Ordner wird auf seine eigene Weise mit der Cloud synchronisiert. Wenn du einen Ordner entfernst, wird er nur nicht mehr synchronisiert: Die Fotos darin bleiben, wo sie sind.
# $path ist der Speicherort des Ordners auf diesem Computer.
settings-folder-mode = Wie „{ $path }“ synchronisiert wird
settings-folder-whole-cloud = Die ganze Cloud
settings-folder-album = Album „{ $album }“
settings-folder-paused = Pausiert
settings-folder-pause = Pausieren
settings-folder-resume = Fortsetzen
settings-folder-remove = Entfernen
settings-folder-remove-title = „{ $path }“ nicht mehr synchronisieren?
settings-folder-remove-body = Die Fotos und Videos darin bleiben auf diesem Computer und in der Cloud. Du kannst den Ordner jederzeit wieder hinzufügen.
settings-sync = Synchronisierung
settings-transfers = Gleichzeitig übertragene Dateien
settings-upload-limit = Geschwindigkeit beim Hochladen
settings-download-limit = Geschwindigkeit beim Herunterladen
settings-limit-none = So schnell wie möglich
# $size ist eine Größe wie „1 MB“.
settings-limit-rate = Höchstens { $size }/s
settings-deletions = Wenn ein Foto auf einer Seite gelöscht wird
settings-deletions-ask = Auch auf der anderen Seite löschen, aber vorher fragen, wenn viele auf einmal wegfallen
settings-deletions-send = Immer auch auf der anderen Seite löschen
settings-deletions-never = Auf der anderen Seite behalten, bis ich es bestätige
settings-deletions-hint = Gelöschte Fotos kommen auf beiden Seiten zuerst in einen Papierkorb und verschwinden nie sofort.
settings-app = Dieser Computer
settings-start-at-login = Skyfolio bei der Anmeldung starten
settings-close-to-tray = Nach dem Schließen des Fensters im Infobereich weiter synchronisieren
settings-notifications = Mitteilungen anzeigen
settings-phone = Dein Handy
settings-phone-switch = Zugriff von meinem Handy auf diesen Computer erlauben
settings-phone-hint = Wenn das eingeschaltet ist, können Handys und andere Geräte im selben Netzwerk (WLAN) Skyfolio auf diesem Computer in ihrem Browser öffnen. Im Heimnetz ist die Verbindung nicht verschlüsselt: Schalte es zu Hause ein, nicht in öffentlichen WLANs.
settings-phone-qr = QR-Code, mit dem sich dein Handy anmeldet
settings-phone-address = Adresse für dein Handy
# $time ist, wann der Code nicht mehr gilt: eine Uhrzeit (mit Datum, wenn es nicht bald ist).
settings-phone-scan = Scanne ihn mit der Kamera deines Handys oder öffne die Adresse in seinem Browser. Der Code meldet dein Handy einmal an und gilt bis { $time }.
settings-phone-new-code = Neuer Code
settings-phone-expired = Dieser Code ist abgelaufen. Wähle „Neuer Code“, um einen anderen zu bekommen.
settings-phone-no-network = Dieser Computer ist in keinem Netzwerk, das ein Handy erreichen kann. Verbinde ihn mit deinem WLAN und wähle dann „Neuer Code“.
settings-cache = Cache für Miniaturansichten
settings-cache-hint = Kleine Vorschaubilder, damit die Zeitleiste schnell erscheint. Wenn du den Cache leerst, werden sie beim Scrollen neu erstellt.
settings-cache-size = { $size } auf diesem Computer
settings-cache-clear = Leeren
settings-cache-cleared = Cache für Miniaturansichten geleert
settings-account = Server und Konto
settings-account-open = Konto verwalten

## Synchronisierungsstatus

nav-health = Synchronisierung
health-title = Synchronisierungsstatus
health-lead = Was noch wartet, was nicht synchronisiert werden konnte und warum – und was auf deine Bestätigung wartet.
health-last-success = Zuletzt abgeglichen
health-never = Nie
health-pending = Ausstehend
health-nothing-pending = Nichts
# $count ist die Anzahl der Dateien, die nicht synchronisiert werden konnten.
health-failed = { $count ->
    [one] Eine Datei konnte nicht synchronisiert werden
   *[other] { $count } Dateien konnten nicht synchronisiert werden
}
health-direction-upload = Hochladen
health-direction-download = Herunterladen
# $direction ist Hochladen oder Herunterladen; $reason sagt, warum; $next ist der Zeitpunkt des nächsten Versuchs.
health-failed-meta = { $direction } · { $reason } · { $attempts ->
    [one] einmal versucht
   *[other] { $attempts }-mal versucht
}, nächster Versuch: { $next }
health-retry = Jetzt erneut versuchen
health-retried = { $count ->
    [one] Eine Datei wird erneut versucht
   *[other] { $count } Dateien werden erneut versucht
}
health-held-folder-empty = Dieser Ordner ist leer, obwohl Fotos darin waren. Bis du antwortest, geschieht darin nichts: Hol sie aus der Cloud zurück oder lösche sie auch in der Cloud.
health-held-album-empty = Die Cloud enthält für diesen Ordner nichts mehr, obwohl dort etwas war. Bis du antwortest, geschieht darin nichts: Bring sie zurück in die Cloud oder verschiebe sie auch auf diesem Computer in den Papierkorb.
health-held-many = { $count ->
    [one] Ein Löschvorgang wartet auf deine Antwort.
   *[other] { $count } Löschvorgänge auf einmal warten auf deine Antwort.
}
health-held-always-ask = { $count ->
    [one] Ein Löschvorgang wartet auf deine Antwort, wie in den Einstellungen festgelegt.
   *[other] { $count } Löschvorgänge warten auf deine Antwort, wie in den Einstellungen festgelegt.
}
health-held-to-cloud = in den Papierkorb der Cloud
health-held-to-trash = in den Papierkorb dieses Computers
health-held-more = { $count ->
    [one] und eine weitere
   *[other] und { $count } weitere
}
health-held-delete = Auch auf der anderen Seite löschen
health-held-restore = Zurückholen
health-apply-title = { $count ->
    [one] Ein Foto auch auf der anderen Seite löschen?
   *[other] { $count } Fotos auch auf der anderen Seite löschen?
}
health-apply-body = Sie kommen dort in den Papierkorb und können 30 Tage lang wiederhergestellt werden.
health-rename-twin = Eigenen Namen geben
health-renamed-twin = In der Cloud umbenannt in { $name }.
health-not-synced = { $count ->
    [one] Eine Datei wird ausgelassen
   *[other] { $count } Dateien werden ausgelassen
}
health-all-good = Alles ist auf dem neuesten Stand.
health-diagnostics = Diagnose
health-diagnostics-hint = Eine Datei mit Versionen, Einstellungen, dem Stand der Synchronisierung und aktuellen Protokollen – für die Person, die dir hilft. Sie enthält keine Fotos, Passwörter oder Tokens.
health-diagnostics-save = Diagnose speichern…
health-diagnostics-dialog = Diagnose speichern
# $path ist der Ort, an dem die Datei gespeichert wurde; $size ihre Größe.
health-diagnostics-saved = Gespeichert unter { $path } ({ $size })

## Mitteilungen

notice-sync-finished-title = Synchronisierung abgeschlossen
notice-sync-finished-body = { $uploaded ->
    [one] Eine Datei hochgeladen
   *[other] { $uploaded } Dateien hochgeladen
}, { $downloaded ->
    [one] eine heruntergeladen
   *[other] { $downloaded } heruntergeladen
}.
notice-failed-title = { $count ->
    [one] Eine Datei konnte nicht synchronisiert werden
   *[other] { $count } Dateien konnten nicht synchronisiert werden
}
notice-failed-body = Öffne Skyfolio und sieh unter „Synchronisierung“ nach, woran es liegt – dort kannst du es erneut versuchen.
notice-signed-out-title = Synchronisierung angehalten
notice-signed-out-body = Dieser Computer wurde abgemeldet. Melde dich erneut an, um weiter zu synchronisieren; deine Fotos bleiben, wo sie sind.
notice-unlinked-body = Dieser Computer wurde vom Konto getrennt. Melde dich erneut an, um weiter zu synchronisieren; deine Fotos bleiben, wo sie sind.
notice-storage-title = Cloud-Speicher fast voll
# $percent ist eine ganze Zahl.
notice-storage-body = { $percent } % des Speicherplatzes sind belegt. Leere den Papierkorb oder entferne große Videos, damit weiter gesichert werden kann.
notice-tray-title = Skyfolio synchronisiert weiter
notice-tray-body = Wenn du das Fenster schließt, bleibt Skyfolio im Infobereich. Dort kannst du es öffnen oder beenden.

## Sprachen, jede in ihrer eigenen Sprache benannt

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

## Der Infobereich

tray-open = Skyfolio öffnen
tray-sync-now = Jetzt synchronisieren
tray-pause = Synchronisierung pausieren
tray-resume = Synchronisierung fortsetzen
tray-language = Sprache
tray-quit = Skyfolio beenden
tray-status-paused = Synchronisierung pausiert
tray-tooltip = Skyfolio · { $status }

## Dialoge

dialog-ok = OK
dialog-cancel = Abbrechen
dialog-close = Schließen

## Die Befehlszeile

# Was der Befehl `skyfolio` ausgibt. Seine Zeilen sind kurz und beginnen klein, wie bei anderen
# Befehlszeilenwerkzeugen; Wörter nach `--` (--all, --home DIR) und `skyfolio …` tippt man so ein
# und bleiben, wie sie sind. $path und $folder sind Orte auf diesem Computer, $reason sagt, warum
# etwas fehlgeschlagen ist (eine Fehlermeldung, dann die Einzelheiten in Klammern).
# $message ist eine Fehlermeldung; $detail nennt die Datei und die Ursache, auf Englisch.
cli-error = skyfolio: { $message }
cli-error-detail = { $message } ({ $detail })
cli-no-home = kein Ort für die Bibliothek: gib --home DIR an
cli-no-runtime = Skyfolio kann seine Arbeits-Threads nicht starten
cli-download-what = gib an, was heruntergeladen werden soll: --all, --album NAME oder --id ID
# $language ist eine Sprache, in ihr selbst benannt, $tag ihr Code (de-DE).
cli-language-chosen = { $language } ({ $tag }), hier gewählt (`skyfolio language --system` folgt wieder der Sprache dieses Computers)
cli-language-system = { $language } ({ $tag }), die Sprache dieses Computers (`skyfolio language TAG` wählt eine andere)
cli-language-available = Sprachen:
cli-language-set = Skyfolio spricht ab jetzt { $language } ({ $tag }), hier und in der App
cli-language-set-system = Skyfolio folgt wieder der Sprache dieses Computers: { $language } ({ $tag })
# $languages ist die Liste der Codes: en-US, zh-CN…
cli-language-unknown = Skyfolio spricht { $tag } nicht; wähle eine dieser Sprachen: { $languages }
# Das Zeichen zwischen ganzer Zahl und Nachkommastellen (1,5 MB).
cli-decimal-mark = ,
# Was zwischen den Teilen einer Aufzählung steht (3 hochgeladen, 2 heruntergeladen).
cli-list-separator = { ", " }
cli-size-bytes = { $count ->
    [one] { $count } Byte
   *[other] { $count } Byte
}
# $amount ist eine Zahl wie 1,5.
cli-size-kb = { $amount } kB
cli-size-mb = { $amount } MB
cli-size-gb = { $amount } GB
cli-size-tb = { $amount } TB
cli-never = nie
cli-login-password = Passwort:
cli-login-password-stdin = gib das Passwort mit --password-stdin über die Standardeingabe ein
cli-login-password-unread = das Passwort kann nicht gelesen werden
# $device ist der Name, unter dem dieser Computer bei den verbundenen Geräten erscheint.
cli-login-done = angemeldet bei { $server } als { $email } (dieser Computer heißt „{ $device }“; das Token wird { $store ->
    [keychain] im Schlüsselbund
   *[file] in einer privaten Datei
} aufbewahrt)
cli-logout-server-not-told = der Server konnte nicht benachrichtigt werden; dieser Computer hat sein Token vergessen
cli-logout-trashed = { $count ->
    [one] abgemeldet; { $count } synchronisiertes Foto oder Video in den Papierkorb verschoben
   *[other] abgemeldet; { $count } synchronisierte Fotos und Videos in den Papierkorb verschoben
}
cli-logout-kept = abgemeldet; deine Fotos bleiben auf diesem Computer
# $done ist eine Aufzählung dessen, was ein Durchlauf getan hat (die Meldungen unten), oder „auf dem neuesten Stand“.
cli-sync-folder = { $folder }: { $done }
cli-sync-uploaded = { $count } hochgeladen
cli-sync-downloaded = { $count } heruntergeladen
cli-sync-moved = { $count } verschoben
cli-sync-trashed-in-cloud = { $count } in den Papierkorb der Cloud verschoben
cli-sync-trashed-here = { $count } hier in den Papierkorb verschoben
cli-sync-conflicts = { $count ->
    [one] { $count } Datei in beiden Versionen behalten
   *[other] { $count } Dateien in beiden Versionen behalten
}
cli-sync-in-step = auf dem neuesten Stand
cli-sync-settling-wait = { $count ->
    [one] warte auf 1 Datei, die noch geschrieben wird…
   *[other] warte auf { $count } Dateien, die noch geschrieben werden…
}
cli-sync-settling = { $count ->
    [one] 1 Datei wird noch geschrieben: noch nicht gesendet
   *[other] { $count } Dateien werden noch geschrieben: noch nicht gesendet
}
cli-sync-skipped = { $count ->
    [one] 1 Datei hat sich während der Synchronisierung geändert: bleibt für den nächsten Durchlauf
   *[other] { $count } Dateien haben sich während der Synchronisierung geändert: bleiben für den nächsten Durchlauf
}
# $problem sagt auf Englisch, warum der Ordner nicht synchronisiert wurde (fehlt, nicht lesbar).
cli-sync-folder-problem = nicht synchronisiert: { $problem }
cli-sync-waiting = { $count ->
    [one] { $count } Übertragung wartet auf einen neuen Versuch
   *[other] { $count } Übertragungen warten auf einen neuen Versuch
}
cli-held-folder-empty = der Ordner ist leer, obwohl Fotos darin waren: bis du antwortest, geschieht darin nichts
cli-held-album-empty = die Cloud enthält für diesen Ordner nichts mehr, obwohl dort etwas war: bis du antwortest, geschieht darin nichts
cli-held-many = { $count ->
    [one] 1 Datei käme in einen Papierkorb: sie wartet auf deine Antwort
   *[other] { $count } Dateien kämen auf einmal in einen Papierkorb: sie warten auf deine Antwort
}
cli-held-always-ask = { $count ->
    [one] 1 Löschvorgang wartet auf deine Antwort, wie in den Einstellungen festgelegt
   *[other] { $count } Löschvorgänge warten auf deine Antwort, wie in den Einstellungen festgelegt
}
cli-held-to-cloud = { $path } → Papierkorb der Cloud
cli-held-to-trash = { $path } → Papierkorb dieses Computers
cli-held-more = { $count ->
    [one] und 1 weitere
   *[other] und { $count } weitere
}
cli-held-answer = antworte mit `skyfolio sync --delete-held { $fingerprint }` (auch auf der anderen Seite löschen) oder `skyfolio sync --restore-held { $fingerprint }` (zurückholen)
cli-held-prompt = Auch auf der anderen Seite löschen (d), zurückholen (r) oder vorerst lassen (Enter)?{ " " }
cli-failed = fehlgeschlagen: { $path }: { $reason }
cli-not-synced = nicht synchronisiert: { $path }: { $reason }
cli-status-signed-in = angemeldet bei { $server } als { $email } („{ $device }“)
cli-status-signed-out = nicht angemeldet
cli-status-paused = die Synchronisierung ist pausiert (skyfolio resume)
# $other zählt Verschiebungen, Löschungen und Einträge; $time ist der Zeitpunkt, zu dem zuletzt alles abgeglichen war.
cli-status-summary = ausstehend: { $uploads ->
    [one] { $uploads } Upload
   *[other] { $uploads } Uploads
}, { $downloads ->
    [one] { $downloads } Download
   *[other] { $downloads } Downloads
}, { $other } sonstige; fehlgeschlagen: { $failed }; zuletzt abgeglichen: { $time }
cli-status-failed = { $direction ->
    [upload] Hochladen
   *[download] Herunterladen
} { $path }: { $reason } ({ $attempts ->
    [one] einmal versucht
   *[other] { $attempts }-mal versucht
})
# $mode ist two-way, upload-only oder download-only, wie nach --mode getippt; $album ist eine der
# beiden Meldungen unten.
cli-folder = { $path } ({ $mode }, { $album })
cli-whole-cloud = die ganze Cloud
cli-album = das Album „{ $album }“
cli-folder-removed = { $path } entfernt (die Dateien darin bleiben unberührt)
cli-paused = Synchronisierung pausiert
cli-resumed = Synchronisierung fortgesetzt
cli-upload-summary = { $uploaded } hochgeladen, { $already } schon in der Cloud, { $skipped } keine Fotos oder Videos, { $failed } fehlgeschlagen
cli-download-summary = { $downloaded } heruntergeladen, { $already } schon vorhanden, { $failed } fehlgeschlagen
# $id ist die ID des Elements, für `skyfolio trash restore`; $time, wann es gelöscht wurde.
cli-trash-item = { $id }  { $path }  gelöscht am { $time }
cli-trash-restored = { $path } wiederhergestellt
cli-trash-emptied = der Papierkorb ist leer
# Jeder Wert ist eine Größe wie 1,5 GB.
cli-storage = { $used } von { $quota } belegt: Fotos { $photos }, Videos { $videos }, Sonstiges { $other }, Papierkorb { $trash }
# $seen und $synced sind Datum und Uhrzeit, oder „nie“.
cli-device = { $id }  { $name } ({ $platform })  zuletzt aktiv { $seen }, zuletzt synchronisiert { $synced }
cli-device-this = { $id }  { $name } ({ $platform }), dieser Computer  zuletzt aktiv { $seen }, zuletzt synchronisiert { $synced }
cli-device-unlinked = { $id } getrennt
# $state ist einer der Ordnerzustände oben (Bereit, Nicht gefunden…).
cli-scan-not-ok = { $folder }: { $state }; es wurde nichts geändert
cli-scan-summary = { $folder }: { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
}, { $added } neu, { $changed } geändert, { $moved } verschoben, { $deleted } gelöscht, { $unchanged } unverändert, { $ignored } keine Fotos oder Videos, { $failed } fehlgeschlagen
cli-scan-busy = wird noch geschrieben, bleibt für den nächsten Durchlauf: { $path }
cli-scan-no-folders = noch keine Ordner in der Bibliothek: füge einen mit `skyfolio folder add DIR` hinzu
cli-thumbnails-summary = Miniaturansichten: { $made } erstellt, { $without } ohne Vorschau, { $failed } fehlgeschlagen
cli-no-thumbnail = keine Miniaturansicht: { $path }: { $reason }
cli-watch-ready = Änderungen werden verfolgt (Strg+C zum Beenden)
# $reason sagt auf Englisch, warum das System keine Änderungen meldet.
cli-watch-not-followed = { $folder }: Änderungen werden nicht sofort verfolgt ({ $reason }); der Ordner wird regelmäßig neu durchsucht
cli-cache-size = { $size } Miniaturansichten ({ $bytes ->
    [one] { $bytes } Byte
   *[other] { $bytes } Byte
})
cli-cache-cleared = Cache für Miniaturansichten geleert
# Statt einer Aufnahmezeit in der Liste der Bibliothek.
cli-no-date = (kein Datum)
cli-import-not-a-library-folder = { $path } ist kein Ordner der Bibliothek: füge ihn mit `skyfolio folder add { $path }` hinzu
# $how ist move (verschieben) oder copy (kopieren).
cli-import-summary = { $imported } { $how ->
    [move] verschoben
   *[copy] kopiert
}, { $duplicates } schon in der Bibliothek, { $skipped } keine Fotos oder Videos, { $failed } fehlgeschlagen
cli-info-error = Fehler: { $reason }
cli-info-summary = { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
}, davon { $failed } nicht lesbar
cli-info-size-unknown = Abmessungen unbekannt
# $mime ist ein Typ wie image/jpeg; $dimensions ist Breite×Höhe in Pixeln oder „Abmessungen unbekannt“;
# $size die Dateigröße; $seconds die Länge eines Videos.
cli-info-what = { $kind ->
    [photo] Foto
   *[video] Video
} ({ $mime }), { $dimensions }, { $size }
cli-info-what-timed = { $kind ->
    [photo] Foto
   *[video] Video
} ({ $mime }), { $dimensions }, { $seconds } s, { $size }
# $time ist die Uhr der Kamera; $source, woher sie gelesen wurde (exif-original, xmp, quicktime…).
cli-info-taken = aufgenommen { $time } (laut { $source })
cli-info-no-date = Aufnahmezeit unbekannt
cli-info-camera = Kamera { $camera }
cli-info-place = Aufnahmeort { $latitude }, { $longitude }
# $orientation ist die EXIF-Ausrichtung, 1 bis 8; $hash der Inhalts-Hash.
cli-info-orientation = Ausrichtung { $orientation }, Hash { $hash }
cli-thumbs-size = die Größe muss 256 oder 1440 sein
cli-thumbs-cannot-create = { $path } kann nicht erstellt werden
# $skipped ist die Summe der drei Zahlen in Klammern.
cli-thumbs-summary = { $made } erstellt, { $skipped } übersprungen ({ $there } schon vorhanden, { $unsupported } keine Fotos oder Videos, { $without } ohne Vorschau), { $failed } fehlgeschlagen
cli-thumbs-no-preview = keine Vorschau: { $path }: { $reason }

## Fehler, nach Code

error-io = Skyfolio konnte eine Datei nicht lesen oder schreiben.
error-empty-file = Diese Datei ist leer.
error-unsupported-format = Skyfolio kann diese Art von Datei nicht anzeigen.
error-too-large = Dieses Bild ist zu groß, um es sicher zu öffnen.
error-corrupt = Diese Datei ist beschädigt oder unvollständig.
error-timeout = Das Erstellen der Vorschau hat zu lange gedauert.
error-database = Die eigenen Daten von Skyfolio konnten nicht gelesen werden. Starte Skyfolio neu; wenn das wieder passiert, prüfe das Laufwerk.
error-not-a-folder = Das ist kein Ordner.
error-folder-overlaps = Dieser Ordner liegt in einem Ordner, der bereits synchronisiert wird, oder enthält einen solchen.
error-unknown-folder = Dieser Ordner wird nicht synchronisiert.
error-invalid-setting = Dieser Wert ist für diese Einstellung nicht zulässig.
error-invalid-server = Das ist keine Serveradresse. Schreib sie so: https://photos.example.org.
error-unreachable = Der Server ist nicht erreichbar. Prüfe die Adresse und deine Verbindung; Skyfolio versucht es automatisch erneut.
error-protocol = Der Server hat etwas geantwortet, das Skyfolio nicht versteht. Ist es ein Skyfolio-Server derselben Version?
error-not-signed-in = Dieser Computer ist nicht angemeldet.
error-credentials = Skyfolio konnte die Anmeldedaten auf diesem Computer nicht speichern oder nicht finden.
error-hash-mismatch = Eine Datei ist beschädigt angekommen. Skyfolio lädt sie erneut.
error-changed-meanwhile = Eine Datei hat sich während des Sendens geändert. Skyfolio sendet sie erneut.
error-invalid-album = Dieser Albumname kann nicht verwendet werden. Verwende einfache Namen ohne / am Anfang oder Ende.
error-album-taken = Ein anderer Ordner gleicht dieses Album bereits in beide Richtungen ab.
error-nothing-selected = In der Cloud passt nichts dazu.
error-invalid-name = Die Cloud akzeptiert den Namen dieser Datei nicht.
error-name-taken = Hier gibt es schon eine Datei mit demselben Namen, die sich nur in der Groß- und Kleinschreibung unterscheidet.
error-invalid-path = Dieser Name kann nicht verwendet werden.
error-online-only = Von dieser Datei liegt nur ein Platzhalter auf diesem Computer: Ihr Inhalt ist in einem Cloud-Speicher wie OneDrive oder iCloud Drive. Skyfolio lädt sie nicht von selbst herunter; behalte die Datei auf diesem Computer, damit sie dazukommt.
error-bad-request = Der Server hat eine Anfrage von Skyfolio abgelehnt.
error-unsupported-media-type = Der Server hat eine Anfrage von Skyfolio abgelehnt.
error-headers-too-large = Der Server hat eine Anfrage von Skyfolio abgelehnt.
error-uri-too-long = Der Server hat eine Anfrage von Skyfolio abgelehnt.
error-unauthorized = Dieser Computer wurde abgemeldet oder getrennt. Melde dich erneut an, um weiter zu synchronisieren.
error-invalid-credentials = E-Mail-Adresse oder Passwort ist falsch.
error-too-many-attempts = Zu viele Versuche. Warte kurz und versuch es dann noch einmal.
error-forbidden = Das kann nur der Administrator des Servers.
error-registration-closed = Auf diesem Server können ohne Einladung keine neuen Konten erstellt werden. Bitte den Administrator um eine Einladung.
error-invalid-invite = Dieser Einladungscode funktioniert nicht: Er ist vielleicht falsch eingegeben, schon benutzt oder abgelaufen. Bitte den Administrator des Servers um einen neuen.
error-email-taken = Mit dieser E-Mail-Adresse gibt es bereits ein Konto. Melde dich stattdessen an.
error-weak-password = Wähle ein Passwort mit mindestens 8 Zeichen.
error-not-found = Das gibt es nicht mehr.
error-path-taken = Ein anderes Element hat bereits diesen Namen.
error-offset-mismatch = Ein Upload wurde unterbrochen. Skyfolio setzt ihn fort.
error-checksum-mismatch = Ein Teil eines Uploads ist beschädigt angekommen. Skyfolio sendet ihn erneut.
error-size-mismatch = Eine Datei hat sich während des Sendens geändert. Skyfolio sendet sie erneut.
error-upload-busy = Diese Datei wird bereits hochgeladen.
error-quota-exceeded = Dein Speicher ist voll. Leere den Papierkorb oder gib Speicherplatz frei.
error-storage-full = Die Festplatte der Cloud ist voll, daher kann nichts mehr gespeichert werden. Nichts ging verloren: Die Dateien warten hier, und die Synchronisierung geht von selbst weiter, sobald der Server wieder Platz hat.
error-not-ready = Die Vorschau wird noch erstellt.
error-no-preview = Für dieses Element gibt es keine Vorschau.
error-range-not-satisfiable = Skyfolio hat beim Server etwas angefragt, das es dort nicht gibt.
error-server-busy = Der Server ist gerade ausgelastet. Versuch es gleich noch einmal.
error-internal = In Skyfolio oder auf dem Server ist etwas schiefgelaufen. Versuch es gleich noch einmal.
error-unknown = Etwas ist schiefgelaufen.
error-held-changed = Was auf deine Antwort wartet, hat sich geändert, seit es angezeigt wurde. Sieh es dir noch einmal an und antworte dann.

## Im Browser

welcome-browser-title = Bei Skyfolio anmelden
# $host is the server's address, as the browser shows it.
welcome-browser-body = Deine Fotos und Videos auf { $host }. Melde dich an oder lege ein Konto an, um sie in diesem Browser anzusehen, hochzuladen und herunterzuladen.
welcome-not-encrypted = Diese Seite ist nicht verschlüsselt (sie wurde mit http:// geöffnet, nicht mit https://). Dein Passwort und deine Fotos gehen lesbar für andere durchs Netz. Bitte den Administrator des Servers um eine https://-Adresse.
settings-language-browser = Wie in diesem Browser ({ $language })
settings-language-hint-browser = Die Seite wechselt sofort; dieser Browser merkt sich die Wahl.
account-browser = Dieser Browser
error-desktop-only = Das geht nur in der Skyfolio-App auf einem Computer.
gallery-empty-browser = Wähle „Fotos hinzufügen“, um Fotos und Videos von diesem Gerät hochzuladen, oder zieh sie auf diese Seite.
error-unauthorized-browser = Du wurdest abgemeldet. Melde dich erneut an, um deine Fotos zu sehen.
error-not-signed-in-browser = Du bist nicht angemeldet. Melde dich an, um deine Fotos zu sehen.
error-unreachable-browser = Der Server ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.
error-storage-full-browser = Die Festplatte der Cloud ist voll, daher kann nichts mehr gespeichert werden. Versuche es erneut, sobald der Server wieder Platz hat.
welcome-pair-refused = Der Anmeldecode von deinem Computer wurde schon benutzt oder ist abgelaufen. Erstelle auf dem Computer einen neuen: Einstellungen → Zugriff von meinem Handy auf diesen Computer erlauben → Neuer Code. Scanne ihn dann erneut.
welcome-pair-hint = Du meldest dich bei Skyfolio auf deinem Computer an? Schalte dort Einstellungen → Zugriff von meinem Handy auf diesen Computer erlauben ein und scanne den Code.

## Google Takeout import

cli-takeout-source = { $path }: { $entries } Dateien
cli-takeout-source-unreadable = { $path }: nicht gelesen: { $reason }
cli-takeout-review = { $photos } Fotos und { $videos } Videos ({ $motion } Bewegungsfotos) in { $albums } Alben, { $size }
cli-takeout-review-details = datiert durch Googles JSON: { $dated }; mit Ort: { $places }; Favoriten: { $favorites }; archiviert: { $archived }; in Googles Papierkorb: { $trashed }; ohne JSON: { $without }
cli-takeout-skipped = nicht importiert: { $count } × { $what } ({ $reason })
cli-takeout-dry-run = nichts wurde gesendet (--dry-run)
cli-takeout-summary = { $imported } importiert, { $already } schon vorhanden, { $earlier } durch einen früheren Import erledigt, { $failed } fehlgeschlagen; { $orphans } Google-JSON-Dateien ohne ihr Foto, { $ignored } Dateien übergangen, { $refused } abgelehnt
cli-takeout-marks = Favoriten ({ $favorites }) und archivierte Elemente ({ $archived }) kamen als gewöhnliche Fotos an: die Cloud kennt diese Markierungen noch nicht; Elemente aus Googles Papierkorb ({ $trashed }) liegen im Papierkorb
cli-takeout-report = Bericht geschrieben nach { $path }
cli-takeout-time-zone = { $zone } ist keine Zeitzone, die dieser Computer kennt (Europe/Berlin, UTC…)
error-bad-zip = Das ist kein Zip-Archiv oder ein beschädigtes (ein abgebrochener Download?). Lade diesen Teil erneut herunter.
error-not-a-file = Das ist keine Datei (ein Ordner oder eine Verknüpfung): Es bleibt, wo es ist.
error-damaged-json = Googles JSON-Datei zu diesem Foto ist beschädigt: Datum und Ort daraus werden nicht verwendet.
error-not-an-object = Googles JSON-Datei zu diesem Foto ist nicht von der Art, die Google Fotos schreibt: Datum und Ort daraus werden nicht verwendet.
error-zip-bomb = Dieser Zip-Eintrag behauptet weit mehr Bytes, als ein Foto hätte: er wurde nicht gelesen.
error-scratch-full = Auf diesem Computer ist nicht genug Platz frei, um diese Datei aus dem Zip zu lesen.
error-part-missing = Die Datei ist in keinem der angegebenen Teile des Takeouts. Füge den fehlenden Teil hinzu und importiere erneut.

## Telefone und Kamerakarten

cli-device-found = { $name } ({ $path })
cli-device-none = Kein Telefon und keine Kamerakarte mit einem DCIM-Ordner ist angeschlossen: gib den Ordner an.
cli-device-several = Mehrere Telefone oder Karten sind angeschlossen: gib den Ordner von einem an:
cli-device-summary = { $imported } gesichert, { $already } schon in der Cloud oder auf diesem Computer, { $skipped } keine Fotos oder Videos, { $failed } fehlgeschlagen
cli-free-device-plan = { $files } Dateien ({ $size }) sind sicher in der Cloud und können weg: mit --yes erneut ausführen, um sie zu entfernen
cli-free-device-done = { $files } Dateien entfernt ({ $size } frei); { $kept } behalten
error-not-confirmed = Die Cloud hat den Inhalt dieser Datei nicht: sie bleibt.

## Telefone, Kamerakarten und Google Takeout in der App

card-found = { $name } ist angeschlossen: Fotos und Videos sichern?
card-backing-up = { $name } wird gesichert …
card-backed-up = { $name } ist gesichert.
card-back-up = Dieses Telefon oder diese Karte sichern
card-free-space = Speicher freigeben
card-not-now = Nicht jetzt
card-nothing-to-free = Noch nichts auf { $name } ist in der Cloud.
card-free-title = Speicher auf { $name } freigeben?
card-free-body = { $count ->
    [one] 1 Datei ({ $size }) ist sicher in der Cloud. Sie wird von der Karte entfernt; die Cloud behält sie.
   *[other] { $count } Dateien ({ $size }) sind sicher in der Cloud. Sie werden von der Karte entfernt; die Cloud behält sie.
}
card-free-confirm = { $count ->
    [one] 1 Datei entfernen
   *[other] { $count } Dateien entfernen
}
card-freed = { $count } Dateien entfernt, { $size } frei; { $kept } behalten.
add-takeout = Aus Google Fotos
takeout-dialog = Wähle die Zip-Dateien deines Google Takeouts
takeout-review-title = Aus Google Fotos importieren?
takeout-review-items = { $photos } Fotos und { $videos } Videos in { $albums } Alben, { $size }.
takeout-review-details = Von Google datiert: { $dated }. Mit Ort: { $places }. Favoriten: { $favorites }. Aus Googles Papierkorb (kommen in den Papierkorb): { $trashed }.
takeout-review-earlier = { $count } wurden schon importiert und werden übersprungen.
takeout-review-unreadable = { $path } kann nicht gelesen werden: { $reason }
takeout-import = Importieren
takeout-report-at = Ein Bericht über jedes Objekt wird unter { $path } gespeichert
import-finished = { $count } Objekte sind in der Cloud ({ $already } waren schon da).
transfer-import-running = Importiere { $done } von { $total }
transfer-import-paused = Import pausiert, { $done } von { $total }
transfer-import-done = { $done } von { $total } importiert
transfer-import-cancelled = Import abgebrochen
transfer-import-failed = Import mit Problemen beendet
error-not-a-backup-folder = Speicher wird nur in Sicherungsordnern (nur hochladen) freigegeben: hier würde das Entfernen eines Fotos es auch aus der Cloud entfernen oder es käme zurück.

health-imports = Importe aus Google Fotos
health-import = Importiert am { $when }
takeout-show-report = Bericht anzeigen
takeout-report-title = Was aus Google Fotos kam
takeout-report-saved = Der ganze Bericht ist als Tabelle gespeichert: { $path }
takeout-report-marks = Favoriten: { $favorites }. Archiviert: { $archived }. Aus Googles Papierkorb, jetzt im Papierkorb: { $trashed }.
takeout-report-empty = Hier ist nichts.
takeout-report-more = { $count } weitere anzeigen
takeout-group-failed = Fehlgeschlagen
takeout-group-not-imported = Foto fehlt im Takeout
takeout-group-imported = Importiert
takeout-group-already = Schon da
takeout-group-skipped = Keine Fotos
takeout-group-all = Alles
takeout-column-name = Name
takeout-column-outcome = Was geschah
takeout-column-where = Wo es ist
takeout-column-why = Warum
takeout-earlier = bei einem früheren Import
takeout-outcome-imported = Importiert
takeout-outcome-already-present = Schon da
takeout-outcome-failed = Fehlgeschlagen
takeout-outcome-not-imported = Nicht importiert
takeout-outcome-ignored = Übersprungen
takeout-outcome-refused = Abgelehnt
takeout-outcome-problem = Hinweis
takeout-reason-no-media = Googles JSON ist da, sein Foto nicht: fehlt ein Teil des Takeouts?
takeout-reason-ambiguous = Mehrere Fotos passen gleich gut zu diesem JSON; keines hat es bekommen.
takeout-reason-not-media = Kein Foto und kein Video.
takeout-reason-system-file = Eine Datei, die der Computer oder das Zip-Programm hinterlassen hat.
takeout-reason-not-a-sidecar = Google-Daten, die kein Foto betreffen.
takeout-reason-extra-album-metadata = Eine zweite Albumbeschreibung in einem Ordner.
takeout-reason-unused-album-metadata = Eine Albumbeschreibung in einem Ordner ohne Fotos.
takeout-reason-empty = Der Eintrag hat keinen Namen.
takeout-reason-not-utf8 = Der Name des Eintrags ist kein lesbarer Text.
takeout-reason-too-long = Der Name des Eintrags ist zu lang.
takeout-reason-absolute = Der Name des Eintrags zeigt aus dem Takeout hinaus.
takeout-reason-dot-segment = Der Name des Eintrags zeigt aus dem Takeout hinaus.
takeout-reason-empty-segment = Der Name des Eintrags enthält einen leeren Ordner.
takeout-reason-backslash = Der Name des Eintrags enthält einen Backslash.
takeout-reason-control-character = Der Name des Eintrags enthält Steuerzeichen.
takeout-reason-damaged-json = Googles JSON dazu ist beschädigt: Datum und Ort daraus werden nicht verwendet.
takeout-reason-json-not-read = Googles JSON dazu konnte nicht gelesen werden.
takeout-reason-conflicting-copies = Die Teile enthalten unter diesem Namen verschiedene Dateien: beide bleiben.

settings-folder-free = Speicher freigeben
free-title = Speicher in { $path } freigeben
free-lead = Fotos und Videos dieses Sicherungsordners, die sicher in der Cloud sind, können diesen Computer verlassen (über den Papierkorb). Sie bleiben in deiner Zeitleiste und werden beim Öffnen geladen.
free-age = Welche
free-age-any = Jedes Alter
free-age-months = { $months ->
    [one] Seit einem Monat unverändert
   *[other] Seit { $months } Monaten unverändert
}
free-size = Größe
free-size-any = Jede Größe
free-size-over = Größer als { $size }
free-counting = Frage die Cloud…
free-found = { $count ->
    [one] 1 Datei ({ $size }) ist sicher in der Cloud.
   *[other] { $count } Dateien ({ $size }) sind sicher in der Cloud.
}
free-nothing = Noch passt nichts: nichts zu entfernen.
free-confirm-none = Nichts zu entfernen

update-available = Skyfolio { $version } kann installiert werden.
update-install = Installieren und neu starten
update-later = Später
update-installing = Skyfolio { $version } wird installiert… Skyfolio startet danach neu.
error-no-update = Es wurde keine neuere Version zum Installieren gefunden.
error-update-failed = Das Update konnte nicht installiert werden; diese Version läuft weiter.
health-keep-here = Herunterladen und einbeziehen
health-kept-here = { $name } wird auf diesen Computer geholt; die Synchronisierung nimmt es als Nächstes mit.
