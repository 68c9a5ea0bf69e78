#!/usr/bin/env python3
"""Compare Ochiq's structural findings with frictionless-py's on every CSV under a folder.

    scripts/frictionless_parity.py DIR [--ochiq PATH] [--python-api]

For each *.csv under DIR (recursively) it runs `ochiq validate FILE --json` with no schema
(on a copy of the file in a scratch folder, so a datapackage.json next to it is not used)
and `frictionless.validate(FILE)` with its default options, and compares the counts of the
five structural codes: blank-label, duplicate-label, blank-row, extra-cell, missing-cell.
It prints one line per file whose counts differ, the files skipped (not CSV text: neither
tool can read them as a table) and the number of files in parity.

Needs frictionless installed in the Python running it (e.g. /work/pyenv/bin/python).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CODES = ["blank-label", "duplicate-label", "blank-row", "extra-cell", "missing-cell"]
# Label errors against a schema: frictionless never reports them for a schema it inferred from
# the file itself, so Ochiq must not either.
CODES += ["incorrect-label", "missing-label", "extra-label"]
# Cell errors, shown beside the table but not part of parity: Ochiq infers over the whole file
# and knows local number and date forms, so its types may differ on purpose.
CELL_CODES = ["type-error", "constraint-error"]
# frictionless's errors that mean the file could not be read as a table at all.
UNREADABLE = {
    "source-error",
    "scheme-error",
    "format-error",
    "encoding-error",
    "io-error",
    "resource-error",
    "package-error",
}


def frictionless_counts(path):
    import frictionless

    # By the file's own name from its folder: frictionless refuses absolute paths by default.
    here = os.getcwd()
    os.chdir(path.parent)
    try:
        report = frictionless.validate(path.name)
    finally:
        os.chdir(here)
    counts = {c: 0 for c in CODES + CELL_CODES}
    fatal = [e.type for e in report.errors]
    for task in report.tasks:
        for error in task.errors:
            if error.type in counts:
                counts[error.type] += 1
            elif error.type in UNREADABLE:
                fatal.append(error.type)
    limited = any("limit" in str(w).lower() for t in report.tasks for w in t.warnings)
    return counts, fatal, limited


def ochiq_counts(ochiq, path, scratch):
    copy = Path(scratch) / path.name
    shutil.copyfile(path, copy)
    try:
        done = subprocess.run(
            [ochiq, "validate", str(copy), "--json"],
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        copy.unlink()
    if done.returncode == 2 or not done.stdout.strip():
        return None, done.stderr.strip().splitlines()[:1]
    report = json.loads(done.stdout)
    counts = report.get("error_counts", {})
    return {c: int(counts.get(c, 0)) for c in CODES + CELL_CODES}, []


def default_ochiq():
    root = Path(__file__).resolve().parent.parent
    for profile in ("release", "debug"):
        exe = root / "target" / profile / "ochiq"
        if exe.exists():
            return str(exe)
    return shutil.which("ochiq") or "ochiq"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--ochiq", default=os.environ.get("OCHIQ") or default_ochiq())
    args = parser.parse_args()
    files = sorted(p for p in args.dir.rglob("*.csv") if p.is_file())
    same, differ, skipped, typed = 0, [], [], []
    with tempfile.TemporaryDirectory() as scratch:
        for path in files:
            name = str(path.relative_to(args.dir))
            theirs, fatal, limited = frictionless_counts(path)
            ours, problem = ochiq_counts(args.ochiq, path, scratch)
            if fatal:
                skipped.append((name, "frictionless: " + ", ".join(sorted(set(fatal)))))
                continue
            if ours is None:
                skipped.append((name, "ochiq: " + " ".join(problem)))
                continue
            if any(ours[c] != theirs[c] for c in CELL_CODES):
                typed.append((name, ours, theirs))
            if all(ours[c] == theirs[c] for c in CODES):
                same += 1
            else:
                note = " (frictionless stopped at its error limit)" if limited else ""
                differ.append((name, ours, theirs, note))
    short = {c: "".join(w[0] for w in c.split("-")) for c in CODES + CELL_CODES}
    if differ:
        print("files whose counts differ (ochiq/frictionless):")
        print("  " + "  ".join(f"{short[c]}={c}" for c in CODES))
        for name, ours, theirs, note in differ:
            cells = [
                f"{short[c]} {ours[c]}/{theirs[c]}" for c in CODES if ours[c] != theirs[c]
            ]
            print(f"  {name}: " + ", ".join(cells) + note)
    if typed:
        print("type and constraint errors (not part of parity; ochiq/frictionless):")
        for name, ours, theirs in typed:
            shown = [f"{short[c]} {ours[c]}/{theirs[c]}" for c in CELL_CODES]
            print(f"  {name}: " + ", ".join(shown))
    if skipped:
        print("skipped (not read as a table):")
        for name, why in skipped:
            print(f"  {name}: {why}")
    compared = same + len(differ)
    print(f"parity: {same} of {compared} files ({len(skipped)} skipped, {len(files)} found)")
    return 0 if not differ else 1


if __name__ == "__main__":
    sys.exit(main())
