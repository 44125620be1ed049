// The only way the page reaches what runs it: the desktop shell (`tauriBackend`, here) or, in
// any browser, the server that served the page (`httpBackend`, http.ts). Everything else in the
// UI talks to a `Backend`, so tests can hand it a fake.

import { convertFileSrc, invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { open, save } from "@tauri-apps/plugin-dialog";

import type {
  Album,
  CommandError,
  Device,
  DiagnosticsReport,
  DownloadSelection,
  DragDrop,
  FolderMode,
  Health,
  HeldAnswer,
  KindFilter,
  Language,
  LinkedFolder,
  OperationProgress,
  Preferences,
  Space,
  SyncStatus,
  TimelinePage,
  TrashEntry,
  Welcome,
} from "./types";

export type * from "./types";

/** Stops listening. */
export type Unlisten = () => void;

export interface Backend {
  /** The desktop app: watched folders, sync, the tray and this computer's settings exist. In a
   * browser they do not, and the views leave them out. */
  readonly desktop: boolean;
  welcome(): Promise<Welcome>;
  useLocalCloud(): Promise<Welcome>;
  /** `invite`: with `register`, the code the server's administrator gave, if any. */
  signIn(server: string, email: string, password: string, register: boolean, invite: string | null): Promise<Welcome>;
  signOut(keepPhotos: boolean): Promise<Welcome>;
  syncStatus(): Promise<SyncStatus>;
  syncNow(): Promise<void>;
  timeline(after: string | null, limit: number, filter: KindFilter): Promise<TimelinePage>;
  albums(): Promise<Album[]>;
  /** Starts an upload; progress arrives through `onOperation`. Answers its id. */
  upload(paths: string[], album: string | null): Promise<number>;
  /** Uploads files a person picked or dropped in a browser (`File`s, not paths), each to
   * `album/<its name or its path inside a picked folder>`; progress arrives through
   * `onOperation`. Answers the operation's id. Only where `desktop` is false. */
  uploadFiles?(files: File[], album: string | null): Promise<number>;
  download(selection: DownloadSelection, to: string): Promise<number>;
  /** Where the browser downloads the original of a cloud item from. Only where `desktop` is
   * false. */
  originalUrl?(id: string): string;
  /** Where the browser downloads a selection, an album or everything from, as ZIPs the server
   * streams: one address for most, several parts for a selection too long for one address.
   * Only where `desktop` is false. */
  archiveUrls?(selection: DownloadSelection): string[];
  pauseOperation(id: number): Promise<boolean>;
  resumeOperation(id: number): Promise<boolean>;
  cancelOperation(id: number): Promise<boolean>;
  trash(): Promise<TrashEntry[]>;
  moveToTrash(ids: string[]): Promise<number>;
  restore(ids: string[]): Promise<number>;
  deleteForever(ids: string[]): Promise<number>;
  emptyTrash(): Promise<void>;
  space(): Promise<Space>;
  devices(): Promise<Device[]>;
  unlinkDevice(id: string): Promise<void>;
  cancelUpload(id: string): Promise<void>;
  renameTwin(path: string): Promise<string>;
  folders(): Promise<LinkedFolder[]>;
  addFolder(path: string, mode: FolderMode): Promise<LinkedFolder>;
  language(): Promise<Language>;
  /** Switches the language everywhere and keeps the choice; `null` follows this computer. */
  setLanguage(language: string | null): Promise<Language>;
  setFolderMode(path: string, mode: FolderMode): Promise<LinkedFolder>;
  setFolderPaused(path: string, paused: boolean): Promise<LinkedFolder>;
  /** Stops syncing a folder; its files stay where they are. */
  removeFolder(path: string): Promise<void>;
  preferences(): Promise<Preferences>;
  setPreferences(preferences: Preferences): Promise<Preferences>;
  /** Bytes the thumbnail cache takes. */
  thumbnailCache(): Promise<number>;
  /** Empties it; answers what it takes then. */
  clearThumbnailCache(): Promise<number>;
  /** What waits, what failed and why, what is held back. */
  health(): Promise<Health>;
  /** Tries every failed file again now; answers how many. */
  retryFailed(): Promise<number>;
  /** Answers what sync held back in `folder`, as it was shown (its `fingerprint`): deletes
   * exactly those files on the other side too, or brings them back. A plan that changed since
   * it was shown is refused with `held-changed`. */
  answerHeld(folder: string, fingerprint: string, answer: HeldAnswer): Promise<Health>;
  saveDiagnostics(path: string): Promise<DiagnosticsReport>;
  /** Asks the person where to save a file; `null` when they cancel. */
  pickSaveFile(title: string, name: string): Promise<string | null>;
  /** Asks the person for photos and videos; an empty list when they cancel. */
  pickFiles(title: string): Promise<string[]>;
  /** Asks the person for a folder; `null` when they cancel. */
  pickFolder(title: string): Promise<string | null>;
  /** Where the thumbnail (256 or 1440 px) of a content is served. */
  thumbnailUrl(hash: string, size: 256 | 1440): string;
  /** Where the original of a content is served (a photo zoomed past its preview). */
  mediaUrl(hash: string): string;
  /** Where a video plays from, in ranges (known once `welcome` or a sign-in has answered). */
  videoUrl(hash: string): string;
  onSyncStatus(handler: (status: SyncStatus) => void): Promise<Unlisten>;
  onOperation(handler: (progress: OperationProgress) => void): Promise<Unlisten>;
  onTimelineChanged(handler: () => void): Promise<Unlisten>;
  onDragDrop(handler: (event: DragDrop) => void): Promise<Unlisten>;
  /** The language changed (here or from the tray). */
  onLanguage(handler: (language: Language) => void): Promise<Unlisten>;
}

/** Turns anything a call rejected with into a `CommandError`. */
export function asCommandError(error: unknown): CommandError {
  if (typeof error === "object" && error !== null && "code" in error) {
    const { code, message } = error as { code: unknown; message?: unknown };
    if (typeof code === "string") {
      return { code, message: typeof message === "string" ? message : "" };
    }
  }
  return { code: "unknown", message: String(error) };
}

/** Where videos play from, as the last `Welcome` said. */
let videoBase: string | null = null;

/** Notes where videos play from and passes the answer on. */
async function welcomed(answer: Promise<Welcome>): Promise<Welcome> {
  const welcome = await answer;
  videoBase = welcome.videoBase;
  return welcome;
}

/** The real backend: Tauri commands and events, the dialog plugin, the picture schemes. */
export const tauriBackend: Backend = {
  desktop: true,
  welcome: () => welcomed(invoke("welcome")),
  useLocalCloud: () => welcomed(invoke("use_local_cloud")),
  signIn: (server, email, password, register, invite) =>
    welcomed(invoke("sign_in", { server, email, password, register, invite })),
  signOut: (keepPhotos) => welcomed(invoke("sign_out", { keepPhotos })),
  syncStatus: () => invoke("sync_status"),
  syncNow: () => invoke("sync_now"),
  timeline: (after, limit, filter) => invoke("timeline", { after, limit, filter }),
  albums: () => invoke("albums"),
  upload: (paths, album) => invoke("upload", { paths, album }),
  download: (selection, to) => invoke("download", { selection, to }),
  pauseOperation: (id) => invoke("pause_operation", { id }),
  resumeOperation: (id) => invoke("resume_operation", { id }),
  cancelOperation: (id) => invoke("cancel_operation", { id }),
  trash: () => invoke("trash"),
  moveToTrash: (ids) => invoke("move_to_trash", { ids }),
  restore: (ids) => invoke("restore", { ids }),
  deleteForever: (ids) => invoke("delete_forever", { ids }),
  emptyTrash: () => invoke("empty_trash"),
  space: () => invoke("space"),
  devices: () => invoke("devices"),
  unlinkDevice: (id) => invoke("unlink_device", { id }),
  cancelUpload: (id) => invoke("cancel_upload", { id }),
  renameTwin: (path) => invoke("rename_twin", { path }),
  folders: () => invoke("folders"),
  addFolder: (path, mode) => invoke("add_folder", { path, mode }),
  setFolderMode: (path, mode) => invoke("set_folder_mode", { path, mode }),
  setFolderPaused: (path, paused) => invoke("set_folder_paused", { path, paused }),
  removeFolder: (path) => invoke("remove_folder", { path }),
  preferences: () => invoke("preferences"),
  setPreferences: (preferences) => invoke("set_preferences", { preferences }),
  thumbnailCache: () => invoke("thumbnail_cache"),
  clearThumbnailCache: () => invoke("clear_thumbnail_cache"),
  health: () => invoke("health"),
  retryFailed: () => invoke("retry_failed"),
  answerHeld: (folder, fingerprint, answer) => invoke("answer_held", { folder, fingerprint, answer }),
  saveDiagnostics: (path) => invoke("save_diagnostics", { path }),
  async pickSaveFile(title, name) {
    const picked = await save({ title, defaultPath: name, filters: [{ name, extensions: ["zip"] }] });
    return typeof picked === "string" ? picked : null;
  },
  language: () => invoke("language"),
  setLanguage: (language) => invoke("set_language", { language }),
  async pickFiles(title) {
    const picked = await open({
      multiple: true,
      directory: false,
      title,
      filters: [
        {
          name: title,
          extensions: [
            "jpg", "jpeg", "png", "gif", "webp", "tif", "tiff", "bmp", "heic", "heif", "avif",
            "mp4", "mov", "3gp", "mkv", "webm",
          ],
        },
      ],
    });
    if (Array.isArray(picked)) return picked;
    return typeof picked === "string" ? [picked] : [];
  },
  async pickFolder(title) {
    const picked = await open({ directory: true, multiple: false, title });
    return typeof picked === "string" ? picked : null;
  },
  thumbnailUrl: (hash, size) => convertFileSrc(`${hash}/${size}`, "thumb"),
  mediaUrl: (hash) => convertFileSrc(hash, "media"),
  // WebKitGTK's player cannot read a custom scheme: videos come from the shell's loopback
  // address, the `media` scheme only when that did not start.
  videoUrl: (hash) => (videoBase ? `${videoBase}/${hash}` : convertFileSrc(hash, "media")),
  onSyncStatus: (handler) => listen<SyncStatus>("sync-status", (e) => handler(e.payload)),
  onOperation: (handler) => listen<OperationProgress>("operation", (e) => handler(e.payload)),
  onTimelineChanged: (handler) => listen("timeline-changed", () => handler()),
  onLanguage: (handler) => listen<Language>("language-changed", (e) => handler(e.payload)),
  onDragDrop: (handler) =>
    getCurrentWebview().onDragDropEvent((event) => {
      const payload = event.payload;
      if (payload.type === "drop") handler({ type: "drop", paths: payload.paths });
      else if (payload.type === "leave") handler({ type: "leave" });
      else handler({ type: "over" });
    }),
};
