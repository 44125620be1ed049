// This computer and the other devices linked to the account; any can be unlinked.

import type { Device } from "../backend";
import type { Context } from "../context";
import { h, replace } from "../dom";
import { icon } from "../icons";

export async function devicesView(context: Context): Promise<HTMLElement> {
  const { strings, backend, format } = context;
  const list = h("ul", { class: "device-list" });
  const view = h(
    "section",
    { class: "page" },
    h("h1", { class: "page-title" }, strings.format("devices-title")),
    h("p", { class: "page-lead" }, strings.format("devices-lead")),
    list,
  );
  const load = async () => {
    let devices: Device[];
    try {
      devices = await backend.devices();
    } catch (error) {
      replace(list, h("li", { class: "form-error" }, context.describe(error)));
      return;
    }
    replace(list);
    for (const device of devices) {
      const unlink = h("button", { class: "button button-quiet", type: "button" }, strings.format("devices-unlink"));
      unlink.hidden = device.current;
      unlink.addEventListener("click", async () => {
        const sure = await context.ask({
          title: strings.format("devices-unlink-title", { name: device.name }),
          body: strings.format("devices-unlink-body"),
          confirm: strings.format("devices-unlink"),
          danger: true,
        });
        if (!sure) return;
        try {
          await backend.unlinkDevice(device.id);
          await load();
        } catch (error) {
          context.notify(context.describe(error), "error");
        }
      });
      list.append(
        h(
          "li",
          { class: "device" },
          icon(onPhone(device) ? "devices" : "computer", "device-icon"),
          h(
            "div",
            { class: "device-text" },
            h("h2", { class: "device-name" }, device.name, device.current ? h("span", { class: "tag" }, strings.format(context.backend.desktop ? "devices-this" : "account-browser")) : null),
            h("p", { class: "device-meta" }, strings.format("devices-meta", {
              platform: strings.format("devices-platform", { platform: device.platform }),
              seen: format.moment(device.last_seen_at),
              synced: device.last_sync_at === null ? strings.format("devices-never") : format.moment(device.last_sync_at),
            })),
          ),
          unlink,
        ),
      );
    }
  };
  await load();
  return view;
}

/** A phone or a tablet: its app, or a browser on it ("Safari on iPhone", "Chrome on Android"). */
export function onPhone(device: Device): boolean {
  if (device.platform === "android" || device.platform === "ios") return true;
  return device.platform === "web" && / on (iPhone|iPad|Android)$/.test(device.name);
}
