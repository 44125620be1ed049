// Settings: the language (switched at once, without a restart), the folders this computer syncs
// and how, transfers and deletions, the app on this computer (login, tray, notifications), a
// phone on the home network (a local cloud only), the thumbnail cache, and the server and
// account.

import type { Backend, DeletionPolicy, FolderMode, Language, LinkedFolder, Pairing, PhoneAccess, Preferences, Welcome } from "../backend";
import type { Context } from "../context";
import { h, replace } from "../dom";
import { icon } from "../icons";
import { DELETIONS, FOLDER_STATE, LANGUAGE_NAME, MODE } from "../ids";
import { freeFolderSpace } from "./freespace";

/** A language's name in that language (the list reads the same whatever the window's). */
function languageName(context: Context, tag: string): string {
  const id = LANGUAGE_NAME[tag];
  return id ? context.strings.format(id) : tag;
}

/** Bandwidth limits offered, in bytes per second (`0`: none). */
const LIMITS = [0, 256_000, 512_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000, 50_000_000];
const MODES: FolderMode[] = ["two-way", "upload-only", "download-only"];
const POLICIES: DeletionPolicy[] = ["ask", "send", "never"];
const MAX_TRANSFERS = 16;

export interface SettingsHooks {
  /** The language changed: the whole window switches. */
  switched(language: Language): void;
  /** Open the account page. */
  account(): void;
}

function group(title: string, ...children: (HTMLElement | null)[]): HTMLElement {
  return h("section", { class: "settings-group" }, h("h2", { class: "settings-heading" }, title), ...children);
}

function languageGroup(context: Context, language: Language, hooks: SettingsHooks): HTMLElement {
  const { strings, backend } = context;
  const select = h("select", { class: "field-input settings-language", id: "settings-language", name: "language" });
  select.append(
    h(
      "option",
      { value: "" },
      strings.format(backend.desktop ? "settings-language-system" : "settings-language-browser", { language: languageName(context, language.system) }),
    ),
    ...language.available.map((tag) => h("option", { value: tag, lang: tag }, languageName(context, tag))),
  );
  select.value = language.chosen ?? "";
  const problem = h("p", { class: "form-error", role: "alert" });
  problem.hidden = true;
  select.addEventListener("change", async () => {
    problem.hidden = true;
    try {
      hooks.switched(await backend.setLanguage(select.value === "" ? null : select.value));
    } catch (error) {
      problem.textContent = context.describe(error);
      problem.hidden = false;
    }
  });
  return group(
    strings.format("settings-language"),
    h("label", { class: "field", for: "settings-language" }, h("span", { class: "field-label" }, strings.format("settings-language")), select),
    h("p", { class: "settings-hint" }, strings.format(backend.desktop ? "settings-language-hint" : "settings-language-hint-browser")),
    problem,
  );
}

function foldersGroup(context: Context): { element: HTMLElement; load: () => Promise<void> } {
  const { strings, backend } = context;
  const list = h("ul", { class: "folder-list settings-folders" });
  const add = h("button", { class: "button", type: "button", id: "settings-add-folder" }, icon("folder"), strings.format("account-add-folder"));
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      context.notify(context.describe(error), "error");
    }
    await load();
  };
  const row = (folder: LinkedFolder, index: number): HTMLElement => {
    const mode = h("select", { class: "field-input folder-mode", id: `folder-mode-${index}`, "aria-label": strings.format("settings-folder-mode", { path: folder.path }) });
    for (const each of MODES) mode.append(h("option", { value: each }, strings.format(MODE[each])));
    mode.value = folder.mode;
    mode.addEventListener("change", () => void act(() => backend.setFolderMode(folder.path, mode.value as FolderMode)));
    const pause = h(
      "button",
      { class: "button button-quiet folder-pause", type: "button", "aria-pressed": folder.paused ? "true" : "false" },
      icon(folder.paused ? "sync" : "pause"),
      strings.format(folder.paused ? "settings-folder-resume" : "settings-folder-pause"),
    );
    pause.addEventListener("click", () => void act(() => backend.setFolderPaused(folder.path, !folder.paused)));
    const remove = h("button", { class: "button button-quiet folder-remove", type: "button" }, strings.format("settings-folder-remove"));
    remove.addEventListener("click", async () => {
      const sure = await context.ask({
        title: strings.format("settings-folder-remove-title", { path: folder.path }),
        body: strings.format("settings-folder-remove-body"),
        confirm: strings.format("settings-folder-remove"),
        danger: true,
      });
      if (sure) await act(() => backend.removeFolder(folder.path));
    });
    // A backup folder can give this computer's space back for what the cloud holds.
    let free: HTMLButtonElement | null = null;
    if (folder.mode === "upload-only" && backend.folderSpace) {
      free = h("button", { class: "button button-quiet folder-free", type: "button" }, icon("trash"), strings.format("settings-folder-free"));
      free.addEventListener("click", async () => {
        if (await freeFolderSpace(context, folder.path)) await load();
      });
    }
    const where = folder.album === "" ? strings.format("settings-folder-whole-cloud") : strings.format("settings-folder-album", { album: folder.album });
    const state = folder.paused
      ? strings.format("settings-folder-paused")
      : folder.state === "ok"
        ? null
        : strings.format(FOLDER_STATE[folder.state]);
    return h(
      "li",
      { class: "folder settings-folder", "data-paused": folder.paused ? "true" : "false" },
      icon("folder", "device-icon"),
      h(
        "div",
        { class: "device-text" },
        h("h3", { class: "device-name" }, folder.path),
        h("p", { class: "device-meta" }, state ? `${where} · ${state}` : where),
      ),
      h("div", { class: "folder-actions" }, mode, pause, free, remove),
    );
  };
  const load = async () => {
    try {
      const folders = await backend.folders();
      replace(list, ...folders.map(row));
      if (folders.length === 0) list.append(h("li", { class: "page-lead" }, strings.format("account-no-folders")));
    } catch (error) {
      replace(list, h("li", { class: "form-error" }, context.describe(error)));
    }
  };
  add.addEventListener("click", async () => {
    const path = await backend.pickFolder(strings.format("account-add-folder-dialog"));
    if (path) await act(() => backend.addFolder(path, "two-way"));
  });
  const element = group(
    strings.format("settings-folders"),
    h("p", { class: "settings-hint" }, strings.format("settings-folders-hint")),
    list,
    h("div", { class: "settings-row" }, add),
  );
  return { element, load };
}

