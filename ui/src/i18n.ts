// Every string a person sees comes from locales/<lang>/skyfolio.ftl through here.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

import enUS from "../../locales/en-US/skyfolio.ftl?raw";

export type Args = Record<string, FluentVariable>;

export class Strings {
  private constructor(private readonly bundle: FluentBundle) {}

  /** Reads a Fluent file; a duplicate id is a bug, so it throws. (Its syntax is checked by the tests.) */
  static fromFtl(source: string, locale = "en-US"): Strings {
    const bundle = new FluentBundle(locale);
    const errors = bundle.addResource(new FluentResource(source));
    if (errors.length > 0) {
      throw new Error(`${locale}: ${errors.map((error) => error.message).join("; ")}`);
    }
    return new Strings(bundle);
  }

  has(id: string): boolean {
    return this.bundle.getMessage(id)?.value != null;
  }

  /** The message `id` with its arguments; the id itself when it is missing (easy to spot). */
  format(id: string, args?: Args): string {
    const message = this.bundle.getMessage(id);
    if (message?.value == null) {
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

/** The strings the app ships with, read from the Fluent file at build time. */
export const ftlSources: Readonly<Record<string, string>> = { "en-US": enUS };

export function defaultStrings(): Strings {
  return Strings.fromFtl(enUS, "en-US");
}
