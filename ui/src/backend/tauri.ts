// The desktop shell's backend: Tauri commands and events, the dialog plugin, the picture
// schemes. Loaded only in the desktop window (main.ts), so a browser never downloads it.

import { convertFileSrc, invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { open, save } from "@tauri-apps/plugin-dialog";

import type { Commands, Events } from "./generated";
import type { Backend, Unlisten, Welcome } from "./index";

type Args<K extends keyof Commands> = Commands[K]["args"];

/** Calls a command of the shell, with the arguments and answer the generated map gives it. */
function call<K extends keyof Commands>(
  command: K,
  ...args: keyof Args<K> extends never ? [] : [Args<K>]
): Promise<Commands[K]["answer"]> {
  return invoke(command, args[0]);
}

/** Listens to an event of the shell, with the payload the generated map gives it. */
function on<K extends keyof Events>(event: K, handler: (payload: Events[K]) => void): Promise<Unlisten> {
  return listen<Events[K]>(event, (e) => handler(e.payload));
}

/** Where videos play from, as the last `Welcome` said. */
let videoBase: string | null = null;

/** Notes where videos play from and passes the answer on. */
async function welcomed(answer: Promise<Welcome>): Promise<Welcome> {
  const welcome = await answer;
  videoBase = welcome.videoBase;
  return welcome;
}

/** The real backend: Tauri commands and events, the dialog plugin, the picture schemes. */
export const tauriBackend: Backend = {
  desktop: true,
  welcome: () => welcomed(call("welcome")),
  useLocalCloud: () => welcomed(call("use_local_cloud")),
  signIn: (server, email, password, register, invite) =>
    welcomed(call("sign_in", { server, email, password, register, invite })),
  signOut: (keepPhotos) => welcomed(call("sign_out", { keepPhotos })),
  syncStatus: () => call("sync_status"),
  syncNow: () => call("sync_now"),
  timeline: (after, limit, filter) => call("timeline", { after, limit, filter }),
  albums: () => call("albums"),
  upload: (paths, album) => call("upload", { paths, album }),
  download: (selection, to) => call("download", { selection, to }),
  pauseOperation: (id) => call("pause_operation", { id }),
  resumeOperation: (id) => call("resume_operation", { id }),
  cancelOperation: (id) => call("cancel_operation", { id }),
  trash: () => call("trash"),
  moveToTrash: (ids) => call("move_to_trash", { ids }),
  restore: (ids) => call("restore", { ids }),
  deleteForever: (ids) => call("delete_forever", { ids }),
  emptyTrash: () => call("empty_trash"),
  space: () => call("space"),
  devices: () => call("devices"),
  unlinkDevice: (id) => call("unlink_device", { id }),
  cancelUpload: (id) => call("cancel_upload", { id }),
  renameTwin: (path) => call("rename_twin", { path }),
  folders: () => call("folders"),
  addFolder: (path, mode) => call("add_folder", { path, mode }),
  setFolderMode: (path, mode) => call("set_folder_mode", { path, mode }),
  setFolderPaused: (path, paused) => call("set_folder_paused", { path, paused }),
  removeFolder: (path) => call("remove_folder", { path }),
  preferences: () => call("preferences"),
  setPreferences: (preferences) => call("set_preferences", { preferences }),
  thumbnailCache: () => call("thumbnail_cache"),
  clearThumbnailCache: () => call("clear_thumbnail_cache"),
  health: () => call("health"),
  retryFailed: () => call("retry_failed"),
  answerHeld: (folder, fingerprint, answer) => call("answer_held", { folder, fingerprint, answer }),
  saveDiagnostics: (path) => call("save_diagnostics", { path }),
  phoneAccess: () => call("phone_access"),
  setPhoneAccess: (on) => call("set_phone_access", { on }),
  newPairing: () => call("new_pairing"),
  cameraStorage: () => call("camera_storage"),
  importDevice: (path) => call("import_device", { path }),
  deviceSpace: (path) => call("device_space", { path }),
  freeDevice: (path) => call("free_device", { path }),
  reviewTakeout: (paths) => call("review_takeout", { paths }),
  importTakeout: (paths) => call("import_takeout", { paths }),
  takeoutReport: (name) => call("takeout_report", { name }),
  takeoutReports: () => call("takeout_reports"),
  keepHere: (path) => call("keep_here", { path }),
  folderSpace: (path, choice) => call("folder_space", { path, choice }),
  freeFolder: (path, choice) => call("free_folder", { path, choice }),
  async pickTakeout(title) {
    const picked = await open({ multiple: true, directory: false, title, filters: [{ name: title, extensions: ["zip", "tgz"] }] });
    if (Array.isArray(picked)) return picked;
    return typeof picked === "string" ? [picked] : [];
  },
  async pickSaveFile(title, name) {
    const picked = await save({ title, defaultPath: name, filters: [{ name, extensions: ["zip"] }] });
    return typeof picked === "string" ? picked : null;
  },
  language: () => call("language"),
  setLanguage: (language) => call("set_language", { language }),
  async pickFiles(title) {
    const picked = await open({
      multiple: true,
      directory: false,
      title,
      filters: [
        {
          name: title,
          extensions: [
            "jpg", "jpeg", "png", "gif", "webp", "tif", "tiff", "bmp", "heic", "heif", "avif",
            "mp4", "mov", "3gp", "mkv", "webm",
          ],
        },
      ],
    });
    if (Array.isArray(picked)) return picked;
    return typeof picked === "string" ? [picked] : [];
  },
  async pickFolder(title) {
    const picked = await open({ directory: true, multiple: false, title });
    return typeof picked === "string" ? picked : null;
  },
  thumbnailUrl: (hash, size) => convertFileSrc(`${hash}/${size}`, "thumb"),
  mediaUrl: (hash) => convertFileSrc(hash, "media"),
  // WebKitGTK's player cannot read a custom scheme: videos come from the shell's loopback
  // address, the `media` scheme only when that did not start.
  videoUrl: (hash) => (videoBase ? `${videoBase}/${hash}` : convertFileSrc(hash, "media")),
  onSyncStatus: (handler) => on("sync-status", handler),
  onOperation: (handler) => on("operation", handler),
  onTimelineChanged: (handler) => on("timeline-changed", () => handler()),
  onUpdate: (handler) => on("update-available", handler),
  updateAvailable: () => call("update_available"),
  installUpdate: () => call("install_update"),
  onLanguage: (handler) => on("language-changed", handler),
  onDragDrop: (handler) =>
    getCurrentWebview().onDragDropEvent((event) => {
      const payload = event.payload;
      if (payload.type === "drop") handler({ type: "drop", paths: payload.paths });
      else if (payload.type === "leave") handler({ type: "leave" });
      else handler({ type: "over" });
    }),
};
