// The browser's backend against a server in memory (a fake `fetch`, no network): what it sends,
// how it reads the answers, and how an upload goes on after a failure.

import { beforeEach, describe, expect, it } from "vitest";

import type { OperationProgress } from "../src/backend";
import { blake3Of } from "../src/backend/hash";
import { HttpBackend } from "../src/backend/http";
import type { MediaItem } from "../src/backend/wire";

type Sent = { method: string; url: string; headers: Record<string, string>; credentials: string | undefined; body: unknown; fromBlob: boolean };

const settle = async (rounds = 40) => {
  for (let i = 0; i < rounds; i += 1) await new Promise((r) => setTimeout(r, 0));
};

function media(n: number, extra: Partial<MediaItem> = {}): MediaItem {
  return {
    id: `m${n}`,
    path: `Trip/IMG_${n}.jpg`,
    kind: "photo",
    state: "active",
    hash: n.toString(16).padStart(64, "0"),
    size: 1000 + n,
    taken_at: "2024-06-01T12:00:00+02:00",
    sort_time: 1_717_236_000_000 - n,
    width: 4000,
    height: 3000,
    duration_ms: null,
    created_at: 1_717_300_000_000,
    trashed_at: null,
    thumbnails: "ready",
    seq: n,
    ...extra,
  };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

/** A server in memory: routes answer, every request is kept. */
class FakeServer {
  sent: Sent[] = [];
  routes = new Map<string, (request: Sent) => Response | Promise<Response>>();

  on(method: string, path: string, answer: (request: Sent) => Response | Promise<Response>): void {
    this.routes.set(`${method} ${path}`, answer);
  }

  fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const request: Sent = {
      method: init.method ?? "GET",
      url,
      headers: { ...(init.headers as Record<string, string>) },
      credentials: init.credentials,
      // What a server receives: JSON as a value, a file's slice as its bytes.
      body:
        typeof init.body === "string"
          ? JSON.parse(init.body)
          : init.body instanceof Blob
            ? new Uint8Array(await init.body.arrayBuffer())
            : init.body,
      fromBlob: init.body instanceof Blob,
    };
    this.sent.push(request);
    const path = url.split("?")[0] ?? url;
    const answer = this.routes.get(`${request.method} ${path}`);
    if (!answer) return json({ code: "not-found", message: "no such route" }, 404);
    return answer(request);
  };

  writes(): Sent[] {
    return this.sent.filter((s) => s.method !== "GET");
  }
}

let server: FakeServer;
let store: Storage;
let backend: HttpBackend;

function newBackend(): HttpBackend {
  return new HttpBackend({
    fetch: server.fetch,
    storage: store,
    languages: ["en-US", "de-DE", "ar"],
    preferred: ["de-AT", "en"],
    hash: (file) => blake3Of(file),
    chunkSize: 4,
    wait: async () => undefined,
    now: () => 1_717_300_000_000,
    document: null,
  });
}

beforeEach(() => {
  server = new FakeServer();
  localStorage.clear();
  store = localStorage;
  backend = newBackend();
});

