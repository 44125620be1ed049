// The installable web app: its manifest and icons, the service worker's rules (the app's shell
// kept, never the API), and where the worker is registered.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";

import { describe, expect, it, vi } from "vitest";

import { registerServiceWorker } from "../src/pwa";

const ui = join(import.meta.dirname, "..");

type Handler = (event: unknown) => void;

/** Runs public/sw.js as a browser would, on a fake `self`, with a cache and a network in
 * memory. */
function loadWorker(origin = "https://photos.example.org") {
  const handlers = new Map<string, Handler>();
  const store = new Map<string, Response>();
  const network: string[] = [];
  let online = true;
  const key = (request: Request | string) => (typeof request === "string" ? request : request.url);
  const cache = {
    match: async (request: Request | string) => store.get(key(request))?.clone(),
    put: async (request: Request | string, response: Response) => void store.set(key(request), response),
    add: async (request: string) => void store.set(request, new Response("<!doctype html>", { headers: { "content-type": "text/html" } })),
  };
  const self = {
    location: { href: `${origin}/sw.js` },
    addEventListener: (type: string, handler: Handler) => handlers.set(type, handler),
    skipWaiting: vi.fn(),
    clients: { claim: vi.fn(async () => undefined) },
  };
  const context = {
    self,
    URL,
    Response,
    caches: { open: async () => cache, keys: async () => ["skyfolio-shell-v0", "other"], delete: vi.fn(async () => true) },
    fetch: async (request: Request) => {
      network.push(request.url);
      if (!online) throw new TypeError("offline");
      const html = request.mode === "navigate";
      return new Response(html ? `page ${network.length}` : "file", { headers: { "content-type": html ? "text/html" : "text/javascript" } });
    },
  };
  runInNewContext(readFileSync(join(ui, "public/sw.js"), "utf8"), context);
  const shellRequest = (context as unknown as { shellRequest: (url: string, mode?: string, method?: string) => string | null }).shellRequest;
  /** Fires a fetch at the worker: its answer, or null when it leaves the request to the network. */
  const request = async (url: string, mode: RequestMode = "cors", method = "GET"): Promise<Response | null> => {
    let answer: Promise<Response> | null = null;
    const req = { url: new URL(url, origin).href, mode, method } as Request;
    handlers.get("fetch")!({ request: req, respondWith: (response: Promise<Response>) => (answer = response) });
    return answer;
  };
  return { handlers, store, network, shellRequest, request, context, setOnline: (value: boolean) => (online = value) };
}

