// Checks the real Skyfolio window through tauri-driver with WebdriverIO (classic WebDriver:
// WebKitWebDriver has no BiDi), as a person would use it on first start: a local cloud, photos
// and videos dropped in, the timeline with their thumbnails, the viewer, the recycle bin,
// downloading everything back to a folder (compared byte for byte), the storage, devices and
// account pages, the keyboard and the content security policy. Saves a screenshot of each view.
// Started by run.sh inside Xvfb; reads its settings from the environment.

import { createHash } from "node:crypto";
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

import { startApp } from "./session.mjs";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (start this through run.sh)`);
  return value;
};

const APP = env("SKYFOLIO_APP");
const PHOTOS = env("SKYFOLIO_PHOTOS");
const OUT = env("SKYFOLIO_WINDOW_TEST_OUT");
const DOWNLOADS = env("SKYFOLIO_DOWNLOADS");
const PORT = Number(env("WEBDRIVER_PORT"));
/** A camera card run.sh made under $SKYFOLIO_MOUNTS: three new photos and a cache. */
const CARD = process.env.SKYFOLIO_CARD ?? null;
/** A Google Takeout part run.sh made: one photo with its JSON, one JSON without its photo. */
const TAKEOUT = process.env.SKYFOLIO_TAKEOUT ?? null;
const STARTUP_TIMEOUT_MS = 30_000;
const WORK_TIMEOUT_MS = 240_000;
const POLL_MS = 250;

/** Every file under a folder, relative, following the links run.sh made into the corpus. */
function filesUnder(root) {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(root, path));
    }
  };
  walk(root);
  return found.sort();
}

const sha256 = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");
const photos = filesUnder(PHOTOS);

const results = [];
async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ok    ${name} (${Date.now() - started} ms)`);
    return true;
  } catch (error) {
    results.push({ name, ok: false });
    const message = String(error?.message ?? error).replaceAll("\n", "\n        ");
    console.log(`  FAIL  ${name}\n        ${message}`);
    // What the window showed when it went wrong.
    const slug = name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").slice(0, 40);
    if (browser) await screenshot(`failed-${slug}`).catch(() => {});
    return false;
  }
}

function finish() {
  const passed = results.filter((result) => result.ok).length;
  const failed = results.length - passed;
  const line = `window test: ${passed} passed, ${failed} failed`;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, "summary"), `${line}\n`);
  console.log(line);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

/** Polls tauri-driver until it answers, without a fixed wait. */
async function driverReady() {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`tauri-driver did not answer on port ${PORT}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** A one-line message from the app's strings in a language. */
function stringOf(language, id) {
  const ftl = readFileSync(new URL(`../../locales/${language}/skyfolio.ftl`, import.meta.url), "utf8");
  const line = ftl.split("\n").find((text) => text.startsWith(`${id} = `));
  if (!line) throw new Error(`no message ${id} in the ${language} strings`);
  return line.slice(id.length + 3);
}

const englishString = (id) => stringOf("en-US", id);

const windowNames = () =>
  [...execFileSync("xwininfo", ["-root", "-tree"], { encoding: "utf8" }).matchAll(/^\s+0x[0-9a-f]+ "(.*)":/gm)].map(
    (match) => match[1],
  );

let browser;

const plain = (text) => (text ?? "").replace(/[\u2068\u2069]/g, "");

/** Waits until `probe` (run in the page) answers something truthy; answers it. */
async function until(what, probe, timeout = WORK_TIMEOUT_MS, ...args) {
  let last;
  await browser
    .waitUntil(
      async () => {
        last = await browser.execute(probe, ...args);
        return Boolean(last);
      },
      { timeout, interval: POLL_MS },
    )
    .catch(() => {
      throw new Error(`${what} never happened (last seen: ${JSON.stringify(last)})`);
    });
  return last;
}

/** Waits for two frames, then saves what the window shows. */
async function screenshot(name) {
  await browser.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));
  const png = Buffer.from(await browser.takeScreenshot(), "base64");
  if (png.length < 10_000) throw new Error(`the screenshot is only ${png.length} bytes`);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${name}.png`), png);
  console.log(`        ${join(OUT, `${name}.png`)}`);
}

