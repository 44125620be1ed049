# Skyfolio, français (France).
# Tous les textes qu’une personne voit dans Skyfolio se trouvent ici. Les ids sont en kebab-case `area-thing[-state]` ;
# les messages d’erreur sont `error-<code>`, un pour chaque code que l’application peut signaler.

## La fenêtre

app-title = Skyfolio
page-loading = Chargement…
nav-label = Sections
nav-photos = Photos
nav-albums = Albums
nav-trash = Corbeille
nav-storage = Stockage
nav-devices = Appareils
nav-account = Compte

## Premier lancement

welcome-title = Bienvenue dans Skyfolio
welcome-lead = Vos photos et vidéos, sur tous vos ordinateurs et dans un cloud qui vous appartient.
welcome-local-title = Utiliser un cloud local sur cet ordinateur
welcome-local-body = Commencez tout de suite : Skyfolio conserve une deuxième copie de vos photos, en lieu sûr, dans son propre dossier sur cet ordinateur. Vous pourrez passer à un serveur plus tard.
welcome-local-button = Commencer avec un cloud local
welcome-local-starting = Démarrage…
welcome-server-title = Se connecter à un serveur Skyfolio
welcome-server-body = Utilisez le serveur de votre famille ou de votre entreprise, ou le vôtre.
welcome-server = Adresse du serveur
welcome-email = Adresse e-mail
welcome-password = Mot de passe
welcome-register = Créer un compte sur ce serveur
welcome-invite = Code d’invitation (si l’administrateur du serveur vous en a donné un)
welcome-sign-in-button = Se connecter
welcome-register-button = Créer un compte

## La barre d’outils

add-photos = Ajouter des photos
add-photos-dialog = Choisissez les photos et vidéos à importer
add-folder = Ajouter un dossier
add-folder-dialog = Choisissez un dossier à importer
filter-label = Afficher
filter-all = Tout
filter-photos = Photos
filter-videos = Vidéos
selection-count = { $count ->
    [one] { $count } sélectionné
   *[other] { $count } sélectionnés
}
selection-download = Télécharger
selection-trash = Placer dans la corbeille
selection-clear = Tout désélectionner

## La chronologie

gallery-label = Photos et vidéos, des plus récentes aux plus anciennes
gallery-loading = Chargement de vos photos…
gallery-empty-title = Vos photos apparaîtront ici
gallery-empty = Faites glisser des photos et des vidéos dans cette fenêtre, ou choisissez Ajouter des photos.
gallery-count = { $count ->
    [one] { $count } élément
    [many] { $count } d’éléments
   *[other] { $count } éléments
}
gallery-count-more = { $count ->
    [one] { $count } élément pour l’instant…
    [many] { $count } d’éléments pour l’instant…
   *[other] { $count } éléments pour l’instant…
}
# $day est une date écrite en toutes lettres.
gallery-select-day = Sélectionner tous les éléments du { $day }
gallery-day-count = { $count ->
    [one] { $count } élément
    [many] { $count } d’éléments
   *[other] { $count } éléments
}
gallery-photo = Photo
gallery-video = Vidéo
place-this-computer = Uniquement sur cet ordinateur
place-cloud = Uniquement dans le cloud
place-both = Sur cet ordinateur et dans le cloud
tile-uploading = Importation en cours
tile-failed = Échec de l’importation

## La visionneuse

viewer-label = Visionneuse de photos
viewer-previous = Précédent
viewer-next = Suivant
viewer-zoom-in = Zoom avant
viewer-zoom-out = Zoom arrière
viewer-info = Détails
viewer-download = Télécharger
viewer-trash = Placer dans la corbeille
viewer-close = Fermer
viewer-counter = { $position } sur { $count }
viewer-photo-alt = Photo prise le { $date }
viewer-no-preview = Aucun aperçu n’est disponible pour cet élément.
info-date = Prise de vue
info-size = Taille
info-dimensions = Dimensions
info-dimensions-value = { $width } × { $height }
info-duration = Durée
info-camera = Appareil photo
info-place = Lieu
info-where = Emplacement
info-file = Fichier
info-cloud-path = Dans le cloud

## Importations et téléchargements

drop-here = Déposez pour importer
upload-album-title = { $count ->
    [one] Dans quel album importer { $count } élément ?
    [many] Dans quel album importer { $count } d’éléments ?
   *[other] Dans quel album importer { $count } éléments ?
}
upload-album-label = Album
upload-album-default = Importations
upload-finished = { $count ->
    [0] Aucun élément importé.
    [one] { $count } élément importé.
    [many] { $count } d’éléments importés.
   *[other] { $count } éléments importés.
}
download-dialog = Choisissez où enregistrer les originaux
download-finished = { $count ->
    [0] Aucun élément téléchargé.
    [one] { $count } élément téléchargé.
    [many] { $count } d’éléments téléchargés.
   *[other] { $count } éléments téléchargés.
}
download-only-here = { $count ->
    [one] { $count } élément n’existe que sur cet ordinateur : il n’est donc pas téléchargé.
    [many] { $count } d’éléments n’existent que sur cet ordinateur : ils ne sont donc pas téléchargés.
   *[other] { $count } éléments n’existent que sur cet ordinateur : ils ne sont donc pas téléchargés.
}
transfers-label = Importations et téléchargements
transfer-upload-running = Importation : { $done } sur { $total }
transfer-upload-paused = Importation en pause, { $done } sur { $total }
transfer-upload-done = { $done } sur { $total } importés
transfer-upload-cancelled = Importation annulée
transfer-upload-failed = Importation terminée avec des erreurs
transfer-download-running = Téléchargement : { $done } sur { $total }
transfer-download-paused = Téléchargement en pause, { $done } sur { $total }
transfer-download-done = { $done } sur { $total } téléchargés
transfer-download-cancelled = Téléchargement annulé
transfer-download-failed = Téléchargement terminé avec des erreurs
transfer-bytes = { $done } sur { $total }
transfer-file = { $name } : { $percent }
transfer-pause = Suspendre
transfer-resume = Reprendre
transfer-cancel = Annuler
transfer-dismiss = Masquer
transfer-failures = { $count ->
    [one] Échec pour { $count } fichier
    [many] Échec pour { $count } de fichiers
   *[other] Échec pour { $count } fichiers
}

## Synchronisation

