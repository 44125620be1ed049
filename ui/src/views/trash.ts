// The recycle bin: what was deleted, with the days left before it goes for good; restore,
// delete forever, empty.

import type { TrashEntry } from "../backend";
import type { Context } from "../context";
import { h, replace } from "../dom";
import { icon } from "../icons";

export async function trashView(context: Context, changed: () => void): Promise<HTMLElement> {
  const { strings, backend, format } = context;
  const list = h("div", { class: "trash-list", role: "list" });
  const empty = h("button", { class: "button button-danger", type: "button" }, icon("trash"), strings.format("trash-empty-button"));
  const view = h(
    "section",
    { class: "page" },
    h("div", { class: "page-head" }, h("h1", { class: "page-title" }, strings.format("trash-title")), empty),
    h("p", { class: "page-lead" }, strings.format("trash-lead")),
    list,
  );
  const load = async () => {
    let entries: TrashEntry[];
    try {
      entries = await backend.trash();
    } catch (error) {
      replace(list, h("p", { class: "form-error" }, context.describe(error)));
      return;
    }
    empty.disabled = entries.length === 0;
    if (entries.length === 0) {
      replace(list, h("div", { class: "empty-state" }, icon("trash", "empty-icon"), h("p", {}, strings.format("trash-nothing"))));
      return;
    }
    replace(list);
    for (const entry of entries) {
      const restore = h("button", { class: "button", type: "button" }, icon("restore"), strings.format("trash-restore"));
      const forever = h("button", { class: "button button-quiet", type: "button" }, strings.format("trash-delete-forever"));
      restore.addEventListener("click", async () => {
        try {
          await backend.restore([entry.id]);
          context.notify(strings.format("trash-restored", { name: entry.path }));
          changed();
          await load();
        } catch (error) {
          context.notify(context.describe(error), "error");
        }
      });
      forever.addEventListener("click", async () => {
        const sure = await context.ask({
          title: strings.format("trash-delete-forever-title"),
          body: strings.format("trash-delete-forever-body", { name: entry.path }),
          confirm: strings.format("trash-delete-forever"),
          danger: true,
        });
        if (!sure) return;
        try {
          await backend.deleteForever([entry.id]);
          await load();
        } catch (error) {
          context.notify(context.describe(error), "error");
        }
      });
      list.append(
        h(
          "article",
          { class: "trash-entry", role: "listitem", "data-id": entry.id },
          h("img", { class: "trash-thumb", src: backend.thumbnailUrl(entry.hash, 256), alt: "", loading: "lazy" }),
          h(
            "div",
            { class: "trash-text" },
            h("h2", { class: "trash-name" }, entry.path),
            h(
              "p",
              { class: "trash-meta" },
              strings.format("trash-days-left", { days: entry.daysLeft }),
              " · ",
              format.bytes(entry.size),
            ),
          ),
          restore,
          forever,
        ),
      );
    }
  };
  empty.addEventListener("click", async () => {
    const sure = await context.ask({
      title: strings.format("trash-empty-title"),
      body: strings.format("trash-empty-body"),
      confirm: strings.format("trash-empty-button"),
      danger: true,
    });
    if (!sure) return;
    try {
      await backend.emptyTrash();
      await load();
    } catch (error) {
      context.notify(context.describe(error), "error");
    }
  });
  await load();
  return view;
}
