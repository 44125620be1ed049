// What became of everything a Google Takeout held, in the app: a tile per outcome (imported,
// already here, failed, JSON whose photo is missing, files that are not photos), each a filter
// for the table below it, which names every item, where it went and why. The whole report is
// saved as CSV beside it.

import type { ReportRow, RowOutcome, TakeoutReport, TakeoutStarted } from "../backend";
import type { Context } from "../context";
import { h, replace } from "../dom";
import { REPORT_COLUMNS, REPORT_GROUP, ROW_OUTCOME, TAKEOUT_REASON } from "../ids";

/** The tiles, each a group of outcomes. */
const GROUPS = {
  failed: ["failed"],
  "not-imported": ["not-imported"],
  imported: ["imported"],
  already: ["already-present"],
  skipped: ["ignored", "refused", "problem"],
  all: ["imported", "already-present", "failed", "not-imported", "ignored", "refused", "problem"],
} satisfies Record<keyof typeof REPORT_GROUP, RowOutcome[]>;
type Group = keyof typeof GROUPS;

/** Rows shown at once; more on request. */
const PAGE = 200;

/** Reads an ended import's report and shows it. */
export async function showTakeoutReport(context: Context, started: Pick<TakeoutStarted, "report" | "path">): Promise<void> {
  const { backend } = context;
  if (!backend.takeoutReport) return;
  let report: TakeoutReport;
  try {
    report = await backend.takeoutReport(started.report);
  } catch (error) {
    context.notify(context.describe(error), "error");
    return;
  }
  await context.show({
    title: context.strings.format("takeout-report-title"),
    body: reportBody(context, report, started.path),
    wide: true,
  });
}

export function reportBody(context: Context, report: TakeoutReport, savedAt: string): HTMLElement {
  const { strings, format } = context;
  const rows = (group: Group) => report.rows.filter((row) => (GROUPS[group] as RowOutcome[]).includes(row.outcome));
  const table = h("div", { class: "report-table-wrap" });
  const tiles = h("div", { class: "report-tiles", role: "group", "aria-label": strings.format("takeout-report-title") });
  const show = (group: Group) => {
    for (const tile of tiles.querySelectorAll<HTMLElement>(".report-tile")) {
      tile.setAttribute("aria-pressed", tile.dataset.group === group ? "true" : "false");
    }
    fill(context, table, rows(group));
  };
  const tone: Partial<Record<Group, string>> = { failed: "bad", "not-imported": "warn", imported: "good" };
  for (const group of Object.keys(GROUPS) as Group[]) {
    const count = rows(group).length;
    // A tile with nothing in it is shown only for the good news and for everything.
    if (count === 0 && group !== "imported" && group !== "all") continue;
    const tile = h(
      "button",
      { class: `report-tile report-tile-${tone[group] ?? "plain"}`, type: "button", "data-group": group, "aria-pressed": "false" },
      h("span", { class: "report-tile-count" }, format.number(count)),
      h("span", { class: "report-tile-label" }, strings.format(REPORT_GROUP[group])),
    );
    tile.addEventListener("click", () => show(group));
    tiles.append(tile);
  }
  const { counts } = report;
  const unreadable = report.sources.filter((s) => s.error);
  const body = h(
    "div",
    { class: "report" },
    tiles,
    h("p", { class: "report-marks" }, strings.format("takeout-report-marks", { favorites: counts.favorites, archived: counts.archived, trashed: counts.trashed })),
    ...unreadable.map((source) =>
      h("p", { class: "form-error" }, strings.format("takeout-review-unreadable", { path: source.path, reason: strings.error(source.error!.code) })),
    ),
    table,
    h("p", { class: "settings-hint report-saved" }, strings.format("takeout-report-saved", { path: savedAt })),
  );
  show(counts.failed > 0 ? "failed" : counts.sidecarsWithoutMedia > 0 ? "not-imported" : "all");
  return body;
}

/** The table of `rows`, a page at a time. */
function fill(context: Context, wrap: HTMLElement, rows: ReportRow[]): void {
  const { strings } = context;
  if (rows.length === 0) {
    replace(wrap, h("p", { class: "page-lead" }, strings.format("takeout-report-empty")));
    return;
  }
  const head = h(
    "tr",
    {},
    ...REPORT_COLUMNS.map((column) => h("th", { scope: "col" }, strings.format(column))),
  );
  const tbody = h("tbody");
  const more = h("button", { class: "button report-more", type: "button" });
  let shown = 0;
  const page = () => {
    const next = rows.slice(shown, shown + PAGE);
    tbody.append(...next.map((row) => line(context, row)));
    shown += next.length;
    more.hidden = shown >= rows.length;
    replace(more, strings.format("takeout-report-more", { count: Math.min(PAGE, rows.length - shown) }));
  };
  more.addEventListener("click", page);
  replace(wrap, h("table", { class: "report-table" }, h("thead", {}, head), tbody), more);
  page();
}

function line(context: Context, row: ReportRow): HTMLElement {
  const { strings } = context;
  const outcome = strings.format(ROW_OUTCOME[row.outcome]) + (row.earlier ? ` · ${strings.format("takeout-earlier")}` : "");
  const where = row.cloudPath ?? row.presentAt ?? "";
  const known = row.reason ? TAKEOUT_REASON[row.reason] : undefined;
  const reason = known ? strings.format(known) : row.reason ? strings.error(row.reason) : "";
  const entry = row.entry ? `${row.source ?? ""}: ${row.entry}` : "";
  return h(
    "tr",
    { "data-outcome": row.outcome },
    h("td", { class: "report-name", title: entry }, row.name),
    h("td", {}, h("span", { class: `report-outcome report-outcome-${row.outcome}` }, outcome)),
    h("td", { class: "report-where" }, where),
    h(
      "td",
      { class: "report-why" },
      reason,
      row.url && row.outcome === "not-imported" ? h("span", { class: "report-url" }, row.url) : null,
    ),
  );
}