describe("signing in", () => {
  it("posts the email, password and invite with the request header, then asks who is signed in", async () => {
    server.on("POST", "/api/v1/web/session", () => new Response(null, { status: 200 }));
    server.on("GET", "/api/v1/web/session", () =>
      json({
        account: { email: "anna@example.org", admin: false, created_at: 1 },
        device: { id: "d1", name: "Firefox on Android", platform: "web", created_at: 1, last_seen_at: 2, last_sync_at: null, current: true },
      }),
    );
    const welcome = await backend.signIn("https://elsewhere.example", "anna@example.org", "secret-enough", true, "GOOD-CODE");
    const [post] = server.sent;
    expect(post?.url).toBe("/api/v1/web/session");
    expect(post?.body).toEqual({ email: "anna@example.org", password: "secret-enough", register: true, invite: "GOOD-CODE" });
    expect(post?.headers["X-Skyfolio-Request"]).toBe("1");
    expect(post?.headers["Content-Type"]).toBe("application/json");
    expect(post?.credentials).toBe("same-origin");
    expect(welcome).toMatchObject({ signedIn: true, email: "anna@example.org", deviceName: "Firefox on Android", localCloud: false });
  });

  it("is signed out when the session answers 401, and says why a sign-in failed", async () => {
    server.on("GET", "/api/v1/web/session", () => json({ code: "unauthorized", message: "no session" }, 401));
    expect(await backend.welcome()).toMatchObject({ signedIn: false, email: null, localCloud: false });
    server.on("POST", "/api/v1/web/session", () => json({ code: "invalid-credentials", message: "wrong email or password" }, 401));
    await expect(backend.signIn("", "anna@example.org", "wrong", false, null)).rejects.toEqual({
      code: "invalid-credentials",
      message: "wrong email or password",
    });
  });

  it("tells the page when the session ended, so that it signs in again", async () => {
    const heard: string[] = [];
    await backend.onSyncStatus((status) => heard.push(status.state));
    server.on("GET", "/api/v1/media", () => json({ code: "unauthorized", message: "session expired" }, 401));
    await expect(backend.timeline(null, 10, "all")).rejects.toMatchObject({ code: "unauthorized" });
    expect(heard).toEqual(["signed-out"]);
  });

  it("has no local cloud", async () => {
    await expect(backend.useLocalCloud()).rejects.toMatchObject({ code: "desktop-only" });
  });
});

describe("signing in by a computer's code", () => {
  const page = window as unknown as { happyDOM: { setURL(url: string): void } };
  const session = () =>
    json({
      account: { email: "owner@this-computer.local", admin: true, created_at: 1 },
      device: { id: "d7", name: "Safari on iPhone", platform: "web", created_at: 1, last_seen_at: 2, last_sync_at: null, current: true },
    });
  let was: string;
  beforeEach(() => {
    was = location.href;
    return () => page.happyDOM.setURL(was);
  });

  it("takes the code out of the address at once, posts it, and is signed in", async () => {
    page.happyDOM.setURL("http://192.168.1.20:47470/albums?view=grid#pair=q8Zt3v_N0dYk-0001");
    let addressWhenPosted = "";
    server.on("POST", "/api/v1/web/pair", () => {
      addressWhenPosted = location.href;
      return session();
    });
    const welcome = await backend.welcome();
    expect(location.href).toBe("http://192.168.1.20:47470/albums?view=grid");
    expect(addressWhenPosted).toBe("http://192.168.1.20:47470/albums?view=grid");
    expect(server.sent).toHaveLength(1);
    const [post] = server.sent;
    expect(post?.method).toBe("POST");
    expect(post?.url).toBe("/api/v1/web/pair");
    expect(post?.body).toEqual({ code: "q8Zt3v_N0dYk-0001" });
    expect(post?.headers["X-Skyfolio-Request"]).toBe("1");
    expect(post?.credentials).toBe("same-origin");
    expect(welcome).toMatchObject({ signedIn: true, email: "owner@this-computer.local", deviceName: "Safari on iPhone", localCloud: false });
    expect(backend.pairingProblem).toBeNull();
  });

  it("is signed out and says so when the code was used or expired", async () => {
    const heard: string[] = [];
    await backend.onSyncStatus((status) => heard.push(status.state));
    page.happyDOM.setURL("http://192.168.1.20:47470/#pair=q8Zt3v_N0dYk-0001");
    server.on("POST", "/api/v1/web/pair", () => json({ code: "invalid-credentials", message: "this code does not work" }, 401));
    server.on("GET", "/api/v1/web/session", () => json({ code: "unauthorized", message: "no session" }, 401));
    const welcome = await backend.welcome();
    expect(location.href).toBe("http://192.168.1.20:47470/");
    expect(server.sent.map((s) => `${s.method} ${s.url}`)).toEqual(["POST /api/v1/web/pair", "GET /api/v1/web/session"]);
    expect(welcome).toMatchObject({ signedIn: false, email: null });
    expect(backend.pairingProblem).toEqual({ code: "invalid-credentials", message: "this code does not work" });
    // A refused code is no session that ended.
    expect(heard).toEqual([]);
    // Asked again (the page reloaded its state): the code is not posted twice, the problem told once.
    expect((await backend.welcome()).signedIn).toBe(false);
    expect(server.sent.filter((s) => s.url === "/api/v1/web/pair")).toHaveLength(1);
    expect(backend.pairingProblem).toBeNull();
  });

  it("keeps a session this browser has, and refuses a code that is not one without asking", async () => {
    page.happyDOM.setURL("http://192.168.1.20:47470/#pair=short");
    server.on("GET", "/api/v1/web/session", () => session());
    expect(await backend.welcome()).toMatchObject({ signedIn: true, email: "owner@this-computer.local" });
    expect(location.href).toBe("http://192.168.1.20:47470/");
    expect(server.sent.map((s) => `${s.method} ${s.url}`)).toEqual(["GET /api/v1/web/session"]);
    expect(backend.pairingProblem).toBeNull();
    // A page opened with another fragment keeps it.
    page.happyDOM.setURL("http://192.168.1.20:47470/#top");
    await backend.welcome();
    expect(location.hash).toBe("#top");
  });
});

