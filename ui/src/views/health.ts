// Sync health: when everything was last in step, what waits, what failed and why (with a retry),
// what is left out, deletions held back for a yes, and the diagnostics bundle to send for help.

import type { FolderStatus, Health, HeldAnswer, HeldPlan } from "../backend";
import type { Context } from "../context";
import { h, replace } from "../dom";
import { icon } from "../icons";
import { DIRECTION, FOLDER_STATE, HELD_REASON, MODE } from "../ids";
import { showTakeoutReport } from "./report";

/** How many held deletions are listed by name; the rest are counted. */
const HELD_SHOWN = 20;

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
    // Files still being written wait to go up like the others.
    const uploads = health.pending.uploads + health.pending.settling;
    const pending = uploads + health.pending.downloads + health.pending.other;
    parts.push(
      h(
        "dl",
        { class: "info-list health-summary" },
        h("dt", {}, strings.format("health-last-success")),
        h("dd", { id: "health-last-success" }, health.lastSuccessAt === null ? strings.format("health-never") : format.moment(health.lastSuccessAt)),
        h("dt", {}, strings.format("health-pending")),
        h(
          "dd",
          { id: "health-pending" },
          health.paused
            ? strings.format("tray-status-paused")
            : pending === 0
              ? strings.format("health-nothing-pending")
              : strings.format("sync-pending", { uploads, downloads: health.pending.downloads }),
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
                    next: format.moment(failed.nextTryAt),
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
      if (folder.held === null && folder.notSynced.length === 0 && folder.problem === null) continue;
      troubles = true;
      const section = h(
        "section",
        { class: "health-folder" },
        h("h2", {}, folder.path),
        h("p", { class: "device-meta" }, strings.format(MODE[folder.mode])),
      );
      // In the person's language; the English detail (with the path) shows on hover.
      if (folder.problem !== null) {
        const said = folder.folderState === "ok" ? "folder-state-error" : FOLDER_STATE[folder.folderState];
        section.append(h("p", { class: "form-error", title: folder.problem }, strings.format(said)));
      }
      if (folder.held !== null) section.append(heldView(folder, folder.held));
      if (folder.notSynced.length > 0) {
        section.append(
          h("h3", { class: "settings-heading" }, strings.format("health-not-synced", { count: folder.notSynced.length })),
          h(
            "ul",
            { class: "health-list" },
            ...folder.notSynced.map((left) => {
              const row = h(
                "li",
                { class: "health-item" },
                h(
                  "div",
                  { class: "device-text" },
                  h("h3", { class: "device-name" }, left.path),
                  h("p", { class: "device-meta" }, context.describe({ code: left.code, message: left.message })),
                ),
              );
              // A twin in the cloud (the same name in other case or spelling): one click gives
              // it a name of its own, and the next pass brings it here.
              if (left.code === "name-taken") {
                const rename = h("button", { class: "button", type: "button" }, strings.format("health-rename-twin"));
                rename.addEventListener("click", async () => {
                  rename.disabled = true;
                  try {
                    const renamed = await backend.renameTwin(left.path);
                    context.notify(strings.format("health-renamed-twin", { name: renamed }), "info");
                    await load();
                  } catch (error) {
                    rename.disabled = false;
                    context.notify(context.describe(error), "error");
                  }
                });
                row.append(rename);
              }
              // Only a placeholder of a cloud drive is here: one click brings the file, and
              // sync takes it.
              const keepHere = backend.keepHere?.bind(backend);
              if (left.code === "online-only" && keepHere) {
                const keep = h("button", { class: "button", type: "button" }, strings.format("health-keep-here"));
                keep.addEventListener("click", async () => {
                  keep.disabled = true;
                  try {
                    await keepHere(left.path);
                    context.notify(strings.format("health-kept-here", { name: left.path }), "info");
                    await load();
                  } catch (error) {
                    keep.disabled = false;
                    context.notify(context.describe(error), "error");
                  }
                });
                row.append(keep);
              }
              return row;
            }),
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

  /** What waits for an answer in one folder: why, each deletion, and the two answers. */
  const heldView = (folder: FolderStatus, held: HeldPlan): HTMLElement => {
    const count = held.deletions.length;
    const answer = async (choice: HeldAnswer) => {
      try {
        render(await backend.answerHeld(folder.path, held.fingerprint, choice));
      } catch (error) {
        context.notify(context.describe(error), "error");
        // What was shown is stale: show what waits now.
        await load();
      }
    };
    const remove = h("button", { class: "button button-danger", type: "button", "data-answer": "delete" }, strings.format("health-held-delete"));
    remove.addEventListener("click", async () => {
      const sure = await context.ask({
        title: strings.format("health-apply-title", { count }),
        body: strings.format("health-apply-body"),
        confirm: strings.format("health-held-delete"),
        danger: true,
      });
      if (sure) await answer("delete");
    });
    const restore = h("button", { class: "button", type: "button", "data-answer": "restore" }, icon("restore"), strings.format("health-held-restore"));
    restore.addEventListener("click", () => void answer("restore"));
    const listed = held.deletions.slice(0, HELD_SHOWN).map((deletion) =>
      h(
        "li",
        { class: "health-item" },
        h(
          "div",
          { class: "device-text" },
          h("h3", { class: "device-name" }, deletion.path),
          h("p", { class: "device-meta" }, strings.format(deletion.side === "cloud" ? "health-held-to-cloud" : "health-held-to-trash")),
        ),
      ),
    );
    if (count > HELD_SHOWN) listed.push(h("li", { class: "health-item" }, strings.format("health-held-more", { count: count - HELD_SHOWN })));
    return h(
      "div",
      { class: "health-held", "data-fingerprint": held.fingerprint },
      h("p", {}, strings.format(HELD_REASON[held.reason], { count })),
      listed.length > 0 ? h("ul", { class: "health-list" }, ...listed) : "",
      h("div", { class: "settings-row" }, restore, remove),
    );
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
    await importsGroup(context),
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

/** The reports of earlier Google Takeout imports, each opened on request; nothing when there
 * are none (or in a browser). */
async function importsGroup(context: Context): Promise<HTMLElement | null> {
  const { strings, backend, format } = context;
  const reports = await backend.takeoutReports?.().catch(() => []);
  if (!reports || reports.length === 0) return null;
  return h(
    "section",
    { class: "settings-group", id: "health-imports" },
    h("h2", { class: "settings-heading" }, strings.format("health-imports")),
    h(
      "ul",
      { class: "health-list" },
      ...reports.map((report) => {
        const open = h("button", { class: "button", type: "button" }, strings.format("takeout-show-report"));
        open.addEventListener("click", () => void showTakeoutReport(context, { report: report.name, path: report.path }));
        return h(
          "li",
          { class: "health-item health-import" },
          h(
            "div",
            { class: "device-text" },
            h("h3", { class: "device-name" }, strings.format("health-import", { when: format.moment(report.savedAt) })),
            h("p", { class: "device-meta" }, report.path),
          ),
          open,
        );
      }),
    ),
  );
}