sync-syncing = Synchronisation…
# $done commence à 1 : c’est le fichier en cours d’envoi.
sync-uploading = Importation : { $done } sur { $total }
sync-downloading = Téléchargement : { $done } sur { $total }
sync-up-to-date = À jour
sync-up-to-date-at = À jour · { $time }
sync-pending = { $uploads } à importer, { $downloads } à télécharger
sync-failed = { $count ->
    [one] Impossible de synchroniser { $count } fichier
    [many] Impossible de synchroniser { $count } de fichiers
   *[other] Impossible de synchroniser { $count } fichiers
}
sync-signed-out = Non connecté
sync-held = { $count ->
    [one] Un dossier attend votre réponse
    [many] { $count } de dossiers attendent votre réponse
   *[other] { $count } dossiers attendent votre réponse
}
sync-folder-problems = { $count ->
    [one] Un dossier ne peut pas être synchronisé
    [many] { $count } de dossiers ne peuvent pas être synchronisés
   *[other] { $count } dossiers ne peuvent pas être synchronisés
}

## Albums

albums-title = Albums
albums-top = Hors album
albums-empty = Les albums apparaissent ici dès que vous y importez des photos.
albums-count = { $count ->
    [one] { $countText } élément
    [many] { $countText } d’éléments
   *[other] { $countText } éléments
}
albums-download = Télécharger
albums-download-all = Tout télécharger
albums-download-named = Télécharger l’album { $name }

## La corbeille

trash-title = Corbeille
trash-lead = Les photos et vidéos supprimées restent ici, et comptent dans votre espace de stockage, jusqu’à leur suppression définitive.
trash-nothing = La corbeille est vide.
trash-days-left = { $days ->
    [0] Suppression définitive aujourd’hui
    [one] Suppression définitive dans { $days } jour
   *[other] Suppression définitive dans { $days } jours
}
trash-restore = Restaurer
trash-restored = { $name } est de retour.
trash-delete-forever = Supprimer définitivement
trash-delete-forever-title = Supprimer définitivement ?
trash-delete-forever-body = { $name } disparaîtra de tous vos appareils, sans retour possible.
trash-empty-button = Vider la corbeille
trash-empty-title = Vider la corbeille ?
trash-empty-body = Tout son contenu disparaîtra de tous vos appareils, sans retour possible.
trash-move = Placer dans la corbeille
trash-move-title = { $count ->
    [one] Placer { $count } élément dans la corbeille ?
    [many] Placer { $count } d’éléments dans la corbeille ?
   *[other] Placer { $count } éléments dans la corbeille ?
}
trash-move-body = Ce que vous placez dans la corbeille disparaît de tous vos appareils. Vous pouvez le restaurer tant qu’il s’y trouve.
trash-moved = { $count ->
    [one] { $count } élément placé dans la corbeille.
    [many] { $count } d’éléments placés dans la corbeille.
   *[other] { $count } éléments placés dans la corbeille.
}
trash-only-here = Ces éléments se trouvent uniquement sur cet ordinateur : supprimez-les depuis leur dossier.

## Stockage

storage-title = Stockage
storage-used = { $used } utilisés sur { $quota }
storage-used-disk = { $used } utilisés · { $free } disponibles sur cet ordinateur
storage-photos = Photos
storage-videos = Vidéos
storage-other = Autres fichiers
storage-trash = Corbeille
storage-free-title = Libérer de l’espace
storage-empty-trash = Vider la corbeille
storage-largest-videos = Vidéos les plus volumineuses
storage-no-videos = Aucune vidéo pour l’instant.
storage-duplicates = La même photo sous plusieurs noms
storage-no-duplicates = Aucune photo n’est en double.
storage-move-to-trash = Placer dans la corbeille
storage-uploads-title = Envois en cours
storage-uploads-lead = Les fichiers en route vers le cloud occupent { $size } de votre espace jusqu’à leur arrivée. Un appareil qui les envoie encore continue de lui-même ; annulez ceux qui n’arriveront pas.
storage-upload-detail = Depuis { $device } · { $done } sur { $size }
storage-upload-unknown-device = un autre appareil
storage-upload-cancel = Annuler l’envoi

## Appareils

devices-title = Appareils
devices-lead = Tous les ordinateurs et téléphones connectés à votre compte. Dissociez-en un et il cesse aussitôt de se synchroniser.
devices-this = Cet ordinateur
devices-never = jamais
devices-meta = { $platform } · dernière activité : { $seen } · dernière synchronisation : { $synced }
devices-platform = { $platform ->
    [linux] Linux
    [windows] Windows
    [macos] macOS
    [android] Android
    [ios] iOS
   *[other] { $platform }
}
devices-unlink = Dissocier
devices-unlink-title = Dissocier { $name } ?
devices-unlink-body = Il cesse aussitôt de se synchroniser et devra se reconnecter pour revenir. Les photos qu’il contient y restent.

## Compte

account-title = Compte
account-where = Cloud
account-local-cloud = Un cloud local sur cet ordinateur
account-email = Compte
account-local-owner = Vous, sur cet ordinateur
account-device = Cet ordinateur
account-folders = Dossiers synchronisés
account-no-folders = Aucun dossier pour l’instant. Ajoutez-en un pour le synchroniser avec le cloud dans les deux sens.
account-add-folder = Ajouter un dossier
account-add-folder-dialog = Choisissez un dossier à synchroniser
account-sign-out = Se déconnecter
account-sign-out-title = Garder vos photos sur cet ordinateur ?
account-sign-out-body = Vous allez vous déconnecter. Les photos et vidéos de vos dossiers synchronisés peuvent rester ici, ou celles qui sont en sécurité dans le cloud peuvent aller dans la corbeille de l’ordinateur.
account-sign-out-keep = Les garder et se déconnecter
account-sign-out-remove = Les supprimer
account-sign-out-remove-title = Supprimer les photos de cet ordinateur ?
account-sign-out-remove-body = Toutes les photos et vidéos en sécurité dans le cloud vont dans la corbeille de cet ordinateur. Les fichiers qui n’existent qu’ici restent en place.
mode-two-way = Dans les deux sens
mode-upload-only = Sauvegarde : de cet ordinateur vers le cloud
mode-download-only = Du cloud vers cet ordinateur
folder-state-ok = Prêt
folder-state-missing = Introuvable (un disque débranché ?)
folder-state-error = Illisible
folder-state-emptied = Vide, alors qu’il contenait des photos

## Réglages

