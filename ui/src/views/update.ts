// A newer Skyfolio, found by the desktop app where its build has an update source: a banner
// offers to install it (the app restarts into it) or to wait. Nothing installs without the yes.

import type { AvailableUpdate } from "../backend";
import type { Context } from "../context";
import { h, replace } from "../dom";
import { icon } from "../icons";

export class UpdateBanner {
  readonly element: HTMLElement;
  private found: AvailableUpdate | null = null;
  private installing = false;
  /** "Later": not again until the app starts again. */
  private later = false;
  private started = false;

  constructor(private readonly context: Context) {
    this.element = h("section", { class: "card-banners update-banner", "aria-live": "polite" });
    this.element.hidden = true;
  }

  /** Asks whether a newer version was found already, and listens for one found later. */
  start(): void {
    const { backend } = this.context;
    if (!backend.updateAvailable || this.started) return;
    this.started = true;
    void backend.onUpdate?.((found) => this.show(found));
    void backend.updateAvailable().then((found) => {
      if (found) this.show(found);
    }, () => undefined);
  }

  show(found: AvailableUpdate): void {
    this.found = found;
    this.render();
  }

  render(): void {
    const { strings } = this.context;
    const found = this.found;
    this.element.hidden = !found || this.later;
    if (!found || this.later) return;
    const install = h("button", { class: "button button-primary", type: "button", "data-action": "update-install" }, strings.format("update-install"));
    install.disabled = this.installing;
    install.addEventListener("click", () => void this.install());
    const later = h("button", { class: "button", type: "button", "data-action": "update-later" }, strings.format("update-later"));
    later.addEventListener("click", () => {
      this.later = true;
      this.render();
    });
    replace(
      this.element,
      h(
        "div",
        { class: "card-banner" },
        icon("download", "card-banner-icon"),
        h(
          "p",
          { class: "card-banner-text" },
          strings.format(this.installing ? "update-installing" : "update-available", { version: found.version }),
        ),
        h("div", { class: "card-banner-actions" }, install, this.installing ? null : later),
      ),
    );
  }

  private async install(): Promise<void> {
    const { backend } = this.context;
    if (!backend.installUpdate) return;
    this.installing = true;
    this.render();
    try {
      // On success the app restarts into the new version.
      await backend.installUpdate();
    } catch (error) {
      this.installing = false;
      this.render();
      this.context.notify(this.context.describe(error), "error");
    }
  }
}
