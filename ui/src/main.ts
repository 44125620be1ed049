import { App } from "./app";
import { tauriBackend } from "./backend";
import { stringsFor } from "./i18n";

const root = document.getElementById("app");
if (root) {
  // The person's language (or this computer's) from the first frame; English if that fails.
  const language = await tauriBackend.language().catch(() => null);
  const app = new App(root, tauriBackend, stringsFor(language?.current ?? "en-US"));
  if (language) app.applyLanguage(language);
  void app.start();
}
