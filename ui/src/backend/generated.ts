// Generated from the Rust types, commands and events by the shell's test
// `the_ui_types_commands_and_events_are_the_rust_ones` (src-tauri/src/contract.rs):
// `SKYFOLIO_UPDATE_FIXTURES=1 cargo nextest run --workspace -E 'package(skyfolio-desktop)'`.
// Do not edit by hand.

export type Code = "bad-request" | "invalid-path" | "unsupported-media-type" | "headers-too-large" | "uri-too-long" | "unauthorized" | "invalid-credentials" | "too-many-attempts" | "forbidden" | "registration-closed" | "invalid-invite" | "email-taken" | "weak-password" | "not-found" | "path-taken" | "offset-mismatch" | "checksum-mismatch" | "hash-mismatch" | "size-mismatch" | "upload-busy" | "quota-exceeded" | "storage-full" | "not-ready" | "no-preview" | "range-not-satisfiable" | "server-busy" | "internal" | "io" | "empty-file" | "unsupported-format" | "too-large" | "corrupt" | "timeout" | "database" | "not-a-folder" | "folder-overlaps" | "unknown-folder" | "invalid-server" | "unreachable" | "protocol" | "not-signed-in" | "credentials" | "changed-meanwhile" | "held-changed" | "invalid-name" | "name-taken" | "online-only" | "invalid-album" | "album-taken" | "nothing-selected" | "invalid-setting" | "not-a-backup-folder" | "not-confirmed" | "not-a-file" | "bad-zip" | "zip-bomb" | "scratch-full" | "part-missing" | "damaged-json" | "not-an-object" | "no-update" | "update-failed" | "desktop-only" | "unknown";

/**
 * Who this computer is signed in as, if anyone.
 */
export type Welcome = { signedIn: boolean, server: string | null, email: string | null, deviceName: string | null, 
/**
 * The account is this computer's own local cloud.
 */
localCloud: boolean, 
/**
 * Where videos play from: `<videoBase>/<hash>` (a loopback address; see `stream`).
 */
videoBase: string | null, };

/**
 * Where an item is.
 */
export type Place = "this-computer" | "cloud" | "both";

/**
 * Which items a timeline shows.
 */
export type KindFilter = "all" | "photos" | "videos";

/**
 * One tile of the timeline.
 */
export type TimelineItem = { 
/**
 * The content hash: the item's identity everywhere.
 */
hash: string, kind: "photo" | "video", 
/**
 * The timeline's order (ms, the capture time read as UTC).
 */
sortTime: number, takenAt: string | null, width: number | null, height: number | null, durationMs: number | null, size: number, place: Place, 
/**
 * Where the file is on this computer, when it is.
 */
localPath: string | null, 
/**
 * The cloud item, when the cloud holds it.
 */
remoteId: MediaId | null, 
/**
 * The cloud path (album and name), or the local file's name.
 */
name: string, camera: string | null, latitude: number | null, longitude: number | null, 
/**
 * `uploading` or `failed` while a transfer of it waits.
 */
transfer: "uploading" | "failed" | null, };

export type TimelinePage = { items: Array<TimelineItem>, 
/**
 * Pass back for the next page; `None` at the end.
 */
next: string | null, };

/**
 * An album of the cloud (its top folder; `""` for what sits at its root).
 */
export type Album = { name: string, count: number, 
/**
 * The newest item's hash, for the cover.
 */
cover: string | null, };

export type OperationKind = "upload" | "download" | "import";

export type OperationState = "running" | "paused" | "done" | "cancelled" | "failed";

/**
 * Something that went wrong with one file, for people to read.
 */
export type Failure = { path: string, code: string, message: string, };

/**
 * One file on its way.
 */
export type FileProgress = { name: string, done: number, size: number, };

/**
 * An operation's id: a number, new for each operation of this run of the app.
 */
export type OperationId = number;

/**
 * One photo or video in the cloud, for all its life (moves, trash, restore).
 */
export type MediaId = string;

/**
 * A device linked to an account.
 */
export type DeviceId = string;

/**
 * A resumable (tus) upload in progress.
 */
export type UploadId = string;

/**
 * Where an operation stands.
 */
