// The cloud's albums (its top folders), each with its newest photo as the cover.

import type { Album } from "../backend";
import type { Context } from "../context";
import { h, replace } from "../dom";
import { icon } from "../icons";

export async function albumsView(
  context: Context,
  /** `null` where whole albums cannot be downloaded. */
  download: ((album: Album | null) => void) | null,
): Promise<HTMLElement> {
  const { strings, backend, format } = context;
  const list = h("div", { class: "album-grid", role: "list" });
  const everything = h("button", { class: "button", type: "button" }, icon("download"), strings.format("albums-download-all"));
  everything.addEventListener("click", () => download?.(null));
  everything.hidden = download === null;
  const view = h(
    "section",
    { class: "page" },
    h("div", { class: "page-head" }, h("h1", { class: "page-title" }, strings.format("albums-title")), everything),
    list,
  );
  let albums: Album[];
  try {
    albums = await backend.albums();
  } catch (error) {
    replace(list, h("p", { class: "form-error" }, context.describe(error)));
    return view;
  }
  if (albums.length === 0) {
    replace(list, h("div", { class: "empty-state" }, icon("album", "empty-icon"), h("p", {}, strings.format("albums-empty"))));
    return view;
  }
  for (const album of albums) {
    const name = album.name === "" ? strings.format("albums-top") : album.name;
    const button = h("button", { class: "button", type: "button" }, icon("download"), strings.format("albums-download"));
    button.setAttribute("aria-label", strings.format("albums-download-named", { name }));
    button.addEventListener("click", () => download?.(album));
    button.hidden = download === null;
    list.append(
      h(
        "article",
        { class: "album-card", role: "listitem" },
        album.cover
          ? h("img", { class: "album-cover", src: backend.thumbnailUrl(album.cover, 256), alt: "", loading: "lazy" })
          : h("div", { class: "album-cover" }),
        h("h2", { class: "album-name" }, name),
        h("p", { class: "album-count" }, strings.format("albums-count", { count: album.count, countText: format.number(album.count) })),
        button,
      ),
    );
  }
  return view;
}
