import { App } from "./app";
import { tauriBackend, type Backend } from "./backend";
import { HttpBackend } from "./backend/http";
import { ftlSources, stringsFor } from "./i18n";

/** The desktop shell when the page runs in its window; else the server that served the page. */
function pickBackend(): Backend {
  if ("__TAURI_INTERNALS__" in window) return tauriBackend;
  const languages = Object.keys(ftlSources).sort((a, b) => (a === "en-US" ? -1 : b === "en-US" ? 1 : a.localeCompare(b)));
  return new HttpBackend({ languages });
}

const root = document.getElementById("app");
if (root) {
  const backend = pickBackend();
  // The person's language (or this computer's) from the first frame; English if that fails.
  const language = await backend.language().catch(() => null);
  const app = new App(root, backend, stringsFor(language?.current ?? "en-US"));
  if (language) app.applyLanguage(language);
  void app.start();
}
