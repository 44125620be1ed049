# Skyfolio, English (United States).
# Every string a person sees in Skyfolio lives here. Ids are kebab-case `area-thing[-state]`;
# error messages are `error-<code>`, one for each code the app can report.

## The window

app-title = Skyfolio
page-loading = Loading…
nav-label = Sections
nav-photos = Photos
nav-albums = Albums
nav-trash = Recycle bin
nav-storage = Storage
nav-devices = Devices
nav-account = Account

## First start

welcome-title = Welcome to Skyfolio
welcome-lead = Your photos and videos, on every computer you use and in a cloud you own.
welcome-local-title = Use a local cloud on this computer
welcome-local-body = Start right away: Skyfolio keeps a second, safe copy of your photos in its own folder on this computer. You can move to a server later.
welcome-local-button = Start with a local cloud
welcome-local-starting = Starting…
welcome-server-title = Sign in to a Skyfolio server
welcome-server-body = Use the server your family or company runs, or your own.
welcome-server = Server address
welcome-email = Email
welcome-password = Password
welcome-register = Create an account on this server
welcome-invite = Invite code (if the server’s administrator gave you one)
welcome-sign-in-button = Sign in
welcome-register-button = Create account

## The toolbar

add-photos = Add photos
add-photos-dialog = Choose photos and videos to upload
add-folder = Add folder
add-folder-dialog = Choose a folder to upload
filter-label = Show
filter-all = All
filter-photos = Photos
filter-videos = Videos
selection-count = { $count ->
    [one] { $count } selected
   *[other] { $count } selected
}
selection-download = Download
selection-trash = Move to recycle bin
selection-clear = Clear selection

## The timeline

gallery-label = Photos and videos, newest first
gallery-loading = Loading your photos…
gallery-empty-title = Your photos will appear here
gallery-empty = Drag photos and videos onto this window, or choose Add photos.
gallery-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
gallery-count-more = { $count ->
    [one] { $count } item so far…
   *[other] { $count } items so far…
}
# $day is a date written out in full.
gallery-select-day = Select every item of { $day }
gallery-day-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
gallery-photo = Photo
gallery-video = Video
place-this-computer = Only on this computer
place-cloud = Only in the cloud
place-both = On this computer and in the cloud
tile-uploading = Uploading
tile-failed = Could not be uploaded

## The viewer

viewer-label = Photo viewer
viewer-previous = Previous
viewer-next = Next
viewer-zoom-in = Zoom in
viewer-zoom-out = Zoom out
viewer-info = Details
viewer-download = Download
viewer-trash = Move to recycle bin
viewer-close = Close
viewer-counter = { $position } of { $count }
viewer-photo-alt = Photo taken { $date }
viewer-no-preview = This item has no preview.
info-date = Taken
info-size = Size
info-dimensions = Dimensions
info-dimensions-value = { $width } × { $height }
info-duration = Length
info-camera = Camera
info-place = Place
info-where = Where
info-file = File
info-cloud-path = In the cloud

## Uploads and downloads

drop-here = Drop to upload
upload-album-title = { $count ->
    [one] Upload 1 item to which album?
   *[other] Upload { $count } items to which album?
}
upload-album-label = Album
upload-album-default = Uploads
upload-finished = { $count ->
    [one] 1 item uploaded.
   *[other] { $count } items uploaded.
}
download-dialog = Choose where the originals go
download-finished = { $count ->
    [one] 1 item downloaded.
   *[other] { $count } items downloaded.
}
download-only-here = { $count ->
    [one] 1 item is only on this computer already; it is not downloaded.
   *[other] { $count } items are only on this computer already; they are not downloaded.
}
transfers-label = Uploads and downloads
transfer-upload-running = Uploading { $done } of { $total }
transfer-upload-paused = Upload paused, { $done } of { $total }
transfer-upload-done = Uploaded { $done } of { $total }
transfer-upload-cancelled = Upload cancelled
transfer-upload-failed = Upload finished with problems
transfer-download-running = Downloading { $done } of { $total }
transfer-download-paused = Download paused, { $done } of { $total }
transfer-download-done = Downloaded { $done } of { $total }
transfer-download-cancelled = Download cancelled
transfer-download-failed = Download finished with problems
transfer-bytes = { $done } of { $total }
transfer-file = { $name }: { $percent }
transfer-pause = Pause
transfer-resume = Resume
transfer-cancel = Cancel
transfer-dismiss = Dismiss
transfer-failures = { $count ->
    [one] 1 file failed
   *[other] { $count } files failed
}

## Sync

sync-syncing = Syncing…
# $done counts from 1: the file being sent now.
sync-uploading = Uploading { $done } of { $total }
sync-downloading = Downloading { $done } of { $total }
sync-up-to-date = Up to date
sync-up-to-date-at = Up to date · { $time }
sync-pending = { $uploads } to upload, { $downloads } to download
sync-failed = { $count ->
    [one] 1 file could not be synced
   *[other] { $count } files could not be synced
}
sync-signed-out = Not signed in
sync-held = { $count ->
    [one] A folder waits for your answer
   *[other] { $count } folders wait for your answer
}
sync-folder-problems = { $count ->
    [one] A folder cannot be synced
   *[other] { $count } folders cannot be synced
}

