import { beforeEach, describe, expect, it } from "vitest";

import { renderGrid } from "../src/grid";
import { defaultStrings } from "../src/i18n";
import { FakeBackend, photo, settle, video } from "./fake-backend";

const strings = defaultStrings();

describe("grid", () => {
  let backend: FakeBackend;

  beforeEach(() => {
    backend = new FakeBackend();
    document.body.replaceChildren();
  });

  it("renders one focusable tile per item, in order, with lazy thumbnails", () => {
    const grid = renderGrid([photo("a.jpg"), photo("b.jpg"), video("c.mp4")], backend, strings);
    const tiles = Array.from(grid.querySelectorAll<HTMLLIElement>(".tile"));
    expect(tiles.map((tile) => tile.title)).toEqual(["a.jpg", "b.jpg", "c.mp4"]);
    for (const tile of tiles) {
      expect(tile.tabIndex).toBe(0);
      const img = tile.querySelector("img")!;
      expect(img.getAttribute("src")).toBe(`thumb://localhost/t-${tile.title}`);
      expect(img.alt).toBe(tile.title);
      expect(img.getAttribute("loading")).toBe("lazy");
    }
    expect(grid.getAttribute("aria-label")).toBe("Photos and videos");
  });

  it("marks videos with a film badge and photos without", () => {
    const grid = renderGrid([photo("a.jpg"), video("c.mp4")], backend, strings);
    const [photoTile, videoTile] = grid.querySelectorAll(".tile");
    expect(photoTile!.querySelector(".badge")).toBeNull();
    expect(videoTile!.querySelector(".badge svg")).not.toBeNull();
    expect(videoTile!.querySelector(".badge")!.textContent).toBe("Video");
  });

  it("shows a file the shell could not read as an error tile with its reason", () => {
    const broken = { token: "t1", name: "locked.jpg", kind: null, problem: { code: "io", message: "denied" } };
    const grid = renderGrid([broken], backend, strings);
    const tile = grid.querySelector(".tile")!;
    expect(tile.classList.contains("is-failed")).toBe(true);
    expect(tile.querySelector("img")).toBeNull();
    expect(tile.querySelector(".tile-name")!.textContent).toBe("locked.jpg");
    expect(tile.querySelector(".tile-reason")!.textContent).toBe(strings.format("error-io"));
  });

  it("turns a thumbnail that fails to load into an error tile", async () => {
    backend.problems.set("t-bad.jpg", { code: "corrupt", message: "bad.jpg: damaged" });
    const grid = renderGrid([photo("bad.jpg")], backend, strings);
    grid.querySelector("img")!.dispatchEvent(new Event("error"));
    await settle();
    const tile = grid.querySelector(".tile")!;
    expect(tile.getAttribute("data-error")).toBe("corrupt");
    expect(tile.querySelector(".tile-reason")!.textContent).toBe("This file is damaged or incomplete.");
  });

  it("fades a thumbnail in once it has loaded", () => {
    const grid = renderGrid([photo("a.jpg")], backend, strings);
    const tile = grid.querySelector(".tile")!;
    expect(tile.classList.contains("is-loaded")).toBe(false);
    tile.querySelector("img")!.dispatchEvent(new Event("load"));
    expect(tile.classList.contains("is-loaded")).toBe(true);
  });

  it("moves focus between tiles with the arrow keys", () => {
    const grid = renderGrid([photo("a.jpg"), photo("b.jpg"), photo("c.jpg")], backend, strings);
    document.body.append(grid);
    const tiles = grid.querySelectorAll<HTMLElement>(".tile");
    tiles[0]!.focus();
    tiles[0]!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(document.activeElement).toBe(tiles[1]);
    tiles[1]!.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    expect(document.activeElement).toBe(tiles[2]);
    tiles[2]!.dispatchEvent(new KeyboardEvent("keydown", { key: "Home", bubbles: true }));
    expect(document.activeElement).toBe(tiles[0]);
  });
});
