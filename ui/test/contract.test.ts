// The shell's side of this contract is the Rust test `serializes_in_the_shape_the_ui_reads`
// (src-tauri/src/folder.rs), which writes and checks the same fixture.

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { asCommandError, type CommandError, type GridItem } from "../src/backend";

const fixture: unknown[] = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures/grid-items.json"), "utf8"),
);

// Exhaustive: TypeScript refuses these if a field is added to or removed from the types.
const gridItemFields: Record<keyof GridItem, true> = { token: true, name: true, kind: true, problem: true };
const commandErrorFields: Record<keyof CommandError, true> = { code: true, message: true };

const fieldsOf = (value: unknown) => Object.keys(value as object).sort();

describe("the shell's JSON", () => {
  it("has exactly the fields of GridItem and CommandError", () => {
    expect(fixture.length).toBeGreaterThan(0);
    for (const item of fixture) {
      expect(fieldsOf(item)).toEqual(Object.keys(gridItemFields).sort());
      const { token, name, kind, problem } = item as GridItem;
      expect(typeof token).toBe("string");
      expect(typeof name).toBe("string");
      expect([null, "photo", "video"]).toContain(kind);
      if (problem !== null) {
        expect(fieldsOf(problem)).toEqual(Object.keys(commandErrorFields).sort());
      }
    }
  });

  it("turns whatever a command rejects with into a CommandError", () => {
    expect(asCommandError({ code: "folder-unreadable", message: "gone" })).toEqual({
      code: "folder-unreadable",
      message: "gone",
    });
    expect(asCommandError("boom")).toEqual({ code: "unknown", message: "boom" });
    expect(asCommandError({ code: 7 })).toEqual({ code: "unknown", message: "[object Object]" });
  });
});