nav-settings = Réglages
settings-title = Réglages
settings-language = Langue
settings-language-system = Comme sur cet ordinateur ({ $language })
settings-language-hint = La fenêtre, la zone de notification et les notifications changent aussitôt.
settings-folders = Dossiers sur cet ordinateur
settings-folders-hint = Chaque dossier se synchronise avec le cloud à sa façon. Retirer un dossier arrête seulement sa synchronisation : ses photos restent où elles sont.
# $path est l’emplacement du dossier sur cet ordinateur.
settings-folder-mode = Mode de synchronisation de { $path }
settings-folder-whole-cloud = Tout le cloud
settings-folder-album = Album « { $album } »
settings-folder-paused = En pause
settings-folder-pause = Suspendre
settings-folder-resume = Reprendre
settings-folder-remove = Retirer
settings-folder-remove-title = Arrêter de synchroniser { $path } ?
settings-folder-remove-body = Ses photos et vidéos restent sur cet ordinateur et dans le cloud. Vous pouvez rajouter ce dossier à tout moment.
settings-sync = Synchronisation
settings-transfers = Fichiers transférés simultanément
settings-upload-limit = Vitesse d’importation
settings-download-limit = Vitesse de téléchargement
settings-limit-none = Sans limite
# $size est une taille, par exemple « 1 Mo ».
settings-limit-rate = Jusqu’à { $size }/s
settings-deletions = Quand une photo est supprimée d’un côté
settings-deletions-ask = La supprimer aussi de l’autre côté, mais demander d’abord si beaucoup disparaissent d’un coup
settings-deletions-send = Toujours la supprimer aussi de l’autre côté
settings-deletions-never = La garder de l’autre côté jusqu’à ce que je confirme
settings-deletions-hint = De chaque côté, les photos supprimées passent d’abord par une corbeille : rien ne disparaît immédiatement.
settings-app = Cet ordinateur
settings-start-at-login = Lancer Skyfolio à l’ouverture de session
settings-close-to-tray = Continuer la synchronisation dans la zone de notification quand la fenêtre est fermée
settings-notifications = Afficher les notifications
settings-phone = Votre téléphone
settings-phone-switch = Permettre à mon téléphone d’accéder à cet ordinateur
settings-phone-hint = Quand cette option est activée, les téléphones et autres appareils du même réseau (Wi-Fi) peuvent ouvrir le Skyfolio de cet ordinateur dans leur navigateur. Sur votre réseau domestique, la connexion n’est pas chiffrée : activez-la chez vous, pas sur un Wi-Fi public.
settings-phone-qr = Code QR qui connecte votre téléphone
settings-phone-address = Adresse pour votre téléphone
# $time est le moment où le code cesse de fonctionner : une heure (avec la date si ce n’est pas bientôt).
settings-phone-scan = Scannez-le avec l’appareil photo de votre téléphone, ou ouvrez l’adresse dans son navigateur. Le code connecte votre téléphone une seule fois et reste valable jusqu’à { $time }.
settings-phone-new-code = Nouveau code
settings-phone-expired = Ce code a expiré. Choisissez « Nouveau code » pour en obtenir un autre.
settings-phone-no-network = Cet ordinateur n’est relié à aucun réseau qu’un téléphone puisse atteindre. Connectez-le à votre Wi-Fi, puis choisissez « Nouveau code ».
settings-cache = Cache des miniatures
settings-cache-hint = De petites images conservées pour afficher rapidement la chronologie. Si vous videz le cache, elles sont recréées au fil du défilement.
settings-cache-size = { $size } sur cet ordinateur
settings-cache-clear = Vider
settings-cache-cleared = Cache des miniatures vidé
settings-account = Serveur et compte
settings-account-open = Gérer le compte

## État de la synchronisation

nav-health = Synchronisation
health-title = État de la synchronisation
health-lead = Ce qui est en attente, ce qui n’a pas pu être synchronisé et pourquoi, et ce qui attend votre accord.
health-last-success = Dernière synchronisation complète
health-never = Jamais
health-pending = En attente
health-nothing-pending = Rien
# $count est le nombre de fichiers qui n’ont pas pu être synchronisés.
health-failed = { $count ->
    [one] Impossible de synchroniser { $count } fichier
    [many] Impossible de synchroniser { $count } de fichiers
   *[other] Impossible de synchroniser { $count } fichiers
}
health-direction-upload = Importation
health-direction-download = Téléchargement
# $direction vaut Importation ou Téléchargement ; $reason indique pourquoi ; $next indique quand a lieu le prochain essai.
health-failed-meta = { $direction } · { $reason } · { $attempts ->
    [one] { $attempts } tentative
    [many] { $attempts } de tentatives
   *[other] { $attempts } tentatives
}, prochain essai : { $next }
health-retry = Réessayer maintenant
health-retried = { $count ->
    [0] Aucun fichier à réessayer
    [one] Nouvel essai pour { $count } fichier
    [many] Nouvel essai pour { $count } de fichiers
   *[other] Nouvel essai pour { $count } fichiers
}
health-held-folder-empty = Ce dossier est vide, alors qu’il contenait des photos. Rien n’y est fait tant que vous n’avez pas répondu : récupérez-les depuis le cloud, ou supprimez-les aussi du cloud.
health-held-album-empty = Le cloud ne contient plus rien pour ce dossier, alors qu’il en contenait. Rien n’y est fait tant que vous n’avez pas répondu : renvoyez-les dans le cloud, ou mettez-les aussi à la corbeille sur cet ordinateur.
health-held-many = { $count ->
    [one] Une suppression attend votre réponse.
    [many] { $count } de suppressions à la fois attendent votre réponse.
   *[other] { $count } suppressions à la fois attendent votre réponse.
}
health-held-always-ask = { $count ->
    [one] Une suppression attend votre réponse, comme le demandent les réglages.
    [many] { $count } de suppressions attendent votre réponse, comme le demandent les réglages.
   *[other] { $count } suppressions attendent votre réponse, comme le demandent les réglages.
}
health-held-to-cloud = vers la corbeille du cloud
health-held-to-trash = vers la corbeille de cet ordinateur
health-held-more = { $count ->
    [one] et { $count } autre
   *[other] et { $count } autres
}
health-held-delete = Supprimer aussi de l’autre côté
health-held-restore = Les récupérer
health-apply-title = { $count ->
    [one] Supprimer aussi { $count } photo de l’autre côté ?
    [many] Supprimer aussi { $count } de photos de l’autre côté ?
   *[other] Supprimer aussi { $count } photos de l’autre côté ?
}
health-apply-body = Elles iront dans la corbeille de l’autre côté, où vous pourrez les restaurer pendant 30 jours.
health-rename-twin = Lui donner un nom à lui
health-renamed-twin = Renommé dans le cloud en { $name }.
health-not-synced = { $count ->
    [one] { $count } fichier est laissé de côté
    [many] { $count } de fichiers sont laissés de côté
   *[other] { $count } fichiers sont laissés de côté
}
health-all-good = Tout est à jour.
health-diagnostics = Diagnostic
health-diagnostics-hint = Un seul fichier avec les versions, les réglages, l’état de la synchronisation et les journaux récents, à transmettre à la personne qui vous aide. Il ne contient ni photos, ni mots de passe, ni jetons.
health-diagnostics-save = Enregistrer le diagnostic…
health-diagnostics-dialog = Enregistrer le diagnostic
# $path est l’emplacement où le fichier a été enregistré ; $size, sa taille.
health-diagnostics-saved = Enregistré dans { $path } ({ $size })

