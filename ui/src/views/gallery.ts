// The timeline: every photo and video, here and in the cloud, newest first, grouped by day
// under headers that stay in view. Only the rows on screen are in the page, so a library of a
// hundred thousand items scrolls like a small one; pages load as the end comes near.
//
// Tiles are buttons in one tab stop (roving focus): arrows move, Shift extends the selection,
// Space selects, Enter opens, Ctrl/Cmd+A selects everything loaded, Delete trashes, Escape
// clears. On a touch screen, a long press on a tile starts selecting with it; taps then add or
// remove tiles, as Ctrl+click does.

import type { KindFilter, TimelineItem } from "../backend";
import { PLACE } from "../ids";
import { h } from "../dom";
import { dayKey } from "../format";
import { icon } from "../icons";
import type { Context } from "../context";

const TARGET_TILE = 168;
const GAP = 4;
const HEADER = 52;
const PAGE = 400;
/** Once the first screen is there, the rest of the timeline comes in pages this large, so that
 * the scroll bar soon spans all of it. */
const BACKGROUND_PAGE = 2000;
/** Rows rendered beyond the screen, above and below, at least. */
const OVERSCAN = 3;
/** And as much as a screen's height more, each way: their pictures load before they scroll in. */
const OVERSCAN_SCREENS = 1;
/** How often a missing thumbnail is asked for again (the cloud makes them after an upload, and
 * a busy computer takes a while), after how long at first, and at most. */
const THUMB_RETRIES = 20;
const THUMB_RETRY_MS = 1500;
const THUMB_RETRY_MAX_MS = 15_000;
/** How long a finger rests on a tile to select it, and how far it may wander meanwhile (more is
 * a scroll). */
const LONG_PRESS_MS = 500;
const LONG_PRESS_SLOP = 10;
/** Tiles kept for reuse: a few screens' worth. */
const MAX_SPARE_TILES = 600;
const MAX_SPARE_ROWS = 100;

type Row =
  | { kind: "header"; top: number; day: string; sortTime: number; first: number; count: number }
  | { kind: "tiles"; top: number; start: number; end: number };

export interface GalleryEvents {
  open(items: readonly TimelineItem[], index: number): void;
  selectionChanged(selected: TimelineItem[]): void;
  /** The person asked to trash the selection (Delete). */
  trash(selected: TimelineItem[]): void;
}

export class Gallery {
  readonly element: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly canvas: HTMLElement;
  private readonly stickyHeader: HTMLElement;
  private readonly status: HTMLElement;
  private items: TimelineItem[] = [];
  private readonly hashes = new Set<string>();
  private next: string | null = null;
  private done = false;
  private loading: Promise<void> | null = null;
  private generation = 0;
  private rows: Row[] = [];
  private columns = 4;
  private tile = TARGET_TILE;
  private readonly rendered = new Map<string, HTMLElement>();
  /** Tiles of rows that scrolled away, kept to show other items: a tile made anew for every
   * row that scrolls in leaves garbage the engine collects late, and a fling through 100,000
   * photos left over a gigabyte of it. */
  private readonly spareTiles: HTMLElement[] = [];
  private readonly spareRows: HTMLElement[] = [];
  private readonly spareHeaders: HTMLElement[] = [];
  private readonly selected = new Set<string>();
  private anchor: number | null = null;
  private focusIndex = 0;
  /** The width the rows were last laid out for. */
  private laidOutWidth = 0;
  private filter: KindFilter = "all";
  private readonly resize: ResizeObserver | null;
  /** A finger resting on a tile, until it is a long press. */
  private press: { timer: ReturnType<typeof setTimeout>; x: number; y: number; pointer: number } | null = null;
  /** A long press just selected this tile: the click its finger makes on lifting is not a tap. */
  private pressed: number | null = null;