export type OperationProgress = { id: OperationId, kind: OperationKind, state: OperationState, filesDone: number, filesTotal: number, bytesDone: number, bytesTotal: number, 
/**
 * The file moving now.
 */
current: string | null, 
/**
 * The files moving now, each with its own progress (at most [`MOVING_SHOWN`]).
 */
moving: Array<FileProgress>, 
/**
 * Files that failed, and why.
 */
failures: Array<Failure>, 
/**
 * Files already there (same content), not moved again.
 */
alreadyThere: number, 
/**
 * What stopped the whole operation, if anything did.
 */
error: Failure | null, };

/**
 * What to download.
 */
export type DownloadSelection = { "kind": "all" } | { "kind": "album", name: string, } | { "kind": "items", ids: Array<string>, };

/**
 * An item in the recycle bin, as the app shows it.
 */
export type TrashEntry = { id: MediaId, hash: string, path: string, kind: string, size: number, trashedAt: number | null, 
/**
 * Whole days before it is deleted for good.
 */
daysLeft: number, };

/**
 * Storage used and allowed, in bytes.
 */
export type Usage = { quota: number, used: number, photos: number, videos: number, 
/**
 * Files of no known kind.
 */
other: number, 
/**
 * In the recycle bin: counts toward the quota until purged.
 */
trash: number, 
/**
 * Reserved by uploads in progress.
 */
uploading: number, 
/**
 * Days an item stays in the recycle bin before it is deleted for good.
 */
trash_days: number, };

/**
 * A cloud item worth a look when freeing space.
 */
export type SpaceItem = { id: MediaId, hash: string, path: string, size: number, };

/**
 * Where the space goes, and what could free some.
 */
export type Space = { usage: Usage, 
/**
 * The largest videos, largest first.
 */
largestVideos: Array<SpaceItem>, 
/**
 * Items whose content another item holds too (the same photo under two names), by
 * content: each group is one content, its first item the one to keep.
 */
duplicates: Array<Array<SpaceItem>>, 
/**
 * For the local cloud, whose limit is this computer's disk: the space free on the disk
 * that holds it. `None` for a server.
 */
diskFree: number | null, 
/**
 * Uploads in progress from every device of the account: bytes on their way, which the
 * quota holds for them until they arrive, are cancelled or expire.
 */
uploading: Array<UploadInProgress>, };

/**
 * A device linked to an account.
 */
export type Device = { id: DeviceId, name: string, platform: string, 
/**
 * Milliseconds since the Unix epoch, as are all times below.
 */
created_at: number, last_seen_at: number, 
/**
 * The last time this device read the change feed or finished an upload.
 */
last_sync_at: number | null, 
/**
 * This is the device making the request.
 */
current: boolean, };

/**
 * One of an account's uploads in progress: bytes on their way, reserved in the quota until
 * they arrive, the upload is cancelled or it expires.
 */
export type UploadInProgress = { id: UploadId, 
/**
 * Where the item will be.
 */
path: string, size: number, 
/**
 * Bytes received so far.
 */
offset: number, 
/**
 * The device sending it, and its name (none when it was unlinked since).
 */
device_id: DeviceId, device_name: string | null, 
/**
 * When the server forgets it unless more bytes arrive (ms since the epoch).
 */
expires_at: number, };

/**
 * How a folder syncs with the cloud.
 */
export type FolderMode = "two-way" | "upload-only" | "download-only";

/**
 * A folder's id in this computer's library, for as long as the folder is linked.
 */
export type FolderId = number;

/**
 * Whether the folder could be read at its last scan.
 */
export type FolderState = "ok" | "missing" | "error" | "emptied";

/**
 * A folder this computer keeps photos in.
 */
export type Folder = { id: FolderId, path: string, mode: FolderMode, state: FolderState, error: string | null, addedAt: number, lastScanAt: number | null, };

/**
 * A library folder and the album it mirrors (`""`: the top of the cloud).
 */
export type LinkedFolder = { album: string, 
/**
 * Sync of this folder is paused; it is still indexed and shown.
 */
paused: boolean, id: FolderId, path: string, mode: FolderMode, state: FolderState, error: string | null, addedAt: number, lastScanAt: number | null, };

/**
 * Where background sync stands.
 */
export type SyncState = "signed-out" | "idle" | "syncing" | "paused" | "error";

