// The quota: a bar of what photos, videos and the trash take of it, and ways to free space:
// empty the trash, the largest videos, the same content kept under several names.

import type { Space, SpaceItem, UploadInProgress } from "../backend";
import type { Context } from "../context";
import { STORAGE_KIND } from "../ids";
import { h, replace } from "../dom";
import { icon } from "../icons";

export async function storageView(
  context: Context,
  openTrash: () => void,
  changed: () => void,
): Promise<HTMLElement> {
  const { strings, backend, format } = context;
  const body = h("div", { class: "storage" });
  const view = h("section", { class: "page" }, h("h1", { class: "page-title" }, strings.format("storage-title")), body);
  let space: Space;
  try {
    space = await backend.space();
  } catch (error) {
    replace(body, h("p", { class: "form-error" }, context.describe(error)));
    return view;
  }
  const { usage } = space;
  // The local cloud's limit is the disk: what is used of what is used plus what is free.
  const onDisk = space.diskFree !== null;
  const quota = Math.max(onDisk ? usage.used + (space.diskFree ?? 0) : usage.quota, 1);
  const summary = onDisk
    ? strings.format("storage-used-disk", { used: format.bytes(usage.used), free: format.bytes(space.diskFree ?? 0) })
    : strings.format("storage-used", { used: format.bytes(usage.used), quota: format.bytes(usage.quota) });
  const part = (kind: keyof typeof STORAGE_KIND, bytes: number) => {
    const element = h("span", { class: `quota-part quota-${kind}`, title: `${strings.format(STORAGE_KIND[kind])}: ${format.bytes(bytes)}` });
    element.style.width = `${Math.min(100, (100 * bytes) / quota)}%`;
    return element;
  };
  const legend = (kind: keyof typeof STORAGE_KIND, bytes: number) =>
    h("li", { class: "legend-item" }, h("span", { class: `legend-swatch quota-${kind}` }), `${strings.format(STORAGE_KIND[kind])} `, h("strong", {}, format.bytes(bytes)));
  const emptyTrash = h("button", { class: "button", type: "button" }, icon("trash"), strings.format("storage-empty-trash"));
  emptyTrash.disabled = usage.trash === 0;
  emptyTrash.addEventListener("click", openTrash);
  const item = (entry: SpaceItem, action: boolean) => {
    const row = h(
      "li",
      { class: "space-item" },
      h("img", { class: "space-thumb", src: backend.thumbnailUrl(entry.hash, 256), alt: "", loading: "lazy" }),
      h("span", { class: "space-name" }, entry.path),
      h("span", { class: "space-size" }, format.bytes(entry.size)),
    );
    if (action) {
      const trash = h("button", { class: "button button-quiet", type: "button" }, strings.format("storage-move-to-trash"));
      trash.addEventListener("click", async () => {
        try {
          await backend.moveToTrash([entry.id]);
          row.remove();
          changed();
        } catch (error) {
          context.notify(context.describe(error), "error");
        }
      });
      row.append(trash);
    }
    return row;
  };
  // Bytes on their way from this or another device: the quota holds them until they arrive.
  const upload = (entry: UploadInProgress) => {
    const bar = h("progress", { class: "upload-progress", max: String(entry.size), value: String(entry.offset) });
    const from = entry.device_name ?? strings.format("storage-upload-unknown-device");
    const row = h(
      "li",
      { class: "space-item" },
      icon("upload", "space-icon"),
      h(
        "span",
        { class: "space-name" },
        entry.path,
        h("small", { class: "space-detail" }, strings.format("storage-upload-detail", {
          device: from,
          done: format.bytes(entry.offset),
          size: format.bytes(entry.size),
        })),
        bar,
      ),
      h("span", { class: "space-size" }, format.bytes(entry.size)),
    );
    const cancel = h("button", { class: "button button-quiet", type: "button" }, strings.format("storage-upload-cancel"));
    cancel.addEventListener("click", async () => {
      cancel.disabled = true;
      try {
        await backend.cancelUpload(entry.id);
        row.remove();
        changed();
      } catch (error) {
        cancel.disabled = false;
        context.notify(context.describe(error), "error");
      }
    });
    row.append(cancel);
    return row;
  };
  const uploads =
    space.uploading.length === 0
      ? []
      : [
          h("h3", {}, strings.format("storage-uploads-title")),
          h("p", { class: "page-lead" }, strings.format("storage-uploads-lead", { size: format.bytes(usage.uploading) })),
          h("ul", { class: "space-list space-uploads" }, ...space.uploading.map(upload)),
        ];
  replace(
    body,
    h(
      "div",
      { class: "quota-card" },
      h("p", { class: "quota-summary" }, summary),
      h(
        "div",
        { class: "quota-bar", role: "img", "aria-label": summary },
        part("photos", usage.photos),
        part("videos", usage.videos),
        part("other", usage.other),
        part("trash", usage.trash),
      ),
      h("ul", { class: "legend" }, legend("photos", usage.photos), legend("videos", usage.videos), legend("trash", usage.trash)),
    ),
    h(
      "section",
      { class: "space-section" },
      h("h2", {}, strings.format("storage-free-title")),
      h("div", { class: "space-actions" }, emptyTrash),
      h("h3", {}, strings.format("storage-largest-videos")),
      space.largestVideos.length === 0
        ? h("p", { class: "page-lead" }, strings.format("storage-no-videos"))
        : h("ul", { class: "space-list" }, ...space.largestVideos.map((v) => item(v, true))),
      h("h3", {}, strings.format("storage-duplicates")),
      space.duplicates.length === 0
        ? h("p", { class: "page-lead" }, strings.format("storage-no-duplicates"))
        : h("ul", { class: "space-list" }, ...space.duplicates.flatMap((group) => group.map((entry, i) => item(entry, i > 0)))),
      ...uploads,
    ),
  );
  return view;
}
