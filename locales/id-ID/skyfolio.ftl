# Skyfolio, Bahasa Indonesia (Indonesia).
# Setiap teks yang dilihat orang di Skyfolio ada di sini. Id ditulis dalam kebab-case `area-thing[-state]`;
# pesan kesalahan adalah `error-<code>`, satu untuk setiap kode yang dapat dilaporkan aplikasi.

## Jendela

app-title = Skyfolio
page-loading = Memuat…
nav-label = Bagian
nav-photos = Foto
nav-albums = Album
nav-trash = Sampah
nav-storage = Penyimpanan
nav-devices = Perangkat
nav-account = Akun

## Pertama kali dibuka

welcome-title = Selamat datang di Skyfolio
welcome-lead = Foto dan video Anda, di setiap komputer yang Anda gunakan dan di cloud milik Anda sendiri.
welcome-local-title = Gunakan cloud lokal di komputer ini
welcome-local-body = Langsung mulai: Skyfolio menyimpan salinan kedua yang aman dari foto Anda di foldernya sendiri di komputer ini. Anda bisa pindah ke server nanti.
welcome-local-button = Mulai dengan cloud lokal
welcome-local-starting = Memulai…
welcome-server-title = Masuk ke server Skyfolio
welcome-server-body = Gunakan server yang dikelola keluarga atau perusahaan Anda, atau server Anda sendiri.
welcome-server = Alamat server
welcome-email = Email
welcome-password = Sandi
welcome-register = Buat akun di server ini
welcome-invite = Kode undangan (jika administrator server memberikannya kepada Anda)
welcome-sign-in-button = Masuk
welcome-register-button = Buat akun

## Bilah alat

add-photos = Tambahkan foto
add-photos-dialog = Pilih foto dan video yang akan diunggah
add-folder = Tambahkan folder
add-folder-dialog = Pilih folder yang akan diunggah
filter-label = Tampilkan
filter-all = Semua
filter-photos = Foto
filter-videos = Video
selection-count = { $count ->
   *[other] { $count } dipilih
}
selection-download = Unduh
selection-trash = Pindahkan ke sampah
selection-clear = Batalkan pilihan

## Linimasa

gallery-label = Foto dan video, terbaru lebih dulu
gallery-loading = Memuat foto Anda…
gallery-empty-title = Foto Anda akan muncul di sini
gallery-empty = Seret foto dan video ke jendela ini, atau pilih Tambahkan foto.
gallery-count = { $count ->
   *[other] { $count } item
}
gallery-count-more = { $count ->
   *[other] { $count } item sejauh ini…
}
# $day adalah tanggal yang ditulis lengkap.
gallery-select-day = Pilih semua item pada { $day }
gallery-day-count = { $count ->
   *[other] { $count } item
}
gallery-photo = Foto
gallery-video = Video
place-this-computer = Hanya di komputer ini
place-cloud = Hanya di cloud
place-both = Di komputer ini dan di cloud
tile-uploading = Mengunggah
tile-failed = Tidak dapat diunggah

## Penampil

viewer-label = Penampil foto
viewer-previous = Sebelumnya
viewer-next = Berikutnya
viewer-zoom-in = Perbesar
viewer-zoom-out = Perkecil
viewer-info = Detail
viewer-download = Unduh
viewer-trash = Pindahkan ke sampah
viewer-close = Tutup
viewer-counter = { $position } dari { $count }
viewer-photo-alt = Foto yang diambil pada { $date }
viewer-no-preview = Item ini tidak memiliki pratinjau.
info-date = Diambil
info-size = Ukuran
info-dimensions = Dimensi
info-dimensions-value = { $width } × { $height }
info-duration = Durasi
info-camera = Kamera
info-place = Lokasi
info-where = Tersimpan di
info-file = File
info-cloud-path = Di cloud

## Unggahan dan unduhan

drop-here = Lepaskan untuk mengunggah
upload-album-title = { $count ->
   *[other] Unggah { $count } item ke album mana?
}
upload-album-label = Album
upload-album-default = Unggahan
upload-finished = { $count ->
   *[other] { $count } item telah diunggah.
}
download-dialog = Pilih lokasi penyimpanan file asli
download-finished = { $count ->
   *[other] { $count } item telah diunduh.
}
download-only-here = { $count ->
   *[other] { $count } item memang hanya ada di komputer ini, jadi tidak diunduh.
}
transfers-label = Unggahan dan unduhan
transfer-upload-running = Mengunggah { $done } dari { $total }
transfer-upload-paused = Unggahan dijeda, { $done } dari { $total }
transfer-upload-done = { $done } dari { $total } telah diunggah
transfer-upload-cancelled = Unggahan dibatalkan
transfer-upload-failed = Unggahan selesai, tetapi ada masalah
transfer-download-running = Mengunduh { $done } dari { $total }
transfer-download-paused = Unduhan dijeda, { $done } dari { $total }
transfer-download-done = { $done } dari { $total } telah diunduh
transfer-download-cancelled = Unduhan dibatalkan
transfer-download-failed = Unduhan selesai, tetapi ada masalah
transfer-bytes = { $done } dari { $total }
transfer-file = { $name }: { $percent }
transfer-pause = Jeda
transfer-resume = Lanjutkan
transfer-cancel = Batal
transfer-dismiss = Tutup
transfer-failures = { $count ->
   *[other] { $count } file gagal
}

## Sinkronisasi

sync-syncing = Menyinkronkan…
# $done dihitung mulai dari 1: file yang sedang dikirim sekarang.
sync-uploading = Mengunggah { $done } dari { $total }
sync-downloading = Mengunduh { $done } dari { $total }
sync-up-to-date = Sudah terbaru
sync-up-to-date-at = Sudah terbaru · { $time }
sync-pending = { $uploads } akan diunggah, { $downloads } akan diunduh
sync-failed = { $count ->
   *[other] { $count } file tidak dapat disinkronkan
}
sync-signed-out = Belum masuk
sync-held = { $count ->
   *[other] { $count } folder menunggu jawaban Anda
}
sync-folder-problems = { $count ->
   *[other] { $count } folder tidak dapat disinkronkan
}