/**
 * What went wrong, as it crosses to a shell (the one error shape of the desktop's commands and
 * schemes too): a stable code (the message `error-<code>`) and an English detail for logs.
 */
export type Problem = { code: Code, message: string, };

/**
 * How sync stands in words: a message of `locales/` and its counts. The tray, the page and the
 * command line say the same thing because they say this.
 */
export type Said = { id: string, args: Record<string, number>, };

/**
 * How background sync stands, for the page and the tray.
 */
export type SyncStatus = { state: SyncState, 
/**
 * Files waiting to go up, those still being written among them.
 */
uploads: number, downloads: number, failed: number, 
/**
 * Folders whose deletions (or emptiness) wait for the person's answer.
 */
held: number, 
/**
 * Files that cannot be synced (names the other side cannot hold).
 */
leftOut: number, 
/**
 * Folders that cannot be synced at all (missing, unreadable).
 */
problems: number, 
/**
 * When everything was last in step (ms), if ever.
 */
lastSuccessAt: number | null, 
/**
 * What went wrong, when `error` or signed out by the cloud.
 */
problem: Problem | null, 
/**
 * While a pass sends or fetches files: how many of how many.
 */
progress: PassProgress | null, 
/**
 * All of the above in words ([`SyncStatus::words`]), as the supervisor told it.
 */
said: Said, };

/**
 * The language spoken, and why.
 */
export type Language = { 
/**
 * The language in use, one of `available`.
 */
current: string, 
/**
 * What the person chose (its nearest shipped); `null` follows this computer's language.
 */
chosen: string | null, 
/**
 * This computer's language, as Skyfolio matches it.
 */
system: string, 
/**
 * Every language Skyfolio ships, English first.
 */
available: Array<string>, 
/**
 * The layout is mirrored (Arabic).
 */
rightToLeft: boolean, };

/**
 * How far a pass is: files sent and fetched of those it planned so far.
 */
export type PassProgress = { uploads: number, uploaded: number, downloads: number, downloaded: number, };

/**
 * What a pass does with files deleted on one side.
 */
export type DeletionPolicy = "ask" | "send" | "never";

/**
 * How the app behaves on this computer, as Settings shows it.
 */
export type Preferences = { 
/**
 * Closing the window leaves Skyfolio syncing in the tray.
 */
closeToTray: boolean, 
/**
 * Skyfolio starts, in the tray, when the person logs in.
 */
startAtLogin: boolean, 
/**
 * Notifications: a long sync finished, files failed, signed out, storage nearly full.
 */
notifications: boolean, 
/**
 * Files sent or fetched at once (1 to 16).
 */
transfers: number, 
/**
 * The most bytes per second uploads together may take; none means as fast as possible.
 */
uploadLimit: number | null, downloadLimit: number | null, 
/**
 * What to do with files deleted on one side.
 */
deletions: DeletionPolicy, };

export type HealthAccount = { server: string, email: string, deviceName: string, };

export type Pending = { uploads: number, downloads: number, 
/**
 * Moves, deletions and records.
 */
other: number, 
/**
 * Files still being written: they go up once they rest.
 */
settling: number, };

/**
 * A transfer that failed, waiting to be tried again.
 */
export type FailedTransfer = { path: string, direction: "upload" | "download", code: string, message: string, attempts: number, 
/**
 * When it is tried again (ms since the epoch).
 */
nextTryAt: number, };

/**
 * Why deletions wait for a person.
 */
export type HeldReason = "folder-empty" | "album-empty" | "many" | "always-ask";

/**
 * Where a held deletion would send a file.
 */
export type DeletionSide = "cloud" | "here";

/**
 * One deletion waiting for a person.
 */
export type HeldDeletion = { 
/**
 * Relative to the folder (and to its album), `/`-separated.
 */
path: string, side: DeletionSide, };

/**
 * What waits for a person in one folder, exactly as shown to them.
 */
export type HeldPlan = { reason: HeldReason, 
/**
 * Every deletion held, by path.
 */
deletions: Array<HeldDeletion>, 
/**
 * Names this folder and exactly these deletions (each file's content and cloud item
 * included); an answer gives it back.
 */
fingerprint: string, };

/**
 * A person's answer to a held plan.
 */
export type HeldAnswer = "delete" | "restore";

