// The app as a person uses it, on a fake backend: the welcome screen, the gallery, the viewer,
// the recycle bin, a drop, the transfers panel.

import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { App } from "../src/app";
import { Format } from "../src/format";
import { defaultStrings, languages, loadStrings } from "../src/i18n";
import type { ReportRow, TakeoutReport } from "../src/backend";
import { FakeBackend, item } from "./fake-backend";

const settle = async (rounds = 6) => {
  for (let i = 0; i < rounds; i += 1) await new Promise((r) => setTimeout(r, 0));
};

const text = (element: Element | null) => (element?.textContent ?? "").replace(/[\u2068\u2069]/g, "");

function click(element: Element | null | undefined): void {
  if (!element) throw new Error("nothing to click");
  (element as HTMLElement).click();
}

function buttonNamed(root: Element, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>("button")].find((b) => text(b).includes(name));
  if (!found) throw new Error(`no button "${name}" in: ${[...root.querySelectorAll("button")].map((b) => text(b)).join(" | ")}`);
  return found;
}

let root: HTMLElement;
let backend: FakeBackend;

beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById("app") as HTMLElement;
  backend = new FakeBackend();
});

async function start(signedIn: boolean): Promise<App> {
  backend.signedIn = signedIn;
  const app = new App(root, backend, defaultStrings());
  await app.start();
  await settle();
  return app;
}

describe("first start", () => {
  it("offers a local cloud or a server, and the local cloud leads to the gallery", async () => {
    await start(false);
    expect(text(root.querySelector("h1"))).toBe("Welcome to Skyfolio");
    click(buttonNamed(root, "Start with a local cloud"));
    await settle();
    expect(backend.called("useLocalCloud")).toHaveLength(1);
    expect(root.querySelector(".gallery")).not.toBeNull();
    expect(text(root.querySelector(".empty-state h2"))).toBe("Your photos will appear here");
  });

  it("says in plain words why signing in failed", async () => {
    await start(false);
    const form = root.querySelector("form") as HTMLFormElement;
    (form.querySelector("[name=server]") as HTMLInputElement).value = "https://photos.example.org";
    (form.querySelector("[name=email]") as HTMLInputElement).value = "anna@example.org";
    (form.querySelector("[name=password]") as HTMLInputElement).value = "wrong";
    form.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(text(root.querySelector(".form-error"))).toBe("The email or password is wrong.");
    expect(root.querySelector(".gallery")).toBeNull();
  });

  it("asks for an invite code when creating an account, and says when it does not work", async () => {
    await start(false);
    const form = root.querySelector("form") as HTMLFormElement;
    const invite = form.querySelector("[name=invite]") as HTMLInputElement;
    const inviteField = invite.closest("label") as HTMLElement;
    expect(inviteField.hidden).toBe(true);
    const register = form.querySelector("[name=register]") as HTMLInputElement;
    register.checked = true;
    register.dispatchEvent(new Event("change"));
    expect(inviteField.hidden).toBe(false);
    expect(text(inviteField.querySelector(".field-label"))).toBe("Invite code (if the server’s administrator gave you one)");
    (form.querySelector("[name=server]") as HTMLInputElement).value = "https://photos.example.org";
    (form.querySelector("[name=email]") as HTMLInputElement).value = "ben@example.org";
    (form.querySelector("[name=password]") as HTMLInputElement).value = "correct horse battery";
    invite.value = "USED-CODE";
    form.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(text(root.querySelector(".form-error"))).toContain("This invite code does not work");
    invite.value = " GOOD-CODE ";
    form.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(backend.called("signIn").at(-1)).toEqual(["https://photos.example.org", "ben@example.org", "correct horse battery", true, "GOOD-CODE"]);
    expect(root.querySelector(".gallery")).not.toBeNull();
  });
});

describe("the gallery", () => {
  it("groups the timeline by day, with badges, and opens the viewer with Enter", async () => {
    backend.items = [
      item(1, "2024-05-02"),
      item(2, "2024-05-02", { kind: "video", durationMs: 7000, place: "cloud", localPath: null }),
      item(3, "2024-05-01", { place: "this-computer", remoteId: null }),
    ];
    await start(true);
    const headers = [...root.querySelectorAll(".day-title")].map(text);
    expect(headers).toHaveLength(2);
    expect(headers[0]).toContain("2024");
    const tiles = root.querySelectorAll<HTMLElement>(".tile");
    expect(tiles).toHaveLength(3);
    expect(text(tiles[1]?.querySelector(".badge-video") ?? null)).toBe("0:07");
    expect(tiles[1]?.querySelector(".badge-place")?.getAttribute("title")).toBe("Only in the cloud");
    expect(tiles[0]?.querySelector("img")?.getAttribute("src")).toBe(`thumb://localhost/${backend.items[0]!.hash}/256`);
    expect(text(root.querySelector(".gallery-status"))).toBe("3 items");
    tiles[0]!.focus();
    tiles[0]!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(document.activeElement).toBe(root.querySelectorAll(".tile")[1]);
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await settle();
    const viewer = root.querySelector(".viewer");
    expect(viewer).not.toBeNull();
    expect(viewer?.querySelector("video")?.getAttribute("src")).toBe(`http://127.0.0.1:41234/secret/${backend.items[1]!.hash}`);
    expect(text(viewer?.querySelector(".viewer-counter") ?? null)).toBe("2 of 3");
    viewer!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    await settle();
    expect(text(root.querySelector(".viewer-counter"))).toBe("3 of 3");
    expect(root.querySelector(".viewer-photo")?.getAttribute("src")).toContain("/1440");
    root.querySelector(".viewer")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(root.querySelector(".viewer")).toBeNull();
  });

  it("selects with Space and Shift, and trashes the selection after asking", async () => {
    backend.items = [item(1, "2024-05-02"), item(2, "2024-05-02"), item(3, "2024-05-02")];
    await start(true);
    const tiles = () => [...root.querySelectorAll<HTMLElement>(".tile")];
    tiles()[0]!.focus();
    tiles()[0]!.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true }));
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", shiftKey: true, bubbles: true }));
    expect(tiles().map((t) => t.getAttribute("aria-selected"))).toEqual(["true", "true", "false"]);
    expect(text(root.querySelector(".selection-count"))).toBe("2 selected");
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent("keydown", { key: "Delete", bubbles: true }));
    await settle();
    const dialog = root.querySelector(".dialog") as HTMLElement;
    expect(text(dialog.querySelector(".dialog-title"))).toBe("Move 2 items to the recycle bin?");
    click(buttonNamed(dialog, "Move to recycle bin"));
    await settle();
    expect(backend.called("moveToTrash")).toEqual([[["r1", "r2"]]]);
  });

  it("renders only the rows on screen of a long timeline, and loads more as it goes", async () => {
    backend.items = Array.from({ length: 3000 }, (_, n) => item(n + 1, `2024-0${1 + (n % 9)}-01`));
    backend.items.sort((a, b) => b.sortTime - a.sortTime);
    await start(true);
    const rendered = root.querySelectorAll(".tile").length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(400);
    expect(backend.called("timeline")[0]).toEqual([null, 400]);
  });

  it("shows each item in its own tile when tiles that scrolled away come back for others", async () => {
    backend.items = Array.from({ length: 3000 }, (_, n) =>
      item(n + 1, `2024-0${1 + (n % 9)}-01`, n % 7 === 0 ? { kind: "video", durationMs: 4000, place: "cloud", localPath: null } : {}),
    );
    backend.items.sort((a, b) => b.sortTime - a.sortTime);
    await start(true);
    const scroller = root.querySelector<HTMLElement>(".gallery-scroller")!;
    const first = root.querySelector<HTMLElement>(".tile")!;
    const seen = new Set<string>();
    for (const top of [40_000, 90_000, 15_000, 0]) {
      scroller.scrollTop = top;
      scroller.dispatchEvent(new Event("scroll"));
      await settle();
      const tiles = [...root.querySelectorAll<HTMLElement>(".tile")];
      expect(tiles.length).toBeGreaterThan(0);
      for (const tile of tiles) {
        const shown = backend.items[Number(tile.dataset.index)]!;
        seen.add(shown.hash);
        expect(tile.dataset.hash).toBe(shown.hash);
        expect(tile.querySelector("img")?.getAttribute("src")).toBe(`thumb://localhost/${shown.hash}/256`);
        expect(tile.querySelector(".badge-video") !== null).toBe(shown.kind === "video");
        expect(tile.getAttribute("aria-label")?.startsWith(shown.kind === "video" ? "Video" : "Photo")).toBe(true);
      }
    }
    // The first tile came back at the top, having shown other items meanwhile.
    expect(first.isConnected).toBe(true);
    expect(seen.size).toBeGreaterThan(root.querySelectorAll(".tile").length * 2);
    click(first);
    await settle();
    expect(text(root.querySelector(".viewer-counter"))).toBe(`${Number(first.dataset.index) + 1} of 3,000`);
  });
});

