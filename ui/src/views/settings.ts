// Settings: the language of the window and the tray (this computer's, or one chosen), kept
// and switched at once, without a restart.

import type { Language } from "../backend";
import type { Context } from "../context";
import { h } from "../dom";
import { LANGUAGE_NAME } from "../ids";

/** A language's name in that language (the list reads the same whatever the window's). */
function languageName(context: Context, tag: string): string {
  const id = LANGUAGE_NAME[tag];
  return id ? context.strings.format(id) : tag;
}

export async function settingsView(context: Context, switched: (language: Language) => void): Promise<HTMLElement> {
  const { strings, backend } = context;
  let language: Language;
  try {
    language = await backend.language();
  } catch (error) {
    return h("section", { class: "page" }, h("p", { class: "form-error" }, context.describe(error)));
  }
  const select = h("select", { class: "field-input settings-language", id: "settings-language", name: "language" });
  select.append(
    h("option", { value: "" }, strings.format("settings-language-system", { language: languageName(context, language.system) })),
    ...language.available.map((tag) => h("option", { value: tag, lang: tag }, languageName(context, tag))),
  );
  select.value = language.chosen ?? "";
  const problem = h("p", { class: "form-error", role: "alert" });
  problem.hidden = true;
  select.addEventListener("change", async () => {
    problem.hidden = true;
    try {
      switched(await backend.setLanguage(select.value === "" ? null : select.value));
    } catch (error) {
      problem.textContent = context.describe(error);
      problem.hidden = false;
    }
  });
  return h(
    "section",
    { class: "page settings" },
    h("h1", { class: "page-title" }, strings.format("settings-title")),
    h(
      "div",
      { class: "settings-group" },
      h("label", { class: "field", for: "settings-language" }, h("span", { class: "field-label" }, strings.format("settings-language")), select),
      h("p", { class: "settings-hint" }, strings.format("settings-language-hint")),
      problem,
    ),
  );
}
