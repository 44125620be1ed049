// Questions and notices: a modal that keeps focus inside it until answered (Escape cancels),
// and short notices that go away by themselves.

import type { Panel, Question } from "./context";
import { h } from "./dom";
import type { Strings } from "./i18n";

function modal(root: HTMLElement, title: string, body: HTMLElement, buttons: HTMLButtonElement[]): {
  close(): void;
  element: HTMLElement;
} {
  const previous = document.activeElement as HTMLElement | null;
  const titleId = `dialog-${Math.random().toString(36).slice(2)}`;
  const panel = h(
    "div",
    { class: "dialog", role: "dialog", "aria-modal": "true", "aria-labelledby": titleId },
    h("h2", { class: "dialog-title", id: titleId }, title),
    body,
    h("div", { class: "dialog-buttons" }, ...buttons),
  );
  const backdrop = h("div", { class: "dialog-backdrop" }, panel);
  root.append(backdrop);
  const focusable = () =>
    Array.from(panel.querySelectorAll<HTMLElement>("button, input, select, summary, a[href], [tabindex='0']")).filter(
      (e) => !e.hasAttribute("disabled"),
    );
  panel.addEventListener("keydown", (event) => {
    if (event.key !== "Tab") return;
    const all = focusable();
    if (all.length === 0) return;
    const first = all[0];
    const last = all[all.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  return {
    element: panel,
    close() {
      backdrop.remove();
      previous?.focus?.();
    },
  };
}

/** A dialog around `panel.body`: true when its `confirm` button is chosen, false when it is
 * closed (Escape too). Focus goes to the first thing to choose in the body, else the button. */
export function show(root: HTMLElement, strings: Strings, panel: Panel): Promise<boolean> {
  return new Promise((resolve) => {
    const close = h(
      "button",
      { class: "button", type: "button" },
      panel.cancel ?? strings.format(panel.confirm ? "dialog-cancel" : "dialog-close"),
    );
    const buttons = panel.confirm ? [close, panel.confirm] : [close];
    const dialog = modal(root, panel.title, panel.body, buttons);
    if (panel.wide) dialog.element.classList.add("dialog-wide");
    const finish = (answer: boolean) => {
      dialog.close();
      resolve(answer);
    };
    close.addEventListener("click", () => finish(false));
    panel.confirm?.addEventListener("click", () => {
      if (!panel.confirm?.disabled) finish(true);
    });
    dialog.element.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        finish(false);
      }
    });
    const first = panel.body.querySelector<HTMLElement>("select, input, button, summary");
    (first ?? (panel.danger || !panel.confirm ? close : panel.confirm)).focus();
  });
}

export function ask(root: HTMLElement, strings: Strings, question: Question): Promise<boolean> {
  const confirm = h(
    "button",
    { class: question.danger ? "button button-danger" : "button button-primary", type: "button" },
    question.confirm,
  );
  return show(root, strings, {
    title: question.title,
    body: h("p", { class: "dialog-body" }, question.body),
    confirm,
    danger: question.danger,
    cancel: question.cancel,
  });
}

export function prompt(
  root: HTMLElement,
  strings: Strings,
  title: string,
  label: string,
  value: string,
  suggestions: string[],
): Promise<string | null> {
  return new Promise((resolve) => {
    const listId = `albums-${Math.random().toString(36).slice(2)}`;
    const input = h("input", { class: "field-input", type: "text", value, list: listId, "aria-label": label });
    const list = h("datalist", { id: listId }, ...suggestions.map((s) => h("option", { value: s })));
    const cancel = h("button", { class: "button", type: "button" }, strings.format("dialog-cancel"));
    const confirm = h("button", { class: "button button-primary", type: "button" }, strings.format("dialog-ok"));
    const body = h("label", { class: "field" }, h("span", { class: "field-label" }, label), input, list);
    const dialog = modal(root, title, body, [cancel, confirm]);
    const finish = (answer: string | null) => {
      dialog.close();
      resolve(answer);
    };
    cancel.addEventListener("click", () => finish(null));
    confirm.addEventListener("click", () => finish(input.value.trim()));
    dialog.element.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        finish(null);
      } else if (event.key === "Enter") {
        event.preventDefault();
        finish(input.value.trim());
      }
    });
    input.focus();
    input.select();
  });
}

export function notify(root: HTMLElement, message: string, kind: "info" | "error" = "info"): void {
  let area = root.querySelector<HTMLElement>(".notices");
  if (!area) {
    area = h("div", { class: "notices", role: "status", "aria-live": "polite" });
    root.append(area);
  }
  const notice = h("div", { class: `notice notice-${kind}` }, message);
  area.append(notice);
  setTimeout(() => notice.remove(), kind === "error" ? 8000 : 4000);
}