describe("uploads", () => {
  it("asks for an album when files are dropped, uploads, and shows the progress", async () => {
    await start(true);
    backend.emitDrop({ type: "over" });
    expect((root.querySelector(".drop-target") as HTMLElement).hidden).toBe(false);
    backend.emitDrop({ type: "drop", paths: ["/home/anna/trip"] });
    await settle();
    expect((root.querySelector(".drop-target") as HTMLElement).hidden).toBe(true);
    const input = root.querySelector(".dialog input") as HTMLInputElement;
    expect(input.value).toBe("Uploads");
    input.value = "Trip 2024";
    click(buttonNamed(root.querySelector(".dialog")!, "OK"));
    await settle();
    expect(backend.called("upload")).toEqual([[["/home/anna/trip"], "Trip 2024"]]);
    backend.emitOperation({
      id: 1,
      kind: "upload",
      state: "running",
      filesDone: 2,
      filesTotal: 5,
      bytesDone: 2e6,
      bytesTotal: 5e6,
      current: "IMG_3.jpg",
      moving: [
        { name: "/home/anna/trip/IMG_3.jpg", done: 250_000, size: 1e6 },
        { name: "/home/anna/trip/IMG_4.jpg", done: 0, size: 1e6 },
      ],
      failures: [],
      alreadyThere: 0,
      error: null,
    });
    const card = root.querySelector(".transfer") as HTMLElement;
    expect(text(card.querySelector(".transfer-title"))).toBe("Uploading 2 of 5");
    const files = [...card.querySelectorAll(".transfer-file")];
    expect(files.map((f) => text(f.querySelector(".transfer-file-name")))).toEqual(["IMG_3.jpg", "IMG_4.jpg"]);
    expect((files[0]!.querySelector("progress") as HTMLProgressElement).value).toBe(0.25);
    click(card.querySelector("[aria-label=Pause]"));
    await settle();
    expect(backend.called("pauseOperation")).toEqual([[1]]);
    backend.emitOperation({
      id: 1,
      kind: "upload",
      state: "failed",
      filesDone: 4,
      filesTotal: 5,
      bytesDone: 5e6,
      bytesTotal: 5e6,
      current: null,
      moving: [],
      failures: [{ path: "/home/anna/trip/bad.jpg", code: "corrupt", message: "damaged" }],
      alreadyThere: 0,
      error: null,
    });
    expect(text(root.querySelector(".transfer-failures summary"))).toBe("1 file failed");
    expect(text(root.querySelector(".transfer-failures li"))).toContain("This file is damaged or incomplete.");
  });
});