## Album

albums-title = Album
albums-top = Tidak ada dalam album
albums-empty = Album akan muncul di sini setelah Anda mengunggah foto ke dalamnya.
albums-count = { $count ->
   *[other] { $countText } item
}
albums-download = Unduh
albums-download-all = Unduh semua
albums-download-named = Unduh album { $name }

## Sampah

trash-title = Sampah
trash-lead = Foto dan video yang dihapus tetap ada di sini, dan tetap dihitung dalam penyimpanan Anda, sampai dihapus permanen.
trash-nothing = Sampah kosong.
trash-days-left = { $days ->
    [0] Dihapus permanen hari ini
   *[other] Dihapus permanen dalam { $days } hari
}
trash-restore = Pulihkan
trash-restored = { $name } telah dipulihkan.
trash-delete-forever = Hapus permanen
trash-delete-forever-title = Hapus permanen?
trash-delete-forever-body = { $name } akan hilang dari semua perangkat dan tidak dapat dikembalikan.
trash-empty-button = Kosongkan sampah
trash-empty-title = Kosongkan sampah?
trash-empty-body = Semua isinya akan hilang dari semua perangkat dan tidak dapat dikembalikan.
trash-move = Pindahkan ke sampah
trash-move-title = { $count ->
   *[other] Pindahkan { $count } item ke sampah?
}
trash-move-body = Item akan hilang dari semua perangkat. Anda dapat memulihkannya dari sampah selama item masih ada di sana.
trash-moved = { $count ->
   *[other] { $count } item dipindahkan ke sampah.
}
trash-only-here = Item ini hanya ada di komputer ini: hapus dari foldernya.

## Penyimpanan

storage-title = Penyimpanan
storage-used = { $used } dari { $quota } terpakai
storage-used-disk = { $used } terpakai · { $free } tersisa di komputer ini
storage-photos = Foto
storage-videos = Video
storage-other = File lainnya
storage-trash = Sampah
storage-free-title = Kosongkan ruang
storage-empty-trash = Kosongkan sampah
storage-largest-videos = Video terbesar
storage-no-videos = Belum ada video.
storage-duplicates = Foto yang sama dengan beberapa nama
storage-no-duplicates = Tidak ada foto yang tersimpan dua kali.
storage-move-to-trash = Pindahkan ke sampah
storage-uploads-title = Unggahan yang berjalan
storage-uploads-lead = File yang sedang menuju cloud memakai { $size } penyimpanan Anda sampai tiba. Perangkat yang masih mengirim akan melanjutkan sendiri; batalkan yang tidak akan datang.
storage-upload-detail = Dari { $device } · { $done } dari { $size }
storage-upload-unknown-device = perangkat lain
storage-upload-cancel = Batalkan unggahan

## Perangkat

devices-title = Perangkat
devices-lead = Semua komputer dan ponsel yang masuk ke akun Anda. Putuskan tautan salah satunya, dan sinkronisasinya langsung berhenti.
devices-this = Komputer ini
devices-never = belum pernah
devices-meta = { $platform } · terakhir aktif { $seen } · sinkronisasi terakhir { $synced }
devices-platform = { $platform ->
    [linux] Linux
    [windows] Windows
    [macos] macOS
    [android] Android
    [ios] iOS
   *[other] { $platform }
}
devices-unlink = Putuskan tautan
devices-unlink-title = Putuskan tautan { $name }?
devices-unlink-body = Perangkat ini langsung berhenti menyinkronkan dan harus masuk lagi agar terhubung kembali. Foto di perangkat itu tetap ada.

## Akun

account-title = Akun
account-where = Cloud
account-local-cloud = Cloud lokal di komputer ini
account-email = Akun
account-local-owner = Anda, di komputer ini
account-device = Komputer ini
account-folders = Folder yang disinkronkan
account-no-folders = Belum ada folder. Tambahkan folder agar selalu selaras dengan cloud, dua arah.
account-add-folder = Tambahkan folder
account-add-folder-dialog = Pilih folder yang akan disinkronkan
account-sign-out = Keluar
account-sign-out-title = Simpan foto Anda di komputer ini?
account-sign-out-body = Anda akan keluar. Foto dan video di folder yang disinkronkan bisa tetap di sini, atau yang sudah aman di cloud bisa dipindahkan ke tempat sampah komputer ini.
account-sign-out-keep = Simpan dan keluar
account-sign-out-remove = Hapus
account-sign-out-remove-title = Hapus foto dari komputer ini?
account-sign-out-remove-body = Semua foto dan video yang sudah aman di cloud akan dipindahkan ke tempat sampah komputer ini. File yang hanya ada di sini tetap disimpan.
mode-two-way = Dua arah
mode-upload-only = Cadangan: dari komputer ini ke cloud
mode-download-only = Dari cloud ke komputer ini
folder-state-ok = Siap
folder-state-missing = Tidak ditemukan (drive dicabut?)
folder-state-error = Tidak dapat dibaca
folder-state-emptied = Kosong, padahal sebelumnya berisi foto

## Setelan

