// Sync health: when everything was last in step, what waits, what failed and why (with a retry),
// what is left out, deletions held back for a yes, and the diagnostics bundle to send for help.

import type { Health } from "../backend";
import type { Context } from "../context";
import { h, replace } from "../dom";
import { icon } from "../icons";
import { DIRECTION, MODE } from "../ids";

const BUNDLE_NAME = "skyfolio-diagnostics.zip";

export async function healthView(context: Context): Promise<HTMLElement> {
  const { strings, backend, format } = context;
  const body = h("div", { class: "health" });
  const diagnostics = h("button", { class: "button", type: "button", id: "health-diagnostics" }, icon("download"), strings.format("health-diagnostics-save"));
  const saved = h("p", { class: "settings-hint", id: "health-diagnostics-saved", role: "status" });
  diagnostics.addEventListener("click", async () => {
    const path = await backend.pickSaveFile(strings.format("health-diagnostics-dialog"), BUNDLE_NAME);
    if (!path) return;
    diagnostics.disabled = true;
    try {
      const report = await backend.saveDiagnostics(path);
      replace(saved, strings.format("health-diagnostics-saved", { path: report.path, size: format.bytes(report.bytes) }));
    } catch (error) {
      context.notify(context.describe(error), "error");
    } finally {
      diagnostics.disabled = false;
    }
  });

  const render = (health: Health) => {
    const parts: HTMLElement[] = [];
    const pending = health.pending.uploads + health.pending.downloads + health.pending.other;
    parts.push(
      h(
        "dl",
        { class: "info-list health-summary" },
        h("dt", {}, strings.format("health-last-success")),
        h("dd", { id: "health-last-success" }, health.last_success_at === null ? strings.format("health-never") : format.moment(health.last_success_at)),
        h("dt", {}, strings.format("health-pending")),
        h(
          "dd",
          { id: "health-pending" },
          health.paused
            ? strings.format("tray-status-paused")
            : pending === 0
              ? strings.format("health-nothing-pending")
              : strings.format("sync-pending", { uploads: health.pending.uploads, downloads: health.pending.downloads }),
        ),
      ),
    );

    if (health.failed.length > 0) {
      const retry = h("button", { class: "button", type: "button", id: "health-retry" }, icon("restore"), strings.format("health-retry"));
      retry.addEventListener("click", async () => {
        retry.disabled = true;
        try {
          const count = await backend.retryFailed();
          context.notify(strings.format("health-retried", { count }));
          await load();
        } catch (error) {
          context.notify(context.describe(error), "error");
          retry.disabled = false;
        }
      });
      parts.push(
        h("div", { class: "page-head" }, h("h2", {}, strings.format("health-failed", { count: health.failed.length })), retry),
        h(
          "ul",
          { class: "health-list", id: "health-failed" },
          ...health.failed.map((failed) =>
            h(
              "li",
              { class: "health-item" },
              icon("warning", "health-icon"),
              h(
                "div",
                { class: "device-text" },
                h("h3", { class: "device-name" }, failed.path),
                h(
                  "p",
                  { class: "device-meta" },
                  strings.format("health-failed-meta", {
                    direction: strings.format(DIRECTION[failed.direction]),
                    reason: context.describe({ code: failed.code, message: failed.message }),
                    attempts: failed.attempts,
                    next: format.moment(failed.next_try_at),
                  }),
                ),
              ),
            ),
          ),
        ),
      );
    }

    let troubles = health.failed.length > 0;
    for (const folder of health.folders) {
      const heldCount = folder.held_deletions;
      const looksEmpty = folder.held.length > 0;
      if (heldCount === 0 && !looksEmpty && folder.not_synced.length === 0 && folder.problem === null) continue;
      troubles = true;
      const section = h(
        "section",
        { class: "health-folder" },
        h("h2", {}, folder.path),
        h("p", { class: "device-meta" }, strings.format(MODE[folder.mode])),
      );
      if (folder.problem !== null) section.append(h("p", { class: "form-error" }, folder.problem));
      if (heldCount > 0 || looksEmpty) {
        const apply = h("button", { class: "button button-danger", type: "button" }, strings.format("health-apply-deletions"));
        apply.addEventListener("click", async () => {
          const sure = await context.ask({
            title: heldCount > 0 ? strings.format("health-apply-title", { count: heldCount }) : strings.format("health-apply-empty-title"),
            body: strings.format("health-apply-body"),
            confirm: strings.format("health-apply-deletions"),
            danger: true,
          });
          if (!sure) return;
          try {
            render(await backend.applyDeletions());
          } catch (error) {
            context.notify(context.describe(error), "error");
          }
        });
        section.append(
          h(
            "div",
            { class: "health-held" },
            h("p", {}, looksEmpty ? strings.format("health-held-empty") : strings.format("health-held", { count: heldCount })),
            apply,
          ),
        );
      }
      if (folder.not_synced.length > 0) {
        section.append(
          h("h3", { class: "settings-heading" }, strings.format("health-not-synced", { count: folder.not_synced.length })),
          h(
            "ul",
            { class: "health-list" },
            ...folder.not_synced.map((left) =>
              h(
                "li",
                { class: "health-item" },
                h(
                  "div",
                  { class: "device-text" },
                  h("h3", { class: "device-name" }, left.path),
                  h("p", { class: "device-meta" }, context.describe({ code: left.code, message: left.message })),
                ),
              ),
            ),
          ),
        );
      }
      parts.push(section);
    }
    if (!troubles) {
      parts.push(h("p", { class: "health-ok", id: "health-ok" }, icon("check", "health-icon"), strings.format("health-all-good")));
    }
    replace(body, ...parts);
  };

  const load = async () => {
    try {
      render(await backend.health());
    } catch (error) {
      replace(body, h("p", { class: "form-error" }, context.describe(error)));
    }
  };
  await load();
  return h(
    "section",
    { class: "page" },
    h("h1", { class: "page-title" }, strings.format("health-title")),
    h("p", { class: "page-lead" }, strings.format("health-lead")),
    body,
    h(
      "section",
      { class: "settings-group" },
      h("h2", { class: "settings-heading" }, strings.format("health-diagnostics")),
      h("p", { class: "settings-hint" }, strings.format("health-diagnostics-hint")),
      h("div", { class: "settings-row" }, diagnostics),
      saved,
    ),
  );
}