describe("phones, cards and Google Takeout", () => {
  it("offers to back up a plugged-in card, then to free its space after asking", async () => {
    backend.cards = [{ path: "/media/anna/NIKON D750", name: "NIKON D750" }];
    await start(true);
    const banner = root.querySelector(".card-banner") as HTMLElement;
    expect(text(banner)).toContain("NIKON D750 is connected");
    click(buttonNamed(banner, "Back up this phone or card"));
    await settle();
    expect(backend.called("importDevice")).toEqual([["/media/anna/NIKON D750"]]);
    expect(text(root.querySelector(".card-banner"))).toContain("Backing up NIKON D750");
    backend.emitOperation({
      id: 7, kind: "import", state: "done", filesDone: 40, filesTotal: 40, bytesDone: 1e8, bytesTotal: 1e8,
      current: null, moving: [], failures: [], alreadyThere: 2, error: null,
    });
    await settle();
    expect(text(root.querySelector(".transfer-title"))).toBe("Imported 40 of 40");
    const done = root.querySelector(".card-banner") as HTMLElement;
    expect(text(done)).toContain("NIKON D750 is backed up");
    click(buttonNamed(done, "Free up space"));
    await settle();
    const dialog = root.querySelector(".dialog") as HTMLElement;
    expect(text(dialog)).toContain("3 files (9 MB) are safely in the cloud");
    click(buttonNamed(dialog, "Remove 3 files"));
    await settle();
    expect(backend.called("freeDevice")).toEqual([["/media/anna/NIKON D750"]]);
    // "Not now" hides it until the card is plugged in again.
    click(buttonNamed(root.querySelector(".card-banner")!, "Not now"));
    expect((root.querySelector(".card-banners") as HTMLElement).hidden).toBe(true);
  });

  it("reviews a Takeout before importing it, naming a part that cannot be read", async () => {
    backend.pickedTakeout = ["/home/anna/takeout-001.zip", "/home/anna/takeout-003.zip"];
    await start(true);
    click(root.querySelector("[data-action=add-takeout]"));
    await settle();
    const dialog = root.querySelector(".dialog") as HTMLElement;
    expect(text(dialog)).toContain("1,200 photos and 30 videos in 4 albums");
    expect(text(dialog)).toContain("/home/anna/takeout-003.zip cannot be read");
    click(buttonNamed(dialog, "Import"));
    await settle();
    expect(backend.called("importTakeout")).toEqual([[backend.pickedTakeout]]);
    expect(text(root.querySelector(".transfer-title"))).toContain("Importing");
  });

  it("shows what became of every item once a Takeout import ends, by outcome", async () => {
    backend.pickedTakeout = ["/home/anna/takeout-001.zip"];
    const row = (name: string, outcome: ReportRow["outcome"], more: Partial<ReportRow> = {}): ReportRow => ({
      outcome, kind: "photo", name, source: "/home/anna/takeout-001.zip", entry: `Takeout/Google Photos/${name}`, album: null,
      cloudPath: null, presentAt: null, earlier: false, reason: null, detail: null, url: null, takenAt: null, sidecar: null,
      favorite: false, archived: false, trashed: false, ...more,
    });
    backend.report = {
      sources: [],
      rows: [
        row("IMG_1.jpg", "imported", { cloudPath: "Google Photos/IMG_1.jpg" }),
        row("IMG_2.jpg", "already-present", { presentAt: "Camera/IMG_2.jpg" }),
        row("IMG_3.jpg", "failed", { reason: "corrupt", detail: "damaged" }),
        row("IMG_9.jpg", "not-imported", { kind: "sidecar", reason: "no-media", url: "https://photos.google.com/photo/AF1Q" }),
        row("archive_browser.html", "ignored", { kind: "entry", reason: "not-media" }),
      ],
      counts: {
        items: 3, motionVideos: 0, imported: 1, alreadyPresent: 1, failed: 1, earlier: 0, withoutSidecar: 3,
        sidecarsWithoutMedia: 1, ignored: 1, refused: 0, problems: 0, unreadableSources: 0, albums: 0, favorites: 2,
        archived: 0, trashed: 1, entries: 5, entriesByUse: {},
      },
    };
    await start(true);
    click(root.querySelector("[data-action=add-takeout]"));
    await settle();
    click(buttonNamed(root.querySelector(".dialog")!, "Import"));
    await settle();
    const card = () => root.querySelector(".transfer[data-id='9']") as HTMLElement;
    expect(card().querySelector(".transfer-offer")).toBeNull();
    backend.emitOperation({
      id: 9, kind: "import", state: "done", filesDone: 2, filesTotal: 3, bytesDone: 1e6, bytesTotal: 1e6,
      current: null, moving: [], failures: [{ path: "takeout-001.zip: IMG_3.jpg", code: "corrupt", message: "damaged" }],
      alreadyThere: 1, error: null,
    });
    await settle();
    click(buttonNamed(card(), "Show the report"));
    await settle();
    expect(backend.called("takeoutReport")).toEqual([["Google Takeout 2026-12-06 10.00.00"]]);
    const dialog = root.querySelector(".dialog") as HTMLElement;
    expect(text(dialog.querySelector(".dialog-title"))).toBe("What came in from Google Photos");
    const tiles = [...dialog.querySelectorAll(".report-tile")].map((tile) => text(tile));
    expect(tiles).toEqual(["1Failed", "1Photo missing from the Takeout", "1Imported", "1Already here", "1Not photos", "5Everything"]);
    // A failure is what the person sees first, with why in words.
    const shown = () => [...dialog.querySelectorAll(".report-table tbody tr")].map((tr) => tr.getAttribute("data-outcome"));
    expect(shown()).toEqual(["failed"]);
    expect(text(dialog.querySelector(".report-why"))).toBe("This file is damaged or incomplete.");
    click(buttonNamed(dialog, "Photo missing"));
    expect(shown()).toEqual(["not-imported"]);
    expect(text(dialog.querySelector(".report-why"))).toContain("is a part of the Takeout missing?");
    expect(text(dialog.querySelector(".report-url"))).toBe("https://photos.google.com/photo/AF1Q");
    click(buttonNamed(dialog, "Everything"));
    expect(shown()).toEqual(["imported", "already-present", "failed", "not-imported", "ignored"]);
    expect(text(dialog.querySelector(".report-where"))).toBe("Google Photos/IMG_1.jpg");
    expect(text(dialog)).toContain("Favourites: 2.");
    expect(text(dialog)).toContain("Google Takeout 2026-12-06 10.00.00.csv");
    click(buttonNamed(dialog, "Close"));
    expect(root.querySelector(".dialog")).toBeNull();
  });

  it("pages a long report two hundred rows at a time", async () => {
    const { reportBody } = await import("../src/views/report");
    const app = await start(true);
    const rows: ReportRow[] = Array.from({ length: 450 }, (_, n) => ({
      outcome: "imported", kind: "photo", name: `IMG_${n}.jpg`, source: null, entry: null, album: null, cloudPath: null,
      presentAt: null, earlier: n < 10, reason: null, detail: null, url: null, takenAt: null, sidecar: null, favorite: false,
      archived: false, trashed: false,
    }));
    const counts = { failed: 0, sidecarsWithoutMedia: 0, favorites: 0, archived: 0, trashed: 0 } as TakeoutReport["counts"];
    const body = reportBody(app.context, { sources: [], rows, counts }, "/tmp/r.csv");
    expect(body.querySelectorAll("tbody tr")).toHaveLength(200);
    expect(text(body.querySelector("tbody tr"))).toContain("by an earlier import");
    click(buttonNamed(body, "Show 200 more"));
    click(buttonNamed(body, "Show 50 more"));
    expect(body.querySelectorAll("tbody tr")).toHaveLength(450);
    expect((body.querySelector(".report-more") as HTMLElement).hidden).toBe(true);
  });

  it("are not offered in a browser", async () => {
    backend.desktop = false;
    await start(true);
    backend.cards = [{ path: "/media/anna/NIKON D750", name: "NIKON D750" }];
    await settle();
    expect(root.querySelector("[data-action=add-takeout]")).toBeNull();
    expect(root.querySelector(".card-banner")).toBeNull();
  });
});

describe("updates", () => {
  it("offer a newer version found at start or later, install it on a yes, and wait on Later", async () => {
    backend.update = { version: "0.2.0", notes: "Faster sync." };
    await start(true);
    await settle();
    const banner = () => root.querySelector(".update-banner") as HTMLElement;
    expect(banner().hidden).toBe(false);
    expect(text(banner())).toContain("Skyfolio 0.2.0 is ready to install.");
    click(buttonNamed(banner(), "Install and restart"));
    await settle();
    expect(backend.called("installUpdate")).toEqual([[]]);
    expect(text(banner())).toContain("Installing Skyfolio 0.2.0");
  });

  it("are not offered when none was found, and Later hides one found while running", async () => {
    await start(true);
    await settle();
    const banner = () => root.querySelector(".update-banner") as HTMLElement;
    expect(banner().hidden).toBe(true);
    backend.emitUpdate({ version: "0.3.0", notes: null });
    await settle();
    expect(text(banner())).toContain("Skyfolio 0.3.0 is ready to install.");
    click(buttonNamed(banner(), "Later"));
    expect(banner().hidden).toBe(true);
    expect(backend.called("installUpdate")).toEqual([]);
  });
});

