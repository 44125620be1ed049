// The content hash the browser computes before an upload is the one the server checks.

import { describe, expect, it } from "vitest";

import { blake3Base64, blake3Of, HASH_SLICE } from "../src/backend/hash";
import { hexToBase64 } from "../src/backend/uploads";

describe("BLAKE3 in the browser", () => {
  it("matches the known hash of abc and of nothing", async () => {
    expect(await blake3Of(new Blob(["abc"]))).toBe("6437b3ac38465133ffb63b75273a8db548c558465d79db03fd359c6cd5bd9d85");
    expect(await blake3Of(new Blob([]))).toBe("af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262");
  });

  it("reads a file larger than a slice in pieces and gets the same hash as in one go", async () => {
    const bytes = new Uint8Array(HASH_SLICE * 2 + 17).map((_, i) => i % 251);
    const seen: number[] = [];
    const streamed = await blake3Of(new Blob([bytes]), (done) => seen.push(done));
    expect(seen).toEqual([HASH_SLICE, HASH_SLICE * 2, HASH_SLICE * 2 + 17]);
    const { blake3 } = await import("hash-wasm");
    expect(streamed).toBe(await blake3(bytes));
  });

  it("gives a chunk's checksum in base64", async () => {
    const checksum = await blake3Base64(new TextEncoder().encode("abc"));
    expect(atob(checksum).length).toBe(32);
    expect(checksum).toBe("ZDezrDhGUTP/tjt1JzqNtUjFWEZdedsD/TWcbNW9nYU=");
  });

  it("gives a whole file's checksum from its hash, without reading it again", async () => {
    const file = new File([new TextEncoder().encode("abc")], "a.jpg");
    expect(hexToBase64(await blake3Of(file))).toBe(await blake3Base64(new TextEncoder().encode("abc")));
  });
});
