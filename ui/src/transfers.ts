// Uploads and downloads in progress, bottom right: per operation a bar (bytes), files done of
// all, a bar for each file moving now, pause / resume / cancel, and what failed and why.

import type { OperationProgress } from "./backend";
import type { Context } from "./context";
import { TRANSFER } from "./ids";
import { h, replace } from "./dom";
import { icon } from "./icons";

export class Transfers {
  readonly element: HTMLElement;
  private readonly operations = new Map<number, OperationProgress>();
  private readonly cards = new Map<number, HTMLElement>();
  /** What an operation's card offers once it ended (an import's report). */
  private readonly afterwards = new Map<number, { label: string; action: () => Promise<unknown> }>();

  constructor(private readonly context: Context) {
    this.element = h("aside", { class: "transfers", "aria-label": context.strings.format("transfers-label"), "aria-live": "polite" });
    this.element.hidden = true;
  }

  update(progress: OperationProgress): void {
    this.operations.set(progress.id, progress);
    let card = this.cards.get(progress.id);
    if (!card) {
      card = h("section", { class: "transfer", "data-id": progress.id });
      this.cards.set(progress.id, card);
      this.element.prepend(card);
    }
    this.render(card, progress);
    this.element.hidden = false;
  }

  /** Says everything again in the current language. */
  relabel(): void {
    this.element.setAttribute("aria-label", this.context.strings.format("transfers-label"));
    for (const [id, card] of this.cards) {
      const progress = this.operations.get(id);
      if (progress) this.render(card, progress);
    }
  }

  /** Offers `action`, named by the message `label`, on the card of operation `id` once it
   * has ended. */
  whenDone(id: number, label: string, action: () => Promise<unknown>): void {
    this.afterwards.set(id, { label, action });
    const card = this.cards.get(id);
    const progress = this.operations.get(id);
    if (card && progress) this.render(card, progress);
  }

  get(id: number): OperationProgress | undefined {
    return this.operations.get(id);
  }

  private render(card: HTMLElement, p: OperationProgress): void {
    const { strings, format, backend } = this.context;
    const finished = p.state === "done" || p.state === "cancelled" || p.state === "failed";
    const title = strings.format(TRANSFER[p.kind][p.state], {
      done: p.filesDone,
      total: p.filesTotal,
    });
    const fraction = p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : finished ? 1 : 0;
    const bar = h("progress", { class: "transfer-bar", max: 1, value: fraction, "aria-label": title });
    const buttons = h("div", { class: "transfer-buttons" });
    const button = (label: string, name: Parameters<typeof icon>[0], action: () => Promise<unknown>) => {
      const element = h("button", { class: "icon-button", type: "button", "aria-label": label, title: label }, icon(name));
      element.addEventListener("click", () => void action());
      buttons.append(element);
    };
    if (!finished) {
      if (p.state === "paused") button(strings.format("transfer-resume"), "play", () => backend.resumeOperation(p.id));
      else button(strings.format("transfer-pause"), "pause", () => backend.pauseOperation(p.id));
      button(strings.format("transfer-cancel"), "close", () => backend.cancelOperation(p.id));
    } else {
      button(strings.format("transfer-dismiss"), "close", async () => {
        card.remove();
        this.cards.delete(p.id);
        this.operations.delete(p.id);
        this.afterwards.delete(p.id);
        this.element.hidden = this.cards.size === 0;
      });
    }
    const detail = h(
      "p",
      { class: "transfer-detail" },
      strings.format("transfer-bytes", { done: format.bytes(p.bytesDone), total: format.bytes(p.bytesTotal) }),
    );
    // Each file on its way, with its own bar.
    const moving =
      !finished && p.moving.length > 0
        ? h(
            "ul",
            { class: "transfer-files" },
            ...p.moving.map((file) =>
              h(
                "li",
                { class: "transfer-file" },
                h("span", { class: "transfer-file-name", title: file.name }, file.name.split(/[\\/]/).pop() ?? file.name),
                h("progress", {
                  class: "transfer-file-bar",
                  max: 1,
                  value: file.size > 0 ? Math.min(1, file.done / file.size) : 0,
                  "aria-label": strings.format("transfer-file", { name: file.name, percent: format.percent(file.size > 0 ? file.done / file.size : 0) }),
                }),
              ),
            ),
          )
        : null;
    const failures =
      p.failures.length > 0 || p.error
        ? h(
            "details",
            { class: "transfer-failures" },
            h("summary", {}, strings.format("transfer-failures", { count: p.failures.length + (p.error ? 1 : 0) })),
            h(
              "ul",
              {},
              ...(p.error ? [h("li", {}, this.context.describe(p.error))] : []),
              ...p.failures.map((f) => h("li", {}, h("strong", {}, f.path), `: ${this.context.describe(f)}`)),
            ),
          )
        : null;
    const after = this.afterwards.get(p.id);
    let offer: HTMLButtonElement | null = null;
    if (finished && p.state !== "cancelled" && after) {
      offer = h("button", { class: "button transfer-offer", type: "button" }, strings.format(after.label));
      offer.addEventListener("click", () => void after.action());
    }
    replace(card, h("div", { class: "transfer-head" }, h("h2", { class: "transfer-title" }, title), buttons), bar, detail, moving, failures, offer);
    card.classList.toggle("is-done", finished);
  }
}