## Notifications

notice-sync-finished-title = Synchronisation terminée
notice-sync-finished-body = { $uploaded ->
    [0] Aucun fichier importé
    [one] { $uploaded } fichier importé
    [many] { $uploaded } de fichiers importés
   *[other] { $uploaded } fichiers importés
}, { $downloaded ->
    [0] aucun téléchargé
    [one] { $downloaded } téléchargé
   *[other] { $downloaded } téléchargés
}.
notice-failed-title = { $count ->
    [one] Impossible de synchroniser { $count } fichier
    [many] Impossible de synchroniser { $count } de fichiers
   *[other] Impossible de synchroniser { $count } fichiers
}
notice-failed-body = Ouvrez Skyfolio et consultez la section Synchronisation pour en connaître la raison et réessayer.
notice-signed-out-title = Synchronisation interrompue
notice-signed-out-body = Cet ordinateur a été déconnecté. Reconnectez-vous pour reprendre la synchronisation ; vos photos restent où elles sont.
notice-unlinked-body = Cet ordinateur a été dissocié du compte. Reconnectez-vous pour reprendre la synchronisation ; vos photos restent où elles sont.
notice-storage-title = Stockage dans le cloud presque plein
# $percent est un nombre entier.
notice-storage-body = { $percent } % de l’espace est utilisé. Videz la corbeille ou supprimez des vidéos volumineuses pour continuer la sauvegarde.
notice-tray-title = Skyfolio continue la synchronisation
notice-tray-body = Quand vous fermez la fenêtre, Skyfolio reste dans la zone de notification. Vous pouvez l’ouvrir ou le quitter depuis celle-ci.

## Langues, chacune nommée dans sa propre langue

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

## La zone de notification

tray-open = Ouvrir Skyfolio
tray-sync-now = Synchroniser maintenant
tray-pause = Suspendre la synchronisation
tray-resume = Reprendre la synchronisation
tray-language = Langue
tray-quit = Quitter Skyfolio
tray-status-paused = Synchronisation suspendue
tray-tooltip = Skyfolio · { $status }

## Boîtes de dialogue

dialog-ok = OK
dialog-cancel = Annuler
dialog-close = Fermer

## La ligne de commande

