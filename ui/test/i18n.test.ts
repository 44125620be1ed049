import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { Junk, Message, parse } from "@fluent/syntax";
import { describe, expect, it, vi } from "vitest";

import { App } from "../src/app";
import { defaultStrings, ftlSources, languages, loadedStrings, loadStrings, stringsFor, Strings } from "../src/i18n";
import { FakeBackend } from "./fake-backend";
import { Format } from "../src/format";
import { codeOf } from "../src/backend";
import { CODES } from "../src/backend/generated";

const srcDir = join(import.meta.dirname, "../src");
const shellDir = join(import.meta.dirname, "../../src-tauri/src");
const cliDir = join(import.meta.dirname, "../../crates/cli/src");
const coreDir = join(import.meta.dirname, "../../crates/core/src");
const ftlPath = join(import.meta.dirname, "../../locales/en-US/skyfolio.ftl");

/** Drops the Unicode isolation marks Fluent puts around arguments. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, "");

describe("strings", () => {
  it("come from the Fluent file that ships in locales/", () => {
    expect(ftlSources["en-US"]).toBe(readFileSync(ftlPath, "utf8"));
    const strings = defaultStrings();
    expect(strings.format("app-title")).toBe("Skyfolio");
    expect(strings.format("nav-trash")).toBe("Recycle bin");
  });

  it("choose the plural form from the count", () => {
    const strings = defaultStrings();
    expect(plain(strings.format("gallery-count", { count: 1 }))).toBe("1 item");
    expect(plain(strings.format("gallery-count", { count: 66 }))).toBe("66 items");
    expect(plain(strings.format("trash-days-left", { days: 0 }))).toBe("Deleted for good today");
  });

  it("have a message for every code of the registry, and one for a code only a newer version knows", () => {
    // The registry (crates/codes) is generated into the UI's types; the Rust side checks every
    // language has each message, this checks the UI finds them.
    expect(CODES.length).toBeGreaterThan(60);
    for (const language of languages) {
      // Read from the files, so that no language is loaded before the tests below want it.
      const source = readFileSync(join(import.meta.dirname, `../../locales/${language}/skyfolio.ftl`), "utf8");
      const ids = new Set(parse(source, {}).body.flatMap((entry) => (entry instanceof Message ? [entry.id.name] : [])));
      for (const code of CODES) expect(ids.has(`error-${code}`), `${language}: ${code}`).toBe(true);
    }
    const strings = defaultStrings();
    expect(strings.error("no-such-code")).toBe(strings.format("error-unknown"));
    expect(codeOf("storage-full")).toBe("storage-full");
    expect(codeOf("a-code-from-the-future")).toBe("unknown");
  });

  it("cover every id the UI asks for", () => {
    const strings = defaultStrings();
    const used = new Set<string>();
    const quoted = new Set<string>();
    for (const file of readdirSync(srcDir, { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".ts")) continue;
      const source = readFileSync(join(srcDir, file), "utf8");
      for (const match of source.matchAll(/(?:format|toolButton)\(\s*"([a-z0-9-]+)"/g)) {
        used.add(match[1]!);
      }
      for (const match of source.matchAll(/"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"/g)) quoted.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    for (const id of used) {
      expect(strings.has(id), id).toBe(true);
    }
    // Every id chosen by a value (ids.ts) is in the file too.
    const ids = readFileSync(join(srcDir, "ids.ts"), "utf8");
    for (const match of ids.matchAll(/: "([a-z][a-z0-9-]*)"/g)) {
      expect(strings.has(match[1]!), match[1]).toBe(true);
    }
    // The shell asks for some itself (the tray), the command line for its own, and the core says
    // how sync stands (`Said`): they must be there too.
    const asked = new Set<string>();
    for (const dir of [shellDir, cliDir, coreDir]) {
      for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
        if (!file.endsWith(".rs")) continue;
        const source = readFileSync(join(dir, file), "utf8");
        for (const match of source.matchAll(/(?:\.(?:get|format)|\btext(?:_with)?|Said::new)\(\s*"([a-z0-9-]+)"/g)) asked.add(match[1]!);
        for (const match of source.matchAll(/"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"/g)) quoted.add(match[1]!);
      }
    }
    expect([...asked].filter((id) => id.startsWith("cli-")).length).toBeGreaterThan(50);
    for (const id of asked) {
      expect(strings.has(id), `Rust asks for ${id}`).toBe(true);
    }
    // And nothing in the file is left over (error messages are looked up by code).
    const defined = [...readFileSync(ftlPath, "utf8").matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((match) => match[1]!);
    const unused = defined.filter((id) => !id.startsWith("error-") && !quoted.has(id));
    expect(unused).toEqual([]);
  });

  it("are written in valid Fluent with no duplicate ids", () => {
    const resource = parse(readFileSync(ftlPath, "utf8"), {});
    const junk = resource.body.filter((entry) => entry instanceof Junk);
    expect(junk.map((entry) => (entry as Junk).content)).toEqual([]);
    expect(() => Strings.fromFtl("app-title = Skyfolio\napp-title = Again\n")).toThrow();
  });
});

describe("languages other than English", () => {
  it("are all shipped, English first, and are not in the page until one is wanted", async () => {
    expect(languages).toEqual(["en-US", "ar", "de-DE", "es-ES", "fr-FR", "hi-IN", "id-ID", "pt-BR", "ru-RU", "zh-CN"]);
    expect(Object.keys(ftlSources)).toEqual(["en-US"]);
    expect(loadedStrings("de-DE")).toBeNull();
    // Meanwhile English stands in.
    expect(stringsFor("de-DE").format("nav-trash")).toBe("Recycle bin");
    const german = await loadStrings("de-DE");
    expect(german.language).toBe("de-DE");
    expect(german.format("nav-trash")).toBe("Papierkorb");
    expect(ftlSources["de-DE"]).toBe(readFileSync(join(import.meta.dirname, "../../locales/de-DE/skyfolio.ftl"), "utf8"));
    expect(loadedStrings("de-DE")).toBe(german);
    expect(stringsFor("de-DE")).toBe(german);
    // A language not shipped is English.
    expect((await loadStrings("xx-XX")).format("nav-trash")).toBe("Recycle bin");
  });

  it("switch the window once their strings arrive, the last one asked for winning", async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const root = document.getElementById("app") as HTMLElement;
    const backend = new FakeBackend();
    backend.signedIn = true;
    const app = new App(root, backend, defaultStrings());
    await app.start();
    await vi.waitFor(() => expect(root.querySelector("[data-page=trash]")?.textContent).toBe("Recycle bin"));
    expect(loadedStrings("ar")).toBeNull();
    app.applyLanguage({ current: "ar", chosen: "ar", system: "en-US", available: [...languages], rightToLeft: true });
    expect(root.querySelector("[data-page=trash]")?.textContent).toBe("Recycle bin");
    await vi.waitFor(() => expect(root.querySelector("[data-page=trash]")?.textContent).toBe("سلة المحذوفات"));
    expect(document.documentElement.dir).toBe("rtl");
    // Spanish is asked for, then German (already here) before Spanish arrives: German stays.
    app.applyLanguage({ current: "es-ES", chosen: "es-ES", system: "en-US", available: [...languages], rightToLeft: false });
    app.applyLanguage({ current: "de-DE", chosen: "de-DE", system: "en-US", available: [...languages], rightToLeft: false });
    expect(root.querySelector("[data-page=trash]")?.textContent).toBe("Papierkorb");
    await loadStrings("es-ES");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(root.querySelector("[data-page=trash]")?.textContent).toBe("Papierkorb");
    expect(document.documentElement.lang).toBe("de-DE");
    expect(document.documentElement.dir).toBe("ltr");
  });
});

describe("formats", () => {
  const format = new Format("en-US");
  it("write sizes in decimal units, with plain bytes in words", () => {
    expect(format.bytes(0)).toBe("0 bytes");
    expect(format.bytes(1)).toBe("1 byte");
    expect(format.bytes(999)).toBe("999 bytes");
    expect(format.bytes(824_900)).toBe("824.9 kB");
    expect(format.bytes(53_900_000)).toBe("53.9 MB");
  });
});

/** Drops comments, so that examples in them are not taken for code. */
const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

