// What every view needs: the backend, the strings and formats of the person's language, and a
// way to say things (errors in plain words, questions before anything is deleted).

import { asCommandError, type Backend } from "./backend";
import type { Format } from "./format";
import type { Strings } from "./i18n";
import { BROWSER_ERROR } from "./ids";

export interface Question {
  title: string;
  body: string;
  confirm: string;
  /** A destructive choice is shown as one. */
  danger?: boolean;
  cancel?: string;
}

/** A dialog with more than words in it: a report, a choice. */
export interface Panel {
  title: string;
  body: HTMLElement;
  /** The confirming button, made by the caller (it may change its label or disable it); none
   * for a dialog that only shows something. */
  confirm?: HTMLButtonElement;
  /** Focus starts on the way out, not on a destructive choice. */
  danger?: boolean | undefined;
  cancel?: string | undefined;
  /** For tables: as wide as the window allows. */
  wide?: boolean;
}

export interface Context {
  backend: Backend;
  strings: Strings;
  format: Format;
  /** The error in words for people: `error-<code>`. */
  describe(error: unknown): string;
  /** A short message that goes away by itself. */
  notify(message: string, kind?: "info" | "error"): void;
  /** Asks; true for the confirming choice. */
  ask(question: Question): Promise<boolean>;
  /** Shows a dialog; true for its confirming button. */
  show(panel: Panel): Promise<boolean>;
  /** Asks for a line of text (an album name); `null` when cancelled. */
  prompt(title: string, label: string, value: string, suggestions: string[]): Promise<string | null>;
}

/** `desktop` false: in a browser, in its own words where the desktop's speak of this computer. */
export function describeWith(strings: Strings, desktop = true): (error: unknown) => string {
  return (error) => {
    const { code } = asCommandError(error);
    const browser = desktop ? undefined : BROWSER_ERROR[code];
    return browser !== undefined && strings.has(browser) ? strings.format(browser) : strings.error(code);
  };
}