# Ce qu’affiche la commande `skyfolio`. Ses lignes sont courtes et commencent par une minuscule,
# comme celles des autres outils en ligne de commande ; les mots après `--` (--all, --home DIR) et
# `skyfolio …` se tapent tels quels et ne se traduisent pas. $path et $folder sont des
# emplacements sur cet ordinateur, $reason dit pourquoi quelque chose a échoué (un message
# d’erreur, puis son détail entre parenthèses).
# $message est un message d’erreur ; $detail nomme le fichier et la cause, en anglais.
cli-error = skyfolio : { $message }
cli-error-detail = { $message } ({ $detail })
cli-no-home = aucun emplacement pour la bibliothèque : indiquez --home DIR
cli-no-runtime = Skyfolio ne peut pas démarrer ses fils d’exécution
cli-download-what = indiquez quoi télécharger : --all, --album NOM ou --id ID
# $language est une langue nommée dans cette langue, $tag son code (fr-FR).
cli-language-chosen = { $language } ({ $tag }), choisie ici (`skyfolio language --system` suit de nouveau la langue de cet ordinateur)
cli-language-system = { $language } ({ $tag }), la langue de cet ordinateur (`skyfolio language TAG` en choisit une autre)
cli-language-available = langues :
cli-language-set = Skyfolio parle désormais { $language } ({ $tag }), ici et dans l’application
cli-language-set-system = Skyfolio suit de nouveau la langue de cet ordinateur : { $language } ({ $tag })
# $languages est la liste des codes : en-US, zh-CN…
cli-language-unknown = Skyfolio ne parle pas { $tag } ; choisissez parmi { $languages }
# Le signe entre la partie entière et la partie décimale (1,5 Mo).
cli-decimal-mark = ,
# Ce qui sépare les éléments d’une liste (3 importés, 2 téléchargés).
cli-list-separator = { ", " }
cli-size-bytes = { $count ->
    [one] { $count } octet
    [many] { $count } d’octets
   *[other] { $count } octets
}
# $amount est un nombre comme 1,5.
cli-size-kb = { $amount } ko
cli-size-mb = { $amount } Mo
cli-size-gb = { $amount } Go
cli-size-tb = { $amount } To
cli-never = jamais
cli-login-password = Mot de passe :
cli-login-password-stdin = donnez le mot de passe sur l’entrée standard avec --password-stdin
cli-login-password-unread = impossible de lire le mot de passe
# $device est le nom de cet ordinateur dans la liste des appareils associés.
cli-login-done = connecté à { $server } en tant que { $email } (cet ordinateur s’appelle « { $device } » ; le jeton est conservé { $store ->
    [keychain] dans le trousseau
   *[file] dans un fichier privé
})
cli-logout-server-not-told = le serveur n’a pas pu être prévenu ; cet ordinateur a oublié son jeton
cli-logout-trashed = { $count ->
    [one] déconnecté ; { $count } photo ou vidéo synchronisée placée dans la corbeille
    [many] déconnecté ; { $count } de photos et vidéos synchronisées placées dans la corbeille
   *[other] déconnecté ; { $count } photos et vidéos synchronisées placées dans la corbeille
}
cli-logout-kept = déconnecté ; vos photos restent sur cet ordinateur
# $done est la liste de ce qu’un passage a fait (les messages ci-dessous), ou « à jour ».
cli-sync-folder = { $folder } : { $done }
cli-sync-uploaded = { $count ->
    [one] { $count } importé
   *[other] { $count } importés
}
cli-sync-downloaded = { $count ->
    [one] { $count } téléchargé
   *[other] { $count } téléchargés
}
cli-sync-moved = { $count ->
    [one] { $count } déplacé
   *[other] { $count } déplacés
}
cli-sync-trashed-in-cloud = { $count ->
    [one] { $count } placé dans la corbeille du cloud
   *[other] { $count } placés dans la corbeille du cloud
}
cli-sync-trashed-here = { $count ->
    [one] { $count } placé dans la corbeille de cet ordinateur
   *[other] { $count } placés dans la corbeille de cet ordinateur
}
cli-sync-conflicts = { $count ->
    [one] { $count } fichier gardé en deux versions
    [many] { $count } de fichiers gardés en deux versions
   *[other] { $count } fichiers gardés en deux versions
}
cli-sync-in-step = à jour
cli-sync-settling-wait = { $count ->
    [one] attente de { $count } fichier encore en cours d’écriture…
    [many] attente de { $count } de fichiers encore en cours d’écriture…
   *[other] attente de { $count } fichiers encore en cours d’écriture…
}
cli-sync-settling = { $count ->
    [one] { $count } fichier encore en cours d’écriture : pas encore envoyé
    [many] { $count } de fichiers encore en cours d’écriture : pas encore envoyés
   *[other] { $count } fichiers encore en cours d’écriture : pas encore envoyés
}
cli-sync-skipped = { $count ->
    [one] { $count } fichier a changé pendant la synchronisation : laissé pour le prochain passage
    [many] { $count } de fichiers ont changé pendant la synchronisation : laissés pour le prochain passage
   *[other] { $count } fichiers ont changé pendant la synchronisation : laissés pour le prochain passage
}
# $problem dit, en anglais, pourquoi le dossier n’a pas été synchronisé (introuvable, illisible).
cli-sync-folder-problem = non synchronisé : { $problem }
cli-sync-waiting = { $count ->
    [one] { $count } transfert attend un nouvel essai
    [many] { $count } de transferts attendent un nouvel essai
   *[other] { $count } transferts attendent un nouvel essai
}
cli-held-folder-empty = le dossier est vide, alors qu’il contenait des photos : rien n’y est fait tant que vous n’avez pas répondu
cli-held-album-empty = le cloud ne contient plus rien pour ce dossier, alors qu’il en contenait : rien n’y est fait tant que vous n’avez pas répondu
cli-held-many = { $count ->
    [one] { $count } fichier irait dans une corbeille : il attend votre réponse
    [many] { $count } de fichiers iraient d’un coup dans une corbeille : ils attendent votre réponse
   *[other] { $count } fichiers iraient d’un coup dans une corbeille : ils attendent votre réponse
}
cli-held-always-ask = { $count ->
    [one] { $count } suppression attend votre réponse, comme le demandent les réglages
    [many] { $count } de suppressions attendent votre réponse, comme le demandent les réglages
   *[other] { $count } suppressions attendent votre réponse, comme le demandent les réglages
}
cli-held-to-cloud = { $path } → corbeille du cloud
cli-held-to-trash = { $path } → corbeille de cet ordinateur
cli-held-more = { $count ->
    [one] et { $count } autre
   *[other] et { $count } autres
}
cli-held-answer = répondez avec `skyfolio sync --delete-held { $fingerprint }` (les supprimer aussi de l’autre côté) ou `skyfolio sync --restore-held { $fingerprint }` (les récupérer)
cli-held-prompt = Les supprimer aussi de l’autre côté (d), les récupérer (r), ou les laisser pour l’instant (Entrée) ?{ " " }
cli-failed = échec : { $path } : { $reason }
cli-not-synced = non synchronisé : { $path } : { $reason }
cli-status-signed-in = connecté à { $server } en tant que { $email } (« { $device } »)
cli-status-signed-out = non connecté
cli-status-paused = la synchronisation est suspendue (skyfolio resume)
# $other compte les déplacements, suppressions et enregistrements ; $time est la dernière fois où tout était à jour.
cli-status-summary = en attente : { $uploads ->
    [one] { $uploads } importation
    [many] { $uploads } d’importations
   *[other] { $uploads } importations
}, { $downloads ->
    [one] { $downloads } téléchargement
    [many] { $downloads } de téléchargements
   *[other] { $downloads } téléchargements
}, { $other } autres ; échecs : { $failed } ; dernière synchronisation complète : { $time }
cli-status-failed = { $direction ->
    [upload] importation
   *[download] téléchargement
} { $path } : { $reason } ({ $attempts ->
    [one] { $attempts } tentative
    [many] { $attempts } de tentatives
   *[other] { $attempts } tentatives
})
# $mode vaut two-way, upload-only ou download-only, tel qu’on le tape après --mode ; $album est
# l’un des deux messages ci-dessous.
cli-folder = { $path } ({ $mode }, { $album })
cli-whole-cloud = tout le cloud
cli-album = l’album « { $album } »
cli-folder-removed = { $path } retiré (ses fichiers restent intacts)
cli-paused = synchronisation suspendue
cli-resumed = synchronisation reprise
cli-upload-summary = { $uploaded ->
    [one] { $uploaded } importé
   *[other] { $uploaded } importés
}, { $already } déjà dans le cloud, { $skipped } hors photos et vidéos, { $failed ->
    [one] { $failed } échec
   *[other] { $failed } échecs
}
cli-download-summary = { $downloaded ->
    [one] { $downloaded } téléchargé
   *[other] { $downloaded } téléchargés
}, { $already ->
    [one] { $already } déjà présent
   *[other] { $already } déjà présents
}, { $failed ->
    [one] { $failed } échec
   *[other] { $failed } échecs
}
# $id est l’identifiant de l’élément, à taper après `skyfolio trash restore` ; $time, la date de sa suppression.
cli-trash-item = { $id }  { $path }  supprimé le { $time }
cli-trash-restored = { $path } restauré
cli-trash-emptied = la corbeille est vide
# Chaque valeur est une taille comme 1,5 Go.
cli-storage = { $used } utilisés sur { $quota } : photos { $photos }, vidéos { $videos }, autres { $other }, corbeille { $trash }
# $seen et $synced sont des dates et heures, ou « jamais ».
cli-device = { $id }  { $name } ({ $platform })  dernière activité { $seen }, dernière synchronisation { $synced }
cli-device-this = { $id }  { $name } ({ $platform }), cet ordinateur  dernière activité { $seen }, dernière synchronisation { $synced }
cli-device-unlinked = { $id } dissocié
# $state est l’un des états de dossier ci-dessus (Prêt, Introuvable…).
cli-scan-not-ok = { $folder } : { $state } ; rien n’a été modifié
cli-scan-summary = { $folder } : { $files ->
    [one] { $files } fichier
    [many] { $files } de fichiers
   *[other] { $files } fichiers
}, { $added ->
    [one] { $added } nouveau
   *[other] { $added } nouveaux
}, { $changed ->
    [one] { $changed } modifié
   *[other] { $changed } modifiés
}, { $moved ->
    [one] { $moved } déplacé
   *[other] { $moved } déplacés
}, { $deleted ->
    [one] { $deleted } supprimé
   *[other] { $deleted } supprimés
}, { $unchanged ->
    [one] { $unchanged } inchangé
   *[other] { $unchanged } inchangés
}, { $ignored } hors photos et vidéos, { $failed ->
    [one] { $failed } échec
   *[other] { $failed } échecs
}
cli-scan-busy = encore en cours d’écriture, laissé pour la prochaine analyse : { $path }
cli-scan-no-folders = aucun dossier dans la bibliothèque pour l’instant : ajoutez-en un avec `skyfolio folder add DIR`
cli-thumbnails-summary = miniatures : { $made ->
    [one] { $made } créée
   *[other] { $made } créées
}, { $without } sans aperçu, { $failed ->
    [one] { $failed } échec
   *[other] { $failed } échecs
}
cli-no-thumbnail = pas de miniature : { $path } : { $reason }
cli-watch-ready = surveillance des modifications (Ctrl+C pour arrêter)
# $reason dit, en anglais, pourquoi le système ne signale pas les modifications.
cli-watch-not-followed = { $folder } : les modifications ne sont pas suivies en direct ({ $reason }) ; le dossier est réanalysé régulièrement
cli-cache-size = { $size } de miniatures ({ $bytes ->
    [one] { $bytes } octet
    [many] { $bytes } d’octets
   *[other] { $bytes } octets
})
cli-cache-cleared = cache des miniatures vidé
# À la place d’une date de prise de vue, dans la liste de la bibliothèque.
cli-no-date = (sans date)
cli-import-not-a-library-folder = { $path } n’est pas un dossier de la bibliothèque : ajoutez-le avec `skyfolio folder add { $path }`
# $how vaut move (déplacer) ou copy (copier).
cli-import-summary = { $imported ->
    [one] { $imported } { $how ->
        [move] déplacé
       *[copy] copié
    }
   *[other] { $imported } { $how ->
        [move] déplacés
       *[copy] copiés
    }
}, { $duplicates } déjà dans la bibliothèque, { $skipped } hors photos et vidéos, { $failed ->
    [one] { $failed } échec
   *[other] { $failed } échecs
}
cli-info-error = erreur : { $reason }
cli-info-summary = { $files ->
    [one] { $files } fichier
    [many] { $files } de fichiers
   *[other] { $files } fichiers
}, dont { $failed ->
    [one] { $failed } illisible
   *[other] { $failed } illisibles
}
cli-info-size-unknown = dimensions inconnues
# $mime est un type comme image/jpeg ; $dimensions vaut largeur×hauteur en pixels, ou « dimensions
# inconnues » ; $size est la taille du fichier ; $seconds la durée d’une vidéo.
cli-info-what = { $kind ->
    [photo] photo
   *[video] vidéo
} ({ $mime }), { $dimensions }, { $size }
cli-info-what-timed = { $kind ->
    [photo] photo
   *[video] vidéo
} ({ $mime }), { $dimensions }, { $seconds } s, { $size }
# $time est l’horloge de l’appareil ; $source, où elle a été lue (exif-original, xmp, quicktime…).
cli-info-taken = prise de vue : { $time } (source : { $source })
cli-info-no-date = date de prise de vue inconnue
cli-info-camera = appareil : { $camera }
cli-info-place = lieu : { $latitude }, { $longitude }
# $orientation est l’orientation EXIF, de 1 à 8 ; $hash l’empreinte du contenu.
cli-info-orientation = orientation { $orientation }, empreinte { $hash }
cli-thumbs-size = la taille doit être 256 ou 1440
cli-thumbs-cannot-create = impossible de créer { $path }
# $skipped est la somme des trois nombres entre parenthèses.
cli-thumbs-summary = { $made ->
    [one] { $made } créée
   *[other] { $made } créées
}, { $skipped ->
    [one] { $skipped } ignorée
   *[other] { $skipped } ignorées
} ({ $there ->
    [one] { $there } déjà créée
   *[other] { $there } déjà créées
}, { $unsupported } hors photos et vidéos, { $without } sans aperçu), { $failed ->
    [one] { $failed } échec
   *[other] { $failed } échecs
}
cli-thumbs-no-preview = pas d’aperçu : { $path } : { $reason }

