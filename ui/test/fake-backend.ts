// A backend in memory, for the UI's tests: it answers like the shell, records what it was
// asked, and lets a test fire the shell's events.

import type {
  AvailableUpdate,
  Backend,
  CameraStorage,
  CommandError,
  DeviceSpace,
  DragDrop,
  FolderMode,
  Health,
  HeldAnswer,
  Language,
  LinkedFolder,
  Preferences,
  OperationProgress,
  Pairing,
  PhoneAccess,
  SyncStatus,
  FreeChoice,
  SavedReport,
  TakeoutReport,
  TakeoutReview,
  TakeoutStarted,
  TimelineItem,
  TrashEntry,
  Welcome,
} from "../src/backend";

/** A QR code's drawing as the shell sends it: a version 1 code (21 modules and a quiet zone of
 * 4), its three finder patterns and modules that change with `seed`, one unit each. */
function qrPath(seed: number): string {
  const finder = (x: number, y: number) => `M${x} ${y}h7v1h-7zM${x} ${y + 6}h7v1h-7zM${x} ${y + 1}h1v5h-1zM${x + 6} ${y + 1}h1v5h-1zM${x + 2} ${y + 2}h3v3h-3z`;
  let path = finder(4, 4) + finder(18, 4) + finder(4, 18);
  let state = seed * 7919 + 17;
  for (let y = 4; y < 25; y += 1) {
    for (let x = 4; x < 25; x += 1) {
      const inFinder = (x < 12 && y < 12) || (x > 16 && y < 12) || (x < 12 && y > 16);
      // xorshift32: a module dark or light, the same for the same seed.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      if (!inFinder && (state & 1) === 0) path += `M${x} ${y}h1v1h-1z`;
    }
  }
  return path;
}

export function item(n: number, day: string, extra: Partial<TimelineItem> = {}): TimelineItem {
  const hash = n.toString(16).padStart(64, "0");
  return {
    hash,
    kind: "photo",
    sortTime: Date.parse(`${day}T12:00:00Z`) - n * 1000,
    takenAt: `${day}T12:00:00`,
    width: 4000,
    height: 3000,
    durationMs: null,
    size: 3_000_000,
    place: "both",
    localPath: `/photos/IMG_${n}.jpg`,
    remoteId: `r${n}`,
    name: `Trip/IMG_${n}.jpg`,
    camera: "Canon EOS 7D",
    latitude: null,
    longitude: null,
    transfer: null,
    ...extra,
  };
}

type Handler<T> = (value: T) => void;

export class FakeBackend implements Backend {
  /** The desktop app, or (false) the page in a browser. */
  desktop = true;
  signedIn = false;
  items: TimelineItem[] = [];
  trashEntries: TrashEntry[] = [];
  calls: { name: string; args: unknown[] }[] = [];
  pickedFolder: string | null = "/home/anna/Downloads";
  /** The disk's free space the space page reports (set for a local cloud). */
  diskFree: number | null = null;
  pickedFiles: string[] = [];
  private readonly handlers = {
    sync: [] as Handler<SyncStatus>[],
    operation: [] as Handler<OperationProgress>[],
    timeline: [] as Handler<void>[],
    drop: [] as Handler<DragDrop>[],
    language: [] as Handler<Language>[],
  };
  linkedFolders: LinkedFolder[] = [];
  prefs: Preferences = {
    closeToTray: true,
    startAtLogin: false,
    notifications: true,
    transfers: 4,
    uploadLimit: null,
    downloadLimit: null,
    deletions: "ask",
  };
  cacheBytes = 12_500_000;
  healthNow: Health = {
    signedIn: { server: "https://photos.example.org", email: "anna@example.org", deviceName: "Laptop" },
    paused: false,
    lastSuccessAt: 1.7e12,
    lastPassAt: 1.7e12,
    pending: { uploads: 0, downloads: 0, other: 0, settling: 0 },
    failed: [],
    folders: [],
  };
  savedTo: string | null = "/home/anna/skyfolio-diagnostics.zip";
  /** This computer is its own cloud (a local cloud). */
  localCloud = false;
  /** Phones on this network reach the local cloud, at these addresses. */
  phoneOn = false;
  phoneAddresses = ["http://192.168.1.20:47470", "http://[fd12:3456:789a::20]:47470"];
  /** How long a sign-in code for a phone works. */
  pairingMs = 10 * 60_000;
  /** Codes made so far. */
  pairings = 0;
  /** The next call about phones is refused with this. */
  phoneFailure: CommandError | null = null;
  /** The code that works now, if any. */
  pairing: Pairing | null = null;
  /** In a browser: why the code the page was opened with did not sign it in. */
  pairingProblem: CommandError | null = null;
  /** This computer's language, and the one chosen in Settings. */
  systemLanguage = "en-US";
  chosenLanguage: string | null = null;

