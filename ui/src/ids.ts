// Message ids chosen by a value, spelled out so that every id the UI can ask for appears
// literally in the source (the string tests check them against locales/).

import type {
  DeletionPolicy,
  FolderMode,
  FolderState,
  HeldReason,
  KindFilter,
  OperationKind,
  OperationState,
  Place,
  RowOutcome,
} from "./backend";

/** Errors whose desktop words speak of this computer and its sync: a browser says them its own
 * way (by code; the others read the same in both). */
export const BROWSER_ERROR: Readonly<Record<string, string>> = {
  unauthorized: "error-unauthorized-browser",
  "not-signed-in": "error-not-signed-in-browser",
  unreachable: "error-unreachable-browser",
  "storage-full": "error-storage-full-browser",
};

export const PLACE: Record<Place, string> = {
  "this-computer": "place-this-computer",
  cloud: "place-cloud",
  both: "place-both",
};

export const FILTER: Record<KindFilter, string> = {
  all: "filter-all",
  photos: "filter-photos",
  videos: "filter-videos",
};

export const MODE: Record<FolderMode, string> = {
  "two-way": "mode-two-way",
  "upload-only": "mode-upload-only",
  "download-only": "mode-download-only",
};

export const FOLDER_STATE: Record<FolderState, string> = {
  ok: "folder-state-ok",
  missing: "folder-state-missing",
  error: "folder-state-error",
  emptied: "folder-state-emptied",
};

/** Why deletions wait for an answer; the last two take the count of deletions. */
export const HELD_REASON: Record<HeldReason, string> = {
  "folder-empty": "health-held-folder-empty",
  "album-empty": "health-held-album-empty",
  many: "health-held-many",
  "always-ask": "health-held-always-ask",
};

export const DELETIONS: Record<DeletionPolicy, string> = {
  ask: "settings-deletions-ask",
  send: "settings-deletions-send",
  never: "settings-deletions-never",
};

export const DIRECTION: Record<"upload" | "download", string> = {
  upload: "health-direction-upload",
  download: "health-direction-download",
};

export const STORAGE_KIND: Record<"photos" | "videos" | "other" | "trash", string> = {
  photos: "storage-photos",
  videos: "storage-videos",
  other: "storage-other",
  trash: "storage-trash",
};

export const TRANSFER: Record<OperationKind, Record<OperationState, string>> = {
  upload: {
    running: "transfer-upload-running",
    paused: "transfer-upload-paused",
    done: "transfer-upload-done",
    cancelled: "transfer-upload-cancelled",
    failed: "transfer-upload-failed",
  },
  download: {
    running: "transfer-download-running",
    paused: "transfer-download-paused",
    done: "transfer-download-done",
    cancelled: "transfer-download-cancelled",
    failed: "transfer-download-failed",
  },
  import: {
    running: "transfer-import-running",
    paused: "transfer-import-paused",
    done: "transfer-import-done",
    cancelled: "transfer-import-cancelled",
    failed: "transfer-import-failed",
  },
};

export const NAV = {
  photos: "nav-photos",
  albums: "nav-albums",
  trash: "nav-trash",
  storage: "nav-storage",
  devices: "nav-devices",
  account: "nav-account",
  health: "nav-health",
  settings: "nav-settings",
} as const;

/** Each language's name, written in that language. */
export const LANGUAGE_NAME: Record<string, string> = {
  "en-US": "language-en-us",
  "zh-CN": "language-zh-cn",
  "ru-RU": "language-ru-ru",
  "es-ES": "language-es-es",
  "pt-BR": "language-pt-br",
  "hi-IN": "language-hi-in",
  "id-ID": "language-id-id",
  "de-DE": "language-de-de",
  "fr-FR": "language-fr-fr",
  ar: "language-ar",
};

/** A Takeout report's tiles, each a group of outcomes. */
export const REPORT_GROUP = {
  failed: "takeout-group-failed",
  "not-imported": "takeout-group-not-imported",
  imported: "takeout-group-imported",
  already: "takeout-group-already",
  skipped: "takeout-group-skipped",
  all: "takeout-group-all",
} as const;

export const REPORT_COLUMNS = [
  "takeout-column-name",
  "takeout-column-outcome",
  "takeout-column-where",
  "takeout-column-why",
] as const;

export const ROW_OUTCOME: Record<RowOutcome, string> = {
  imported: "takeout-outcome-imported",
  "already-present": "takeout-outcome-already-present",
  failed: "takeout-outcome-failed",
  "not-imported": "takeout-outcome-not-imported",
  ignored: "takeout-outcome-ignored",
  refused: "takeout-outcome-refused",
  problem: "takeout-outcome-problem",
};

/** Why a Takeout's entry was not imported, by the reason's code (failures are errors, said by
 * their `error-` message). */
export const TAKEOUT_REASON: Readonly<Record<string, string>> = {
  "no-media": "takeout-reason-no-media",
  ambiguous: "takeout-reason-ambiguous",
  "not-media": "takeout-reason-not-media",
  "system-file": "takeout-reason-system-file",
  "not-a-sidecar": "takeout-reason-not-a-sidecar",
  "extra-album-metadata": "takeout-reason-extra-album-metadata",
  "unused-album-metadata": "takeout-reason-unused-album-metadata",
  empty: "takeout-reason-empty",
  "not-utf8": "takeout-reason-not-utf8",
  "too-long": "takeout-reason-too-long",
  absolute: "takeout-reason-absolute",
  "dot-segment": "takeout-reason-dot-segment",
  "empty-segment": "takeout-reason-empty-segment",
  backslash: "takeout-reason-backslash",
  "control-character": "takeout-reason-control-character",
  "damaged-json": "takeout-reason-damaged-json",
  "json-not-read": "takeout-reason-json-not-read",
  "conflicting-copies": "takeout-reason-conflicting-copies",
};
