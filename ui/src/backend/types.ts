// The shapes the desktop shell sends and takes. They mirror the Rust types the commands answer
// (src-tauri/src/commands.rs and the skyfolio-core types they return); the shell's tests and
// test/contract.test.ts keep the two sides in step.

/** The one error shape that crosses from the shell: branch on `code`, never on `message`. */
export interface CommandError {
  code: string;
  /** English, for logs; people see the Fluent message `error-<code>` instead. */
  message: string;
}

export interface Welcome {
  signedIn: boolean;
  server: string | null;
  email: string | null;
  deviceName: string | null;
  localCloud: boolean;
  /** Where videos play from: `<videoBase>/<hash>`; `null` when that could not start. */
  videoBase: string | null;
}

export type MediaKind = "photo" | "video";
export type Place = "this-computer" | "cloud" | "both";
export type KindFilter = "all" | "photos" | "videos";

export interface TimelineItem {
  hash: string;
  kind: MediaKind;
  sortTime: number;
  takenAt: string | null;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  size: number;
  place: Place;
  localPath: string | null;
  remoteId: string | null;
  name: string;
  camera: string | null;
  latitude: number | null;
  longitude: number | null;
  transfer: "uploading" | "failed" | null;
}

export interface TimelinePage {
  items: TimelineItem[];
  next: string | null;
}

export interface Album {
  name: string;
  count: number;
  cover: string | null;
}

export type OperationKind = "upload" | "download";
export type OperationState = "running" | "paused" | "done" | "cancelled" | "failed";

export interface Failure {
  path: string;
  code: string;
  message: string;
}

export interface FileProgress {
  name: string;
  done: number;
  size: number;
}

export interface OperationProgress {
  id: number;
  kind: OperationKind;
  state: OperationState;
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  current: string | null;
  /** The files moving now, each with its own progress. */
  moving: FileProgress[];
  failures: Failure[];
  alreadyThere: number;
  error: Failure | null;
}

export type DownloadSelection =
  | { kind: "all" }
  | { kind: "album"; name: string }
  | { kind: "items"; ids: string[] };

export interface TrashEntry {
  id: string;
  hash: string;
  path: string;
  kind: string;
  size: number;
  trashedAt: number | null;
  daysLeft: number;
}

/** The server's usage (skyfolio-protocol, snake_case on the wire). */
export interface Usage {
  quota: number;
  used: number;
  photos: number;
  videos: number;
  other: number;
  trash: number;
  uploading: number;
  trash_days: number;
}

export interface SpaceItem {
  id: string;
  hash: string;
  path: string;
  size: number;
}

export interface Space {
  usage: Usage;
  largestVideos: SpaceItem[];
  duplicates: SpaceItem[][];
  /** For the local cloud, whose limit is this computer's disk: the space free on it. */
  diskFree: number | null;
}

/** A linked device (skyfolio-protocol, snake_case on the wire). */
export interface Device {
  id: string;
  name: string;
  platform: string;
  created_at: number;
  last_seen_at: number;
  last_sync_at: number | null;
  current: boolean;
}

export type FolderMode = "two-way" | "upload-only" | "download-only";

export interface LinkedFolder {
  id: number;
  path: string;
  mode: FolderMode;
  state: "ok" | "missing" | "error";
  error: string | null;
  added_at: number;
  last_scan_at: number | null;
  album: string;
}

export interface SyncStatus {
  state: "signed-out" | "idle" | "syncing" | "paused" | "error";
  uploads: number;
  downloads: number;
  failed: number;
  lastSuccessAt: number | null;
  problem: CommandError | null;
}

/** What the window reports while files are dragged over it. */
export type DragDrop =
  | { type: "over" }
  | { type: "drop"; paths: string[] }
  | { type: "leave" };
