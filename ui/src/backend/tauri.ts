// The desktop shell's backend: Tauri commands and events, the dialog plugin, the picture
// schemes. Loaded only in the desktop window (main.ts), so a browser never downloads it.

import { convertFileSrc, invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { open, save } from "@tauri-apps/plugin-dialog";

import type { AvailableUpdate, Backend, Language, OperationProgress, SyncStatus, Welcome } from "./index";

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
  welcome: () => welcomed(invoke("welcome")),
  useLocalCloud: () => welcomed(invoke("use_local_cloud")),
  signIn: (server, email, password, register, invite) =>
    welcomed(invoke("sign_in", { server, email, password, register, invite })),
  signOut: (keepPhotos) => welcomed(invoke("sign_out", { keepPhotos })),
  syncStatus: () => invoke("sync_status"),
  syncNow: () => invoke("sync_now"),
  timeline: (after, limit, filter) => invoke("timeline", { after, limit, filter }),
  albums: () => invoke("albums"),
  upload: (paths, album) => invoke("upload", { paths, album }),
  download: (selection, to) => invoke("download", { selection, to }),
  pauseOperation: (id) => invoke("pause_operation", { id }),
  resumeOperation: (id) => invoke("resume_operation", { id }),
  cancelOperation: (id) => invoke("cancel_operation", { id }),
  trash: () => invoke("trash"),
  moveToTrash: (ids) => invoke("move_to_trash", { ids }),
  restore: (ids) => invoke("restore", { ids }),
  deleteForever: (ids) => invoke("delete_forever", { ids }),
  emptyTrash: () => invoke("empty_trash"),
  space: () => invoke("space"),
  devices: () => invoke("devices"),
  unlinkDevice: (id) => invoke("unlink_device", { id }),
  cancelUpload: (id) => invoke("cancel_upload", { id }),
  renameTwin: (path) => invoke("rename_twin", { path }),
  folders: () => invoke("folders"),
  addFolder: (path, mode) => invoke("add_folder", { path, mode }),
  setFolderMode: (path, mode) => invoke("set_folder_mode", { path, mode }),
  setFolderPaused: (path, paused) => invoke("set_folder_paused", { path, paused }),
  removeFolder: (path) => invoke("remove_folder", { path }),
  preferences: () => invoke("preferences"),
  setPreferences: (preferences) => invoke("set_preferences", { preferences }),
  thumbnailCache: () => invoke("thumbnail_cache"),
  clearThumbnailCache: () => invoke("clear_thumbnail_cache"),
  health: () => invoke("health"),
  retryFailed: () => invoke("retry_failed"),
  answerHeld: (folder, fingerprint, answer) => invoke("answer_held", { folder, fingerprint, answer }),
  saveDiagnostics: (path) => invoke("save_diagnostics", { path }),
  phoneAccess: () => invoke("phone_access"),
  setPhoneAccess: (on) => invoke("set_phone_access", { on }),
  newPairing: () => invoke("new_pairing"),
  cameraStorage: () => invoke("camera_storage"),
  importDevice: (path) => invoke("import_device", { path }),
  deviceSpace: (path) => invoke("device_space", { path }),
  freeDevice: (path) => invoke("free_device", { path }),
  reviewTakeout: (paths) => invoke("review_takeout", { paths }),
  importTakeout: (paths) => invoke("import_takeout", { paths }),
  takeoutReport: (name) => invoke("takeout_report", { name }),
  takeoutReports: () => invoke("takeout_reports"),
  keepHere: (path) => invoke("keep_here", { path }),
  folderSpace: (path, choice) => invoke("folder_space", { path, choice }),
  freeFolder: (path, choice) => invoke("free_folder", { path, choice }),
  async pickTakeout(title) {
    const picked = await open({ multiple: true, directory: false, title, filters: [{ name: title, extensions: ["zip", "tgz"] }] });
    if (Array.isArray(picked)) return picked;
    return typeof picked === "string" ? [picked] : [];
  },
  async pickSaveFile(title, name) {
    const picked = await save({ title, defaultPath: name, filters: [{ name, extensions: ["zip"] }] });
    return typeof picked === "string" ? picked : null;
  },
  language: () => invoke("language"),
  setLanguage: (language) => invoke("set_language", { language }),
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
  onSyncStatus: (handler) => listen<SyncStatus>("sync-status", (e) => handler(e.payload)),
  onOperation: (handler) => listen<OperationProgress>("operation", (e) => handler(e.payload)),
  onTimelineChanged: (handler) => listen("timeline-changed", () => handler()),
  onUpdate: (handler) => listen<AvailableUpdate>("update-available", (e) => handler(e.payload)),
  updateAvailable: () => invoke("update_available"),
  installUpdate: () => invoke("install_update"),
  onLanguage: (handler) => listen<Language>("language-changed", (e) => handler(e.payload)),
  onDragDrop: (handler) =>
    getCurrentWebview().onDragDropEvent((event) => {
      const payload = event.payload;
      if (payload.type === "drop") handler({ type: "drop", paths: payload.paths });
      else if (payload.type === "leave") handler({ type: "leave" });
      else handler({ type: "over" });
    }),
};