/** Brings the window back to the top of the timeline, whatever an earlier check left open. */
async function backToTimeline() {
  await browser.execute(() => {
    for (const close of document.querySelectorAll(".dialog-backdrop")) close.remove();
    document.querySelector(".viewer")?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  });
  await until("the viewer to close", () => !document.querySelector(".viewer"), 10_000);
  await browser.execute(() => document.querySelector("[data-page=photos]")?.click());
  await until("the timeline", () => {
    const scroller = document.querySelector(".gallery-scroller");
    if (!scroller) return false;
    scroller.scrollTop = 0;
    return document.querySelector('.tile[data-index="0"]') !== null;
  }, 30_000);
}

/** Calls a command the way the page's backend does. */
const invoke = (cmd, args) =>
  browser.executeAsync(
    (cmd, args, done) => window.__TAURI_INTERNALS__.invoke(cmd, args).then(done, (error) => done({ failed: error })),
    cmd,
    args,
  );

/** Calls a command until its answer passes `test`; answers it. */
async function invokeUntil(what, cmd, test, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const answer = await invoke(cmd, {});
    if (answer && !answer.failed && test(answer)) return answer;
    if (Date.now() > deadline) throw new Error(`${what} never happened (last: ${JSON.stringify(answer)})`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Asks the shell what the tray shows until `test` passes; answers it. */
async function trayUntil(what, test, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await invoke("tray", {});
    if (last && test(last)) return last;
    if (Date.now() > deadline) throw new Error(`the tray never showed ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

const clickButton = (label) =>
  browser.execute((label) => {
    // A dialog in front is what a person clicks in.
    const scope = document.querySelector(".dialog") ?? document;
    const button = [...scope.querySelectorAll("button")].find((b) =>
      (b.textContent ?? "").replace(/[\u2068\u2069]/g, "").includes(label),
    );
    button?.click();
    return Boolean(button);
  }, label);

async function main() {
  console.log(`window test: ${APP} with ${photos.length} photos and videos`);
  if (!(await check("tauri-driver answers", driverReady))) return;

  const started = await check("the app starts in a WebDriver session", async () => {
    browser = await startApp(PORT, APP);
  });
  if (!started) return;

  await check("the window is titled Skyfolio and greets a new person", async () => {
    const title = await browser.getTitle();
    if (title !== "Skyfolio") throw new Error(`document title is ${JSON.stringify(title)}`);
    if (!windowNames().includes("Skyfolio")) throw new Error("no X window named Skyfolio");
    const heading = await until("the welcome screen", () => document.querySelector(".welcome h1")?.textContent, STARTUP_TIMEOUT_MS);
    if (heading !== englishString("welcome-title")) throw new Error(`the welcome says ${JSON.stringify(heading)}`);
    await screenshot("welcome");
  });

  await check("the content security policy is in force", async () => {
    const seen = await browser.executeAsync((done) => {
      const violations = [];
      document.addEventListener("securitypolicyviolation", (event) => violations.push(event.violatedDirective));
      const script = document.createElement("script");
      script.textContent = "window.inlineScriptRan = true";
      document.body.append(script);
      script.remove();
      const img = new Image();
      img.src = "https://example.com/pixel.png";
      let frames = 0;
      const wait = () => {
        if (violations.length >= 2 || ++frames > 30) done({ ran: window.inlineScriptRan === true, violations });
        else requestAnimationFrame(wait);
      };
      requestAnimationFrame(wait);
    });
    if (seen.ran) throw new Error("an inline script ran");
    const directives = seen.violations.join(" ");
    if (!directives.includes("script-src") || !directives.includes("img-src")) {
      throw new Error(`expected script-src and img-src violations, saw ${JSON.stringify(seen.violations)}`);
    }
  });

  const local = await check("a local cloud starts on this computer and the gallery opens", async () => {
    if (!(await clickButton(englishString("welcome-local-button")))) throw new Error("no local cloud button");
    await until("the empty gallery", () => document.querySelector(".gallery .empty-state h2")?.textContent);
    const welcome = await invoke("welcome", {});
    if (!welcome.signedIn || !welcome.localCloud) throw new Error(`signed in as ${JSON.stringify(welcome)}`);
    await screenshot("empty");
  });
  if (!local) return;

  await check(`photos and videos dropped on the window upload (${photos.length}), with progress`, async () => {
    // What a drop does once the album is chosen: the same command, the same progress events.
    const id = await invoke("upload", { paths: [PHOTOS], album: "Corpus" });
    if (typeof id !== "number") throw new Error(`upload answered ${JSON.stringify(id)}`);
    await until("a progress card", () => document.querySelector(".transfer .transfer-title")?.textContent);
    // Paused on its way, the card says so and keeps its place; resumed, it goes on.
    if ((await invoke("pause_operation", { id })) === true) {
      const paused = await until("the card to say it is paused", () => {
        const title = (document.querySelector(".transfer .transfer-title")?.textContent ?? "").replace(/[\u2068\u2069]/g, "");
        return /^Upload paused|^Uploaded/.test(title) ? title : null;
      });
      if (paused.startsWith("Upload paused")) {
        await screenshot("uploading");
        if ((await invoke("resume_operation", { id })) !== true) throw new Error("the upload did not resume");
      }
    }
    const title = await until(
      "the upload to finish",
      () => {
        const title = (document.querySelector(".transfer .transfer-title")?.textContent ?? "").replace(/[\u2068\u2069]/g, "");
        return /^Uploaded|problems/.test(title) ? title : null;
      },
    );
    if (title !== `Uploaded ${photos.length} of ${photos.length}`) throw new Error(`the card says ${JSON.stringify(plain(title))}`);
  });


  await check("the timeline shows every item with its thumbnail, grouped by day", async () => {
    await browser.execute(() => document.querySelector("[data-page=photos]")?.click());
    const status = await until(
      "every item in the timeline",
      (count) => {
        const text = (document.querySelector(".gallery-status")?.textContent ?? "").replace(/[\u2068\u2069]/g, "");
        return text === `${count} items` ? text : null;
      },
      WORK_TIMEOUT_MS,
      photos.length,
    );
    void status;
    const loaded = await until("the visible thumbnails to load", () => {
      const tiles = [...document.querySelectorAll(".tile")].filter((t) => t.getBoundingClientRect().top < window.innerHeight);
      const ready = tiles.filter((t) => t.classList.contains("is-loaded") || t.classList.contains("is-broken"));
      return tiles.length > 0 && ready.length === tiles.length ? tiles.filter((t) => t.classList.contains("is-loaded")).length : null;
    });
    if (loaded < 6) throw new Error(`only ${loaded} thumbnails on screen loaded`);
    // The timeline is virtualized: walk it from top to bottom and gather the days it shows.
    const days = await browser.executeAsync((done) => {
      const scroller = document.querySelector(".gallery-scroller");
      const seen = new Set();
      const step = () => {
        for (const title of document.querySelectorAll(".day-title")) seen.add(title.textContent);
        if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) {
          scroller.scrollTop = 0;
          done([...seen]);
          return;
        }
        scroller.scrollTop += scroller.clientHeight / 2;
        requestAnimationFrame(() => requestAnimationFrame(step));
      };
      step();
    });
    if (days.length < 2) throw new Error(`${days.length} days: ${JSON.stringify(days)}`);
    await browser.execute(() => document.activeElement?.blur());
    await screenshot("gallery");
  });

  await check("the tray shows a sync run from start to end, in words and by its icon", async () => {
    const before = await invoke("tray", {});
    if (!before || !Array.isArray(before.states)) throw new Error(`no tray: ${JSON.stringify(before)}`);
    await invoke("sync_now", {});
    const seen = await trayUntil("back to idle after a new run", (tray) => {
      const fresh = tray.states.slice(before.states.length - 1);
      const syncing = fresh.indexOf("syncing");
      return tray.state === "idle" && syncing >= 0 && fresh.indexOf("idle", syncing) > syncing;
    });
    if (seen.text.status !== englishString("sync-up-to-date")) throw new Error(`the tray says ${JSON.stringify(seen.text)}`);
    if (seen.text.quit !== englishString("tray-quit")) throw new Error(`the tray's Quit says ${seen.text.quit}`);
  });

  await check("the keyboard reaches the tiles and Enter opens the viewer, arrows move, Escape closes", async () => {
    await backToTimeline();
    await browser.execute(() => document.querySelector(".tile")?.focus());
    const ring = await browser.execute(() => {
      const style = getComputedStyle(document.activeElement);
      return document.activeElement.matches(".tile") && style.outlineStyle !== "none";
    });
    if (!ring) throw new Error("the focused tile shows no focus ring");
    // The arrow moves the focus to the next tile. (A reload after the sync pass just before may
    // redraw the first row under the keyboard: the focus is then put back and the key pressed
    // again.)
    for (let attempt = 0; ; attempt += 1) {
      await browser.keys("ArrowRight");
      const moved = await browser.execute(() => document.activeElement?.getAttribute("data-index"));
      if (moved === "1") break;
      if (attempt === 2) throw new Error(`the arrow left the focus on tile ${moved}`);
      await browser.execute(() => document.querySelector('.tile[data-index="0"]')?.focus());
    }
    // Enter opens the focused tile (again after such a redraw, on the tile the focus is back on).
    for (let attempt = 0; ; attempt += 1) {
      await browser.keys("Enter");
      const opened = await until("the viewer", () => document.querySelector(".viewer"), 5_000).catch((error) => {
        if (attempt === 2) throw error;
        return null;
      });
      if (opened) break;
      await browser.execute(() => document.querySelector('.tile[data-index="1"]')?.focus());
    }
    const counter = await until("the counter", () => document.querySelector(".viewer-counter")?.textContent);
    if (!plain(counter).startsWith("2 of ")) throw new Error(`the viewer shows ${JSON.stringify(plain(counter))}`);
    await browser.keys("ArrowLeft");
    await until(
      "a photo in the viewer",
      () => {
        const img = document.querySelector(".viewer-photo");
        const video = document.querySelector(".viewer-video");
        return (img && img.complete && img.naturalWidth > 0) || (video && video.readyState >= 1);
      },
      60_000,
    );
    await screenshot("viewer");
    await browser.keys("Escape");
    await until("the viewer to close", () => !document.querySelector(".viewer"));
  });

  await check("a video plays from the original in ranges", async () => {
    await backToTimeline();
    const ready = await until(
      "a video to play",
      () => {
        const tile = [...document.querySelectorAll(".tile")].find((t) => t.querySelector(".badge-video"));
        if (!tile) {
          document.querySelector(".gallery-scroller").scrollTop += 400;
          return null;
        }
        if (!document.querySelector(".viewer")) tile.click();
        const video = document.querySelector(".viewer-video");
        return video && video.readyState >= 1 ? video.duration : null;
      },
      60_000,
    );
    if (!(ready > 0)) throw new Error(`the video's duration is ${ready}`);
    await browser.keys("Escape");
    await browser.execute(() => { document.querySelector(".gallery-scroller").scrollTop = 0; });
  });

  let trashed;
  await check("a photo moved to the recycle bin can be restored", async () => {
    await backToTimeline();
    trashed = await until("the first tile", () => {
      const tile = document.querySelector('.tile[data-index="0"]');
      if (!tile) return null;
      tile.focus();
      return document.activeElement === tile ? tile.dataset.hash : null;
    });
    await browser.keys(" ");
    await until("the first tile to be selected", () => document.querySelector('.tile[data-index="0"]')?.getAttribute("aria-selected") === "true");
    await browser.keys("Delete");
    await until("the question", () => document.querySelector(".dialog"));
    await clickButton(englishString("trash-move"));
    await browser.execute(() => document.querySelector("[data-page=trash]")?.click());
    await until("the recycle bin entry", (hash) => document.querySelector(`.trash-entry img[src*="${hash}"]`), 30_000, trashed);
    const meta = plain(await browser.execute(() => document.querySelector(".trash-meta")?.textContent));
    if (!meta.includes("30 days")) throw new Error(`the entry says ${JSON.stringify(meta)}`);
    await screenshot("trash");
    await clickButton(englishString("trash-restore"));
    await until("the recycle bin to be empty", () => document.querySelector(".trash-list .empty-state"), 30_000);
    await browser.execute(() => document.querySelector("[data-page=photos]")?.click());
    await until("the restored photo in the timeline", (hash) => document.querySelector(`.tile[data-hash="${hash}"]`), 30_000, trashed);
  });

  await check("everything downloads to a folder, byte for byte", async () => {
    const id = await invoke("download", { selection: { kind: "all" }, to: DOWNLOADS });
    if (typeof id !== "number") throw new Error(`download answered ${JSON.stringify(id)}`);
    await until("the download to finish", () => {
      const titles = [...document.querySelectorAll(".transfer .transfer-title")].map((t) => (t.textContent ?? "").replace(/[\u2068\u2069]/g, ""));
      return titles.find((t) => /^Downloaded|Download finished/.test(t)) ?? null;
    });
    const got = filesUnder(join(DOWNLOADS, "Corpus"));
    if (got.length !== photos.length) throw new Error(`${got.length} files downloaded of ${photos.length}`);
    const differ = photos.filter((name) => sha256(join(PHOTOS, name)) !== sha256(join(DOWNLOADS, "Corpus", name)));
    if (differ.length > 0) throw new Error(`these differ: ${differ.join(", ")}`);
    await screenshot("transfers");
  });

  if (CARD) {
    await check("a plugged-in camera card is offered, backed up, then freed of what the cloud holds", async () => {
      await until("the card's banner", () => document.querySelector(".card-banner [data-action=card-back-up]") !== null, 30_000);
      await screenshot("card");
      await browser.execute(() => document.querySelector(".card-banner [data-action=card-back-up]")?.click());
      const title = await until("the backup to finish", () => {
        const titles = [...document.querySelectorAll(".transfer .transfer-title")].map((t) => (t.textContent ?? "").replace(/[\u2068\u2069]/g, ""));
        return titles.find((t) => /^Imported|^Import finished/.test(t)) ?? null;
      });
      if (title !== "Imported 3 of 3") throw new Error(`the card says ${JSON.stringify(plain(title))}`);
      await until("the offer to free the card", () => document.querySelector(".card-banner [data-action=card-free-space]") !== null, 30_000);
      await browser.execute(() => document.querySelector(".card-banner [data-action=card-free-space]")?.click());
      const body = await until("the question before anything is removed", () => document.querySelector(".dialog .dialog-body")?.textContent, 30_000);
      if (!plain(body).startsWith("3 files")) throw new Error(`the question says ${JSON.stringify(plain(body))}`);
      await screenshot("card-free");
      if (!(await clickButton("Remove 3 files"))) throw new Error("no Remove button");
      const left = await (async () => {
        const deadline = Date.now() + 30_000;
        for (;;) {
          const files = readdirSync(join(CARD, "DCIM", "100NIKON"));
          if (files.length === 0 || Date.now() > deadline) return files;
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      })();
      if (left.length > 0) throw new Error(`still on the card: ${left.join(", ")}`);
      if (!existsSync(join(CARD, "DCIM", ".thumbnails", "t.jpg"))) throw new Error("the card's cache was touched");
    });
  }

  if (TAKEOUT) {
    await check("a Google Takeout is reviewed, imported, and its report shown on the Sync page", async () => {
      const review = await invoke("review_takeout", { paths: [TAKEOUT] });
      if (review.failed || review.photos !== 1 || review.datedByJson !== 1) throw new Error(`the review says ${JSON.stringify(review)}`);
      const started = await invoke("import_takeout", { paths: [TAKEOUT] });
      if (started.failed || typeof started.report !== "string") throw new Error(`the import answered ${JSON.stringify(started)}`);
      await invokeUntil("the report", "takeout_reports", (reports) => reports.some((r) => r.name === started.report), 60_000);
      const report = await invoke("takeout_report", { name: started.report });
      const { counts } = report;
      if (counts.imported !== 1 || counts.sidecarsWithoutMedia !== 1) throw new Error(`the report counts ${JSON.stringify(counts)}`);
      if (!existsSync(started.path)) throw new Error(`no CSV at ${started.path}`);
      await browser.execute(() => document.querySelector("[data-page=health]")?.click());
      await until("the imports on the Sync page", () => document.querySelector("#health-imports button") !== null, 30_000);
      await browser.execute(() => document.querySelector("#health-imports button")?.click());
      const tiles = await until("the report's tiles", () => {
        const found = [...document.querySelectorAll(".dialog .report-tile")].map((t) => (t.textContent ?? "").replace(/[\u2068\u2069]/g, ""));
        return found.length > 0 ? found : null;
      }, 30_000);
      if (!tiles.includes("1Photo missing from the Takeout") || !tiles.includes("1Imported")) throw new Error(`the tiles say ${JSON.stringify(tiles)}`);
      await screenshot("takeout-report");
      if (!(await clickButton("Close"))) throw new Error("no Close button");
    });
  }

  await check("the storage page shows the quota and the largest videos", async () => {
    await browser.execute(() => document.querySelector("[data-page=storage]")?.click());
    const summary = await until("the quota", () => document.querySelector(".quota-summary")?.textContent, 30_000);
    if (!plain(summary).includes("used")) throw new Error(`the quota says ${JSON.stringify(summary)}`);
    await until("the list of videos", () => document.querySelector(".space-list .space-item"), 30_000);
    await screenshot("storage");
  });

  await check("the devices page lists this computer", async () => {
    await browser.execute(() => document.querySelector("[data-page=devices]")?.click());
    await until("this computer", () => document.querySelector(".device .tag"), 30_000);
    await screenshot("devices");
  });

  await check("the albums and account pages show the album and the local cloud", async () => {
    await browser.execute(() => document.querySelector("[data-page=albums]")?.click());
    const names = await until("the albums", () => [...document.querySelectorAll(".album-name")].map((n) => n.textContent).join(" | ") || null, 30_000);
    // The dropped photos' album, the backed-up card's and the Takeout's.
    const wanted = [CARD && "Camera", "Corpus", TAKEOUT && "Google Photos"].filter(Boolean).join(" | ");
    if (names !== wanted) throw new Error(`the albums are ${JSON.stringify(names)}`);
    await screenshot("albums");
    await browser.execute(() => document.querySelector("[data-page=account]")?.click());
    const where = await until("the account", () => document.querySelector(".account-info dd")?.textContent, 30_000);
    if (where !== englishString("account-local-cloud")) throw new Error(`the account says ${JSON.stringify(where)}`);
    await screenshot("account");
  });

  await check("Settings switch the language live, mirrored for Arabic, and back to the computer's", async () => {
    await browser.execute(() => document.querySelector("[data-page=settings]")?.click());
    const list = await browser.$("#settings-language");
    await list.waitForExist({ timeout: 30_000 });
    const words = () => ({
      photos: document.querySelector("[data-page=photos]")?.textContent,
      title: document.querySelector(".page-title")?.textContent,
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    });
    const expectWords = async (language, dir) => {
      const want = { photos: stringOf(language, "nav-photos"), title: stringOf(language, "settings-title"), lang: language, dir };
      const seen = await until(`the window in ${language}`, (want) => {
        const now = {
          photos: document.querySelector("[data-page=photos]")?.textContent,
          title: document.querySelector(".page-title")?.textContent,
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
        };
        return JSON.stringify(now) === JSON.stringify(want) ? now : null;
      }, 10_000, want);
      return seen;
    };
    const english = await browser.execute(words);
    const trayIn = (language) =>
      trayUntil(`the tray in ${language}`, (tray) =>
        tray.text.quit === stringOf(language, "tray-quit") && tray.text.open === stringOf(language, "tray-open"));
    await (await browser.$("#settings-language")).selectByAttribute("value", "de-DE");
    await expectWords("de-DE", "ltr");
    await trayIn("de-DE");
    await screenshot("settings-german");
    await (await browser.$("#settings-language")).selectByAttribute("value", "ar");
    await expectWords("ar", "rtl");
    await trayIn("ar");
    // Mirrored: the sidebar is on the right.
    const sidebar = await browser.execute(() => {
      const box = document.querySelector(".sidebar")?.getBoundingClientRect();
      return box ? { left: box.left, right: box.right, width: window.innerWidth } : null;
    });
    if (!sidebar || sidebar.right < sidebar.width - 1) throw new Error(`the sidebar is not on the right: ${JSON.stringify(sidebar)}`);
    await browser.execute(() => document.querySelector("[data-page=photos]")?.click());
    await until("the timeline in Arabic", () => document.querySelector('.tile[data-index="0"]') !== null, 30_000);
    await screenshot("gallery-arabic");
    await browser.execute(() => document.querySelector("[data-page=settings]")?.click());
    await (await browser.$("#settings-language")).waitForExist({ timeout: 30_000 });
    await (await browser.$("#settings-language")).selectByAttribute("value", "");
    const back = await expectWords(english.lang, "ltr");
    await trayIn(english.lang);
    if (back.photos !== english.photos) throw new Error(`back to ${JSON.stringify(back)}, was ${JSON.stringify(english)}`);
  });

  await check("a backup folder syncs with the tray counting files, a notice at the end, Settings pause it and free its space", async () => {
    const folder = join(DOWNLOADS, "..", "backup");
    mkdirSync(folder, { recursive: true });
    const jpegs = photos.filter((name) => name.startsWith("jpeg/")).slice(0, 12);
    for (const [n, name] of jpegs.entries()) copyFileSync(join(PHOTOS, name), join(folder, `${n}-${name.split("/").pop()}`));
    const before = await invoke("tray", {});
    const added = await invoke("add_folder", { path: folder, mode: "upload-only" });
    if (added.failed) throw new Error(`the folder was not added: ${JSON.stringify(added.failed)}`);
    // "Uploading 3 of 12": the tray counts the files of the pass, then says it is up to date.
    const counted = new RegExp(`^${englishString("sync-uploading").replace("{ $done }", "\\d+").replace("{ $total }", String(jpegs.length))}$`);
    const seen = await trayUntil("the files counted, then up to date", (tray) => {
      const fresh = tray.statuses.slice(Math.max(0, before.statuses.length - 1));
      return tray.state === "idle" && fresh.some((words) => counted.test(words)) ? tray : null;
    });
    if (seen.text.status !== englishString("sync-up-to-date")) throw new Error(`the tray says ${JSON.stringify(seen.text)}`);
    const notices = await invokeUntil("the notice that sync finished", "notices", (shown) => shown.some((n) => n.kind === "sync-finished"));
    const finished = notices.find((n) => n.kind === "sync-finished");
    if (finished.uploaded !== jpegs.length) throw new Error(`the notice counts ${JSON.stringify(finished)}`);
    if (finished.title !== englishString("notice-sync-finished-title")) throw new Error(`the notice says ${JSON.stringify(finished)}`);
    // Settings: the folder is listed with its mode; pausing it and a preference are kept.
    await browser.execute(() => document.querySelector("[data-page=settings]")?.click());
    const rowFor = (path) => [...document.querySelectorAll(".settings-folder")].find((row) => row.textContent.includes(path))?.dataset.paused ?? null;
    await until("the folder in Settings", rowFor, 30_000, added.path);
    const pausedRow = (path) => [...document.querySelectorAll(".settings-folder")].find((row) => row.textContent.includes(path))?.dataset.paused === "true";
    const mode = await browser.execute((path) => [...document.querySelectorAll(".settings-folder")].find((row) => row.textContent.includes(path))?.querySelector(".folder-mode")?.value, added.path);
    if (mode !== "upload-only") throw new Error(`the folder's mode shows ${mode}`);
    await browser.execute((path) => [...document.querySelectorAll(".settings-folder")].find((row) => row.textContent.includes(path))?.querySelector(".folder-pause")?.click(), added.path);
    await until("the folder paused", pausedRow, 30_000, added.path);
    const folders = await invoke("folders", {});
    if (!folders.find((f) => f.path === added.path)?.paused) throw new Error(`the shell says ${JSON.stringify(folders)}`);
    await (await browser.$("#settings-transfers")).selectByAttribute("value", "2");
    await invokeUntil("the preference kept", "preferences", (kept) => kept.transfers === 2);
    await screenshot("settings");
    // Sync health: when all was last in step, and what waits.
    await browser.execute(() => document.querySelector("[data-page=health]")?.click());
    const last = await until("the health page", () => document.querySelector("#health-last-success")?.textContent, 30_000);
    if (last === englishString("health-never")) throw new Error("the health page says sync never succeeded");
    await screenshot("health");
    // Free up space: what the cloud holds leaves this computer, asked for by age (any, since
    // these were copied a moment ago).
    await browser.execute(() => document.querySelector("[data-page=settings]")?.click());
    await until("the folder in Settings", rowFor, 30_000, added.path);
    await browser.execute((path) => [...document.querySelectorAll(".settings-folder")].find((row) => row.textContent.includes(path))?.querySelector(".folder-free")?.click(), added.path);
    const none = await until("what a year's age frees", () => {
      const words = (document.querySelector(".dialog .free-found")?.textContent ?? "").replace(/[\u2068\u2069]/g, "");
      return words && !words.endsWith("…") ? words : null;
    }, 30_000);
    if (none !== englishString("free-nothing")) throw new Error(`with a year's age the dialog says ${JSON.stringify(none)}`);
    await (await browser.$("#free-age")).selectByAttribute("value", "0");
    const found = await until("what any age frees", () => {
      const words = (document.querySelector(".dialog .free-found")?.textContent ?? "").replace(/[\u2068\u2069]/g, "");
      return /^\d+ files/.test(words) ? words : null;
    }, 30_000);
    if (!found.startsWith(`${jpegs.length} files`)) throw new Error(`the dialog says ${JSON.stringify(found)}`);
    await screenshot("free-space");
    if (!(await clickButton(`Remove ${jpegs.length} files`))) throw new Error("no Remove button");
    const deadline = Date.now() + 30_000;
    while (readdirSync(folder).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const left = readdirSync(folder);
    if (left.length > 0) throw new Error(`still in the folder: ${left.join(", ")}`);
  });

  await check("started a second time, Skyfolio brings up the one running and exits", async () => {
    const code = await new Promise((resolve, reject) => {
      const second = spawn(APP, [], { stdio: "ignore" });
      const timer = setTimeout(() => {
        second.kill("SIGKILL");
        reject(new Error("the second Skyfolio was still running after 20 s"));
      }, 20_000);
      second.on("exit", (status) => {
        clearTimeout(timer);
        resolve(status);
      });
      second.on("error", reject);
    });
    if (code !== 0) throw new Error(`the second Skyfolio exited with ${code}`);
    const visible = await browser.execute(() => document.visibilityState);
    if (visible !== "visible") throw new Error(`the first window is ${visible}`);
  });

  await check("the schemes serve content by hash only", async () => {
    const answers = await browser.executeAsync((hash, done) => {
      const url = (path) => `thumb://localhost/${encodeURIComponent(path)}`;
      const status = (u) => fetch(u).then((r) => r.status, (e) => String(e));
      Promise.all([
        status(url(`${hash}/256`)),
        status(url(`${"0".repeat(64)}/256`)),
        status(url("/etc/passwd")),
        status(url("../../etc/passwd/256")),
      ]).then(done);
    }, trashed);
    const [known, ...others] = answers;
    if (known !== 200) throw new Error(`a known hash answered ${known}`);
    if (!others.every((s) => s === 404)) throw new Error(`other requests answered ${JSON.stringify(others)}`);
  });
}

try {
  await main();
} catch (error) {
  results.push({ name: "the test itself", ok: false });
  console.log(`  FAIL  the test itself\n        ${error?.stack ?? error}`);
} finally {
  await browser?.deleteSession().catch(() => {});
  finish();
}
