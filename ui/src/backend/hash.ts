// A file's content hash in the browser: BLAKE3 of its bytes, lowercase hex, read in slices so
// that a large video is never whole in memory. The page runs it in a worker (hash-worker.ts);
// the same code runs in place where workers are not to be had.

import { createBLAKE3 } from "hash-wasm";

/** How much of a file is read at a time. */
export const HASH_SLICE = 4 * 1024 * 1024;

/** BLAKE3 of `blob`, streamed; `progress` hears the bytes read so far. */
export async function blake3Of(blob: Blob, progress?: (done: number) => void): Promise<string> {
  const hasher = await createBLAKE3();
  hasher.init();
  for (let start = 0; start < blob.size; start += HASH_SLICE) {
    const slice = blob.slice(start, Math.min(blob.size, start + HASH_SLICE));
    hasher.update(new Uint8Array(await slice.arrayBuffer()));
    progress?.(Math.min(blob.size, start + HASH_SLICE));
  }
  return hasher.digest("hex");
}

/** BLAKE3 of some bytes, base64: a chunk's `Upload-Checksum`. */
export async function blake3Base64(bytes: Uint8Array): Promise<string> {
  const hasher = await createBLAKE3();
  hasher.init();
  hasher.update(bytes);
  const digest = hasher.digest("binary");
  let text = "";
  for (const byte of digest) text += String.fromCharCode(byte);
  return btoa(text);
}

/** What the page asks the worker, and what it answers. */
export type HashRequest = { id: number; file: Blob };
export type HashAnswer =
  | { id: number; type: "progress"; done: number }
  | { id: number; type: "done"; hash: string }
  | { id: number; type: "failed"; message: string };

/** Hashes files one after another in a worker, off the page's thread. */
export class HashWorker {
  private worker: Worker | null = null;
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (hash: string) => void; reject: (error: unknown) => void; progress?: ((done: number) => void) | undefined }>();

  hash(file: Blob, progress?: (done: number) => void): Promise<string> {
    if (typeof Worker === "undefined") return blake3Of(file, progress);
    if (!this.worker) {
      this.worker = new Worker(new URL("./hash-worker.ts", import.meta.url), { type: "module" });
      this.worker.addEventListener("message", (event: MessageEvent<HashAnswer>) => this.answer(event.data));
      this.worker.addEventListener("error", (event) => {
        for (const pending of this.waiting.values()) pending.reject({ code: "io", message: event.message });
        this.waiting.clear();
        this.worker?.terminate();
        this.worker = null;
      });
    }
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, progress });
      this.worker?.postMessage({ id, file } satisfies HashRequest);
    });
  }

  private answer(answer: HashAnswer): void {
    const pending = this.waiting.get(answer.id);
    if (!pending) return;
    if (answer.type === "progress") {
      pending.progress?.(answer.done);
      return;
    }
    this.waiting.delete(answer.id);
    if (answer.type === "done") pending.resolve(answer.hash);
    else pending.reject({ code: "io", message: answer.message });
  }
}
