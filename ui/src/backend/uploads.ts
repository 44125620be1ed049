// Uploads from a browser: the files a person picked or dropped, one after another, each hashed
// (BLAKE3, in a worker), announced, then sent in chunks at the offset the server holds. A
// content the account holds already is done at once. A chunk that fails is sent again from the
// offset the server answers to `HEAD`; an upload cut by a closed page resumes from there when the
// same file is picked again (its upload id is kept in `localStorage`, by path, size and time).
// Progress goes out as the `OperationProgress` the desktop sends for its own uploads.

import type { Failure, OperationProgress } from "./generated";
import type { CommandError } from "./types";
import { blake3Base64 } from "./hash";
import { ask, askJson, asCommandError, type ChunkAccepted, type Fetch, type UploadCreated } from "./wire";

/** The content type of an upload chunk. */
const OFFSET_OCTET_STREAM = "application/offset+octet-stream";

/** Errors worth sending the chunk again for: the bytes did not (all) arrive. */
const TRANSIENT = new Set(["unreachable", "offset-mismatch", "checksum-mismatch", "upload-busy", "server-busy", "internal"]);

/** Files sent at once: one file's hashing, round trips and the server's commit overlap with the
 * others' sending, which small photos need to keep the connection busy. */
const PARALLEL = 3;

/** Where kept uploads are found in `localStorage`. */
const KEPT_PREFIX = "skyfolio-upload:";

export interface UploadDeps {
  fetch: Fetch;
  /** BLAKE3 of a file, hex (in a worker). */
  hash(file: Blob, progress?: (done: number) => void): Promise<string>;
  /** Keeps uploads in progress across page loads; `null` keeps nothing. */
  store: Storage | null;
  /** Bytes sent in one request. */
  chunkSize: number;
  /** Files sent at once (default 3). */
  parallel?: number;
  /** Tries of one chunk before the file is given up. */
  tries: number;
  /** Waits before a try again. */
  wait(ms: number): Promise<void>;
  emit(progress: OperationProgress): void;
  /** A file arrived in the cloud. */
  arrived(): void;
}

/** An upload the server keeps for a file of this browser. */
type Kept = { id: string; hash: string };

class Operation {
  readonly progress: OperationProgress;
  cancelled = false;
  private resumed: (() => void) | null = null;
  private pausedAt: Promise<void> | null = null;

  constructor(
    id: number,
    readonly files: { file: File; path: string }[],
  ) {
    this.progress = {
      id,
      kind: "upload",
      state: "running",
      filesDone: 0,
      filesTotal: files.length,
      bytesDone: 0,
      bytesTotal: files.reduce((sum, f) => sum + f.file.size, 0),
      current: null,
      moving: [],
      failures: [],
      alreadyThere: 0,
      error: null,
    };
  }

  pause(): void {
    if (this.pausedAt) return;
    this.pausedAt = new Promise((resolve) => (this.resumed = resolve));
    this.progress.state = "paused";
  }

  resume(): void {
    this.resumed?.();
    this.resumed = null;
    this.pausedAt = null;
    if (!this.cancelled) this.progress.state = "running";
  }

  /** Waits while paused. */
  async gate(): Promise<void> {
    while (this.pausedAt) await this.pausedAt;
  }
}

/** Where a picked file goes: `album/` and its name, or its path inside a picked folder. */
export function uploadPath(file: File, album: string | null): string {
  const inside = (file.webkitRelativePath || file.name).replace(/^\/+/, "");
  const top = album?.trim().replace(/^\/+|\/+$/g, "") ?? "";
  return top === "" ? inside : `${top}/${inside}`;
}

export class BrowserUploads {
  private readonly operations = new Map<number, Operation>();
  private next = 1;

  constructor(private readonly deps: UploadDeps) {}

  /** Starts uploading `files` to `album`; answers the operation's id at once. */
  start(files: File[], album: string | null): number {
    const id = this.next++;
    const operation = new Operation(id, files.map((file) => ({ file, path: uploadPath(file, album) })));
    this.operations.set(id, operation);
    this.emit(operation);
    void this.run(operation);
    return id;
  }

