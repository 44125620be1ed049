#!/usr/bin/env python3
"""The crate graph stays as ARCHITECTURE.md draws it (run by `make lint`).

- The shells (the desktop app, the `skyfolio` command) depend on the core, the strings and the
  media crate only: every rule lives in `skyfolio-core`, and a shell that reaches around it to
  the library, sync, the wire types or the server fails here.
- No shell names `skyfolio_core::testing`, the door tests and benchmarks use beneath the core.
- Nothing that ships depends on the benchmarks; the server's HTTP client is for its tests only.
"""

import json
import pathlib
import subprocess
import sys

SHELLS = {"skyfolio-desktop", "skyfolio-cli"}
SHELL_MAY_USE = {"skyfolio-core", "skyfolio-i18n", "skyfolio-media"}
SHIPPED = SHELLS | {"skyfolio-server"}


def main() -> int:
    root = pathlib.Path(__file__).resolve().parent.parent
    metadata = json.loads(
        subprocess.check_output(
            ["cargo", "metadata", "--no-deps", "--format-version", "1", "--locked"], cwd=root
        )
    )
    ours = {package["name"] for package in metadata["packages"]}
    problems = []
    for package in metadata["packages"]:
        name = package["name"]
        # Normal dependencies only: tests may start a real server or open the library.
        normal = {d["name"] for d in package["dependencies"] if d["kind"] is None}
        if name in SHELLS:
            for reached in sorted((normal & ours) - SHELL_MAY_USE):
                problems.append(f"{name} depends on {reached}: a shell goes through skyfolio-core")
            source = pathlib.Path(package["manifest_path"]).parent
            for path in sorted(source.glob("src/**/*.rs")):
                if "skyfolio_core::testing" in path.read_text(encoding="utf-8"):
                    problems.append(f"{path.relative_to(root)} uses skyfolio_core::testing")
        if name in SHIPPED and "skyfolio-bench" in normal:
            problems.append(f"{name} depends on the benchmarks")
        if name == "skyfolio-server" and "reqwest" in normal:
            problems.append("skyfolio-server depends on reqwest outside its tests")
    for problem in problems:
        print(f"check-boundaries: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