describe("errors", () => {
  it("become {code, message}: the server's own, a proxy's page, and no answer at all", async () => {
    server.on("GET", "/api/v1/devices", () => json({ code: "server-busy", message: "busy" }, 503));
    await expect(backend.devices()).rejects.toEqual({ code: "server-busy", message: "busy" });
    server.on("GET", "/api/v1/devices", () => new Response("<html>Bad gateway</html>", { status: 502 }));
    await expect(backend.devices()).rejects.toMatchObject({ code: "unreachable" });
    server.on("GET", "/api/v1/devices", () => Promise.reject(new TypeError("Failed to fetch")));
    await expect(backend.devices()).rejects.toMatchObject({ code: "unreachable", message: "TypeError: Failed to fetch" });
  });
});

describe("every write", () => {
  it("carries the request header and the cookie, and no GET needs the header", async () => {
    const empty = () => new Response(null, { status: 204 });
    server.on("DELETE", "/api/v1/media/m1", () => json(media(1)));
    server.on("POST", "/api/v1/trash/m1/restore", () => json(media(1)));
    server.on("DELETE", "/api/v1/trash/m1", empty);
    server.on("DELETE", "/api/v1/trash", empty);
    server.on("DELETE", "/api/v1/devices/d2", empty);
    server.on("DELETE", "/api/v1/uploads/u1", empty);
    server.on("DELETE", "/api/v1/web/session", empty);
    server.on("GET", "/api/v1/devices", () => json({ devices: [] }));
    expect(await backend.moveToTrash(["m1"])).toBe(1);
    expect(await backend.restore(["m1"])).toBe(1);
    expect(await backend.deleteForever(["m1"])).toBe(1);
    await backend.emptyTrash();
    await backend.unlinkDevice("d2");
    await backend.cancelUpload("u1");
    expect(await backend.devices()).toEqual([]);
    expect((await backend.signOut(true)).signedIn).toBe(false);
    const writes = server.writes();
    expect(writes.map((w) => `${w.method} ${w.url}`)).toEqual([
      "DELETE /api/v1/media/m1",
      "POST /api/v1/trash/m1/restore",
      "DELETE /api/v1/trash/m1",
      "DELETE /api/v1/trash",
      "DELETE /api/v1/devices/d2",
      "DELETE /api/v1/uploads/u1",
      "DELETE /api/v1/web/session",
    ]);
    for (const write of writes) {
      expect(write.headers["X-Skyfolio-Request"]).toBe("1");
      expect(write.credentials).toBe("same-origin");
    }
    const get = server.sent.find((s) => s.method === "GET");
    expect(get?.headers["X-Skyfolio-Request"]).toBeUndefined();
    expect(get?.credentials).toBe("same-origin");
  });
});

