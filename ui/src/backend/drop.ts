// Files dragged onto the page in a browser: `over` while they hover, `leave`, and `drop` with
// the files themselves, the files inside a dropped folder included (with their path inside it).

import type { DragDrop } from "./types";

type Entry = FileSystemEntry;

/** Every file under a dropped entry, each named by its path from the dropped folder. */
async function filesOf(entry: Entry, base: string): Promise<File[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    if (base === "") return [file];
    return [new File([file], `${base}${file.name}`, { type: file.type, lastModified: file.lastModified })];
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: Entry[] = [];
  // A reader answers in batches until it answers none.
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  const nested = await Promise.all(children.map((child) => filesOf(child, `${base}${entry.name}/`)));
  return nested.flat();
}

/** What was dropped: files as they are, folders walked. */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items]
    .filter((item) => item.kind === "file")
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((entry) => entry === null)) return [...data.files];
  const all = await Promise.all(entries.map((entry) => filesOf(entry as Entry, "").catch(() => [] as File[])));
  return all.flat();
}

/** Listens for files dragged onto `target`; answers how to stop. */
export function listenForDrops(target: Document, handler: (event: DragDrop) => void): () => void {
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  const over = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    handler({ type: "over" });
  };
  const leave = (event: DragEvent) => {
    // Only leaving the window counts, not moving from one element to the next.
    if (event.relatedTarget === null) handler({ type: "leave" });
  };
  const drop = (event: DragEvent) => {
    if (!carriesFiles(event) || !event.dataTransfer) return;
    event.preventDefault();
    void droppedFiles(event.dataTransfer).then((files) => handler({ type: "drop", paths: [], files }));
  };
  target.addEventListener("dragover", over);
  target.addEventListener("dragleave", leave);
  target.addEventListener("drop", drop);
  return () => {
    target.removeEventListener("dragover", over);
    target.removeEventListener("dragleave", leave);
    target.removeEventListener("drop", drop);
  };
}
