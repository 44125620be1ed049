// The page: a header with the app's name and the folder picker, then the empty state, the
// grid, or what went wrong.

import { asCommandError, type Backend, type GridItem } from "./backend";
import { renderGrid } from "./grid";
import type { Strings } from "./i18n";
import { icon } from "./icons";
import logoUrl from "../../icons/128x128.png";

export class App {
  private readonly title: HTMLElement;
  private readonly subtitle: HTMLElement;
  private readonly chooseButton: HTMLButtonElement;
  private readonly content: HTMLElement;
  /** Bumped by every folder shown, so a slow listing cannot overwrite a newer one. */
  private generation = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly backend: Backend,
    private readonly strings: Strings,
  ) {
    document.title = strings.format("app-title");

    const header = document.createElement("header");
    header.className = "app-header";

    const logo = document.createElement("img");
    logo.className = "app-logo";
    logo.src = logoUrl;
    logo.alt = "";

    const heading = document.createElement("div");
    heading.className = "app-heading";
    this.title = document.createElement("h1");
    this.title.className = "app-title";
    this.title.textContent = strings.format("app-title");
    this.subtitle = document.createElement("p");
    this.subtitle.className = "app-subtitle";
    this.subtitle.setAttribute("aria-live", "polite");
    heading.append(this.title, this.subtitle);

    this.chooseButton = button(strings.format("folder-choose"), "folder");
    this.chooseButton.addEventListener("click", () => void this.chooseFolder());

    header.append(logo, heading, this.chooseButton);

    this.content = document.createElement("main");
    this.content.className = "app-content";

    this.root.replaceChildren(header, this.content);
  }

  /** Shows the command-line folder if there is one, the empty state otherwise. */
  async start(): Promise<void> {
    const folder = await this.backend.startupFolder().catch(() => null);
    if (folder) {
      await this.showFolder(folder);
    } else {
      this.showEmpty();
    }
  }

  async chooseFolder(): Promise<void> {
    const folder = await this.backend
      .chooseFolder(this.strings.format("folder-choose-dialog"))
      .catch(() => null);
    if (folder) {
      await this.showFolder(folder);
    }
  }

  async showFolder(path: string): Promise<void> {
    const generation = ++this.generation;
    this.chooseButton.hidden = false;
    this.subtitle.hidden = false;
    this.subtitle.textContent = folderName(path);
    this.subtitle.title = path;
    this.content.replaceChildren(message("grid-loading", this.strings, "is-loading"));
    this.content.setAttribute("aria-busy", "true");
    let items: GridItem[];
    try {
      items = await this.backend.listFolder(path);
    } catch (error) {
      if (generation === this.generation) {
        this.showError(asCommandError(error).code);
      }
      return;
    }
    if (generation !== this.generation) {
      return;
    }
    this.content.removeAttribute("aria-busy");
    this.subtitle.textContent = this.strings.format("folder-summary", {
      name: folderName(path),
      count: items.length,
    });
    if (items.length === 0) {
      this.content.replaceChildren(message("grid-nothing", this.strings));
      return;
    }
    this.content.replaceChildren(renderGrid(items, this.backend, this.strings));
  }

  private showEmpty(): void {
    this.subtitle.textContent = "";
    this.subtitle.hidden = true;
    // The empty state has its own, larger button.
    this.chooseButton.hidden = true;
    const empty = document.createElement("section");
    empty.className = "empty";
    const art = icon("photos", "empty-art");
    const heading = document.createElement("h2");
    heading.textContent = this.strings.format("grid-empty-title");
    const text = document.createElement("p");
    text.textContent = this.strings.format("grid-empty");
    const choose = button(this.strings.format("folder-choose"), "folder", "primary");
    choose.addEventListener("click", () => void this.chooseFolder());
    empty.append(art, heading, text, choose);
    this.content.replaceChildren(empty);
    choose.focus();
  }

  private showError(code: string): void {
    this.content.removeAttribute("aria-busy");
    const problem = document.createElement("p");
    problem.className = "message is-error";
    problem.setAttribute("role", "alert");
    problem.textContent = this.strings.error(code);
    this.content.replaceChildren(problem);
  }
}

function button(label: string, iconName: "folder", variant = "secondary"): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.className = `button button-${variant}`;
  const text = document.createElement("span");
  text.textContent = label;
  element.append(icon(iconName), text);
  return element;
}

function message(id: string, strings: Strings, className = ""): HTMLElement {
  const element = document.createElement("p");
  element.className = `message ${className}`.trim();
  element.textContent = strings.format(id);
  return element;
}

/** The last part of a path, for either separator. */
export function folderName(path: string): string {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  return parts.at(-1) ?? path;
}
