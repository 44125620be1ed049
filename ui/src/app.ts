// The window: the welcome screen until this computer is signed in, then the sidebar (Photos,
// Albums, Recycle bin, Storage, Devices, Account, and how sync goes), the toolbar of the view
// (the photos/videos filter, what can be done with a selection, Add photos, Add folder), the
// view itself, the transfers panel and the drop target that covers the window while files are
// dragged over it.

import type { Backend, KindFilter, Language, OperationKind, OperationProgress, SyncStatus, TimelineItem, Welcome } from "./backend";
import type { Context, Panel, Question } from "./context";
import { describeWith } from "./context";
import { ask, notify, prompt, show } from "./dialogs";
import { FILTER, NAV } from "./ids";
import { h, replace } from "./dom";
import { Format } from "./format";
import { loadedStrings, loadStrings, type Strings } from "./i18n";
import { icon, type IconName } from "./icons";
import { Transfers } from "./transfers";
import { accountView } from "./views/account";
import { albumsView } from "./views/albums";
import { devicesView } from "./views/devices";
import { Gallery } from "./views/gallery";
import { healthView } from "./views/health";
import { settingsView } from "./views/settings";
import { storageView } from "./views/storage";
import { trashView } from "./views/trash";
import { Viewer } from "./views/viewer";
import { welcomeView } from "./views/welcome";
import { Cards, importTakeout } from "./views/onramps";
import { showTakeoutReport } from "./views/report";
import { UpdateBanner } from "./views/update";
import logoUrl from "../../icons/128x128.png";

export type Page = "photos" | "albums" | "trash" | "storage" | "devices" | "account" | "health" | "settings";

const PAGES: [Page, IconName][] = [
  ["photos", "photos"],
  ["albums", "album"],
  ["trash", "trash"],
  ["storage", "storage"],
  ["devices", "devices"],
  ["account", "account"],
  ["health", "sync"],
  ["settings", "settings"],
];

/** Pages only the desktop app has: how this computer's sync goes. */
const DESKTOP_PAGES: ReadonlySet<Page> = new Set(["health"]);

/** What an upload takes: paths on the desktop, files a browser was given. */
type ToUpload = { paths: string[] } | { files: File[] };

