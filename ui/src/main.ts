import { App } from "./app";
import type { Backend } from "./backend";
import { HttpBackend } from "./backend/http";
import { languages, loadStrings } from "./i18n";
import { registerServiceWorker } from "./pwa";

/** The desktop shell when the page runs in its window; else the server that served the page. */
async function pickBackend(): Promise<Backend> {
  if ("__TAURI_INTERNALS__" in window) return (await import("./backend/tauri")).tauriBackend;
  return new HttpBackend({ languages: [...languages] });
}

const root = document.getElementById("app");
if (root) {
  const backend = await pickBackend();
  // The person's language (or this computer's) from the first frame; English if that fails.
  const language = await backend.language().catch(() => null);
  const app = new App(root, backend, await loadStrings(language?.current ?? "en-US"));
  if (language) app.applyLanguage(language);
  void app.start();
  void registerServiceWorker(backend);
}