function preferenceGroups(context: Context, preferences: Preferences): HTMLElement[] {
  const { strings, backend, format } = context;
  let kept = preferences;
  const save = async (change: Partial<Preferences>, control: HTMLInputElement | HTMLSelectElement) => {
    try {
      kept = await backend.setPreferences({ ...kept, ...change });
    } catch (error) {
      context.notify(context.describe(error), "error");
      restore(control);
    }
  };
  // A refused change puts the control back as it was kept.
  const restore = (control: HTMLInputElement | HTMLSelectElement) => {
    const name = control.name as keyof Preferences;
    const value = kept[name];
    if (control instanceof HTMLInputElement && control.type === "checkbox") control.checked = Boolean(value);
    else control.value = String(value ?? 0);
  };
  const select = (name: keyof Preferences, label: string, options: [string, string][], value: string, parse: (v: string) => Partial<Preferences>) => {
    const id = `settings-${name}`;
    const control = h("select", { class: "field-input", id, name });
    for (const [v, words] of options) control.append(h("option", { value: v }, words));
    control.value = value;
    control.addEventListener("change", () => void save(parse(control.value), control));
    return h("label", { class: "field", for: id }, h("span", { class: "field-label" }, label), control);
  };
  const toggle = (name: "closeToTray" | "startAtLogin" | "notifications", label: string) => {
    const id = `settings-${name}`;
    const control = h("input", { type: "checkbox", id, name, class: "settings-check" });
    control.checked = kept[name];
    control.addEventListener("change", () => void save({ [name]: control.checked }, control));
    return h("label", { class: "settings-toggle", for: id }, control, h("span", {}, label));
  };
  const limitOptions = (): [string, string][] =>
    LIMITS.map((rate) => [String(rate), rate === 0 ? strings.format("settings-limit-none") : strings.format("settings-limit-rate", { size: format.bytes(rate) })]);
  const limit = (rate: number | null) => String(rate ?? 0);
  const transfers: [string, string][] = Array.from({ length: MAX_TRANSFERS }, (_, i) => [String(i + 1), format.number(i + 1)]);
  const sync = group(
    strings.format("settings-sync"),
    select("transfers", strings.format("settings-transfers"), transfers, String(kept.transfers), (v) => ({ transfers: Number(v) })),
    select("uploadLimit", strings.format("settings-upload-limit"), limitOptions(), limit(kept.uploadLimit), (v) => ({ uploadLimit: Number(v) || null })),
    select("downloadLimit", strings.format("settings-download-limit"), limitOptions(), limit(kept.downloadLimit), (v) => ({ downloadLimit: Number(v) || null })),
    select(
      "deletions",
      strings.format("settings-deletions"),
      POLICIES.map((policy) => [policy, strings.format(DELETIONS[policy])]),
      kept.deletions,
      (v) => ({ deletions: v as DeletionPolicy }),
    ),
    h("p", { class: "settings-hint" }, strings.format("settings-deletions-hint")),
  );
  const app = group(
    strings.format("settings-app"),
    toggle("startAtLogin", strings.format("settings-start-at-login")),
    toggle("closeToTray", strings.format("settings-close-to-tray")),
    toggle("notifications", strings.format("settings-notifications")),
  );
  return [sync, app];
}

