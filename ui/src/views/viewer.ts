// One photo or video, as large as the window allows: the 1440 px picture first, the original
// once zoomed in; videos play from the original in ranges. Arrows go to the previous and next
// item, + and − (or the wheel, or a double click) zoom, dragging pans, I shows the details,
// Escape closes. On a touch screen: swipe sideways to go on, down to close; pinch to zoom and
// pan; double-tap to zoom in or out.

import type { TimelineItem } from "../backend";
import type { Context } from "../context";
import { PLACE } from "../ids";
import { h, replace } from "../dom";
import { icon } from "../icons";

export interface ViewerEvents {
  /** More items are wanted past the end (the gallery loads its next page). */
  more(): Promise<readonly TimelineItem[]>;
  closed(index: number): void;
  trash(item: TimelineItem): void;
  download(item: TimelineItem): void;
}

export class Viewer {
  readonly element: HTMLElement;
  private readonly stage: HTMLElement;
  private readonly info: HTMLElement;
  private readonly counter: HTMLElement;
  private readonly prevButton: HTMLButtonElement;
  private readonly nextButton: HTMLButtonElement;
  private zoom = 1;
  private pan = { x: 0, y: 0 };
  private picture: HTMLImageElement | null = null;
  private readonly previousFocus: HTMLElement | null;

  constructor(
    private readonly context: Context,
    private items: readonly TimelineItem[],
    private index: number,
    private readonly events: ViewerEvents,
  ) {
    const { strings } = context;
    this.previousFocus = document.activeElement as HTMLElement | null;
    const button = (label: string, name: Parameters<typeof icon>[0], action: () => void) => {
      const element = h("button", { class: "viewer-button", type: "button", "aria-label": label, title: label }, icon(name));
      element.addEventListener("click", action);
      return element;
    };
    this.prevButton = button(strings.format("viewer-previous"), "left", () => void this.go(-1));
    this.prevButton.classList.add("viewer-prev");
    this.nextButton = button(strings.format("viewer-next"), "right", () => void this.go(1));
    this.nextButton.classList.add("viewer-next");
    this.counter = h("span", { class: "viewer-counter" });
    const toolbar = h(
      "div",
      { class: "viewer-toolbar" },
      this.counter,
      button(strings.format("viewer-zoom-in"), "zoomIn", () => this.setZoom(this.zoom * 1.5)),
      button(strings.format("viewer-zoom-out"), "zoomOut", () => this.setZoom(this.zoom / 1.5)),
      button(strings.format("viewer-info"), "info", () => this.toggleInfo()),
      button(strings.format("viewer-download"), "download", () => this.events.download(this.item)),
      button(strings.format("viewer-trash"), "trash", () => this.events.trash(this.item)),
      button(strings.format("viewer-close"), "close", () => this.close()),
    );
    this.stage = h("div", { class: "viewer-stage" });
    this.info = h("aside", { class: "viewer-info", "aria-label": strings.format("viewer-info") });
    this.info.hidden = true;
    this.element = h(
      "div",
      { class: "viewer", role: "dialog", "aria-modal": "true", "aria-label": strings.format("viewer-label"), tabindex: "-1" },
      toolbar,
      this.stage,
      this.prevButton,
      this.nextButton,
      this.info,
    );
    this.element.addEventListener("keydown", (event) => this.onKey(event));
    this.stage.addEventListener("wheel", (event) => {
      event.preventDefault();
      this.setZoom(this.zoom * (event.deltaY < 0 ? 1.2 : 1 / 1.2));
    });
    this.enableGestures();
  }

  get item(): TimelineItem {
    const item = this.items[this.index];
    if (!item) throw new RangeError(`no item ${this.index}`);
    return item;
  }

  get position(): number {
    return this.index;
  }

  open(root: HTMLElement): void {
    root.append(this.element);
    this.show();
    this.element.focus();
  }

  close(): void {
    this.stage.querySelector("video")?.pause();
    this.element.remove();
    this.events.closed(this.index);
    this.previousFocus?.focus?.();
  }

