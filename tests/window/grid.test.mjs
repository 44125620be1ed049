// Checks the real Skyfolio window through tauri-driver with WebdriverIO (classic WebDriver:
// WebKitWebDriver has no BiDi). Started by run.sh inside Xvfb; reads its settings from the
// environment.

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { remote } from "webdriverio";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (start this through run.sh)`);
  return value;
};

const APP = env("SKYFOLIO_APP");
const PHOTOS = env("SKYFOLIO_PHOTOS");
const OUT = env("SKYFOLIO_WINDOW_TEST_OUT");
const PORT = Number(env("WEBDRIVER_PORT"));
const STARTUP_TIMEOUT_MS = 30_000;
const THUMBNAILS_TIMEOUT_MS = 180_000;
const POLL_MS = 250;

/** The photos the grid must show, in the order the app sorts them (by name, ignoring case). */
const expectedNames = readdirSync(PHOTOS).sort((a, b) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
});

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

let browser;

/** Starts the app with `args` in a new WebDriver session. */
function startApp(args) {
  return remote({
    hostname: "127.0.0.1",
    port: PORT,
    logLevel: "warn",
    connectionRetryCount: 0,
    connectionRetryTimeout: 60_000,
    capabilities: {
      browserName: "wry",
      "wdio:enforceWebDriverClassic": true,
      "tauri:options": { application: APP, args },
    },
  });
}

/** A message from the app's English strings (simple one-line messages only). */
function englishString(id) {
  const ftl = readFileSync(new URL("../../locales/en-US/skyfolio.ftl", import.meta.url), "utf8");
  const line = ftl.split("\n").find((text) => text.startsWith(`${id} = `));
  if (!line) throw new Error(`no message ${id} in the English strings`);
  return line.slice(id.length + 3);
}

/** The names of the X server's windows. */
const windowNames = () =>
  [...execFileSync("xwininfo", ["-root", "-tree"], { encoding: "utf8" }).matchAll(/^\s+0x[0-9a-f]+ "(.*)":/gm)].map(
    (match) => match[1],
  );

async function main() {
  console.log(`window test: ${APP} on ${expectedNames.length} photos`);

  if (!(await check("tauri-driver answers", driverReady))) return;

  const started = await check("the app starts in a WebDriver session", async () => {
    browser = await startApp([PHOTOS]);
  });
  if (!started) return;

  await check("the window is titled Skyfolio", async () => {
    const documentTitle = await browser.getTitle();
    if (documentTitle !== "Skyfolio") throw new Error(`document title is ${JSON.stringify(documentTitle)}`);
    // The title of the native window, as the X server knows it.
    const names = windowNames();
    if (!names.includes("Skyfolio")) throw new Error(`no X window named "Skyfolio" among ${JSON.stringify(names)}`);
  });

  await check(`the grid shows one tile per photo (${expectedNames.length}), sorted by name`, async () => {
    let names = [];
    await browser.waitUntil(
      async () => {
        names = await browser.execute(() =>
          Array.from(document.querySelectorAll(".grid .tile"), (tile) => tile.querySelector("img")?.alt ?? tile.title),
        );
        return names.length === expectedNames.length;
      },
      {
        timeout: STARTUP_TIMEOUT_MS,
        interval: POLL_MS,
        timeoutMsg: `the grid never showed ${expectedNames.length} tiles (last seen: ${names.length})`,
      },
    );
    const wrong = expectedNames.findIndex((name, index) => names[index] !== name);
    if (wrong >= 0) {
      throw new Error(`tile ${wrong} is ${JSON.stringify(names[wrong])}, expected ${JSON.stringify(expectedNames[wrong])}`);
    }
  });

  await check("every thumbnail loads (scrolling through the lazy grid)", async () => {
    let state = {};
    await browser.waitUntil(
      async () => {
        state = await browser.execute(() => {
          const tiles = Array.from(document.querySelectorAll(".grid .tile"));
          const failed = tiles.filter((tile) => tile.classList.contains("is-failed")).map((tile) => tile.title);
          const images = tiles.map((tile) => tile.querySelector("img")).filter(Boolean);
          const pending = images.filter((img) => !(img.complete && img.naturalWidth > 0));
          // Lazy images load only near the viewport: bring the next one into view.
          pending[0]?.scrollIntoView({ block: "center" });
          return { tiles: tiles.length, loaded: images.length - pending.length, failed };
        });
        // A failed tile will not recover: stop waiting at once.
        if (state.failed.length > 0) throw new Error(`tiles that failed: ${state.failed.join(", ")}`);
        return state.tiles > 0 && state.loaded === state.tiles;
      },
      { timeout: THUMBNAILS_TIMEOUT_MS, interval: POLL_MS, timeoutMsg: "" },
    ).catch((error) => {
      throw new Error(`${error.message || "timed out"}; last seen ${JSON.stringify(state)}`);
    });
  });

  await check("thumbnails are upright (EXIF orientation applied) and at most 256 px", async () => {
    const sizes = await browser.execute(() =>
      Array.from(document.querySelectorAll(".grid .tile img"), (img) => [img.alt, img.naturalWidth, img.naturalHeight]),
    );
    const wrong = sizes.filter(
      ([name, width, height]) =>
        (name.startsWith("landscape_") && !(width > height)) || (name.startsWith("portrait_") && !(height > width)),
    );
    if (wrong.length > 0) throw new Error(`the wrong way round: ${JSON.stringify(wrong)}`);
    const largest = Math.max(...sizes.map(([, width, height]) => Math.max(width, height)));
    if (largest > 256) throw new Error(`a grid thumbnail is ${largest} px, larger than 256`);
  });

  await check("the thumb scheme serves listed tokens only", async () => {
    const answers = await browser.executeAsync((done) => {
      const tile = document.querySelector(".grid .tile");
      const base = tile.querySelector("img").src.replace(/[^/]*$/, "");
      const status = (url) => fetch(url).then((response) => response.status, (error) => String(error));
      Promise.all([
        status(base + tile.dataset.token),
        status(base + "0000000000000000"),
        status(base + encodeURIComponent("/etc/passwd")),
        status(base + "..%2F..%2Fetc%2Fpasswd"),
      ]).then(done);
    });
    const [listed, ...others] = answers;
    if (listed !== 200) throw new Error(`a listed token answered ${listed}`);
    if (!others.every((status) => status === 404)) throw new Error(`unlisted requests answered ${JSON.stringify(others)}`);
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
      // Violations are reported asynchronously: give them a few frames.
      let frames = 0;
      const wait = () => {
        if (violations.length >= 2 || ++frames > 30) {
          done({ ran: window.inlineScriptRan === true, violations });
        } else {
          requestAnimationFrame(wait);
        }
      };
      requestAnimationFrame(wait);
    });
    if (seen.ran) throw new Error("an inline script ran");
    const directives = seen.violations.join(" ");
    if (!directives.includes("script-src") || !directives.includes("img-src")) {
      throw new Error(`expected script-src and img-src violations, saw ${JSON.stringify(seen.violations)}`);
    }
  });

  await check("the screenshot is saved", async () => {
    await browser.execute(() => {
      window.scrollTo(0, 0);
      document.activeElement?.blur();
    });
    // Wait for the scroll and the fade-in of the visible tiles to finish...
    await browser.waitUntil(
      () =>
        browser.execute(() => {
          const visible = Array.from(document.querySelectorAll(".grid .tile img")).filter(
            (img) => img.getBoundingClientRect().top < window.innerHeight,
          );
          return (
            window.scrollY === 0 && visible.length > 0 && visible.every((img) => getComputedStyle(img).opacity === "1")
          );
        }),
      { timeout: 5_000, interval: 50, timeoutMsg: "the visible tiles were never fully drawn" },
    );
    // ...and for two frames, so the window has painted it before the picture is taken.
    await browser.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));
    const png = Buffer.from(await browser.takeScreenshot(), "base64");
    if (png.length < 10_000) throw new Error(`the screenshot is only ${png.length} bytes`);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, "grid.png"), png);
    console.log(`        ${join(OUT, "grid.png")}`);
  });

  await check("the keyboard reaches the button and the tiles, with a visible focus ring", async () => {
    const focused = () =>
      browser.execute(() => {
        const element = document.activeElement;
        const style = getComputedStyle(element);
        return {
          what: element.matches(".app-header button") ? "button" : element.matches(".tile") ? "tile" : element.tagName,
          name: element.title || element.textContent,
          ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        };
      });
    await browser.execute(() => document.activeElement?.blur());
    await browser.keys("Tab");
    const first = await focused();
    if (first.what !== "button" || !first.ring) throw new Error(`first Tab stop: ${JSON.stringify(first)}`);
    await browser.keys("Tab");
    const second = await focused();
    if (second.what !== "tile" || second.name !== expectedNames[0] || !second.ring) {
      throw new Error(`second Tab stop: ${JSON.stringify(second)}`);
    }
    await browser.keys("ArrowRight");
    const next = await focused();
    if (next.name !== expectedNames[1]) throw new Error(`ArrowRight went to ${JSON.stringify(next)}`);
  });

  await check("with no folder given, Enter on the empty state's button opens the folder dialog", async () => {
    await browser.deleteSession();
    browser = await startApp([]);
    const invitation = englishString("grid-empty");
    await browser.waitUntil(
      () => browser.execute(() => document.activeElement?.matches(".empty button") === true),
      { timeout: STARTUP_TIMEOUT_MS, interval: POLL_MS, timeoutMsg: "the empty state's button never took the focus" },
    );
    const text = await browser.execute(() => document.querySelector(".empty p")?.textContent);
    if (text !== invitation) throw new Error(`the empty state says ${JSON.stringify(text)}`);
    await browser.keys("Enter");
    const title = englishString("folder-choose-dialog");
    let names = [];
    await browser
      .waitUntil(async () => (names = windowNames()).includes(title), { timeout: 10_000, interval: POLL_MS })
      .catch(() => {
        throw new Error(`no dialog titled ${JSON.stringify(title)} among the windows ${JSON.stringify(names)}`);
      });
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