/** What a computer that is its own cloud has: phones on its network reach it. */
type PhoneBackend = Required<Pick<Backend, "phoneAccess" | "setPhoneAccess" | "newPairing">>;

function reachesPhones(backend: Backend): backend is Backend & PhoneBackend {
  return backend.phoneAccess !== undefined && backend.setPhoneAccess !== undefined && backend.newPairing !== undefined;
}

const SVG_NS = "http://www.w3.org/2000/svg";
/** The longest wait a timer takes (about 24 days). */
const LONGEST_TIMER = 2 ** 31 - 1;

/** The shell's QR code: its dark modules on white (the quiet zone included), sharp at any size.
 * Built element by element: the window's CSP takes no markup strings and no data: addresses. */
function qrCode(pairing: Pairing, label: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("class", "phone-qr");
  svg.setAttribute("viewBox", `0 0 ${pairing.qrSize} ${pairing.qrSize}`);
  svg.setAttribute("shape-rendering", "crispEdges");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  const paper = document.createElementNS(SVG_NS, "rect");
  paper.setAttribute("width", String(pairing.qrSize));
  paper.setAttribute("height", String(pairing.qrSize));
  paper.setAttribute("fill", "#fff");
  const modules = document.createElementNS(SVG_NS, "path");
  modules.setAttribute("d", pairing.qrPath);
  modules.setAttribute("fill", "#000");
  svg.append(paper, modules);
  return svg;
}

/** Lets phones on the home network reach this computer's local cloud, and signs one in with a
 * one-time code shown as a QR code (until it expires; a new one at any time). */
async function phoneGroup(context: Context, backend: PhoneBackend): Promise<HTMLElement> {
  const { strings, format } = context;
  const control = h("input", { type: "checkbox", id: "settings-phone", name: "phone", class: "settings-check", role: "switch" });
  const problem = h("p", { class: "form-error", role: "alert" });
  problem.hidden = true;
  const pairingBox = h("div", { class: "phone-pairing", id: "settings-phone-pairing" });
  const newCode = h("button", { class: "button", type: "button", id: "settings-phone-new-code" }, icon("sync"), strings.format("settings-phone-new-code"));
  let shown: PhoneAccess = { on: false, addresses: [], pairing: null };
  let expiry: ReturnType<typeof setTimeout> | null = null;

  const stopTimer = () => {
    if (expiry !== null) clearTimeout(expiry);
    expiry = null;
  };
  const code = (pairing: Pairing | null): HTMLElement[] => {
    if (pairing === null) {
      // On, but no code to show: where a phone would go, if anywhere.
      return [
        h(
          "div",
          { class: "phone-text" },
          shown.addresses.length === 0
            ? h("p", { class: "settings-hint" }, strings.format("settings-phone-no-network"))
            : h("ul", { class: "phone-addresses" }, ...shown.addresses.map((address) => h("li", { class: "phone-address", dir: "ltr" }, address))),
          h("div", { class: "settings-row" }, newCode),
        ),
      ];
    }
    const left = pairing.expiresAt - Date.now();
    if (left <= 0) {
      return [
        h("div", { class: "phone-code is-expired" }, h("p", { class: "phone-expired" }, strings.format("settings-phone-expired"))),
        h("div", { class: "phone-text" }, h("div", { class: "settings-row" }, newCode)),
      ];
    }
    // The code is drawn until it stops working, then replaced (checked again if the wait was cut
    // short).
    expiry = setTimeout(() => show(shown), Math.min(left, LONGEST_TIMER));
    return [
      h("div", { class: "phone-code" }, qrCode(pairing, strings.format("settings-phone-qr"))),
      h(
        "div",
        { class: "phone-text" },
        h("p", { class: "field-label" }, strings.format("settings-phone-address")),
        h("p", { class: "phone-address", dir: "ltr" }, pairing.url),
        h("p", { class: "settings-hint" }, strings.format("settings-phone-scan", { time: format.clock(pairing.expiresAt) })),
        h("div", { class: "settings-row" }, newCode),
      ),
    ];
  };
  const show = (access: PhoneAccess) => {
    shown = access;
    stopTimer();
    control.checked = access.on;
    pairingBox.hidden = !access.on;
    replace(pairingBox, ...(access.on ? code(access.pairing) : []));
  };
  const act = async (work: () => Promise<PhoneAccess>, busy: HTMLInputElement | HTMLButtonElement) => {
    problem.hidden = true;
    busy.disabled = true;
    try {
      show(await work());
    } catch (error) {
      // What was shown still holds: a switch that did not switch goes back.
      show(shown);
      problem.textContent = context.describe(error);
      problem.hidden = false;
    } finally {
      busy.disabled = false;
    }
  };
  control.addEventListener("change", () => {
    const on = control.checked;
    if (!on) {
      // The code goes away before the answer: nobody should scan it any more.
      stopTimer();
      pairingBox.hidden = true;
    }
    void act(() => backend.setPhoneAccess(on), control);
  });
  newCode.addEventListener("click", () => void act(() => backend.newPairing(), newCode));

  show(shown);
  try {
    show(await backend.phoneAccess());
  } catch (error) {
    problem.textContent = context.describe(error);
    problem.hidden = false;
  }
  const element = group(
    strings.format("settings-phone"),
    h("label", { class: "settings-toggle settings-phone-toggle", for: "settings-phone" }, control, h("span", {}, strings.format("settings-phone-switch"))),
    h("p", { class: "settings-hint" }, strings.format("settings-phone-hint")),
    pairingBox,
    problem,
  );
  element.classList.add("settings-phone");
  return element;
}

