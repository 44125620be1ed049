// The only way the page reaches the desktop shell. Everything else in the UI talks to a
// `Backend`, so tests can hand it a fake.

import { convertFileSrc, invoke } from "@tauri-apps/api/core";
import { open } from "@tauri-apps/plugin-dialog";

import type { CommandError, GridItem } from "./types";

export type { CommandError, GridItem, MediaKind } from "./types";

export interface Backend {
  /** The photos and videos directly in `path`, sorted by name. Rejects with a `CommandError`. */
  listFolder(path: string): Promise<GridItem[]>;
  /** The folder named on the command line, if any. */
  startupFolder(): Promise<string | null>;
  /** Asks the person for a folder; `null` when they cancel. */
  chooseFolder(title: string): Promise<string | null>;
  /** Where the 256 px thumbnail of a listed file is served. */
  thumbnailUrl(token: string): string;
  /** Why a thumbnail failed to load, asked after the <img> reported an error. */
  thumbnailProblem(token: string): Promise<CommandError>;
}

/** Turns anything a call rejected with into a `CommandError`. */
export function asCommandError(error: unknown): CommandError {
  if (typeof error === "object" && error !== null && "code" in error) {
    const { code, message } = error as { code: unknown; message?: unknown };
    if (typeof code === "string") {
      return { code, message: typeof message === "string" ? message : "" };
    }
  }
  return { code: "unknown", message: String(error) };
}

const THUMB_SCHEME = "thumb";

/** The real backend: Tauri commands, the dialog plugin and the `thumb` URI scheme. */
export const tauriBackend: Backend = {
  listFolder: (path) => invoke<GridItem[]>("list_folder", { path }),
  startupFolder: () => invoke<string | null>("startup_folder"),
  async chooseFolder(title) {
    const picked = await open({ directory: true, multiple: false, title });
    return typeof picked === "string" ? picked : null;
  },
  thumbnailUrl: (token) => convertFileSrc(token, THUMB_SCHEME),
  async thumbnailProblem(token) {
    try {
      const response = await fetch(convertFileSrc(token, THUMB_SCHEME));
      if (response.headers.get("content-type")?.startsWith("application/json")) {
        return asCommandError(await response.json());
      }
      return { code: "unknown", message: `${response.status} ${response.statusText}` };
    } catch (error) {
      return asCommandError(error);
    }
  },
};
