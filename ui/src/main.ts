import { App } from "./app";
import { tauriBackend } from "./backend";
import { defaultStrings } from "./i18n";

const root = document.getElementById("app");
if (root) {
  void new App(root, tauriBackend, defaultStrings()).start();
}