async function cacheGroup(context: Context): Promise<HTMLElement> {
  const { strings, backend, format } = context;
  const size = h("p", { class: "settings-value", id: "settings-cache-size" });
  const show = (bytes: number) => replace(size, strings.format("settings-cache-size", { size: format.bytes(bytes) }));
  const clear = h("button", { class: "button", type: "button", id: "settings-cache-clear" }, strings.format("settings-cache-clear"));
  clear.addEventListener("click", async () => {
    clear.disabled = true;
    try {
      show(await backend.clearThumbnailCache());
      context.notify(strings.format("settings-cache-cleared"));
    } catch (error) {
      context.notify(context.describe(error), "error");
    } finally {
      clear.disabled = false;
    }
  });
  try {
    show(await backend.thumbnailCache());
  } catch (error) {
    replace(size, context.describe(error));
  }
  return group(
    strings.format("settings-cache"),
    h("p", { class: "settings-hint" }, strings.format("settings-cache-hint")),
    h("div", { class: "settings-row" }, size, clear),
  );
}

function accountGroup(context: Context, welcome: Welcome | null, hooks: SettingsHooks): HTMLElement {
  const { strings } = context;
  const open = h("button", { class: "button", type: "button", id: "settings-account" }, icon("account"), strings.format("settings-account-open"));
  open.addEventListener("click", () => hooks.account());
  const where = welcome?.localCloud ? strings.format("account-local-cloud") : welcome?.server ?? strings.format("sync-signed-out");
  const who = welcome?.localCloud ? strings.format("account-local-owner") : welcome?.email ?? "";
  return group(
    strings.format("settings-account"),
    h(
      "dl",
      { class: "info-list" },
      h("dt", {}, strings.format("account-where")),
      h("dd", {}, where),
      h("dt", {}, strings.format("account-email")),
      h("dd", {}, who),
    ),
    h("div", { class: "settings-row" }, open),
  );
}

export async function settingsView(context: Context, welcome: Welcome | null, hooks: SettingsHooks): Promise<HTMLElement> {
  const { strings, backend } = context;
  if (!backend.desktop) {
    // A browser has the language and the account; folders, sync, the tray and the cache are
    // the desktop app's.
    let language: Language;
    try {
      language = await backend.language();
    } catch (error) {
      return h("section", { class: "page" }, h("p", { class: "form-error" }, context.describe(error)));
    }
    return h(
      "section",
      { class: "page settings" },
      h("h1", { class: "page-title" }, strings.format("settings-title")),
      languageGroup(context, language, hooks),
      accountGroup(context, welcome, hooks),
    );
  }
  let language: Language;
  let preferences: Preferences;
  try {
    [language, preferences] = await Promise.all([backend.language(), backend.preferences()]);
  } catch (error) {
    return h("section", { class: "page" }, h("p", { class: "form-error" }, context.describe(error)));
  }
  const folders = foldersGroup(context);
  await folders.load();
  // Only a computer that is its own cloud has something for a phone to reach.
  const phone = welcome?.localCloud && reachesPhones(backend) ? await phoneGroup(context, backend) : null;
  return h(
    "section",
    { class: "page settings" },
    h("h1", { class: "page-title" }, strings.format("settings-title")),
    languageGroup(context, language, hooks),
    folders.element,
    ...preferenceGroups(context, preferences),
    phone,
    await cacheGroup(context),
    accountGroup(context, welcome, hooks),
  );
}
