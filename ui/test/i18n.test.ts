import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { Junk, parse } from "@fluent/syntax";
import { describe, expect, it } from "vitest";

import { defaultStrings, ftlSources, Strings } from "../src/i18n";

const srcDir = join(import.meta.dirname, "../src");
const ftlPath = join(import.meta.dirname, "../../locales/en-US/skyfolio.ftl");

/** Drops the Unicode isolation marks Fluent puts around arguments. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, "");

describe("strings", () => {
  it("come from the Fluent file that ships in locales/", () => {
    expect(ftlSources["en-US"]).toBe(readFileSync(ftlPath, "utf8"));
    const strings = defaultStrings();
    expect(strings.format("app-title")).toBe("Skyfolio");
    expect(strings.format("folder-choose")).toBe("Choose folder");
  });

  it("choose the plural form from the count", () => {
    const strings = defaultStrings();
    expect(plain(strings.format("folder-summary", { name: "Trip", count: 1 }))).toBe("Trip · 1 item");
    expect(plain(strings.format("folder-summary", { name: "Trip", count: 66 }))).toBe("Trip · 66 items");
  });

  it("have a message for every error code the shell and the media crate send", () => {
    const strings = defaultStrings();
    const codes = [
      "io",
      "empty-file",
      "unsupported-format",
      "too-large",
      "corrupt",
      "timeout",
      "folder-unreadable",
      "internal",
    ];
    for (const code of codes) {
      expect(strings.has(`error-${code}`), code).toBe(true);
    }
    expect(strings.error("no-such-code")).toBe(strings.format("error-unknown"));
  });

  it("cover every id the UI asks for", () => {
    const strings = defaultStrings();
    const used = new Set<string>();
    for (const file of readdirSync(srcDir, { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".ts")) continue;
      const source = readFileSync(join(srcDir, file), "utf8");
      for (const match of source.matchAll(/(?:format|message)\("([a-z0-9-]+)"/g)) {
        used.add(match[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(5);
    for (const id of used) {
      expect(strings.has(id), id).toBe(true);
    }
    // And nothing in the file is left over (error messages are looked up by code).
    const defined = [...readFileSync(ftlPath, "utf8").matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((match) => match[1]!);
    const unused = defined.filter((id) => !id.startsWith("error-") && !used.has(id));
    expect(unused).toEqual([]);
  });

  it("are written in valid Fluent with no duplicate ids", () => {
    const resource = parse(readFileSync(ftlPath, "utf8"), {});
    const junk = resource.body.filter((entry) => entry instanceof Junk);
    expect(junk.map((entry) => (entry as Junk).content)).toEqual([]);
    expect(() => Strings.fromFtl("app-title = Skyfolio\napp-title = Again\n")).toThrow();
  });
});