describe("the timeline", () => {
  it("maps the server's items, pages with the cursor, and serves pictures from the same origin", async () => {
    const video = media(2, { kind: "video", duration_ms: 4000, path: "IMG_2.mp4" });
    server.on("GET", "/api/v1/media", (request) =>
      request.url.includes("cursor=")
        ? json({ items: [media(3, { kind: "other" })], next: null })
        : json({ items: [media(1), video, media(4, { path: "Trip/IMG_4.HEIC" })], next: "c1" }),
    );
    const first = await backend.timeline(null, 100, "all");
    // A photo the browser cannot draw is shown from the server's full-size JPEG.
    expect(backend.mediaUrl(media(4).hash)).toBe("/api/v1/media/m4/rendition");
    expect(server.sent[0]?.url).toBe("/api/v1/media?limit=100");
    expect(first.next).toBe("c1");
    expect(first.items[0]).toEqual({
      hash: media(1).hash,
      kind: "photo",
      sortTime: media(1).sort_time,
      takenAt: "2024-06-01T12:00:00+02:00",
      width: 4000,
      height: 3000,
      durationMs: null,
      size: 1001,
      place: "cloud",
      localPath: null,
      remoteId: "m1",
      name: "Trip/IMG_1.jpg",
      camera: null,
      latitude: null,
      longitude: null,
      transfer: null,
    });
    expect(first.items[1]).toMatchObject({ kind: "video", durationMs: 4000, remoteId: "m2" });
    expect(backend.thumbnailUrl(media(1).hash, 256)).toBe("/api/v1/media/m1/thumbnail?size=256");
    expect(backend.thumbnailUrl(media(1).hash, 1440)).toBe("/api/v1/media/m1/thumbnail?size=1440");
    expect(backend.mediaUrl(media(1).hash)).toBe("/api/v1/media/m1/original");
    expect(backend.videoUrl(video.hash)).toBe("/api/v1/media/m2/original");
    expect(backend.originalUrl("m1")).toBe("/api/v1/media/m1/original");
    // A file of no known kind is not a tile.
    const last = await backend.timeline("c1", 100, "all");
    expect(server.sent[1]?.url).toBe("/api/v1/media?limit=100&cursor=c1");
    expect(last).toEqual({ items: [], next: null });
  });

  it("filters videos, asking on past pages without any", async () => {
    server.on("GET", "/api/v1/media", (request) =>
      request.url.includes("cursor=c1")
        ? json({ items: [media(2, { kind: "video" })], next: null })
        : json({ items: [media(1)], next: "c1" }),
    );
    const page = await backend.timeline(null, 50, "videos");
    expect(page.items.map((i) => i.remoteId)).toEqual(["m2"]);
    expect(page.next).toBeNull();
  });

  it("makes albums of the top folders, newest item as the cover, and tells the days left in the bin", async () => {
    server.on("GET", "/api/v1/media", () =>
      json({ items: [media(1), media(2, { path: "Beach/a.jpg" }), media(3, { path: "b.jpg" }), media(4, { sort_time: 1_800_000_000_000 })], next: null }),
    );
    expect(await backend.albums()).toEqual([
      { name: "", count: 1, cover: media(3).hash },
      { name: "Beach", count: 1, cover: media(2).hash },
      { name: "Trip", count: 2, cover: media(4).hash },
    ]);
    server.on("GET", "/api/v1/trash", () => json({ items: [media(5, { state: "trashed", trashed_at: 1_717_300_000_000 - 86_400_000 * 10.5 })], next: null }));
    server.on("GET", "/api/v1/usage", () => json({ quota: 1e9, used: 5, photos: 5, videos: 0, other: 0, trash: 1005, uploading: 0, trash_days: 30 }));
    const [entry] = await backend.trash();
    expect(entry).toMatchObject({ id: "m5", path: "Trip/IMG_5.jpg", kind: "photo", daysLeft: 20 });
    expect(backend.thumbnailUrl(media(5).hash, 256)).toBe("/api/v1/media/m5/thumbnail?size=256");
  });
});

describe("downloads", () => {
  it("asks the server for ZIPs: an album by name, everything, and a long selection in parts", () => {
    expect(backend.archiveUrls({ kind: "album", name: "Été & co" })).toEqual(["/api/v1/archive?album=%C3%89t%C3%A9%20%26%20co"]);
    expect(backend.archiveUrls({ kind: "all" })).toEqual(["/api/v1/archive?all=true"]);
    const ids = Array.from({ length: 450 }, (_, i) => `${"0".repeat(29)}${String(i).padStart(3, "0")}`);
    const urls = backend.archiveUrls({ kind: "items", ids });
    expect(urls).toHaveLength(3);
    expect(urls.flatMap((url) => new URL(url, "http://x").searchParams.get("ids")?.split(",") ?? [])).toEqual(ids);
    // Each part fits in the server's longest address.
    for (const url of urls) expect(url.length).toBeLessThan(8 * 1024);
  });
});