export type FolderStatus = { path: string, mode: "two-way" | "upload-only" | "download-only", album: string, state: "ok" | "paused" | "error", 
/**
 * What the folder on disk is (missing, unreadable, emptied): the person is told this, in
 * their language.
 */
folderState: FolderState, 
/**
 * Why it cannot be synced, in English with its path: for logs and a closer look.
 */
problem: string | null, paused: boolean, 
/**
 * Deletions waiting for a person's answer ([`App::answer_held`]).
 */
held: HeldPlan | null, 
/**
 * Files still being written: not sent yet.
 */
settling: number, 
/**
 * Files that cannot be synced, and why.
 */
notSynced: Array<Failure>, };

export type Health = { signedIn: HealthAccount | null, paused: boolean, lastSuccessAt: number | null, lastPassAt: number | null, pending: Pending, failed: Array<FailedTransfer>, folders: Array<FolderStatus>, };

/**
 * What was saved.
 */
export type DiagnosticsReport = { path: string, 
/**
 * The names inside the bundle.
 */
entries: Array<string>, bytes: number, };

/**
 * A one-time sign-in for a phone: the address it opens, as text and as a QR code.
 */
export type Pairing = { 
/**
 * The address a phone opens: this computer's address with the code after `#`.
 */
url: string, 
/**
 * The QR code of `url`: an SVG path of its dark modules, one unit per module, in a square
 * of `qrSize` units (the quiet zone included).
 */
qrPath: string, qrSize: number, 
/**
 * When the code stops working, in milliseconds since the epoch. It works once.
 */
expiresAt: number, };

/**
 * Whether phones on this network reach the local cloud, and how.
 */
export type PhoneAccess = { 
/**
 * The local cloud listens on the network.
 */
on: boolean, 
/**
 * Addresses a phone on this network opens, best first, e.g. `http://192.168.1.20:47470`.
 */
addresses: Array<string>, 
/**
 * A fresh one-time sign-in while `on`.
 */
pairing: Pairing | null, };

/**
 * A camera's storage that is mounted now.
 */
export type CameraStorage = { 
/**
 * The folder that holds `DCIM`.
 */
path: string, 
/**
 * What people call it: the volume's (or phone storage's) name.
 */
name: string, };

/**
 * What freeing a phone, a card or a backup folder would remove (the files whose content the
 * cloud confirms), or what it removed.
 */
export type DeviceSpace = { 
/**
 * Files that may go (`device_space`, `folder_space`) or went (`free_device`,
 * `free_folder`), and their bytes.
 */
files: number, bytes: number, 
/**
 * Files kept (changed since, or not confirmed), and why.
 */
kept: Array<Failure>, };

/**
 * Which files of a backup folder may go to free this computer's space.
 */
export type FreeChoice = { 
/**
 * Only files not changed for this many days.
 */
olderThanDays: number | null, 
/**
 * Only files larger than this many bytes.
 */
largerThan: number | null, };

export type SourceKind = "zip" | "folder";

/**
 * Why a part could not be read at all.
 */
export type SourceError = { code: string, message: string, };

/**
 * A part of a Takeout (a zip) or an extracted folder, as given.
 */
export type SourceSummary = { 
/**
 * The path as given.
 */
path: string, 
/**
 * `zip` or `folder`.
 */
kind: SourceKind, 
/**
 * Its files (directories not counted); 0 when it could not be listed.
 */
entries: number, 
/**
 * Why it could not be listed: its items are not in this import.
 */
error: SourceError | null, };

/**
 * How many of one reason.
 */
export type SkipCount = { 
/**
 * What is skipped: `sidecar-without-media`, `ignored`, `refused`, `problem`,
 * `unreadable-source`, `done-earlier`.
 */
what: string, 
/**
 * Why, as a code (`no-media`, `not-media`, `dot-segment`, `bad-zip`...).
 */
reason: string, count: number, };

/**
 * What an import of a Takeout would do, read from names, sizes and JSON only.
 */
export type TakeoutReview = { sources: Array<SourceSummary>, photos: number, videos: number, motionPhotos: number, albums: number, 
/**
 * The album titles, in order.
 */
albumTitles: Array<string>, 
/**
 * Items whose sidecar gives when they were taken.
 */
datedByJson: number, 
/**
 * Items whose sidecar gives where they were taken.
 */
withPlace: number, favorites: number, archived: number, trashed: number, withoutSidecar: number, 
/**
 * Bytes of the photos and videos (one copy each).
 */
bytes: number, 
/**
 * Items an earlier run imported or found present already.
 */
doneEarlier: number, 
/**
 * What will not be imported, and why.
 */
skipped: Array<SkipCount>, };

