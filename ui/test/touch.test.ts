// Fingers on a phone: the viewer swipes, pinches and double-taps; the gallery selects with a
// long press. The mouse and the keys go on as they were.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { App } from "../src/app";
import { defaultStrings } from "../src/i18n";
import { FakeBackend, item } from "./fake-backend";

const settle = async (rounds = 6) => {
  for (let i = 0; i < rounds; i += 1) await new Promise((r) => setTimeout(r, 0));
};

const text = (element: Element | null) => (element?.textContent ?? "").replace(/[\u2068\u2069]/g, "");

let root: HTMLElement;
let backend: FakeBackend;
/** The clock the gestures read (performance.now), moved by the tests. */
let clock = 1000;

beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  document.documentElement.dir = "ltr";
  root = document.getElementById("app") as HTMLElement;
  backend = new FakeBackend();
  backend.signedIn = true;
  backend.items = Array.from({ length: 5 }, (_, n) => item(n + 1, "2024-05-02"));
  clock = 1000;
  vi.spyOn(performance, "now").mockImplementation(() => clock);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.documentElement.dir = "ltr";
});

async function start(): Promise<App> {
  const app = new App(root, backend, defaultStrings());
  await app.start();
  await settle();
  return app;
}

function pointer(target: Element, type: string, x: number, y: number, id = 1, pointerType = "touch"): void {
  target.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType, isPrimary: id === 1, clientX: x, clientY: y, bubbles: true, cancelable: true }));
}

/** One finger from `from` to `to`, taking `ms`. */
function drag(target: Element, from: [number, number], to: [number, number], ms = 150, pointerType = "touch"): void {
  pointer(target, "pointerdown", ...from, 1, pointerType);
  clock += ms / 2;
  pointer(target, "pointermove", (from[0] + to[0]) / 2, (from[1] + to[1]) / 2, 1, pointerType);
  clock += ms / 2;
  pointer(target, "pointermove", ...to, 1, pointerType);
  pointer(target, "pointerup", ...to, 1, pointerType);
}

function tapAt(target: Element, x: number, y: number): void {
  pointer(target, "pointerdown", x, y);
  clock += 60;
  pointer(target, "pointerup", x, y);
}

async function openViewer(index: number): Promise<{ stage: HTMLElement; counter: () => string; photo: () => HTMLElement }> {
  await start();
  const tile = root.querySelectorAll<HTMLElement>(".tile")[index];
  tile!.click();
  await settle();
  const stage = root.querySelector<HTMLElement>(".viewer-stage");
  if (!stage) throw new Error("no viewer");
  return {
    stage,
    counter: () => text(root.querySelector(".viewer-counter")),
    photo: () => root.querySelector<HTMLElement>(".viewer-photo")!,
  };
}

describe("the viewer under fingers", () => {
  it("goes to the next item with a swipe to the left, and back with one to the right", async () => {
    const { stage, counter } = await openViewer(1);
    expect(counter()).toBe("2 of 5");
    drag(stage, [300, 400], [150, 410]);
    await settle();
    expect(counter()).toBe("3 of 5");
    drag(stage, [100, 400], [260, 390]);
    await settle();
    expect(counter()).toBe("2 of 5");
  });

  it("swipes the other way round in a right-to-left language", async () => {
    document.documentElement.dir = "rtl";
    const { stage, counter } = await openViewer(1);
    drag(stage, [300, 400], [150, 400]);
    await settle();
    expect(counter()).toBe("1 of 5");
    drag(stage, [100, 400], [260, 400]);
    await settle();
    expect(counter()).toBe("2 of 5");
  });

  it("does not go on for a short, slow, or mostly vertical move, nor for a mouse drag", async () => {
    const { stage, counter } = await openViewer(1);
    drag(stage, [300, 400], [270, 400]);
    drag(stage, [300, 400], [100, 400], 1500);
    drag(stage, [300, 300], [240, 420]);
    drag(stage, [300, 400], [100, 400], 150, "mouse");
    await settle();
    expect(counter()).toBe("2 of 5");
    expect(root.querySelector(".viewer")).not.toBeNull();
  });

  it("closes with a quick swipe down", async () => {
    const { stage } = await openViewer(0);
    drag(stage, [200, 200], [210, 420]);
    await settle();
    expect(root.querySelector(".viewer")).toBeNull();
  });

  it("pinches to zoom around the fingers, clamped, pans with them, and never swipes meanwhile", async () => {
    const { stage, counter, photo } = await openViewer(1);
    // The stage's middle is at 0,0 here (no layout): the fingers' middle is at 150,100.
    pointer(stage, "pointerdown", 100, 100, 1);
    pointer(stage, "pointerdown", 200, 100, 2);
    pointer(stage, "pointermove", 0, 100, 1);
    pointer(stage, "pointermove", 300, 100, 2);
    // Three times as far apart: three times as large, the point between them stays there.
    expect(photo().style.transform).toBe("translate(-300px, -200px) scale(3)");
    expect(stage.classList.contains("is-zoomed")).toBe(true);
    // Both fingers move 20 px right together: the picture follows.
    pointer(stage, "pointermove", 20, 100, 1);
    pointer(stage, "pointermove", 320, 100, 2);
    expect(photo().style.transform).toBe("translate(-280px, -200px) scale(3)");
    // Far apart: no more than 8×.
    pointer(stage, "pointermove", -2000, 100, 1);
    pointer(stage, "pointermove", 2000, 100, 2);
    expect(photo().style.transform).toMatch(/scale\(8\)$/);
    pointer(stage, "pointerup", -2000, 100, 1);
    pointer(stage, "pointerup", 2000, 100, 2);
    // Zoomed in, one finger pans instead of swiping.
    const before = photo().style.transform;
    drag(stage, [300, 400], [100, 400]);
    await settle();
    expect(counter()).toBe("2 of 5");
    expect(photo().style.transform).not.toBe(before);
    // Pinched back together: the whole picture again, in the middle.
    pointer(stage, "pointerdown", 0, 100, 1);
    pointer(stage, "pointerdown", 400, 100, 2);
    pointer(stage, "pointermove", 190, 100, 1);
    pointer(stage, "pointermove", 210, 100, 2);
    expect(photo().style.transform).toBe("translate(0px, 0px) scale(1)");
    expect(stage.classList.contains("is-zoomed")).toBe(false);
  });

  it("zooms in at the place double-tapped, and out with another double tap", async () => {
    const { stage, photo } = await openViewer(0);
    tapAt(stage, 40, 20);
    clock += 150;
    tapAt(stage, 42, 21);
    expect(photo().style.transform).toBe("translate(-63px, -31.5px) scale(2.5)");
    // The browser's own dblclick after the taps does not zoom out again.
    stage.dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
    expect(photo().style.transform).toMatch(/scale\(2\.5\)$/);
    clock += 1000;
    tapAt(stage, 10, 10);
    clock += 150;
    tapAt(stage, 10, 10);
    expect(photo().style.transform).toBe("translate(0px, 0px) scale(1)");
    // Two taps far apart in time are not a double tap.
    clock += 1000;
    tapAt(stage, 10, 10);
    clock += 800;
    tapAt(stage, 10, 10);
    expect(photo().style.transform).toBe("translate(0px, 0px) scale(1)");
  });

  it("keeps the mouse as it was: a double click zooms, dragging pans", async () => {
    const { stage, photo } = await openViewer(0);
    stage.dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
    expect(photo().style.transform).toBe("translate(0px, 0px) scale(2.5)");
    drag(stage, [100, 100], [130, 90], 150, "mouse");
    expect(photo().style.transform).toBe("translate(30px, -10px) scale(2.5)");
    stage.dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
    expect(photo().style.transform).toBe("translate(0px, 0px) scale(1)");
  });
});