describe("the language", () => {
  it("follows the browser, is kept in this browser when chosen, and mirrors Arabic", async () => {
    expect(await backend.language()).toEqual({ current: "de-DE", chosen: null, system: "de-DE", available: ["en-US", "de-DE", "ar"], rightToLeft: false });
    const heard: string[] = [];
    await backend.onLanguage((language) => heard.push(language.current));
    expect((await backend.setLanguage("ar")).rightToLeft).toBe(true);
    expect(heard).toEqual(["ar"]);
    expect((await newBackend().language()).current).toBe("ar");
    expect((await backend.setLanguage(null)).current).toBe("de-DE");
    expect(server.sent).toEqual([]);
  });
});

/** An upload route in memory: bytes at the offset, the item once all arrived. */
function uploadRoutes(content: Uint8Array, hash: string, options: { dropAfterWrite?: number } = {}) {
  const received: number[] = [];
  let patches = 0;
  server.on("POST", "/api/v1/uploads", () => json({ upload: { id: "u1", offset: 0, size: content.length, expires_at: 0 }, item: null }, 201));
  server.on("HEAD", "/api/v1/uploads/u1", () => new Response(null, { status: 200, headers: { "Upload-Offset": String(received.length) } }));
  server.on("PATCH", "/api/v1/uploads/u1", (request) => {
    patches += 1;
    const offset = Number(request.headers["Upload-Offset"]);
    if (offset !== received.length) return json({ code: "offset-mismatch", message: "wrong offset" }, 409);
    received.push(...(request.body as Uint8Array));
    // The connection breaks after the server kept the chunk: the answer never arrives.
    if (patches === options.dropAfterWrite) return Promise.reject(new TypeError("network error"));
    const done = received.length === content.length;
    return json({ offset: received.length, item: done ? media(9, { hash, size: content.length, path: "Phone/clip.mp4" }) : null }, 200, {
      "Upload-Offset": String(received.length),
    });
  });
  return received;
}

async function uploaded(files: File[], album: string | null): Promise<OperationProgress[]> {
  const heard: OperationProgress[] = [];
  await backend.onOperation((progress) => heard.push(progress));
  await backend.uploadFiles(files, album);
  await settle();
  return heard;
}

