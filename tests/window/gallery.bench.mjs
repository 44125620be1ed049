// The gallery at scale, in the real window: how soon the first screen of a 100,000-photo
// library is on screen after launch, whether tiles are blank while scrolling once their
// thumbnails are cached, and the app's memory — side by side with the same app opening the
// same kind of home with no photos (the floor: a WebKit window, the shell and a local cloud).
// Started by `run.sh --bench` inside Xvfb, with the two homes made by
// `skyfolio-bench gallery-home`.

import { readFileSync, readdirSync, writeFileSync, mkdirSync, chmodSync } from "node:fs";
import { join } from "node:path";

import { startApp } from "./session.mjs";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (start this through run.sh --bench)`);
  return value;
};

const APP = env("SKYFOLIO_APP");
const PORT = Number(env("WEBDRIVER_PORT"));
const OUT = env("SKYFOLIO_WINDOW_TEST_OUT");
const HOMES = { floor: env("SKYFOLIO_BENCH_EMPTY_HOME"), full: env("SKYFOLIO_BENCH_FULL_HOME") };
const ITEMS = Number(env("SKYFOLIO_BENCH_ITEMS"));
const LAUNCHES = Number(process.env.SKYFOLIO_BENCH_LAUNCHES ?? 3);
const JUMPS = 40;
/** A brisk scroll with the wheel, and a fling, in pixels per second. */
const FLING_SPEEDS = [2000, 6000];
/** Screens a frame on the way from top to bottom. */
const SWEEP_SCREENS = 10;
const TIMEOUT_MS = 60_000;

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** When a process started, in ms since the epoch. */
function startedAt(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[19]);
  const uptime = Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]);
  const bootMs = Date.now() - uptime * 1000;
  return bootMs + (ticks / TICKS_PER_SECOND) * 1000;
}

function processes() {
  const found = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const command = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      found.push({ pid: Number(name), ppid, command });
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

/** The app's process and everything it started (WebKit's web and network processes). */
function appTree() {
  const all = processes();
  const app = all.find((p) => p.command.startsWith("skyfolio-deskto"));
  if (!app) throw new Error("no skyfolio-desktop process");
  const tree = [app];
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((p) => p.ppid === tree[i].pid));
  return { app, tree };
}

/** Proportional set size of each of the app's processes, in MiB, by command. */
function memoryByProcess(tree) {
  const parts = {};
  for (const { pid, command } of tree) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
      const kib = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      parts[command] = (parts[command] ?? 0) + kib / 1024;
    } catch {
      // Gone meanwhile.
    }
  }
  return parts;
}

/** Proportional set size of the app and its WebKit processes, in MiB. */
function memoryMiB(tree) {
  return Object.values(memoryByProcess(tree)).reduce((sum, part) => sum + part, 0);
}

/** The app, started on `home` through a launcher that sets the home. */
async function launch(home) {
  const launcher = join(OUT, "bench-launch.sh");
  writeFileSync(launcher, `#!/bin/sh\nSKYFOLIO_HOME='${home}' exec '${APP}' "$@"\n`);
  chmodSync(launcher, 0o755);
  return startApp(PORT, launcher);
}

/** Polls the page as fast as WebDriver answers until `probe` says something truthy. */
async function until(browser, what, probe, ...args) {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const seen = await browser.execute(probe, ...args).catch(() => null);
    if (seen) return seen;
    if (Date.now() > deadline) throw new Error(`${what} never happened`);
  }
}

/** The first screen: for the full home every tile in view with its picture; for the empty one,
 * the empty gallery. */
function firstScreen(expectTiles) {
  if (!expectTiles) return document.querySelector(".gallery .empty-state h2") ? 1 : null;
  const scroller = document.querySelector(".gallery-scroller");
  if (!scroller) return null;
  const view = scroller.getBoundingClientRect();
  const tiles = [...document.querySelectorAll(".tile")].filter((tile) => {
    const box = tile.getBoundingClientRect();
    return box.bottom > view.top && box.top < view.bottom;
  });
  return tiles.length > 0 && tiles.every((tile) => tile.classList.contains("is-loaded")) ? tiles.length : null;
}

