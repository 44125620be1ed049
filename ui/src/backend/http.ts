// The backend of the page in a browser: the server that served it, over its HTTP API, signed in
// by a session cookie the page never sees. Photos, albums, the recycle bin, storage, devices and
// uploads work as on the desktop; what belongs to a computer (watched folders, sync, the tray,
// diagnostics) is not here, and the views leave it out (`desktop: false`).

import type { Backend, Unlisten } from "./index";
import type {
  Album,
  CommandError,
  Device,
  DownloadSelection,
  DragDrop,
  KindFilter,
  Language,
  OperationProgress,
  Space,
  SpaceItem,
  SyncStatus,
  TimelineItem,
  TimelinePage,
  TrashEntry,
  Welcome,
} from "./types";
import { listenForDrops } from "./drop";
import { HashWorker } from "./hash";
import { BrowserUploads } from "./uploads";
import {
  API,
  ask,
  askJson,
  asCommandError,
  type DeviceList,
  type Fetch,
  type MediaItem,
  type MediaPage,
  type UploadList,
  type Usage,
  type WebSession,
} from "./wire";

/** Where the person's language is kept in this browser. */
export const LANGUAGE_KEY = "skyfolio-language";
/** Photo files every browser draws itself; others are shown from a JPEG the server makes. */
const DRAWABLE = /\.(jpe?g|png|gif|webp|avif|bmp|svg)$/i;

/** A computer's one-time sign-in code, as its QR code opens this page: `#pair=<code>`. */
const PAIR_FRAGMENT = /^#pair=([A-Za-z0-9_-]{16,128})$/;

/** Items in one ZIP of a selection: their ids fit in the server's longest address (8 KiB). */
const ARCHIVE_IDS = 200;

/** Items asked for at once when the whole library is read (albums, storage). */
const WHOLE_PAGE = 1000;
/** Bytes per upload request. */
export const CHUNK_SIZE = 8 * 1024 * 1024;
const DAY_MS = 86_400_000;
/** The largest videos the storage page lists, as on the desktop. */
const LARGEST_SHOWN = 20;

export interface HttpOptions {
  fetch?: Fetch;
  /** Keeps the language and uploads in progress; `null` keeps nothing. */
  storage?: Storage | null;
  /** Every language the page ships, English first. */
  languages?: string[];
  /** The browser's languages, best first. */
  preferred?: readonly string[];
  hash?: (file: Blob, progress?: (done: number) => void) => Promise<string>;
  chunkSize?: number;
  wait?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Where drops are listened for. */
  document?: Document | null;
  /** The page's address, where a computer's sign-in code arrives (`#pair=<code>`); `null`:
   * none. */
  location?: Location | null;
  /** Takes that code out of the address. */
  history?: History | null;
}

function idle(): SyncStatus {
  return { state: "idle", uploads: 0, downloads: 0, failed: 0, held: 0, leftOut: 0, problems: 0, lastSuccessAt: null, problem: null, progress: null, said: { id: "sync-up-to-date", args: {} } };
}

/** A request only the desktop app can answer. */
function desktopOnly(what: string): Promise<never> {
  return Promise.reject({ code: "desktop-only", message: `${what} is only in the desktop app` } satisfies CommandError);
}