nav-settings = Setelan
settings-title = Setelan
settings-language = Bahasa
settings-language-system = Sama dengan komputer ini ({ $language })
settings-language-hint = Jendela, baki, dan notifikasi langsung berganti.
settings-folders = Folder di komputer ini
settings-folders-hint = Setiap folder disinkronkan dengan cloud menurut caranya sendiri. Menghapus folder hanya menghentikan sinkronisasinya: fotonya tetap di tempatnya.
# $path adalah lokasi folder di komputer ini.
settings-folder-mode = Cara { $path } disinkronkan
settings-folder-whole-cloud = Seluruh cloud
settings-folder-album = Album “{ $album }”
settings-folder-paused = Dijeda
settings-folder-pause = Jeda
settings-folder-resume = Lanjutkan
settings-folder-remove = Hapus
settings-folder-remove-title = Berhenti menyinkronkan { $path }?
settings-folder-remove-body = Foto dan videonya tetap ada di komputer ini dan di cloud. Anda bisa menambahkan folder ini lagi kapan saja.
settings-sync = Sinkronisasi
settings-transfers = File yang dikirim atau diambil sekaligus
settings-upload-limit = Kecepatan unggah
settings-download-limit = Kecepatan unduh
settings-limit-none = Secepat mungkin
# $size adalah ukuran seperti “1 MB”.
settings-limit-rate = Maksimal { $size }/dtk
settings-deletions = Saat foto dihapus di satu sisi
settings-deletions-ask = Hapus juga di sisi lain, tetapi tanya dulu jika banyak yang dihapus sekaligus
settings-deletions-send = Selalu hapus juga di sisi lain
settings-deletions-never = Simpan di sisi lain sampai saya konfirmasi
settings-deletions-hint = Foto yang dihapus masuk ke sampah di sisi mana pun, tidak langsung hilang.
settings-app = Komputer ini
settings-start-at-login = Jalankan Skyfolio saat saya masuk ke komputer
settings-close-to-tray = Tetap sinkronkan dari baki saat jendela ditutup
settings-notifications = Tampilkan notifikasi
settings-phone = Ponsel Anda
settings-phone-switch = Izinkan ponsel saya menjangkau komputer ini
settings-phone-hint = Jika ini aktif, ponsel dan perangkat lain di jaringan yang sama (Wi-Fi) dapat membuka Skyfolio di komputer ini lewat peramban. Di jaringan rumah, koneksinya tidak dienkripsi: aktifkan di rumah, jangan di Wi-Fi publik.
settings-phone-qr = Kode QR untuk masuk dari ponsel Anda
settings-phone-address = Alamat untuk ponsel Anda
# $time adalah saat kode berhenti berlaku: jam (dengan tanggal bila tidak dalam waktu dekat).
settings-phone-scan = Pindai dengan kamera ponsel Anda, atau buka alamatnya di peramban ponsel. Kode ini membuat ponsel Anda masuk satu kali dan berlaku sampai { $time }.
settings-phone-new-code = Kode baru
settings-phone-expired = Kode ini sudah kedaluwarsa. Pilih “Kode baru” untuk mendapatkan kode lain.
settings-phone-no-network = Komputer ini tidak berada di jaringan yang dapat dijangkau ponsel. Hubungkan ke Wi-Fi Anda, lalu pilih “Kode baru”.
settings-cache = Cache thumbnail
settings-cache-hint = Gambar kecil yang disimpan agar linimasa cepat tampil. Jika dikosongkan, gambar dibuat lagi saat Anda menggulir.
settings-cache-size = { $size } di komputer ini
settings-cache-clear = Kosongkan
settings-cache-cleared = Cache thumbnail dikosongkan
settings-account = Server dan akun
settings-account-open = Kelola akun

## Status sinkronisasi

nav-health = Sinkronisasi
health-title = Status sinkronisasi
health-lead = Apa yang masih menunggu, apa yang tidak dapat disinkronkan dan alasannya, serta apa yang menunggu persetujuan Anda.
health-last-success = Terakhir sinkron sepenuhnya
health-never = Belum pernah
health-pending = Menunggu
health-nothing-pending = Tidak ada
# $count adalah jumlah file yang gagal.
health-failed = { $count ->
   *[other] { $count } file tidak dapat disinkronkan
}
health-direction-upload = Unggah
health-direction-download = Unduh
# $direction adalah Unggah atau Unduh; $reason menyebutkan alasannya; $next adalah kapan dicoba lagi.
health-failed-meta = { $direction } · { $reason } · { $attempts ->
   *[other] dicoba { $attempts } kali
}, dicoba lagi { $next }
health-retry = Coba lagi sekarang
health-retried = { $count ->
   *[other] Mencoba lagi { $count } file
}
health-held-folder-empty = Folder ini kosong, padahal sebelumnya berisi foto. Tidak ada yang dilakukan di dalamnya sampai Anda menjawab: kembalikan foto dari cloud, atau hapus juga di cloud.
health-held-album-empty = Cloud tidak lagi menyimpan apa pun untuk folder ini, padahal sebelumnya ada. Tidak ada yang dilakukan di dalamnya sampai Anda menjawab: kembalikan ke cloud, atau pindahkan juga ke tempat sampah di komputer ini.
health-held-many = { $count ->
   *[other] { $count } penghapusan sekaligus menunggu jawaban Anda.
}
health-held-always-ask = { $count ->
   *[other] { $count } penghapusan menunggu jawaban Anda, sesuai setelan.
}
health-held-to-cloud = ke tempat sampah cloud
health-held-to-trash = ke tempat sampah di komputer ini
health-held-more = dan { $count } lainnya
health-held-delete = Hapus juga di sisi lain
health-held-restore = Kembalikan
health-apply-title = { $count ->
   *[other] Hapus juga { $count } foto di sisi lain?
}
health-apply-body = Foto akan masuk ke sampah di sana dan dapat dipulihkan selama 30 hari.
health-rename-twin = Beri nama sendiri
health-renamed-twin = Diganti namanya di cloud menjadi { $name }.
health-not-synced = { $count ->
   *[other] { $count } file dilewati
}
health-all-good = Semuanya sudah terbaru.
health-diagnostics = Diagnostik
health-diagnostics-hint = Satu file berisi versi, setelan, status sinkronisasi, dan log terbaru, untuk orang yang membantu Anda. Tidak berisi foto, sandi, atau token.
health-diagnostics-save = Simpan diagnostik…
health-diagnostics-dialog = Simpan diagnostik
# $path adalah lokasi file disimpan; $size ukurannya.
health-diagnostics-saved = Disimpan ke { $path } ({ $size })

## Notifikasi

