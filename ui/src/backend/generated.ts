// Generated from the Rust types by the shell's test `the_ui_types_are_the_rust_types`
// (src-tauri/src/lib.rs): `SKYFOLIO_UPDATE_FIXTURES=1 cargo nextest run -p skyfolio-desktop`.
// Do not edit by hand.

/**
 * The one error shape that crosses IPC (and the schemes' error bodies): a stable `code` the UI
 * branches on to pick the message `error-<code>`, and an English `message` for logs.
 */
export type CommandError = { code: string, message: string, };

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
remoteId: string | null, 
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
 * An album of the cloud (its top folder) or a folder of this computer.
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
 * Where an operation stands.
 */
export type OperationProgress = { id: number, kind: OperationKind, state: OperationState, filesDone: number, filesTotal: number, bytesDone: number, bytesTotal: number, 
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
 * An item in the recycle bin.
 */
export type TrashEntry = { id: string, hash: string, path: string, kind: string, size: number, trashedAt: number | null, 
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
export type SpaceItem = { id: string, hash: string, path: string, size: number, };

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
export type Device = { id: string, name: string, platform: string, 
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
export type UploadInProgress = { id: string, 
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
device_id: string, device_name: string | null, 
/**
 * When the server forgets it unless more bytes arrive (ms since the epoch).
 */
expires_at: number, };

/**
 * How a folder syncs with the cloud.
 */
export type FolderMode = "two-way" | "upload-only" | "download-only";

/**
 * Whether the folder could be read at its last scan.
 */
export type FolderState = "ok" | "missing" | "error" | "emptied";

/**
 * A folder this computer keeps photos in.
 */
export type Folder = { id: number, path: string, mode: FolderMode, state: FolderState, error: string | null, added_at: number, last_scan_at: number | null, };

/**
 * A library folder and the album it mirrors (`""`: the top of the cloud).
 */
export type LinkedFolder = { album: string, 
/**
 * Sync of this folder is paused; it is still indexed and shown.
 */
paused: boolean, id: number, path: string, mode: FolderMode, state: FolderState, error: string | null, added_at: number, last_scan_at: number | null, };

/**
 * How sync stands, for the page (and the tray).
 */
export type SyncStatus = { 
/**
 * `signed-out`, `idle`, `syncing`, `paused` or `error`.
 */
state: "signed-out" | "idle" | "syncing" | "paused" | "error", 
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
 * What went wrong, when `error`.
 */
problem: CommandError | null, 
/**
 * While a pass sends or fetches files: how many of how many.
 */
progress: PassProgress | null, };

/**
 * The language of the window (and of what Rust shows: the tray, notifications).
 */
export type Language = { 
/**
 * The language in use, one of `available`.
 */
current: string, 
/**
 * What the person chose; `null` follows this computer's language.
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

export type HealthAccount = { server: string, email: string, device_name: string, };

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
next_try_at: number, };

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

export type FolderStatus = { path: string, mode: "two-way" | "upload-only" | "download-only", album: string, state: "ok" | "paused" | "error", problem: string | null, paused: boolean, 
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
not_synced: Array<Failure>, };

export type Health = { signed_in: HealthAccount | null, paused: boolean, last_success_at: number | null, last_pass_at: number | null, pending: Pending, failed: Array<FailedTransfer>, folders: Array<FolderStatus>, };

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
 * What freeing a phone or card would remove: the files whose content the cloud confirms.
 */
export type DeviceSpace = { 
/**
 * Files that may go (`device_space`) or went (`free_device`), and their bytes.
 */
files: number, bytes: number, 
/**
 * Files kept (changed since, or not confirmed), and why.
 */
kept: Array<Failure>, };

/**
 * What importing a Google Takeout would bring, read from its names and JSON alone.
 */
export type TakeoutSummary = { photos: number, videos: number, albums: number, bytes: number, datedByJson: number, withPlace: number, favorites: number, trashed: number, 
/**
 * Items an earlier import brought already.
 */
earlier: number, 
/**
 * Parts that cannot be read, and why.
 */
unreadable: Array<Failure>, };

/**
 * An import under way, and where its report will be.
 */
export type TakeoutStarted = { id: number, report: string, };
