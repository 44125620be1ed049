// Which picture a linked device gets: a phone for phones and tablets, their apps or their
// browsers; a computer for the rest.

import { describe, expect, it } from "vitest";

import type { Device } from "../src/backend";
import { onPhone } from "../src/views/devices";

function device(name: string, platform: string): Device {
  return { id: "d", name, platform, created_at: 0, last_seen_at: 0, last_sync_at: null, current: false };
}

describe("a device's picture", () => {
  it("is a phone for phones and tablets, and for browsers on them", () => {
    expect(onPhone(device("Pixel 8", "android"))).toBe(true);
    expect(onPhone(device("Safari on iPhone", "web"))).toBe(true);
    expect(onPhone(device("Chrome on Android", "web"))).toBe(true);
    expect(onPhone(device("Firefox on iPad", "web"))).toBe(true);
  });

  it("is a computer for computers and their browsers", () => {
    expect(onPhone(device("anna-laptop", "linux"))).toBe(false);
    expect(onPhone(device("Chrome on Linux", "web"))).toBe(false);
    expect(onPhone(device("Safari on Mac", "web"))).toBe(false);
    // A computer someone named after a phone is still a computer.
    expect(onPhone(device("My iPhone backup on Android", "windows"))).toBe(false);
  });
});