notice-sync-finished-title = Sinkronisasi selesai
notice-sync-finished-body = { $uploaded ->
   *[other] { $uploaded } file diunggah
}, { $downloaded ->
   *[other] { $downloaded } diunduh
}.
notice-failed-title = { $count ->
   *[other] { $count } file tidak dapat disinkronkan
}
notice-failed-body = Buka Skyfolio dan lihat bagian Sinkronisasi untuk mengetahui alasannya dan mencoba lagi.
notice-signed-out-title = Sinkronisasi berhenti
notice-signed-out-body = Komputer ini telah dikeluarkan dari akun. Masuk lagi untuk melanjutkan sinkronisasi; foto Anda tetap di tempatnya.
notice-unlinked-body = Tautan komputer ini ke akun telah diputuskan. Masuk lagi untuk melanjutkan sinkronisasi; foto Anda tetap di tempatnya.
notice-storage-title = Penyimpanan cloud hampir penuh
# $percent adalah bilangan bulat.
notice-storage-body = { $percent }% ruang sudah terpakai. Kosongkan sampah atau hapus video besar agar pencadangan tetap berjalan.
notice-tray-title = Skyfolio masih menyinkronkan
notice-tray-body = Saat jendela ditutup, Skyfolio tetap berjalan di baki. Buka atau keluar dari Skyfolio dari sana.

## Bahasa, masing-masing dengan namanya sendiri

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

## Baki

tray-open = Buka Skyfolio
tray-sync-now = Sinkronkan sekarang
tray-pause = Jeda sinkronisasi
tray-resume = Lanjutkan sinkronisasi
tray-language = Bahasa
tray-quit = Keluar dari Skyfolio
tray-status-paused = Sinkronisasi dijeda
tray-tooltip = Skyfolio · { $status }

## Dialog

dialog-ok = OK
dialog-cancel = Batal
dialog-close = Tutup

## Baris perintah