/**
 * A Takeout import under way, and its report once it ends.
 */
export type TakeoutStarted = { id: OperationId, 
/**
 * The report's name, for [`App::takeout_report`].
 */
report: string, 
/**
 * Where the report is saved as CSV, to tell the person.
 */
path: string, };

/**
 * What happened to one row of the report.
 */
export type RowOutcome = "imported" | "already-present" | "failed" | "not-imported" | "ignored" | "refused" | "problem";

/**
 * What a row is about.
 */
export type RowKind = "photo" | "video" | "motion-video" | "sidecar" | "entry";

/**
 * One line of the report.
 */
export type ReportRow = { outcome: RowOutcome, kind: RowKind, 
/**
 * The item's name (a sidecar's title), or the entry's file name.
 */
name: string, 
/**
 * The part or folder it came from.
 */
source: string | null, 
/**
 * Its path inside that part or folder.
 */
entry: string | null, 
/**
 * The album it goes to.
 */
album: string | null, 
/**
 * Where it is in the cloud now (imported; or, for one imported by an earlier run, where
 * that run put it).
 */
cloudPath: string | null, 
/**
 * Where its content already was: a cloud path, or a file on this computer.
 */
presentAt: string | null, 
/**
 * Done by an earlier run of this import (the ledger), not again now.
 */
earlier: boolean, 
/**
 * Why it was not imported, as a code.
 */
reason: string | null, 
/**
 * The technical detail, in English.
 */
detail: string | null, 
/**
 * Its page on photos.google.com, from the sidecar.
 */
url: string | null, 
/**
 * When it was taken by the sidecar (UTC).
 */
takenAt: string | null, 
/**
 * Its sidecar's entry; empty for media without one.
 */
sidecar: string | null, favorite: boolean, archived: boolean, 
/**
 * In Google Photos' trash: sent to the cloud's recycle bin.
 */
trashed: boolean, };

/**
 * The totals of a report. `items + motion_videos = imported + already_present + failed`,
 * and every file the readable parts hold is counted once in `entries_by_use`, whose values
 * add up to `entries`.
 */
export type ReportCounts = { 
/**
 * Photos and videos (one per content, wherever the Takeout holds copies).
 */
items: number, 
/**
 * Video halves of motion photos.
 */
motionVideos: number, imported: number, alreadyPresent: number, failed: number, 
/**
 * Of the imported and already present, those an earlier run did.
 */
earlier: number, 
/**
 * Items no sidecar was found for.
 */
withoutSidecar: number, sidecarsWithoutMedia: number, ignored: number, refused: number, problems: number, 
/**
 * Parts or folders that could not be read at all.
 */
unreadableSources: number, albums: number, 
/**
 * Google Photos' favourites and archive have no place in the cloud yet: counted (and
 * marked in each row) so that nothing is dropped without a word.
 */
favorites: number, archived: number, trashed: number, 
/**
 * Files in the readable parts and folders.
 */
entries: number, 
/**
 * Those files by what they were: `media`, `sidecar`, `album-metadata`,
 * `sidecar-without-media`, `ignored`, `refused`, `problem`.
 */
entriesByUse: { [key in string]: number }, };

/**
 * The reconciliation report of an import.
 */
export type TakeoutReport = { sources: Array<SourceSummary>, rows: Array<ReportRow>, counts: ReportCounts, };

/**
 * The report of an earlier import, as listed.
 */
export type SavedReport = { 
/**
 * Its name, for [`App::takeout_report`].
 */
name: string, 
/**
 * Its CSV file, for people.
 */
path: string, 
/**
 * When it was saved (milliseconds since 1970).
 */
savedAt: number, };

/**
 * A newer version, as the page shows it.
 */
export type AvailableUpdate = { version: string, 
/**
 * What is new, as its maker wrote it.
 */
notes: string | null, };

/**
 * The menu's words for a language and a sync status: what the tray shows, item by item.
 */
