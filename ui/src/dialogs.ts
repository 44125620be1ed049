// Questions and notices: a modal that keeps focus inside it until answered (Escape cancels),
// and short notices that go away by themselves.

import type { Question } from "./context";
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
    Array.from(panel.querySelectorAll<HTMLElement>("button, input, [tabindex='0']")).filter(
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

export function ask(root: HTMLElement, strings: Strings, question: Question): Promise<boolean> {
  return new Promise((resolve) => {
    const cancel = h("button", { class: "button", type: "button" }, question.cancel ?? strings.format("dialog-cancel"));
    const confirm = h(
      "button",
      { class: question.danger ? "button button-danger" : "button button-primary", type: "button" },
      question.confirm,
    );
    const dialog = modal(root, question.title, h("p", { class: "dialog-body" }, question.body), [cancel, confirm]);
    const finish = (answer: boolean) => {
      dialog.close();
      resolve(answer);
    };
    cancel.addEventListener("click", () => finish(false));
    confirm.addEventListener("click", () => finish(true));
    dialog.element.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        finish(false);
      }
    });
    (question.danger ? cancel : confirm).focus();
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
