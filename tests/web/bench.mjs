// The web app's benchmarks, against the server run.sh started (a release build with its bench
// routes), each figure beside its yardstick in one run:
//   - upload from the browser (hashing in its worker included) against `curl` putting the same
//     bytes to the same server's plain sink;
//   - the first screen at phone size (390×844) of an account with ITEMS photos, beside the same
//     with 1,000: from navigation to every tile in view drawn;
//   - the app's JavaScript and CSS as a phone downloads them (gzip).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { createBLAKE3 } from "hash-wasm";
import { chromium } from "playwright-core";

const base = process.env.SKYFOLIO_URL;
const corpus = process.env.SKYFOLIO_CORPUS;
const dist = process.env.SKYFOLIO_WEB_DIST;
const ITEMS = Number(process.env.SKYFOLIO_BENCH_ITEMS ?? 100000);
const SMALL = 1000;
const RUNS = 3;
const PASSWORD = "correct horse battery";
const WRITE = { "X-Skyfolio-Request": "1" };

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const rate = (bytes, ms) => `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function blake3(bytes) {
  const hasher = await createBLAKE3();
  hasher.init();
  hasher.update(bytes);
  return hasher.digest("hex");
}

/** Signs a new account up through the API; answers its cookie for a browser context. */
async function account(email) {
  const response = await fetch(`${base}/api/v1/web/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD, register: true }),
  });
  if (!response.ok) throw new Error(`sign-up of ${email} answered ${response.status}`);
  const cookie = response.headers.get("set-cookie").split(";")[0];
  const [name, value] = cookie.split("=");
  return { header: cookie, cookie: { name, value, url: base } };
}