describe("uploads from the browser", () => {
  const content = new TextEncoder().encode("0123456789");

  it("hashes, announces and sends chunks; after a broken PATCH it resumes from the server's offset", async () => {
    const file = new File([content], "clip.mp4", { type: "video/mp4", lastModified: 1_700_000_000_000 });
    const hash = await blake3Of(file);
    const received = uploadRoutes(content, hash, { dropAfterWrite: 2 });
    const changed: number[] = [];
    await backend.onTimelineChanged(() => changed.push(1));
    const heard = await uploaded([file], "Phone");
    const create = server.sent.find((s) => s.method === "POST");
    expect(create?.body).toEqual({ path: "Phone/clip.mp4", size: 10, hash, modified_at: 1_700_000_000_000 });
    const patches = server.sent.filter((s) => s.method === "PATCH" || s.method === "HEAD");
    expect(patches.map((s) => `${s.method} ${s.headers["Upload-Offset"] ?? ""}`)).toEqual(["PATCH 0", "PATCH 4", "HEAD ", "PATCH 8"]);
    for (const patch of patches.filter((s) => s.method === "PATCH")) {
      expect(patch.headers["Content-Type"]).toBe("application/offset+octet-stream");
      expect(patch.headers["X-Skyfolio-Request"]).toBe("1");
      expect(patch.headers["Upload-Checksum"]).toMatch(/^blake3 [A-Za-z0-9+/]{43}=$/);
      // Sent from the file itself, never copied through the page.
      expect(patch.fromBlob).toBe(true);
    }
    expect(new TextDecoder().decode(new Uint8Array(received))).toBe("0123456789");
    const last = heard.at(-1);
    expect(last).toMatchObject({ kind: "upload", state: "done", filesDone: 1, filesTotal: 1, bytesDone: 10, bytesTotal: 10, failures: [], alreadyThere: 0 });
    expect(heard.some((p) => p.moving[0]?.done === 4)).toBe(true);
    expect(changed).toEqual([1]);
    expect(store.length).toBe(0);
  });

  it("completes content the account already holds at once, without sending a byte", async () => {
    server.on("POST", "/api/v1/uploads", () => json({ upload: null, item: media(1) }, 200));
    const heard = await uploaded([new File([content], "IMG_1.jpg")], null);
    expect(server.sent.map((s) => s.method)).toEqual(["POST"]);
    expect(heard.at(-1)).toMatchObject({ state: "done", filesDone: 1, alreadyThere: 1, failures: [] });
  });

  it("picks up an upload a closed page left, from the offset the server holds", async () => {
    const file = new File([content], "clip.mp4", { lastModified: 5 });
    const received = uploadRoutes(content, await blake3Of(file));
    received.push(...content.slice(0, 6));
    store.setItem("skyfolio-upload:Phone/clip.mp4|10|5", JSON.stringify({ id: "u1", hash: "kept" }));
    const heard = await uploaded([file], "Phone");
    expect(server.sent.map((s) => `${s.method} ${s.headers["Upload-Offset"] ?? ""}`)).toEqual(["HEAD ", "PATCH 6"]);
    expect(new TextDecoder().decode(new Uint8Array(received))).toBe("0123456789");
    expect(heard.at(-1)).toMatchObject({ state: "done", filesDone: 1 });
    expect(store.length).toBe(0);
  });

  it("sends three files at once and no more, and counts each byte once", async () => {
    let open = 0;
    let most = 0;
    server.on("POST", "/api/v1/uploads", async () => {
      open += 1;
      most = Math.max(most, open);
      await new Promise((resolve) => setTimeout(resolve, 0));
      await new Promise((resolve) => setTimeout(resolve, 0));
      open -= 1;
      return json({ upload: null, item: media(1) }, 200);
    });
    const heard: OperationProgress[] = [];
    await backend.onOperation((progress) => heard.push(progress));
    await backend.uploadFiles(Array.from({ length: 7 }, (_, i) => new File([content], `IMG_${i}.jpg`)), null);
    await settle(400);
    expect(most).toBe(3);
    expect(heard.at(-1)).toMatchObject({ state: "done", filesDone: 7, alreadyThere: 7, bytesDone: 70, bytesTotal: 70, moving: [] });
    expect(heard.every((p) => p.bytesDone <= 70 && p.moving.length <= 3)).toBe(true);
  });

  it("says which file failed and why, and goes on with the next", async () => {
    server.on("POST", "/api/v1/uploads", (request) =>
      (request.body as { path: string }).path === "big.mov"
        ? json({ code: "quota-exceeded", message: "does not fit" }, 413)
        : json({ upload: null, item: media(1) }, 200),
    );
    const heard = await uploaded([new File([content], "big.mov"), new File([], "empty.jpg"), new File([content], "ok.jpg")], null);
    expect(heard.at(-1)).toMatchObject({
      state: "done",
      filesDone: 1,
      filesTotal: 3,
      failures: [
        { path: "big.mov", code: "quota-exceeded", message: "does not fit" },
        { path: "empty.jpg", code: "empty-file", message: "the file is empty" },
      ],
    });
  });

  it("pauses between chunks, and a cancel gives the upload up on the server", async () => {
    const file = new File([content], "clip.mp4");
    uploadRoutes(content, await blake3Of(file));
    server.on("DELETE", "/api/v1/uploads/u1", () => new Response(null, { status: 204 }));
    const heard: OperationProgress[] = [];
    await backend.onOperation((progress) => heard.push(progress));
    const id = await backend.uploadFiles([file], null);
    expect(await backend.pauseOperation(id)).toBe(true);
    await settle();
    expect(heard.at(-1)?.state).toBe("paused");
    expect(server.sent.filter((s) => s.method === "PATCH")).toEqual([]);
    expect(await backend.cancelOperation(id)).toBe(true);
    await settle();
    expect(server.sent.map((s) => s.method)).toEqual(["POST", "DELETE"]);
    expect(heard.at(-1)?.state).toBe("cancelled");
    expect(store.length).toBe(0);
  });
});