describe("the service worker", () => {
  it("keeps the shell only: the page and the hashed files, never the API or the server's own paths", () => {
    const { shellRequest } = loadWorker();
    const at = (path: string) => `https://photos.example.org${path}`;
    expect(shellRequest(at("/"), "navigate", "GET")).toBe("page");
    expect(shellRequest(at("/albums/2024"), "navigate", "GET")).toBe("page");
    expect(shellRequest(at("/assets/index-B2x9.js"), "cors", "GET")).toBe("asset");
    expect(shellRequest(at("/assets/index-B2x9.css"), "no-cors", "GET")).toBe("asset");
    expect(shellRequest(at("/albums/2024/assets/index-B2x9.js"), "cors", "GET")).toBe("asset");
    for (const path of [
      "/api/v1/media/r1/thumbnail",
      "/api/v1/media/r1/original",
      "/api/v1/timeline",
      "/api/v1/media/r1/assets/x.jpg",
      "/metrics",
      "/healthz",
    ]) {
      expect(shellRequest(at(path), "cors", "GET"), path).toBeNull();
      // Not even when the browser navigates there (an original opened or saved by a link).
      expect(shellRequest(at(path), "navigate", "GET"), path).toBeNull();
    }
    expect(shellRequest(at("/assets/index-B2x9.js"), "cors", "POST")).toBeNull();
    expect(shellRequest("https://elsewhere.example.com/assets/x.js", "cors", "GET")).toBeNull();
    expect(shellRequest(at("/sw.js"), "cors", "GET")).toBeNull();
    expect(shellRequest(at("/manifest.webmanifest"), "cors", "GET")).toBeNull();
  });

  it("answers the page from the network first, and the kept one offline", async () => {
    const worker = loadWorker();
    expect(await (await worker.request("/", "navigate"))!.text()).toBe("page 1");
    expect(await (await worker.request("/", "navigate"))!.text()).toBe("page 2");
    worker.setOnline(false);
    expect(await (await worker.request("/albums", "navigate"))!.text()).toBe("page 2");
    expect([...worker.store.keys()]).toEqual(["https://photos.example.org/"]);
  });

  it("answers hashed files from the cache once fetched, and leaves photos to the network, unkept", async () => {
    const worker = loadWorker();
    const asset = "/assets/index-B2x9.js";
    expect(await (await worker.request(asset))!.text()).toBe("file");
    expect(await (await worker.request(asset))!.text()).toBe("file");
    expect(worker.network).toEqual([`https://photos.example.org${asset}`]);
    expect(await worker.request("/api/v1/media/r1/thumbnail?size=256")).toBeNull();
    expect(await worker.request("/api/v1/media/r1/original", "navigate")).toBeNull();
    expect([...worker.store.keys()].filter((url) => url.includes("/api/"))).toEqual([]);
  });

  it("takes over at once and drops the caches of earlier versions", async () => {
    const worker = loadWorker();
    const waits: Promise<unknown>[] = [];
    worker.handlers.get("install")!({ waitUntil: (p: Promise<unknown>) => waits.push(p) });
    worker.handlers.get("activate")!({ waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
    expect(worker.store.has("https://photos.example.org/")).toBe(true);
    const { caches } = worker.context as unknown as { caches: { delete: ReturnType<typeof vi.fn> } };
    expect(caches.delete.mock.calls).toEqual([["skyfolio-shell-v0"]]);
  });
});

describe("registering the service worker", () => {
  it("happens in a browser that has service workers, never in the desktop app", async () => {
    const register = vi.fn(async () => ({}) as ServiceWorkerRegistration);
    const browser = { serviceWorker: { register } as unknown as ServiceWorkerContainer };
    expect(await registerServiceWorker({ desktop: true }, browser)).toBeNull();
    expect(register).not.toHaveBeenCalled();
    // A plain-http address on the local network has no service workers: nothing to do.
    expect(await registerServiceWorker({ desktop: false }, {})).toBeNull();
    expect(await registerServiceWorker({ desktop: false }, browser)).not.toBeNull();
    expect(register).toHaveBeenCalledWith("/sw.js", { scope: "/" });
    // Refused (a strict browser, an odd proxy): the app goes on without it.
    register.mockRejectedValueOnce(new Error("SecurityError"));
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(await registerServiceWorker({ desktop: false }, browser)).toBeNull();
  });
});

describe("the web app manifest", () => {
  const manifest = JSON.parse(readFileSync(join(ui, "public/manifest.webmanifest"), "utf8"));

  it("names Skyfolio, opens standalone at the root, in the page's colours", () => {
    expect(manifest).toMatchObject({ name: "Skyfolio", start_url: "/", display: "standalone" });
    const css = readFileSync(join(ui, "src/styles.css"), "utf8");
    const background = /--bg:\s*(#[0-9a-f]{6})/i.exec(css)?.[1];
    expect(manifest.background_color).toBe(background);
    expect(manifest.theme_color).toBe(background);
    const html = readFileSync(join(ui, "index.html"), "utf8");
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest" />');
    expect(html).toContain(`<meta name="theme-color" content="${background}"`);
    expect(html).toMatch(/<link rel="apple-touch-icon" href="\/icons\/[^"]+\.png" \/>/);
    // No script in the page itself: the server's CSP allows none.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });

  it("has PNG icons of 192 and 512 px and a maskable one, each of the size it says", () => {
    const sizeOf = (file: string) => {
      const png = readFileSync(join(ui, "public", file));
      expect(png.subarray(1, 4).toString("latin1"), file).toBe("PNG");
      return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
    };
    const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
    for (const icon of icons) {
      expect(icon.type).toBe("image/png");
      expect(sizeOf(icon.src)).toBe(icon.sizes);
    }
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
    const html = readFileSync(join(ui, "index.html"), "utf8");
    const touch = /<link rel="apple-touch-icon" href="\/([^"]+)"/.exec(html)?.[1];
    expect(sizeOf(touch!)).toBe("180x180");
  });
});