  pause(id: number): boolean {
    const operation = this.operations.get(id);
    if (!operation || operation.cancelled) return false;
    operation.pause();
    this.emit(operation);
    return true;
  }

  resume(id: number): boolean {
    const operation = this.operations.get(id);
    if (!operation || operation.cancelled) return false;
    operation.resume();
    this.emit(operation);
    return true;
  }

  cancel(id: number): boolean {
    const operation = this.operations.get(id);
    if (!operation) return false;
    operation.cancelled = true;
    operation.resume();
    return true;
  }

  /** Forgets the kept upload `uploadId` (it was cancelled elsewhere). */
  forget(uploadId: string): void {
    const store = this.deps.store;
    if (!store) return;
    for (let i = store.length - 1; i >= 0; i -= 1) {
      const key = store.key(i);
      if (key?.startsWith(KEPT_PREFIX) && (JSON.parse(store.getItem(key) ?? "{}") as Partial<Kept>).id === uploadId) store.removeItem(key);
    }
  }

  private emit(operation: Operation): void {
    this.deps.emit(structuredClone(operation.progress));
  }

  private async run(operation: Operation): Promise<void> {
    const { progress } = operation;
    // Bytes of the files finished, and where each file in flight is (by its place in the list).
    let finishedBytes = 0;
    const inFlight = new Map<number, { name: string; done: number; size: number }>();
    const show = () => {
      progress.moving = [...inFlight.values()].map(({ name, done, size }) => ({ name, done, size }));
      progress.bytesDone = finishedBytes + [...inFlight.values()].reduce((sum, moving) => sum + moving.done, 0);
      this.emit(operation);
    };
    const failed: { index: number; failure: Failure }[] = [];
    let next = 0;
    const sender = async () => {
      for (let index = next++; index < operation.files.length && !operation.cancelled; index = next++) {
        const { file, path } = operation.files[index] as { file: File; path: string };
        progress.current = path;
        const moving = { name: path, done: 0, size: file.size };
        inFlight.set(index, moving);
        show();
        const moved = (offset: number) => {
          moving.done = offset;
          show();
        };
        try {
          const outcome = await this.send(operation, file, path, moved).catch(async (error: unknown) => {
            // The upload expired or went away meanwhile: announce the file again, once.
            if (asCommandError(error).code !== "not-found") throw error;
            return this.send(operation, file, path, moved);
          });
          if (outcome === "cancelled") {
            inFlight.delete(index);
            return;
          }
          if (outcome === "held") progress.alreadyThere += 1;
          progress.filesDone += 1;
          this.deps.arrived();
        } catch (error) {
          const { code, message } = asCommandError(error);
          // Listed in the order the files were picked, whichever failed first.
          failed.push({ index, failure: { path, code, message } satisfies Failure });
          failed.sort((a, b) => a.index - b.index);
          progress.failures = failed.map(({ failure }) => failure);
        }
        inFlight.delete(index);
        finishedBytes += file.size;
        show();
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.deps.parallel ?? PARALLEL, operation.files.length) }, sender));
    progress.current = null;
    progress.moving = [];
    progress.bytesDone = finishedBytes;
    progress.state = operation.cancelled ? "cancelled" : "done";
    this.emit(operation);
    this.operations.delete(progress.id);
  }

  /** Sends one file; throws its `CommandError` when it cannot. */
  private async send(operation: Operation, file: File, path: string, moved: (offset: number) => void): Promise<"sent" | "held" | "cancelled"> {
    const { deps } = this;
    if (file.size === 0) throw { code: "empty-file", message: "the file is empty" } satisfies CommandError;
    const key = `${KEPT_PREFIX}${path}|${file.size}|${file.lastModified}`;
    let kept = this.kept(key);
    let offset = 0;
    if (kept) {
      try {
        offset = await this.offsetOf(kept.id);
      } catch {
        // Gone or unreadable: start again.
        deps.store?.removeItem(key);
        kept = null;
      }
    }
    if (!kept) {
      const hash = await deps.hash(file).catch((error: unknown) => {
        throw { code: "io", message: String((error as CommandError)?.message ?? error) } satisfies CommandError;
      });
      if (operation.cancelled) return "cancelled";
      const created = await askJson<UploadCreated>(deps.fetch, "POST", "/uploads", {
        json: { path, size: file.size, hash, modified_at: file.lastModified || null },
      });
      if (created.item) return "held";
      if (!created.upload) throw { code: "protocol", message: "neither an upload nor an item" } satisfies CommandError;
      kept = { id: created.upload.id, hash };
      offset = created.upload.offset;
      deps.store?.setItem(key, JSON.stringify(kept));
    }
    const id = kept.id;
    moved(offset);
    let failures = 0;
    let lost = false;
    for (;;) {
      await operation.gate();
      if (operation.cancelled) {
        await ask(deps.fetch, "DELETE", `/uploads/${id}`).catch(() => undefined);
        deps.store?.removeItem(key);
        return "cancelled";
      }
      try {
        if (lost) {
          offset = await this.offsetOf(id);
          lost = false;
          moved(offset);
        }
        const end = Math.min(file.size, offset + deps.chunkSize);
        const chunk = file.slice(offset, end);
        // A chunk that is the whole file has the file's hash, known already: no second read.
        const whole = offset === 0 && end === file.size && /^[0-9a-f]{64}$/.test(kept.hash);
        const checksum = whole ? hexToBase64(kept.hash) : await blake3Base64(new Uint8Array(await chunk.arrayBuffer()));
        // The body is the file's own slice, not the bytes read: the browser sends it from the
        // file as it is, where bytes in the page would be copied across to the network first
        // (most of the time a browser upload took).
        const answer = await askJson<ChunkAccepted>(deps.fetch, "PATCH", `/uploads/${id}`, {
          body: chunk,
          headers: {
            "Content-Type": OFFSET_OCTET_STREAM,
            "Upload-Offset": String(offset),
            "Upload-Checksum": `blake3 ${checksum}`,
          },
        });
        failures = 0;
        offset = answer.offset;
        moved(offset);
        if (answer.item) {
          deps.store?.removeItem(key);
          return "sent";
        }
        if (offset >= file.size) throw { code: "protocol", message: "every byte arrived but no item came back" } satisfies CommandError;
      } catch (error) {
        const failed = asCommandError(error);
        if (!TRANSIENT.has(failed.code) || ++failures >= deps.tries) {
          // The server forgot this upload (or kept nothing of a file whose hash did not match).
          if (failed.code === "not-found" || failed.code === "hash-mismatch" || failed.code === "size-mismatch") deps.store?.removeItem(key);
          throw failed;
        }
        // Where the next chunk starts is what the server says it holds.
        lost = true;
        await deps.wait(Math.min(30_000, 500 * 2 ** (failures - 1)));
      }
    }
  }

  private kept(key: string): Kept | null {
    try {
      const kept = JSON.parse(this.deps.store?.getItem(key) ?? "null") as Kept | null;
      return kept && typeof kept.id === "string" ? kept : null;
    } catch {
      return null;
    }
  }

  /** The offset the server holds of an upload (`HEAD`). */
  private async offsetOf(id: string): Promise<number> {
    const response = await ask(this.deps.fetch, "HEAD", `/uploads/${id}`);
    const offset = Number(response.headers.get("Upload-Offset"));
    if (!Number.isFinite(offset) || offset < 0) throw { code: "protocol", message: "no Upload-Offset" } satisfies CommandError;
    return offset;
  }
}

/** A hash in hex, as base64 (an `Upload-Checksum`). */
export function hexToBase64(hex: string): string {
  let text = "";
  for (let i = 0; i < hex.length; i += 2) text += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16));
  return btoa(text);
}