## Albums

albums-title = Albums
albums-top = Not in an album
albums-empty = Albums appear here once you upload photos into them.
albums-count = { $count ->
    [one] 1 item
   *[other] { $countText } items
}
albums-download = Download
albums-download-all = Download everything
albums-download-named = Download the album { $name }

## The recycle bin

trash-title = Recycle bin
trash-lead = Deleted photos and videos stay here, and count toward your storage, until they are deleted for good.
trash-nothing = The recycle bin is empty.
trash-days-left = { $days ->
    [0] Deleted for good today
    [one] Deleted for good in 1 day
   *[other] Deleted for good in { $days } days
}
trash-restore = Restore
trash-restored = { $name } is back.
trash-delete-forever = Delete forever
trash-delete-forever-title = Delete forever?
trash-delete-forever-body = { $name } will be gone from every device and cannot be brought back.
trash-empty-button = Empty recycle bin
trash-empty-title = Empty the recycle bin?
trash-empty-body = Everything in it will be gone from every device and cannot be brought back.
trash-move = Move to recycle bin
trash-move-title = { $count ->
    [one] Move 1 item to the recycle bin?
   *[other] Move { $count } items to the recycle bin?
}
trash-move-body = It leaves every device. You can restore it from the recycle bin for as long as it stays there.
trash-moved = { $count ->
    [one] 1 item moved to the recycle bin.
   *[other] { $count } items moved to the recycle bin.
}
trash-only-here = These items are only on this computer: delete them from their folder.

## Storage

storage-title = Storage
storage-used = { $used } of { $quota } used
storage-used-disk = { $used } used · { $free } free on this computer
storage-photos = Photos
storage-videos = Videos
storage-other = Other files
storage-trash = Recycle bin
storage-free-title = Free up space
storage-empty-trash = Empty the recycle bin
storage-largest-videos = Largest videos
storage-no-videos = No videos yet.
storage-duplicates = The same photo under several names
storage-no-duplicates = No photo is kept twice.
storage-move-to-trash = Move to recycle bin
storage-uploads-title = Uploads in progress
storage-uploads-lead = Files on their way to the cloud hold { $size } of your storage until they arrive. A device that is still sending one goes on by itself; cancel those that will not come.
storage-upload-detail = From { $device } · { $done } of { $size }
storage-upload-unknown-device = another device
storage-upload-cancel = Cancel upload

## Devices

devices-title = Devices
devices-lead = Every computer and phone signed in to your account. Unlink one and it stops syncing at once.
devices-this = This computer
devices-never = never
devices-meta = { $platform } · last seen { $seen } · last sync { $synced }
devices-platform = { $platform ->
    [linux] Linux
    [windows] Windows
    [macos] macOS
    [android] Android
    [ios] iOS
   *[other] { $platform }
}
devices-unlink = Unlink
devices-unlink-title = Unlink { $name }?
devices-unlink-body = It stops syncing at once and must sign in again to come back. Its photos stay on it.

## Account

account-title = Account
account-where = Cloud
account-local-cloud = A local cloud on this computer
account-email = Account
account-local-owner = You, on this computer
account-device = This computer
account-folders = Folders kept in sync
account-no-folders = No folder yet. Add one to keep it in step with the cloud both ways.
account-add-folder = Add a folder
account-add-folder-dialog = Choose a folder to keep in sync
account-sign-out = Sign out
account-sign-out-title = Keep your photos on this computer?
account-sign-out-body = You are signing out. The photos and videos in your synced folders can stay here, or the ones that are safely in the cloud can go to the trash.
account-sign-out-keep = Keep them and sign out
account-sign-out-remove = Remove them
account-sign-out-remove-title = Remove the photos from this computer?
account-sign-out-remove-body = Every photo and video that is safely in the cloud moves to this computer's trash. Files that exist only here stay.
mode-two-way = Both ways
mode-upload-only = Backup: this computer to the cloud
mode-download-only = The cloud to this computer
folder-state-ok = Ready
folder-state-missing = Not found (an unplugged drive?)
folder-state-error = Cannot be read
folder-state-emptied = Empty, although it held photos

## Settings