  constructor(
    private readonly context: Context,
    private readonly events: GalleryEvents,
  ) {
    const { strings } = context;
    this.canvas = h("div", { class: "gallery-canvas", role: "grid", tabindex: -1, "aria-label": strings.format("gallery-label"), "aria-multiselectable": "true" });
    this.scroller = h("div", { class: "gallery-scroller" }, this.canvas);
    this.stickyHeader = h("div", { class: "gallery-sticky", "aria-hidden": "true" });
    this.stickyHeader.hidden = true;
    this.status = h("p", { class: "gallery-status", role: "status", "aria-live": "polite" });
    this.element = h("section", { class: "gallery" }, this.stickyHeader, this.scroller, this.status);
    this.scroller.addEventListener("scroll", () => this.onScroll(), { passive: true });
    this.canvas.addEventListener("keydown", (event) => this.onKey(event));
    // Focus that lands on a tile (a click, a screen reader, a script) is where the keys act.
    this.canvas.addEventListener("focusin", (event) => {
      const tile = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(".tile") : null;
      if (!tile) return;
      this.focusIndex = Number(tile.dataset.index);
      for (const other of this.canvas.querySelectorAll<HTMLElement>(".tile[tabindex='0']")) {
        if (other !== tile) other.tabIndex = -1;
      }
      tile.tabIndex = 0;
    });
    this.enableLongPress();
    this.resize =
      typeof ResizeObserver === "undefined" ? null : new ResizeObserver(() => this.layout(false));
    this.resize?.observe(this.scroller);
  }

  private at(index: number): TimelineItem {
    const item = this.items[index];
    if (!item) throw new RangeError(`no item ${index}`);
    return item;
  }

  private rowAt(index: number): Row {
    const row = this.rows[index];
    if (!row) throw new RangeError(`no row ${index}`);
    return row;
  }

  get loaded(): readonly TimelineItem[] {
    return this.items;
  }

  selection(): TimelineItem[] {
    return this.items.filter((item) => this.selected.has(item.hash));
  }

  clearSelection(): void {
    this.selected.clear();
    this.anchor = null;
    this.refreshSelection();
  }

  /** Loads the timeline from the start (a new filter, a change in the library). */
  async reload(filter: KindFilter = this.filter): Promise<void> {
    this.filter = filter;
    this.generation += 1;
    this.items = [];
    this.hashes.clear();
    this.next = null;
    this.done = false;
    this.loading = null;
    // What is on screen stays until the first page is in: rows that show the same items then
    // stay as they are (and keep the focus), the others are replaced.
    this.layout();
    this.status.textContent = this.context.strings.format("gallery-loading");
    await this.loadMore();
    void this.fillInBackground(this.generation);
  }