## Erreurs, par code

error-io = Skyfolio n’a pas pu lire ou écrire un fichier.
error-empty-file = Ce fichier est vide.
error-unsupported-format = Skyfolio ne peut pas afficher ce type de fichier.
error-too-large = Cette image est trop grande pour être ouverte en toute sécurité.
error-corrupt = Ce fichier est endommagé ou incomplet.
error-timeout = La création de l’aperçu a pris trop de temps.
error-database = Impossible de lire les données internes de Skyfolio. Redémarrez Skyfolio ; si le problème persiste, vérifiez le disque.
error-not-a-folder = Ce n’est pas un dossier.
error-folder-overlaps = Ce dossier se trouve dans un dossier déjà synchronisé, ou en contient un.
error-unknown-folder = Ce dossier n’est pas synchronisé.
error-invalid-setting = Cette valeur n’est pas autorisée pour ce réglage.
error-invalid-server = Ce n’est pas une adresse de serveur. Saisissez-la sous la forme https://photos.example.org.
error-unreachable = Impossible de joindre le serveur. Vérifiez l’adresse et votre connexion ; Skyfolio réessaiera automatiquement.
error-protocol = Le serveur a envoyé une réponse que Skyfolio ne comprend pas. S’agit-il bien d’un serveur Skyfolio de la même version ?
error-not-signed-in = Cet ordinateur n’est connecté à aucun compte.
error-credentials = Skyfolio n’a pas pu enregistrer ou retrouver vos identifiants sur cet ordinateur.
error-hash-mismatch = Un fichier est arrivé endommagé. Skyfolio le récupère à nouveau.
error-changed-meanwhile = Un fichier a été modifié pendant son envoi. Skyfolio l’envoie à nouveau.
error-invalid-album = Ce nom d’album ne peut pas être utilisé. Choisissez un nom simple, sans / au début ni à la fin.
error-album-taken = Un autre dossier synchronise déjà cet album dans les deux sens.
error-nothing-selected = Rien ne correspond dans le cloud.
error-invalid-name = Le cloud n’accepte pas le nom de ce fichier.
error-name-taken = Un autre fichier porte déjà ce nom ici, aux majuscules et minuscules près.
error-invalid-path = Ce nom ne peut pas être utilisé.
error-online-only = Seul un espace réservé de ce fichier se trouve sur cet ordinateur : son contenu est dans un stockage en ligne comme OneDrive ou iCloud Drive. Skyfolio ne le télécharge pas de lui-même ; conservez le fichier sur cet ordinateur pour l’inclure.
error-bad-request = Le serveur a refusé une demande envoyée par Skyfolio.
error-unsupported-media-type = Le serveur a refusé une demande envoyée par Skyfolio.
error-headers-too-large = Le serveur a refusé une demande envoyée par Skyfolio.
error-uri-too-long = Le serveur a refusé une demande envoyée par Skyfolio.
error-unauthorized = Cet ordinateur a été déconnecté ou dissocié. Reconnectez-vous pour continuer la synchronisation.
error-invalid-credentials = L’adresse e-mail ou le mot de passe est incorrect.
error-too-many-attempts = Trop de tentatives. Patientez un peu, puis réessayez.
error-forbidden = Seul l’administrateur du serveur peut effectuer cette action.
error-registration-closed = Ce serveur n’accepte pas de nouveaux comptes sans invitation. Demandez-en une à son administrateur.
error-invalid-invite = Ce code d’invitation ne fonctionne pas : il est peut-être mal saisi, déjà utilisé ou expiré. Demandez-en un nouveau à l’administrateur du serveur.
error-email-taken = Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt.
error-weak-password = Choisissez un mot de passe d’au moins 8 caractères.
error-not-found = Cet élément n’existe plus.
error-path-taken = Un autre élément porte déjà ce nom.
error-offset-mismatch = Une importation a été interrompue. Skyfolio la reprend.
error-checksum-mismatch = Une partie d’une importation est arrivée endommagée. Skyfolio la renvoie.
error-size-mismatch = Un fichier a été modifié pendant son envoi. Skyfolio l’envoie à nouveau.
error-upload-busy = Ce fichier est déjà en cours d’importation.
error-quota-exceeded = Votre espace de stockage est plein. Videz la corbeille ou libérez de l’espace.
error-storage-full = Le disque du cloud est plein : plus rien ne peut y être enregistré. Rien n’est perdu : les fichiers attendent ici, et la synchronisation reprend d’elle-même dès que le serveur a de la place.
error-not-ready = L’aperçu est encore en cours de création.
error-no-preview = Aucun aperçu n’est disponible pour cet élément.
error-range-not-satisfiable = Skyfolio a demandé au serveur quelque chose qu’il n’a pas.
error-server-busy = Le serveur est occupé pour le moment. Réessayez dans un instant.
error-internal = Un problème est survenu dans Skyfolio ou sur le serveur. Réessayez dans un instant.
error-unknown = Un problème est survenu.
error-held-changed = Ce qui attend votre réponse a changé depuis son affichage. Regardez-le à nouveau, puis répondez.