/** The whole timeline is in the page (the scroll bar spans all of it): the count of items. */
function allLoaded(expected) {
  const status = (document.querySelector(".gallery-status")?.textContent ?? "").replace(/[^0-9]/g, "");
  return Number(status) === expected ? expected : null;
}

/** Jumps through the timeline and, frame by frame after each jump, counts the tiles in view
 * still without their picture. Answers one record per jump. */
function scrollJumps(jumps, done) {
  const scroller = document.querySelector(".gallery-scroller");
  const view = () => scroller.getBoundingClientRect();
  const visible = () => {
    const box = view();
    return [...document.querySelectorAll(".tile")].filter((tile) => {
      const b = tile.getBoundingClientRect();
      return b.bottom > box.top && b.top < box.bottom;
    });
  };
  // Spread through the whole timeline, in an order that is not monotonic (as a person drags
  // the scroll bar), the same every run.
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const records = [];
  let jump = 0;
  const next = () => {
    if (jump >= jumps) return done({ records, height: scroller.scrollHeight });
    jump++;
    scroller.scrollTop = Math.floor(random() * (scroller.scrollHeight - scroller.clientHeight));
    const started = performance.now();
    let frames = 0;
    let firstBlank = null;
    let worstBlank = 0;
    let lastFrame = started;
    let longestFrame = 0;
    const frame = (now) => {
      frames++;
      longestFrame = Math.max(longestFrame, now - lastFrame);
      lastFrame = now;
      const tiles = visible();
      const blank = tiles.filter((tile) => !tile.classList.contains("is-loaded")).length;
      if (firstBlank === null) firstBlank = blank;
      worstBlank = Math.max(worstBlank, blank);
      if ((tiles.length > 0 && blank === 0) || now - started > 5000) {
        records.push({ tiles: tiles.length, firstBlank, worstBlank, frames, filledMs: now - started, longestFrame });
        requestAnimationFrame(() => requestAnimationFrame(next));
      } else {
        requestAnimationFrame(frame);
      }
    };
    requestAnimationFrame(frame);
  };
  next();
}

/** A steady fling through the timeline: per frame, the share of tiles in view still blank. */
function fling(pixelsPerSecond, seconds, done) {
  const scroller = document.querySelector(".gallery-scroller");
  scroller.scrollTop = 0;
  const box = scroller.getBoundingClientRect();
  let previous = null;
  const started = performance.now();
  let frames = 0;
  let blankFrames = 0;
  let blankTiles = 0;
  let seenTiles = 0;
  let longestFrame = 0;
  const step = (now) => {
    if (previous !== null) {
      longestFrame = Math.max(longestFrame, now - previous);
      scroller.scrollTop += ((now - previous) / 1000) * pixelsPerSecond;
    }
    previous = now;
    frames++;
    const tiles = [...document.querySelectorAll(".tile")].filter((tile) => {
      const b = tile.getBoundingClientRect();
      return b.bottom > box.top && b.top < box.bottom;
    });
    const blank = tiles.filter((tile) => !tile.classList.contains("is-loaded")).length;
    blankTiles += blank;
    seenTiles += tiles.length;
    if (blank > 0) blankFrames++;
    if (now - started < seconds * 1000) requestAnimationFrame(step);
    else done({ frames, blankFrames, blankShare: blankTiles / Math.max(1, seenTiles), longestFrame, seconds: (now - started) / 1000 });
  };
  requestAnimationFrame(step);
}

/** The whole timeline top to bottom, `screens` screens a frame (a fling to the end: the rows
 * drawn on the way ask for their pictures), until the last screen has all of its pictures. */