nav-settings = Settings
settings-title = Settings
settings-language = Language
# $language is this computer's language, named in that language.
settings-language-system = Same as this computer ({ $language })
settings-language-hint = The window, the tray and notifications change at once.
settings-folders = Folders on this computer
settings-folders-hint = Each folder syncs with the cloud its own way. Removing a folder only stops syncing it: its photos stay where they are.
# $path is the folder's place on this computer.
settings-folder-mode = How { $path } syncs
settings-folder-whole-cloud = The whole cloud
settings-folder-album = Album “{ $album }”
settings-folder-paused = Paused
settings-folder-pause = Pause
settings-folder-resume = Resume
settings-folder-remove = Remove
settings-folder-remove-title = Stop syncing { $path }?
settings-folder-remove-body = Its photos and videos stay on this computer and in the cloud. You can add the folder again at any time.
settings-sync = Sync
settings-transfers = Files sent or fetched at once
settings-upload-limit = Upload speed
settings-download-limit = Download speed
settings-limit-none = As fast as possible
# $size is a size such as “1 MB”.
settings-limit-rate = At most { $size }/s
settings-deletions = When a photo is deleted on one side
settings-deletions-ask = Delete it on the other side too, but ask first when many go at once
settings-deletions-send = Always delete it on the other side too
settings-deletions-never = Keep it on the other side until I confirm
settings-deletions-hint = Deleted photos go to a recycle bin on either side, never straight away.
settings-app = This computer
settings-start-at-login = Start Skyfolio when I log in
settings-close-to-tray = Keep syncing in the tray when the window is closed
settings-notifications = Show notifications
settings-phone = Your phone
settings-phone-switch = Let my phone reach this computer
settings-phone-hint = When this is on, phones and other devices on the same network (Wi-Fi) can open Skyfolio on this computer in their browser. On your home network the connection is not encrypted: turn this on at home, not on public Wi-Fi.
settings-phone-qr = QR code that signs your phone in
settings-phone-address = Address for your phone
# $time is when the code stops working: a time of day (with the date when it is not soon).
settings-phone-scan = Scan this with your phone’s camera, or open the address in its browser. The code signs your phone in once and works until { $time }.
settings-phone-new-code = New code
settings-phone-expired = This code has expired. Choose New code to get another one.
settings-phone-no-network = This computer is not on a network a phone could reach. Connect it to your Wi-Fi, then choose New code.
settings-cache = Thumbnail cache
settings-cache-hint = Small pictures kept to show the timeline quickly. Cleared, they are made again as you scroll.
settings-cache-size = { $size } on this computer
settings-cache-clear = Clear
settings-cache-cleared = Thumbnail cache cleared
settings-account = Server and account
settings-account-open = Manage the account

## Sync health

nav-health = Sync
health-title = Sync health
health-lead = What waits, what could not be synced and why, and what waits for your yes.
health-last-success = Last in step
health-never = Never
health-pending = Waiting
health-nothing-pending = Nothing
# $count is the number of files that failed.
health-failed = { $count ->
    [one] One file could not be synced
   *[other] { $count } files could not be synced
}
health-direction-upload = Upload
health-direction-download = Download
# $direction is Upload or Download; $reason says why; $next is when it is tried again.
health-failed-meta = { $direction } · { $reason } · { $attempts ->
    [one] tried once
   *[other] tried { $attempts } times
}, again { $next }
health-retry = Try again now
health-retried = { $count ->
    [one] One file is tried again
   *[other] { $count } files are tried again
}
health-held-folder-empty = This folder is empty, although it held photos. Nothing is done in it until you answer: bring them back from the cloud, or delete them in the cloud too.
health-held-album-empty = The cloud holds nothing for this folder any more, although it did. Nothing is done in it until you answer: bring them back to the cloud, or move them to the trash on this computer too.
health-held-many = { $count ->
    [one] One deletion waits for your answer.
   *[other] { $count } deletions at once wait for your answer.
}
health-held-always-ask = { $count ->
    [one] One deletion waits for your answer, as Settings ask.
   *[other] { $count } deletions wait for your answer, as Settings ask.
}
health-held-to-cloud = to the cloud’s recycle bin
health-held-to-trash = to the trash on this computer
health-held-more = { $count ->
    [one] and one more
   *[other] and { $count } more
}
health-held-delete = Delete them on the other side too
health-held-restore = Bring them back
health-apply-title = { $count ->
    [one] Delete one photo on the other side too?
   *[other] Delete { $count } photos on the other side too?
}
health-apply-body = They go to the recycle bin there, where they can be restored for 30 days.
health-rename-twin = Give it a name of its own
health-renamed-twin = Renamed in the cloud to { $name }.
health-not-synced = { $count ->
    [one] One file is left out
   *[other] { $count } files are left out
}
health-all-good = Everything is in step.
health-diagnostics = Diagnostics
health-diagnostics-hint = One file with versions, settings, how sync stands and recent logs, for whoever helps you. It holds no photos, passwords or tokens.
health-diagnostics-save = Save diagnostics…
health-diagnostics-dialog = Save diagnostics
# $path is where the file was saved; $size its size.
health-diagnostics-saved = Saved to { $path } ({ $size })

## Notifications