  /** The list changed (a page loaded, an item trashed): keep showing what can be shown. */
  update(items: readonly TimelineItem[]): void {
    const hash = this.item?.hash;
    this.items = items;
    const found = items.findIndex((i) => i.hash === hash);
    if (found >= 0) this.index = found;
    else if (items.length === 0) {
      this.close();
      return;
    } else this.index = Math.min(this.index, items.length - 1);
    this.show();
  }

  async go(step: number): Promise<void> {
    let target = this.index + step;
    if (target >= this.items.length) this.items = await this.events.more();
    target = Math.max(0, Math.min(target, this.items.length - 1));
    if (target === this.index) return;
    this.index = target;
    this.show();
  }

  private show(): void {
    const { backend, strings, format } = this.context;
    const item = this.item;
    this.zoom = 1;
    this.pan = { x: 0, y: 0 };
    this.counter.textContent = strings.format("viewer-counter", {
      position: this.index + 1,
      count: this.items.length,
    });
    this.prevButton.disabled = this.index === 0;
    this.nextButton.disabled = this.index >= this.items.length - 1;
    if (item.kind === "video") {
      this.picture = null;
      const video = h("video", {
        class: "viewer-video",
        src: backend.videoUrl(item.hash),
        poster: backend.thumbnailUrl(item.hash, 1440),
        controls: true,
        preload: "metadata",
        "aria-label": strings.format("gallery-video"),
      });
      replace(this.stage, video);
    } else {
      const picture = h("img", {
        class: "viewer-photo",
        src: backend.thumbnailUrl(item.hash, 1440),
        alt: strings.format("viewer-photo-alt", { date: format.dateTime(item.sortTime) }),
        draggable: "false",
      });
      picture.addEventListener("error", () => {
        // No preview (yet): the original itself, when the browser can draw it.
        if (!picture.dataset.original) {
          picture.dataset.original = "1";
          picture.src = backend.mediaUrl(item.hash);
          return;
        }
        replace(
          this.stage,
          h("div", { class: "viewer-missing" }, icon("warning", "empty-icon"), h("p", {}, strings.format("viewer-no-preview"))),
        );
      });
      this.picture = picture;
      replace(this.stage, picture);
    }
    this.applyZoom();
    this.renderInfo();
  }