describe("the gallery under fingers", () => {
  const tiles = () => [...root.querySelectorAll<HTMLElement>(".tile")];
  const selected = () => tiles().map((t) => t.getAttribute("aria-selected") === "true");

  it("starts selecting with a long press, with a little vibration, then taps add and remove", async () => {
    await start();
    vi.useFakeTimers();
    const vibrate = vi.fn(() => true);
    Object.defineProperty(navigator, "vibrate", { value: vibrate, configurable: true });
    try {
      const tile = tiles()[1]!;
      pointer(tile, "pointerdown", 100, 100);
      vi.advanceTimersByTime(300);
      expect(selected()).toEqual([false, false, false, false, false]);
      pointer(tile, "pointermove", 104, 103);
      vi.advanceTimersByTime(250);
      expect(selected()).toEqual([false, true, false, false, false]);
      expect(vibrate).toHaveBeenCalledTimes(1);
      expect(text(root.querySelector(".selection-count"))).toBe("1 selected");
      // The finger lifts: its click does not undo the selection.
      pointer(tile, "pointerup", 104, 103);
      tile.click();
      expect(selected()).toEqual([false, true, false, false, false]);
      // Taps now select and deselect instead of opening the viewer.
      pointer(tiles()[3]!, "pointerdown", 10, 10);
      pointer(tiles()[3]!, "pointerup", 10, 10);
      tiles()[3]!.click();
      pointer(tiles()[1]!, "pointerdown", 10, 10);
      pointer(tiles()[1]!, "pointerup", 10, 10);
      tiles()[1]!.click();
      expect(selected()).toEqual([false, false, false, true, false]);
      expect(root.querySelector(".viewer")).toBeNull();
    } finally {
      Reflect.deleteProperty(navigator, "vibrate");
    }
  });

  it("lets a scroll be a scroll: a finger that moves or lifts early selects nothing and opens as before", async () => {
    await start();
    vi.useFakeTimers();
    const tile = tiles()[2]!;
    pointer(tile, "pointerdown", 100, 100);
    vi.advanceTimersByTime(200);
    pointer(tile, "pointermove", 100, 130);
    vi.advanceTimersByTime(1000);
    expect(selected()).toEqual([false, false, false, false, false]);
    pointer(tile, "pointerdown", 100, 100);
    vi.advanceTimersByTime(200);
    root.querySelector(".gallery-scroller")!.dispatchEvent(new Event("scroll"));
    vi.advanceTimersByTime(1000);
    expect(selected()).toEqual([false, false, false, false, false]);
    // A short tap opens the photo, as a click does.
    pointer(tile, "pointerdown", 100, 100);
    vi.advanceTimersByTime(120);
    pointer(tile, "pointerup", 100, 100);
    tile.click();
    vi.advanceTimersByTime(1000);
    expect(selected()).toEqual([false, false, false, false, false]);
    expect(text(root.querySelector(".viewer-counter"))).toBe("3 of 5");
  });

  it("does not select with a mouse held down: that is a click", async () => {
    await start();
    vi.useFakeTimers();
    pointer(tiles()[0]!, "pointerdown", 100, 100, 1, "mouse");
    vi.advanceTimersByTime(1000);
    expect(selected()).toEqual([false, false, false, false, false]);
  });
});