function sweep(screens, done) {
  const scroller = document.querySelector(".gallery-scroller");
  const box = scroller.getBoundingClientRect();
  scroller.scrollTop = 0;
  const started = performance.now();
  let frames = 0;
  let atBottom = false;
  const step = () => {
    frames++;
    if (!atBottom) {
      const before = scroller.scrollTop;
      scroller.scrollTop = before + screens * scroller.clientHeight;
      // The end is where the scroll bar stops.
      atBottom = scroller.scrollTop <= before;
      requestAnimationFrame(step);
      return;
    }
    const tiles = [...document.querySelectorAll(".tile")].filter((tile) => {
      const b = tile.getBoundingClientRect();
      return b.bottom > box.top && b.top < box.bottom;
    });
    if (tiles.every((tile) => tile.classList.contains("is-loaded")) || performance.now() - started > 600_000) {
      done({ frames, seconds: (performance.now() - started) / 1000 });
    } else {
      requestAnimationFrame(step);
    }
  };
  requestAnimationFrame(step);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (value) => `${Math.round(value)} ms`;
const mib = (value) => `${value.toFixed(0)} MiB`;

async function measureLaunch(which) {
  const browser = await launch(HOMES[which]);
  try {
    const { app } = appTree();
    const began = startedAt(app.pid);
    const tiles = await until(browser, `the first screen of the ${which} home`, firstScreen, which === "full");
    const firstMs = Date.now() - began;
    let allMs = null;
    if (which === "full") {
      await until(browser, "the whole timeline", allLoaded, ITEMS);
      allMs = Date.now() - began;
    }
    // Settled: the library open with all of its timeline, before anything else is asked.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const settledParts = memoryByProcess(appTree().tree);
    const settled = memoryMiB(appTree().tree);
    let scrolling = null;
    if (which === "full") {
      const jumps = await browser.executeAsync(scrollJumps, JUMPS);
      const flung = {};
      for (const speed of FLING_SPEEDS) flung[speed] = await browser.executeAsync(fling, speed, 5);
      const afterJumps = memoryByProcess(appTree().tree);
      // Drawing every row of the timeline once takes longer than one WebDriver request may:
      // the page sweeps by itself and is asked now and then whether it is done.
      await browser.execute(`window.benchSwept = null; (${sweep})(${SWEEP_SCREENS}, (done) => { window.benchSwept = done; });`);
      let swept = null;
      for (const deadline = Date.now() + 600_000; !swept && Date.now() < deadline; ) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        swept = await browser.execute(() => window.benchSwept);
      }
      if (!swept) throw new Error("the sweep top to bottom did not end in 10 minutes");
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const afterSweep = memoryByProcess(appTree().tree);
      // And once the page has had a while to collect what it no longer holds.
      await new Promise((resolve) => setTimeout(resolve, 15_000));
      const afterRest = memoryByProcess(appTree().tree);
      scrolling = { jumps, flung, afterJumps, swept, afterSweep, afterRest, memory: memoryMiB(appTree().tree) };
      const png = Buffer.from(await browser.takeScreenshot(), "base64");
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, "bench-gallery.png"), png);
    }
    return { firstMs, allMs, tiles, settled, settledParts, scrolling };
  } finally {
    await browser.deleteSession().catch(() => {});
    // Let the app and its WebKit processes go before the next launch.
    for (let i = 0; i < 50 && processes().some((p) => p.command.startsWith("skyfolio-deskto")); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function main() {
  console.log(`gallery benchmark: ${APP}, ${ITEMS.toLocaleString("en-US")} photos, ${LAUNCHES} launches of each home`);
  const runs = { floor: [], full: [] };
  for (let i = 0; i < LAUNCHES; i++) {
    for (const which of ["floor", "full"]) {
      const run = await measureLaunch(which);
      runs[which].push(run);
      const all = run.allMs === null ? "" : `, all ${ITEMS} in the page after ${ms(run.allMs)}`;
      console.log(`  launch ${i + 1}, ${which === "full" ? `${ITEMS} photos` : "no photos"}: first screen ${ms(run.firstMs)}${all}, ${mib(run.settled)}`);
    }
  }
  const floorFirst = median(runs.floor.map((r) => r.firstMs));
  const fullFirst = median(runs.full.map((r) => r.firstMs));
  const floorMem = median(runs.floor.map((r) => r.settled));
  const fullMem = median(runs.full.map((r) => r.settled));
  const scrolled = runs.full.map((r) => r.scrolling);
  const jumps = scrolled.flatMap((s) => s.jumps.records);

  const afterScroll = median(scrolled.map((s) => s.memory));
  console.log("");
  console.log("                                   first screen after launch   memory (PSS, app + WebKit)");
  console.log(`  Skyfolio, no photos (floor)      ${ms(floorFirst).padEnd(28)}${mib(floorMem)}`);
  console.log(`  Skyfolio, ${ITEMS.toLocaleString("en-US")} photos`.padEnd(35) + `${ms(fullFirst).padEnd(28)}${mib(fullMem)} (${mib(afterScroll)} after scrolling)`);
  console.log(`  ratio                            ${(fullFirst / floorFirst).toFixed(2)}×`.padEnd(63) + `${(fullMem / floorMem).toFixed(2)}×`);
  console.log("");
  const total = (parts) => Object.values(parts).reduce((sum, part) => sum + part, 0);
  const breakdown = (parts) =>
    Object.entries(parts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([command, value]) => `${command} ${mib(value)}`)
      .join(", ");
  const middle = (list) => list.slice().sort((a, b) => total(a) - total(b))[Math.floor(list.length / 2)];
  console.log("");
  console.log("  memory by process (PSS, the median launch):");
  console.log(`    no photos, settled            ${mib(total(middle(runs.floor.map((r) => r.settledParts))))}: ${breakdown(middle(runs.floor.map((r) => r.settledParts)))}`);
  console.log(`    ${ITEMS} photos, settled`.padEnd(34) + `${mib(total(middle(runs.full.map((r) => r.settledParts))))}: ${breakdown(middle(runs.full.map((r) => r.settledParts)))}`);
  console.log(`    after ${JUMPS} jumps and flings`.padEnd(34) + `${mib(total(middle(scrolled.map((s) => s.afterJumps))))}: ${breakdown(middle(scrolled.map((s) => s.afterJumps)))}`);
  const swept = middle(scrolled.map((s) => s.afterSweep));
  console.log(`    after top to bottom`.padEnd(34) + `${mib(total(swept))}: ${breakdown(swept)}`);
  const rested = middle(scrolled.map((s) => s.afterRest));
  console.log(`    15 s later`.padEnd(34) + `${mib(total(rested))}: ${breakdown(rested)}`);
  console.log(
    `  top to bottom, ${SWEEP_SCREENS} screens a frame: ${median(scrolled.map((s) => s.swept.frames))} frames in ${median(scrolled.map((s) => s.swept.seconds)).toFixed(1)} s; ` +
      `memory then ${(total(swept) / floorMem).toFixed(2)}× the floor`,
  );
  console.log("");
  console.log(`  the whole timeline in the page (the scroll bar spans it) after ${ms(median(runs.full.map((r) => r.allMs)))}`);
  const withBlankFirst = jumps.filter((j) => j.firstBlank > 0).length;
  console.log(
    `  ${jumps.length} jumps across the timeline: tiles in view ${median(jumps.map((j) => j.tiles))}; ` +
      `blank on the first frame in ${withBlankFirst} of ${jumps.length} (median ${median(jumps.map((j) => j.firstBlank))}, ` +
      `max ${Math.max(...jumps.map((j) => j.firstBlank))}); all pictures in: median ${ms(median(jumps.map((j) => j.filledMs)))}, ` +
      `max ${ms(Math.max(...jumps.map((j) => j.filledMs)))}`,
  );
  for (const speed of FLING_SPEEDS) {
    const flings = scrolled.map((s) => s.flung[speed]);
    console.log(
      `  scrolling at ${speed} px/s for 5 s: ${median(flings.map((f) => f.frames))} frames, ` +
        `frames with a blank tile ${median(flings.map((f) => f.blankFrames))}, ` +
        `blank share of tiles ${(100 * median(flings.map((f) => f.blankShare))).toFixed(1)}%, ` +
        `longest frame ${ms(Math.max(...flings.map((f) => f.longestFrame)))}`,
    );
  }
  writeFileSync(join(OUT, "bench-gallery.json"), JSON.stringify(runs, null, 2));
  writeFileSync(join(OUT, "summary"), "gallery benchmark: done\n");
}

main().catch((error) => {
  console.error(`gallery benchmark: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
