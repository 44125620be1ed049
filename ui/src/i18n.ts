// Every string a person sees comes from locales/<lang>/skyfolio.ftl through here.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

// Every language in locales/, read at build time: `{ "en-US": "<its Fluent source>", … }`.
const files = import.meta.glob<string>("../../locales/*/skyfolio.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

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

/** The Fluent source of every language the app ships, by tag. */
export const ftlSources: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, source]) => [path.split("/").at(-2) ?? path, source]),
);

const made = new Map<string, Strings>();

/** The strings of a language (English where it lacks a message, or for a language not shipped). */
export function stringsFor(language: string): Strings {
  let strings = made.get(language);
  if (!strings) {
    const english = language === "en-US" ? null : stringsFor("en-US");
    const source = ftlSources[language];
    strings = source === undefined ? (english ?? Strings.fromFtl("", "en-US")) : Strings.fromFtl(source, language, english);
    made.set(language, strings);
  }
  return strings;
}

export function defaultStrings(): Strings {
  return stringsFor("en-US");
}