describe("the other pages", () => {
  it("restores from the recycle bin and tells the days left", async () => {
    backend.trashEntries = [
      { id: "t1", hash: "a".repeat(64), path: "Trip/IMG_9.jpg", kind: "photo", size: 2e6, trashedAt: 1.7e12, daysLeft: 12 },
    ];
    await start(true);
    click(root.querySelector("[data-page=trash]"));
    await settle();
    expect(text(root.querySelector(".trash-meta"))).toContain("Deleted for good in 12 days");
    click(buttonNamed(root, "Restore"));
    await settle();
    expect(backend.called("restore")).toEqual([[["t1"]]]);
    expect(text(root.querySelector(".trash-list"))).toContain("The recycle bin is empty.");
  });

  it("shows the quota and the linked devices", async () => {
    await start(true);
    click(root.querySelector("[data-page=storage]"));
    await settle();
    expect(text(root.querySelector(".quota-summary"))).toBe("2 GB of 5 GB used");
    expect(text(root.querySelector(".space-list"))).toContain("Trip/VID_1.mp4");
    click(root.querySelector("[data-page=devices]"));
    await settle();
    const devices = [...root.querySelectorAll(".device")];
    expect(devices).toHaveLength(2);
    expect(text(devices[0]!)).toContain("This computer");
    expect(text(devices[0]!)).toContain("Linux ·");
    expect(text(devices[1]!)).toContain("Windows ·");
    expect((devices[0]!.querySelector("button") as HTMLElement).hidden).toBe(true);
  });

  it("measures a local cloud against the free space of this computer's disk", async () => {
    backend.diskFree = 120e9;
    await start(true);
    click(root.querySelector("[data-page=storage]"));
    await settle();
    expect(text(root.querySelector(".quota-summary"))).toBe("2 GB used · 120 GB free on this computer");
    const photos = root.querySelector<HTMLElement>(".quota-part.quota-photos");
    expect(photos?.style.width).toBe(`${(100 * 1.2e9) / 122e9}%`);
  });

  it("asks whether the photos stay when signing out", async () => {
    await start(true);
    click(root.querySelector("[data-page=account]"));
    await settle();
    click(buttonNamed(root, "Sign out"));
    await settle();
    click(buttonNamed(root.querySelector(".dialog")!, "Keep them and sign out"));
    await settle();
    expect(backend.called("signOut")).toEqual([[true]]);
    expect(text(root.querySelector("h1"))).toBe("Welcome to Skyfolio");
  });
});