/** The language of `preferred` the page has: the same tag, else the same language. */
export function matchLanguage(preferred: readonly string[], available: readonly string[]): string {
  for (const tag of preferred) {
    const exact = available.find((a) => a.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const base = tag.split("-")[0]?.toLowerCase();
    const near = available.find((a) => a.split("-")[0]?.toLowerCase() === base);
    if (near) return near;
  }
  return available[0] ?? "en-US";
}

export class HttpBackend implements Backend {
  readonly desktop = false;
  private readonly fetcher: Fetch;
  private readonly storage: Storage | null;
  private readonly languages: string[];
  private readonly preferred: readonly string[];
  private readonly now: () => number;
  private readonly uploads: BrowserUploads;
  private readonly document: Document | null;
  private readonly location: Location | null;
  private readonly history: History | null;
  /** Why the sign-in code this page was opened with did not sign it in. */
  pairingProblem: CommandError | null = null;
  /** The cloud item of each content shown, for its picture's address. */
  private readonly ids = new Map<string, string>();
  /** Contents whose photo a browser cannot draw (HEIC, TIFF, raw): shown from the server's
   * full-size JPEG. */
  private readonly undrawable = new Set<string>();
  private readonly handlers = {
    operation: new Set<(progress: OperationProgress) => void>(),
    sync: new Set<(status: SyncStatus) => void>(),
    timeline: new Set<() => void>(),
    language: new Set<(language: Language) => void>(),
  };

  constructor(options: HttpOptions = {}) {
    const fetcher: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
    // A session that ends (it expired, or this browser was unlinked from another device) is
    // heard as sync signing out, so the page goes back to signing in.
    this.fetcher = async (input, init) => {
      const response = await fetcher(input, init);
      if (response.status === 401 && !input.startsWith(`${API}/web/`)) this.sessionEnded();
      return response;
    };
    this.storage = options.storage === undefined ? (typeof localStorage === "undefined" ? null : localStorage) : options.storage;
    this.languages = options.languages ?? ["en-US"];
    this.preferred = options.preferred ?? (typeof navigator === "undefined" ? [] : navigator.languages);
    this.now = options.now ?? Date.now;
    this.document = options.document === undefined ? (typeof document === "undefined" ? null : document) : options.document;
    this.location = options.location === undefined ? (typeof location === "undefined" ? null : location) : options.location;
    this.history = options.history === undefined ? (typeof history === "undefined" ? null : history) : options.history;
    const hasher = options.hash ?? ((worker) => (file: Blob, progress?: (done: number) => void) => worker.hash(file, progress))(new HashWorker());
    this.uploads = new BrowserUploads({
      fetch: this.fetcher,
      hash: hasher,
      store: this.storage,
      chunkSize: options.chunkSize ?? CHUNK_SIZE,
      tries: 6,
      wait: options.wait ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      emit: (progress) => this.handlers.operation.forEach((handler) => handler(progress)),
      arrived: () => this.handlers.timeline.forEach((handler) => handler()),
    });
  }

  private get origin(): string | null {
    return this.location?.origin ?? null;
  }

  private signedOut(): Welcome {
    return { signedIn: false, server: this.origin, email: null, deviceName: null, localCloud: false, videoBase: null };
  }

  private signedInAs(session: WebSession): Welcome {
    return {
      signedIn: true,
      server: this.origin,
      email: session.account.email,
      deviceName: session.device.name,
      localCloud: false,
      videoBase: null,
    };
  }

  // Signing in

  /** Signed in by the session cookie, or first by the one-time code a computer's QR code put in
   * the address (`#pair=<code>`; a refused code is told in `pairingProblem`). */
  async welcome(): Promise<Welcome> {
    this.pairingProblem = null;
    const code = this.takePairingCode();
    if (code !== null) {
      try {
        return this.signedInAs(await askJson<WebSession>(this.fetcher, "POST", "/web/pair", { json: { code } }));
      } catch (error) {
        // Used or expired (`invalid-credentials`), or not answered: the page signs in as usual,
        // unless this browser still has a session.
        this.pairingProblem = asCommandError(error);
      }
    }
    let session: WebSession;
    try {
      session = await askJson<WebSession>(this.fetcher, "GET", "/web/session");
    } catch (error) {
      if (asCommandError(error).code === "unauthorized") return this.signedOut();
      throw error;
    }
    this.pairingProblem = null;
    return this.signedInAs(session);
  }

  /** The sign-in code in the page's address, taken out of it at once (so that it is not kept in
   * the history, bookmarked or shared); `null` when there is none. A malformed one is refused
   * like a used one. */
  private takePairingCode(): string | null {
    const hash = this.location?.hash ?? "";
    if (!hash.startsWith("#pair=")) return null;
    const { pathname, search } = this.location as Location;
    this.history?.replaceState(this.history.state, "", `${pathname}${search}`);
    const code = PAIR_FRAGMENT.exec(hash)?.[1];
    if (code !== undefined) return code;
    this.pairingProblem = { code: "invalid-credentials", message: "not a sign-in code" };
    return null;
  }

  useLocalCloud(): Promise<Welcome> {
    return desktopOnly("a local cloud");
  }

  /** `server` is the page's own: a browser signs in where it came from. */
  async signIn(_server: string, email: string, password: string, register: boolean, invite: string | null): Promise<Welcome> {
    await ask(this.fetcher, "POST", "/web/session", { json: { email, password, register, invite } });
    return this.welcome();
  }

  /** A browser keeps no photos: signing out only ends the session. */
  async signOut(_keepPhotos: boolean): Promise<Welcome> {
    await ask(this.fetcher, "DELETE", "/web/session");
    this.pairingProblem = null;
    this.ids.clear();
    return this.signedOut();
  }

  // Photos

  private item(media: MediaItem): TimelineItem | null {
    if (media.kind === "other") return null;
    this.ids.set(media.hash, media.id);
    if (media.kind === "photo" && !DRAWABLE.test(media.path)) this.undrawable.add(media.hash);
    return {
      hash: media.hash,
      kind: media.kind,
      sortTime: media.sort_time,
      takenAt: media.taken_at,
      width: media.width,
      height: media.height,
      durationMs: media.duration_ms,
      size: media.size,
      place: "cloud",
      localPath: null,
      remoteId: media.id,
      name: media.path,
      camera: null,
      latitude: null,
      longitude: null,
      transfer: null,
    };
  }

  /** Pages of the server's timeline (newest first); the photos/videos filter is applied here,
   * asking on until a page has something to show or the timeline ends. */
  async timeline(after: string | null, limit: number, filter: KindFilter): Promise<TimelinePage> {
    let cursor = after;
    for (;;) {
      const query = new URLSearchParams({ limit: String(Math.max(1, Math.min(limit, WHOLE_PAGE))) });
      if (cursor !== null) query.set("cursor", cursor);
      const page = await askJson<MediaPage>(this.fetcher, "GET", `/media?${query}`);
      const items = page.items
        .map((media) => this.item(media))
        .filter((item): item is TimelineItem => item !== null)
        .filter((item) => filter === "all" || (filter === "photos" ? item.kind === "photo" : item.kind === "video"));
      if (items.length > 0 || page.next === null) return { items, next: page.next };
      cursor = page.next;
    }
  }

  /** Every item of a listing, page after page. */
  private async everything(path: "/media" | "/trash"): Promise<MediaItem[]> {
    const all: MediaItem[] = [];
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({ limit: String(WHOLE_PAGE) });
      if (cursor !== null) query.set("cursor", cursor);
      const page: MediaPage = await askJson<MediaPage>(this.fetcher, "GET", `${path}?${query}`);
      for (const media of page.items) this.ids.set(media.hash, media.id);
      all.push(...page.items);
      cursor = page.next;
    } while (cursor !== null);
    return all;
  }

  /** The cloud's top folders (`""`: items at the top), by name, each with its newest item. */
  async albums(): Promise<Album[]> {
    const albums = new Map<string, { count: number; newest: number; cover: string }>();
    for (const media of await this.everything("/media")) {
      const slash = media.path.indexOf("/");
      const name = slash < 0 ? "" : media.path.slice(0, slash);
      const album = albums.get(name) ?? { count: 0, newest: -Infinity, cover: media.hash };
      album.count += 1;
      if (media.sort_time > album.newest) {
        album.newest = media.sort_time;
        album.cover = media.hash;
      }
      albums.set(name, album);
    }
    return [...albums.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, { count, cover }]) => ({ name, count, cover }));
  }

  // The recycle bin

  async trash(): Promise<TrashEntry[]> {
    const [items, usage] = await Promise.all([this.everything("/trash"), askJson<Usage>(this.fetcher, "GET", "/usage")]);
    const now = this.now();
    return items.map((media) => {
      const goneAt = (media.trashed_at ?? now) + usage.trash_days * DAY_MS;
      return {
        id: media.id,
        hash: media.hash,
        path: media.path,
        kind: media.kind,
        size: media.size,
        trashedAt: media.trashed_at,
        daysLeft: Math.max(0, Math.ceil((goneAt - now) / DAY_MS)),
      };
    });
  }

  /** Does `act` to each id; answers how many it did. The first refusal stops it. */
  private async each(ids: string[], act: (id: string) => Promise<unknown>): Promise<number> {
    let done = 0;
    for (const id of ids) {
      await act(id);
      done += 1;
    }
    return done;
  }

  moveToTrash(ids: string[]): Promise<number> {
    return this.each(ids, (id) => ask(this.fetcher, "DELETE", `/media/${encodeURIComponent(id)}`));
  }

  restore(ids: string[]): Promise<number> {
    return this.each(ids, (id) => ask(this.fetcher, "POST", `/trash/${encodeURIComponent(id)}/restore`));
  }

  deleteForever(ids: string[]): Promise<number> {
    return this.each(ids, (id) => ask(this.fetcher, "DELETE", `/trash/${encodeURIComponent(id)}`));
  }

  async emptyTrash(): Promise<void> {
    await ask(this.fetcher, "DELETE", "/trash");
  }

  // Storage and devices

  async space(): Promise<Space> {
    const [usage, uploads, items] = await Promise.all([
      askJson<Usage>(this.fetcher, "GET", "/usage"),
      askJson<UploadList>(this.fetcher, "GET", "/uploads"),
      this.everything("/media"),
    ]);
    const entry = (media: MediaItem): SpaceItem => ({ id: media.id, hash: media.hash, path: media.path, size: media.size });
    const byPath = (a: MediaItem, b: MediaItem) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const largestVideos = items
      .filter((media) => media.kind === "video")
      .sort((a, b) => b.size - a.size || byPath(a, b))
      .slice(0, LARGEST_SHOWN)
      .map(entry);
    const byHash = new Map<string, MediaItem[]>();
    for (const media of items) byHash.set(media.hash, [...(byHash.get(media.hash) ?? []), media]);
    const duplicates = [...byHash.values()]
      .filter((group) => group.length > 1)
      .map((group) => group.sort(byPath).map(entry))
      .sort((a, b) => (b[0]?.size ?? 0) - (a[0]?.size ?? 0));
    return { usage, largestVideos, duplicates, diskFree: null, uploading: uploads.uploads };
  }

  async devices(): Promise<Device[]> {
    return (await askJson<DeviceList>(this.fetcher, "GET", "/devices")).devices;
  }

  async unlinkDevice(id: string): Promise<void> {
    await ask(this.fetcher, "DELETE", `/devices/${encodeURIComponent(id)}`);
  }

  async cancelUpload(id: string): Promise<void> {
    await ask(this.fetcher, "DELETE", `/uploads/${encodeURIComponent(id)}`);
    this.uploads.forget(id);
  }

  // Uploads and downloads

  upload(_paths: string[], _album: string | null): Promise<number> {
    return desktopOnly("uploading by path");
  }

  async uploadFiles(files: File[], album: string | null): Promise<number> {
    return this.uploads.start(files, album);
  }

  download(): Promise<number> {
    return desktopOnly("downloading to a folder");
  }

  originalUrl(id: string): string {
    return `${API}/media/${encodeURIComponent(id)}/original`;
  }

  archiveUrls(selection: DownloadSelection): string[] {
    switch (selection.kind) {
      case "all":
        return [`${API}/archive?all=true`];
      case "album":
        return [`${API}/archive?album=${encodeURIComponent(selection.name)}`];
      case "items": {
        const urls = [];
        for (let start = 0; start < selection.ids.length; start += ARCHIVE_IDS) {
          const ids = selection.ids.slice(start, start + ARCHIVE_IDS).map(encodeURIComponent);
          urls.push(`${API}/archive?ids=${ids.join(",")}`);
        }
        return urls;
      }
    }
  }

  async pauseOperation(id: number): Promise<boolean> {
    return this.uploads.pause(id);
  }

  async resumeOperation(id: number): Promise<boolean> {
    return this.uploads.resume(id);
  }

  async cancelOperation(id: number): Promise<boolean> {
    return this.uploads.cancel(id);
  }

  // Pictures: same-origin addresses, which the session cookie opens.

  private itemUrl(hash: string, what: string): string {
    const id = this.ids.get(hash);
    return id === undefined ? "" : `${API}/media/${encodeURIComponent(id)}/${what}`;
  }

  thumbnailUrl(hash: string, size: 256 | 1440): string {
    const url = this.itemUrl(hash, "thumbnail");
    return url && `${url}?size=${size}`;
  }

  mediaUrl(hash: string): string {
    return this.itemUrl(hash, this.undrawable.has(hash) ? "rendition" : "original");
  }

  videoUrl(hash: string): string {
    return this.itemUrl(hash, "original");
  }

  // The language, kept in this browser

  async language(): Promise<Language> {
    const system = matchLanguage(this.preferred, this.languages);
    const kept = this.storage?.getItem(LANGUAGE_KEY) ?? null;
    const chosen = kept !== null && this.languages.includes(kept) ? kept : null;
    const current = chosen ?? system;
    return { current, chosen, system, available: [...this.languages], rightToLeft: current === "ar" || current.startsWith("ar-") };
  }

  async setLanguage(language: string | null): Promise<Language> {
    if (language === null) this.storage?.removeItem(LANGUAGE_KEY);
    else if (this.languages.includes(language)) this.storage?.setItem(LANGUAGE_KEY, language);
    else throw { code: "invalid-setting", message: `no language ${language}` } satisfies CommandError;
    const now = await this.language();
    this.handlers.language.forEach((handler) => handler(now));
    return now;
  }

  // Events

  private listen<T>(set: Set<T>, handler: T): Promise<Unlisten> {
    set.add(handler);
    return Promise.resolve(() => void set.delete(handler));
  }

  onOperation(handler: (progress: OperationProgress) => void): Promise<Unlisten> {
    return this.listen(this.handlers.operation, handler);
  }

  onTimelineChanged(handler: () => void): Promise<Unlisten> {
    return this.listen(this.handlers.timeline, handler);
  }

  onLanguage(handler: (language: Language) => void): Promise<Unlisten> {
    return this.listen(this.handlers.language, handler);
  }

  async onDragDrop(handler: (event: DragDrop) => void): Promise<Unlisten> {
    return this.document ? listenForDrops(this.document, handler) : () => undefined;
  }

  /** A browser does not sync: the only status it tells is that the session ended. */
  onSyncStatus(handler: (status: SyncStatus) => void): Promise<Unlisten> {
    return this.listen(this.handlers.sync, handler);
  }

  private sessionEnded(): void {
    this.ids.clear();
    const status: SyncStatus = { ...idle(), state: "signed-out", said: { id: "sync-signed-out", args: {} } };
    this.handlers.sync.forEach((handler) => handler(status));
  }

  // What only the desktop app has

  async syncStatus(): Promise<SyncStatus> {
    return idle();
  }
  async syncNow(): Promise<void> {}
  renameTwin = () => desktopOnly("renaming a twin");
  async folders() {
    return [];
  }
  addFolder = () => desktopOnly("watched folders");
  setFolderMode = () => desktopOnly("watched folders");
  setFolderPaused = () => desktopOnly("watched folders");
  removeFolder = () => desktopOnly("watched folders");
  preferences = () => desktopOnly("this computer's preferences");
  setPreferences = () => desktopOnly("this computer's preferences");
  async thumbnailCache() {
    return 0;
  }
  async clearThumbnailCache() {
    return 0;
  }
  health = () => desktopOnly("sync health");
  retryFailed = () => desktopOnly("sync health");
  answerHeld = () => desktopOnly("sync health");
  saveDiagnostics = () => desktopOnly("diagnostics");
  async pickSaveFile() {
    return null;
  }
  async pickFiles() {
    return [];
  }
  async pickFolder() {
    return null;
  }
}