/** Words in the source that a person would read, written there instead of in locales/. */
function hardCoded(source: string): string[] {
  const found: string[] = [];
  const words = /[A-Za-z\u00C0-\uFFFF]{2,}/;
  const take = (text: string | undefined) => {
    if (text !== undefined && words.test(text) && !/^https?:\/\//.test(text)) found.push(text);
  };
  const text = code(source);
  // A child of an element: h("p", {...}, "words").
  for (const match of text.matchAll(/\bh\(\s*"[a-z0-9]+"\s*,\s*(?:\{[^{}]*\}|null)\s*,\s*"([^"]*)"/g)) take(match[1]);
  // Attributes people read or hear.
  for (const match of text.matchAll(/(?:\btitle|\balt|\bplaceholder|"aria-label"|"aria-description"):\s*"([^"]*)"/g)) take(match[1]);
  for (const match of text.matchAll(/\.(?:textContent|innerText|title)\s*=\s*"([^"]*)"/g)) take(match[1]);
  for (const match of text.matchAll(/setAttribute\(\s*"(?:aria-label|title|alt|placeholder)"\s*,\s*"([^"]*)"/g)) take(match[1]);
  // The shell's menus and dialogs (Rust): set_text("…"), tooltip("…"), MenuItem::with_id(…, "…", …).
  for (const match of text.matchAll(/\.(?:set_text|tooltip|title|message)\(\s*"([^"]*)"/g)) take(match[1]);
  for (const match of text.matchAll(/with_id\(\s*\w+\s*,\s*[^,]+,\s*"([^"]*)"/g)) take(match[1]);
  return found;
}

/**
 * Words the command line prints from its own source instead of locales/: the format strings of
 * println!, eprintln!, print!, eprint!, writeln! and write!, and the messages of bail!, anyhow!
 * and .context(…). Placeholders (`{}`, `{name:<6}`) are not words.
 */
function hardCodedInCli(source: string): string[] {
  const found: string[] = [];
  const literal = String.raw`"((?:[^"\\]|\\.)*)"`;
  const text = code(source);
  const patterns = [
    // println!("…"), writeln!(out, "…"): the first string, after at most one plain argument.
    new RegExp(String.raw`\b(?:e?println|e?print|writeln|write|bail|anyhow)!\(\s*(?:(?:&mut\s+)?[\w.&*]+\s*,\s*)?` + literal, "g"),
    new RegExp(String.raw`\.context\(\s*` + literal, "g"),
    new RegExp(String.raw`\.with_context\(\s*\|\|\s*format!\(\s*` + literal, "g"),
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const words = match[1]!.replace(/\{\{|\}\}/g, "").replace(/\{[^{}]*\}/g, "");
      if (/[A-Za-z\u00C0-\uFFFF]{2,}/.test(words)) found.push(match[1]!);
    }
  }
  return found;
}

describe("hard-coded words", () => {
  it("are found when someone writes them", () => {
    expect(hardCoded('const a = h("p", { class: "x" }, "Hello there");')).toEqual(["Hello there"]);
    expect(hardCoded('h("input", { placeholder: "Your name" })')).toEqual(["Your name"]);
    expect(hardCoded('status.textContent = "Loading";')).toEqual(["Loading"]);
    expect(hardCoded('item.set_text("Quit")?;')).toEqual(["Quit"]);
    expect(hardCoded('MenuItem::with_id(handle, QUIT, "Quit", true, None)')).toEqual(["Quit"]);
    // Not words: URLs, empty text, comments.
    expect(hardCoded('h("input", { placeholder: "https://photos.example.org" }); // h("p", {}, "Hi")')).toEqual([]);
    expect(hardCoded('status.textContent = "";')).toEqual([]);
    // The command line's output.
    expect(hardCodedInCli('println!("signed in to {}", account.server);')).toEqual(["signed in to {}"]);
    expect(hardCodedInCli('writeln!(out, "{} files, {failed} unreadable", n)?;')).toEqual(["{} files, {failed} unreadable"]);
    expect(hardCodedInCli('writeln!(&mut out, "\\"{}\\" is kept", n)?;')).toEqual(['\\"{}\\" is kept']);
    expect(hardCodedInCli('eprintln!("skyfolio: {error:#}");')).toEqual(["skyfolio: {error:#}"]);
    expect(hardCodedInCli('bail!("give the password");')).toEqual(["give the password"]);
    expect(hardCodedInCli('.context("while starting the runtime")?;')).toEqual(["while starting the runtime"]);
    expect(hardCodedInCli('.with_context(|| format!("while creating {}", out.display()))?;')).toEqual(["while creating {}"]);
    // Not words: placeholders and punctuation, messages from locales/, comments.
    expect(hardCodedInCli('writeln!(out, "{} -> {}", a, b)?; println!("  {marker} {tag:<6} {}", n);')).toEqual([]);
    expect(hardCodedInCli('println!("{}", text("cli-paused")); // println!("sync paused")')).toEqual([]);
  });

  it("are nowhere in the UI or the shell: every word comes from locales/", () => {
    const roots = [srcDir, shellDir];
    const offenders: string[] = [];
    for (const root of roots) {
      for (const file of readdirSync(root, { recursive: true, encoding: "utf8" })) {
        if (!file.endsWith(".ts") && !file.endsWith(".rs")) continue;
        let source = readFileSync(join(root, file), "utf8");
        // Rust tests speak of what the strings should say; they are not shown to anyone.
        if (file.endsWith(".rs")) source = source.split("#[cfg(test)]")[0]!;
        for (const words of hardCoded(source)) offenders.push(`${file}: ${words}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("are nowhere in what the command line prints (its benchmarks are tools for developers)", () => {
    const offenders: string[] = [];
    for (const file of readdirSync(cliDir, { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".rs") || /(^|\/)bench[^/]*\.rs$/.test(file)) continue;
      // Unit tests speak of what the strings should say; they are not shown to anyone.
      const source = readFileSync(join(cliDir, file), "utf8").split("#[cfg(test)]")[0]!;
      for (const words of hardCodedInCli(source)) offenders.push(`${file}: ${words}`);
    }
    expect(offenders).toEqual([]);
  });
});