# Yang ditampilkan perintah `skyfolio`. Barisnya pendek dan diawali huruf kecil, seperti alat baris
# perintah lainnya; kata setelah `--` (--all, --home DIR) dan `skyfolio …` diketik apa adanya dan
# tidak diterjemahkan. $path dan $folder adalah lokasi di komputer ini, $reason menyebutkan
# mengapa sesuatu gagal (pesan kesalahan, lalu rinciannya dalam tanda kurung).
# $message adalah pesan kesalahan; $detail menyebutkan file dan penyebabnya, dalam bahasa Inggris.
cli-error = skyfolio: { $message }
cli-error-detail = { $message } ({ $detail })
cli-no-home = tidak ada tempat untuk pustaka: berikan --home DIR
cli-no-runtime = Skyfolio tidak dapat memulai thread kerjanya
cli-download-what = sebutkan apa yang akan diunduh: --all, --album NAMA, atau --id ID
# $language adalah nama bahasa dalam bahasa itu sendiri, $tag kodenya (id-ID).
cli-language-chosen = { $language } ({ $tag }), dipilih di sini (`skyfolio language --system` kembali mengikuti bahasa komputer ini)
cli-language-system = { $language } ({ $tag }), bahasa komputer ini (`skyfolio language TAG` memilih bahasa lain)
cli-language-available = bahasa:
cli-language-set = mulai sekarang Skyfolio memakai { $language } ({ $tag }), di sini dan di aplikasi
cli-language-set-system = Skyfolio kembali mengikuti bahasa komputer ini: { $language } ({ $tag })
# $languages adalah daftar kode: en-US, zh-CN…
cli-language-unknown = Skyfolio tidak tersedia dalam { $tag }; pilih salah satu: { $languages }
# Tanda antara bilangan bulat dan pecahannya (1,5 MB).
cli-decimal-mark = ,
# Pemisah antarbagian daftar (3 diunggah, 2 diunduh).
cli-list-separator = { ", " }
cli-size-bytes = { $count ->
   *[other] { $count } byte
}
# $amount adalah angka seperti 1,5.
cli-size-kb = { $amount } kB
cli-size-mb = { $amount } MB
cli-size-gb = { $amount } GB
cli-size-tb = { $amount } TB
cli-never = belum pernah
cli-login-password = Sandi:
cli-login-password-stdin = berikan sandi lewat input standar dengan --password-stdin
cli-login-password-unread = sandi tidak dapat dibaca
# $device adalah nama komputer ini di daftar perangkat yang tertaut.
cli-login-done = masuk ke { $server } sebagai { $email } (komputer ini bernama “{ $device }”; token disimpan { $store ->
    [keychain] di keychain
   *[file] di file pribadi
})
cli-logout-server-not-told = server tidak dapat diberi tahu; komputer ini sudah melupakan tokennya
cli-logout-trashed = { $count ->
   *[other] sudah keluar; { $count } foto dan video yang tersinkron dipindahkan ke tempat sampah
}
cli-logout-kept = sudah keluar; foto Anda tetap ada di komputer ini
# $done adalah daftar hal yang dilakukan satu putaran (pesan di bawah), atau “sudah terbaru”.
cli-sync-folder = { $folder }: { $done }
cli-sync-uploaded = { $count } diunggah
cli-sync-downloaded = { $count } diunduh
cli-sync-moved = { $count } dipindahkan
cli-sync-trashed-in-cloud = { $count } dipindahkan ke sampah cloud
cli-sync-trashed-here = { $count } dipindahkan ke tempat sampah komputer ini
cli-sync-conflicts = { $count ->
   *[other] { $count } file disimpan dalam dua versi
}
cli-sync-in-step = sudah terbaru
cli-sync-settling-wait = { $count ->
   *[other] menunggu { $count } file yang masih ditulis…
}
cli-sync-settling = { $count ->
   *[other] { $count } file masih ditulis: belum dikirim
}
cli-sync-skipped = { $count ->
   *[other] { $count } file berubah saat disinkronkan: ditunda ke putaran berikutnya
}
# $problem menyebutkan dalam bahasa Inggris mengapa folder tidak disinkronkan (tidak ditemukan, tidak dapat dibaca).
cli-sync-folder-problem = tidak disinkronkan: { $problem }
cli-sync-waiting = { $count ->
   *[other] { $count } transfer menunggu untuk dicoba lagi
}
cli-held-folder-empty = folder kosong, padahal sebelumnya berisi foto: tidak ada yang dilakukan di dalamnya sampai Anda menjawab
cli-held-album-empty = cloud tidak lagi menyimpan apa pun untuk folder ini, padahal sebelumnya ada: tidak ada yang dilakukan di dalamnya sampai Anda menjawab
cli-held-many = { $count ->
   *[other] { $count } file akan masuk ke tempat sampah sekaligus: menunggu jawaban Anda
}
cli-held-always-ask = { $count ->
   *[other] { $count } penghapusan menunggu jawaban Anda, sesuai setelan
}
cli-held-to-cloud = { $path } → tempat sampah cloud
cli-held-to-trash = { $path } → tempat sampah di komputer ini
cli-held-more = dan { $count } lainnya
cli-held-answer = jawab dengan `skyfolio sync --delete-held { $fingerprint }` (hapus juga di sisi lain) atau `skyfolio sync --restore-held { $fingerprint }` (kembalikan)
cli-held-prompt = Hapus juga di sisi lain (d), kembalikan (r), atau biarkan dulu (Enter)?{ " " }
cli-failed = gagal: { $path }: { $reason }
cli-not-synced = tidak disinkronkan: { $path }: { $reason }
cli-status-signed-in = masuk ke { $server } sebagai { $email } (“{ $device }”)
cli-status-signed-out = belum masuk
cli-status-paused = sinkronisasi dijeda (skyfolio resume)
# $other menghitung pemindahan, penghapusan, dan pencatatan; $time adalah kapan semuanya terakhir sinkron.
cli-status-summary = menunggu: { $uploads ->
   *[other] { $uploads } unggahan
}, { $downloads ->
   *[other] { $downloads } unduhan
}, { $other } lainnya; gagal: { $failed }; terakhir sinkron sepenuhnya: { $time }
cli-status-failed = { $direction ->
    [upload] unggah
   *[download] unduh
} { $path }: { $reason } ({ $attempts ->
   *[other] dicoba { $attempts } kali
})
# $mode adalah two-way, upload-only, atau download-only, seperti yang diketik setelah --mode; $album
# adalah salah satu dari dua pesan di bawah.
cli-folder = { $path } ({ $mode }, { $album })
cli-whole-cloud = seluruh cloud
cli-album = album “{ $album }”
cli-folder-removed = { $path } dihapus dari pustaka (file di dalamnya tidak diubah)
cli-paused = sinkronisasi dijeda
cli-resumed = sinkronisasi dilanjutkan
cli-upload-summary = { $uploaded } diunggah, { $already } sudah ada di cloud, { $skipped } bukan foto atau video, { $failed } gagal
cli-download-summary = { $downloaded } diunduh, { $already } sudah ada, { $failed } gagal
# $id adalah ID item, untuk diketik setelah `skyfolio trash restore`; $time adalah kapan item itu dihapus.
cli-trash-item = { $id }  { $path }  dihapus { $time }
cli-trash-restored = { $path } dipulihkan
cli-trash-emptied = sampah kosong
# Setiap nilai adalah ukuran seperti 1,5 GB.
cli-storage = { $used } dari { $quota } terpakai: foto { $photos }, video { $videos }, lainnya { $other }, sampah { $trash }
# $seen dan $synced adalah tanggal dan waktu, atau “belum pernah”.
cli-device = { $id }  { $name } ({ $platform })  terakhir aktif { $seen }, sinkronisasi terakhir { $synced }
cli-device-this = { $id }  { $name } ({ $platform }), komputer ini  terakhir aktif { $seen }, sinkronisasi terakhir { $synced }
cli-device-unlinked = tautan { $id } diputuskan
# $state adalah salah satu status folder di atas (Siap, Tidak ditemukan…).
cli-scan-not-ok = { $folder }: { $state }; tidak ada yang diubah
cli-scan-summary = { $folder }: { $files ->
   *[other] { $files } file
}, { $added } baru, { $changed } berubah, { $moved } dipindahkan, { $deleted } dihapus, { $unchanged } tidak berubah, { $ignored } bukan foto atau video, { $failed } gagal
cli-scan-busy = masih ditulis, ditunda sampai pemindaian berikutnya: { $path }
cli-scan-no-folders = belum ada folder di pustaka: tambahkan dengan `skyfolio folder add DIR`
cli-thumbnails-summary = thumbnail: { $made } dibuat, { $without } tanpa pratinjau, { $failed } gagal
cli-no-thumbnail = tidak ada thumbnail: { $path }: { $reason }
cli-watch-ready = memantau perubahan (Ctrl+C untuk berhenti)
# $reason menyebutkan dalam bahasa Inggris mengapa sistem tidak melaporkan perubahan.
cli-watch-not-followed = { $folder }: perubahan tidak dipantau langsung ({ $reason }); folder dipindai ulang secara berkala
cli-cache-size = thumbnail memakai { $size } ({ $bytes ->
   *[other] { $bytes } byte
})
cli-cache-cleared = cache thumbnail dikosongkan
# Pengganti waktu pengambilan di daftar pustaka.
cli-no-date = (tanpa tanggal)
cli-import-not-a-library-folder = { $path } bukan folder pustaka: tambahkan dengan `skyfolio folder add { $path }`
# $how adalah move (pindahkan) atau copy (salin).
cli-import-summary = { $imported } { $how ->
    [move] dipindahkan
   *[copy] disalin
}, { $duplicates } sudah ada di pustaka, { $skipped } bukan foto atau video, { $failed } gagal
cli-info-error = kesalahan: { $reason }
cli-info-summary = { $files ->
   *[other] { $files } file
}, { $failed } tidak dapat dibaca
cli-info-size-unknown = dimensi tidak diketahui
# $mime adalah jenis seperti image/jpeg; $dimensions adalah lebar×tinggi dalam piksel, atau “dimensi
# tidak diketahui”; $size ukuran file; $seconds durasi video.
cli-info-what = { $kind ->
    [photo] foto
   *[video] video
} ({ $mime }), { $dimensions }, { $size }
cli-info-what-timed = { $kind ->
    [photo] foto
   *[video] video
} ({ $mime }), { $dimensions }, { $seconds } dtk, { $size }
# $time adalah jam kamera; $source tempat waktu itu dibaca (exif-original, xmp, quicktime…).
cli-info-taken = diambil { $time } (menurut { $source })
cli-info-no-date = waktu pengambilan tidak diketahui
cli-info-camera = kamera { $camera }
cli-info-place = lokasi { $latitude }, { $longitude }
# $orientation adalah orientasi EXIF, 1 sampai 8; $hash adalah hash isi file.
cli-info-orientation = orientasi { $orientation }, hash { $hash }
cli-thumbs-size = ukuran harus 256 atau 1440
cli-thumbs-cannot-create = { $path } tidak dapat dibuat
# $skipped adalah jumlah ketiga angka dalam tanda kurung.
cli-thumbs-summary = { $made } dibuat, { $skipped } dilewati ({ $there } sudah dibuat, { $unsupported } bukan foto atau video, { $without } tanpa pratinjau), { $failed } gagal
cli-thumbs-no-preview = tanpa pratinjau: { $path }: { $reason }