  private record(name: string, ...args: unknown[]): void {
    this.calls.push({ name, args });
  }

  called(name: string): unknown[][] {
    return this.calls.filter((c) => c.name === name).map((c) => c.args);
  }

  private welcomeNow(local = false): Welcome {
    return {
      signedIn: this.signedIn,
      server: this.signedIn ? "http://127.0.0.1:9" : null,
      email: this.signedIn ? "owner@this-computer.local" : null,
      deviceName: this.signedIn ? "Laptop" : null,
      localCloud: this.signedIn && (local || this.localCloud),
      videoBase: "http://127.0.0.1:41234/secret",
    };
  }

  async welcome() {
    return this.welcomeNow();
  }
  async useLocalCloud() {
    this.record("useLocalCloud");
    this.signedIn = true;
    this.localCloud = true;
    return this.welcomeNow(true);
  }
  async signIn(server: string, email: string, password: string, register: boolean, invite: string | null) {
    this.record("signIn", server, email, password, register, invite);
    if (password === "wrong") throw { code: "invalid-credentials", message: "wrong email or password" };
    if (register && invite !== "GOOD-CODE") throw { code: "invalid-invite", message: "this invite is not valid" };
    this.signedIn = true;
    return this.welcomeNow();
  }
  async signOut(keepPhotos: boolean) {
    this.record("signOut", keepPhotos);
    this.signedIn = false;
    return this.welcomeNow();
  }
  async syncStatus(): Promise<SyncStatus> {
    return { state: "idle", uploads: 0, downloads: 0, failed: 0, held: 0, leftOut: 0, problems: 0, lastSuccessAt: null, problem: null, progress: null, said: { id: "sync-up-to-date", args: {} } };
  }
  async syncNow() {}
  async timeline(after: string | null, limit: number) {
    this.record("timeline", after, limit);
    const start = after === null ? 0 : Number(after);
    const items = this.items.slice(start, start + limit);
    const next = start + limit < this.items.length ? String(start + limit) : null;
    return { items, next };
  }
  async albums() {
    return [{ name: "Trip", count: this.items.length, cover: this.items[0]?.hash ?? null }];
  }
  async upload(paths: string[], album: string | null) {
    this.record("upload", paths, album);
    return 1;
  }
  /** Phones and cards mounted now. */
  cards: CameraStorage[] = [];
  /** Files the cloud confirms on each card. */
  confirmedOnCard = { files: 3, bytes: 9_000_000 };
  pickedTakeout: string[] = [];
  async cameraStorage() {
    return this.cards;
  }
  async importDevice(path: string) {
    this.record("importDevice", path);
    return 7;
  }
  async deviceSpace(path: string): Promise<DeviceSpace> {
    this.record("deviceSpace", path);
    return { ...this.confirmedOnCard, kept: [] };
  }
  async freeDevice(path: string): Promise<DeviceSpace> {
    this.record("freeDevice", path);
    return { ...this.confirmedOnCard, kept: [] };
  }
  async pickTakeout() {
    return this.pickedTakeout;
  }
  async reviewTakeout(paths: string[]): Promise<TakeoutReview> {
    this.record("reviewTakeout", paths);
    return {
      sources: [
        { path: "/home/anna/takeout-001.zip", kind: "zip", entries: 2460, error: null },
        { path: "/home/anna/takeout-003.zip", kind: "zip", entries: 0, error: { code: "bad-zip", message: "not a zip" } },
      ],
      photos: 1200, videos: 30, motionPhotos: 2, albums: 4, albumTitles: ["Rome", "Lisbon", "Kids", "Dog"],
      datedByJson: 1100, withPlace: 800, favorites: 12, archived: 1, trashed: 3, withoutSidecar: 5, bytes: 3.2e9,
      doneEarlier: 0, skipped: [],
    };
  }
  async importTakeout(paths: string[]): Promise<TakeoutStarted> {
    this.record("importTakeout", paths);
    return { id: 9, report: "Google Takeout 2026-12-06 10.00.00", path: "/home/anna/.local/share/skyfolio/reports/Google Takeout 2026-12-06 10.00.00.csv" };
  }
  /** A newer version found by the desktop app, if any. */
  update: AvailableUpdate | null = null;
  async updateAvailable(): Promise<AvailableUpdate | null> {
    return this.update;
  }
  async installUpdate(): Promise<void> {
    this.record("installUpdate");
  }
  private updateHandlers: ((found: AvailableUpdate) => void)[] = [];
  async onUpdate(handler: (found: AvailableUpdate) => void) {
    this.updateHandlers.push(handler);
    return () => undefined;
  }
  emitUpdate(found: AvailableUpdate): void {
    for (const handler of this.updateHandlers) handler(found);
  }
  async keepHere(path: string) {
    this.record("keepHere", path);
  }
  /** Reports of earlier imports. */
  savedReports: SavedReport[] = [];
  async takeoutReports(): Promise<SavedReport[]> {
    return this.savedReports;
  }
  /** The report `takeoutReport` answers. */
  report: TakeoutReport = {
    sources: [],
    rows: [],
    counts: {
      items: 0, motionVideos: 0, imported: 0, alreadyPresent: 0, failed: 0, earlier: 0, withoutSidecar: 0,
      sidecarsWithoutMedia: 0, ignored: 0, refused: 0, problems: 0, unreadableSources: 0, albums: 0, favorites: 0,
      archived: 0, trashed: 0, entries: 0, entriesByUse: {},
    },
  };
  async takeoutReport(name: string): Promise<TakeoutReport> {
    this.record("takeoutReport", name);
    return this.report;
  }
  /** Files the cloud confirms in a backup folder, by the choice asked. */
  confirmedInFolder = (choice: FreeChoice) => ({ files: choice.olderThanDays === null ? 40 : 12, bytes: 120_000_000 });
  async folderSpace(path: string, choice: FreeChoice): Promise<DeviceSpace> {
    this.record("folderSpace", path, choice);
    return { ...this.confirmedInFolder(choice), kept: [] };
  }
  async freeFolder(path: string, choice: FreeChoice): Promise<DeviceSpace> {
    this.record("freeFolder", path, choice);
    return { ...this.confirmedInFolder(choice), kept: [] };
  }
  async uploadFiles(files: File[], album: string | null) {
    this.record("uploadFiles", files.map((f) => f.name), album);
    return 1;
  }
  originalUrl(id: string) {
    return `/api/v1/media/${id}/original`;
  }
  async download(selection: unknown, to: string) {
    this.record("download", selection, to);
    return 2;
  }
  async pauseOperation(id: number) {
    this.record("pauseOperation", id);
    return true;
  }
  async resumeOperation(id: number) {
    this.record("resumeOperation", id);
    return true;
  }
  async cancelOperation(id: number) {
    this.record("cancelOperation", id);
    return true;
  }
  async trash() {
    return this.trashEntries;
  }
  async moveToTrash(ids: string[]) {
    this.record("moveToTrash", ids);
    this.items = this.items.filter((i) => !ids.includes(i.remoteId ?? ""));
    return ids.length;
  }
  async restore(ids: string[]) {
    this.record("restore", ids);
    this.trashEntries = this.trashEntries.filter((e) => !ids.includes(e.id));
    return ids.length;
  }
  async deleteForever(ids: string[]) {
    this.record("deleteForever", ids);
    this.trashEntries = this.trashEntries.filter((e) => !ids.includes(e.id));
    return ids.length;
  }
  async emptyTrash() {
    this.record("emptyTrash");
    this.trashEntries = [];
  }
  async space() {
    return {
      usage: {
        quota: 5e9, used: 2e9, photos: 1.2e9, videos: 0.6e9, other: 0, trash: 0.2e9,
        uploading: this.uploadsInProgress.reduce((sum, u) => sum + u.size, 0), trash_days: 30,
      },
      largestVideos: [{ id: "v1", hash: "f".repeat(64), path: "Trip/VID_1.mp4", size: 0.4e9 }],
      duplicates: [],
      diskFree: this.diskFree,
      uploading: this.uploadsInProgress.map((upload) => ({ ...upload })),
    };
  }
  uploadsInProgress = [
    { id: "u1", path: "Trip/VID_2.mp4", size: 0.3e9, offset: 0.1e9, device_id: "d2", device_name: "Desktop", expires_at: 1.7e12 },
  ];
  async renameTwin(path: string) {
    this.record("renameTwin", path);
    return path.replace(/(\.[^./]*)?$/, " (2)$1");
  }
  async cancelUpload(id: string) {
    this.record("cancelUpload", id);
    this.uploadsInProgress = this.uploadsInProgress.filter((u) => u.id !== id);
  }
  async devices() {
    return [
      { id: "d1", name: "Laptop", platform: "linux", created_at: 0, last_seen_at: 1.7e12, last_sync_at: 1.7e12, current: true },
      { id: "d2", name: "Desktop", platform: "windows", created_at: 0, last_seen_at: 1.7e12, last_sync_at: null, current: false },
    ];
  }
  async unlinkDevice(id: string) {
    this.record("unlinkDevice", id);
  }
  async folders() {
    return this.linkedFolders.map((folder) => ({ ...folder }));
  }
  async addFolder(path: string, mode: FolderMode) {
    this.record("addFolder", path, mode);
    const folder: LinkedFolder = { id: this.linkedFolders.length + 1, path, mode, state: "ok", error: null, addedAt: 0, lastScanAt: null, album: "", paused: false };
    this.linkedFolders.push(folder);
    return folder;
  }
  private folderAt(path: string): LinkedFolder {
    const folder = this.linkedFolders.find((f) => f.path === path);
    if (!folder) throw { code: "unknown-folder", message: `${path} is not a library folder` };
    return folder;
  }
  async setFolderMode(path: string, mode: FolderMode) {
    this.record("setFolderMode", path, mode);
    const folder = this.folderAt(path);
    folder.mode = mode;
    return { ...folder };
  }
  async setFolderPaused(path: string, paused: boolean) {
    this.record("setFolderPaused", path, paused);
    const folder = this.folderAt(path);
    folder.paused = paused;
    return { ...folder };
  }
  async removeFolder(path: string) {
    this.record("removeFolder", path);
    this.folderAt(path);
    this.linkedFolders = this.linkedFolders.filter((f) => f.path !== path);
  }
  async preferences() {
    return { ...this.prefs };
  }
  async setPreferences(preferences: Preferences) {
    this.record("setPreferences", preferences);
    if (preferences.transfers < 1 || preferences.transfers > 16) {
      throw { code: "invalid-setting", message: "the setting transfers is out of range" };
    }
    this.prefs = { ...preferences };
    return { ...this.prefs };
  }
  async thumbnailCache() {
    return this.cacheBytes;
  }
  async clearThumbnailCache() {
    this.record("clearThumbnailCache");
    this.cacheBytes = 0;
    return 0;
  }
  async health() {
    return structuredClone(this.healthNow);
  }
  async retryFailed() {
    this.record("retryFailed");
    const count = this.healthNow.failed.length;
    this.healthNow.failed = [];
    return count;
  }
  async answerHeld(folder: string, fingerprint: string, answer: HeldAnswer) {
    this.record("answerHeld", folder, fingerprint, answer);
    const held = this.healthNow.folders.find((f) => f.path === folder)?.held;
    if (!held || held.fingerprint !== fingerprint) {
      throw { code: "held-changed", message: "what waits for an answer changed since it was shown" };
    }
    for (const f of this.healthNow.folders) if (f.path === folder) f.held = null;
    return structuredClone(this.healthNow);
  }
  async saveDiagnostics(path: string) {
    this.record("saveDiagnostics", path);
    return { path, entries: ["about.json"], bytes: 20_480 };
  }
  /** A new one-time code (the one before stops working); none without an address to open. */
  private newCode(): Pairing | null {
    if (this.phoneAddresses.length === 0) return null;
    this.pairings += 1;
    const code = `q8Zt3v_N0dYk-${String(this.pairings).padStart(4, "0")}`;
    return { url: `${this.phoneAddresses[0]}/#pair=${code}`, qrPath: qrPath(this.pairings), qrSize: 29, expiresAt: Date.now() + this.pairingMs };
  }
  private phoneNow(): PhoneAccess {
    return { on: this.phoneOn, addresses: this.phoneOn ? [...this.phoneAddresses] : [], pairing: this.pairing && { ...this.pairing } };
  }
  private refusedPhone(): void {
    const failure = this.phoneFailure;
    this.phoneFailure = null;
    if (failure) throw failure;
  }
  async phoneAccess() {
    this.record("phoneAccess");
    this.refusedPhone();
    this.pairing = this.phoneOn ? this.newCode() : null;
    return this.phoneNow();
  }
  async setPhoneAccess(on: boolean) {
    this.record("setPhoneAccess", on);
    this.refusedPhone();
    this.phoneOn = on;
    this.pairing = on ? this.newCode() : null;
    return this.phoneNow();
  }
  async newPairing() {
    this.record("newPairing");
    this.refusedPhone();
    if (!this.phoneOn) throw { code: "invalid-setting", message: "phones do not reach this computer" };
    this.pairing = this.newCode();
    return this.phoneNow();
  }
  async pickSaveFile() {
    return this.savedTo;
  }
  private languageNow(): Language {
    const current = this.chosenLanguage ?? this.systemLanguage;
    return {
      current,
      chosen: this.chosenLanguage,
      system: this.systemLanguage,
      available: ["en-US", "zh-CN", "ru-RU", "es-ES", "pt-BR", "hi-IN", "id-ID", "de-DE", "fr-FR", "ar"],
      rightToLeft: current === "ar",
    };
  }
  async language() {
    return this.languageNow();
  }
  async setLanguage(language: string | null) {
    this.record("setLanguage", language);
    this.chosenLanguage = language;
    const now = this.languageNow();
    for (const handler of this.handlers.language) handler(now);
    return now;
  }
  async onLanguage(handler: Handler<Language>) {
    this.handlers.language.push(handler);
    return () => undefined;
  }
  async pickFiles() {
    return this.pickedFiles;
  }
  async pickFolder() {
    return this.pickedFolder;
  }
  thumbnailUrl(hash: string, size: 256 | 1440) {
    return `thumb://localhost/${hash}/${size}`;
  }
  mediaUrl(hash: string) {
    return `media://localhost/${hash}`;
  }
  videoUrl(hash: string) {
    return `http://127.0.0.1:41234/secret/${hash}`;
  }
  async onSyncStatus(handler: Handler<SyncStatus>) {
    this.handlers.sync.push(handler);
    return () => undefined;
  }
  async onOperation(handler: Handler<OperationProgress>) {
    this.handlers.operation.push(handler);
    return () => undefined;
  }
  async onTimelineChanged(handler: () => void) {
    this.handlers.timeline.push(handler);
    return () => undefined;
  }
  async onDragDrop(handler: Handler<DragDrop>) {
    this.handlers.drop.push(handler);
    return () => undefined;
  }

  emitSync(status: SyncStatus): void {
    for (const handler of this.handlers.sync) handler(status);
  }
  emitOperation(progress: OperationProgress): void {
    for (const handler of this.handlers.operation) handler(progress);
  }
  emitDrop(event: DragDrop): void {
    for (const handler of this.handlers.drop) handler(event);
  }
}
