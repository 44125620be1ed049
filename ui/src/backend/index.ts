// The only way the page reaches what runs it: the desktop shell (`tauriBackend`, tauri.ts, loaded
// only in its window) or, in any browser, the server that served the page (`httpBackend`,
// http.ts). Everything else in the UI talks to a `Backend`, so tests can hand it a fake.

import type {
  Album,
  AvailableUpdate,
  CameraStorage,
  DeviceSpace,
  CommandError,
  Device,
  DiagnosticsReport,
  DownloadSelection,
  DragDrop,
  FolderMode,
  FreeChoice,
  Health,
  HeldAnswer,
  KindFilter,
  Language,
  LinkedFolder,
  OperationProgress,
  PhoneAccess,
  Preferences,
  SavedReport,
  Space,
  SyncStatus,
  TakeoutReport,
  TakeoutReview,
  TakeoutStarted,
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
  /** Whether phones on this network reach this computer's local cloud; while they do, with a
   * fresh one-time sign-in (`pairing`) for one of them. Only in the desktop app, on a local
   * cloud. */
  phoneAccess?(): Promise<PhoneAccess>;
  /** Opens the local cloud to this network (`on`) or closes it again; answers as
   * `phoneAccess`. */
  setPhoneAccess?(on: boolean): Promise<PhoneAccess>;
  /** Makes a new sign-in code for a phone (the one shown before stops working); answers as
   * `phoneAccess`. */
  newPairing?(): Promise<PhoneAccess>;
  /** In a browser opened from a computer's sign-in code (`#pair=…`): why that code did not sign
   * it in, until the next sign-in or sign-out; `null` when there is nothing to tell. */
  readonly pairingProblem?: CommandError | null;
  /** Camera cards and phones with a DCIM folder mounted now. Only in the desktop app. */
  cameraStorage?(): Promise<CameraStorage[]>;
  /** Starts backing up a phone or card (only what the cloud lacks); answers the operation. */
  importDevice?(path: string): Promise<number>;
  /** What freeing a phone or card would remove: what the cloud confirms it holds. */
  deviceSpace?(path: string): Promise<DeviceSpace>;
  /** Removes from a phone or card exactly what the cloud confirms it holds. */
  freeDevice?(path: string): Promise<DeviceSpace>;
  /** Asks the person for a Google Takeout's zip parts; an empty list when they cancel. */
  pickTakeout?(title: string): Promise<string[]>;
  /** What a Takeout holds, from its names and JSON alone. */
  reviewTakeout?(paths: string[]): Promise<TakeoutReview>;
  /** Starts importing a Takeout; answers the operation and its report's name and file. */
  importTakeout?(paths: string[]): Promise<TakeoutStarted>;
  /** Brings a file a cloud drive keeps online only (`online-only`) onto this computer, so that
   * sync takes it. Only in the desktop app. */
  keepHere?(path: string): Promise<void>;
  /** The reports of earlier Takeout imports, newest first. */
  takeoutReports?(): Promise<SavedReport[]>;
  /** The report of an ended Takeout import: every item and what became of it. */
  takeoutReport?(name: string): Promise<TakeoutReport>;
  /** What freeing space in a backup folder would remove: its files the cloud confirms. */
  folderSpace?(path: string, choice: FreeChoice): Promise<DeviceSpace>;
  /** Removes from a backup folder, through the OS trash, the files the cloud confirms. */
  freeFolder?(path: string, choice: FreeChoice): Promise<DeviceSpace>;
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
  /** A newer version of the desktop app found since it started. */
  onUpdate?(handler: (found: AvailableUpdate) => void): Promise<Unlisten>;
  /** A newer version of the desktop app found and not installed yet. */
  updateAvailable?(): Promise<AvailableUpdate | null>;
  /** Installs the newer version found (its signature verified) and restarts into it. */
  installUpdate?(): Promise<void>;
  onDragDrop(handler: (event: DragDrop) => void): Promise<Unlisten>;
  /** The language changed (here or from the tray). */
  onLanguage(handler: (language: Language) => void): Promise<Unlisten>;
}

export { asCommandError, codeOf } from "./wire";