/** Uploads `count` distinct small JPEGs to the account, `parallel` at a time, through the API. */
async function seed(session, count, parallel = 16) {
  // One small photo; each copy carries its number in a comment segment, so each is its own
  // content (and its own item), as a real library's photos are.
  const photo = execFileSync("convert", ["-size", "64x48", "gradient:#3a6-#a63", "jpg:-"]);
  const started = Date.now();
  let next = 0;
  const one = async (index) => {
    const note = Buffer.from(`skyfolio bench ${index}`);
    const segment = Buffer.alloc(4);
    segment.writeUInt16BE(0xfffe, 0);
    segment.writeUInt16BE(note.length + 2, 2);
    const bytes = Buffer.concat([photo.subarray(0, 2), segment, note, photo.subarray(2)]);
    // A year of photos, one every five minutes, so that the timeline has its months.
    const taken = Date.UTC(2024, 0, 1) + index * 300_000;
    const created = await fetch(`${base}/api/v1/uploads`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: session.header, ...WRITE },
      body: JSON.stringify({
        path: `Bench/${String(index).padStart(6, "0")}.jpg`, size: bytes.length,
        hash: await blake3(bytes), modified_at: taken,
      }),
    });
    if (!created.ok) throw new Error(`upload ${index} answered ${created.status}: ${await created.text()}`);
    const { upload } = await created.json();
    const sent = await fetch(`${base}/api/v1/uploads/${upload.id}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/offset+octet-stream", "Upload-Offset": "0", Cookie: session.header, ...WRITE },
      body: bytes,
    });
    if (!sent.ok) throw new Error(`upload ${index} answered ${sent.status}: ${await sent.text()}`);
  };
  await Promise.all(Array.from({ length: parallel }, async () => {
    for (let index = next++; index < count; index = next++) {
      await one(index);
      if (index > 0 && index % 10000 === 0) console.error(`  seeded ${index} of ${count} (${Math.round((Date.now() - started) / 1000)} s)`);
    }
  }));
  return Date.now() - started;
}

/** Milliseconds from navigation until every tile in view shows its picture. */
async function firstScreen(browser, session) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await context.addCookies([session.cookie]);
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(base);
  await page.waitForFunction(() => {
    const tiles = [...document.querySelectorAll(".tile")].filter((tile) => {
      const box = tile.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    return tiles.length > 0 && tiles.every((tile) => {
      const image = tile.querySelector("img.tile-image");
      return image && image.complete && image.naturalWidth > 0;
    });
  }, null, { timeout: 120000, polling: "raf" });
  const ms = Date.now() - started;
  await context.close();
  return ms;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM, args: ["--no-sandbox"] });
try {
  // Upload: the browser against curl, the same files to the same server.
  const files = [
    ...readdirSync(join(corpus, "jpeg")).filter((n) => n.endsWith(".jpg")).map((n) => join(corpus, "jpeg", n)),
    ...readdirSync(join(corpus, "video")).map((n) => join(corpus, "video", n)),
  ];
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const browserMs = [];
  const curlMs = [];
  const scriptMs = [];
  for (let run = 0; run < RUNS; run += 1) {
    const session = await account(`upload-${run}@example.org`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addCookies([session.cookie]);
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForSelector("nav .nav-item");
    // The chooser is intercepted once the browser has heard so: a round trip makes sure.
    const chosen = page.waitForEvent("filechooser");
    await page.evaluate(() => 0);
    const [chooser] = await Promise.all([chosen, page.keyboard.press("Control+o")]);
    await chooser.setFiles(files);
    await page.waitForSelector(".dialog .button-primary");
    const started = Date.now();
    await page.click(".dialog .button-primary");
    for (;;) {
      const { uploads } = await (await page.request.get(`${base}/api/v1/uploads`)).json();
      const { items } = await (await page.request.get(`${base}/api/v1/media?limit=200`)).json();
      if (uploads.length === 0 && items.length >= files.length) break;
      await page.waitForTimeout(20);
    }
    browserMs.push(Date.now() - started);
    await context.close();

    // The same protocol from a script (hash, announce, send; three at a time, as the page):
    // what the server's upload route itself allows, beside what the page makes of it.
    const scripted = await account(`script-${run}@example.org`);
    const scriptStarted = Date.now();
    let nextFile = 0;
    await Promise.all([0, 1, 2].map(async () => {
      for (let index = nextFile++; index < files.length; index = nextFile++) {
        const body = readFileSync(files[index]);
        const created = await fetch(`${base}/api/v1/uploads`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Cookie: scripted.header, ...WRITE },
          body: JSON.stringify({ path: `Script/${index}-${files[index].split("/").pop()}`, size: body.length, hash: await blake3(body) }),
        });
        const { upload } = await created.json();
        if (!upload) continue;
        const sent = await fetch(`${base}/api/v1/uploads/${upload.id}`, {
          method: "PATCH",
          headers: { "Content-Type": "application/offset+octet-stream", "Upload-Offset": "0", Cookie: scripted.header, ...WRITE },
          body,
        });
        if (!sent.ok) throw new Error(`scripted upload answered ${sent.status}`);
        await sent.arrayBuffer();
      }
    }));
    scriptMs.push(Date.now() - scriptStarted);

    const scratch = mkdtempSync(join(tmpdir(), "skyfolio-bench-"));
    const config = files.map((f, i) => `upload-file = "${f}"\nurl = "${base}/bench/sink/run${run}-${i}"\n`).join("");
    writeFileSync(join(scratch, "curl.conf"), config);
    const curlStarted = Date.now();
    execFileSync("curl", ["-sS", "--fail", "-K", join(scratch, "curl.conf"), "-o", "/dev/null"]);
    curlMs.push(Date.now() - curlStarted);
    rmSync(scratch, { recursive: true });
  }
  const b = median(browserMs);
  const c = median(curlMs);
  console.log(`upload of ${files.length} photos and videos (${mb(bytes)}), median of ${RUNS}:`);
  console.log(`  the web app (hash, announce, send, commit)   ${rate(bytes, b).padStart(10)}   ${b} ms`);
  const p = median(scriptMs);
  console.log(`  the same protocol from a script (Node)       ${rate(bytes, p).padStart(10)}   ${p} ms`);
  console.log(`  curl PUT of the same bytes, same server      ${rate(bytes, c).padStart(10)}   ${c} ms`);
  console.log(`  ratio                                         ${(c / b).toFixed(2)}× curl's throughput, ${(p / b).toFixed(2)}× the script's`);

  // The first screen with many photos, beside a small library.
  const large = await account("large@example.org");
  const small = await account("small@example.org");
  console.error(`seeding ${ITEMS} photos…`);
  const seededMs = await seed(large, ITEMS);
  await seed(small, SMALL);
  // Let the server's thumbnail workers finish before anything is timed.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const largeMs = [];
  const smallMs = [];
  for (let run = 0; run < RUNS + 1; run += 1) {
    // The first of each warms the server's thumbnails of the first screen: not counted.
    const l = await firstScreen(browser, large);
    const s = await firstScreen(browser, small);
    if (run > 0) {
      largeMs.push(l);
      smallMs.push(s);
    }
  }
  console.log(`first screen at phone size (390×844), median of ${RUNS} (seeded ${ITEMS} in ${Math.round(seededMs / 1000)} s):`);
  console.log(`  ${String(ITEMS).padStart(7)} photos   ${median(largeMs)} ms`);
  console.log(`  ${String(SMALL).padStart(7)} photos   ${median(smallMs)} ms`);
  console.log(`  ratio           ${(median(largeMs) / median(smallMs)).toFixed(2)}×`);

  // What a phone downloads: the first screen's script and style, and everything.
  const assets = readdirSync(join(dist, "assets"));
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const size = (names) => names.reduce((sum, n) => sum + gzipSync(readFileSync(join(dist, "assets", n)), { level: 9 }).length, 0);
  const first = assets.filter((n) => html.includes(n));
  console.log("the app as a phone downloads it (gzip -9):");
  console.log(`  first screen (${first.join(", ")})   ${(size(first) / 1000).toFixed(1)} kB`);
  console.log(`  JavaScript, all of it              ${(size(assets.filter((n) => n.endsWith(".js"))) / 1000).toFixed(1)} kB`);
  console.log(`  CSS                                ${(size(assets.filter((n) => n.endsWith(".css"))) / 1000).toFixed(1)} kB`);
} finally {
  await browser.close();
}
