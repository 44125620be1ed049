// The shapes the desktop shell sends and takes. Everything the shell answers is generated from
// its Rust types (generated.ts, by the shell's test `the_ui_types_commands_and_events_are_the_rust_ones`), and so is the map of its commands and events; only
// what the window itself reports is declared here. test/contract.test.ts checks sample answers
// of every command against these types.

export type * from "./generated";
import type { Problem, TimelineItem } from "./generated";

/** How every failure reaches the page: a code of the registry and an English detail (the
 * core's `Problem`). */
export type CommandError = Problem;

export type MediaKind = TimelineItem["kind"];

/** What the window reports while files are dragged over it: the desktop gives the dropped
 * files' paths, a browser the files themselves. */
export type DragDrop =
  | { type: "over" }
  | { type: "drop"; paths: string[]; files?: File[] }
  | { type: "leave" };
