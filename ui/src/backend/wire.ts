// The server's HTTP API as the browser reaches it: the JSON it answers (the server's protocol
// types, as they cross the wire) and one way to ask, which sends the session cookie, marks every
// write against cross-site requests and turns every refusal into the one `{code, message}` error.

import { CODES, type Code, type Device, type UploadInProgress, type Usage } from "./generated";
import type { CommandError } from "./types";

/** Every route is under this, on the origin that served the page. */
export const API = "/api/v1";

/** The header every request but a GET carries: a page of another site cannot send it. */
export const REQUEST_HEADER = "X-Skyfolio-Request";

export type MediaItem = {
  id: string;
  path: string;
  kind: "photo" | "video" | "other";
  state: "active" | "trashed" | "purged";
  hash: string;
  size: number;
  taken_at: string | null;
  sort_time: number;
  width: number | null;
  height: number | null;
  duration_ms: number | null;
  created_at: number;
  trashed_at: number | null;
  thumbnails: "pending" | "ready" | "none";
  seq: number;
};

export type MediaPage = { items: MediaItem[]; next: string | null };
export type Account = { email: string; admin: boolean; created_at: number };
/** `GET /web/session`: who the browser's session cookie belongs to. */
export type WebSession = { account: Account; device: Device };
export type UploadStatus = { id: string; offset: number; size: number; expires_at: number };
export type UploadCreated = { upload: UploadStatus | null; item: MediaItem | null };
export type ChunkAccepted = { offset: number; item: MediaItem | null };
export type UploadList = { uploads: UploadInProgress[] };
export type DeviceList = { devices: Device[] };
export type { Usage };

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface Ask {
  /** JSON to send (as the body, `Content-Type: application/json`). */
  json?: unknown;
  /** Bytes to send as they are. */
  body?: BodyInit;
  headers?: Record<string, string>;
}

/** A code as the registry spells it; `unknown` for one only a newer version knows. */
export function codeOf(text: string): Code {
  return (CODES as readonly string[]).includes(text) ? (text as Code) : "unknown";
}

/** Turns anything a call rejected with (or a server answered) into a `CommandError`. */
export function asCommandError(error: unknown): CommandError {
  if (typeof error === "object" && error !== null && "code" in error) {
    const { code, message } = error as { code: unknown; message?: unknown };
    if (typeof code === "string") {
      return { code: codeOf(code), message: typeof message === "string" ? message : "" };
    }
  }
  return { code: "unknown", message: String(error) };
}

/** The error a failed request stands for. */
export async function errorOf(response: Response): Promise<CommandError> {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown };
    if (typeof body.code === "string") return asCommandError(body);
  } catch {
    // Not the server's JSON: a proxy in the way, or no Skyfolio server at all.
  }
  const code = response.status === 401 ? "unauthorized" : response.status >= 500 ? "unreachable" : "protocol";
  return { code, message: `HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}` };
}

/** Asks the server; answers the response when it is a success, else throws its `CommandError`. */
export async function ask(fetcher: Fetch, method: string, path: string, what: Ask = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: "application/json", ...what.headers };
  if (method !== "GET") headers[REQUEST_HEADER] = "1";
  const init: RequestInit = { method, credentials: "same-origin", headers, cache: "no-store" };
  if (what.json !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(what.json);
  } else if (what.body !== undefined) {
    init.body = what.body;
  }
  let response: Response;
  try {
    response = await fetcher(`${API}${path}`, init);
  } catch (error) {
    throw { code: "unreachable", message: String(error) } satisfies CommandError;
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

/** Asks and reads the JSON answer. */
export async function askJson<T>(fetcher: Fetch, method: string, path: string, what: Ask = {}): Promise<T> {
  const response = await ask(fetcher, method, path, what);
  try {
    return (await response.json()) as T;
  } catch (error) {
    throw { code: "protocol", message: `not JSON: ${String(error)}` } satisfies CommandError;
  }
}