notice-sync-finished-title = Sync finished
notice-sync-finished-body = { $uploaded ->
    [one] One file uploaded
   *[other] { $uploaded } files uploaded
}, { $downloaded ->
    [one] one downloaded
   *[other] { $downloaded } downloaded
}.
notice-failed-title = { $count ->
    [one] A file could not be synced
   *[other] { $count } files could not be synced
}
notice-failed-body = Open Skyfolio and look under Sync to see why and try again.
notice-signed-out-title = Sync stopped
notice-signed-out-body = This computer was signed out. Sign in again to go on syncing; your photos stay where they are.
notice-unlinked-body = This computer was unlinked from the account. Sign in again to go on syncing; your photos stay where they are.
notice-storage-title = Cloud storage nearly full
# $percent is a whole number.
notice-storage-body = { $percent }% of the space is used. Empty the recycle bin or remove large videos to go on backing up.
notice-tray-title = Skyfolio is still syncing
notice-tray-body = Closing the window leaves Skyfolio in the tray. Open it or quit from there.

## Languages, each named in its own language

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

## The tray

tray-open = Open Skyfolio
tray-sync-now = Sync now
tray-pause = Pause syncing
tray-resume = Resume syncing
tray-language = Language
tray-quit = Quit Skyfolio
tray-status-paused = Sync paused
# $status is one of the sync lines above ("Up to date", "Syncing…").
tray-tooltip = Skyfolio · { $status }

## Dialogs

dialog-ok = OK
dialog-cancel = Cancel
dialog-close = Close

## The command line