  /** After the first screen, the rest of the timeline, page after page, between frames. */
  private async fillInBackground(generation: number): Promise<void> {
    while (!this.done && generation === this.generation) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (generation !== this.generation) return;
      await this.loadMore(BACKGROUND_PAGE);
    }
  }

  /** Fetches the next page unless one is on its way or the end was reached. */
  loadMore(limit = PAGE): Promise<void> {
    if (this.done) return Promise.resolve();
    if (this.loading) return this.loading;
    const generation = this.generation;
    this.loading = (async () => {
      try {
        const page = await this.context.backend.timeline(this.next, limit, this.filter);
        if (generation !== this.generation) return;
        for (const item of page.items) {
          if (!this.hashes.has(item.hash)) {
            this.hashes.add(item.hash);
            this.items.push(item);
          }
        }
        this.next = page.next;
        this.done = page.next === null;
        this.layout();
        this.updateStatus();
      } catch (error) {
        if (generation !== this.generation) return;
        this.done = true;
        this.status.textContent = this.context.describe(error);
        this.status.classList.add("is-error");
      } finally {
        if (generation === this.generation) this.loading = null;
      }
    })();
    return this.loading;
  }

  private updateStatus(): void {
    const { strings } = this.context;
    this.status.classList.remove("is-error");
    if (this.items.length === 0 && this.done) {
      this.status.textContent = "";
      this.canvas.replaceChildren(
        h(
          "div",
          { class: "empty-state" },
          icon("photos", "empty-icon"),
          h("h2", {}, strings.format("gallery-empty-title")),
          // A browser has no window to drop on, and a phone nothing to drag.
          h("p", {}, strings.format(this.context.backend.desktop ? "gallery-empty" : "gallery-empty-browser")),
        ),
      );
      this.canvas.style.height = "";
      this.rendered.clear();
      return;
    }
    this.status.textContent = strings.format(this.done ? "gallery-count" : "gallery-count-more", {
      count: this.items.length,
    });
  }

  /** Works out columns and rows for the current width, then renders what is on screen. */
  private layout(itemsChanged = true): void {
    const width = Math.max(this.scroller.clientWidth || 960, 200) - 2 * 16;
    // Only the height changed (a toolbar came or went): the rows stand as they are.
    if (!itemsChanged && width === this.laidOutWidth) {
      this.render();
      return;
    }
    this.laidOutWidth = width;
    const focused = this.canvas.contains(document.activeElement) && document.activeElement !== this.canvas;
    this.columns = Math.max(2, Math.floor((width + GAP) / (TARGET_TILE + GAP)));
    this.tile = Math.floor((width - GAP * (this.columns - 1)) / this.columns);
    const rows: Row[] = [];
    let top = 0;
    let i = 0;
    while (i < this.items.length) {
      const day = dayKey(this.at(i).sortTime);
      let end = i;
      while (end < this.items.length && dayKey(this.at(end).sortTime) === day) end += 1;
      rows.push({ kind: "header", top, day, sortTime: this.at(i).sortTime, first: i, count: end - i });
      top += HEADER;
      for (let start = i; start < end; start += this.columns) {
        rows.push({ kind: "tiles", top, start, end: Math.min(start + this.columns, end) });
        top += this.tile + GAP;
      }
      i = end;
    }
    this.rows = rows;
    if (this.items.length > 0) {
      this.canvas.style.height = `${top}px`;
      // Rows that stand as they were stay on screen (render keys them by what they show):
      // items added at the end of the timeline leave the rows above untouched.
      if (this.canvas.querySelector(".empty-state")) this.canvas.replaceChildren();
    }
    this.render();
    if (focused) {
      const tile = this.canvas.querySelector<HTMLElement>(`.tile[data-index="${this.focusIndex}"]`);
      (tile ?? this.canvas).focus({ preventScroll: true });
    }
  }

  private onScroll(): void {
    this.render();
    const bottom = this.scroller.scrollTop + this.scroller.clientHeight;
    const total = this.rows.length > 0 ? this.canvas.offsetHeight || 0 : 0;
    if (!this.done && total - bottom < this.scroller.clientHeight * 2) void this.loadMore();
  }

  /** The last row that starts at or above `y`. */
  private rowIndexAt(y: number): number {
    let found = 0;
    let low = 0;
    let high = this.rows.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.rowAt(mid).top <= y) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  private visibleRange(): [number, number] {
    const screen = this.scroller.clientHeight || 800;
    const top = Math.max(0, this.scroller.scrollTop - screen * OVERSCAN_SCREENS);
    const bottom = this.scroller.scrollTop + screen * (1 + OVERSCAN_SCREENS);
    const first = this.rowIndexAt(top);
    let last = first;
    while (last + 1 < this.rows.length && this.rowAt(last + 1).top < bottom) last += 1;
    return [Math.max(0, first - OVERSCAN), Math.min(this.rows.length - 1, last + OVERSCAN)];
  }

  private render(): void {
    if (this.rows.length === 0) return;
    const [first, last] = this.visibleRange();
    const wanted = new Set<string>();
    for (let r = first; r <= last; r += 1) {
      const row = this.rowAt(r);
      const key =
        row.kind === "header"
          ? `h:${row.day}:${row.first}:${row.count}:${row.top}`
          : `t:${row.start}:${row.end}:${row.top}:${this.tile}:${this.rowSignature(row)}`;
      wanted.add(key);
      if (!this.rendered.has(key)) {
        const element = row.kind === "header" ? this.header(row) : this.tileRow(row);
        element.style.transform = `translateY(${row.top}px)`;
        this.canvas.append(element);
        this.rendered.set(key, element);
      }
    }
    for (const [key, element] of this.rendered) {
      if (!wanted.has(key)) {
        // The focused tile scrolled away: the grid keeps the keys, and an arrow brings it back.
        if (element.contains(document.activeElement)) this.canvas.focus({ preventScroll: true });
        element.remove();
        this.rendered.delete(key);
        this.keepSpare(element);
      }
    }
    // The day at the top of the view stays in sight.
    const top = this.scroller.scrollTop;
    let current: Row | undefined;
    for (let r = this.rowIndexAt(top); r >= 0 && !current; r -= 1) {
      if (this.rowAt(r).kind === "header") current = this.rowAt(r);
    }
    this.stickyHeader.hidden = !current || top < HEADER;
    if (current && current.kind === "header") {
      const day = this.context.format.day(current.sortTime);
      if (this.stickyHeader.textContent !== day) this.stickyHeader.textContent = day;
    }
    // Nearly at the end of what is loaded: fetch more.
    if (!this.done && last >= this.rows.length - OVERSCAN - 1) void this.loadMore();
  }

  /** Keeps a row that left the page, and its tiles, to show others. */
  private keepSpare(row: HTMLElement): void {
    if (row.classList.contains("gallery-header")) {
      if (this.spareHeaders.length < MAX_SPARE_ROWS) this.spareHeaders.push(row);
      return;
    }
    for (const tile of row.querySelectorAll<HTMLElement>(".tile")) {
      if (this.spareTiles.length >= MAX_SPARE_TILES) break;
      this.spareTiles.push(tile);
    }
    row.replaceChildren();
    if (this.spareRows.length < MAX_SPARE_ROWS) this.spareRows.push(row);
  }

  /** What a row of tiles shows: a row whose items or badges changed is drawn again. */
  private rowSignature(row: Extract<Row, { kind: "tiles" }>): string {
    let signature = "";
    for (let i = row.start; i < row.end; i += 1) {
      const item = this.at(i);
      signature += `${item.hash}.${item.place}.${item.transfer ?? ""};`;
    }
    return signature;
  }

  private header(row: Extract<Row, { kind: "header" }>): HTMLElement {
    const { strings, format } = this.context;
    const element = this.spareHeaders.pop() ?? this.newHeader();
    const [title, count, select] = element.children as unknown as [HTMLElement, HTMLElement, HTMLElement];
    const day = format.day(row.sortTime);
    title.textContent = day;
    count.textContent = strings.format("gallery-day-count", { count: row.count });
    select.setAttribute("aria-label", strings.format("gallery-select-day", { day }));
    select.dataset.first = String(row.first);
    select.dataset.count = String(row.count);
    return element;
  }

  /** An empty day header; its button selects the day it shows when it is pressed. */
  private newHeader(): HTMLElement {
    const select = h("button", { class: "day-select", type: "button" }, icon("check"));
    select.addEventListener("click", () => this.selectDay(Number(select.dataset.first), Number(select.dataset.count)));
    return h(
      "div",
      { class: "gallery-row gallery-header", role: "row" },
      h("h2", { class: "day-title" }),
      h("span", { class: "day-count" }),
      select,
    );
  }

  private tileRow(row: Extract<Row, { kind: "tiles" }>): HTMLElement {
    const element = this.spareRows.pop() ?? h("div", { class: "gallery-row gallery-tiles", role: "row" });
    element.style.gridTemplateColumns = `repeat(${this.columns}, ${this.tile}px)`;
    element.style.height = `${this.tile}px`;
    for (let i = row.start; i < row.end; i += 1) element.append(this.tileOf(i));
    return element;
  }

  /** The tile of item `index`: a spare one shown afresh, or a new one. */
  private tileOf(index: number): HTMLElement {
    const tile = this.spareTiles.pop() ?? this.newTile();
    this.show(tile, index);
    return tile;
  }

  /** An empty tile; [`show`](Gallery.show) puts an item in it. Its handlers read the item it
   * shows when they run, so that the tile can show another one later. */
  private newTile(): HTMLElement {
    const { backend } = this.context;
    const image = h("img", {
      class: "tile-image",
      alt: "",
      // Eager: the grid renders only rows near the view, and those are wanted now.
      decoding: "async",
      draggable: "false",
    });
    const tile = h(
      "button",
      { class: "tile", type: "button", role: "gridcell" },
      h("span", { class: "tile-placeholder" }),
      image,
      h("span", { class: "tile-badges" }),
      h("span", { class: "tile-check" }, icon("check", "tile-check-icon")),
    );
    // A thumbnail the cloud is still making is asked for again a few times, later each time;
    // the tile keeps its placeholder meanwhile.
    image.addEventListener("error", () => {
      const hash = tile.dataset.hash ?? "";
      const tries = Number(tile.dataset.tries ?? 0);
      if (!hash || !image.isConnected) return;
      if (tries < THUMB_RETRIES) {
        const delay = Math.min(THUMB_RETRY_MS * 2 ** tries, THUMB_RETRY_MAX_MS);
        tile.dataset.tries = String(tries + 1);
        window.setTimeout(() => {
          if (image.isConnected && tile.dataset.hash === hash) {
            image.src = `${backend.thumbnailUrl(hash, 256)}?try=${tries + 1}`;
          }
        }, delay);
        return;
      }
      tile.classList.add("is-broken");
    });
    image.addEventListener("load", () => tile.classList.add("is-loaded"));
    tile.addEventListener("click", (event) => this.onClick(Number(tile.dataset.index), event));
    tile.addEventListener("dblclick", () => this.events.open(this.items, Number(tile.dataset.index)));
    return tile;
  }

  /** Puts item `index` in `tile`: its picture (kept when the tile already shows it), its
   * label, badges and state. */
  private show(tile: HTMLElement, index: number): void {
    const item = this.at(index);
    const { strings, format, backend } = this.context;
    const [placeholder, image, badges] = tile.children as unknown as [HTMLElement, HTMLImageElement, HTMLElement];
    // A picture that failed for good is asked for afresh when its item is shown again.
    if (tile.dataset.hash !== item.hash || tile.classList.contains("is-broken")) {
      tile.classList.remove("is-loaded", "is-broken");
      tile.dataset.hash = item.hash;
      tile.dataset.tries = "0";
      image.src = backend.thumbnailUrl(item.hash, 256);
    }
    if (placeholder.dataset.kind !== item.kind) {
      placeholder.dataset.kind = item.kind;
      placeholder.replaceChildren(icon(item.kind === "video" ? "film" : "photos", "tile-placeholder-icon"));
    }
    // The badges' titles are in the language of the moment.
    const badged = `${format.locale}.${item.kind}.${item.durationMs ?? ""}.${item.place}.${item.transfer ?? ""}`;
    if (badges.dataset.shows !== badged) {
      badges.dataset.shows = badged;
      badges.replaceChildren(...this.badgesOf(item));
    }
    tile.dataset.index = String(index);
    tile.setAttribute(
      "aria-label",
      [
        item.kind === "video" ? strings.format("gallery-video") : strings.format("gallery-photo"),
        format.dateTime(item.sortTime),
        strings.format(PLACE[item.place]),
      ].join(", "),
    );
    tile.setAttribute("aria-selected", this.selected.has(item.hash) ? "true" : "false");
    tile.tabIndex = index === this.focusIndex ? 0 : -1;
    tile.style.width = `${this.tile}px`;
    tile.style.height = `${this.tile}px`;
  }

  /** The badges of a tile: a video's length, where the item is, how its transfer stands. */
  private badgesOf(item: TimelineItem): HTMLElement[] {
    const { strings, format } = this.context;
    const badges: HTMLElement[] = [];
    if (item.kind === "video") {
      badges.push(
        h(
          "span",
          { class: "badge badge-video" },
          icon("play", "badge-icon"),
          item.durationMs === null ? "" : format.duration(item.durationMs),
        ),
      );
    }
    if (item.place === "cloud") {
      badges.push(h("span", { class: "badge badge-place", title: strings.format("place-cloud") }, icon("cloud", "badge-icon")));
    } else if (item.place === "this-computer") {
      badges.push(h("span", { class: "badge badge-place", title: strings.format("place-this-computer") }, icon("computer", "badge-icon")));
    }
    if (item.transfer === "uploading") {
      badges.push(h("span", { class: "badge badge-uploading", title: strings.format("tile-uploading") }, icon("upload", "badge-icon")));
    } else if (item.transfer === "failed") {
      badges.push(h("span", { class: "badge badge-failed", title: strings.format("tile-failed") }, icon("warning", "badge-icon")));
    }
    return badges;
  }

  /** A long press on a tile selects it (a touch screen's Ctrl+click); a scroll cancels it. */
  private enableLongPress(): void {
    const cancel = () => {
      if (this.press) clearTimeout(this.press.timer);
      this.press = null;
    };
    this.canvas.addEventListener("pointerdown", (event) => {
      cancel();
      this.pressed = null;
      if (event.pointerType === "mouse" || !event.isPrimary) return;
      const tile = event.target instanceof Element ? event.target.closest<HTMLElement>(".tile") : null;
      if (!tile) return;
      const index = Number(tile.dataset.index);
      const timer = setTimeout(() => {
        this.press = null;
        if (!tile.isConnected || !this.items[index]) return;
        this.pressed = index;
        this.selected.add(this.at(index).hash);
        this.anchor = index;
        navigator.vibrate?.(20);
        this.focusTile(index);
        this.refreshSelection();
      }, LONG_PRESS_MS);
      this.press = { timer, x: event.clientX, y: event.clientY, pointer: event.pointerId };
    });
    this.canvas.addEventListener("pointermove", (event) => {
      if (!this.press || event.pointerId !== this.press.pointer) return;
      if (Math.hypot(event.clientX - this.press.x, event.clientY - this.press.y) > LONG_PRESS_SLOP) cancel();
    });
    this.canvas.addEventListener("pointerup", cancel);
    this.canvas.addEventListener("pointercancel", cancel);
    this.scroller.addEventListener("scroll", cancel, { passive: true });
    // A long press is the selection's, not the browser's menu for the picture.
    this.canvas.addEventListener("contextmenu", (event) => {
      if (this.pressed !== null || this.press) event.preventDefault();
    });
  }

  private onClick(index: number, event: MouseEvent): void {
    if (this.pressed !== null) {
      const pressed = this.pressed;
      this.pressed = null;
      if (pressed === index) return;
    }
    const item = this.at(index);
    if (event.shiftKey && this.anchor !== null) {
      this.selectRange(this.anchor, index, event.ctrlKey || event.metaKey);
    } else if (event.ctrlKey || event.metaKey || this.selected.size > 0) {
      this.toggle(item.hash);
      this.anchor = index;
    } else {
      this.focusIndex = index;
      this.events.open(this.items, index);
      return;
    }
    this.focusTile(index);
    this.refreshSelection();
  }

  private toggle(hash: string): void {
    if (this.selected.has(hash)) this.selected.delete(hash);
    else this.selected.add(hash);
  }

  private selectRange(from: number, to: number, keep: boolean): void {
    if (!keep) this.selected.clear();
    const [low, high] = from <= to ? [from, to] : [to, from];
    for (let i = low; i <= high; i += 1) this.selected.add(this.at(i).hash);
  }

  private selectDay(first: number, count: number): void {
    const hashes = this.items.slice(first, first + count).map((i) => i.hash);
    const all = hashes.every((hash) => this.selected.has(hash));
    for (const hash of hashes) {
      if (all) this.selected.delete(hash);
      else this.selected.add(hash);
    }
    this.refreshSelection();
  }

  private refreshSelection(): void {
    for (const tile of this.canvas.querySelectorAll<HTMLElement>(".tile")) {
      const hash = tile.dataset.hash ?? "";
      tile.setAttribute("aria-selected", this.selected.has(hash) ? "true" : "false");
    }
    this.element.classList.toggle("is-selecting", this.selected.size > 0);
    this.events.selectionChanged(this.selection());
  }

  /** Moves keyboard focus to the tile `index`, scrolling it into view. */
  focusTile(index: number): void {
    if (this.items.length === 0) return;
    this.focusIndex = Math.max(0, Math.min(index, this.items.length - 1));
    const row = this.rows.find(
      (r) => r.kind === "tiles" && r.start <= this.focusIndex && this.focusIndex < r.end,
    );
    if (row) {
      const viewTop = this.scroller.scrollTop;
      const viewBottom = viewTop + this.scroller.clientHeight;
      if (row.top < viewTop + HEADER) this.scroller.scrollTop = Math.max(0, row.top - HEADER);
      else if (row.top + this.tile > viewBottom) this.scroller.scrollTop = row.top + this.tile - this.scroller.clientHeight + GAP;
      this.render();
    }
    for (const tile of this.canvas.querySelectorAll<HTMLElement>(".tile")) {
      const here = Number(tile.dataset.index) === this.focusIndex;
      tile.tabIndex = here ? 0 : -1;
      if (here) tile.focus({ preventScroll: true });
    }
  }

  /** Puts keyboard focus in the grid (on its current tile). */
  focus(): void {
    this.focusTile(this.focusIndex);
  }

  private onKey(event: KeyboardEvent): void {
    if (this.items.length === 0) return;
    const moves: Record<string, number> = {
      // The grid runs the way the language reads.
      ArrowLeft: document.documentElement.dir === "rtl" ? 1 : -1,
      ArrowRight: document.documentElement.dir === "rtl" ? -1 : 1,
      ArrowUp: -this.columns,
      ArrowDown: this.columns,
      PageUp: -this.columns * 4,
      PageDown: this.columns * 4,
    };
    const index = this.focusIndex;
    let target: number | null = null;
    const move = moves[event.key];
    if (move !== undefined) target = index + move;
    else if (event.key === "Home") target = 0;
    else if (event.key === "End") target = this.items.length - 1;
    if (target !== null) {
      event.preventDefault();
      target = Math.max(0, Math.min(target, this.items.length - 1));
      if (event.shiftKey) {
        if (this.anchor === null) this.anchor = index;
        this.selectRange(this.anchor, target, false);
        this.refreshSelection();
      }
      this.focusTile(target);
      if (target >= this.items.length - this.columns * 2) void this.loadMore();
      return;
    }
    const item = this.at(index);
    if (event.key === "Enter") {
      event.preventDefault();
      this.events.open(this.items, index);
    } else if (event.key === " ") {
      event.preventDefault();
      this.toggle(item.hash);
      this.anchor = index;
      this.refreshSelection();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "a") {
      event.preventDefault();
      for (const each of this.items) this.selected.add(each.hash);
      this.refreshSelection();
    } else if (event.key === "Escape" && this.selected.size > 0) {
      event.preventDefault();
      this.clearSelection();
    } else if (event.key === "Delete" && this.selected.size > 0) {
      event.preventDefault();
      this.events.trash(this.selection());
    }
  }

  dispose(): void {
    if (this.press) clearTimeout(this.press.timer);
    this.press = null;
    this.resize?.disconnect();
    this.generation += 1;
  }
}