describe("languages", () => {
  // Fetched once, as a page does the first time each is chosen (i18n.test.ts waits for that).
  beforeAll(() => Promise.all(languages.map(loadStrings)));

  const choose = async (value: string) => {
    const select = root.querySelector<HTMLSelectElement>("#settings-language");
    if (!select) throw new Error("no language list");
    select.value = value;
    select.dispatchEvent(new Event("change"));
    await settle();
  };

  it("switch live from Settings, everywhere on screen, mirrored for Arabic, and back to the computer's", async () => {
    await start(true);
    click(root.querySelector("[data-page=settings]"));
    await settle();
    const names = [...root.querySelectorAll("#settings-language option")].map((o) => text(o));
    expect(names).toEqual([
      "Same as this computer (English)", "English", "简体中文", "Русский", "Español", "Português (Brasil)",
      "हिन्दी", "Bahasa Indonesia", "Deutsch", "Français", "العربية",
    ]);
    await choose("de-DE");
    expect(backend.called("setLanguage")).toEqual([["de-DE"]]);
    expect(text(root.querySelector("[data-page=photos]"))).toBe("Fotos");
    expect(text(root.querySelector(".page-title"))).toBe("Einstellungen");
    expect(text(root.querySelector("[data-action=add-photos]"))).toBe("Fotos hinzufügen");
    expect(document.documentElement.lang).toBe("de-DE");
    expect(document.documentElement.dir).toBe("ltr");
    // The list now speaks German, and still names each language in its own.
    expect(text(root.querySelector("#settings-language option"))).toBe("Wie auf diesem Computer (English)");
    expect(root.querySelector<HTMLSelectElement>("#settings-language")?.value).toBe("de-DE");

    await choose("ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(text(root.querySelector(".page-title"))).toBe("الإعدادات");

    await choose("");
    expect(backend.called("setLanguage").at(-1)).toEqual([null]);
    expect(document.documentElement.dir).toBe("ltr");
    expect(text(root.querySelector("[data-page=photos]"))).toBe("Photos");
  });

  it("follow a switch made elsewhere (the tray)", async () => {
    await start(true);
    await backend.setLanguage("fr-FR");
    await settle();
    expect(text(root.querySelector("[data-page=trash]"))).toBe("Corbeille");
    expect(text(root.querySelector(".empty-state h2"))).not.toBe("Your photos will appear here");
  });
});

describe("settings", () => {
  const change = async (selector: string, value: string | boolean) => {
    const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
    if (!control) throw new Error(`no ${selector}`);
    if (typeof value === "boolean") (control as HTMLInputElement).checked = value;
    else control.value = value;
    control.dispatchEvent(new Event("change"));
    await settle();
  };

  it("keep each preference as it is changed, and put back one refused", async () => {
    await start(true);
    click(root.querySelector("[data-page=settings]"));
    await settle();
    expect(root.querySelector<HTMLSelectElement>("#settings-transfers")?.value).toBe("4");
    await change("#settings-uploadLimit", "1000000");
    await change("#settings-deletions", "never");
    await change("#settings-closeToTray", false);
    expect(backend.prefs).toMatchObject({ uploadLimit: 1_000_000, deletions: "never", closeToTray: false, transfers: 4 });
    expect(text(root.querySelector("#settings-uploadLimit"))).toContain("1 MB/s");
    // The shell refuses it: the list shows what is kept, and the reason is told.
    backend.prefs.transfers = 4;
    const select = root.querySelector<HTMLSelectElement>("#settings-transfers")!;
    const extra = document.createElement("option");
    extra.value = "99";
    select.append(extra);
    await change("#settings-transfers", "99");
    expect(select.value).toBe("4");
    expect(backend.prefs.transfers).toBe(4);
    expect(text(root.querySelector(".notice-error"))).toContain("out of range");
  });

  it("free a backup folder's space by age or size, after saying how much the cloud holds", async () => {
    backend.linkedFolders = [
      { id: 1, path: "/home/anna/Pictures", mode: "upload-only", state: "ok", error: null, addedAt: 0, lastScanAt: null, album: "", paused: false },
      { id: 2, path: "/home/anna/Shared", mode: "two-way", state: "ok", error: null, addedAt: 0, lastScanAt: null, album: "", paused: false },
    ];
    await start(true);
    click(root.querySelector("[data-page=settings]"));
    await settle();
    const [backup, twoWay] = [...root.querySelectorAll(".settings-folder")];
    expect(twoWay!.querySelector(".folder-free")).toBeNull();
    click(backup!.querySelector(".folder-free"));
    await settle();
    const dialog = root.querySelector(".dialog") as HTMLElement;
    expect(text(dialog.querySelector(".dialog-title"))).toBe("Free up space in /home/anna/Pictures");
    // Older than a year unless the person says otherwise.
    expect(backend.called("folderSpace")).toEqual([["/home/anna/Pictures", { olderThanDays: 360, largerThan: null }]]);
    expect(text(dialog.querySelector(".free-found"))).toBe("12 files (120 MB) are safely in the cloud.");
    await change("#free-age", "0");
    await change("#free-size", "10000000");
    expect(backend.called("folderSpace").at(-1)).toEqual(["/home/anna/Pictures", { olderThanDays: null, largerThan: 10_000_000 }]);
    expect(text(dialog.querySelector(".free-found"))).toBe("40 files (120 MB) are safely in the cloud.");
    click(buttonNamed(dialog, "Remove 40 files"));
    await settle();
    expect(backend.called("freeFolder")).toEqual([["/home/anna/Pictures", { olderThanDays: null, largerThan: 10_000_000 }]]);
    expect(text(root.querySelector(".notice"))).toContain("40 files removed, 120 MB freed; 0 kept.");
  });

  it("free nothing when nothing is in the cloud yet", async () => {
    backend.linkedFolders = [
      { id: 1, path: "/home/anna/Pictures", mode: "upload-only", state: "ok", error: null, addedAt: 0, lastScanAt: null, album: "", paused: false },
    ];
    backend.confirmedInFolder = () => ({ files: 0, bytes: 0 });
    await start(true);
    click(root.querySelector("[data-page=settings]"));
    await settle();
    click(root.querySelector(".folder-free"));
    await settle();
    const dialog = root.querySelector(".dialog") as HTMLElement;
    expect(text(dialog.querySelector(".free-found"))).toBe("Nothing here matches yet: nothing to remove.");
    const confirm = buttonNamed(dialog, "Nothing to remove");
    expect(confirm.disabled).toBe(true);
    click(confirm);
    await settle();
    expect(backend.called("freeFolder")).toEqual([]);
    click(buttonNamed(dialog, "Cancel"));
    expect(root.querySelector(".dialog")).toBeNull();
  });

  it("pause, change and remove a folder, and clear the thumbnail cache", async () => {
    backend.linkedFolders = [
      { id: 1, path: "/home/anna/Pictures", mode: "two-way", state: "ok", error: null, addedAt: 0, lastScanAt: null, album: "", paused: false },
    ];
    await start(true);
    click(root.querySelector("[data-page=settings]"));
    await settle();
    const row = () => root.querySelector(".settings-folder");
    expect(text(row())).toContain("/home/anna/Pictures");
    expect(text(row())).toContain("The whole cloud");
    click(buttonNamed(row()!, "Pause"));
    await settle();
    expect(backend.called("setFolderPaused")).toEqual([["/home/anna/Pictures", true]]);
    expect(text(row())).toContain("Paused");
    expect(row()?.getAttribute("data-paused")).toBe("true");
    await change(".folder-mode", "upload-only");
    expect(backend.called("setFolderMode")).toEqual([["/home/anna/Pictures", "upload-only"]]);
    click(buttonNamed(row()!, "Remove"));
    await settle();
    click(buttonNamed(root.querySelector(".dialog")!, "Remove"));
    await settle();
    expect(backend.called("removeFolder")).toEqual([["/home/anna/Pictures"]]);
    expect(row()).toBeNull();
    expect(text(root.querySelector("#settings-cache-size"))).toContain("12.5 MB");
    click(root.querySelector("#settings-cache-clear"));
    await settle();
    expect(backend.called("clearThumbnailCache")).toHaveLength(1);
    expect(text(root.querySelector("#settings-cache-size"))).toContain("0 bytes");
  });
});

describe("a phone on the home network", () => {
  const openSettings = async () => {
    click(root.querySelector("[data-page=settings]"));
    await settle();
  };
  const group = () => root.querySelector<HTMLElement>(".settings-phone");
  const phoneSwitch = () => root.querySelector<HTMLInputElement>("#settings-phone")!;
  const turn = (on: boolean) => {
    phoneSwitch().checked = on;
    phoneSwitch().dispatchEvent(new Event("change"));
  };

  it("is offered only in the desktop app on a local cloud", async () => {
    await start(true);
    await openSettings();
    expect(root.querySelector("#settings-startAtLogin")).not.toBeNull();
    expect(group()).toBeNull();
    backend.localCloud = true;
    backend.desktop = false;
    await start(true);
    await openSettings();
    expect(root.querySelector("#settings-language")).not.toBeNull();
    expect(group()).toBeNull();
    expect(backend.called("phoneAccess")).toEqual([]);
  });

  it("shows a QR code and the address once on, makes a new code, and hides it at once when off", async () => {
    backend.localCloud = true;
    await start(true);
    await openSettings();
    expect(text(group()!.querySelector(".settings-heading"))).toBe("Your phone");
    expect(text(group()!.querySelector("label[for=settings-phone]"))).toBe("Let my phone reach this computer");
    expect(text(group())).toContain("not on public Wi-Fi");
    expect(phoneSwitch().type).toBe("checkbox");
    expect(phoneSwitch().checked).toBe(false);
    expect(group()!.querySelector("svg")).toBeNull();
    turn(true);
    await settle();
    expect(backend.called("setPhoneAccess")).toEqual([[true]]);
    const svg = group()!.querySelector("svg.phone-qr")!;
    expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(svg.getAttribute("viewBox")).toBe("0 0 29 29");
    expect(svg.getAttribute("shape-rendering")).toBe("crispEdges");
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("QR code that signs your phone in");
    expect(svg.querySelector("rect")?.getAttribute("fill")).toBe("#fff");
    expect(svg.querySelector("path")?.getAttribute("d")).toBe(backend.pairing!.qrPath);
    const first = backend.pairing!.url;
    expect(text(group()!.querySelector(".phone-address"))).toBe(first);
    const until = new Format("en-US").clock(backend.pairing!.expiresAt);
    expect(text(group())).toContain(`The code signs your phone in once and works until ${until}.`);
    click(buttonNamed(group()!, "New code"));
    await settle();
    expect(backend.called("newPairing")).toHaveLength(1);
    expect(backend.pairing!.url).not.toBe(first);
    expect(text(group()!.querySelector(".phone-address"))).toBe(backend.pairing!.url);
    expect(group()!.querySelector("svg.phone-qr path")?.getAttribute("d")).toBe(backend.pairing!.qrPath);
    turn(false);
    // Gone before the computer answers.
    expect(group()!.querySelector<HTMLElement>(".phone-pairing")!.hidden).toBe(true);
    await settle();
    expect(backend.called("setPhoneAccess")).toEqual([[true], [false]]);
    expect(group()!.querySelector("svg")).toBeNull();
    expect(group()!.querySelector(".phone-address")).toBeNull();
  });

  it("opens on as it was left, and says in the group why a switch failed", async () => {
    backend.localCloud = true;
    backend.phoneOn = true;
    await start(true);
    await openSettings();
    expect(phoneSwitch().checked).toBe(true);
    expect(group()!.querySelector("svg.phone-qr")).not.toBeNull();
    backend.phoneFailure = { code: "io", message: "address in use" };
    turn(false);
    await settle();
    const problem = group()!.querySelector<HTMLElement>(".form-error")!;
    expect(problem.hidden).toBe(false);
    expect(text(problem)).toBe("Skyfolio could not read or write a file.");
    // Still on: the switch and the code are back.
    expect(phoneSwitch().checked).toBe(true);
    expect(group()!.querySelector<HTMLElement>(".phone-pairing")!.hidden).toBe(false);
    backend.phoneFailure = { code: "io", message: "address in use" };
    click(buttonNamed(group()!, "New code"));
    await settle();
    expect(text(problem)).toBe("Skyfolio could not read or write a file.");
    turn(false);
    await settle();
    expect(problem.hidden).toBe(true);
    expect(phoneSwitch().checked).toBe(false);
  });

  it("replaces an expired code with a line saying so, and New code brings one back", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    try {
      const tick = (ms = 20) => vi.advanceTimersByTimeAsync(ms);
      backend.localCloud = true;
      backend.phoneOn = true;
      backend.signedIn = true;
      const app = new App(root, backend, defaultStrings());
      await app.start();
      await tick();
      click(root.querySelector("[data-page=settings]"));
      await tick();
      expect(group()!.querySelector("svg.phone-qr")).not.toBeNull();
      await tick(backend.pairingMs - 1000);
      expect(group()!.querySelector("svg.phone-qr")).not.toBeNull();
      await tick(1000);
      expect(group()!.querySelector("svg.phone-qr")).toBeNull();
      expect(text(group()!.querySelector(".phone-expired"))).toBe("This code has expired. Choose New code to get another one.");
      expect(group()!.querySelector(".phone-address")).toBeNull();
      click(buttonNamed(group()!, "New code"));
      await tick();
      expect(group()!.querySelector("svg.phone-qr")).not.toBeNull();
      expect(group()!.querySelector(".phone-expired")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("sync health", () => {
  it("brings a cloud drive's placeholder onto this computer on request", async () => {
    backend.healthNow.folders = [
      {
        path: "C:\\Users\\anna\\OneDrive\\Pictures", mode: "two-way", album: "", state: "ok", folderState: "ok", problem: null, paused: false,
        held: null, settling: 0,
        notSynced: [
          { path: "C:\\Users\\anna\\OneDrive\\Pictures\\IMG_1.jpg", code: "online-only", message: "only a placeholder" },
          { path: "C:\\Users\\anna\\OneDrive\\Pictures\\notes.txt", code: "unsupported-format", message: "not a photo" },
        ],
      },
    ];
    await start(true);
    click(root.querySelector("[data-page=health]"));
    await settle();
    const rows = [...root.querySelectorAll(".health-folder .health-item")] as HTMLElement[];
    expect(rows).toHaveLength(2);
    expect(rows[1]!.querySelector("button")).toBeNull();
    click(buttonNamed(rows[0]!, "Download and include"));
    await settle();
    expect(backend.called("keepHere")).toEqual([["C:\\Users\\anna\\OneDrive\\Pictures\\IMG_1.jpg"]]);
    expect(text(root.querySelector(".notice"))).toContain("is being brought onto this computer");
  });

  it("says what is wrong with a folder in the person's language, the English detail on hover", async () => {
    backend.healthNow.folders = [
      {
        path: "/media/anna/USB/Photos", mode: "two-way", album: "", state: "error", folderState: "missing",
        problem: "/media/anna/USB/Photos is not there", paused: false, held: null, settling: 0, notSynced: [],
      },
    ];
    await start(true);
    click(root.querySelector("[data-page=health]"));
    await settle();
    const problem = root.querySelector(".health-folder .form-error") as HTMLElement;
    expect(text(problem)).toBe("Not found (an unplugged drive?)");
    expect(problem.title).toBe("/media/anna/USB/Photos is not there");
  });

  it("lists earlier Takeout imports and opens each one's report", async () => {
    await start(true);
    click(root.querySelector("[data-page=health]"));
    await settle();
    expect(root.querySelector("#health-imports")).toBeNull();
    backend.savedReports = [
      { name: "Google Takeout 2026-12-06 10.00.00", path: "/data/reports/Google Takeout 2026-12-06 10.00.00.csv", savedAt: 1_765_000_000_000 },
    ];
    click(root.querySelector("[data-page=photos]"));
    await settle();
    click(root.querySelector("[data-page=health]"));
    await settle();
    const group = root.querySelector("#health-imports") as HTMLElement;
    expect(text(group)).toContain("Imports from Google Photos");
    expect(text(group)).toContain("/data/reports/Google Takeout 2026-12-06 10.00.00.csv");
    click(buttonNamed(group, "Show the report"));
    await settle();
    expect(backend.called("takeoutReport")).toEqual([["Google Takeout 2026-12-06 10.00.00"]]);
    expect(text(root.querySelector(".dialog .dialog-title"))).toBe("What came in from Google Photos");
  });

  it("lists what failed and why, retries, answers held deletions and saves diagnostics", async () => {
    backend.healthNow.failed = [
      { path: "/photos/IMG_2.jpg", direction: "upload", code: "unreachable", message: "cannot reach", attempts: 3, nextTryAt: 1.7e12 },
    ];
    const deletions = Array.from({ length: 60 }, (_, i) => ({ path: `Trip/IMG_${i}.jpg`, side: "cloud" as const }));
    backend.healthNow.folders = [
      {
        path: "/photos", mode: "two-way", album: "", state: "ok", folderState: "ok", problem: null, paused: false, settling: 0,
        held: { reason: "many", deletions, fingerprint: "3fa9c2d18e0b7a64" },
        notSynced: [{ path: "/photos/notes.txt", code: "unsupported-format", message: "not a photo" }],
      },
    ];
    await start(true);
    click(root.querySelector("[data-page=health]"));
    await settle();
    expect(text(root.querySelector("#health-failed"))).toContain("/photos/IMG_2.jpg");
    expect(text(root.querySelector("#health-failed"))).toContain("tried 3 times");
    const folder = root.querySelector(".health-folder")!;
    expect(text(folder)).toContain("60 deletions at once wait for your answer");
    // Each deletion is named (the first ones), and where it would go.
    expect(text(folder)).toContain("Trip/IMG_0.jpg");
    expect(text(folder)).toContain("to the cloud’s recycle bin");
    expect(text(folder)).toContain("and 40 more");
    expect(text(folder)).toContain("/photos/notes.txt");
    click(root.querySelector("#health-retry"));
    await settle();
    expect(backend.called("retryFailed")).toHaveLength(1);
    expect(root.querySelector("#health-failed")).toBeNull();
    click(buttonNamed(root.querySelector(".health-folder")!, "Delete them on the other side too"));
    await settle();
    click(buttonNamed(root.querySelector(".dialog")!, "Delete them on the other side too"));
    await settle();
    // The answer names the plan that was shown, and only that folder.
    expect(backend.called("answerHeld")).toEqual([["/photos", "3fa9c2d18e0b7a64", "delete"]]);
    expect(text(root.querySelector(".health"))).not.toContain("wait for your answer");
    click(root.querySelector("#health-diagnostics"));
    await settle();
    expect(backend.called("saveDiagnostics")).toEqual([["/home/anna/skyfolio-diagnostics.zip"]]);
    expect(text(root.querySelector("#health-diagnostics-saved"))).toContain("/home/anna/skyfolio-diagnostics.zip");
  });

  it("gives a twin in the cloud a name of its own in one click", async () => {
    backend.healthNow.folders = [
      {
        path: "/photos", mode: "two-way", album: "", state: "ok", folderState: "ok", problem: null, paused: false, settling: 0, held: null,
        notSynced: [{ path: "Trip/img.jpg", code: "name-taken", message: "another file has this name apart from case" }],
      },
    ];
    await start(true);
    click(root.querySelector("[data-page=health]"));
    await settle();
    expect(text(root.querySelector(".health-folder"))).toContain("Trip/img.jpg");
    click(buttonNamed(root.querySelector(".health-folder")!, "Give it a name of its own"));
    await settle();
    expect(backend.called("renameTwin")).toEqual([["Trip/img.jpg"]]);
    expect(text(root)).toContain("Renamed in the cloud to Trip/img (2).jpg.");
  });

  it("shows uploads in progress on the storage page and cancels one", async () => {
    await start(true);
    click(root.querySelector("[data-page=storage]"));
    await settle();
    const uploads = root.querySelector(".space-uploads")!;
    expect(text(uploads)).toContain("Trip/VID_2.mp4");
    expect(text(uploads)).toContain("Desktop");
    click(buttonNamed(uploads, "Cancel upload"));
    await settle();
    expect(backend.called("cancelUpload")).toEqual([["u1"]]);
    expect(root.querySelector(".space-uploads li")).toBeNull();
  });

  it("offers an emptied folder its photos back, and shows the plan again when it changed", async () => {
    backend.healthNow.folders = [
      {
        path: "/photos", mode: "two-way", album: "", state: "ok", folderState: "ok", problem: null, paused: false, settling: 0, notSynced: [],
        held: { reason: "folder-empty", deletions: [{ path: "a.jpg", side: "cloud" }], fingerprint: "00aa" },
      },
    ];
    await start(true);
    click(root.querySelector("[data-page=health]"));
    await settle();
    expect(text(root.querySelector(".health-folder"))).toContain("This folder is empty, although it held photos");
    // Meanwhile the plan changed: the answer is refused and what waits now is shown.
    backend.healthNow.folders[0]!.held = { reason: "folder-empty", deletions: [{ path: "a.jpg", side: "cloud" }, { path: "b.jpg", side: "cloud" }], fingerprint: "00bb" };
    click(buttonNamed(root.querySelector(".health-folder")!, "Bring them back"));
    await settle();
    expect(backend.called("answerHeld")).toEqual([["/photos", "00aa", "restore"]]);
    expect(text(root.querySelector(".health-folder"))).toContain("b.jpg");
    click(buttonNamed(root.querySelector(".health-folder")!, "Bring them back"));
    await settle();
    expect(backend.called("answerHeld")[1]).toEqual(["/photos", "00bb", "restore"]);
    expect(root.querySelector(".health-folder")).toBeNull();
  });

  it("says how sync stands in the core's words, with when it was last up to date", async () => {
    // Which words fit which status is the core's rule (SyncStatus::words, tested there); the page
    // says them in its language, as the tray does.
    await start(true);
    const idle = { state: "idle", uploads: 0, downloads: 0, failed: 0, held: 0, leftOut: 0, problems: 0, lastSuccessAt: null, problem: null, progress: null } as const;
    backend.emitSync({ ...idle, uploads: 2, said: { id: "sync-pending", args: { uploads: 2, downloads: 0 } } });
    await settle();
    expect(text(root.querySelector(".sync-line"))).toContain("2 to upload");
    backend.emitSync({ ...idle, held: 1, said: { id: "sync-held", args: { count: 1 } } });
    await settle();
    expect(text(root.querySelector(".sync-line"))).toContain("A folder waits for your answer");
    backend.emitSync({ ...idle, state: "paused", said: { id: "tray-status-paused", args: {} } });
    await settle();
    expect(text(root.querySelector(".sync-line"))).toContain("Sync paused");
    backend.emitSync({ ...idle, state: "error", said: { id: "error-storage-full", args: {} } });
    await settle();
    expect(text(root.querySelector(".sync-line"))).toContain(defaultStrings().format("error-storage-full"));
    backend.emitSync({ ...idle, said: { id: "error-from-a-newer-version", args: {} } });
    await settle();
    expect(text(root.querySelector(".sync-line"))).toContain(defaultStrings().format("error-unknown"));
    backend.emitSync({ ...idle, lastSuccessAt: Date.UTC(2026, 11, 7, 9, 30), said: { id: "sync-up-to-date", args: {} } });
    await settle();
    expect(text(root.querySelector(".sync-line"))).toMatch(/^Up to date · /);
  });

  it("shows how many files of how many are being sent", async () => {
    await start(true);
    backend.emitSync({
      state: "syncing", uploads: 0, downloads: 0, failed: 0, held: 0, leftOut: 0, problems: 0, lastSuccessAt: null, problem: null,
      progress: { uploads: 340, uploaded: 11, downloads: 0, downloaded: 0 }, said: { id: "sync-uploading", args: { done: 12, total: 340 } },
    });
    await settle();
    expect(text(root.querySelector(".sync-line"))).toContain("Uploading 12 of 340");
  });
});

describe("in a browser", () => {
  it("signs in to the server that served the page, without a local cloud or an address", async () => {
    backend.desktop = false;
    await start(false);
    expect(root.textContent).not.toContain("Start with a local cloud");
    expect(root.querySelector("[name=server]")).toBeNull();
    const form = root.querySelector("form") as HTMLFormElement;
    (form.querySelector("[name=email]") as HTMLInputElement).value = "anna@example.org";
    (form.querySelector("[name=password]") as HTMLInputElement).value = "secret-enough";
    form.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(backend.called("signIn")).toEqual([["", "anna@example.org", "secret-enough", false, null]]);
    expect(root.querySelector(".gallery")).not.toBeNull();
  });

  it("says plainly when the page came over plain http, and not when it came over https", async () => {
    backend.desktop = false;
    const page = window as unknown as { happyDOM: { setURL(url: string): void } };
    const was = location.href;
    page.happyDOM.setURL("http://photos.example.org/");
    await start(false);
    expect(text(root.querySelector(".welcome-insecure"))).toContain("This page is not encrypted");
    page.happyDOM.setURL("https://photos.example.org/");
    await start(false);
    expect(root.querySelector(".welcome-insecure")).toBeNull();
    expect(text(root.querySelector(".welcome-card p"))).toContain("photos.example.org");
    page.happyDOM.setURL(was);
  });

  it("says when the computer's sign-in code did not work, and how to sign in a phone", async () => {
    backend.desktop = false;
    await start(false);
    expect(root.querySelector(".welcome-notice")).toBeNull();
    expect(text(root.querySelector(".welcome-hint"))).toBe(
      "Signing in to Skyfolio on your computer? Turn on Settings → Let my phone reach this computer there and scan its code.",
    );
    backend.pairingProblem = { code: "invalid-credentials", message: "this code does not work" };
    await start(false);
    expect(text(root.querySelector(".welcome-notice"))).toBe(
      "The sign-in code from your computer was used already or has expired. On the computer, make a new one: Settings → Let my phone reach this computer → New code. Then scan it again.",
    );
    expect(root.querySelector(".welcome form")).not.toBeNull();
    backend.pairingProblem = { code: "too-many-attempts", message: "slow down" };
    await start(false);
    expect(text(root.querySelector(".welcome-notice"))).toBe("Too many attempts. Wait a little and try again.");
    // The desktop app has no such hint.
    backend.desktop = true;
    backend.pairingProblem = null;
    await start(false);
    expect(root.querySelector(".welcome-hint")).toBeNull();
  });

  it("hides what only the desktop app has: sync health, the sync line, folders, tray and cache settings", async () => {
    backend.desktop = false;
    await start(true);
    const pages = [...root.querySelectorAll<HTMLElement>(".nav-item")].map((b) => b.dataset.page);
    expect(pages).toEqual(["photos", "albums", "trash", "storage", "devices", "account", "settings"]);
    expect((root.querySelector(".sync-line") as HTMLElement).hidden).toBe(true);
    expect(backend.called("syncStatus")).toEqual([]);
    click(root.querySelector("[data-page=settings]"));
    await settle();
    expect(text(root.querySelector("#settings-language option"))).toBe("Same as this browser (English)");
    expect(root.querySelector(".settings-folders")).toBeNull();
    expect(root.querySelector("#settings-startAtLogin")).toBeNull();
    expect(root.querySelector("#settings-cache-clear")).toBeNull();
    click(root.querySelector("[data-page=account]"));
    await settle();
    expect(root.querySelector(".folder-list")).toBeNull();
    expect(text(root.querySelector(".account-info dt:nth-of-type(3)"))).toBe("This browser");
    click(root.querySelector("[data-page=albums]"));
    await settle();
    expect([...root.querySelectorAll<HTMLButtonElement>(".page button")].every((b) => b.hidden)).toBe(true);
  });

  it("speaks of this device and this page, not of this computer and its window", async () => {
    backend.desktop = false;
    await start(true);
    expect(text(root.querySelector(".empty-state p"))).toBe(
      "Choose Add photos to upload photos and videos from this device, or drag them onto this page.",
    );
    // A timeline the server refuses: the session is over, in a browser's words.
    backend.timeline = () => Promise.reject({ code: "unauthorized", message: "" });
    click(buttonNamed(root.querySelector(".segmented")!, "Videos"));
    await settle();
    expect(text(root.querySelector(".gallery-status"))).toBe("You were signed out. Sign in again to see your photos.");
    const app = new App(root, backend, defaultStrings());
    expect(app.context.describe({ code: "unauthorized", message: "" })).toBe("You were signed out. Sign in again to see your photos.");
    expect(app.context.describe({ code: "storage-full", message: "" })).not.toContain("sync");
    expect(app.context.describe({ code: "not-found", message: "" })).toBe("It is not there any more.");
  });

  it("keeps the desktop's words in the desktop app", async () => {
    await start(true);
    expect(text(root.querySelector(".empty-state p"))).toBe("Drag photos and videos onto this window, or choose Add photos.");
    const app = new App(root, backend, defaultStrings());
    expect(app.context.describe({ code: "unauthorized", message: "" })).toBe("This computer was signed out or unlinked. Sign in again to go on syncing.");
  });

  it("goes back to signing in when the session ended", async () => {
    backend.desktop = false;
    await start(true);
    expect(root.querySelector(".gallery")).not.toBeNull();
    backend.signedIn = false;
    backend.emitSync({ state: "signed-out", uploads: 0, downloads: 0, failed: 0, held: 0, leftOut: 0, problems: 0, lastSuccessAt: null, problem: null, progress: null, said: { id: "sync-signed-out", args: {} } });
    await settle();
    expect(root.querySelector(".gallery")).toBeNull();
    expect(root.querySelector(".welcome form")).not.toBeNull();
  });

  it("uploads dropped files to the album asked for, and downloads an original by a link", async () => {
    backend.desktop = false;
    backend.items = [item(1, "2024-06-01")];
    await start(true);
    const photo = new File(["abc"], "IMG_1.jpg", { type: "image/jpeg" });
    backend.emitDrop({ type: "drop", paths: [], files: [photo] });
    await settle();
    const input = root.querySelector(".dialog input") as HTMLInputElement;
    input.value = "Phone";
    click(buttonNamed(root.querySelector(".dialog")!, "OK"));
    await settle();
    expect(backend.called("uploadFiles")).toEqual([[["IMG_1.jpg"], "Phone"]]);
    expect(backend.called("upload")).toEqual([]);
    const clicked: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(`${this.getAttribute("href")} ${this.getAttribute("download")}`);
    };
    try {
      const tile = root.querySelector(".tile") as HTMLElement;
      tile.focus();
      tile.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true }));
      await settle();
      click(root.querySelector("[data-action=selection-download]"));
      await settle();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked).toEqual(["/api/v1/media/r1/original IMG_1.jpg"]);
    expect(backend.called("download")).toEqual([]);
  });
});
