#!/usr/bin/env python3
"""Build Ochiq's bundled classifier files in assets/classifiers/ from the shared reference data.

    python3 scripts/build_classifiers.py [--reference DIR] [--out DIR]

A developer tool: neither CI nor the app runs it. The app embeds the files it writes
(`include_str!` in src/core/classifier/bundled.rs), so run it only when the reference data
changes, then commit the regenerated .tsv files together with any README change.

Inputs (default: ../shared/reference next to the project root):
  soato/soato.csv              SOATO (MHOBT), 3,298 units, April 2021 plus Ko'kdala
  egov-samples/sphere_list.json  the 19 topic spheres of data.egov.uz

Outputs, UTF-8, LF line ends, one header line, tab-separated, no quoting:
  soato.tsv    code  level  parent  is_group  uz-Latn  uz-Cyrl  ru  en
  spheres.tsv  the same columns (level "sphere", no parent, is_group 0)

Corrections made on the way (each is counted and printed, and listed in the README):
  - values are trimmed (a few SOATO names end with a space);
  - in Uzbek Latin names every apostrophe becomes the official letter form: ʻ (U+02BB) in oʻ and
    gʻ, ʼ (U+02BC, tutuq belgisi) elsewhere; other scripts keep ASCII apostrophes
    in the source, so one entry does not spell O' differently from the other 3,000;
  - homoglyphs: Cyrillic letters inside Latin-script names (Kenеgеs, Sarаyko'l) become the
    Latin letters they look like, and Latin letters inside Cyrillic-script names (the spheres'
    "AKT") become Cyrillic;
  - the Uzbek Cyrillic name of Ko'kdala tumani (1710240), empty in the source, is filled with
    its standard spelling "Кўкдала тумани".
The script refuses input with tabs or line breaks inside values, unknown levels, duplicate
codes, or parents that are missing or are not a prefix of the child's code.
"""

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference"
DEFAULT_OUT = ROOT / "assets" / "classifiers"

HEADER = ["code", "level", "parent", "is_group", "uz-Latn", "uz-Cyrl", "ru", "en"]
SOATO_LEVELS = ["country", "region", "district", "settlement"]
SOATO_COUNT = 3298
SPHERE_COUNT = 19

# Names the source leaves empty and that have one standard spelling.
FILL = {("1710240", "uz-Cyrl"): "Кўкдала тумани"}

# Lookalike letters, in both directions.
CYR_TO_LAT = dict(zip("аеорсхуАВЕКМНОРСТХУ", "aeopcxyABEKMHOPCTXY"))
LAT_TO_CYR = {v: k for k, v in CYR_TO_LAT.items()}
CYRILLIC = re.compile("[\u0400-\u04ff]")
LATIN = re.compile("[A-Za-z]")


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, what):
        self.counts[what] = self.counts.get(what, 0) + 1

    def report(self, name):
        for what, n in sorted(self.counts.items()):
            print(f"  {name}: {what}: {n}")


def clean(value, script, fixes):
    """Trims, unifies apostrophes and replaces homoglyphs for a value in `script`."""
    out = value.strip()
    if out != value:
        fixes.add("trimmed")
    unified = out.replace("\u2018", "'").replace("\u2019", "'")
    if script == "latn":
        # Oʻzbekiston, Gʻijduvon with U+02BB; maʼmuriy with U+02BC, as the 1995 alphabet writes them.
        unified = re.sub(r"([OoGg])['`\u02bc]", "\\1\u02bb", unified)
        unified = re.sub(r"(?<=\w)['`]", "\u02bc", unified)
    if unified != out:
        fixes.add("apostrophe unified")
    out = unified
    if script == "latn" and CYRILLIC.search(out):
        fixed = "".join(CYR_TO_LAT.get(ch, ch) for ch in out)
        if CYRILLIC.search(fixed):
            sys.exit(f"Cyrillic letter without a Latin lookalike in {value!r}")
        fixes.add("Cyrillic homoglyph in a Latin name")
        out = fixed
    if script == "cyrl" and LATIN.search(out):
        fixed = "".join(LAT_TO_CYR.get(ch, ch) for ch in out)
        if LATIN.search(fixed):
            sys.exit(f"Latin letter without a Cyrillic lookalike in {value!r}")
        fixes.add("Latin homoglyph in a Cyrillic name")
        out = fixed
    if "\t" in out or "\n" in out or "\r" in out:
        sys.exit(f"tab or line break inside {value!r}")
    return out


def write_tsv(path, rows):
    lines = ["\t".join(HEADER)] + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    print(f"wrote {path} ({len(rows)} rows, {path.stat().st_size} bytes)")


def build_soato(src, out):
    fixes = Counter()
    rows = []
    seen = {}
    with open(src, encoding="utf-8", newline="") as f:
        for record in csv.DictReader(f):
            code = record["code"].strip()
            level = record["level"].strip()
            parent = record["parent_code"].strip()
            group = record["is_group"].strip()
            if not code.isdigit():
                sys.exit(f"bad code {code!r}")
            if code in seen:
                sys.exit(f"duplicate code {code}")
            if level not in SOATO_LEVELS:
                sys.exit(f"{code}: unknown level {level!r}")
            if group not in ("0", "1"):
                sys.exit(f"{code}: is_group is {group!r}")
            if parent and (parent not in seen or not code.startswith(parent)):
                sys.exit(f"{code}: parent {parent} is missing, later, or not a prefix")
            names = {
                "uz-Latn": clean(record["name_uz_latn"], "latn", fixes),
                "uz-Cyrl": clean(record["name_uz_cyrl"], "cyrl", fixes),
                "ru": clean(record["name_ru"], "cyrl", fixes),
                "en": clean(record["name_en"], "latn", fixes),
            }
            for (fill_code, lang), text in FILL.items():
                if code == fill_code and not names[lang]:
                    names[lang] = text
                    fixes.add("empty name filled")
            seen[code] = level
            rows.append([code, level, parent, group] + [names[k] for k in HEADER[4:]])
    if len(rows) != SOATO_COUNT:
        sys.exit(f"expected {SOATO_COUNT} SOATO rows, read {len(rows)}")
    write_tsv(out / "soato.tsv", rows)
    fixes.report("soato")


def build_spheres(src, out):
    fixes = Counter()
    data = json.loads(Path(src).read_text(encoding="utf-8"))
    rows = []
    for sphere in data["result"]:
        code = sphere["guidId"].strip()
        if not re.fullmatch("[0-9a-f]{24}", code):
            sys.exit(f"bad sphere id {code!r}")
        title = sphere["title"]
        rows.append(
            [code, "sphere", "", "0"]
            + [
                clean(title["uzbText"] or "", "latn", fixes),
                clean(title["uzbKrText"] or "", "cyrl", fixes),
                clean(title["rusText"] or "", "cyrl", fixes),
                clean(title["engText"] or "", "latn", fixes),
            ]
        )
    if len(rows) != SPHERE_COUNT or len({r[0] for r in rows}) != len(rows):
        sys.exit(f"expected {SPHERE_COUNT} distinct spheres, read {len(rows)}")
    write_tsv(out / "spheres.tsv", rows)
    fixes.report("spheres")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    build_soato(args.reference / "soato" / "soato.csv", args.out)
    build_spheres(args.reference / "egov-samples" / "sphere_list.json", args.out)


if __name__ == "__main__":
    main()
