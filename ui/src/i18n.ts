// Every string a person sees comes from locales/<lang>/skyfolio.ftl through here.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

// English, read at build time, ships in the page: it is the first screen's language most often
// and every other language's fallback. The others (most of the page's weight) are separate files,
// fetched when a person's language is one of them.
const englishFile = import.meta.glob<string>("../../locales/en-US/skyfolio.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});
const otherFiles = import.meta.glob<string>(["../../locales/*/skyfolio.ftl", "!../../locales/en-US/skyfolio.ftl"], {
  query: "?raw",
  import: "default",
});

const tagOf = (path: string) => path.split("/").at(-2) ?? path;

export type Args = Record<string, FluentVariable>;

export class Strings {
  private constructor(
    readonly language: string,
    private readonly bundle: FluentBundle,
    private readonly fallback: Strings | null,
  ) {}

  /** Reads a Fluent file; a duplicate id is a bug, so it throws. (Its syntax is checked by the
   * tests.) A message it lacks comes from `fallback`. */
  static fromFtl(source: string, locale = "en-US", fallback: Strings | null = null): Strings {
    const bundle = new FluentBundle(locale);
    const errors = bundle.addResource(new FluentResource(source));
    if (errors.length > 0) {
      throw new Error(`${locale}: ${errors.map((error) => error.message).join("; ")}`);
    }
    return new Strings(locale, bundle, fallback);
  }

  has(id: string): boolean {
    return this.bundle.getMessage(id)?.value != null || (this.fallback?.has(id) ?? false);
  }

  /** The message `id` with its arguments; the id itself when it is missing (easy to spot). */
  format(id: string, args?: Args): string {
    const message = this.bundle.getMessage(id);
    if (message?.value == null) {
      if (this.fallback?.has(id)) return this.fallback.format(id, args);
      console.warn(`missing string: ${id}`);
      return id;
    }
    return this.bundle.formatPattern(message.value, args);
  }

  /** The message for an error code (`error-<code>`), or the generic one. */
  error(code: string): string {
    const id = `error-${code}`;
    return this.format(this.has(id) ? id : "error-unknown");
  }
}

const sources: Record<string, string> = Object.fromEntries(
  Object.entries(englishFile).map(([path, source]) => [tagOf(path), source]),
);
const loaders = new Map(Object.entries(otherFiles).map(([path, load]) => [tagOf(path), load]));

/** Every language the app ships, by tag: English first, then the others by tag. */
export const languages: readonly string[] = ["en-US", ...[...loaders.keys()].sort((a, b) => a.localeCompare(b))];

/** The Fluent source of each language loaded so far (English always), by tag. */
export const ftlSources: Readonly<Record<string, string>> = sources;

const made = new Map<string, Strings>();

/** The strings of a language, if they are here (English where it lacks a message, or for a
 * language not shipped); `null` while a shipped language is still to be loaded. */
export function loadedStrings(language: string): Strings | null {
  let strings = made.get(language);
  if (strings) return strings;
  const source = sources[language];
  if (source === undefined && loaders.has(language)) return null;
  const english = language === "en-US" ? null : stringsFor("en-US");
  strings = source === undefined ? (english ?? Strings.fromFtl("", "en-US")) : Strings.fromFtl(source, language, english);
  made.set(language, strings);
  return strings;
}

/** The strings of a language as they are now: English until a shipped one is loaded. */
export function stringsFor(language: string): Strings {
  return loadedStrings(language) ?? stringsFor("en-US");
}

/** The strings of a language, fetched the first time (English if that fails). */
export async function loadStrings(language: string): Promise<Strings> {
  const ready = loadedStrings(language);
  if (ready) return ready;
  const load = loaders.get(language);
  try {
    if (load) sources[language] ??= await load();
  } catch (error) {
    console.warn(`strings of ${language} could not be loaded`, error);
    return stringsFor("en-US");
  }
  return stringsFor(language);
}

export function defaultStrings(): Strings {
  return stringsFor("en-US");
}