## Kesalahan, menurut kode

error-io = Skyfolio tidak dapat membaca atau menulis file.
error-empty-file = File ini kosong.
error-unsupported-format = Skyfolio tidak dapat menampilkan jenis file ini.
error-too-large = Gambar ini terlalu besar untuk dibuka dengan aman.
error-corrupt = File ini rusak atau tidak lengkap.
error-timeout = Pembuatan pratinjau memakan waktu terlalu lama.
error-database = Catatan internal Skyfolio tidak dapat dibaca. Mulai ulang Skyfolio; jika terjadi lagi, periksa disk Anda.
error-not-a-folder = Itu bukan folder.
error-folder-overlaps = Folder itu berada di dalam folder yang sudah disinkronkan, atau berisi folder yang sudah disinkronkan.
error-unknown-folder = Folder itu tidak disinkronkan.
error-invalid-setting = Nilai setelan itu di luar rentang yang diizinkan.
error-invalid-server = Itu bukan alamat server. Tulis seperti https://photos.example.org.
error-unreachable = Server tidak dapat dijangkau. Periksa alamat dan koneksi Anda; Skyfolio akan mencoba lagi secara otomatis.
error-protocol = Server memberikan jawaban yang tidak dipahami Skyfolio. Apakah ini server Skyfolio dengan versi yang sama?
error-not-signed-in = Komputer ini belum masuk ke akun.
error-credentials = Skyfolio tidak dapat menyimpan atau menemukan info masuk di komputer ini.
error-hash-mismatch = Sebuah file diterima dalam keadaan rusak. Skyfolio mengambilnya lagi.
error-changed-meanwhile = Sebuah file berubah saat sedang dikirim. Skyfolio mengirimnya lagi.
error-invalid-album = Nama album itu tidak dapat digunakan. Gunakan nama biasa, tanpa / di awal atau akhir.
error-album-taken = Folder lain sudah menyinkronkan album itu dua arah.
error-nothing-selected = Tidak ada yang cocok di cloud.
error-invalid-name = Cloud tidak menerima nama file ini.
error-name-taken = Ada file lain di sini dengan nama yang sama, hanya berbeda huruf besar dan kecilnya.
error-invalid-path = Nama ini tidak dapat digunakan.
error-online-only = Di komputer ini hanya ada placeholder file ini: isinya ada di penyimpanan cloud seperti OneDrive atau iCloud Drive. Skyfolio tidak mengunduhnya sendiri; simpan file ini di komputer ini agar ikut disertakan.
error-bad-request = Server menolak sesuatu yang dikirim Skyfolio.
error-unsupported-media-type = Server menolak sesuatu yang dikirim Skyfolio.
error-headers-too-large = Server menolak sesuatu yang dikirim Skyfolio.
error-uri-too-long = Server menolak sesuatu yang dikirim Skyfolio.
error-unauthorized = Komputer ini telah dikeluarkan dari akun atau diputuskan tautannya. Masuk lagi untuk melanjutkan sinkronisasi.
error-invalid-credentials = Email atau sandi salah.
error-too-many-attempts = Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.
error-forbidden = Hanya administrator server yang dapat melakukan ini.
error-registration-closed = Server ini tidak menerima akun baru tanpa undangan. Mintalah undangan kepada administratornya.
error-invalid-invite = Kode undangan ini tidak berlaku: mungkin salah ketik, sudah dipakai, atau sudah kedaluwarsa. Mintalah kode baru kepada administrator server.
error-email-taken = Sudah ada akun dengan email ini. Silakan masuk saja.
error-weak-password = Pilih sandi yang terdiri dari minimal 8 karakter.
error-not-found = Item ini sudah tidak ada.
error-path-taken = Sudah ada item lain dengan nama ini.
error-offset-mismatch = Unggahan terputus. Skyfolio melanjutkannya.
error-checksum-mismatch = Sebagian unggahan diterima dalam keadaan rusak. Skyfolio mengirimnya lagi.
error-size-mismatch = Sebuah file berubah saat sedang dikirim. Skyfolio mengirimnya lagi.
error-upload-busy = File ini sudah sedang diunggah.
error-quota-exceeded = Penyimpanan Anda penuh. Kosongkan sampah atau kosongkan ruang penyimpanan.
error-storage-full = Disk cloud penuh, jadi tidak ada lagi yang bisa disimpan. Tidak ada yang hilang: file menunggu di sini, dan sinkronisasi berlanjut sendiri begitu server punya ruang.
error-not-ready = Pratinjau masih dibuat.
error-no-preview = Item ini tidak memiliki pratinjau.
error-range-not-satisfiable = Skyfolio meminta sesuatu yang tidak dimiliki server.
error-server-busy = Server sedang sibuk. Coba lagi sebentar lagi.
error-internal = Terjadi kesalahan di dalam Skyfolio atau server. Coba lagi sebentar lagi.
error-unknown = Terjadi kesalahan.
error-held-changed = Yang menunggu jawaban Anda sudah berubah sejak ditampilkan. Lihat lagi, lalu jawab.