# What the `skyfolio` command prints. Its lines are short and lower-case, like those of other
# command-line tools; the words after `--` (--all, --home DIR) and `skyfolio …` are what the
# person types and stay as they are. $path and $folder are places on this computer, $reason
# says why something failed (an error message, then its detail in brackets).
# $message is an error message; $detail names the file and the cause, in English.
cli-error = skyfolio: { $message }
cli-error-detail = { $message } ({ $detail })
cli-no-home = no place for the library: pass --home DIR
cli-no-runtime = cannot start Skyfolio’s worker threads
cli-download-what = say what to download: --all, --album NAME or --id ID
# $language is a language named in that language, $tag its code (de-DE).
cli-language-chosen = { $language } ({ $tag }), as chosen here (`skyfolio language --system` follows this computer’s language again)
cli-language-system = { $language } ({ $tag }), this computer’s language (`skyfolio language TAG` chooses another)
cli-language-available = languages:
cli-language-set = Skyfolio speaks { $language } ({ $tag }) from now on, here and in the app
cli-language-set-system = Skyfolio follows this computer’s language again: { $language } ({ $tag })
# $languages is the list of codes: en-US, zh-CN…
cli-language-unknown = Skyfolio does not speak { $tag }; choose one of { $languages }
# The mark between a whole number and its fraction (1.5 MB).
cli-decimal-mark = .
# What goes between the parts of a list (3 uploaded, 2 downloaded).
cli-list-separator = { ", " }
cli-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
# $amount is a number such as 1.5.
cli-size-kb = { $amount } kB
cli-size-mb = { $amount } MB
cli-size-gb = { $amount } GB
cli-size-tb = { $amount } TB
cli-never = never
cli-login-password = Password:
cli-login-password-stdin = give the password on standard input with --password-stdin
cli-login-password-unread = cannot read the password
# $device is how this computer appears among the linked devices.
cli-login-done = signed in to { $server } as { $email } (this computer is “{ $device }”; the token is kept { $store ->
    [keychain] in the keychain
   *[file] in a private file
})
cli-logout-server-not-told = the server could not be told; this computer has forgotten its token
cli-logout-trashed = { $count ->
    [one] signed out; 1 synced photo or video moved to the trash
   *[other] signed out; { $count } synced photos and videos moved to the trash
}
cli-logout-kept = signed out; your photos stay on this computer
# $done is a list of what a pass did (the messages below), or "in step".
cli-sync-folder = { $folder }: { $done }
cli-sync-uploaded = { $count } uploaded
cli-sync-downloaded = { $count } downloaded
cli-sync-moved = { $count } moved
cli-sync-trashed-in-cloud = { $count } sent to the cloud’s recycle bin
cli-sync-trashed-here = { $count } moved to the trash here
cli-sync-conflicts = { $count ->
    [one] 1 file kept in both versions
   *[other] { $count } files kept in both versions
}
cli-sync-in-step = in step
# While `sync --once` waits for files still being written before it sends them.
cli-sync-settling-wait = { $count ->
    [one] waiting for 1 file still being written…
   *[other] waiting for { $count } files still being written…
}
cli-sync-settling = { $count ->
    [one] 1 file still being written: not sent yet
   *[other] { $count } files still being written: not sent yet
}
cli-sync-skipped = { $count ->
    [one] 1 file changed while it was being synced: left for the next pass
   *[other] { $count } files changed while they were being synced: left for the next pass
}
# $problem says, in English, why the folder was not synced (missing, unreadable).
cli-sync-folder-problem = not synced: { $problem }
cli-sync-waiting = { $count ->
    [one] 1 transfer waits to be tried again
   *[other] { $count } transfers wait to be tried again
}
cli-held-folder-empty = the folder is empty, although it held photos: nothing is done in it until you answer
cli-held-album-empty = the cloud holds nothing for this folder any more, although it did: nothing is done in it until you answer
cli-held-many = { $count ->
    [one] 1 file would go to a trash: it waits for your answer
   *[other] { $count } files would go to a trash at once: they wait for your answer
}
cli-held-always-ask = { $count ->
    [one] 1 deletion waits for your answer, as Settings ask
   *[other] { $count } deletions wait for your answer, as Settings ask
}
# $path is relative to the folder.
cli-held-to-cloud = { $path } → the cloud’s recycle bin
cli-held-to-trash = { $path } → the trash on this computer
cli-held-more = { $count ->
    [one] and 1 more
   *[other] and { $count } more
}
# $fingerprint names exactly the deletions shown; the two commands stay as they are.
cli-held-answer = answer with `skyfolio sync --delete-held { $fingerprint }` (delete them on the other side too) or `skyfolio sync --restore-held { $fingerprint }` (bring them back)
# The letters d and r are what the person types, in every language.
cli-held-prompt = Delete them on the other side too (d), bring them back (r), or leave them for now (Enter)?{ " " }
cli-failed = failed: { $path }: { $reason }
cli-not-synced = not synced: { $path }: { $reason }
cli-status-signed-in = signed in to { $server } as { $email } (“{ $device }”)
cli-status-signed-out = not signed in
cli-status-paused = sync is paused (skyfolio resume)
# $other counts moves, deletions and records; $time is when everything was last in step.
cli-status-summary = waiting: { $uploads ->
    [one] 1 upload
   *[other] { $uploads } uploads
}, { $downloads ->
    [one] 1 download
   *[other] { $downloads } downloads
}, { $other } other; failed: { $failed }; last in step: { $time }
cli-status-failed = { $direction ->
    [upload] upload
   *[download] download
} { $path }: { $reason } ({ $attempts ->
    [one] tried once
   *[other] tried { $attempts } times
})
# $mode is two-way, upload-only or download-only, as typed after --mode; $album is one of the
# two messages below.
cli-folder = { $path } ({ $mode }, { $album })
cli-whole-cloud = the whole cloud
cli-album = the album “{ $album }”
cli-folder-removed = removed { $path } (its files are untouched)
cli-paused = sync paused
cli-resumed = sync resumed
cli-upload-summary = { $uploaded } uploaded, { $already } already in the cloud, { $skipped } not photos or videos, { $failed } failed
cli-download-summary = { $downloaded } downloaded, { $already } already there, { $failed } failed
# $id is the item’s id, to type after `skyfolio trash restore`; $time when it was deleted.
cli-trash-item = { $id }  { $path }  deleted { $time }
cli-trash-restored = restored { $path }
cli-trash-emptied = the recycle bin is empty
# Every value is a size such as 1.5 GB.
cli-storage = { $used } of { $quota } used: photos { $photos }, videos { $videos }, other { $other }, recycle bin { $trash }
# $seen and $synced are dates and times, or "never".
cli-device = { $id }  { $name } ({ $platform })  last seen { $seen }, last sync { $synced }
cli-device-this = { $id }  { $name } ({ $platform }), this computer  last seen { $seen }, last sync { $synced }
cli-device-unlinked = unlinked { $id }
# $state is one of the folder states above (Ready, Not found…).
cli-scan-not-ok = { $folder }: { $state }; nothing was changed
cli-scan-summary = { $folder }: { $files ->
    [one] 1 file
   *[other] { $files } files
}, { $added } new, { $changed } changed, { $moved } moved, { $deleted } deleted, { $unchanged } unchanged, { $ignored } not photos or videos, { $failed } failed
cli-scan-busy = still being written, left for the next scan: { $path }
cli-scan-no-folders = no library folders yet: add one with `skyfolio folder add DIR`
cli-thumbnails-summary = thumbnails: { $made } made, { $without } without preview, { $failed } failed
cli-no-thumbnail = no thumbnail: { $path }: { $reason }
cli-watch-ready = watching for changes (Ctrl-C to stop)
# $reason says, in English, why the system does not report changes.
cli-watch-not-followed = { $folder }: changes are not followed as they happen ({ $reason }); it is rescanned periodically
cli-cache-size = { $size } of thumbnails ({ $bytes ->
    [one] 1 byte
   *[other] { $bytes } bytes
})
cli-cache-cleared = thumbnail cache cleared
# Instead of a capture time in the list of the library.
cli-no-date = (no date)
cli-import-not-a-library-folder = { $path } is not a library folder: add it with `skyfolio folder add { $path }`
# $how is move or copy.
cli-import-summary = { $imported } { $how ->
    [move] moved
   *[copy] copied
}, { $duplicates } already in the library, { $skipped } not photos or videos, { $failed } failed
cli-info-error = error: { $reason }
cli-info-summary = { $files ->
    [one] 1 file
   *[other] { $files } files
}, { $failed } unreadable
cli-info-size-unknown = size unknown
# $mime is a type such as image/jpeg; $dimensions is width×height in pixels, or "size
# unknown"; $size the file’s size; $seconds a video’s length.
cli-info-what = { $kind ->
    [photo] photo
   *[video] video
} ({ $mime }), { $dimensions }, { $size }
cli-info-what-timed = { $kind ->
    [photo] photo
   *[video] video
} ({ $mime }), { $dimensions }, { $seconds } s, { $size }
# $time is the camera’s clock; $source where it was read (exif-original, xmp, quicktime…).
cli-info-taken = taken { $time } (from { $source })
cli-info-no-date = capture time unknown
cli-info-camera = camera { $camera }
cli-info-place = place { $latitude }, { $longitude }
# $orientation is the EXIF orientation, 1 to 8; $hash the content hash.
cli-info-orientation = orientation { $orientation }, hash { $hash }
cli-thumbs-size = the size must be 256 or 1440
cli-thumbs-cannot-create = cannot create { $path }
# $skipped is the sum of the three counts in brackets.
cli-thumbs-summary = { $made } made, { $skipped } skipped ({ $there } already made, { $unsupported } not photos or videos, { $without } without preview), { $failed } failed
cli-thumbs-no-preview = no preview: { $path }: { $reason }

