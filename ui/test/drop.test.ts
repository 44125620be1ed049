// Files dropped on the page in a browser reach the app as files.

import { describe, expect, it } from "vitest";

import type { DragDrop } from "../src/backend";
import { listenForDrops } from "../src/backend/drop";

/** A drag event carrying `files`, as a browser fires it. */
function dragEvent(type: string, files: File[]): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  const data = { types: ["Files"], files, items: files.map((file) => ({ kind: "file", getAsFile: () => file })), dropEffect: "none" };
  Object.defineProperty(event, "dataTransfer", { value: data });
  Object.defineProperty(event, "relatedTarget", { value: null });
  return event;
}

describe("dropping files on the page", () => {
  it("says over, then gives the dropped files, and stops when told", async () => {
    const heard: DragDrop[] = [];
    const stop = listenForDrops(document, (event) => heard.push(event));
    const photo = new File(["abc"], "IMG_1.jpg", { type: "image/jpeg" });
    const over = dragEvent("dragover", [photo]);
    document.body.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    const drop = dragEvent("drop", [photo]);
    document.body.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toEqual([{ type: "over" }, { type: "drop", paths: [], files: [photo] }]);
    stop();
    document.body.dispatchEvent(dragEvent("drop", [photo]));
    expect(heard).toHaveLength(2);
  });
});