## Di peramban

welcome-browser-title = Masuk ke Skyfolio
# $host is the server's address, as the browser shows it.
welcome-browser-body = Foto dan video Anda di { $host }. Masuk, atau buat akun, untuk melihat, mengunggah, dan mengunduhnya dari peramban ini.
welcome-not-encrypted = Halaman ini tidak dienkripsi (dibuka dengan http://, bukan https://). Kata sandi dan foto Anda melintasi jaringan sehingga dapat dibaca orang lain. Mintalah alamat https:// kepada administrator server.
settings-language-browser = Sama dengan peramban ini ({ $language })
settings-language-hint-browser = Halaman langsung berganti; peramban ini menyimpan pilihan Anda.
account-browser = Peramban ini
error-desktop-only = Ini hanya berfungsi di aplikasi Skyfolio pada komputer.
gallery-empty-browser = Pilih Tambahkan foto untuk mengunggah foto dan video dari perangkat ini, atau seret ke halaman ini.
error-unauthorized-browser = Anda telah keluar dari akun. Masuk lagi untuk melihat foto Anda.
error-not-signed-in-browser = Anda belum masuk. Masuk untuk melihat foto Anda.
error-unreachable-browser = Server tidak dapat dijangkau. Periksa koneksi Anda dan coba lagi.
error-storage-full-browser = Disk cloud penuh, jadi tidak ada lagi yang bisa disimpan. Coba lagi begitu server punya ruang.
welcome-pair-refused = Kode masuk dari komputer Anda sudah dipakai atau sudah kedaluwarsa. Di komputer, buat kode baru: Setelan → Izinkan ponsel saya menjangkau komputer ini → Kode baru. Lalu pindai lagi.
welcome-pair-hint = Ingin masuk ke Skyfolio di komputer Anda? Di sana, aktifkan Setelan → Izinkan ponsel saya menjangkau komputer ini, lalu pindai kodenya.

## Google Takeout import

cli-takeout-source = { $path }: { $entries } file
cli-takeout-source-unreadable = { $path }: tidak dibaca: { $reason }
cli-takeout-review = { $photos } foto dan { $videos } video ({ $motion } foto bergerak) dalam { $albums } album, { $size }
cli-takeout-review-details = bertanggal dari JSON Google: { $dated }; dengan tempat: { $places }; favorit: { $favorites }; diarsipkan: { $archived }; di sampah Google: { $trashed }; tanpa JSON: { $without }
cli-takeout-skipped = tidak diimpor: { $count } × { $what } ({ $reason })
cli-takeout-dry-run = tidak ada yang dikirim (--dry-run)
cli-takeout-summary = { $imported } diimpor, { $already } sudah ada, { $earlier } sudah dikerjakan impor sebelumnya, { $failed } gagal; { $orphans } file JSON Google tanpa fotonya, { $ignored } file diabaikan, { $refused } ditolak
cli-takeout-marks = favorit ({ $favorites }) dan item yang diarsipkan ({ $archived }) masuk sebagai foto biasa: cloud belum punya tanda ini; item dari sampah Google ({ $trashed }) ada di tempat sampah
cli-takeout-report = laporan ditulis ke { $path }
cli-takeout-time-zone = { $zone } bukan zona waktu yang dikenal komputer ini (Asia/Jakarta, UTC…)
error-bad-zip = Ini bukan arsip zip, atau arsip yang rusak (unduhan yang tidak selesai?). Unduh lagi bagian ini.
error-not-a-file = Ini bukan file (folder atau tautan): dibiarkan di tempatnya.
error-damaged-json = File JSON Google untuk foto ini rusak: tanggal dan tempatnya tidak dipakai.
error-not-an-object = File JSON Google untuk foto ini bukan jenis yang ditulis Google Foto: tanggal dan tempatnya tidak dipakai.
error-zip-bomb = Entri zip ini mengaku berisi jauh lebih banyak byte daripada sebuah foto: tidak dibaca.
error-scratch-full = Ruang kosong di komputer ini tidak cukup untuk membaca file ini dari zip.
error-part-missing = File ini tidak ada di bagian Takeout yang diberikan. Tambahkan bagian yang hilang lalu impor lagi.

## Ponsel dan kartu kamera

cli-device-found = { $name } ({ $path })
cli-device-none = Tidak ada ponsel atau kartu dengan folder DCIM yang tersambung: sebutkan foldernya.
cli-device-several = Beberapa ponsel atau kartu tersambung: sebutkan folder salah satunya:
cli-device-summary = { $imported } dicadangkan, { $already } sudah ada di cloud atau di komputer ini, { $skipped } bukan foto atau video, { $failed } gagal
cli-free-device-plan = { $files } berkas ({ $size }) aman di cloud dan boleh dihapus: jalankan lagi dengan --yes untuk menghapusnya
cli-free-device-done = { $files } berkas dihapus ({ $size } dikosongkan); { $kept } disimpan
error-not-confirmed = Cloud tidak menyimpan isi berkas ini: berkas tetap ada.

## Ponsel, kartu kamera, dan Google Takeout di aplikasi

card-found = { $name } tersambung: cadangkan foto dan videonya?
card-backing-up = Mencadangkan { $name }…
card-backed-up = { $name } sudah dicadangkan.
card-back-up = Cadangkan ponsel atau kartu ini
card-free-space = Kosongkan ruang
card-not-now = Nanti saja
card-nothing-to-free = Belum ada isi { $name } yang ada di cloud.
card-free-title = Kosongkan ruang di { $name }?
card-free-body = { $count } berkas ({ $size }) aman di cloud. Berkas itu akan dihapus dari kartu; cloud menyimpannya.
card-free-confirm = Hapus { $count } berkas
card-freed = { $count } berkas dihapus, { $size } dikosongkan; { $kept } disimpan.
add-takeout = Dari Google Foto
takeout-dialog = Pilih berkas zip Google Takeout Anda
takeout-review-title = Impor dari Google Foto?
takeout-review-items = { $photos } foto dan { $videos } video dalam { $albums } album, { $size }.
takeout-review-details = Bertanggal dari Google: { $dated }. Dengan tempat: { $places }. Favorit: { $favorites }. Dari sampah Google (masuk ke tempat sampah): { $trashed }.
takeout-review-earlier = { $count } sudah diimpor sebelumnya dan dilewati.
takeout-review-unreadable = { $path } tidak dapat dibaca: { $reason }
takeout-import = Impor
takeout-report-at = Laporan setiap item akan disimpan di { $path }
import-finished = { $count } item ada di cloud ({ $already } sudah ada sebelumnya).
transfer-import-running = Mengimpor { $done } dari { $total }
transfer-import-paused = Impor dijeda, { $done } dari { $total }
transfer-import-done = { $done } dari { $total } diimpor
transfer-import-cancelled = Impor dibatalkan
transfer-import-failed = Impor selesai dengan masalah
error-not-a-backup-folder = Ruang hanya dikosongkan di folder cadangan (hanya unggah): di folder ini, menghapus foto akan menghapusnya dari cloud juga, atau foto itu kembali.

health-imports = Impor dari Google Foto
health-import = Diimpor { $when }
takeout-show-report = Lihat laporan
takeout-report-title = Yang masuk dari Google Foto
takeout-report-saved = Laporan lengkap disimpan sebagai spreadsheet: { $path }
takeout-report-marks = Favorit: { $favorites }. Diarsipkan: { $archived }. Dari sampah Google, kini di tempat sampah: { $trashed }.
takeout-report-empty = Tidak ada apa-apa di sini.
takeout-report-more = Tampilkan { $count } lagi
takeout-group-failed = Gagal
takeout-group-not-imported = Foto tidak ada di Takeout
takeout-group-imported = Diimpor
takeout-group-already = Sudah ada
takeout-group-skipped = Bukan foto
takeout-group-all = Semua
takeout-column-name = Nama
takeout-column-outcome = Yang terjadi
takeout-column-where = Lokasinya
takeout-column-why = Alasan
takeout-earlier = oleh impor sebelumnya
takeout-outcome-imported = Diimpor
takeout-outcome-already-present = Sudah ada
takeout-outcome-failed = Gagal
takeout-outcome-not-imported = Tidak diimpor
takeout-outcome-ignored = Dilewati
takeout-outcome-refused = Ditolak
takeout-outcome-problem = Catatan
takeout-reason-no-media = JSON Google ada, fotonya tidak: apakah ada bagian Takeout yang hilang?
takeout-reason-ambiguous = Beberapa foto sama cocoknya dengan JSON ini; tidak ada yang mendapatkannya.
takeout-reason-not-media = Bukan foto atau video.
takeout-reason-system-file = File yang ditinggalkan komputer atau program zip.
takeout-reason-not-a-sidecar = Data Google yang bukan tentang foto.
takeout-reason-extra-album-metadata = Deskripsi album kedua dalam satu folder.
takeout-reason-unused-album-metadata = Deskripsi album di folder tanpa foto.
takeout-reason-empty = Entri tidak punya nama.
takeout-reason-not-utf8 = Nama entri bukan teks yang terbaca.
takeout-reason-too-long = Nama entri terlalu panjang.
takeout-reason-absolute = Nama entri menunjuk ke luar Takeout.
takeout-reason-dot-segment = Nama entri menunjuk ke luar Takeout.
takeout-reason-empty-segment = Nama entri memuat folder kosong.
takeout-reason-backslash = Nama entri memuat garis miring terbalik.
takeout-reason-control-character = Nama entri memuat karakter kontrol.
takeout-reason-damaged-json = JSON Google-nya rusak: tanggal dan tempatnya tidak dipakai.
takeout-reason-json-not-read = JSON Google-nya tidak dapat dibaca.
takeout-reason-conflicting-copies = Bagian-bagiannya memuat file berbeda dengan nama ini: keduanya disimpan.

settings-folder-free = Kosongkan ruang
free-title = Kosongkan ruang di { $path }
free-lead = Foto dan video folder cadangan ini yang aman di cloud dapat keluar dari komputer ini (lewat tempat sampah). Semuanya tetap di linimasa Anda dan diunduh saat dibuka.
free-age = Yang mana
free-age-any = Usia berapa pun
free-age-months = Tidak berubah selama { $months } bulan
free-size = Ukuran
free-size-any = Ukuran berapa pun
free-size-over = Lebih dari { $size }
free-counting = Menanyai cloud…
free-found = { $count } file ({ $size }) aman di cloud.
free-nothing = Belum ada yang cocok: tidak ada yang dihapus.
free-confirm-none = Tidak ada yang dihapus

update-available = Skyfolio { $version } siap dipasang.
update-install = Pasang dan mulai ulang
update-later = Nanti
update-installing = Memasang Skyfolio { $version }… Skyfolio dimulai ulang setelah selesai.
error-no-update = Tidak ditemukan versi lebih baru untuk dipasang.
error-update-failed = Pembaruan tidak dapat dipasang; versi ini tetap berjalan.
health-keep-here = Unduh dan sertakan
health-kept-here = { $name } sedang dibawa ke komputer ini; sinkronisasi akan menyertakannya berikutnya.