## Errors, by code

error-io = Skyfolio could not read or write a file.
error-empty-file = This file is empty.
error-unsupported-format = Skyfolio can’t show this kind of file.
error-too-large = This picture is too large to open safely.
error-corrupt = This file is damaged or incomplete.
error-timeout = Making a preview took too long.
error-database = Skyfolio’s own records could not be read. Restart Skyfolio; if it happens again, check the disk.
error-not-a-folder = That is not a folder.
error-folder-overlaps = That folder is inside one already kept in sync, or holds one.
error-unknown-folder = That folder is not kept in sync.
error-invalid-setting = That setting is out of range.
error-invalid-server = That is not a server address. Write it like https://photos.example.org.
error-unreachable = The server cannot be reached. Check the address and your connection; Skyfolio tries again by itself.
error-protocol = The server answered something Skyfolio does not understand. Is it a Skyfolio server of the same version?
error-not-signed-in = This computer is not signed in.
error-credentials = Skyfolio could not keep or find the sign-in on this computer.
error-hash-mismatch = A file arrived damaged. Skyfolio fetches it again.
error-changed-meanwhile = A file changed while it was being sent. Skyfolio sends it again.
error-invalid-album = That album name cannot be used. Use plain names, without / at the ends.
error-album-taken = Another folder already keeps that album in sync both ways.
error-nothing-selected = Nothing in the cloud matches.
error-invalid-name = The cloud does not take this file’s name.
error-name-taken = Another file here has the same name apart from upper and lower case.
error-invalid-path = This name cannot be used.
error-online-only = Only a placeholder of this file is on this computer: its content is in a cloud drive such as OneDrive or iCloud Drive. Skyfolio does not download it by itself; keep the file on this computer to include it.
error-bad-request = Skyfolio sent the server something it refused.
error-unsupported-media-type = Skyfolio sent the server something it refused.
error-headers-too-large = Skyfolio sent the server something it refused.
error-uri-too-long = Skyfolio sent the server something it refused.
error-unauthorized = This computer was signed out or unlinked. Sign in again to go on syncing.
error-invalid-credentials = The email or password is wrong.
error-too-many-attempts = Too many attempts. Wait a little and try again.
error-forbidden = Only the server’s administrator can do this.
error-registration-closed = This server does not take new accounts without an invite. Ask its administrator for one.
error-invalid-invite = This invite code does not work: it may be mistyped, used already or expired. Ask the server’s administrator for a new one.
error-email-taken = There is an account with this email already. Sign in instead.
error-weak-password = Choose a password of at least 8 characters.
error-not-found = It is not there any more.
error-path-taken = Another item has this name.
error-offset-mismatch = An upload was interrupted. Skyfolio resumes it.
error-checksum-mismatch = Part of an upload arrived damaged. Skyfolio sends it again.
error-size-mismatch = A file changed while it was being sent. Skyfolio sends it again.
error-upload-busy = This file is being uploaded already.
error-quota-exceeded = Your storage is full. Empty the recycle bin or free up space.
error-storage-full = The cloud’s disk is full, so nothing more can be stored. Nothing was lost: the files wait here, and sync goes on by itself once the server has room.
error-not-ready = The preview is still being made.
error-no-preview = This item has no preview.
error-range-not-satisfiable = Skyfolio asked the server for something it does not have.
error-server-busy = The server is busy right now. Try again in a moment.
error-internal = Something went wrong inside Skyfolio or the server. Try again in a moment.
error-unknown = Something went wrong.
error-held-changed = What waits for your answer changed since it was shown. Look at it again, then answer.

## In a browser

