import { beforeEach, describe, expect, it } from "vitest";

import { App, folderName } from "../src/app";
import { defaultStrings } from "../src/i18n";
import { FakeBackend, photo, settle, video } from "./fake-backend";

const strings = defaultStrings();
const plain = (text: string | null | undefined) => (text ?? "").replace(/[\u2068\u2069]/g, "");

function mount(backend: FakeBackend): { root: HTMLElement; app: App } {
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  return { root, app: new App(root, backend, strings) };
}

describe("app", () => {
  let backend: FakeBackend;

  beforeEach(() => {
    backend = new FakeBackend();
  });

  it("invites the person to choose a folder when none was given", async () => {
    const { root, app } = mount(backend);
    await app.start();
    expect(document.title).toBe("Skyfolio");
    expect(root.querySelector("h1")!.textContent).toBe("Skyfolio");
    const empty = root.querySelector(".empty")!;
    expect(empty.querySelector("h2")!.textContent).toBe(strings.format("grid-empty-title"));
    expect(empty.querySelector("button")!.textContent).toBe("Choose folder");
    expect(document.activeElement).toBe(empty.querySelector("button"));
    expect(root.querySelector<HTMLButtonElement>(".app-header button")!.hidden).toBe(true);
    expect(root.querySelector(".grid")).toBeNull();
  });

  it("shows the folder from the command line at start-up", async () => {
    backend.startup = "/home/ana/Pictures/Trip";
    backend.folders.set("/home/ana/Pictures/Trip", [photo("a.jpg"), video("b.mp4")]);
    const { root, app } = mount(backend);
    await app.start();
    expect(backend.listed).toEqual(["/home/ana/Pictures/Trip"]);
    expect(root.querySelectorAll(".grid .tile")).toHaveLength(2);
    expect(plain(root.querySelector(".app-subtitle")!.textContent)).toBe("Trip · 2 items");
  });

  it("lists the folder picked in the dialog", async () => {
    backend.picked = "/photos";
    backend.folders.set("/photos", [photo("x.jpg")]);
    const { root, app } = mount(backend);
    await app.start();
    root.querySelector<HTMLButtonElement>(".empty button")!.click();
    await settle();
    expect(backend.dialogTitles).toEqual([strings.format("folder-choose-dialog")]);
    expect(root.querySelectorAll(".grid .tile")).toHaveLength(1);
    // Once a folder is shown, the header's button picks the next one.
    const headerButton = root.querySelector<HTMLButtonElement>(".app-header button")!;
    expect(headerButton.hidden).toBe(false);
    backend.picked = "/more";
    backend.folders.set("/more", [photo("y.jpg"), photo("z.jpg")]);
    headerButton.click();
    await settle();
    expect(root.querySelectorAll(".grid .tile")).toHaveLength(2);
  });

  it("stays put when the dialog is cancelled", async () => {
    const { root, app } = mount(backend);
    await app.start();
    await app.chooseFolder();
    expect(backend.listed).toEqual([]);
    expect(root.querySelector(".empty")).not.toBeNull();
  });

  it("says so when the folder cannot be read", async () => {
    const { root, app } = mount(backend);
    await app.showFolder("/gone");
    const alert = root.querySelector("[role=alert]")!;
    expect(alert.textContent).toBe(strings.format("error-folder-unreadable"));
  });

  it("says so when the folder holds no photos", async () => {
    backend.folders.set("/docs", []);
    const { root, app } = mount(backend);
    await app.showFolder("/docs");
    expect(root.querySelector(".message")!.textContent).toBe(strings.format("grid-nothing"));
  });

  it("keeps the newest folder when an older listing answers late", async () => {
    let answerSlow: (items: ReturnType<typeof photo>[]) => void = () => {};
    backend.listFolder = (path: string) =>
      path === "/slow"
        ? new Promise((resolve) => (answerSlow = resolve))
        : Promise.resolve([photo("new.jpg")]);
    const { root, app } = mount(backend);
    const slow = app.showFolder("/slow");
    await app.showFolder("/fast");
    answerSlow([photo("old-1.jpg"), photo("old-2.jpg")]);
    await slow;
    const titles = Array.from(root.querySelectorAll<HTMLElement>(".tile")).map((tile) => tile.title);
    expect(titles).toEqual(["new.jpg"]);
  });
});

describe("folderName", () => {
  it("takes the last part of either kind of path", () => {
    expect(folderName("/home/ana/Pictures/")).toBe("Pictures");
    expect(folderName("C:\\Users\\ana\\Pictures")).toBe("Pictures");
    expect(folderName("/")).toBe("/");
  });
});
