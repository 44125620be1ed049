// The account this computer is signed in to, its folders, and signing out (asking whether the
// photos stay on this computer).

import type { FolderMode, Welcome } from "../backend";
import type { Context } from "../context";
import { FOLDER_STATE, MODE } from "../ids";
import { h, replace } from "../dom";
import { icon } from "../icons";

export async function accountView(
  context: Context,
  welcome: Welcome,
  signedOut: (welcome: Welcome) => void,
): Promise<HTMLElement> {
  const { strings, backend } = context;
  const folders = h("ul", { class: "folder-list" });
  const addFolder = h("button", { class: "button", type: "button" }, icon("folder"), strings.format("account-add-folder"));
  const signOut = h("button", { class: "button button-danger", type: "button" }, strings.format("account-sign-out"));
  const loadFolders = async () => {
    try {
      const linked = await backend.folders();
      replace(folders);
      if (linked.length === 0) folders.append(h("li", { class: "page-lead" }, strings.format("account-no-folders")));
      for (const folder of linked) {
        folders.append(
          h(
            "li",
            { class: "folder" },
            icon("folder", "device-icon"),
            h(
              "div",
              { class: "device-text" },
              h("h2", { class: "device-name" }, folder.path),
              h("p", { class: "device-meta" }, strings.format(MODE[folder.mode]), folder.state === "ok" ? "" : ` · ${strings.format(FOLDER_STATE[folder.state])}`),
            ),
          ),
        );
      }
    } catch (error) {
      replace(folders, h("li", { class: "form-error" }, context.describe(error)));
    }
  };
  addFolder.addEventListener("click", async () => {
    const path = await backend.pickFolder(strings.format("account-add-folder-dialog"));
    if (!path) return;
    const mode: FolderMode = "two-way";
    try {
      await backend.addFolder(path, mode);
      await loadFolders();
    } catch (error) {
      context.notify(context.describe(error), "error");
    }
  });
  signOut.addEventListener("click", async () => {
    // A browser keeps no photos of its own: signing out there only ends the session.
    if (!backend.desktop) {
      try {
        signedOut(await backend.signOut(true));
      } catch (error) {
        context.notify(context.describe(error), "error");
      }
      return;
    }
    const keep = await context.ask({
      title: strings.format("account-sign-out-title"),
      body: strings.format("account-sign-out-body"),
      confirm: strings.format("account-sign-out-keep"),
      cancel: strings.format("account-sign-out-remove"),
    });
    const sure =
      keep ||
      (await context.ask({
        title: strings.format("account-sign-out-remove-title"),
        body: strings.format("account-sign-out-remove-body"),
        confirm: strings.format("account-sign-out-remove"),
        danger: true,
      }));
    if (!sure) return;
    try {
      signedOut(await backend.signOut(keep));
    } catch (error) {
      context.notify(context.describe(error), "error");
    }
  });
  if (backend.desktop) await loadFolders();
  return h(
    "section",
    { class: "page" },
    h("h1", { class: "page-title" }, strings.format("account-title")),
    h(
      "dl",
      { class: "info-list account-info" },
      h("dt", {}, strings.format("account-where")),
      h("dd", {}, welcome.localCloud ? strings.format("account-local-cloud") : welcome.server ?? ""),
      h("dt", {}, strings.format("account-email")),
      h("dd", {}, welcome.localCloud ? strings.format("account-local-owner") : welcome.email ?? ""),
      h("dt", {}, strings.format(backend.desktop ? "account-device" : "account-browser")),
      h("dd", {}, welcome.deviceName ?? ""),
    ),
    backend.desktop ? h("div", { class: "page-head" }, h("h2", {}, strings.format("account-folders")), addFolder) : null,
    backend.desktop ? folders : null,
    h("div", { class: "account-actions" }, signOut),
  );
}