## Dans un navigateur

welcome-browser-title = Se connecter à Skyfolio
# $host is the server's address, as the browser shows it.
welcome-browser-body = Vos photos et vidéos sur { $host }. Connectez-vous, ou créez un compte, pour les voir, les envoyer et les télécharger depuis ce navigateur.
welcome-not-encrypted = Cette page n’est pas chiffrée (elle a été ouverte en http://, pas en https://). Votre mot de passe et vos photos traversent le réseau lisibles par d’autres. Demandez une adresse https:// à l’administrateur du serveur.
settings-language-browser = Comme ce navigateur ({ $language })
settings-language-hint-browser = La page change aussitôt ; ce navigateur garde ce choix.
account-browser = Ce navigateur
error-desktop-only = Cela ne fonctionne que dans l’application Skyfolio sur un ordinateur.
gallery-empty-browser = Choisissez Ajouter des photos pour envoyer des photos et des vidéos depuis cet appareil, ou faites-les glisser sur cette page.
error-unauthorized-browser = Vous avez été déconnecté. Reconnectez-vous pour voir vos photos.
error-not-signed-in-browser = Vous n’êtes pas connecté. Connectez-vous pour voir vos photos.
error-unreachable-browser = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
error-storage-full-browser = Le disque du cloud est plein : plus rien ne peut y être enregistré. Réessayez dès que le serveur a de la place.
welcome-pair-refused = Le code de connexion de votre ordinateur a déjà servi ou a expiré. Sur l’ordinateur, créez-en un nouveau : Réglages → Permettre à mon téléphone d’accéder à cet ordinateur → Nouveau code. Puis scannez-le à nouveau.
welcome-pair-hint = Vous vous connectez au Skyfolio de votre ordinateur ? Activez-y Réglages → Permettre à mon téléphone d’accéder à cet ordinateur, puis scannez son code.

## Google Takeout import

cli-takeout-source = { $path } : { $entries } fichiers
cli-takeout-source-unreadable = { $path } : non lu : { $reason }
cli-takeout-review = { $photos } photos et { $videos } vidéos ({ $motion } photos animées) dans { $albums } albums, { $size }
cli-takeout-review-details = datées par le JSON de Google : { $dated } ; avec un lieu : { $places } ; favoris : { $favorites } ; archivées : { $archived } ; dans la corbeille de Google : { $trashed } ; sans JSON : { $without }
cli-takeout-skipped = non importé : { $count } × { $what } ({ $reason })
cli-takeout-dry-run = rien n’a été envoyé (--dry-run)
cli-takeout-summary = { $imported } importés, { $already } déjà présents, { $earlier } faits par une importation précédente, { $failed } en échec ; { $orphans } fichiers JSON de Google sans leur photo, { $ignored } fichiers ignorés, { $refused } refusés
cli-takeout-marks = les favoris ({ $favorites }) et les éléments archivés ({ $archived }) sont arrivés comme des photos ordinaires : le cloud n’a pas encore ces marques ; les éléments de la corbeille de Google ({ $trashed }) sont dans la corbeille
cli-takeout-report = rapport écrit dans { $path }
cli-takeout-time-zone = { $zone } n’est pas un fuseau horaire que cet ordinateur connaît (Europe/Paris, UTC…)
error-bad-zip = Ce n’est pas une archive zip, ou elle est abîmée (un téléchargement inachevé ?). Téléchargez de nouveau cette partie.
error-not-a-file = Ce n’est pas un fichier (un dossier ou un lien) : il reste où il est.
error-damaged-json = Le fichier JSON de Google pour cette photo est endommagé : ses dates et lieux ne sont pas utilisés.
error-not-an-object = Le fichier JSON de Google pour cette photo n’est pas du type qu’écrit Google Photos : ses dates et lieux ne sont pas utilisés.
error-zip-bomb = Cette entrée du zip annonce bien plus d’octets qu’une photo n’en aurait : elle n’a pas été lue.
error-scratch-full = Il n’y a pas assez d’espace libre sur cet ordinateur pour extraire ce fichier du zip.
error-part-missing = Le fichier n’est dans aucune des parties du Takeout données. Ajoutez la partie manquante et importez de nouveau.

## Téléphones et cartes d’appareil photo

cli-device-found = { $name } ({ $path })
cli-device-none = Aucun téléphone ni carte avec un dossier DCIM n’est branché : indiquez son dossier.
cli-device-several = Plusieurs téléphones ou cartes sont branchés : indiquez le dossier de l’un d’eux :
cli-device-summary = { $imported } sauvegardés, { $already } déjà dans le cloud ou sur cet ordinateur, { $skipped } ni photos ni vidéos, { $failed } en échec
cli-free-device-plan = { $files } fichiers ({ $size }) sont en sécurité dans le cloud et peuvent partir : relancez avec --yes pour les supprimer
cli-free-device-done = { $files } fichiers supprimés ({ $size } libérés) ; { $kept } gardés
error-not-confirmed = Le cloud n’a pas le contenu de ce fichier : il reste.

## Téléphones, cartes d’appareil photo et Google Takeout dans l’app

card-found = { $name } est branché : sauvegarder ses photos et vidéos ?
card-backing-up = Sauvegarde de { $name }…
card-backed-up = { $name } est sauvegardé.
card-back-up = Sauvegarder ce téléphone ou cette carte
card-free-space = Libérer de l’espace
card-not-now = Pas maintenant
card-nothing-to-free = Rien sur { $name } n’est encore dans le cloud.
card-free-title = Libérer de l’espace sur { $name } ?
card-free-body = { $count ->
    [one] 1 fichier ({ $size }) est en sécurité dans le cloud. Il sera retiré de la carte ; le cloud le garde.
   *[other] { $count } fichiers ({ $size }) sont en sécurité dans le cloud. Ils seront retirés de la carte ; le cloud les garde.
}
card-free-confirm = { $count ->
    [one] Retirer 1 fichier
   *[other] Retirer { $count } fichiers
}
card-freed = { $count } fichiers retirés, { $size } libérés ; { $kept } gardés.
add-takeout = Depuis Google Photos
takeout-dialog = Choisissez les fichiers zip de votre Google Takeout
takeout-review-title = Importer depuis Google Photos ?
takeout-review-items = { $photos } photos et { $videos } vidéos dans { $albums } albums, { $size }.
takeout-review-details = Datées par Google : { $dated }. Avec un lieu : { $places }. Favoris : { $favorites }. De la corbeille de Google (vont dans la corbeille) : { $trashed }.
takeout-review-earlier = { $count } ont déjà été importés et sont ignorés.
takeout-review-unreadable = { $path } ne peut pas être lu : { $reason }
takeout-import = Importer
takeout-report-at = Un rapport de chaque élément sera enregistré dans { $path }
import-finished = { $count } éléments sont dans le cloud ({ $already } y étaient déjà).
transfer-import-running = Import de { $done } sur { $total }
transfer-import-paused = Import en pause, { $done } sur { $total }
transfer-import-done = { $done } sur { $total } importés
transfer-import-cancelled = Import annulé
transfer-import-failed = Import terminé avec des problèmes
error-not-a-backup-folder = L’espace ne se libère que dans les dossiers de sauvegarde (envoi seul) : ici, retirer une photo la retirerait aussi du cloud, ou elle reviendrait.

health-imports = Importations depuis Google Photos
health-import = Importé le { $when }
takeout-show-report = Voir le rapport
takeout-report-title = Ce qui est arrivé de Google Photos
takeout-report-saved = Le rapport complet est enregistré en tableur : { $path }
takeout-report-marks = Favoris : { $favorites }. Archivés : { $archived }. De la corbeille de Google, maintenant dans la corbeille : { $trashed }.
takeout-report-empty = Rien ici.
takeout-report-more = En voir { $count } de plus
takeout-group-failed = Échecs
takeout-group-not-imported = Photo absente du Takeout
takeout-group-imported = Importés
takeout-group-already = Déjà là
takeout-group-skipped = Pas des photos
takeout-group-all = Tout
takeout-column-name = Nom
takeout-column-outcome = Ce qui s’est passé
takeout-column-where = Où il est
takeout-column-why = Pourquoi
takeout-earlier = par une importation précédente
takeout-outcome-imported = Importé
takeout-outcome-already-present = Déjà là
takeout-outcome-failed = Échec
takeout-outcome-not-imported = Non importé
takeout-outcome-ignored = Ignoré
takeout-outcome-refused = Refusé
takeout-outcome-problem = Remarque
takeout-reason-no-media = Le JSON de Google est là, pas sa photo : manque-t-il une partie du Takeout ?
takeout-reason-ambiguous = Plusieurs photos correspondent également à ce JSON ; aucune ne l’a reçu.
takeout-reason-not-media = Ni photo ni vidéo.
takeout-reason-system-file = Un fichier laissé par l’ordinateur ou le logiciel de zip.
takeout-reason-not-a-sidecar = Des données Google qui ne concernent pas une photo.
takeout-reason-extra-album-metadata = Une deuxième description d’album dans un dossier.
takeout-reason-unused-album-metadata = Une description d’album dans un dossier sans photos.
takeout-reason-empty = L’entrée n’a pas de nom.
takeout-reason-not-utf8 = Le nom de l’entrée n’est pas un texte lisible.
takeout-reason-too-long = Le nom de l’entrée est trop long.
takeout-reason-absolute = Le nom de l’entrée pointe hors du Takeout.
takeout-reason-dot-segment = Le nom de l’entrée pointe hors du Takeout.
takeout-reason-empty-segment = Le nom de l’entrée contient un dossier vide.
takeout-reason-backslash = Le nom de l’entrée contient une barre oblique inverse.
takeout-reason-control-character = Le nom de l’entrée contient des caractères de contrôle.
takeout-reason-damaged-json = Son JSON Google est endommagé : ses dates et lieux ne sont pas utilisés.
takeout-reason-json-not-read = Son JSON Google n’a pas pu être lu.
takeout-reason-conflicting-copies = Les parties contiennent des fichiers différents sous ce nom : les deux sont gardés.

settings-folder-free = Libérer de l’espace
free-title = Libérer de l’espace dans { $path }
free-lead = Les photos et vidéos de ce dossier de sauvegarde qui sont en sécurité dans le cloud peuvent quitter cet ordinateur (par la corbeille). Elles restent dans votre chronologie et se téléchargent quand vous les ouvrez.
free-age = Lesquelles
free-age-any = Tout âge
free-age-months = { $months ->
    [one] Inchangées depuis un mois
   *[other] Inchangées depuis { $months } mois
}
free-size = Taille
free-size-any = Toute taille
free-size-over = Plus de { $size }
free-counting = Interrogation du cloud…
free-found = { $count ->
    [one] 1 fichier ({ $size }) est en sécurité dans le cloud.
   *[other] { $count } fichiers ({ $size }) sont en sécurité dans le cloud.
}
free-nothing = Rien ne correspond encore : rien à retirer.
free-confirm-none = Rien à retirer

update-available = Skyfolio { $version } est prêt à être installé.
update-install = Installer et redémarrer
update-later = Plus tard
update-installing = Installation de Skyfolio { $version }… Skyfolio redémarre ensuite.
error-no-update = Aucune version plus récente à installer n’a été trouvée.
error-update-failed = La mise à jour n’a pas pu être installée ; cette version continue de fonctionner.
health-keep-here = Télécharger et inclure
health-kept-here = { $name } est rapatrié sur cet ordinateur ; la synchronisation le prend ensuite.
