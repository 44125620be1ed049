// Every language in locales/ says everything English says: the same message ids, each using
// the same variables, plural variants only of the categories the language has, and nothing
// that does not parse.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import {
  Identifier,
  Junk,
  Message,
  parse,
  Placeable,
  SelectExpression,
  VariableReference,
  type Pattern,
  type PatternElement,
} from "@fluent/syntax";
import { describe, expect, it } from "vitest";

const localesDir = join(import.meta.dirname, "../../locales");
const languages = readdirSync(localesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface Entry {
  variables: string[];
  /** The variant keys of every select expression, by the variable it selects on. */
  variants: string[][];
}

function walk(pattern: Pattern | null, variables: Set<string>, variants: string[][]) {
  const visit = (element: PatternElement) => {
    if (!(element instanceof Placeable)) return;
    const expression = element.expression;
    if (expression instanceof VariableReference) variables.add(expression.id.name);
    if (expression instanceof SelectExpression) {
      if (expression.selector instanceof VariableReference) variables.add(expression.selector.id.name);
      variants.push(expression.variants.map((variant) => (variant.key instanceof Identifier ? variant.key.name : variant.key.value)));
      for (const variant of expression.variants) walk(variant.value, variables, variants);
    }
    if (expression instanceof Placeable) visit(expression);
  };
  for (const element of pattern?.elements ?? []) visit(element);
}

function read(language: string): Map<string, Entry> {
  const source = readFileSync(join(localesDir, language, "skyfolio.ftl"), "utf8");
  const resource = parse(source, { withSpans: false });
  const junk = resource.body.filter((entry) => entry instanceof Junk);
  expect(junk.map((entry) => (entry as Junk).content.slice(0, 80)), `${language}: lines that do not parse`).toEqual([]);
  const messages = new Map<string, Entry>();
  for (const entry of resource.body) {
    if (!(entry instanceof Message)) continue;
    expect(messages.has(entry.id.name), `${language}: ${entry.id.name} twice`).toBe(false);
    const variables = new Set<string>();
    const variants: string[][] = [];
    walk(entry.value, variables, variants);
    messages.set(entry.id.name, { variables: [...variables].sort(), variants });
  }
  return messages;
}

const english = read("en-US");

describe("languages", () => {
  it("ship at least the ten the app offers", () => {
    for (const language of ["en-US", "zh-CN", "ru-RU", "es-ES", "pt-BR", "hi-IN", "id-ID", "de-DE", "fr-FR", "ar"]) {
      expect(languages, language).toContain(language);
    }
  });

  for (const language of languages.filter((name) => name !== "en-US")) {
    it(`${language} has every message of en-US, with the same variables`, () => {
      const messages = read(language);
      expect([...messages.keys()].filter((id) => !english.has(id)), "ids English does not have").toEqual([]);
      expect([...english.keys()].filter((id) => !messages.has(id)), "ids missing").toEqual([]);
      for (const [id, entry] of english) {
        expect(messages.get(id)?.variables, `${language} ${id}`).toEqual(entry.variables);
      }
    });

    it(`${language} uses only the plural forms the language has`, () => {
      const categories = new Set<string>(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
      for (const [id, entry] of read(language)) {
        for (const keys of entry.variants) {
          for (const key of keys) {
            // Exact numbers ([0]) and the choices of a non-numeric selector (a platform) are fine.
            if (/^\d+$/.test(key) || !keys.includes("other")) continue;
            if (!["zero", "one", "two", "few", "many", "other"].includes(key)) continue;
            expect(categories.has(key), `${language} ${id}: [${key}] is not a plural form of ${language}`).toBe(true);
          }
        }
      }
    });
  }
});
