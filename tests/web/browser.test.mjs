// The web app in a real Chromium, against the real server run.sh started. Each check prints
// "ok" or "not ok" with what it saw; the last line counts them.
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { chromium } from "playwright-core";

const base = process.env.SKYFOLIO_URL;
const corpus = process.env.SKYFOLIO_CORPUS;
const out = process.env.SKYFOLIO_WEB_TEST_OUT;
const PASSWORD = "correct horse battery";
const WRITE = { "X-Skyfolio-Request": "1" };
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 " +
  "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

let passed = 0;
/** Saves what the page shows when a check fails. */
let onFailure = null;
let failed = 0;
async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    passed += 1;
    console.log(`  ok    ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed += 1;
    console.log(`  not ok ${name}: ${error?.stack ?? error}`);
    // What the page showed when it went wrong.
    await onFailure?.(name.replace(/[^a-z0-9]+/gi, "-")).catch(() => undefined);
  }
}
function expect(condition, what) {
  if (!condition) throw new Error(what);
}
const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

// Photos of several makers and a video, as a phone's picker would hand them over.
const photos = readdirSync(join(corpus, "jpeg")).filter((n) => n.endsWith(".jpg")).slice(0, 6)
  .map((n) => join(corpus, "jpeg", n));
const video = join(corpus, "video", "android_gps.mp4");
const files = [...photos, video];
const expected = new Map(files.map((f) => [sha256(readFileSync(f)), f]));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM, args: ["--no-sandbox"] });
try {
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  const page = await phone.newPage();
  // What goes wrong inside the page is printed beside the checks.
  page.on("pageerror", (error) => console.log(`  page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") console.log(`  page console: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && response.url().includes("/api/")) {
      console.log(`  page request: ${response.request().method()} ${response.url()} answered ${response.status()}`);
    }
  });
  const shot = (name) => page.screenshot({ path: join(out, `${name}.png`) });
  onFailure = (name) => page.screenshot({ path: join(out, `failed-${name}.png`) });

  await check("the server serves the web app with a strict CSP", async () => {
    const response = await page.goto(base);
    expect(response.ok(), `GET / answered ${response.status()}`);
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp.includes("default-src 'self'") && !csp.includes("unsafe-inline"), `CSP: ${csp}`);
    await page.waitForSelector("input[name=email]");
    await shot("phone-welcome");
  });

  await check("over plain http the sign-in page says the connection is not encrypted", async () => {
    const text = await page.textContent("body");
    expect(/not encrypted/i.test(text ?? ""), `the page says: ${text}`);
  });

  await check("a new account is created from the page", async () => {
    await page.fill("input[name=email]", "anna@example.org");
    await page.fill("input[name=password]", PASSWORD);
    await page.check("input[name=register]");
    await page.click("button[type=submit]");
    await page.waitForSelector("nav .nav-item", { timeout: 15000 });
    const cookies = await phone.cookies();
    const session = cookies.find((c) => c.name === "skyfolio_session");
    expect(session?.httpOnly && session.sameSite === "Strict", `cookie: ${JSON.stringify(session)}`);
    const stored = await page.evaluate(() => JSON.stringify(localStorage));
    expect(!stored.includes(session.value), "the token is in localStorage");
    await shot("phone-timeline-empty");
  });

  await check("photos and a video picked on the phone upload and show their thumbnails", async () => {
    // The page's "Add photos" opens the browser's file chooser (a phone's photo library).
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Control+o")]);
    expect(chooser.isMultiple(), "the chooser takes one file at a time");
    await chooser.setFiles(files);
    // Which album: the suggested one, as a person taps OK.
    await page.waitForSelector(".dialog .button-primary");
    await shot("phone-upload-album");
    await page.click(".dialog .button-primary");
    await page.waitForFunction(
      (count) => [...document.querySelectorAll("img.tile-image")].filter((i) => i.complete && i.naturalWidth > 0).length >= count,
      files.length,
      { timeout: 120000 },
    );
    await shot("phone-timeline");
  });

  let items = [];
  await check("every original downloads byte for byte", async () => {
    const listed = await page.request.get(`${base}/api/v1/media?limit=100`);
    items = (await listed.json()).items;
    expect(items.length === files.length, `${items.length} items for ${files.length} files`);
    for (const item of items) {
      const body = await (await page.request.get(`${base}/api/v1/media/${item.id}/original`)).body();
      expect(expected.has(sha256(body)), `${item.path} came back different`);
    }
  });

  await check("an album downloads as one ZIP of its originals, byte for byte", async () => {
    await page.click("nav [data-page=albums]");
    const button = page.locator(".album-card .button").first();
    await button.waitFor({ timeout: 15000 });
    await shot("phone-albums");
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    const saved = join(out, "album.zip");
    await download.saveAs(saved);
    expect(download.suggestedFilename() === "Uploads.zip", `saved as ${download.suggestedFilename()}`);
    // Python's zipfile reads it as any unzip would, and hashes what it holds.
    const listing = execFileSync("python3", ["-c", `
import hashlib, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for info in z.infolist():
        print(info.compress_type, hashlib.sha256(z.read(info)).hexdigest(), info.filename)
`, saved], { encoding: "utf8" }).trim().split("\n");
    expect(listing.length === files.length, `${listing.length} entries for ${files.length} files`);
    for (const line of listing) {
      const [method, digest, name] = line.split(" ");
      expect(method === "0", `${name} is compressed (method ${method}), not stored`);
      expect(expected.has(digest), `${name} came back different`);
    }
  });

  await check("a reload in the middle of an upload resumes where it stopped", async () => {
    // A photo long enough to be cut part-way (a JPEG reads to its end marker; what follows is
    // carried as it is), sent through a throttled connection.
    const big = join(out, "big-upload.jpg");
    writeFileSync(big, Buffer.concat([readFileSync(photos[0]), randomBytes(24 << 20)]));
    const bigSum = sha256(readFileSync(big));
    const cdp = await phone.newCDPSession(page);
    const throttle = (bytesPerSecond) => cdp.send("Network.emulateNetworkConditions", {
      offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond,
    });
    await cdp.send("Network.enable");
    await throttle(2 << 20);
    const pick = async () => {
      // The chooser is intercepted once the browser has heard so: a round trip makes sure.
      const chosen = page.waitForEvent("filechooser");
      await page.evaluate(() => 0);
      const [chooser] = await Promise.all([chosen, page.keyboard.press("Control+o")]);
      await chooser.setFiles(big);
      await page.click(".dialog .button-primary");
    };
    await page.click("nav [data-page=photos]");
    await pick();
    let partial;
    for (let tries = 0; tries < 400 && !partial; tries += 1) {
      const { uploads } = await (await page.request.get(`${base}/api/v1/uploads`)).json();
      partial = uploads.find((u) => u.path.endsWith("big-upload.jpg") && u.offset > 0 && u.offset < u.size);
      if (!partial) await page.waitForTimeout(50);
    }
    expect(partial, "the upload was never seen part-way");
    await shot("phone-upload-progress");
    await page.reload();
    await throttle(-1);
    await page.waitForSelector("nav .nav-item");
    const asked = [];
    const record = (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith("/api/v1/uploads")) asked.push({ method: request.method(), path, offset: Number(request.headers()["upload-offset"] ?? -1) });
    };
    page.on("request", record);
    try {
      await pick();
      let item;
      for (let tries = 0; tries < 600 && !item; tries += 1) {
        const { items: listed } = await (await page.request.get(`${base}/api/v1/media?limit=100`)).json();
        item = listed.find((i) => i.path.endsWith("big-upload.jpg"));
        if (!item) await page.waitForTimeout(100);
      }
      expect(item, "the upload never arrived");
      const body = await (await page.request.get(`${base}/api/v1/media/${item.id}/original`)).body();
      expect(sha256(body) === bigSum, "the resumed upload came back different");
    } finally {
      page.off("request", record);
    }
    const created = asked.filter((a) => a.method === "POST" && a.path === "/api/v1/uploads");
    expect(created.length === 0, `a new upload was started instead of resuming: ${JSON.stringify(asked)}`);
    const first = asked.find((a) => a.method === "PATCH");
    expect(first && first.path.endsWith(partial.id) && first.offset >= partial.offset,
      `resumed at ${JSON.stringify(first)}, ${partial.offset} bytes were there: ${JSON.stringify(asked)}`);
  });

  await check("the viewer opens a photo and a video plays in ranges", async () => {
    await page.dblclick(".tile >> nth=0");
    await page.waitForSelector(".viewer-stage img, .viewer-stage video", { timeout: 15000 });
    await shot("phone-viewer");
    await page.keyboard.press("Escape");
    const clip = items.find((i) => i.path.endsWith(".mp4"));
    const ranged = await page.request.get(`${base}/api/v1/media/${clip.id}/original`, { headers: { Range: "bytes=0-99" } });
    expect(ranged.status() === 206 && (await ranged.body()).length === 100, `a range answered ${ranged.status()}`);
  });

  await check("a write without the request header is refused and changes nothing", async () => {
    const refused = await page.request.delete(`${base}/api/v1/media/${items[0].id}`);
    expect(refused.status() === 403, `answered ${refused.status()}`);
    const still = await page.request.get(`${base}/api/v1/media/${items[0].id}`);
    expect((await still.json()).state !== "trashed", "trashed all the same");
  });

  await check("trash and restore, and the recycle bin shows what is in it", async () => {
    const trashed = await page.request.delete(`${base}/api/v1/media/${items[0].id}`, { headers: WRITE });
    expect(trashed.ok(), `trash answered ${trashed.status()}`);
    await page.click("[data-page=trash]");
    await page.waitForSelector(`.trash-entry[data-id="${items[0].id}"]`, { timeout: 15000 });
    await shot("phone-trash");
    const restored = await page.request.post(`${base}/api/v1/trash/${items[0].id}/restore`, { headers: WRITE });
    expect(restored.ok(), `restore answered ${restored.status()}`);
  });

  for (const view of ["albums", "storage", "devices", "account", "settings"]) {
    await check(`the ${view} page shows at phone size`, async () => {
      const link = await page.$(`[data-page=${view}]`);
      if (!link) {
        expect(view !== "storage" && view !== "devices", `no ${view} page`);
        return;
      }
      await link.click();
      await page.waitForTimeout(500);
      await shot(`phone-${view}`);
    });
  }

  await check("the page follows Arabic, right to left", async () => {
    await page.evaluate(() => localStorage.setItem("skyfolio-language", "ar"));
    await page.reload();
    await page.waitForSelector("nav .nav-item");
    const dir = await page.evaluate(() => document.documentElement.dir);
    expect(dir === "rtl", `dir=${dir}`);
    await shot("phone-arabic");
    await page.evaluate(() => localStorage.setItem("skyfolio-language", "en-US"));
  });

  await check("a second account sees nothing of the first", async () => {
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const second = await other.newPage();
    await second.goto(base);
    await second.fill("input[name=email]", "ben@example.org");
    await second.fill("input[name=password]", PASSWORD);
    await second.check("input[name=register]");
    await second.click("button[type=submit]");
    await second.waitForSelector("nav .nav-item", { timeout: 15000 });
    await second.screenshot({ path: join(out, "desktop-timeline-other-account.png") });
    const listed = await (await second.request.get(`${base}/api/v1/media`)).json();
    expect(listed.items.length === 0, `ben sees ${listed.items.length} items`);
    const theirs = await second.request.get(`${base}/api/v1/media/${items[0].id}/original`);
    expect(theirs.status() === 404, `anna's original answered ${theirs.status()} to ben`);
    await other.close();
  });

  await check("a phone signs in with the computer's one-time code, and unlinking it ends its session", async () => {
    const made = await page.request.post(`${base}/api/v1/pairings`, { headers: WRITE });
    expect(made.ok(), `a code answered ${made.status()}`);
    const { code } = await made.json();
    const iphone = await browser.newContext({
      viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, userAgent: IPHONE,
    });
    const paired = await iphone.newPage();
    await paired.goto(`${base}/#pair=${code}`);
    await paired.waitForSelector("nav .nav-item", { timeout: 15000 });
    expect(!paired.url().includes(code), `the code stays in the address: ${paired.url()}`);
    const theirs = await (await paired.request.get(`${base}/api/v1/media`)).json();
    expect(theirs.items.length > 0, "the paired phone sees nothing of anna's");
    await paired.screenshot({ path: join(out, "phone-paired.png") });

    // The same code a second time: the sign-in page, saying why.
    const late = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const again = await late.newPage();
    await again.goto(`${base}/#pair=${code}`);
    await again.waitForSelector("input[name=email]");
    const said = await again.textContent("body");
    expect(/used|expired/i.test(said ?? ""), `a used code, and the page says: ${said}`);
    await again.screenshot({ path: join(out, "phone-pair-used.png") });
    await late.close();

    // Anna unlinks the phone from her devices page: its session ends at once.
    await page.click("[data-page=devices]");
    const row = page.locator(".device", { hasText: "Safari on iPhone" });
    await row.waitFor({ timeout: 15000 });
    await shot("phone-devices-paired");
    await row.locator("button").click();
    await page.click(".dialog .button-danger");
    await row.waitFor({ state: "detached", timeout: 15000 });
    const after = await paired.request.get(`${base}/api/v1/media`);
    expect(after.status() === 401, `after unlinking the phone's timeline answered ${after.status()}`);
    await iphone.close();
  });

  await check("signing out ends the session", async () => {
    const out = await page.request.delete(`${base}/api/v1/web/session`, { headers: WRITE });
    expect(out.status() === 204, `sign-out answered ${out.status()}`);
    const after = await page.request.get(`${base}/api/v1/media`);
    expect(after.status() === 401, `after sign-out the timeline answered ${after.status()}`);
  });
} finally {
  await browser.close();
}
console.log(`web test: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