export type TrayText = { tooltip: string, status: string, syncNow: string, pause: string, open: string, language: string, quit: string, };

/**
 * What the tray shows, for the window's tests.
 */
export type TrayShown = { text: TrayText, state: string, 
/**
 * The states it went through, oldest first.
 */
states: Array<string>, 
/**
 * The status words it showed, oldest first.
 */
statuses: Array<string>, };

/**
 * Something to tell the person.
 */
export type Notice = { "kind": "sync-finished", uploaded: number, downloaded: number, } | { "kind": "files-failed", count: number, } | { "kind": "signed-out", unlinked: boolean, } | { "kind": "storage-nearly-full", used: number, quota: number, } | { "kind": "still-in-tray" };

/**
 * One notice as it was shown.
 */
export type Shown = { title: string, body: string, 
/**
 * The person turned notifications off: it was not shown.
 */
muted: boolean, } & ({ "kind": "sync-finished", uploaded: number, downloaded: number, } | { "kind": "files-failed", count: number, } | { "kind": "signed-out", unlinked: boolean, } | { "kind": "storage-nearly-full", used: number, quota: number, } | { "kind": "still-in-tray" });

/** Every code of the registry, to tell a known code from one only a newer version knows. */
export const CODES: readonly Code[] = ["bad-request", "invalid-path", "unsupported-media-type", "headers-too-large", "uri-too-long", "unauthorized", "invalid-credentials", "too-many-attempts", "forbidden", "registration-closed", "invalid-invite", "email-taken", "weak-password", "not-found", "path-taken", "offset-mismatch", "checksum-mismatch", "hash-mismatch", "size-mismatch", "upload-busy", "quota-exceeded", "storage-full", "not-ready", "no-preview", "range-not-satisfiable", "server-busy", "internal", "io", "empty-file", "unsupported-format", "too-large", "corrupt", "timeout", "database", "not-a-folder", "folder-overlaps", "unknown-folder", "invalid-server", "unreachable", "protocol", "not-signed-in", "credentials", "changed-meanwhile", "held-changed", "invalid-name", "name-taken", "online-only", "invalid-album", "album-taken", "nothing-selected", "invalid-setting", "not-a-backup-folder", "not-confirmed", "not-a-file", "bad-zip", "zip-bomb", "scratch-full", "part-missing", "damaged-json", "not-an-object", "no-update", "update-failed", "desktop-only", "unknown"];

/** Every command the desktop shell answers: what it takes and what it answers (a failure
 * is a `Problem`). */