welcome-browser-title = Sign in to Skyfolio
# $host is the server's address, as the browser shows it.
welcome-browser-body = Your photos and videos on { $host }. Sign in, or create an account, to see, upload and download them from this browser.
welcome-not-encrypted = This page is not encrypted (it was opened with http://, not https://). Your password and your photos cross the network where others can read them. Ask the server’s administrator for an https:// address.
settings-language-browser = Same as this browser ({ $language })
settings-language-hint-browser = The page changes at once; this browser keeps the choice.
account-browser = This browser
error-desktop-only = This works only in the Skyfolio app on a computer.
gallery-empty-browser = Choose Add photos to upload photos and videos from this device, or drag them onto this page.
error-unauthorized-browser = You were signed out. Sign in again to see your photos.
error-not-signed-in-browser = You are not signed in. Sign in to see your photos.
error-unreachable-browser = The server cannot be reached. Check your connection and try again.
error-storage-full-browser = The cloud’s disk is full, so nothing more can be stored. Try again once the server has room.
welcome-pair-refused = The sign-in code from your computer was used already or has expired. On the computer, make a new one: Settings → Let my phone reach this computer → New code. Then scan it again.
welcome-pair-hint = Signing in to Skyfolio on your computer? Turn on Settings → Let my phone reach this computer there and scan its code.

## Google Takeout import

# `skyfolio import-takeout`. $path is a zip part or a folder of the Takeout; $size a size such
# as 1.5 GB. $what and $reason in cli-takeout-skipped are codes (sidecar-without-media, no-media).
cli-takeout-source = { $path }: { $entries } files
cli-takeout-source-unreadable = { $path }: not read: { $reason }
cli-takeout-review = { $photos } photos and { $videos } videos ({ $motion } motion photos) in { $albums } albums, { $size }
cli-takeout-review-details = dated by Google’s JSON: { $dated }; with a place: { $places }; favourites: { $favorites }; archived: { $archived }; in Google’s trash: { $trashed }; without JSON: { $without }
cli-takeout-skipped = not imported: { $count } × { $what } ({ $reason })
cli-takeout-dry-run = nothing was sent (--dry-run)
cli-takeout-summary = { $imported } imported, { $already } already there, { $earlier } done by an earlier import, { $failed } failed; { $orphans } Google JSON files without their photo, { $ignored } files ignored, { $refused } refused
cli-takeout-marks = favourites ({ $favorites }) and archived items ({ $archived }) came in as ordinary photos: the cloud has no such marks yet; items from Google’s trash ({ $trashed }) are in the recycle bin
cli-takeout-report = report written to { $path }
cli-takeout-time-zone = { $zone } is not a time zone this computer knows (Europe/Berlin, UTC…)
error-bad-zip = This is not a zip archive, or a damaged one (a download that did not finish?). Download this part again.
error-not-a-file = This is not a file (a folder or a link): it is left where it is.
error-damaged-json = Google’s JSON file for this photo is damaged: its dates and places are not used.
error-not-an-object = Google’s JSON file for this photo is not the kind Google Photos writes: its dates and places are not used.
error-zip-bomb = This zip entry claims far more bytes than a photo would: it was not read.
error-scratch-full = There is not enough free space on this computer to read this file out of the zip.
error-part-missing = The file is not in the parts of the Takeout given. Add the missing part and import again.

## Phones and camera cards

# `skyfolio import-device` and `skyfolio free-device`. $name is a volume's or phone storage's
# name, $size a size such as 1.5 GB.
cli-device-found = { $name } ({ $path })
cli-device-none = No phone or camera card with a DCIM folder is connected: name its folder.
cli-device-several = Several phones or cards are connected: name the folder of one:
cli-device-summary = { $imported } backed up, { $already } already in the cloud or on this computer, { $skipped } not photos or videos, { $failed } failed
cli-free-device-plan = { $files } files ({ $size }) are safely in the cloud and may go: run again with --yes to remove them
cli-free-device-done = { $files } files removed ({ $size } freed); { $kept } kept
error-not-confirmed = The cloud does not hold this file’s content: it stays.

## Phones, camera cards and Google Takeout in the app

# $name is a card's or phone storage's name (NIKON D750, Internal shared storage).
card-found = { $name } is connected: back up its photos and videos?
card-backing-up = Backing up { $name }…
card-backed-up = { $name } is backed up.
card-back-up = Back up this phone or card
card-free-space = Free up space
card-not-now = Not now
card-nothing-to-free = Nothing on { $name } is in the cloud yet.
card-free-title = Free up space on { $name }?
card-free-body = { $count ->
    [one] 1 file ({ $size }) is safely in the cloud. It will be removed from the card; the cloud keeps it.
   *[other] { $count } files ({ $size }) are safely in the cloud. They will be removed from the card; the cloud keeps them.
}
card-free-confirm = { $count ->
    [one] Remove 1 file
   *[other] Remove { $count } files
}
card-freed = { $count } files removed, { $size } freed; { $kept } kept.
add-takeout = From Google Photos
takeout-dialog = Choose the zip files of your Google Takeout
takeout-review-title = Import from Google Photos?
takeout-review-items = { $photos } photos and { $videos } videos in { $albums } albums, { $size }.
takeout-review-details = Dated by Google: { $dated }. With a place: { $places }. Favourites: { $favorites }. From Google’s trash (they go to the recycle bin): { $trashed }.
takeout-review-earlier = { $count } were imported before and are skipped.
takeout-review-unreadable = { $path } cannot be read: { $reason }
takeout-import = Import
takeout-report-at = A report of every item will be saved to { $path }
import-finished = { $count ->
    [one] 1 item is in the cloud ({ $already } were there already).
   *[other] { $count } items are in the cloud ({ $already } were there already).
}
transfer-import-running = Importing { $done } of { $total }
transfer-import-paused = Import paused, { $done } of { $total }
transfer-import-done = Imported { $done } of { $total }
transfer-import-cancelled = Import cancelled
transfer-import-failed = Import finished with problems
error-not-a-backup-folder = Space is freed only in backup (upload-only) folders: in this one, removing a photo would remove it from the cloud too, or bring it back.

# The Google Takeout report in the app. $path is the report's CSV file; the groups are tiles
# that filter its table.
health-imports = Imports from Google Photos
health-import = Imported { $when }
takeout-show-report = Show the report
takeout-report-title = What came in from Google Photos
takeout-report-saved = The whole report is saved as a spreadsheet: { $path }
takeout-report-marks = Favourites: { $favorites }. Archived: { $archived }. From Google’s trash, now in the recycle bin: { $trashed }.
takeout-report-empty = Nothing here.
takeout-report-more = Show { $count } more
takeout-group-failed = Failed
takeout-group-not-imported = Photo missing from the Takeout
takeout-group-imported = Imported
takeout-group-already = Already here
takeout-group-skipped = Not photos
takeout-group-all = Everything
takeout-column-name = Name
takeout-column-outcome = What happened
takeout-column-where = Where it is
takeout-column-why = Why
takeout-earlier = by an earlier import
takeout-outcome-imported = Imported
takeout-outcome-already-present = Already here
takeout-outcome-failed = Failed
takeout-outcome-not-imported = Not imported
takeout-outcome-ignored = Skipped
takeout-outcome-refused = Refused
takeout-outcome-problem = Note
takeout-reason-no-media = Google’s JSON is here, its photo is not: is a part of the Takeout missing?
takeout-reason-ambiguous = Several photos fit this JSON equally; none was given it.
takeout-reason-not-media = Not a photo or video.
takeout-reason-system-file = A file the computer or the zip program left behind.
takeout-reason-not-a-sidecar = Google data that is not about a photo.
takeout-reason-extra-album-metadata = A second album description in one folder.
takeout-reason-unused-album-metadata = An album description in a folder without photos.
takeout-reason-empty = The entry has no name.
takeout-reason-not-utf8 = The entry’s name is not readable text.
takeout-reason-too-long = The entry’s name is too long.
takeout-reason-absolute = The entry’s name points outside the Takeout.
takeout-reason-dot-segment = The entry’s name points outside the Takeout.
takeout-reason-empty-segment = The entry’s name has an empty folder in it.
takeout-reason-backslash = The entry’s name has a backslash in it.
takeout-reason-control-character = The entry’s name has control characters in it.
takeout-reason-damaged-json = Google’s JSON for it is damaged: its dates and places are not used.
takeout-reason-json-not-read = Google’s JSON for it could not be read.
takeout-reason-conflicting-copies = The parts hold different files under this name: both are kept.

# Free up space in a backup folder (Settings). $path is the folder; $months a number of months.
settings-folder-free = Free up space
free-title = Free up space in { $path }
free-lead = Photos and videos of this backup folder that are safely in the cloud can leave this computer (through the trash). They stay in your timeline and download when you open them.
free-age = Which ones
free-age-any = Any age
free-age-months = { $months ->
    [one] Not changed for a month
   *[other] Not changed for { $months } months
}
free-size = Size
free-size-any = Any size
free-size-over = Larger than { $size }
free-counting = Asking the cloud…
free-found = { $count ->
    [one] 1 file ({ $size }) is safely in the cloud.
   *[other] { $count } files ({ $size }) are safely in the cloud.
}
free-nothing = Nothing here matches yet: nothing to remove.
free-confirm-none = Nothing to remove

# A newer version of the desktop app. $version is its number (0.2.0).
update-available = Skyfolio { $version } is ready to install.
update-install = Install and restart
update-later = Later
update-installing = Installing Skyfolio { $version }… Skyfolio restarts when it is done.
error-no-update = No newer version was found to install.
error-update-failed = The update could not be installed; this version keeps running.
health-keep-here = Download and include
health-kept-here = { $name } is being brought onto this computer; sync takes it next.
