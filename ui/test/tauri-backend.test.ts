// The desktop backend against the shell's generated map of commands and events: every method
// reaches a command the shell answers, with exactly the arguments that command takes, and every
// command and event of the shell has a caller or a listener in the page.

import { beforeEach, describe, expect, it, vi } from "vitest";

import { COMMANDS, EVENTS } from "../src/backend/generated";

const invoked: { command: string; args: Record<string, unknown> | undefined }[] = [];
const listened: string[] = [];

vi.mock("@tauri-apps/api/core", () => ({
  invoke: async (command: string, args?: Record<string, unknown>) => {
    invoked.push({ command, args });
    // Enough of every answer for what the backend itself reads (a Welcome's videoBase).
    return { videoBase: null };
  },
  convertFileSrc: (path: string, scheme: string) => `${scheme}://localhost/${path}`,
}));
vi.mock("@tauri-apps/api/event", () => ({
  listen: async (event: string) => {
    listened.push(event);
    return () => {};
  },
}));
vi.mock("@tauri-apps/api/webview", () => ({
  getCurrentWebview: () => ({ onDragDropEvent: async () => () => {} }),
}));
vi.mock("@tauri-apps/plugin-dialog", () => ({
  open: async () => null,
  save: async () => null,
}));

/** Commands only the window's own tests ask, to read what the tray and notifications showed. */
const ASKED_BY_TESTS = ["tray", "notices"];

describe("the desktop backend", () => {
  beforeEach(() => {
    invoked.length = 0;
    listened.length = 0;
  });

  it("calls each command with exactly the arguments the shell takes, and every command has a caller", async () => {
    const { tauriBackend } = await import("../src/backend/tauri");
    const backend = tauriBackend as unknown as Record<string, unknown>;
    for (const [name, member] of Object.entries(backend)) {
      if (typeof member !== "function" || name.startsWith("on")) continue;
      // Placeholder arguments: only which command is reached, and with which names, matters.
      const result = (member as (...args: unknown[]) => unknown).call(tauriBackend, "a", "b", "c", "d", "e");
      await result;
    }
    const takes = COMMANDS as Record<string, readonly string[]>;
    for (const { command, args } of invoked) {
      expect(Object.keys(takes), `${command} is not a command of the shell`).toContain(command);
      expect(Object.keys(args ?? {}).sort(), command).toEqual([...(takes[command] ?? [])].sort());
    }
    const called = new Set(invoked.map(({ command }) => command));
    const uncalled = Object.keys(takes).filter((command) => !called.has(command) && !ASKED_BY_TESTS.includes(command));
    expect(uncalled, "commands the shell answers that the page never calls").toEqual([]);
  });

  it("listens to every event the shell sends, by its name", async () => {
    const { tauriBackend } = await import("../src/backend/tauri");
    for (const [name, member] of Object.entries(tauriBackend)) {
      if (typeof member === "function" && name.startsWith("on") && name !== "onDragDrop") {
        await (member as (handler: () => void) => Promise<unknown>)(() => {});
      }
    }
    expect([...listened].sort()).toEqual([...EVENTS].sort());
  });
});
