// Free up space on this computer: from a backup (upload-only) folder, the photos and videos the
// cloud confirms it holds go to the OS trash, chosen by age or size. They stay in the timeline
// as cloud items and download when opened; the folder, sending only, never brings them back.

import type { DeviceSpace, FreeChoice } from "../backend";
import type { Context } from "../context";
import { h, replace } from "../dom";

/** The ages offered, in months (0: any age). */
const AGES = [0, 1, 3, 12, 24];
/** The sizes offered, in bytes (0: any size). */
const SIZES = [0, 1_000_000, 10_000_000, 100_000_000];

const DAYS_PER_MONTH = 30;

/** Asks which files may go, shows how many the cloud confirms, and removes them if the person
 * agrees. Answers whether anything was removed. */
export async function freeFolderSpace(context: Context, path: string): Promise<boolean> {
  const { backend, strings, format } = context;
  if (!backend.folderSpace || !backend.freeFolder) return false;
  const folderSpace = backend.folderSpace.bind(backend);
  const select = (id: string, label: string, options: [number, string][]) => {
    const element = h("select", { class: "field-input", id });
    for (const [value, text] of options) element.append(h("option", { value: String(value) }, text));
    return { element, field: h("label", { class: "field", for: id }, h("span", { class: "field-label" }, label), element) };
  };
  const age = select(
    "free-age",
    strings.format("free-age"),
    AGES.map((months) => [months, months === 0 ? strings.format("free-age-any") : strings.format("free-age-months", { months })]),
  );
  const size = select(
    "free-size",
    strings.format("free-size"),
    SIZES.map((bytes) => [bytes, bytes === 0 ? strings.format("free-size-any") : strings.format("free-size-over", { size: format.bytes(bytes) })]),
  );
  // Older than a year by default: recent photos are the ones people open.
  age.element.value = "12";
  const found = h("p", { class: "dialog-body free-found", role: "status" });
  const confirm = h("button", { class: "button button-danger", type: "button", disabled: true }, strings.format("free-confirm-none"));
  const choice = (): FreeChoice => {
    const months = Number(age.element.value);
    const bytes = Number(size.element.value);
    return { olderThanDays: months > 0 ? months * DAYS_PER_MONTH : null, largerThan: bytes > 0 ? bytes : null };
  };
  // Each change asks the cloud again; only the latest answer is shown.
  let asked = 0;
  let chosen: FreeChoice = choice();
  const count = async () => {
    const mine = ++asked;
    chosen = choice();
    confirm.disabled = true;
    replace(found, strings.format("free-counting"));
    let space: DeviceSpace;
    try {
      space = await folderSpace(path, chosen);
    } catch (error) {
      if (mine === asked) replace(found, context.describe(error));
      return;
    }
    if (mine !== asked) return;
    replace(
      found,
      space.files === 0
        ? strings.format("free-nothing")
        : strings.format("free-found", { count: space.files, size: format.bytes(space.bytes) }),
    );
    replace(confirm, strings.format(space.files === 0 ? "free-confirm-none" : "card-free-confirm", { count: space.files }));
    confirm.disabled = space.files === 0;
  };
  age.element.addEventListener("change", () => void count());
  size.element.addEventListener("change", () => void count());
  void count();
  const body = h(
    "div",
    { class: "free-space" },
    h("p", { class: "dialog-body" }, strings.format("free-lead")),
    h("div", { class: "free-choices" }, age.field, size.field),
    found,
  );
  const yes = await context.show({ title: strings.format("free-title", { path }), body, confirm, danger: true });
  if (!yes) return false;
  try {
    const freed = await backend.freeFolder(path, chosen);
    context.notify(
      strings.format("card-freed", { count: freed.files, size: format.bytes(freed.bytes), kept: freed.kept.length }),
      freed.kept.length > 0 ? "error" : "info",
    );
    return freed.files > 0;
  } catch (error) {
    context.notify(context.describe(error), "error");
    return false;
  }
}
