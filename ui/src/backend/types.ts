// The shapes the desktop shell sends; they mirror `GridItem` and `CommandError` in
// src-tauri/src (serde, camelCase). test/fixtures/grid-items.json, written and checked by the
// shell's tests and read by test/contract.test.ts, keeps the two sides in step.

/** Photo or video, judged by the file's content. */
export type MediaKind = "photo" | "video";

/** The one error shape that crosses from the shell: branch on `code`, never on `message`. */
export interface CommandError {
  code: string;
  /** English, for logs; people see the Fluent message `error-<code>` instead. */
  message: string;
}

/** One tile of the grid. */
export interface GridItem {
  /** Opaque: the only way to ask for this file's thumbnail. */
  token: string;
  name: string;
  /** Unknown when the file could not be read at all (then `problem` says why). */
  kind: MediaKind | null;
  problem: CommandError | null;
}