export interface Commands {
  welcome: { args: {}; answer: Welcome };
  use_local_cloud: { args: {}; answer: Welcome };
  sign_in: { args: { server: string; email: string; password: string; register: boolean; invite: string | null }; answer: Welcome };
  sign_out: { args: { keepPhotos: boolean }; answer: Welcome };
  phone_access: { args: {}; answer: PhoneAccess };
  set_phone_access: { args: { on: boolean }; answer: PhoneAccess };
  new_pairing: { args: {}; answer: PhoneAccess };
  sync_status: { args: {}; answer: SyncStatus };
  timeline: { args: { after: string | null; limit: number; filter: KindFilter }; answer: TimelinePage };
  albums: { args: {}; answer: Array<Album> };
  upload: { args: { paths: Array<string>; album: string | null }; answer: OperationId };
  download: { args: { selection: DownloadSelection; to: string }; answer: OperationId };
  pause_operation: { args: { id: OperationId }; answer: boolean };
  resume_operation: { args: { id: OperationId }; answer: boolean };
  cancel_operation: { args: { id: OperationId }; answer: boolean };
  trash: { args: {}; answer: Array<TrashEntry> };
  move_to_trash: { args: { ids: Array<MediaId> }; answer: number };
  restore: { args: { ids: Array<MediaId> }; answer: number };
  delete_forever: { args: { ids: Array<MediaId> }; answer: number };
  empty_trash: { args: {}; answer: void };
  space: { args: {}; answer: Space };
  devices: { args: {}; answer: Array<Device> };
  rename_twin: { args: { path: string }; answer: string };
  keep_here: { args: { path: string }; answer: void };
  cancel_upload: { args: { id: UploadId }; answer: void };
  unlink_device: { args: { id: DeviceId }; answer: void };
  folders: { args: {}; answer: Array<LinkedFolder> };
  add_folder: { args: { path: string; mode: FolderMode }; answer: LinkedFolder };
  sync_now: { args: {}; answer: void };
  tray: { args: {}; answer: TrayShown | null };
  language: { args: {}; answer: Language };
  set_language: { args: { language: string | null }; answer: Language };
  preferences: { args: {}; answer: Preferences };
  set_preferences: { args: { preferences: Preferences }; answer: Preferences };
  set_folder_mode: { args: { path: string; mode: FolderMode }; answer: LinkedFolder };
  set_folder_paused: { args: { path: string; paused: boolean }; answer: LinkedFolder };
  remove_folder: { args: { path: string }; answer: void };
  thumbnail_cache: { args: {}; answer: number };
  clear_thumbnail_cache: { args: {}; answer: number };
  health: { args: {}; answer: Health };
  retry_failed: { args: {}; answer: number };
  answer_held: { args: { folder: string; fingerprint: string; answer: HeldAnswer }; answer: Health };
  save_diagnostics: { args: { path: string }; answer: DiagnosticsReport };
  notices: { args: {}; answer: Array<Shown> };
  camera_storage: { args: {}; answer: Array<CameraStorage> };
  import_device: { args: { path: string }; answer: OperationId };
  device_space: { args: { path: string }; answer: DeviceSpace };
  free_device: { args: { path: string }; answer: DeviceSpace };
  folder_space: { args: { path: string; choice: FreeChoice }; answer: DeviceSpace };
  free_folder: { args: { path: string; choice: FreeChoice }; answer: DeviceSpace };
  review_takeout: { args: { paths: Array<string> }; answer: TakeoutReview };
  import_takeout: { args: { paths: Array<string> }; answer: TakeoutStarted };
  takeout_report: { args: { name: string }; answer: TakeoutReport };
  takeout_reports: { args: {}; answer: Array<SavedReport> };
  update_available: { args: {}; answer: AvailableUpdate | null };
  install_update: { args: {}; answer: void };
}

/** Every command and the names of its arguments, for what checks them at run time. */
export const COMMANDS = {
  welcome: [],
  use_local_cloud: [],
  sign_in: ["server", "email", "password", "register", "invite"],
  sign_out: ["keepPhotos"],
  phone_access: [],
  set_phone_access: ["on"],
  new_pairing: [],
  sync_status: [],
  timeline: ["after", "limit", "filter"],
  albums: [],
  upload: ["paths", "album"],
  download: ["selection", "to"],
  pause_operation: ["id"],
  resume_operation: ["id"],
  cancel_operation: ["id"],
  trash: [],
  move_to_trash: ["ids"],
  restore: ["ids"],
  delete_forever: ["ids"],
  empty_trash: [],
  space: [],
  devices: [],
  rename_twin: ["path"],
  keep_here: ["path"],
  cancel_upload: ["id"],
  unlink_device: ["id"],
  folders: [],
  add_folder: ["path", "mode"],
  sync_now: [],
  tray: [],
  language: [],
  set_language: ["language"],
  preferences: [],
  set_preferences: ["preferences"],
  set_folder_mode: ["path", "mode"],
  set_folder_paused: ["path", "paused"],
  remove_folder: ["path"],
  thumbnail_cache: [],
  clear_thumbnail_cache: [],
  health: [],
  retry_failed: [],
  answer_held: ["folder", "fingerprint", "answer"],
  save_diagnostics: ["path"],
  notices: [],
  camera_storage: [],
  import_device: ["path"],
  device_space: ["path"],
  free_device: ["path"],
  folder_space: ["path", "choice"],
  free_folder: ["path", "choice"],
  review_takeout: ["paths"],
  import_takeout: ["paths"],
  takeout_report: ["name"],
  takeout_reports: [],
  update_available: [],
  install_update: [],
} as const satisfies Record<keyof Commands, readonly string[]>;

/** Every event the shell sends the page, and what it carries. */
export interface Events {
  "sync-status": SyncStatus;
  "operation": OperationProgress;
  "timeline-changed": null;
  "language-changed": Language;
  "update-available": AvailableUpdate;
}

/** Every event's name. */
export const EVENTS: readonly (keyof Events)[] = ["sync-status", "operation", "timeline-changed", "language-changed", "update-available"];
