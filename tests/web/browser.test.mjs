// The web app in a real Chromium, against the real server run.sh started. Each check prints
// "ok" or "not ok" with what it saw; the last line counts them.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { chromium } from "playwright-core";

const base = process.env.SKYFOLIO_URL;
const corpus = process.env.SKYFOLIO_CORPUS;
const out = process.env.SKYFOLIO_WEB_TEST_OUT;
const PASSWORD = "correct horse battery";
const WRITE = { "X-Skyfolio-Request": "1" };

let passed = 0;
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
    await page.waitForSelector(".tile", { timeout: 15000 });
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
