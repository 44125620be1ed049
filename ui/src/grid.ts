// The grid of square thumbnail tiles.

import type { Backend, CommandError, GridItem } from "./backend";
import type { Strings } from "./i18n";
import { icon } from "./icons";

/** Builds the grid for `items`. Thumbnails load lazily as tiles scroll into view. */
export function renderGrid(items: readonly GridItem[], backend: Backend, strings: Strings): HTMLElement {
  const grid = document.createElement("ul");
  grid.className = "grid";
  grid.setAttribute("aria-label", strings.format("grid-label"));
  for (const item of items) {
    grid.append(renderTile(item, backend, strings));
  }
  grid.addEventListener("keydown", (event) => moveFocus(grid, event));
  return grid;
}

export function renderTile(item: GridItem, backend: Backend, strings: Strings): HTMLLIElement {
  const tile = document.createElement("li");
  tile.className = "tile";
  tile.tabIndex = 0;
  tile.dataset.token = item.token;
  tile.title = item.name;
  if (item.problem) {
    showProblem(tile, item, item.problem, strings);
    return tile;
  }
  if (item.kind) {
    tile.dataset.kind = item.kind;
  }

  const img = document.createElement("img");
  img.alt = item.name;
  img.loading = "lazy";
  img.decoding = "async";
  img.draggable = false;
  img.addEventListener("load", () => tile.classList.add("is-loaded"), { once: true });
  img.addEventListener(
    "error",
    () => {
      void backend.thumbnailProblem(item.token).then((problem) => showProblem(tile, item, problem, strings));
    },
    { once: true },
  );
  img.src = backend.thumbnailUrl(item.token);
  tile.append(img);

  if (item.kind === "video") {
    const badge = document.createElement("span");
    badge.className = "badge";
    badge.append(icon("film"));
    const label = document.createElement("span");
    label.className = "visually-hidden";
    label.textContent = strings.format("grid-video");
    badge.append(label);
    tile.append(badge);
  }
  return tile;
}

/** Turns a tile into an error tile that says which file and why. */
function showProblem(tile: HTMLLIElement, item: GridItem, problem: CommandError, strings: Strings): void {
  const reason = strings.error(problem.code);
  tile.classList.add("is-failed");
  tile.dataset.error = problem.code;
  tile.title = strings.format("grid-failed", { name: item.name, reason });
  const body = document.createElement("div");
  body.className = "tile-problem";
  const name = document.createElement("span");
  name.className = "tile-name";
  name.textContent = item.name;
  const why = document.createElement("span");
  why.className = "tile-reason";
  why.textContent = reason;
  body.append(icon("warning"), name, why);
  tile.replaceChildren(body);
}

/** Arrow keys, Home and End move between tiles, row by row as the grid lays them out. */
function moveFocus(grid: HTMLElement, event: KeyboardEvent): void {
  const tiles = Array.from(grid.children) as HTMLElement[];
  const current = tiles.indexOf(document.activeElement as HTMLElement);
  if (current < 0) {
    return;
  }
  const columns = columnCount(tiles);
  const target = {
    ArrowLeft: current - 1,
    ArrowRight: current + 1,
    ArrowUp: current - columns,
    ArrowDown: current + columns,
    Home: 0,
    End: tiles.length - 1,
  }[event.key];
  if (target === undefined) {
    return;
  }
  event.preventDefault();
  tiles[Math.max(0, Math.min(tiles.length - 1, target))]?.focus();
}

/** How many tiles share the first row. */
function columnCount(tiles: readonly HTMLElement[]): number {
  const top = tiles[0]?.offsetTop ?? 0;
  const inFirstRow = tiles.findIndex((tile) => tile.offsetTop !== top);
  return inFirstRow > 0 ? inFirstRow : Math.max(1, tiles.length);
}
