// Ways photos come in besides folders and drops: a phone or camera card plugged in (a banner
// offers to back it up, then to free its space), and a Google Takeout (picked, reviewed, then
// imported with a report of every item). Desktop only: a browser cannot see either.

import type { CameraStorage, OperationProgress, TakeoutStarted } from "../backend";
import type { Context } from "../context";
import { h, replace } from "../dom";
import { icon } from "../icons";

/** How often mounted cards and phones are looked for. */
const LOOK_EVERY_MS = 10_000;

/** The banner that offers to back up a phone or card while one is plugged in. */
export class Cards {
  readonly element: HTMLElement;
  private storages: CameraStorage[] = [];
  /** Storages the person said "not now" to, until they are plugged in again. */
  private readonly dismissed = new Set<string>();
  /** Backups under way or done, by storage path: the operation's id. */
  private readonly backups = new Map<string, { id: number; done: boolean }>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly context: Context) {
    this.element = h("section", { class: "card-banners", "aria-live": "polite" });
  }

  /** Starts looking for cards, now and every few seconds, and whenever the window is shown. */
  start(): void {
    if (this.timer || !this.context.backend.desktop || !this.context.backend.cameraStorage) return;
    void this.look();
    this.timer = setInterval(() => void this.look(), LOOK_EVERY_MS);
    window.addEventListener("focus", () => void this.look());
  }

  async look(): Promise<void> {
    const found = await this.context.backend.cameraStorage?.().catch(() => null);
    if (!found) return;
    const paths = new Set(found.map((s) => s.path));
    // Unplugged: forget "not now", so plugging it in again asks again.
    for (const path of [...this.dismissed]) if (!paths.has(path)) this.dismissed.delete(path);
    for (const path of [...this.backups.keys()]) if (!paths.has(path)) this.backups.delete(path);
    this.storages = found;
    this.render();
  }

  /** Hears every operation: a backup that ended offers to free the card's space. */
  onOperation(progress: OperationProgress): void {
    for (const backup of this.backups.values()) {
      if (backup.id === progress.id && (progress.state === "done" || progress.state === "failed")) backup.done = true;
    }
    this.render();
  }

  render(): void {
    const { strings } = this.context;
    const shown = this.storages.filter((s) => !this.dismissed.has(s.path));
    replace(
      this.element,
      ...shown.map((storage) => {
        const backup = this.backups.get(storage.path);
        const actions: HTMLElement[] = [];
        if (!backup) {
          actions.push(this.button("card-back-up", "button button-primary", () => void this.backUp(storage)));
        } else if (backup.done) {
          actions.push(this.button("card-free-space", "button", () => void this.freeSpace(storage)));
        }
        actions.push(this.button("card-not-now", "button", () => this.dismiss(storage)));
        const line = backup
          ? strings.format(backup.done ? "card-backed-up" : "card-backing-up", { name: storage.name })
          : strings.format("card-found", { name: storage.name });
        return h(
          "div",
          { class: "card-banner", "data-storage": storage.path },
          icon("devices", "card-banner-icon"),
          h("p", { class: "card-banner-text" }, line),
          h("div", { class: "card-banner-actions" }, ...actions),
        );
      }),
    );
    this.element.hidden = shown.length === 0;
  }

  private button(id: string, className: string, action: () => void): HTMLButtonElement {
    const button = h("button", { class: className, type: "button", "data-action": id }, this.context.strings.format(id));
    button.addEventListener("click", action);
    return button;
  }

  private dismiss(storage: CameraStorage): void {
    this.dismissed.add(storage.path);
    this.render();
  }

  private async backUp(storage: CameraStorage): Promise<void> {
    const { backend } = this.context;
    if (!backend.importDevice) return;
    try {
      const id = await backend.importDevice(storage.path);
      this.backups.set(storage.path, { id, done: false });
      this.render();
    } catch (error) {
      this.context.notify(this.context.describe(error), "error");
    }
  }

  private async freeSpace(storage: CameraStorage): Promise<void> {
    const { backend, strings, format } = this.context;
    if (!backend.deviceSpace || !backend.freeDevice) return;
    try {
      const space = await backend.deviceSpace(storage.path);
      if (space.files === 0) {
        this.context.notify(strings.format("card-nothing-to-free", { name: storage.name }));
        return;
      }
      const yes = await this.context.ask({
        title: strings.format("card-free-title", { name: storage.name }),
        body: strings.format("card-free-body", { count: space.files, size: format.bytes(space.bytes) }),
        confirm: strings.format("card-free-confirm", { count: space.files }),
        danger: true,
      });
      if (!yes) return;
      const freed = await backend.freeDevice(storage.path);
      this.context.notify(
        strings.format("card-freed", { count: freed.files, size: format.bytes(freed.bytes), kept: freed.kept.length }),
        freed.kept.length > 0 ? "error" : "info",
      );
    } catch (error) {
      this.context.notify(this.context.describe(error), "error");
    }
  }
}

/** Picks a Google Takeout's zips, shows what they hold, and imports them once the person
 * agrees. Answers the import started, or `null` when nothing was. */
export async function importTakeout(context: Context): Promise<TakeoutStarted | null> {
  const { backend, strings, format } = context;
  if (!backend.pickTakeout || !backend.reviewTakeout || !backend.importTakeout) return null;
  const paths = await backend.pickTakeout(strings.format("takeout-dialog"));
  if (paths.length === 0) return null;
  try {
    const review = await backend.reviewTakeout(paths);
    const lines = [
      strings.format("takeout-review-items", {
        photos: review.photos,
        videos: review.videos,
        albums: review.albums,
        size: format.bytes(review.bytes),
      }),
      strings.format("takeout-review-details", {
        dated: review.datedByJson,
        places: review.withPlace,
        favorites: review.favorites,
        trashed: review.trashed,
      }),
    ];
    if (review.doneEarlier > 0) lines.push(strings.format("takeout-review-earlier", { count: review.doneEarlier }));
    for (const source of review.sources) {
      if (!source.error) continue;
      lines.push(strings.format("takeout-review-unreadable", { path: source.path, reason: strings.error(source.error.code) }));
    }
    const yes = await context.ask({
      title: strings.format("takeout-review-title"),
      body: lines.join("\n"),
      confirm: strings.format("takeout-import"),
    });
    if (!yes) return null;
    const started = await backend.importTakeout(paths);
    context.notify(strings.format("takeout-report-at", { path: started.path }));
    return started;
  } catch (error) {
    context.notify(context.describe(error), "error");
    return null;
  }
}