  private renderInfo(): void {
    const { strings, format } = this.context;
    const item = this.item;
    const rows: [string, string][] = [
      [strings.format("info-date"), format.dateTime(item.sortTime)],
      [strings.format("info-size"), format.bytes(item.size)],
    ];
    if (item.width && item.height) {
      rows.push([strings.format("info-dimensions"), strings.format("info-dimensions-value", { width: item.width, height: item.height })]);
    }
    if (item.durationMs !== null) rows.push([strings.format("info-duration"), format.duration(item.durationMs)]);
    if (item.camera) rows.push([strings.format("info-camera"), item.camera]);
    if (item.latitude !== null && item.longitude !== null) {
      rows.push([strings.format("info-place"), `${item.latitude.toFixed(5)}, ${item.longitude.toFixed(5)}`]);
    }
    rows.push([strings.format("info-where"), strings.format(PLACE[item.place])]);
    if (item.localPath) rows.push([strings.format("info-file"), item.localPath]);
    if (item.remoteId) rows.push([strings.format("info-cloud-path"), item.name]);
    replace(
      this.info,
      h("h2", { class: "viewer-info-title" }, strings.format("viewer-info")),
      h("dl", { class: "info-list" }, ...rows.flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)])),
    );
  }

  private toggleInfo(): void {
    this.info.hidden = !this.info.hidden;
    this.element.classList.toggle("with-info", !this.info.hidden);
  }

  private setZoom(zoom: number): void {
    if (!this.picture) return;
    this.zoom = Math.max(1, Math.min(zoom, 8));
    if (this.zoom === 1) this.pan = { x: 0, y: 0 };
    // Past the 1440 px picture's own size, the original shows the detail.
    if (this.zoom > 1.5 && !this.picture.dataset.original) {
      this.picture.dataset.original = "1";
      this.picture.src = this.context.backend.mediaUrl(this.item.hash);
    }
    this.applyZoom();
  }

  private applyZoom(): void {
    if (!this.picture) return;
    this.picture.style.transform = `translate(${this.pan.x}px, ${this.pan.y}px) scale(${this.zoom})`;
    this.stage.classList.toggle("is-zoomed", this.zoom > 1);
  }

  /**
   * Zooms to `zoom` (from the zoom and pan of `from`), so that what was under `anchor` then is
   * under `to` now (both in the window's coordinates): under the fingers as they pinch.
   */
  private zoomAt(
    zoom: number,
    anchor: { x: number; y: number },
    to = anchor,
    from: { zoom: number; pan: { x: number; y: number } } = { zoom: this.zoom, pan: this.pan },
  ): void {
    if (!this.picture) return;
    const next = Math.max(1, Math.min(zoom, 8));
    // The picture sits in the middle of the stage and scales around its own middle.
    const box = this.stage.getBoundingClientRect();
    const middle = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    const ratio = next / from.zoom;
    this.pan = {
      x: to.x - middle.x - ratio * (anchor.x - middle.x - from.pan.x),
      y: to.y - middle.y - ratio * (anchor.y - middle.y - from.pan.y),
    };
    this.setZoom(next);
  }

  /**
   * Dragging pans a zoomed picture (mouse, pen or finger). On a touch screen, also: a quick
   * sideways swipe goes to the next or previous item (the way the language reads), a quick
   * swipe down closes, two fingers pinch to zoom around them and pan, a double tap zooms in or
   * out.
   */
  private enableGestures(): void {
    type Point = { x: number; y: number };
    type Gesture =
      | { kind: "pan"; start: Point; pan: Point; at: number; moved: number }
      | { kind: "swipe"; start: Point; at: number }
      | { kind: "pinch"; distance: number; middle: Point; zoom: number; pan: Point };
    const fingers = new Map<number, Point>();
    let gesture: Gesture | null = null;
    let lastTap: (Point & { at: number }) | null = null;
    /** When a double tap last zoomed: the browser's own dblclick after it is not another. */
    let tappedAt = -Infinity;
    const pair = () => {
      const [a, b] = [...fingers.values()];
      if (!a || !b) return null;
      return { distance: Math.hypot(a.x - b.x, a.y - b.y) || 1, middle: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
    };
    const begin = (kind: "pan" | "swipe", point: Point): Gesture =>
      kind === "pan"
        ? { kind, start: point, pan: { ...this.pan }, at: performance.now(), moved: 0 }
        : { kind, start: point, at: performance.now() };
    const end = () => {
      gesture = null;
      this.stage.classList.remove("is-gesturing");
    };
    /** A quick touch that did not move: the second one soon after, at the same place, zooms. */
    const tap = (point: Point) => {
      const now = performance.now();
      if (lastTap && now - lastTap.at < 350 && Math.hypot(point.x - lastTap.x, point.y - lastTap.y) < 40) {
        lastTap = null;
        tappedAt = now;
        if (this.zoom > 1) this.setZoom(1);
        else this.zoomAt(2.5, point);
      } else {
        lastTap = { ...point, at: now };
      }
    };

    this.stage.addEventListener("dblclick", () => {
      if (performance.now() - tappedAt < 600) return;
      this.setZoom(this.zoom > 1 ? 1 : 2.5);
    });
    this.stage.addEventListener("pointerdown", (event) => {
      const point = { x: event.clientX, y: event.clientY };
      if (event.pointerType === "mouse") {
        if (this.zoom <= 1) return;
        gesture = begin("pan", point);
        this.stage.setPointerCapture?.(event.pointerId);
        return;
      }
      // A video's own controls (its bottom strip) keep their drags.
      if (event.target instanceof HTMLVideoElement && event.clientY > event.target.getBoundingClientRect().bottom - 64) return;
      fingers.set(event.pointerId, point);
      this.stage.setPointerCapture?.(event.pointerId);
      const both = pair();
      if (fingers.size === 2 && both && this.picture) {
        gesture = { kind: "pinch", distance: both.distance, middle: both.middle, zoom: this.zoom, pan: { ...this.pan } };
        lastTap = null;
      } else if (fingers.size === 1) {
        gesture = begin(this.zoom > 1 ? "pan" : "swipe", point);
      } else return;
      if (gesture.kind !== "swipe") this.stage.classList.add("is-gesturing");
    });
    this.stage.addEventListener("pointermove", (event) => {
      if (fingers.has(event.pointerId)) fingers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (gesture?.kind === "pinch") {
        const both = pair();
        if (both) this.zoomAt(gesture.zoom * (both.distance / gesture.distance), gesture.middle, both.middle, gesture);
      } else if (gesture?.kind === "pan") {
        const dx = event.clientX - gesture.start.x;
        const dy = event.clientY - gesture.start.y;
        gesture.moved = Math.max(gesture.moved, Math.hypot(dx, dy));
        this.pan = { x: gesture.pan.x + dx, y: gesture.pan.y + dy };
        this.applyZoom();
      }
    });
    const lift = (event: PointerEvent) => {
      const was = gesture;
      fingers.delete(event.pointerId);
      if (event.type === "pointercancel" || event.pointerType === "mouse") {
        if (event.type === "pointercancel") fingers.clear();
        end();
        return;
      }
      if (was?.kind === "pinch") {
        // The finger that stays pans from where it is (a swipe needs a fresh touch).
        const staying = [...fingers.values()][0];
        if (staying && this.zoom > 1) gesture = begin("pan", staying);
        else if (staying) gesture = null;
        else end();
        return;
      }
      if (fingers.size > 0) return;
      end();
      if (!was) return;
      const point = { x: event.clientX, y: event.clientY };
      const dx = point.x - was.start.x;
      const dy = point.y - was.start.y;
      const took = performance.now() - was.at;
      if (was.kind === "pan") {
        if (Math.max(was.moved, Math.hypot(dx, dy)) < 10 && took < 300) tap(point);
        return;
      }
      if (took < 600 && Math.abs(dx) > 50 && Math.abs(dx) > 2 * Math.abs(dy)) {
        lastTap = null;
        // Later items lie the way the language reads: to the left in Arabic.
        const forward = dx < 0 ? 1 : -1;
        void this.go(document.documentElement.dir === "rtl" ? -forward : forward);
      } else if (took < 600 && dy > 80 && dy > 2 * Math.abs(dx)) {
        lastTap = null;
        this.close();
      } else if (Math.hypot(dx, dy) < 10 && took < 300) {
        tap(point);
      }
    };
    this.stage.addEventListener("pointerup", lift);
    this.stage.addEventListener("pointercancel", lift);
  }

  private onKey(event: KeyboardEvent): void {
    const keys: Record<string, () => void> = {
      // Earlier items lie the way reading comes from: to the right in Arabic.
      ArrowLeft: () => void this.go(document.documentElement.dir === "rtl" ? 1 : -1),
      ArrowRight: () => void this.go(document.documentElement.dir === "rtl" ? -1 : 1),
      Escape: () => this.close(),
      "+": () => this.setZoom(this.zoom * 1.5),
      "=": () => this.setZoom(this.zoom * 1.5),
      "-": () => this.setZoom(this.zoom / 1.5),
      "0": () => this.setZoom(1),
      i: () => this.toggleInfo(),
      Delete: () => this.events.trash(this.item),
    };
    const action = keys[event.key];
    if (action && !(event.target instanceof HTMLVideoElement && event.key.startsWith("Arrow"))) {
      event.preventDefault();
      action();
    }
  }
}