export class App {
  readonly context: Context;
  private welcome: Welcome | null = null;
  private page: Page = "photos";
  private gallery: Gallery | null = null;
  private viewer: Viewer | null = null;
  private filter: KindFilter = "all";
  private readonly transfers: Transfers;
  private readonly content: HTMLElement;
  private readonly toolbar: HTMLElement;
  private readonly syncLine: HTMLElement;
  private readonly nav: HTMLElement;
  private readonly dropTarget: HTMLElement;
  private readonly cards: Cards;
  private readonly update: UpdateBanner;
  private readonly shell: HTMLElement;
  private selection: TimelineItem[] = [];
  private staleTimeline = false;
  private reloadTimer: ReturnType<typeof setTimeout> | null = null;
  private lastSync: SyncStatus | null = null;
  private readonly brandName: HTMLElement;
  private readonly dropText: HTMLElement;
  /** The language last asked for: strings that arrive for an earlier one are not shown. */
  private wantedLanguage: string | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly backend: Backend,
    strings: Strings,
    locale = strings.language,
  ) {
    this.context = {
      backend,
      strings,
      format: new Format(locale),
      describe: describeWith(strings, backend.desktop),
      notify: (message, kind) => notify(this.root, message, kind),
      ask: (question: Question) => ask(this.root, this.strings, question),
      show: (panel: Panel) => show(this.root, this.strings, panel),
      prompt: (title, label, value, suggestions) => prompt(this.root, this.strings, title, label, value, suggestions),
    };
    this.transfers = new Transfers(this.context);
    this.content = h("main", { class: "content", id: "content", tabindex: "-1" });
    this.toolbar = h("header", { class: "toolbar" });
    this.syncLine = h("p", { class: "sync-line", role: "status", "aria-live": "polite" });
    this.nav = h("nav", { class: "nav" });
    this.dropText = h("p", {});
    this.dropTarget = h("div", { class: "drop-target", "aria-hidden": "true" }, h("div", { class: "drop-card" }, icon("upload", "drop-icon"), this.dropText));
    this.dropTarget.hidden = true;
    this.brandName = h("span", { class: "brand-name" });
    const sidebar = h(
      "aside",
      { class: "sidebar" },
      h("div", { class: "brand" }, h("img", { class: "brand-logo", src: logoUrl, alt: "" }), this.brandName),
      this.nav,
      this.syncLine,
    );
    this.syncLine.hidden = !backend.desktop;
    this.cards = new Cards(this.context);
    this.update = new UpdateBanner(this.context);
    this.shell = h(
      "div",
      { class: "shell" },
      sidebar,
      h("div", { class: "main" }, this.toolbar, this.update.element, this.cards.element, this.content),
    );
    this.labelFrame();
  }

  private get strings(): Strings {
    return this.context.strings;
  }

  /** The words of what stays on screen whatever the page. */
  private labelFrame(): void {
    const { strings } = this;
    document.title = strings.format("app-title");
    document.documentElement.lang = strings.language;
    this.nav.setAttribute("aria-label", strings.format("nav-label"));
    this.dropText.textContent = strings.format("drop-here");
    this.brandName.textContent = strings.format("app-title");
  }

  /** Switches every word on screen to `language` at once, mirrored for a right-to-left one
   * (once its strings are loaded, the first time it is chosen). */
  applyLanguage(language: Language): void {
    this.wantedLanguage = language.current;
    const ready = loadedStrings(language.current);
    if (ready) {
      this.switchLanguage(language, ready);
      return;
    }
    void loadStrings(language.current).then((strings) => {
      if (this.wantedLanguage === language.current) this.switchLanguage(language, strings);
    });
  }

  private switchLanguage(language: Language, strings: Strings): void {
    document.documentElement.dir = language.rightToLeft ? "rtl" : "ltr";
    if (strings === this.context.strings) return;
    this.context.strings = strings;
    this.context.format = new Format(language.current);
    this.context.describe = describeWith(strings, this.backend.desktop);
    this.labelFrame();
    this.transfers.relabel();
    this.cards.render();
    this.update.render();
    if (this.lastSync) this.showSync(this.lastSync);
    if (!this.welcome) return;
    if (!this.welcome.signedIn) {
      this.enter(this.welcome);
      return;
    }
    this.viewer?.close();
    this.staleTimeline = true;
    void this.go(this.page);
  }

  async start(): Promise<void> {
    void this.backend.onSyncStatus((status) => this.showSync(status));
    void this.backend.onOperation((progress) => this.onOperation(progress));
    void this.backend.onTimelineChanged(() => this.timelineChanged());
    void this.backend.onLanguage((language) => this.applyLanguage(language));
    void this.backend.onDragDrop((event) => {
      if (!this.welcome?.signedIn) return;
      if (event.type === "over") this.dropTarget.hidden = false;
      else this.dropTarget.hidden = true;
      if (event.type !== "drop") return;
      if (event.files && event.files.length > 0) void this.upload({ files: event.files });
      else if (event.paths.length > 0) void this.upload({ paths: event.paths });
    });
    document.addEventListener("keydown", (event) => this.onKey(event));
    let welcome: Welcome;
    try {
      welcome = await this.backend.welcome();
    } catch (error) {
      replace(this.root, h("p", { class: "form-error" }, this.context.describe(error)));
      return;
    }
    this.enter(welcome);
  }

  /** Shows the welcome screen, or the app once signed in. */
  private enter(welcome: Welcome): void {
    this.welcome = welcome;
    if (!welcome.signedIn) {
      this.gallery?.dispose();
      this.gallery = null;
      replace(this.root, welcomeView(this.context, (next) => this.enter(next)), this.root.querySelector(".notices"));
      return;
    }
    replace(this.root, this.shell, this.transfers.element, this.dropTarget, this.root.querySelector(".notices"));
    if (this.backend.desktop) void this.backend.syncStatus().then((status) => this.showSync(status)).catch(() => undefined);
    this.cards.start();
    this.update.start();
    void this.go("photos");
  }

  /** The pages there are here: a browser has no sync of its own to show. */
  private get pages(): [Page, IconName][] {
    return this.backend.desktop ? PAGES : PAGES.filter(([page]) => !DESKTOP_PAGES.has(page));
  }

  private renderNav(): void {
    replace(
      this.nav,
      ...this.pages.map(([page, name]) => {
        const button = h(
          "button",
          { class: "nav-item", type: "button", "data-page": page, "aria-current": page === this.page ? "page" : null },
          icon(name),
          h("span", {}, this.strings.format(NAV[page])),
        );
        button.addEventListener("click", () => void this.go(page));
        return button;
      }),
    );
  }

  async go(page: Page): Promise<void> {
    if (!this.backend.desktop && DESKTOP_PAGES.has(page)) page = "photos";
    this.page = page;
    this.renderNav();
    this.selection = [];
    this.renderToolbar();
    const { context } = this;
    if (page === "photos") {
      if (!this.gallery || this.staleTimeline) {
        this.gallery?.dispose();
        this.gallery = new Gallery(context, {
          open: (items, index) => this.openViewer(items, index),
          selectionChanged: (selected) => {
            this.selection = selected;
            this.renderToolbar();
          },
          trash: (selected) => void this.trashItems(selected),
        });
        this.staleTimeline = false;
        replace(this.content, this.gallery.element);
        await this.gallery.reload(this.filter);
      } else {
        replace(this.content, this.gallery.element);
      }
      return;
    }
    replace(this.content, h("p", { class: "page-loading" }, this.strings.format("page-loading")));
    let view: HTMLElement;
    switch (page) {
      case "albums":
        view = await albumsView(
          context,
          this.backend.desktop || this.backend.archiveUrls
            ? (album) => void this.download(album === null ? { kind: "all" } : { kind: "album", name: album.name })
            : null,
        );
        break;
      case "trash":
        view = await trashView(context, () => this.timelineChanged());
        break;
      case "storage":
        view = await storageView(context, () => void this.go("trash"), () => this.timelineChanged());
        break;
      case "devices":
        view = await devicesView(context);
        break;
      case "account":
        view = await accountView(context, this.welcome as Welcome, (next) => this.enter(next));
        break;
      case "settings":
        view = await settingsView(context, this.welcome, {
          switched: (language) => this.applyLanguage(language),
          account: () => void this.go("account"),
        });
        break;
      case "health":
        view = await healthView(context);
        break;
    }
    if (this.page === page) replace(this.content, view);
  }

  private renderToolbar(): void {
    const { strings } = this;
    const title = h("h1", { class: "toolbar-title" }, strings.format(NAV[this.page]));
    const parts: (HTMLElement | null)[] = [title];
    if (this.page === "photos") {
      if (this.selection.length > 0) {
        const count = h("span", { class: "selection-count" }, strings.format("selection-count", { count: this.selection.length }));
        const download = this.toolButton("selection-download", "download", () => void this.downloadSelection());
        const trash = this.toolButton("selection-trash", "trash", () => void this.trashItems(this.selection));
        const clear = this.toolButton("selection-clear", "close", () => this.gallery?.clearSelection());
        parts.push(h("div", { class: "selection-actions" }, count, download, trash, clear));
      } else {
        const filter = h("div", { class: "segmented", role: "radiogroup", "aria-label": strings.format("filter-label") });
        for (const value of ["all", "photos", "videos"] as KindFilter[]) {
          const option = h(
            "button",
            { class: "segment", type: "button", role: "radio", "aria-checked": value === this.filter ? "true" : "false" },
            strings.format(FILTER[value]),
          );
          option.addEventListener("click", () => {
            this.filter = value;
            this.renderToolbar();
            void this.gallery?.reload(value);
          });
          filter.append(option);
        }
        parts.push(filter);
      }
    }
    const actions = h(
      "div",
      { class: "toolbar-actions" },
      this.toolButton("add-photos", "plus", () => void this.addPhotos(), true),
      this.toolButton("add-folder", "folder", () => void this.addFolder()),
      ...(this.backend.desktop && this.backend.importTakeout ? [this.toolButton("add-takeout", "download", () => void this.addTakeout())] : []),
    );
    parts.push(actions);
    replace(this.toolbar, ...parts);
  }

  private toolButton(id: string, name: IconName, action: () => void, primary = false): HTMLButtonElement {
    const button = h("button", { class: primary ? "button button-primary" : "button", type: "button", "data-action": id }, icon(name), this.strings.format(id));
    button.addEventListener("click", action);
    return button;
  }

  private showSync(status: SyncStatus): void {
    // In a browser the session ended: sign in again.
    if (!this.backend.desktop) {
      if (status.state === "signed-out" && this.welcome?.signedIn) {
        this.viewer?.close();
        void this.backend.welcome().then((welcome) => this.enter(welcome), () => undefined);
      }
      return;
    }
    this.lastSync = status;
    const { strings, format } = this.context;
    // The words are the core's (the tray says the same); the page adds when it was last so.
    const { said } = status;
    const line =
      said.id === "sync-up-to-date" && status.lastSuccessAt
        ? strings.format("sync-up-to-date-at", { time: format.moment(status.lastSuccessAt) })
        : strings.has(said.id)
          ? strings.format(said.id, said.args)
          : strings.format("error-unknown");
    const attention = status.state === "error" || status.held + status.problems + status.leftOut > 0;
    replace(this.syncLine, icon(status.state === "syncing" ? "sync" : attention ? "warning" : "cloud", "sync-icon"), h("span", {}, line));
    this.syncLine.dataset.state = status.state;
  }

  private timelineChanged(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = null;
      if (this.page === "photos" && this.gallery && !this.viewer) {
        void this.gallery.reload(this.filter);
      } else {
        this.staleTimeline = true;
      }
    }, 400);
  }

  private onOperation(progress: OperationProgress): void {
    this.transfers.update(progress);
    this.cards.onOperation(progress);
    if (progress.state === "done" || progress.state === "failed") {
      const { strings } = this;
      if (progress.kind === "import") {
        this.notify(strings.format("import-finished", { count: progress.filesDone, already: progress.alreadyThere }), progress.failures.length > 0 || progress.error ? "error" : "info");
        this.timelineChanged();
      } else if (progress.kind === "upload") {
        this.notify(strings.format("upload-finished", { count: progress.filesDone }), progress.failures.length > 0 ? "error" : "info");
        this.timelineChanged();
      } else {
        this.notify(strings.format("download-finished", { count: progress.filesDone }), progress.failures.length > 0 ? "error" : "info");
      }
    }
  }

  private notify(message: string, kind: "info" | "error" = "info"): void {
    this.context.notify(message, kind);
  }

  /** Asks for an album, then uploads: what a drop or "Add photos" does. */
  async upload(what: ToUpload): Promise<void> {
    const { strings } = this;
    const count = "paths" in what ? what.paths.length : what.files.length;
    const albums = await this.backend.albums().catch(() => []);
    const album = await this.context.prompt(
      strings.format("upload-album-title", { count }),
      strings.format("upload-album-label"),
      strings.format("upload-album-default"),
      albums.map((a) => a.name).filter((n) => n !== ""),
    );
    if (album === null) return;
    try {
      let id: number;
      if ("paths" in what) id = await this.backend.upload(what.paths, album || null);
      else if (this.backend.uploadFiles) id = await this.backend.uploadFiles(what.files, album || null);
      else return;
      this.showStarted(id, "upload");
    } catch (error) {
      this.notify(this.context.describe(error), "error");
    }
  }

  private async addPhotos(): Promise<void> {
    if (!this.backend.desktop) {
      pickBrowserFiles(false, (files) => void this.upload({ files }));
      return;
    }
    const paths = await this.backend.pickFiles(this.strings.format("add-photos-dialog"));
    if (paths.length > 0) await this.upload({ paths });
  }

  /** A card for an operation just started, unless its first report came first. */
  private showStarted(id: number, kind: OperationKind): void {
    this.transfers.update({
      id,
      kind,
      state: "running",
      filesDone: 0,
      filesTotal: 0,
      bytesDone: 0,
      bytesTotal: 0,
      current: null,
      moving: [],
      failures: [],
      alreadyThere: 0,
      error: null,
      ...this.transfers.get(id),
    });
  }

  private async addTakeout(): Promise<void> {
    const started = await importTakeout(this.context);
    if (started === null) return;
    this.transfers.whenDone(started.id, "takeout-show-report", () => showTakeoutReport(this.context, started));
    this.showStarted(started.id, "import");
  }

  private async addFolder(): Promise<void> {
    if (!this.backend.desktop) {
      pickBrowserFiles(true, (files) => void this.upload({ files }));
      return;
    }
    const path = await this.backend.pickFolder(this.strings.format("add-folder-dialog"));
    if (path) await this.upload({ paths: [path] });
  }

  private async download(selection: Parameters<Backend["download"]>[0]): Promise<void> {
    if (!this.backend.desktop) {
      // A browser saves one original under its own name, and more as a ZIP the server streams.
      const only = selection.kind === "items" && selection.ids.length === 1 ? selection.ids[0] : undefined;
      if (only !== undefined) this.saveOriginal(only);
      else for (const url of this.backend.archiveUrls?.(selection) ?? []) this.saveLink(url, "");
      return;
    }
    const to = await this.backend.pickFolder(this.strings.format("download-dialog"));
    if (!to) return;
    try {
      await this.backend.download(selection, to);
    } catch (error) {
      this.notify(this.context.describe(error), "error");
    }
  }

  private async downloadSelection(): Promise<void> {
    const ids = this.selection.map((i) => i.remoteId).filter((id): id is string => id !== null);
    const local = this.selection.length - ids.length;
    if (local > 0) this.notify(this.strings.format("download-only-here", { count: local }));
    if (ids.length > 0) await this.download({ kind: "items", ids });
  }

  /** Has the browser save the original of a cloud item, under its own name. */
  private saveOriginal(id: string): void {
    const url = this.backend.originalUrl?.(id);
    if (!url) return;
    const name = (this.gallery?.loaded ?? []).find((i) => i.remoteId === id)?.name.split("/").pop() ?? "";
    this.saveLink(url, name);
  }

  /** Has the browser save what `url` answers, under `name` (or the name the server gives). */
  private saveLink(url: string, name: string): void {
    const link = h("a", { href: url, download: name, hidden: true });
    this.root.append(link);
    link.click();
    link.remove();
  }

  private async trashItems(items: readonly TimelineItem[]): Promise<void> {
    const { strings } = this;
    const ids = items.map((i) => i.remoteId).filter((id): id is string => id !== null);
    if (ids.length === 0) {
      this.notify(strings.format("trash-only-here"));
      return;
    }
    const sure = await this.context.ask({
      title: strings.format("trash-move-title", { count: ids.length }),
      body: strings.format("trash-move-body"),
      confirm: strings.format("trash-move"),
      danger: true,
    });
    if (!sure) return;
    try {
      await this.backend.moveToTrash(ids);
      this.notify(strings.format("trash-moved", { count: ids.length }));
      this.gallery?.clearSelection();
      // Someone who went to the recycle bin before the move was done sees it there now.
      if (this.page === "trash") void this.go("trash");
      if (this.viewer) {
        const remaining = (this.gallery?.loaded ?? []).filter((i) => !ids.includes(i.remoteId ?? ""));
        this.viewer.update(remaining);
      }
      this.timelineChanged();
    } catch (error) {
      this.notify(this.context.describe(error), "error");
    }
  }

  private openViewer(items: readonly TimelineItem[], index: number): void {
    this.viewer = new Viewer(this.context, items, index, {
      more: async () => {
        await this.gallery?.loadMore();
        return this.gallery?.loaded ?? items;
      },
      closed: (position) => {
        this.viewer = null;
        this.gallery?.focusTile(position);
        if (this.staleTimeline) {
          this.staleTimeline = false;
          void this.gallery?.reload(this.filter);
        }
      },
      trash: (item) => void this.trashItems([item]),
      download: (item) => {
        if (item.remoteId) void this.download({ kind: "items", ids: [item.remoteId] });
        else this.notify(this.strings.format("download-only-here", { count: 1 }));
      },
    });
    this.viewer.open(this.root);
  }

  private onKey(event: KeyboardEvent): void {
    if (this.viewer || !this.welcome?.signedIn) return;
    if (event.target instanceof HTMLInputElement) return;
    if (this.root.querySelector(".dialog")) return;
    // Alt+1…7 go to the pages; Ctrl/Cmd+O adds photos.
    if (event.altKey && /^[1-7]$/.test(event.key)) {
      event.preventDefault();
      const page = this.pages[Number(event.key) - 1];
      if (page) void this.go(page[0]);
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "o") {
      event.preventDefault();
      void this.addPhotos();
    }
  }
}

/** Opens the browser's file chooser (a phone offers its photo library) for photos and videos,
 * or for a whole folder. */
function pickBrowserFiles(folder: boolean, picked: (files: File[]) => void): void {
  const input = h("input", { type: "file", multiple: true, accept: "image/*,video/*", hidden: true });
  if (folder) input.setAttribute("webkitdirectory", "");
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    input.remove();
    if (files.length > 0) picked(files);
  });
  document.body.append(input);
  input.click();
}
