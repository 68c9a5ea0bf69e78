#!/usr/bin/env python3
"""Generate Ochiq's bundled demo datasets into assets/demo/.

    python3 scripts/make_demo.py [--soato PATH] [--out DIR]

The demo workspace trainers and developers open in the app: fourteen described
datasets under datasets/<code>/ (datapackage.json and data; 1-104-0012's
package is written by hand), four loose files in odd encodings and layouts,
the approved list (inventory.json), the history seeded into the workspace's
database on first unpack (history.json) with the packages its publishes left
in the folder target (published/), and README.md listing every seeded defect. The numbers are invented; the territorial codes and names are real
SOATO entries read from the shared classifier CSV (default:
../shared/reference/soato/soato.csv next to the project root).

The output is deterministic: every generator has its own seeded random.Random,
and the .xlsx is re-zipped with fixed timestamps, so running the script twice
gives byte-identical files. Defects are seeded on purpose and are listed in
the generated README.md (with their line/row numbers).

Needs Python 3.8+ and openpyxl (pip install openpyxl). After writing, the
script decodes every file with its stated encoding and prints the first lines.
"""

import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import random
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "assets" / "demo"
DEFAULT_SOATO = ROOT.parent / "shared" / "reference" / "soato" / "soato.csv"
SEED = "ochiq-demo-2026"
MAX_BYTES = 100 * 1024
MAX_TOTAL = 1024 * 1024  # the demo is embedded in the binary

# Okina (U+02BB) for oʻ/gʻ, modifier apostrophe (U+02BC) for the tutuq belgisi.
OKINA = "\u02bb"
TUTUQ = "\u02bc"

# stat.uz presentation order: Karakalpakstan first, Tashkent city last.
STAT_ORDER = ["1735", "1703", "1706", "1708", "1710", "1712", "1714", "1718",
              "1722", "1724", "1727", "1730", "1733", "1726"]

# Approximate centre of each region (lat, lon, jitter in degrees), for
# synthetic facility coordinates.
REGION_CENTRE = {
    "1703": (40.78, 72.34, 0.18), "1706": (39.90, 64.30, 0.35),
    "1708": (40.20, 67.80, 0.30), "1710": (38.85, 65.90, 0.40),
    "1712": (40.30, 65.30, 0.45), "1714": (41.00, 71.55, 0.20),
    "1718": (39.65, 66.80, 0.30), "1722": (37.90, 67.50, 0.35),
    "1724": (40.45, 68.70, 0.20), "1726": (41.31, 69.27, 0.05),
    "1727": (41.10, 69.60, 0.30), "1730": (40.40, 71.50, 0.25),
    "1733": (41.45, 60.70, 0.20), "1735": (42.60, 59.50, 0.60),
}


def rng_for(name):
    return random.Random(f"{SEED}/{name}")


def uz_latn(name):
    """SOATO spelling with ASCII apostrophes -> Uzbek Latin with ʻ and ʼ."""
    name = re.sub(r"([OoGg])['‘’`ʼ]", lambda m: m.group(1) + OKINA, name)
    return re.sub(r"['‘’`]", TUTUQ, name)


def money(tiyin):
    """12530050 -> '125 300,50' (space thousands, decimal comma)."""
    som, frac = divmod(tiyin, 100)
    return f"{som:,}".replace(",", " ") + f",{frac:02d}"


def dec1(tenths):
    """37512 -> '3751,2'."""
    return f"{tenths // 10},{tenths % 10}"


def quoted(value):
    return json.dumps(value, ensure_ascii=False)


def rand_date(rng, start, end):
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


# --------------------------------------------------------------------------
# SOATO
# --------------------------------------------------------------------------

class Soato:
    def __init__(self, path):
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        self.codes = {r["code"] for r in rows}
        self.regions = {r["code"]: r for r in rows if r["level"] == "region"}
        self.districts = [r for r in rows
                          if r["level"] == "district" and r["is_group"] == "0"]
        self.villages = {}
        for r in rows:
            if r["level"] == "settlement" and r["is_group"] == "0" and r["name_uz_cyrl"]:
                self.villages.setdefault(r["parent_code"], []).append(r["name_uz_cyrl"])
        assert len(self.regions) == 14, "expected 14 regions in the SOATO file"

    def is_city(self, d):
        return d["code"][4] == "4"


# --------------------------------------------------------------------------
# 1. maktabgacha_talim_2026.csv  (UTF-8, ';', LF)
# --------------------------------------------------------------------------

KG_NAMES = [  # (Latin, Cyrillic)
    ("Quvonch", "Қувонч"), ("Bolajon", "Болажон"), ("Kamalak", "Камалак"),
    ("Lola", "Лола"), ("Nihol", "Ниҳол"), ("Baxtiyor bolalik", "Бахтиёр болалик"),
    ("Orzu", "Орзу"), ("Zukko", "Зукко"), ("Kichkintoy", "Кичкинтой"),
    ("Oftob", "Офтоб"), ("Yulduzcha", "Юлдузча"), ("Shodlik", "Шодлик"),
    ("Gulshan", "Гулшан"), ("Bunyodkor", "Бунёдкор"), ("Ziyo nur", "Зиё нур"),
    ("Smart Kids", "Smart Kids"), ("Little Star", "Little Star"),
    ("Mehr", "Меҳр"), ("Chaqmoq", "Чақмоқ"), ("Niholjon", "Ниҳолжон"),
]


def kg_name(rng, kind, num):
    apos = rng.choice([TUTUQ, TUTUQ, "'", "’"])  # real exports mix them
    lat, cyr = rng.choice(KG_NAMES)
    cyrillic = rng.random() < 0.45
    if kind == "Davlat":
        return rng.choice([
            f"{num}-sonli davlat maktabgacha ta{apos}lim tashkiloti",
            f"{num}-son DMTT",
        ] if not cyrillic else [
            f"{num}-сонли давлат мактабгача таълим ташкилоти",
            f"{num}-сонли ДМТТ",
        ])
    if kind == "Nodavlat":
        return rng.choice([
            f"“{lat}” nodavlat maktabgacha ta{apos}lim tashkiloti",
            f"\"{lat}\" NMTT MChJ",
        ] if not cyrillic else [
            f"«{cyr}» нодавлат мактабгача таълим ташкилоти",
            f"«{cyr}» ННТ МТТ",
        ])
    return rng.choice([  # DXSh: davlat-xususiy sheriklik
        f"{num}-sonli DXSh asosidagi MTT «{lat}»",
    ] if not cyrillic else [
        f"Давлат-хусусий шериклик асосидаги {num}-сонли МТТ",
    ])


def make_maktabgacha(soato, out):
    rng = rng_for("maktabgacha")
    header = ["Hudud_kodi", "Hudud", "Viloyat_kodi", "Muassasa_nomi",
              "Mulkchilik_shakli", "Tarbiyalanuvchilar_soni",
              f"To{OKINA}lov_summasi", "Sana"]
    picks = sorted(rng.choices(soato.districts, k=400), key=lambda d: d["code"])
    rows, used = [], {}
    for d in picks:
        kind = rng.choices(["Davlat", "Nodavlat", "DXSh"], [60, 25, 15])[0]
        taken = used.setdefault(d["code"], set())
        num = rng.randint(1, 48)
        while num in taken:
            num += 1
        taken.add(num)
        lo, hi, fee_lo, fee_hi = {
            "Davlat": (80, 320, 250_000, 420_000),
            "Nodavlat": (25, 120, 600_000, 1_500_000),
            "DXSh": (30, 150, 350_000, 700_000),
        }[kind]
        children = rng.randint(lo, hi)
        fee = rng.randrange(fee_lo, fee_hi, 5_000)
        tiyin = int(children * fee * rng.uniform(0.82, 1.0) * 100) // 50 * 50
        sana = rand_date(rng, dt.date(2026, 1, 5), dt.date(2026, 3, 31))
        rows.append([d["code"], uz_latn(d["name_uz_latn"]), d["parent_code"],
                     kg_name(rng, kind, num), kind, str(children), money(tiyin),
                     sana.strftime("%d.%m.%Y")])

    # Seeded defects, on distinct rows.
    idx = rng.sample(range(20, len(rows) - 20), 4)
    defects = []
    i = idx[0]
    rows[i][1] = "  " + rows[i][1] + " "
    defects.append((i, f"`Hudud` padded with spaces: `{quoted(rows[i][1])}`"))
    i = idx[1]
    rows[i][5] = " " + rows[i][5] + " "
    defects.append((i, f"`Tarbiyalanuvchilar_soni` padded with spaces: `{quoted(rows[i][5])}`"))
    i = idx[2]
    good = rows[i][0]
    bad = good[:-2] + good[-1] + good[-2]  # transposed last two digits
    while bad in soato.codes or bad == good:
        bad = str(int(bad) + 1)
    rows[i][0] = bad
    defects.append((i, f"wrong SOATO code `{bad}` (not in the classifier; "
                       f"the name `{rows[i][1]}` is {good})"))
    i = idx[3]
    rows[i][7] = "31.02.2026"
    defects.append((i, "impossible date `31.02.2026`"))
    # Defects Ochiq's fixes repair, drawn apart so the ones above stay where they were.
    more = rng_for("maktabgacha-fixes").sample(
        [k for k in range(20, len(rows) - 20) if k not in idx], 4)
    for i in more[:2]:
        rows[i][0] = rows[i][1]
        defects.append((i, f"district name instead of its SOATO code in `Hudud_kodi`: "
                           f"`{rows[i][0]}`"))
    i = more[2]
    d, m, y = rows[i][7].split(".")
    rows[i][7] = f"{y}-{m}-{d}"
    defects.append((i, f"ISO date `{rows[i][7]}` instead of `dd.mm.yyyy`"))
    i = more[3]
    whole, frac = rows[i][6].replace(" ", "").split(",")
    rows[i][6] = f"{int(whole):,}.{frac}"
    defects.append((i, f"amount in English number format `{rows[i][6]}`"))

    # Blank spacer row (all fields empty) after the Qashqadaryo block.
    spacer_after = max(k for k, r in enumerate(rows) if r[2] == "1710")
    rows.insert(spacer_after + 1, [""] * len(header))
    # Line numbers: header is line 1, rows[k] is line k + 2.
    located = [(k + (1 if k > spacer_after else 0) + 2, what) for k, what in defects]
    located.append((spacer_after + 3, "blank spacer row `;;;;;;;` (every field empty)"))

    # This file is the data of the demo dataset 1-104-0012 (its datapackage.json sits beside it).
    path = out / "datasets" / "1-104-0012" / "maktabgacha_talim_2026.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    return path, len(rows) - 1, sorted(located)


# --------------------------------------------------------------------------
# 2. aholi_soni_viloyatlar.csv  (Windows-1251, ';', CRLF, Russian headers)
# --------------------------------------------------------------------------

# Population on 1 January 2021 (thousand, invented but of the right size)
# and urban share (%).
POP_2021 = {
    "1735": (1948.3, 49.4), "1703": (3188.4, 52.6), "1706": (1923.7, 37.1),
    "1708": (1401.2, 47.0), "1710": (3334.5, 43.5), "1712": (1000.6, 48.9),
    "1714": (2867.9, 64.8), "1718": (3947.0, 37.0), "1722": (2662.8, 36.2),
    "1724": (868.1, 43.0), "1727": (2941.9, 51.0), "1730": (3799.6, 57.9),
    "1733": (1893.4, 34.1), "1726": (2694.1, 100.0),
}


def make_aholi(soato, out):
    rng = rng_for("aholi")
    header = ["Код СОАТО", "Регион", "Год", "Численность населения, тыс. чел.",
              "Городское", "Сельское"]
    years = range(2021, 2026)
    table = {}
    for code, (pop, urban_pct) in POP_2021.items():
        total = round(pop * 10)
        growth = rng.uniform(0.014, 0.023)
        for y in years:
            urban = total if urban_pct == 100 else round(total * (urban_pct + (y - 2021) * 0.15) / 100)
            table[(code, y)] = (urban, total - urban)
            total = round(total * (1 + growth + rng.uniform(-0.002, 0.002)))
    rows = []
    for y in years:
        urban = sum(table[(c, y)][0] for c in POP_2021)
        rural = sum(table[(c, y)][1] for c in POP_2021)
        table[("1700", y)] = (urban, rural)
    for code in ["1700"] + STAT_ORDER:
        name = "Республика Узбекистан" if code == "1700" else soato.regions[code]["name_ru"]
        for y in years:
            urban, rural = table[(code, y)]
            rural_txt = "-" if code == "1726" else dec1(rural)
            rows.append([code, name, str(y), dec1(urban + rural), dec1(urban), rural_txt])
    path = out / "aholi_soni_viloyatlar.csv"
    with open(path, "w", encoding="cp1251", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)
    tashkent_lines = [k + 2 for k, r in enumerate(rows) if r[0] == "1726"]
    return path, len(rows), tashkent_lines


# --------------------------------------------------------------------------
# 3. sogliqni_saqlash_muassasalari.xlsx  (title block, footnote, 2 sheets)
# --------------------------------------------------------------------------

FACILITY_TYPES = [  # code, Latin, Cyrillic, weight, beds range, opened range, unique per district
    ("01", "Tuman (shahar) tibbiyot birlashmasi", "Туман (шаҳар) тиббиёт бирлашмаси",
     14, (120, 420), (1958, 1995), True),
    ("02", "Koʻp tarmoqli markaziy poliklinika", "Кўп тармоқли марказий поликлиника",
     12, (0, 25), (1975, 2012), True),
    ("03", "Oilaviy poliklinika", "Оилавий поликлиника", 24, (0, 0), (1990, 2023), False),
    ("04", "Oilaviy shifokorlik punkti", "Оилавий шифокорлик пункти", 30, (0, 0), (1996, 2024), False),
    ("05", "Tugʻruq kompleksi", "Туғруқ комплекси", 8, (40, 160), (1968, 2015), True),
    ("06", "Bolalar koʻp tarmoqli tibbiyot markazi", "Болалар кўп тармоқли тиббиёт маркази",
     7, (60, 240), (1970, 2018), True),
    ("07", "Yuqumli kasalliklar shifoxonasi", "Юқумли касалликлар шифохонаси",
     5, (50, 200), (1962, 2010), True),
]


def facility_name(rng, soato, d, ftype, num):
    cyr = d["name_uz_cyrl"]
    base = cyr[:-len(" тумани")] + " туман" if cyr.endswith(" тумани") else cyr + " шаҳар"
    code = ftype[0]
    if code == "01":
        return f"{base} тиббиёт бирлашмаси"
    if code == "02":
        return f"{base} кўп тармоқли марказий поликлиникаси"
    if code == "03":
        return f"{base} {num}-сонли оилавий поликлиника"
    if code == "04":
        villages = soato.villages.get(d["code"])
        if villages:
            return f"{base} «{rng.choice(villages)}» оилавий шифокорлик пункти"
        return f"{base} {num}-сонли оилавий шифокорлик пункти"
    if code == "05":
        return f"{base} туғруқ комплекси"
    if code == "06":
        return f"{base} болалар кўп тармоқли тиббиёт маркази"
    return f"{base} юқумли касалликлар шифохонаси"


def make_sogliq(soato, out):
    import openpyxl
    from openpyxl.styles import Alignment, Font

    rng = rng_for("sogliq")
    districts = [d for d in soato.districts if d["name_uz_cyrl"]]
    weights = [t[3] for t in FACILITY_TYPES]
    seen, counters, facilities = set(), {}, []
    while len(facilities) < 150:
        d = rng.choice(districts)
        t = rng.choices(FACILITY_TYPES, weights)[0]
        if t[6] and (d["code"], t[0]) in seen:
            continue
        seen.add((d["code"], t[0]))
        num = counters[(d["code"], t[0])] = counters.get((d["code"], t[0]), 0) + 1
        name = facility_name(rng, soato, d, t, num)
        if any(f[2] == name for f in facilities):
            continue
        beds = rng.randint(*t[4]) if t[4][1] else 0
        if t[4][1] > 100:
            beds = beds // 5 * 5
        opened = rand_date(rng, dt.date(t[5][0], 1, 1), dt.date(t[5][1], 12, 31))
        lat0, lon0, jit = REGION_CENTRE[d["parent_code"]]
        lat = round(lat0 + rng.uniform(-jit, jit), 6)
        lon = round(lon0 + rng.uniform(-jit, jit) * 1.3, 6)
        facilities.append([int(d["code"]), d["name_uz_cyrl"], name, t[0], beds, opened, lat, lon])
    facilities.sort(key=lambda f: (f[0], f[3], f[2]))

    FIRST = 5  # Excel row of the first data row (3-row title block + header)
    idx = rng.sample(range(10, len(facilities) - 10), 2)
    defects = []
    i = idx[0]
    facilities[i][6], facilities[i][7] = facilities[i][7], facilities[i][6]
    defects.append((FIRST + i, "latitude and longitude swapped "
                    f"(Кенглик {facilities[i][6]}, Узунлик {facilities[i][7]})"))
    i = next(k for k in range(idx[1], len(facilities)) if facilities[k][4] > 0)
    facilities[i][4] = str(facilities[i][4])
    defects.append((FIRST + i, f"`Ўринлар сони` stored as text (`'{facilities[i][4]}`), "
                    "a number-as-text cell"))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Муассасалар"
    header = ["СОАТО коди", "Ҳудуд номи", "Муассаса номи", "Тур коди",
              "Ўринлар сони", "Очилган санаси", "Кенглик", "Узунлик"]
    ws["A1"] = "Ўзбекистон Республикаси Соғлиқни сақлаш вазирлиги"
    ws["A2"] = "Тиббиёт муассасалари рўйхати (01.01.2026 ҳолатига)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    ws.merge_cells("A2:H2")
    for c in ("A1", "A2"):
        ws[c].alignment = Alignment(horizontal="center")
    ws.append([])  # row 3 stays empty
    ws.append(header)
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for f in facilities:
        ws.append(f)
        r = ws.max_row
        ws.cell(r, 6).number_format = "DD.MM.YYYY"
        ws.cell(r, 7).number_format = "0.000000"
        ws.cell(r, 8).number_format = "0.000000"
    foot_row = ws.max_row + 1
    ws.cell(foot_row, 1, f"Izoh: ma{TUTUQ}lumotlar 01.01.2026 holatiga. O{OKINA}rinlar soni "
                         f"tasdiqlangan ko{OKINA}rsatkich bo{OKINA}yicha; oilaviy poliklinika va "
                         f"shifokorlik punktlarida statsionar o{OKINA}rin yo{OKINA}q.")
    defects.append((foot_row, "footnote row at the bottom (`Izoh: …` in column A only)"))
    for col, width in zip("ABCDEFGH", (12, 22, 60, 9, 10, 13, 11, 11)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A5"

    ref = wb.create_sheet(f"Ma{TUTUQ}lumotnoma")
    ref.append(["Kod", "Nomi", "Номи"])
    for cell in ref[1]:
        cell.font = Font(bold=True)
    for t in FACILITY_TYPES:
        ref.append([t[0], t[1], t[2]])
    for col, width in zip("ABC", (6, 40, 40)):
        ref.column_dimensions[col].width = width

    stamp = dt.datetime(2026, 1, 15, 9, 0, 0)
    wb.properties.creator = "Ochiq demo (scripts/make_demo.py)"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    path = out / "sogliqni_saqlash_muassasalari.xlsx"
    path.write_bytes(reproducible_zip(buf.getvalue(), stamp))
    return path, len(facilities), defects


def reproducible_zip(data, stamp):
    """Re-zip with fixed timestamps (openpyxl stamps 'now' on save)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + iso.encode() + rb"\g<2>", body)
            zi = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, body)
    return out.getvalue()


# --------------------------------------------------------------------------
# 4. ish_orinlari_2025.tsv  (UTF-16LE + BOM, tab, CRLF: Excel "Unicode text")
# --------------------------------------------------------------------------

SECTORS = [("Саноат", 0.24), ("Қишлоқ хўжалиги", 0.21), ("Қурилиш", 0.17),
           ("Хизмат кўрсатиш ва савдо", 0.38)]
QUARTERS = [("I чорак", 0.82), ("II чорак", 1.10), ("III чорак", 1.06), ("IV чорак", 1.02)]


def make_ish(soato, out):
    rng = rng_for("ish")
    header = ["Ҳудуд коди", "Ҳудуд номи", "Йил", "Чорак", "Тармоқ",
              "Яратилган иш ўринлари", "шу жумладан ёшлар (30 ёшгача)",
              "шу жумладан аёллар", "Ўртача ойлик иш ҳақи (минг сўм)"]
    lines = ["\t".join(header)]
    for code in STAT_ORDER:
        region = soato.regions[code]
        size = POP_2021[code][0] * rng.uniform(4.5, 6.0)  # jobs a quarter, all sectors
        wage_base = rng.uniform(3300, 4600) * (1.45 if code == "1726" else 1.0)
        for q, season in QUARTERS:
            for sector, share in SECTORS:
                if code == "1726" and sector == "Қишлоқ хўжалиги":
                    share = 0.01
                jobs = max(3, round(size * share * season * rng.uniform(0.85, 1.15)))
                youth = round(jobs * rng.uniform(0.38, 0.58))
                women = round(jobs * rng.uniform(0.22 if sector in ("Саноат", "Қурилиш") else 0.40,
                                                 0.36 if sector in ("Саноат", "Қурилиш") else 0.58))
                wage = round(wage_base * rng.uniform(0.85, 1.2) * (1 + 0.03 * QUARTERS.index((q, season))) * 10)
                lines.append("\t".join([code, region["name_uz_cyrl"], "2025", q, sector,
                                        str(jobs), str(youth), str(women), dec1(wage)]))
    path = out / "ish_orinlari_2025.tsv"
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    return path, len(lines) - 1


# --------------------------------------------------------------------------
# 5. portal_export_2-001-0042.json  (data.egov.uz JSON download shape)
# --------------------------------------------------------------------------

PHARMACY_TYPES = [("Davlat dorixonalari", 8, 45), ("Xususiy dorixonalar", 300, 1500),
                  ("Dorixona shoxobchalari", 80, 600), ("Kasalxona dorixonalari", 6, 40)]


def make_portal(soato, out):
    rng = rng_for("portal")
    years = ["2023yil", "2024yil", "2025yil"]
    counts = {}
    for code in STAT_ORDER:
        scale = POP_2021[code][0] / 2800
        for t, lo, hi in PHARMACY_TYPES:
            n = max(1, round(rng.randint(lo, hi) * (0.6 + 0.4 * scale)))
            vals = []
            for _ in years:
                vals.append(n)
                n = max(0, round(n * rng.uniform(0.97, 1.12)))
            counts[(code, t)] = vals
    no_data = (rng.choice(STAT_ORDER[:-1]), "Kasalxona dorixonalari")  # "-" in 2023
    for t, _, _ in PHARMACY_TYPES:
        counts[("1700", t)] = [sum(counts[(c, t)][k] for c in STAT_ORDER
                                   if not (k == 0 and (c, t) == no_data))
                               for k in range(len(years))]

    def region_name(code):  # portal spelling: ASCII apostrophe
        return "O'zbekiston Respublikasi" if code == "1700" else soato.regions[code]["name_uz_latn"]

    records, pads = [], []
    for code in ["1700"] + STAT_ORDER:
        for t, _, _ in PHARMACY_TYPES:
            rec = {"Hududnomi": region_name(code), "Dorixonaturi": t, "Olchovbirligi": "dona"}
            for k, y in enumerate(years):
                rec[y] = "-" if (code, t) == no_data and k == 0 else str(counts[(code, t)][k])
            records.append(rec)
    # Padded values, as the portal serves them.
    for i in rng.sample(range(4, len(records)), 5):
        key = rng.choice(["Hududnomi", "2024yil", "2025yil"])
        records[i][key] = rng.choice([" ", "  "]) + records[i][key] if rng.random() < 0.6 \
            else records[i][key] + " "
        pads.append((i + 1, key, records[i][key]))
    records.append({"Hududnomi": "* 2025 yil ma'lumotlari dastlabki (operativ hisobot asosida)",
                    "Dorixonaturi": "", "Olchovbirligi": "", **{y: "" for y in years}})
    for i, rec in enumerate(records, 1):
        rec["ID"] = str(i)
    path = out / "portal_export_2-001-0042.json"
    path.write_text(json.dumps(records, ensure_ascii=False, indent=4) + "\n", encoding="utf-8")
    return path, len(records), sorted(pads), (no_data, region_name(no_data[0]))


# --------------------------------------------------------------------------
# 6. Described datasets: datasets/<code>/ with datapackage.json and data
# --------------------------------------------------------------------------
#
# Eleven more datasets of the demo organisation (1-104-0013 … 1-104-0023), each a
# Frictionless data package with Ochiq's four-language passport and a schema, beside the
# preschool one (1-104-0012, described by hand). Between them they seed every kind of
# problem Ochiq's validator reports and every kind of fix it offers; 1-104-0018 is clean,
# so a trainer can show a publish that goes through. Each make_* returns the data file's
# path, its row count and the seeded defects as (line, text) pairs, line 1 being the header
# (line 0: the passport).

PACKAGE_FILE = "datapackage.json"
ORGANISATION = {"uz-Latn": "Namuna vazirligi", "uz-Cyrl": "Намуна вазирлиги",
                "ru": "Образцовое министерство", "en": "Sample Ministry"}
CC_BY_SA = {"name": "CC-BY-SA-4.0", "path": "https://creativecommons.org/licenses/by-sa/4.0/",
            "title": "Creative Commons Attribution Share-Alike 4.0"}
# Topic spheres as data.egov.uz lists them (guidId of its sphere list).
SPHERE = {"population": "607ff3197b6428eee08802bc", "health": "607fea677b6428eee08802b1",
          "education": "607fea9a7b6428eee08802b2", "finance": "607ff3627b6428eee08802bd",
          "business": "607fedbd7b6428eee08802b4", "transport": "607ff1137b6428eee08802ba",
          "ecology": "607ff2e57b6428eee08802bb", "justice": "607ff4ba7b6428eee08802c2"}
LANGS = ["uz-Latn", "uz-Cyrl", "ru", "en"]
SOATO_VERSION = "2021-04"


def lt(latn, cyrl, ru, en=None):
    """A text in Uzbek Latin, Uzbek Cyrillic, Russian and (optionally) English."""
    text = {"uz-Latn": latn, "uz-Cyrl": cyrl, "ru": ru}
    if en is not None:
        text["en"] = en
    return text


def fld(name, ftype, titles, constraints=None, classifier=None, parent=None, **props):
    """A schema field, its properties in the order Ochiq writes them."""
    f = {"name": name, "type": ftype}
    if "format" in props:
        f["format"] = props.pop("format")
    f["title"] = titles["uz-Latn"]
    f.update(props)
    if constraints:
        f["constraints"] = constraints
    f["ochiq:titles"] = titles
    if classifier:
        f["ochiq:classifier"] = {"classifier": "soato", "version": SOATO_VERSION,
                                 "level": classifier}
    if parent:
        f["ochiq:parent"] = parent
    return f


def region_field(name="Viloyat_kodi"):
    return fld(name, "string", lt("Viloyat kodi (MHOBT)", "Вилоят коди (МҲОБТ)",
                                  "Код области (СОАТО)", "Region code (SOATO)"),
               {"required": True, "pattern": "^[0-9]{4}$"}, classifier="region")


def district_field(name="Tuman_kodi", parent="Viloyat_kodi", titles=None):
    titles = titles or lt("Tuman (shahar) kodi (MHOBT)", "Туман (шаҳар) коди (МҲОБТ)",
                          "Код района (города) (СОАТО)", "District (city) code (SOATO)")
    return fld(name, "string", titles, {"required": True, "pattern": "^[0-9]{7}$"},
               classifier="district", parent=parent)


def resource(name, path, fields, **schema):
    return {"name": name, "path": path, "format": "csv", "encoding": "utf-8",
            "dialect": {"delimiter": ";", "quoteChar": "\"", "header": True, "headerRows": [1]},
            "schema": {"fields": fields, "missingValues": [""], **schema}}


def write_package(out, code, title, description, keywords, periodicity, sphere, person,
                  resources, coverage="17"):
    """datasets/<code>/datapackage.json: the standard properties and Ochiq's passport."""
    words = [w.strip() for lang in LANGS if lang in keywords
             for w in keywords[lang].split(",") if w.strip()]
    passport = {"title": title, "description": description, "keywords": keywords,
                "organisation": ORGANISATION, "periodicity": periodicity,
                "licence": CC_BY_SA, "contact": person, "code": code}
    if sphere:
        passport["sphere"] = sphere
    passport["coverage"] = coverage
    contributor = {"title": person["name"]}
    if person.get("email"):
        contributor["email"] = person["email"]
    contributor["roles"] = ["contact"]
    package = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": code,
        "title": title["uz-Latn"],
        "description": description.get("uz-Latn", ""),
        "keywords": words,
        "licenses": [CC_BY_SA],
        "contributors": [contributor],
        "ochiq:passport": passport,
        "resources": resources,
    }
    path = out / "datasets" / code / PACKAGE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def write_csv(out, code, name, header, rows):
    """A data file as officers' spreadsheets export it: UTF-8, ';', LF. Rows may be ragged."""
    path = out / "datasets" / code / name
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    return path


def write_lines(out, code, name, lines):
    """A data file written line by line (a header with a stray delimiter, a broken row)."""
    path = out / "datasets" / code / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def csv_line(cells):
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="").writerow(cells)
    return buf.getvalue()


def person(name, phone_tail):
    login = name.split()[1].lower()
    return {"name": name, "phone": f"+998 71 200-{phone_tail}", "email": f"{login}@namuna.uz"}


def en_number(value, decimals=1):
    return f"{value:,.{decimals}f}"


def uz_number(value, decimals=1):
    """12345.6 -> '12 345,6' (space thousands, decimal comma)."""
    whole, _, frac = f"{value:.{decimals}f}".partition(".")
    whole = f"{int(whole):,}".replace(",", " ")
    return whole + ("," + frac if frac else "")


def plain_number(value, decimals=1):
    """12345.6 -> '12345,6' (decimal comma)."""
    return f"{value:.{decimals}f}".replace(".", ",")


def region_latn(soato, code):
    return uz_latn(soato.regions[code]["name_uz_latn"])


def count_field(name, titles):
    return fld(name, "integer", titles, {"minimum": 0})


def month_field():
    return fld("Oy", "string", lt("Oy", "Ой", "Месяц", "Month"),
               {"required": True, "pattern": "^20[0-9]{2}-(0[1-9]|1[0-2])$"})


def shifted(defects, at):
    """Line numbers after a row was inserted at line `at`."""
    return [(ln + 1 if ln >= at else ln, what) for ln, what in defects]


# 1-104-0013 -----------------------------------------------------------------

def make_aholi_dataset(soato, out):
    """Population by region with years as columns (annual), as statistics departments keep
    it: a source note under the table, a region pasted twice, two names in Cyrillic."""
    code, rng = "1-104-0013", rng_for("ds-aholi")
    years = [f"{y}yil" for y in range(2021, 2026)]
    header = ["Viloyat_kodi", "Viloyat"] + years
    rows = []
    for c in STAT_ORDER:
        total, vals = POP_2021[c][0], []
        for _ in years:
            vals.append(plain_number(total))
            total *= 1 + rng.uniform(0.014, 0.023)
        rows.append([c, region_latn(soato, c)] + vals)
    defects = [(1, "years as column names (`2021yil` … `2025yil`): period-in-header, a "
                   "warning")]
    for i in sorted(rng.sample(range(1, len(rows)), 2)):
        rows[i][1] = soato.regions[rows[i][0]]["name_uz_cyrl"]
        defects.append((i + 2, f"region name in Cyrillic among Latin ones: `{rows[i][1]}` "
                               "(the fixes offer it in Latin)"))
    dup = rng.randrange(3, len(rows) - 2)
    rows.insert(dup + 1, list(rows[dup]))
    defects = shifted(defects, dup + 3)
    defects.append((dup + 3, f"region `{rows[dup][0]}` pasted twice: the same `Viloyat_kodi` "
                             f"as line {dup + 2} (primary-key)"))
    note = ("Manba: Namuna vazirligi hisob-kitoblari, yil boshiga doimiy aholi soni "
            f"(ming kishi). 2025 yil ma{TUTUQ}lumotlari dastlabki.")
    rows.append([note] + [""] * (len(header) - 1))
    defects.append((len(rows) + 1, "source note `Manba: …` loaded as a data row (footnote-row)"))

    def year_field(y):
        return fld(y, "number", lt(f"{y[:4]} yil, ming kishi", f"{y[:4]} йил, минг киши",
                                   f"{y[:4]} год, тыс. человек", f"{y[:4]}, thousand people"),
                   {"minimum": 0}, decimalChar=",")
    fields = [region_field(), fld("Viloyat", "string", lt("Viloyat", "Вилоят", "Область",
                                                          "Region"))]
    fields += [year_field(y) for y in years]
    path = write_csv(out, code, "aholi_soni_2021_2025.csv", header, rows)
    write_package(
        out, code,
        lt("Aholi soni viloyatlar kesimida", "Аҳоли сони вилоятлар кесимида",
           "Численность населения по регионам", "Population by region"),
        lt("Viloyatlar kesimida yil boshiga doimiy aholi soni, ming kishi.",
           "Вилоятлар кесимида йил бошига доимий аҳоли сони, минг киши.",
           "Численность постоянного населения на начало года по регионам, тыс. человек.",
           "Resident population at the start of the year by region, thousand people."),
        lt("aholi, demografiya, viloyatlar", "аҳоли, демография, вилоятлар",
           "население, демография, регионы", "population, demography, regions"),
        "annual", SPHERE["population"], person("Rahimov Bahodir", "00-13"),
        [resource("data", path.name, fields, primaryKey=["Viloyat_kodi"])])
    return path, len(rows), sorted(defects)


# 1-104-0014 -----------------------------------------------------------------

def make_tibbiyot_dataset(soato, out):
    """Health facilities (half-yearly): ids, district inside region, a type from a fixed
    list, beds, coordinates."""
    code, rng = "1-104-0014", rng_for("ds-tibbiyot")
    districts = [d for d in soato.districts if d["name_uz_cyrl"]]
    rows, names = [], set()
    while len(rows) < 120:
        d = rng.choice(districts)
        t = rng.choices(FACILITY_TYPES, [t[3] for t in FACILITY_TYPES])[0]
        name = facility_name(rng, soato, d, t, rng.randint(1, 40))
        if name in names:
            continue
        names.add(name)
        beds = rng.randint(*t[4]) if t[4][1] else 0
        lat0, lon0, jit = REGION_CENTRE[d["parent_code"]]
        lat = lat0 + rng.uniform(-jit, jit)
        lon = lon0 + rng.uniform(-jit, jit) * 1.3
        rows.append([0, d["code"], d["parent_code"], name, t[0], str(beds),
                     f"{lat:.5f}", f"{lon:.5f}"])
    rows.sort(key=lambda r: (r[1], r[4], r[3]))
    for n, r in enumerate(rows):
        r[0] = str(1403 + n * 3)
    a, b, c, e = rng.sample(range(5, len(rows) - 5), 4)
    defects = []
    other = next(x for x in STAT_ORDER if x != rows[a][2])
    rows[a][2] = other
    defects.append((a + 2, f"district `{rows[a][1]}` under region `{other}`, which does not "
                           "contain it (hierarchy-error)"))
    rows[b][0] = rows[b - 1][0]
    defects.append((b + 2, f"`Muassasa_ID` `{rows[b][0]}` repeats the row above (unique-error)"))
    rows[c][4] = "08"
    defects.append((c + 2, "facility type `08`, not on the list `01`–`07` (constraint-error, "
                           "enum)"))
    rows[e][6], rows[e][7] = rows[e][7], rows[e][6]
    defects.append((e + 2, f"latitude and longitude swapped: `Kenglik` {rows[e][6]} is above "
                           "the maximum 46 (constraint-error)"))
    spacer = rng.randrange(len(rows) // 2, len(rows) - 10)
    rows.insert(spacer, [" "] * 3 + [""] + [" "] * 4)
    defects = shifted(defects, spacer + 2)
    defects.append((spacer + 2, "a row of cells holding only spaces (spacer-row)"))
    header = ["Muassasa_ID", "Tuman_kodi", "Viloyat_kodi", "Muassasa_nomi", "Turi",
              "Orinlar_soni", "Kenglik", "Uzunlik"]
    fields = [
        fld("Muassasa_ID", "integer", lt("Muassasa ID", "Муассаса ID", "ID учреждения",
                                         "Facility ID"), {"required": True, "unique": True}),
        district_field(), region_field(),
        fld("Muassasa_nomi", "string", lt("Muassasa nomi", "Муассаса номи",
                                          "Наименование учреждения", "Facility name")),
        fld("Turi", "string", lt("Muassasa turi", "Муассаса тури", "Тип учреждения",
                                 "Facility type"),
            {"enum": [t[0] for t in FACILITY_TYPES]}),
        count_field("Orinlar_soni", lt(f"O{OKINA}rinlar soni", "Ўринлар сони", "Число коек",
                                       "Beds")),
        fld("Kenglik", "number", lt("Kenglik", "Кенглик", "Широта", "Latitude"),
            {"minimum": 37, "maximum": 46}),
        fld("Uzunlik", "number", lt("Uzunlik", "Узунлик", "Долгота", "Longitude"),
            {"minimum": 55, "maximum": 74}),
    ]
    path = write_csv(out, code, "tibbiyot_muassasalari_2026_h1.csv", header, rows)
    write_package(
        out, code,
        lt(f"Sog{OKINA}liqni saqlash muassasalari", "Соғлиқни сақлаш муассасалари",
           "Учреждения здравоохранения", "Healthcare facilities"),
        lt(f"Davlat tibbiyot muassasalari: turi, o{OKINA}rinlar soni va joylashuvi.",
           "Давлат тиббиёт муассасалари: тури, ўринлар сони ва жойлашуви.",
           "Государственные медицинские учреждения: тип, число коек и расположение.",
           "Public health facilities: type, number of beds and location."),
        lt("tibbiyot, shifoxona, poliklinika", "тиббиёт, шифохона, поликлиника",
           "здравоохранение, больница, поликлиника", "health, hospital, clinic"),
        "semiannual", SPHERE["health"], person("Karimova Nodira", "00-14"),
        [resource("data", path.name, fields)])
    return path, len(rows), sorted(defects)


# 1-104-0015 -----------------------------------------------------------------

SECTORS_LATN = [("Sanoat", 0.24), (f"Qishloq xo{OKINA}jaligi", 0.21), ("Qurilish", 0.17),
                (f"Xizmat ko{OKINA}rsatish va savdo", 0.38)]


def make_ish_dataset(soato, out):
    """New jobs in October 2026 by region and sector (monthly): the schema gained a wage
    column this year that the regions' file does not have yet; some counts carry thousands
    spaces."""
    code, rng = "1-104-0015", rng_for("ds-ish")
    rows = []
    for c in STAT_ORDER:
        size = POP_2021[c][0] * rng.uniform(1.5, 2.0)
        for sector, share in SECTORS_LATN:
            if c == "1726" and sector.startswith("Qishloq"):
                share = 0.01
            jobs = max(3, round(size * share * rng.uniform(0.85, 1.15)))
            rows.append(["2026-10", c, sector, str(jobs),
                         str(round(jobs * rng.uniform(0.38, 0.58))),
                         str(round(jobs * rng.uniform(0.25, 0.55)))])
    defects = [(1, "the schema's last field `Ortacha_ish_haqi` is not in the file "
                   "(missing-label, and missing-cell on every row)")]
    big = [i for i, r in enumerate(rows) if int(r[3]) >= 1000]
    for i in sorted(rng.sample(big, 3)):
        rows[i][3] = uz_number(int(rows[i][3]), 0)
        defects.append((i + 2, f"`Ish_orinlari` written with a thousands space `{rows[i][3]}` "
                               "(type-error; the fixes offer the plain number)"))
    header = ["Oy", "Viloyat_kodi", "Tarmoq", "Ish_orinlari", "Yoshlar", "Ayollar"]
    fields = [
        month_field(), region_field(),
        fld("Tarmoq", "string", lt("Tarmoq", "Тармоқ", "Отрасль", "Sector")),
        count_field("Ish_orinlari", lt(f"Yaratilgan ish o{OKINA}rinlari",
                                       "Яратилган иш ўринлари", "Создано рабочих мест",
                                       "Jobs created")),
        count_field("Yoshlar", lt("shu jumladan yoshlar (30 yoshgacha)",
                                  "шу жумладан ёшлар (30 ёшгача)",
                                  "в т.ч. молодёжь (до 30 лет)", "of which youth (under 30)")),
        count_field("Ayollar", lt("shu jumladan ayollar", "шу жумладан аёллар",
                                  "в т.ч. женщины", "of which women")),
        fld("Ortacha_ish_haqi", "number",
            lt(f"O{OKINA}rtacha oylik ish haqi, ming so{OKINA}m", "Ўртача ойлик иш ҳақи, минг сўм",
               "Средняя месячная зарплата, тыс. сум", "Average monthly wage, thousand UZS"),
            {"minimum": 0}, decimalChar=","),
    ]
    path = write_csv(out, code, "yangi_ish_orinlari_2026_10.csv", header, rows)
    write_package(
        out, code,
        lt(f"Yangi ish o{OKINA}rinlari", "Янги иш ўринлари", "Новые рабочие места",
           "New jobs created"),
        lt(f"Viloyatlar va tarmoqlar kesimida oy davomida yaratilgan ish o{OKINA}rinlari.",
           "Вилоятлар ва тармоқлар кесимида ой давомида яратилган иш ўринлари.",
           "Рабочие места, созданные за месяц, по регионам и отраслям.",
           "Jobs created during the month by region and sector."),
        lt(f"bandlik, ish o{OKINA}rinlari, yoshlar", "бандлик, иш ўринлари, ёшлар",
           "занятость, рабочие места, молодёжь", "employment, jobs, youth"),
        "monthly", SPHERE["population"], person("Aliyev Sardor", "00-15"),
        [resource("data", path.name, fields)])
    return path, len(rows), sorted(defects)


# 1-104-0016 -----------------------------------------------------------------

APPEAL_KINDS = ["Ariza", "Taklif", "Shikoyat"]


def make_murojaat_dataset(soato, out):
    """Citizens' appeals in October 2026 (monthly), the header retyped by hand: a renamed
    column and a label written twice; one row cut short, one with a stray cell."""
    code, rng = "1-104-0016", rng_for("ds-murojaat")
    rows = []
    for c in STAT_ORDER:
        for kind in APPEAL_KINDS:
            got = rng.randint(40, 900)
            done = round(got * rng.uniform(0.7, 0.95))
            rows.append(["2026-10", c, region_latn(soato, c), kind, str(got), str(done),
                         str(got - done)])
    header = ["Oy", "Viloyat_kodi", "Viloyat", "Murojaat_turi", "Kelib tushgan",
              "Hal_etilgan", "Hal_etilgan"]
    defects = [(1, "column 5 labelled `Kelib tushgan` instead of `Kelib_tushgan` "
                   "(incorrect-label: the same name spelt otherwise)"),
               (1, "column 7 labelled `Hal_etilgan` again instead of `Korib_chiqilmoqda` "
                   "(duplicate-label and incorrect-label)")]
    short, extra = sorted(rng.sample(range(3, len(rows) - 3), 2))
    rows[short] = rows[short][:-1]
    defects.append((short + 2, "row cut short: its last cell is missing (missing-cell)"))
    rows[extra] = rows[extra] + ["tekshirilmoqda"]
    defects.append((extra + 2, "a note typed in an eighth cell (extra-cell)"))
    fields = [
        month_field(), region_field(),
        fld("Viloyat", "string", lt("Viloyat", "Вилоят", "Область", "Region")),
        fld("Murojaat_turi", "string", lt("Murojaat turi", "Мурожаат тури", "Вид обращения",
                                          "Kind of appeal"), {"enum": APPEAL_KINDS}),
        count_field("Kelib_tushgan", lt("Kelib tushgan", "Келиб тушган", "Поступило",
                                        "Received")),
        count_field("Hal_etilgan", lt("Hal etilgan", "Ҳал этилган", "Решено", "Resolved")),
        count_field("Korib_chiqilmoqda", lt(f"Ko{OKINA}rib chiqilmoqda", "Кўриб чиқилмоқда",
                                            "На рассмотрении", "Under review")),
    ]
    path = write_csv(out, code, "murojaatlar_2026_10.csv", header, rows)
    write_package(
        out, code,
        lt("Fuqarolar murojaatlari soni", "Фуқаролар мурожаатлари сони",
           "Количество обращений граждан", "Citizens' appeals received"),
        lt(f"Vazirlikka kelib tushgan murojaatlar: turi, hal etilgani va ko{OKINA}rib "
           "chiqilayotgani, viloyatlar kesimida.",
           "Вазирликка келиб тушган мурожаатлар: тури, ҳал этилгани ва кўриб чиқилаётгани, "
           "вилоятлар кесимида.",
           "Обращения, поступившие в министерство: вид, решённые и находящиеся на "
           "рассмотрении, по регионам.",
           "Appeals received by the ministry: kind, resolved and under review, by region."),
        lt("murojaat, ariza, shikoyat", "мурожаат, ариза, шикоят",
           "обращения, заявления, жалобы", "appeals, applications, complaints"),
        "monthly", SPHERE["justice"], person("Tursunova Malika", "00-16"),
        [resource("data", path.name, fields)])
    return path, len(rows), sorted(defects)


# 1-104-0017 -----------------------------------------------------------------

SUPPLIERS = ["Farm Invest", "Qurilish Servis", "Toshkent Mebel", "Ofis Texnika", "Yashil Vodiy",
             "Sharq Avto", "Buxoro Print", "Navoiy Energo", "Samarqand Tekstil", "Oltin Don",
             "Raqamli Yechimlar", "Zamin Logistik"]
PURCHASE_KINDS = ["Tovar", "Ish", "Xizmat"]


def iso_key(ddmmyyyy):
    return ddmmyyyy[6:] + ddmmyyyy[3:5] + ddmmyyyy[:2]


def make_xarid_dataset(soato, out):
    """Public procurement contracts of the third quarter (quarterly): the contract number is
    the key; dates and amounts as different systems wrote them."""
    code, rng = "1-104-0017", rng_for("ds-xarid")
    rows = []
    for n in range(1, 91):
        date = rand_date(rng, dt.date(2026, 7, 1), dt.date(2026, 9, 30))
        amount = rng.randrange(5_000_000, 2_500_000_000, 1_000)
        rows.append([f"X-2026-{3000 + n * 7:05d}", date.strftime("%d.%m.%Y"),
                     f"\"{rng.choice(SUPPLIERS)}\" MChJ",
                     str(rng.randrange(200_000_000, 310_000_000)), rng.choice(PURCHASE_KINDS),
                     uz_number(amount, 2), rng.choice(STAT_ORDER)])
    rows.sort(key=lambda r: (iso_key(r[1]), r[0]))
    a, b, c, d, e = rng.sample(range(5, len(rows) - 5), 5)
    defects = []
    rows[a][0] = rows[a - 1][0]
    defects.append((a + 2, f"contract number `{rows[a][0]}` repeats the row above "
                           "(primary-key)"))
    dd, mm, yy = rows[b][1].split(".")
    rows[b][1] = f"{yy}-{mm}-{dd}"
    defects.append((b + 2, f"ISO date `{rows[b][1]}` instead of `dd.mm.yyyy` (the fixes offer "
                           "the schema's layout)"))
    rows[c][5] = en_number(float(rows[c][5].replace(" ", "").replace(",", ".")), 2)
    defects.append((c + 2, f"amount in English number format `{rows[c][5]}` (the fixes offer "
                           "the schema's)"))
    rows[d][3] = rows[d][3][:-1]
    defects.append((d + 2, f"STIR `{rows[d][3]}` has 8 digits, not 9 (constraint-error, "
                           "pattern)"))
    rows[e][2] = "  " + rows[e][2] + " "
    defects.append((e + 2, f"supplier padded with spaces `{quoted(rows[e][2])}` (the fixes "
                           "trim it)"))
    header = ["Shartnoma_raqami", "Sana", "Yetkazib_beruvchi", "STIR", "Xarid_turi", "Summa",
              "Viloyat_kodi"]
    fields = [
        fld("Shartnoma_raqami", "string", lt("Shartnoma raqami", "Шартнома рақами",
                                             "Номер договора", "Contract number"),
            {"required": True}),
        fld("Sana", "date", lt("Shartnoma sanasi", "Шартнома санаси", "Дата договора",
                               "Contract date"), format="%d.%m.%Y"),
        fld("Yetkazib_beruvchi", "string", lt("Yetkazib beruvchi", "Етказиб берувчи",
                                              "Поставщик", "Supplier")),
        fld("STIR", "string", lt("STIR", "СТИР", "ИНН", "Taxpayer number"),
            {"pattern": "^[0-9]{9}$"}),
        fld("Xarid_turi", "string", lt("Xarid turi", "Харид тури", "Вид закупки",
                                       "Kind of purchase"), {"enum": PURCHASE_KINDS}),
        fld("Summa", "number", lt(f"Shartnoma summasi, so{OKINA}m", "Шартнома суммаси, сўм",
                                  "Сумма договора, сум", "Contract amount, UZS"),
            {"minimum": 0}, decimalChar=",", groupChar=" "),
        region_field(),
    ]
    path = write_csv(out, code, "davlat_xaridlari_2026_q3.csv", header, rows)
    write_package(
        out, code,
        lt(f"Davlat xaridlari bo{OKINA}yicha shartnomalar", "Давлат харидлари бўйича шартномалар",
           "Договоры по государственным закупкам", "Public procurement contracts"),
        lt("Chorak davomida tuzilgan davlat xaridi shartnomalari: yetkazib beruvchi, turi va "
           "summasi.",
           "Чорак давомида тузилган давлат хариди шартномалари: етказиб берувчи, тури ва "
           "суммаси.",
           "Договоры государственных закупок за квартал: поставщик, вид и сумма.",
           "Public procurement contracts of the quarter: supplier, kind and amount."),
        lt("davlat xaridlari, shartnoma, tender", "давлат харидлари, шартнома, тендер",
           "госзакупки, договор, тендер", "public procurement, contract, tender"),
        "quarterly", SPHERE["finance"], person("Ergashev Jasur", "00-17"),
        [resource("data", path.name, fields, primaryKey=["Shartnoma_raqami"])])
    return path, len(rows), sorted(defects)


# 1-104-0018 -----------------------------------------------------------------

MEDICINES = [  # INN, trade name, form and dosage, base price (so'm)
    ("Paracetamol", "Paratsetamol", "tabletka 500 mg №10", 3_900),
    ("Ibuprofen", "Ibufen", "tabletka 200 mg №20", 12_500),
    ("Amoxicillin", "Amoksil", "kapsula 500 mg №20", 24_800),
    ("Metformin", "Metformin", "tabletka 850 mg №60", 31_200),
    ("Omeprazole", "Omez", "kapsula 20 mg №30", 27_400),
    ("Amlodipine", "Amlodipin", "tabletka 5 mg №30", 14_900),
    ("Enalapril", "Enap", "tabletka 10 mg №20", 11_300),
    ("Ceftriaxone", "Seftriakson", "kukun 1 g, flakon", 9_800),
    ("Salbutamol", "Salbutamol", "ingalyator 100 mkg", 38_600),
    ("Insulin glargine", "Glargin", "eritma 100 XB/ml, 3 ml", 145_000),
    ("Loratadine", "Loratadin", "tabletka 10 mg №10", 6_700),
    ("Azithromycin", "Azitromitsin", "kapsula 250 mg №6", 21_300),
    ("Atorvastatin", "Atorvastatin", "tabletka 20 mg №30", 29_900),
    ("Diclofenac", "Diklofenak", "eritma 75 mg/3 ml №5", 8_400),
    ("Levothyroxine", "L-tiroksin", "tabletka 50 mkg №50", 18_200),
    ("Furosemide", "Furosemid", "tabletka 40 mg №50", 7_100),
]
MAKERS = ["Nika Pharm", "Remedy Group", "Jurabek Laboratories", "Radiks", "Merrymed Farm",
          "Dentafill Plyus"]


def make_dori_dataset(soato, out):
    """Wholesale prices of essential medicines in week 47 (weekly): the clean dataset, its
    passport complete, that passes every check."""
    code, rng = "1-104-0018", rng_for("ds-dori")
    rows = []
    for inn, trade, form, base in MEDICINES:
        for maker in rng.sample(MAKERS, 2):
            price = round(base * rng.uniform(0.85, 1.25), -1)
            rows.append(["2026-W47", inn, trade, form, maker, f"{price:.2f}",
                         f"{rng.uniform(-2.5, 3.5):.1f}"])
    header = ["Hafta", "MNN", "Savdo_nomi", "Shakli", "Ishlab_chiqaruvchi", "Narx", "Ozgarish"]
    fields = [
        fld("Hafta", "string", lt("Hafta", "Ҳафта", "Неделя", "Week"),
            {"required": True, "pattern": "^20[0-9]{2}-W[0-5][0-9]$"}),
        fld("MNN", "string", lt("Xalqaro patentlanmagan nomi", "Халқаро патентланмаган номи",
                                "МНН", "International non-proprietary name"),
            {"required": True}),
        fld("Savdo_nomi", "string", lt("Savdo nomi", "Савдо номи", "Торговое наименование",
                                       "Trade name")),
        fld("Shakli", "string", lt("Dori shakli va dozasi", "Дори шакли ва дозаси",
                                   "Лекарственная форма и дозировка", "Form and dosage")),
        fld("Ishlab_chiqaruvchi", "string", lt("Ishlab chiqaruvchi", "Ишлаб чиқарувчи",
                                               "Производитель", "Manufacturer")),
        fld("Narx", "number", lt(f"Ulgurji narx, so{OKINA}m", "Улгуржи нарх, сўм",
                                 "Оптовая цена, сум", "Wholesale price, UZS"),
            {"required": True, "minimum": 0}),
        fld("Ozgarish", "number", lt(f"O{OKINA}tgan haftaga nisbatan o{OKINA}zgarish, %",
                                     "Ўтган ҳафтага нисбатан ўзгариш, %",
                                     "Изменение к прошлой неделе, %",
                                     "Change on the previous week, %")),
    ]
    path = write_csv(out, code, "dori_narxlari_2026_w47.csv", header, rows)
    write_package(
        out, code,
        lt("Dori vositalarining ulgurji narxlari", "Дори воситаларининг улгуржи нархлари",
           "Оптовые цены на лекарственные средства", "Wholesale prices of medicines"),
        lt(f"Muhim dori vositalarining haftalik ulgurji narxlari va o{OKINA}tgan haftaga "
           f"nisbatan o{OKINA}zgarishi.",
           "Муҳим дори воситаларининг ҳафталик улгуржи нархлари ва ўтган ҳафтага нисбатан "
           "ўзгариши.",
           "Еженедельные оптовые цены на основные лекарственные средства и их изменение к "
           "прошлой неделе.",
           "Weekly wholesale prices of essential medicines and their change on the previous "
           "week."),
        lt("dori, narx, dorixona", "дори, нарх, дорихона", "лекарства, цены, аптеки",
           "medicines, prices, pharmacies"),
        "weekly", SPHERE["health"], person("Qodirov Otabek", "00-18"),
        [resource("data", path.name, fields)])
    return path, len(rows), []


# 1-104-0019 -----------------------------------------------------------------

ACTIVITIES = [
    ("01", "Farmatsevtika faoliyati", "Фармацевтика фаолияти", "Фармацевтическая деятельность",
     "Pharmaceutical activity"),
    ("02", "Tibbiyot faoliyati", "Тиббиёт фаолияти", "Медицинская деятельность",
     "Medical activity"),
    ("03", f"Nodavlat ta{TUTUQ}lim xizmatlari", "Нодавлат таълим хизматлари",
     "Негосударственные образовательные услуги", "Private education services"),
    ("04", "Qurilish-loyihalash ishlari", "Қурилиш-лойиҳалаш ишлари",
     "Строительно-проектные работы", "Construction design"),
    ("05", f"Yo{OKINA}lovchi tashish", "Йўловчи ташиш", "Пассажирские перевозки",
     "Passenger transport"),
    ("06", "Auditorlik faoliyati", "Аудиторлик фаолияти", "Аудиторская деятельность",
     "Audit"),
]
ORG_NAMES = [("Shifo Nur", "Шифо Нур"), ("Salomatlik Plyus", "Саломатлик Плюс"),
             ("Bilim Markazi", "Билим Маркази"), ("Ziyo Loyiha", "Зиё Лойиҳа"),
             (f"Tez Yo{OKINA}l Trans", "Тез Йўл Транс"), ("Ishonch Audit", "Ишонч Аудит"),
             ("Dori Darmon", "Дори Дармон"), ("Yangi Avlod", "Янги Авлод"),
             ("Oq Tibbiyot", "Оқ Тиббиёт"), (f"Kamolot Ta{TUTUQ}lim", "Камолот Таълим"),
             ("Mezon Qurilish", "Мезон Қурилиш"), ("Safar Servis", "Сафар Сервис")]
LICENCE_STATES = [("amalda", 80), (f"to{OKINA}xtatilgan", 12), ("bekor qilingan", 8)]


def make_litsenziya_dataset(soato, out):
    """The register of licences issued (irregular): two resources, the register and the list
    of licensed activities its codes refer to."""
    code, rng = "1-104-0019", rng_for("ds-litsenziya")
    rows = []
    for n in range(1, 81):
        act = rng.choice(ACTIVITIES)
        org = rng.randrange(len(ORG_NAMES))
        issued = rand_date(rng, dt.date(2023, 1, 10), dt.date(2026, 6, 30))
        state = rng.choices([s for s, _ in LICENCE_STATES], [w for _, w in LICENCE_STATES])[0]
        rows.append([f"L-{act[0]}-{issued.year}-{n * 13 % 997:04d}", issued.strftime("%d.%m.%Y"),
                     f"\"{ORG_NAMES[org][0]}\" MChJ", str(rng.randrange(200_000_000, 310_000_000)),
                     act[0], rng.choice(STAT_ORDER), state, org])
    rows.sort(key=lambda r: (iso_key(r[1]), r[0]))
    a, b, *cyrillic = rng.sample(range(5, len(rows) - 5), 5)
    defects = []
    rows[a][4] = "15"
    defects.append((a + 2, "activity code `15`, not in the package's list `faoliyat_turlari.csv` "
                           "(foreign-key)"))
    rows[b][0] = rows[b - 1][0]
    defects.append((b + 2, f"licence number `{rows[b][0]}` repeats the row above "
                           "(unique-error)"))
    for i in sorted(cyrillic):
        rows[i][2] = f"«{ORG_NAMES[rows[i][7]][1]}» МЧЖ"
        defects.append((i + 2, f"organisation written in Cyrillic among Latin names "
                               f"`{rows[i][2]}` (the fixes offer it in Latin)"))
    rows = [r[:7] for r in rows]
    header = ["Litsenziya_raqami", "Berilgan_sana", "Tashkilot", "STIR", "Faoliyat_kodi",
              "Viloyat_kodi", "Holati"]
    fields = [
        fld("Litsenziya_raqami", "string", lt("Litsenziya raqami", "Лицензия рақами",
                                              "Номер лицензии", "Licence number"),
            {"required": True, "unique": True}),
        fld("Berilgan_sana", "date", lt("Berilgan sana", "Берилган сана", "Дата выдачи",
                                        "Date issued"), format="%d.%m.%Y"),
        fld("Tashkilot", "string", lt("Tashkilot", "Ташкилот", "Организация", "Organisation")),
        fld("STIR", "string", lt("STIR", "СТИР", "ИНН", "Taxpayer number"),
            {"pattern": "^[0-9]{9}$"}),
        fld("Faoliyat_kodi", "string", lt("Faoliyat turi kodi", "Фаолият тури коди",
                                          "Код вида деятельности", "Activity code")),
        region_field(),
        fld("Holati", "string", lt("Holati", "Ҳолати", "Статус", "Status"),
            {"enum": [s for s, _ in LICENCE_STATES]}),
    ]
    path = write_csv(out, code, "litsenziyalar_reyestri.csv", header, rows)
    lists = write_csv(out, code, "faoliyat_turlari.csv",
                      ["Kod", "Nomi", "Номи", "Название", "Name"], [list(a) for a in ACTIVITIES])
    list_fields = [
        fld("Kod", "string", lt("Kod", "Код", "Код", "Code"), {"required": True, "unique": True}),
        fld("Nomi", "string", lt("Nomi (lotin)", "Номи (лотин)", "Название (узб. лат.)",
                                 "Name (Uzbek Latin)")),
        fld("Номи", "string", lt("Nomi (kirill)", "Номи (кирилл)", "Название (узб. кир.)",
                                 "Name (Uzbek Cyrillic)")),
        fld("Название", "string", lt("Nomi (rus)", "Номи (рус)", "Название (рус.)",
                                     "Name (Russian)")),
        fld("Name", "string", lt("Nomi (ingliz)", "Номи (инглиз)", "Название (англ.)",
                                 "Name (English)")),
    ]
    write_package(
        out, code,
        lt("Berilgan litsenziyalar reyestri", "Берилган лицензиялар реестри",
           "Реестр выданных лицензий", "Register of licences issued"),
        lt("Vazirlik bergan litsenziyalar: raqami, sanasi, tashkilot, faoliyat turi va holati.",
           "Вазирлик берган лицензиялар: рақами, санаси, ташкилот, фаолият тури ва ҳолати.",
           "Лицензии, выданные министерством: номер, дата, организация, вид деятельности и "
           "статус.",
           "Licences issued by the ministry: number, date, organisation, activity and status."),
        lt("litsenziya, ruxsatnoma, reyestr", "лицензия, рухсатнома, реестр",
           "лицензия, разрешение, реестр", "licence, permit, register"),
        "irregular", SPHERE["business"], person("Nazarova Lola", "00-19"),
        [resource("data", path.name, fields,
                  foreignKeys=[{"fields": ["Faoliyat_kodi"],
                                "reference": {"resource": "faoliyat_turlari",
                                              "fields": ["Kod"]}}]),
         resource("faoliyat_turlari", lists.name, list_fields, primaryKey=["Kod"])])
    return path, len(rows), sorted(defects)


# 1-104-0020 -----------------------------------------------------------------

def make_byudjet_dataset(soato, out):
    """Budget execution by region for October 2026 (monthly): the schema was edited by hand
    and one pattern no longer parses; one execution rate is a typing slip."""
    code, rng = "1-104-0020", rng_for("ds-byudjet")
    rows = []
    for c in STAT_ORDER:
        plan = POP_2021[c][0] * rng.uniform(0.55, 0.8) * (2.4 if c == "1726" else 1)
        done = plan * rng.uniform(0.82, 1.08)
        rows.append(["2026-10", c, region_latn(soato, c), plain_number(plan),
                     plain_number(done), plain_number(done / plan * 100)])
    i = rng.randrange(2, len(rows) - 2)
    whole, frac = rows[i][5].split(",")
    rows[i][5] = f"{whole}{frac},0"  # the decimal comma typed one place late
    defects = [(1, "the schema's pattern for `Oy` was edited by hand and no longer parses "
                   "(`^20[0-9]{2}-[0-9]{2`: schema-error)"),
               (i + 2, f"execution rate `{rows[i][5]}` %, the comma typed one place late "
                       "(above the maximum 200: constraint-error)")]
    # The republic's total above the regions, as statistics departments put it; its
    # execution was added up before one region's figure was corrected.
    def column_sum(col):
        return sum(float(r[col].replace(",", ".")) for r in rows)
    plan, done = column_sum(3), column_sum(4) + 0.4
    rows.insert(0, ["2026-10", "1700", f"O{OKINA}zbekiston Respublikasi", plain_number(plan),
                    plain_number(done), plain_number(done / plan * 100)])
    defects = shifted(defects, 2)
    defects.append((2, f"the republic's `Ijro` total `{rows[0][4]}` is 0,4 more than the sum "
                       "of its 14 regions (total-mismatch)"))
    header = ["Oy", "Viloyat_kodi", "Viloyat", "Reja", "Ijro", "Ijro_foizi"]

    def amount(name, titles):
        return fld(name, "number", titles, {"minimum": 0}, decimalChar=",")
    fields = [
        fld("Oy", "string", lt("Oy", "Ой", "Месяц", "Month"),
            {"required": True, "pattern": "^20[0-9]{2}-[0-9]{2"}),
        region_field(),
        fld("Viloyat", "string", lt("Viloyat", "Вилоят", "Область", "Region")),
        amount("Reja", lt(f"Reja, mlrd so{OKINA}m", "Режа, млрд сўм", "План, млрд сум",
                          "Plan, billion UZS")),
        amount("Ijro", lt(f"Ijro, mlrd so{OKINA}m", "Ижро, млрд сўм", "Исполнение, млрд сум",
                          "Executed, billion UZS")),
        fld("Ijro_foizi", "number", lt("Ijro foizi", "Ижро фоизи", "Процент исполнения",
                                       "Execution, %"),
            {"minimum": 0, "maximum": 200}, decimalChar=","),
    ]
    path = write_csv(out, code, "byudjet_ijrosi_2026_10.csv", header, rows)
    write_package(
        out, code,
        lt(f"Viloyatlar bo{OKINA}yicha byudjet ijrosi", "Вилоятлар бўйича бюджет ижроси",
           "Исполнение бюджета по регионам", "Budget execution by region"),
        lt(f"Vazirlik byudjeti xarajatlarining viloyatlar bo{OKINA}yicha oylik ijrosi.",
           "Вазирлик бюджети харажатларининг вилоятлар бўйича ойлик ижроси.",
           "Ежемесячное исполнение расходов бюджета министерства по регионам.",
           "Monthly execution of the ministry's budget spending by region."),
        lt("byudjet, ijro, xarajatlar", "бюджет, ижро, харажатлар",
           "бюджет, исполнение, расходы", "budget, execution, spending"),
        "monthly", SPHERE["finance"], person("Ergashev Jasur", "00-20"),
        [resource("data", path.name, fields)])
    return path, len(rows), sorted(defects)


# 1-104-0021 -----------------------------------------------------------------

def make_maktab_dataset(soato, out):
    """General schools by district, school year 2025/2026 (annual): district names typed
    where codes belong, a code padded with spaces, a district filed under another region."""
    code, rng = "1-104-0021", rng_for("ds-maktab")
    rows = []
    for d in sorted(soato.districts, key=lambda d: d["code"]):
        if rng.random() < 0.3:
            continue
        schools = rng.randint(8, 60) if soato.is_city(d) else rng.randint(25, 95)
        pupils = schools * rng.randint(420, 980)
        rows.append([d["code"], d["parent_code"], uz_latn(d["name_uz_latn"]), str(schools),
                     str(pupils), str(round(pupils / rng.uniform(13, 19)))])
    a, b, c, e = rng.sample(range(5, len(rows) - 5), 4)
    defects = []
    for i in (a, b):
        rows[i][0] = rows[i][2]
        defects.append((i + 2, f"district name instead of its SOATO code in `Tuman_kodi`: "
                               f"`{rows[i][0]}` (the fixes offer the code)"))
    rows[c][0] = " " + rows[c][0] + " "
    defects.append((c + 2, f"code padded with spaces `{quoted(rows[c][0])}` (the fixes trim "
                           "it)"))
    other = next(x for x in STAT_ORDER if x != rows[e][1])
    defects.append((e + 2, f"district `{rows[e][0]}` filed under region `{other}` "
                           "(hierarchy-error)"))
    rows[e][1] = other
    header = ["Tuman_kodi", "Viloyat_kodi", "Tuman", "Maktablar_soni", "Oquvchilar_soni",
              "Oqituvchilar_soni"]
    fields = [
        district_field(), region_field(),
        fld("Tuman", "string", lt("Tuman (shahar)", "Туман (шаҳар)", "Район (город)",
                                  "District (city)")),
        count_field("Maktablar_soni", lt("Maktablar soni", "Мактаблар сони", "Число школ",
                                         "Schools")),
        count_field("Oquvchilar_soni", lt(f"O{OKINA}quvchilar soni", "Ўқувчилар сони",
                                          "Число учащихся", "Pupils")),
        count_field("Oqituvchilar_soni", lt(f"O{OKINA}qituvchilar soni", "Ўқитувчилар сони",
                                            "Число учителей", "Teachers")),
    ]
    path = write_csv(out, code, "maktablar_2025_2026.csv", header, rows)
    write_package(
        out, code,
        lt(f"Umumiy o{OKINA}rta ta{TUTUQ}lim maktablari", "Умумий ўрта таълим мактаблари",
           "Общеобразовательные школы", "General secondary schools"),
        lt(f"Tumanlar kesimida maktablar, o{OKINA}quvchilar va o{OKINA}qituvchilar soni, "
           f"2025/2026 o{OKINA}quv yili.",
           "Туманлар кесимида мактаблар, ўқувчилар ва ўқитувчилар сони, 2025/2026 ўқув йили.",
           "Число школ, учащихся и учителей по районам, 2025/2026 учебный год.",
           "Schools, pupils and teachers by district, school year 2025/2026."),
        lt(f"maktab, o{OKINA}quvchi, o{OKINA}qituvchi", "мактаб, ўқувчи, ўқитувчи",
           "школа, учащиеся, учителя", "school, pupils, teachers"),
        "annual", SPHERE["education"], person("Yusupova Dilfuza", "00-21"),
        [resource("data", path.name, fields)])
    return path, len(rows), sorted(defects)


# 1-104-0022 -----------------------------------------------------------------

ROADS = ["Toshkent–Termiz", "Toshkent–Andijon", "Samarqand–Buxoro", "Buxoro–Nukus",
         "Qarshi–Shahrisabz", "Guliston–Jizzax", "Namangan–Chortoq", "Urganch–Xiva",
         "Navoiy–Uchquduq", "Farg'ona–Qo'qon", "Termiz–Denov", "Nukus–Mo'ynoq"]
ROAD_STATES = [("tugallangan", 50), ("davom etmoqda", 40), ("to'xtatilgan", 10)]


def make_yol_dataset(soato, out):
    """Road repairs of the third quarter (quarterly): a road name with an unquoted semicolon,
    a date with slashes, a length with its unit."""
    code, rng = "1-104-0022", rng_for("ds-yol")
    districts = [d for d in soato.districts if d["parent_code"] != "1726"]
    rows = []
    for n in range(1, 61):
        d = rng.choice(districts)
        start = rand_date(rng, dt.date(2026, 4, 1), dt.date(2026, 8, 31))
        state = uz_latn(rng.choices([s for s, _ in ROAD_STATES], [w for _, w in ROAD_STATES])[0])
        end = (start + dt.timedelta(days=rng.randint(20, 90))).strftime("%d.%m.%Y") \
            if state == "tugallangan" else ""
        km = rng.randint(8, 260) / 10
        road = uz_latn(f"{rng.choice(ROADS)} avtomobil yo'li, {rng.randint(3, 480)}-km")
        rows.append([str(220 + n), d["parent_code"], d["code"], road, plain_number(km),
                     plain_number(km * rng.uniform(1.8, 4.2)), start.strftime("%d.%m.%Y"),
                     end, state])
    a, b, c = rng.sample(range(5, len(rows) - 5), 3)
    defects = []
    rows[b][6] = rows[b][6].replace(".", "/")
    defects.append((b + 2, f"date `{rows[b][6]}` with slashes (the fixes offer `dd.mm.yyyy`)"))
    rows[c][4] = rows[c][4] + " km"
    defects.append((c + 2, f"length `{rows[c][4]}` with its unit (type-error)"))
    rows[a][3] = rows[a][3].replace(", ", "; ")
    defects.append((a + 2, f"`;` inside the road name, not quoted: `{rows[a][3]}` makes two "
                           "cells and shifts the rest (extra-cell, type-error, "
                           "constraint-error)"))
    header = ["Loyiha_ID", "Viloyat_kodi", "Tuman_kodi", "Yol_nomi", "Uzunligi_km",
              "Qiymati_mlrd", "Boshlangan", "Tugallangan", "Holati"]
    lines = [";".join(header)]
    lines += [";".join(r) if i == a else csv_line(r) for i, r in enumerate(rows)]
    fields = [
        fld("Loyiha_ID", "integer", lt("Loyiha ID", "Лойиҳа ID", "ID проекта", "Project ID"),
            {"required": True}),
        region_field(), district_field(),
        fld("Yol_nomi", "string", lt(f"Yo{OKINA}l nomi va qismi", "Йўл номи ва қисми",
                                     "Дорога и участок", "Road and section")),
        fld("Uzunligi_km", "number", lt("Uzunligi, km", "Узунлиги, км", "Протяжённость, км",
                                        "Length, km"), {"minimum": 0}, decimalChar=","),
        fld("Qiymati_mlrd", "number", lt(f"Qiymati, mlrd so{OKINA}m", "Қиймати, млрд сўм",
                                         "Стоимость, млрд сум", "Cost, billion UZS"),
            {"minimum": 0}, decimalChar=","),
        fld("Boshlangan", "date", lt("Boshlangan sana", "Бошланган сана", "Дата начала",
                                     "Started"), format="%d.%m.%Y"),
        fld("Tugallangan", "date", lt("Tugallangan sana", "Тугалланган сана", "Дата окончания",
                                      "Finished"), format="%d.%m.%Y"),
        fld("Holati", "string", lt("Holati", "Ҳолати", "Состояние", "State"),
            {"enum": [uz_latn(s) for s, _ in ROAD_STATES]}),
    ]
    path = write_lines(out, code, "yol_tamirlash_2026_q3.csv", lines)
    write_package(
        out, code,
        lt(f"Avtomobil yo{OKINA}llarini ta{TUTUQ}mirlash", "Автомобиль йўлларини таъмирлаш",
           "Ремонт автомобильных дорог", "Road repairs"),
        lt(f"Chorakda ta{TUTUQ}mirlangan avtomobil yo{OKINA}llari: joyi, uzunligi, qiymati va "
           "muddatlari.",
           "Чоракда таъмирланган автомобиль йўллари: жойи, узунлиги, қиймати ва муддатлари.",
           "Автомобильные дороги, отремонтированные за квартал: место, протяжённость, "
           "стоимость и сроки.",
           "Roads repaired during the quarter: place, length, cost and dates."),
        lt(f"yo{OKINA}l, ta{TUTUQ}mirlash, infratuzilma", "йўл, таъмирлаш, инфратузилма",
           "дороги, ремонт, инфраструктура", "roads, repairs, infrastructure"),
        "quarterly", SPHERE["transport"], person("Hamidov Rustam", "00-22"),
        [resource("data", path.name, fields)])
    return path, len(rows), sorted(defects)


# 1-104-0023 -----------------------------------------------------------------

AIR_CITIES = ["1703401", "1714401", "1718401", "1730401"]


def make_havo_dataset(soato, out):
    """Daily air quality in four cities in October 2026 (monthly): a header saved with a
    trailing delimiter, and a passport started in a hurry."""
    code, rng = "1-104-0023", rng_for("ds-havo")
    cities = [d for d in soato.districts if d["code"] in AIR_CITIES]
    assert len(cities) == len(AIR_CITIES), "an air-quality city is not in the SOATO file"
    header = ["Sana", "Shahar_kodi", "Shahar", "PM2_5", "PM10", "NO2", "SO2"]
    lines = [";".join(header) + ";"]
    for day in range(1, 32):
        for d in cities:
            base = rng.uniform(18, 55)
            lines.append(csv_line([f"{day:02d}.10.2026", d["code"], uz_latn(d["name_uz_latn"]),
                                   plain_number(base), plain_number(base * rng.uniform(1.6, 2.3)),
                                   plain_number(rng.uniform(12, 48)),
                                   plain_number(rng.uniform(2, 14))]))
    defects = [(0, "no contact e-mail and no topic sphere (passport-missing); title "
                   "and description only in Uzbek, keywords only in Uzbek Latin "
                   "(passport-language)"),
               (1, "header saved with a trailing `;`: an eighth, empty label (blank-label and "
                   "extra-label)")]

    def concentration(name, label):
        return fld(name, "number", lt(f"{label}, mkg/m³", f"{label}, мкг/м³", f"{label}, мкг/м³",
                                      f"{label}, µg/m³"), {"minimum": 0}, decimalChar=",")
    fields = [
        fld("Sana", "date", lt("Sana", "Сана", "Дата", "Date"), format="%d.%m.%Y"),
        district_field("Shahar_kodi", parent=None,
                       titles=lt("Shahar kodi (MHOBT)", "Шаҳар коди (МҲОБТ)",
                                 "Код города (СОАТО)", "City code (SOATO)")),
        fld("Shahar", "string", lt("Shahar", "Шаҳар", "Город", "City")),
        concentration("PM2_5", "PM2,5"), concentration("PM10", "PM10"),
        concentration("NO2", "NO₂"), concentration("SO2", "SO₂"),
    ]
    path = write_lines(out, code, "havo_sifati_2026_10.csv", lines)
    write_package(
        out, code,
        {"uz-Latn": "Atmosfera havosi sifati", "uz-Cyrl": "Атмосфера ҳавоси сифати"},
        {"uz-Latn": "Yirik shaharlarda atmosfera havosidagi ifloslantiruvchi moddalarning "
                    f"kunlik o{OKINA}rtacha miqdori.",
         "uz-Cyrl": "Йирик шаҳарларда атмосфера ҳавосидаги ифлослантирувчи моддаларнинг "
                    "кунлик ўртача миқдори."},
        {"uz-Latn": "havo sifati, ekologiya, PM2.5"},
        "monthly", "", {"name": "Sobirov Akmal", "phone": "+998 71 200-00-23"},
        [resource("data", path.name, fields)])
    return path, len(lines) - 1, sorted(defects)



# 1-104-0026 -----------------------------------------------------------------

CHORAKLAR = ["I chorak", "II chorak", "III chorak", "IV chorak"]


def make_sanoat_dataset(soato, out):
    """Industrial output by region and quarter, as a statistics department's workbook keeps
    it: a title block, a two-row header (the year merged over its four quarters), the
    republic's total (1700) above the regions, and a note under the table. The total is off
    by a little in one quarter."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    code, rng = "1-104-0026", rng_for("ds-sanoat")
    years = [2024, 2025]
    periods = [(y, q) for y in years for q in CHORAKLAR]
    base = {c: rng.uniform(1800, 9000) for c in STAT_ORDER}
    base["1726"] = rng.uniform(17000, 21000)  # Tashkent city
    base["1727"] = rng.uniform(9000, 12000)   # Tashkent region
    tenths = {}
    for c in STAT_ORDER:
        level = base[c]
        for i, p in enumerate(periods):
            season = (1.0, 1.08, 1.12, 1.25)[i % 4]
            growth = 1 + 0.06 * (i // 4)
            tenths[(c, p)] = int(round(level * season * growth * rng.uniform(0.96, 1.04) * 10))
    wrong = (2025, "II chorak")
    total = {p: sum(tenths[(c, p)] for c in STAT_ORDER) for p in periods}
    total[wrong] += 8  # 0,8 bn soʻm more than its regions
    FIRST = 6  # Excel row of the first data row (title, subtitle, blank, two header rows)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sanoat"
    last_col = 2 + len(periods)
    ws.cell(1, 1, f"Hududlar kesimida sanoat mahsuloti ishlab chiqarish hajmi")
    ws.cell(2, 1, f"(joriy narxlarda, mlrd. so{OKINA}m)")
    for r in (1, 2):
        ws.cell(r, 1).font = Font(bold=True, size=12)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last_col)
    ws.cell(4, 1, "MHOBT kodi")
    ws.cell(4, 2, "Hudud")
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    ws.merge_cells(start_row=4, start_column=2, end_row=5, end_column=2)
    for k, y in enumerate(years):
        first = 3 + 4 * k
        ws.cell(4, first, f"{y}-yil")
        ws.merge_cells(start_row=4, start_column=first, end_row=4, end_column=first + 3)
        for j, q in enumerate(CHORAKLAR):
            ws.cell(5, first + j, q)
    for r in (4, 5):
        for c in range(1, last_col + 1):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center",
                                                wrap_text=True)
    rows = [("1700", f"O{OKINA}zbekiston Respublikasi", [total[p] for p in periods])]
    rows += [(c, region_latn(soato, c), [tenths[(c, p)] for p in periods]) for c in STAT_ORDER]
    for i, (c, name, values) in enumerate(rows):
        r = FIRST + i
        ws.cell(r, 1, int(c))
        ws.cell(r, 2, name)
        for j, v in enumerate(values):
            cell = ws.cell(r, 3 + j, v / 10)
            cell.number_format = "#,##0.0"
        if c == "1700":
            for cc in range(1, last_col + 1):
                ws.cell(r, cc).font = Font(bold=True)
    foot = FIRST + len(rows)
    ws.cell(foot, 1, f"Izoh: 2025-yil IV chorak ma{TUTUQ}lumotlari dastlabki. Manba: Namuna "
                     f"vazirligi hisob-kitoblari.")
    for col, width in zip("ABCDEFGHIJ", (11, 30) + (11,) * 8):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "C6"
    stamp = dt.datetime(2026, 11, 20, 9, 0, 0)
    wb.properties.creator = "Ochiq demo (scripts/make_demo.py)"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    path = out / "datasets" / code / "sanoat_hajmi_2024_2025.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(reproducible_zip(buf.getvalue(), stamp))
    wrong_col = 3 + periods.index(wrong)
    defects = [
        (4, "a two-row header: the year merged over its four quarters (read as "
            "`2024-yil I chorak` …), and periods as column names: period-in-header, a warning "
            "whose fix unpivots the table into a period column"),
        (FIRST, f"the republic's total (1700) for `{wrong[0]}-yil {wrong[1]}` is 0,8 more "
                f"than the sum of its 14 regions (total-mismatch, column {wrong_col})"),
        (foot, "a note under the table (`Izoh: …`): footnote-row"),
    ]

    def quarter_field(y, q):
        n = CHORAKLAR.index(q) + 1
        roman = q.split()[0]
        return fld(f"{y}-yil {q}", "number",
                   lt(f"{y}-yil {q}, mlrd. so{OKINA}m", f"{y}-йил {roman} чорак, млрд. сўм",
                      f"{y} год, {n} квартал, млрд. сум", f"{y} Q{n}, bn soum"),
                   {"minimum": 0})
    fields = [
        fld("MHOBT kodi", "string", lt("Hudud kodi (MHOBT)", "Ҳудуд коди (МҲОБТ)",
                                       "Код территории (СОАТО)", "Territory code (SOATO)"),
            {"required": True, "pattern": "^[0-9]{4}$"}, classifier="region"),
        fld("Hudud", "string", lt("Hudud", "Ҳудуд", "Территория", "Territory")),
    ]
    fields += [quarter_field(y, q) for y, q in periods]
    res = {"name": "data", "path": path.name, "format": "xlsx", "sheet": "Sanoat",
           "dialect": {"header": True, "headerRows": [4, 5]},
           "schema": {"fields": fields, "missingValues": [""], "primaryKey": ["MHOBT kodi"]}}
    write_package(
        out, code,
        lt("Sanoat mahsuloti hajmi hududlar kesimida", "Саноат маҳсулоти ҳажми ҳудудлар кесимида",
           "Объём промышленной продукции по регионам", "Industrial output by region"),
        lt(f"Hududlar kesimida choraklik sanoat mahsuloti ishlab chiqarish hajmi, joriy "
           f"narxlarda, mlrd. so{OKINA}m.",
           "Ҳудудлар кесимида чораклик саноат маҳсулоти ишлаб чиқариш ҳажми, жорий нархларда, "
           "млрд. сўм.",
           "Квартальный объём производства промышленной продукции по регионам, в текущих "
           "ценах, млрд. сумов.",
           "Quarterly industrial output by region, at current prices, billion soums."),
        lt("sanoat, ishlab chiqarish, hududlar", "саноат, ишлаб чиқариш, ҳудудлар",
           "промышленность, производство, регионы", "industry, output, regions"),
        "quarterly", SPHERE["business"],
        person("Qodirov Otabek", "00-26"), [res])
    return path, len(rows) + 1, defects


# 1-104-0027 -----------------------------------------------------------------

# Invented people: every name, number and address below is made up for the demo.
NAFAQA_FAMILIES = ["Karimov", "Rahimov", "Toshmatov", "Yusupov", "Aliyev", "Qodirov",
                   "Ergashev", "Nazarov", "Saidov", "Umarov", "Xolmatov", "Sobirov"]
NAFAQA_MEN = ["Aziz", "Jasur", "Bobur", "Sherzod", "Otabek", "Dilshod", "Sanjar", "Ulugʻbek"]
NAFAQA_WOMEN = ["Dilnoza", "Malika", "Nigora", "Gulnora", "Sevara", "Zarina", "Mohira"]
NAFAQA_FATHERS = ["Rustam", "Akmal", "Olim", "Anvar", "Baxtiyor", "Ismoil", "Hamid", "Jamshid"]
NAFAQA_STREETS = ["Bunyodkor", "Muqimiy", "Qatortol", "Lutfiy", "Gavhar", "Cho" + OKINA + "pon ota"]
NAFAQA_KINDS = [("Bolalik nafaqasi", 30), ("Moddiy yordam", 15), ("Bola parvarishi nafaqasi", 10)]
NAFAQA_AMOUNTS = {"Bolalik nafaqasi": [380_000, 500_000], "Moddiy yordam": [750_000],
                  "Bola parvarishi nafaqasi": [620_000]}


def fictitious_pinfl(rng, born, man):
    """A JShShIR-shaped number, invented: the century and sex digit, the birth date DDMMYY,
    a made-up district and serial, and a check digit by the weighted 7-3-1 rule that
    circulates publicly (never a real person's number)."""
    first = (3 if born.year < 2000 else 5) + (0 if man else 1)
    body = f"{first}{born:%d%m%y}{rng.randrange(100, 999):03d}{rng.randrange(1, 999):03d}"
    check = sum(int(d) * w for d, w in zip(body, [7, 3, 1] * 5)) % 10
    return f"{body}{check}"


def make_nafaqa_dataset(soato, out):
    """Benefit recipients of one district, as a social-protection department keeps the
    register: full names with patronymics, JShShIR, passport series and number, birth date
    and home address beside the benefit. Publishing it as it is would publish the personal
    data of citizens: the personal-data guard stops it, and its fixes (mask, remove, or count
    recipients by benefit) make it publishable. Every person here is invented."""
    code, rng = "1-104-0027", rng_for("ds-nafaqa")
    district = next(d for d in soato.districts if d["code"] == "1726294")
    rows = []
    for n in range(1, 31):
        man = rng.random() < 0.5
        family = rng.choice(NAFAQA_FAMILIES) + ("" if man else "a")
        given = rng.choice(NAFAQA_MEN if man else NAFAQA_WOMEN)
        father = rng.choice(NAFAQA_FATHERS)
        if rng.random() < 0.7:
            name = f"{family} {given} {father}{'ovich' if man else 'ovna'}"
        else:
            name = f"{family} {given} {father} {'o' + OKINA + 'g' + OKINA + 'li' if man else 'qizi'}"
        born = rand_date(rng, dt.date(1955, 1, 1), dt.date(2004, 12, 31))
        kind = rng.choices([k for k, _ in NAFAQA_KINDS], [w for _, w in NAFAQA_KINDS])[0]
        given_on = rand_date(rng, dt.date(2026, 1, 12), dt.date(2026, 10, 30))
        rows.append([str(n), name, fictitious_pinfl(rng, born, man),
                     f"A{rng.choice('ABCD')}{rng.randrange(0, 10_000_000):07d}",
                     born.strftime("%d.%m.%Y"),
                     f"{rng.choice(NAFAQA_STREETS)} ko{OKINA}chasi, {rng.randrange(1, 90)}-uy",
                     district["code"], kind, str(rng.choice(NAFAQA_AMOUNTS[kind])),
                     given_on.strftime("%d.%m.%Y")])
    header = ["T/r", "F.I.Sh.", "JShShIR", "Pasport", f"Tug{OKINA}ilgan sana", "Manzil",
              "Tuman_kodi", "Nafaqa turi", "Summa", "Tayinlangan sana"]
    path = write_csv(out, code, "nafaqa_oluvchilar_2026.csv", header, rows)
    fields = [
        count_field("T/r", lt("T/r", "Т/р", "№ п/п", "No.")),
        fld("F.I.Sh.", "string", lt("Familiyasi, ismi, otasining ismi",
                                    "Фамилияси, исми, отасининг исми", "ФИО", "Full name")),
        fld("JShShIR", "string", lt("JShShIR", "ЖШШИР", "ПИНФЛ", "Personal number (PINFL)")),
        fld("Pasport", "string", lt("Pasport seriyasi va raqami", "Паспорт серияси ва рақами",
                                    "Серия и номер паспорта", "Passport number")),
        fld(f"Tug{OKINA}ilgan sana", "date", lt(f"Tug{OKINA}ilgan sana", "Туғилган сана",
                                                "Дата рождения", "Date of birth"),
            format="%d.%m.%Y"),
        fld("Manzil", "string", lt("Yashash manzili", "Яшаш манзили", "Адрес проживания",
                                   "Home address")),
        fld("Tuman_kodi", "string", lt("Tuman kodi (MHOBT)", "Туман коди (МҲОБТ)",
                                       "Код района (СОАТО)", "District code (SOATO)"),
            {"required": True, "pattern": "^[0-9]{7}$"}, classifier="district"),
        fld("Nafaqa turi", "string", lt("Nafaqa turi", "Нафақа тури", "Вид пособия",
                                        "Kind of benefit")),
        fld("Summa", "integer", lt(f"Oylik summa, so{OKINA}m", "Ойлик сумма, сўм",
                                   "Сумма в месяц, сум", "Monthly amount, soum"),
            {"minimum": 0}),
        fld("Tayinlangan sana", "date", lt("Tayinlangan sana", "Тайинланган сана",
                                           "Дата назначения", "Date granted"),
            format="%d.%m.%Y"),
    ]
    write_package(
        out, code,
        lt("Nafaqa oluvchilar reyestri (Chilonzor tumani)",
           "Нафақа олувчилар реестри (Чилонзор тумани)",
           "Реестр получателей пособий (Чиланзарский район)",
           "Register of benefit recipients (Chilonzor district)"),
        lt("Tuman ijtimoiy himoya boʻlimi tayinlagan nafaqalar. Shaxsga doir maʼlumotlar bor: "
           "eʼlon qilishdan oldin niqoblang yoki nafaqa turlari boʻyicha sanang.",
           "Туман ижтимоий ҳимоя бўлими тайинлаган нафақалар. Шахсга доир маълумотлар бор: "
           "эълон қилишдан олдин ниқобланг ёки нафақа турлари бўйича санаб чиқинг.",
           "Пособия, назначенные районным отделом соцзащиты. Содержит персональные данные: "
           "перед публикацией замаскируйте их или посчитайте получателей по видам пособий.",
           "Benefits granted by the district's social protection department. Holds personal "
           "data: mask it or count the recipients by benefit before publishing."),
        lt("nafaqa, ijtimoiy himoya, reyestr", "нафақа, ижтимоий ҳимоя, реестр",
           "пособия, социальная защита, реестр", "benefits, social protection, register"),
        "irregular", SPHERE["population"], person("Xolmatova Sevara", "00-27"),
        [resource("data", path.name, fields)], coverage="1726")
    defects = [
        (0, "personal data of (invented) citizens: `F.I.Sh.` full names with patronymics, "
            "`JShShIR`, `Pasport`, `Tugʻilgan sana` and `Manzil` beside the names — each "
            "column a personal-data error, which stops publishing until the column is masked "
            "or removed, the table is counted by benefit, or a review is recorded; "
            "`Tayinlangan sana` (recent dates) and `Tuman_kodi` are not personal"),
    ]
    return path, len(rows), defects


DESCRIBED = [  # code, maker: one dataset each
    ("1-104-0013", make_aholi_dataset),
    ("1-104-0014", make_tibbiyot_dataset),
    ("1-104-0015", make_ish_dataset),
    ("1-104-0016", make_murojaat_dataset),
    ("1-104-0017", make_xarid_dataset),
    ("1-104-0018", make_dori_dataset),
    ("1-104-0019", make_litsenziya_dataset),
    ("1-104-0020", make_byudjet_dataset),
    ("1-104-0021", make_maktab_dataset),
    ("1-104-0022", make_yol_dataset),
    ("1-104-0023", make_havo_dataset),
    ("1-104-0026", make_sanoat_dataset),
    ("1-104-0027", make_nafaqa_dataset),
]


def make_described(soato, out):
    return {code: make(soato, out) for code, make in DESCRIBED}


# --------------------------------------------------------------------------
# 7. inventory.json: the organisation's approved list
# --------------------------------------------------------------------------

# Every demo dataset, linked to its folder, plus two items the workspace has no dataset for.
# The periodicity is read back from each dataset's passport, so the two always agree.
INVENTORY = [  # code, title, responsible, extra properties
    ("1-104-0012", lt(f"Maktabgacha ta{TUTUQ}lim tashkilotlari", "Мактабгача таълим ташкилотлари",
                      "Дошкольные образовательные организации",
                      "Preschool education organisations"),
     f"D. Yusupova, statistika bo{OKINA}limi", {}),
    ("1-104-0013", lt("Aholi soni viloyatlar kesimida", "Аҳоли сони вилоятлар кесимида",
                      "Численность населения по регионам", "Population by region"),
     f"B. Rahimov, demografiya bo{OKINA}limi", {}),
    ("1-104-0014", lt(f"Sog{OKINA}liqni saqlash muassasalari", "Соғлиқни сақлаш муассасалари",
                      "Учреждения здравоохранения", "Healthcare facilities"),
     "N. Karimova, +998 71 200-00-14", {}),
    ("1-104-0015", lt(f"Yangi ish o{OKINA}rinlari", "Янги иш ўринлари", "Новые рабочие места",
                      "New jobs created"),
     f"S. Aliyev, mehnat bo{OKINA}limi",
     {"days_after": 5, "note": f"Vazirlik buyrug{OKINA}i: har oyning 5-sanasigacha"}),
    ("1-104-0016", lt("Fuqarolar murojaatlari soni", "Фуқаролар мурожаатлари сони",
                      "Количество обращений граждан", "Citizens' appeals received"),
     f"M. Tursunova, murojaatlar bo{OKINA}limi", {}),
    ("1-104-0017", lt(f"Davlat xaridlari bo{OKINA}yicha shartnomalar",
                      "Давлат харидлари бўйича шартномалар",
                      "Договоры по государственным закупкам", "Public procurement contracts"),
     f"J. Ergashev, moliya bo{OKINA}limi",
     {"portal": {"target": "egov", "updated": "2026-10-12T09:40:00", "late_days": 0,
                 "status": "updated", "synced": 1792130400}}),
    ("1-104-0018", lt("Dori vositalarining ulgurji narxlari", "Дори воситаларининг улгуржи нархлари",
                      "Оптовые цены на лекарственные средства", "Wholesale prices of medicines"),
     "O. Qodirov, narxlar monitoringi", {}),
    ("1-104-0019", lt("Berilgan litsenziyalar reyestri", "Берилган лицензиялар реестри",
                      "Реестр выданных лицензий", "Register of licences issued"),
     f"L. Nazarova, litsenziyalash bo{OKINA}limi", {}),
    ("1-104-0020", lt(f"Viloyatlar bo{OKINA}yicha byudjet ijrosi", "Вилоятлар бўйича бюджет ижроси",
                      "Исполнение бюджета по регионам", "Budget execution by region"),
     f"J. Ergashev, moliya bo{OKINA}limi",
     {"portal": {"target": "egov", "updated": "2026-09-08T11:00:00", "late_days": 46,
                 "status": "outdated", "synced": 1792130400}}),
    ("1-104-0021", lt(f"Umumiy o{OKINA}rta ta{TUTUQ}lim maktablari", "Умумий ўрта таълим мактаблари",
                      "Общеобразовательные школы", "General secondary schools"),
     f"D. Yusupova, statistika bo{OKINA}limi", {}),
    ("1-104-0022", lt(f"Avtomobil yo{OKINA}llarini ta{TUTUQ}mirlash", "Автомобиль йўлларини таъмирлаш",
                      "Ремонт автомобильных дорог", "Road repairs"),
     f"R. Hamidov, infratuzilma bo{OKINA}limi", {}),
    ("1-104-0023", lt("Atmosfera havosi sifati", "Атмосфера ҳавоси сифати",
                      "Качество атмосферного воздуха", "Air quality"),
     "A. Sobirov, ekologiya monitoringi", {}),
    ("1-104-0026", lt("Sanoat mahsuloti hajmi hududlar kesimida",
                      "Саноат маҳсулоти ҳажми ҳудудлар кесимида",
                      "Объём промышленной продукции по регионам", "Industrial output by region"),
     f"O. Qodirov, iqtisodiy tahlil bo{OKINA}limi", {}),
    ("1-104-0027", lt("Nafaqa oluvchilar reyestri (Chilonzor tumani)",
                      "Нафақа олувчилар реестри (Чилонзор тумани)",
                      "Реестр получателей пособий (Чиланзарский район)",
                      "Register of benefit recipients (Chilonzor district)"),
     f"S. Xolmatova, ijtimoiy himoya bo{OKINA}limi", {}),
]
UNLINKED = [  # approved items the workspace has no dataset for (published elsewhere, or not yet)
    ("1-104-0024", lt("Sport inshootlari", "Спорт иншоотлари", "Спортивные сооружения",
                      "Sports facilities"),
     "annual", f"K. Mirzayev, sport bo{OKINA}limi",
     {"portal": {"target": "egov", "updated": "2026-02-11T15:20:00", "late_days": 0,
                 "status": "updated", "synced": 1792130400}}),
    ("1-104-0025", lt(f"Xalqaro grantlar bo{OKINA}yicha loyihalar",
                      "Халқаро грантлар бўйича лойиҳалар",
                      "Проекты по международным грантам", "Projects funded by international grants"),
     "semiannual", f"F. Usmonova, xalqaro aloqalar bo{OKINA}limi",
     {"note": "Ma" + TUTUQ + "lumotlar donor tashkilotlardan keladi"}),
]


def make_inventory(out):
    items = []
    for code, title, responsible, extra in INVENTORY:
        package = json.loads((out / "datasets" / code / PACKAGE_FILE).read_text(encoding="utf-8"))
        item = {"code": code, "title": title,
                "periodicity": package["ochiq:passport"]["periodicity"]}
        if "days_after" in extra:
            item["days_after"] = extra["days_after"]
        item["responsible"] = responsible
        item["dataset"] = code
        for key in ("note", "portal"):
            if key in extra:
                item[key] = extra[key]
        items.append(item)
    for code, title, periodicity, responsible, extra in UNLINKED:
        items.append({"code": code, "title": title, "periodicity": periodicity,
                      "responsible": responsible, **extra})
    path = out / "inventory.json"
    path.write_text(json.dumps({"format": 1, "items": items}, ensure_ascii=False, indent=2)
                    + "\n", encoding="utf-8")
    return path, items


# --------------------------------------------------------------------------
# 8. history.json: the demo's past, recorded in ochiq.sqlite on first unpack
# --------------------------------------------------------------------------
#
# Checks and publishes to the workspace's folder target over 2026, as Ochiq records them:
# a check (its rows and errors), then queued, sent and confirmed for a publish. A line's
# detail is data, as the history stores it (JSON of the core's HistoryDetail, phrased by the
# front ends in the user's language); `{workspace}` in a path of a detail is replaced by the
# workspace's folder when the demo is unpacked. One publish failed (the shared folder refused
# the write), one period was marked done by hand.

TASHKENT = dt.timezone(dt.timedelta(hours=5))
SENT_FILE = "{workspace}/published/{folder}/{code}.csv"
PUBLISHED = "{workspace}/published/{folder}"

# code, period, when (Tashkent time): each a package in published/ and four history lines
PUBLISHES = [
    ("1-104-0014", "2025-H2", "2026-01-19 11:20"),
    ("1-104-0013", "2025", "2026-01-27 10:05"),
    ("1-104-0021", "2025", "2026-01-29 16:40"),
    ("1-104-0019", "", "2026-06-15 09:30"),
    ("1-104-0015", "2026-06", "2026-07-03 10:10"),
    ("1-104-0022", "2026-Q2", "2026-07-14 14:25"),
    ("1-104-0015", "2026-07", "2026-08-04 09:50"),
    ("1-104-0015", "2026-08", "2026-09-04 15:15"),
    ("1-104-0023", "2026-08", "2026-09-08 10:30"),
    ("1-104-0020", "2026-08", "2026-09-08 11:00"),
    ("1-104-0015", "2026-09", "2026-10-05 10:00"),
    ("1-104-0023", "2026-09", "2026-10-09 11:45"),
    ("1-104-0018", "2026-W44", "2026-11-02 09:40"),
    ("1-104-0018", "2026-W45", "2026-11-09 09:35"),
    ("1-104-0018", "2026-W46", "2026-11-16 09:45"),
]
# code, period, when, rows, errors: checks that found problems (nothing published after)
FAILED_CHECKS = [
    ("1-104-0016", "2026-10-12 15:30", 42, 5),
    ("1-104-0020", "2026-11-11 10:20", 14, 2),
    ("1-104-0012", "2026-11-20 14:05", 401, 8),
]
FAILED_PUBLISH = ("1-104-0014", "2026-H1", "2026-07-17 16:10", 121,
                  {"failed": {"file": {"path": "{workspace}/published",
                                       "detail": "Permission denied (os error 13)"}}})
MARKED_DONE = ("1-104-0016", "2026-08", "2026-09-09 12:00")


def unix(when, minutes=0):
    at = dt.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TASHKENT)
    return int((at + dt.timedelta(minutes=minutes)).timestamp())


def checked(rows, errors):
    return {"checked": {"rows": rows, "errors": errors}}


def history_line(at, kind, code, period="", ok=True, detail=None, sha=""):
    when = dt.datetime.fromtimestamp(at, TASHKENT).strftime("%Y-%m-%d %H:%M")
    target = "folder" if kind in ("queued", "sent", "confirmed", "failed") else ""
    return {"at": at, "when": when, "kind": kind, "dataset": code, "period": period,
            "sha256": sha, "target": target, "ok": ok, "detail": detail}


# --------------------------------------------------------------------------
# 9. published/: what the seeded publishes left in the folder target
# --------------------------------------------------------------------------
#
# Each confirmed publish of the history is a package in the workspace's folder target, as
# Ochiq's folder connector writes one: the portal-ready data (UTF-8 CSV, ',' and CRLF, named
# after the code), the package describing it with its period, and a manifest with hashes. The
# data of a past period is the dataset's data as it was then: the rows with problems left
# out (the publish passed its check), the period's own label, figures that moved a little.

VARIED = {  # the columns whose figures change from one period to the next
    "1-104-0015": ["Ish_orinlari", "Yoshlar", "Ayollar"],
    "1-104-0018": ["Narx", "Ozgarish"],
    "1-104-0020": ["Reja", "Ijro", "Ijro_foizi"],
    "1-104-0023": ["PM2_5", "PM10", "NO2", "SO2"],
}
CURRENT_PERIOD = {"1-104-0015": "2026-10", "1-104-0018": "2026-W47", "1-104-0020": "2026-10"}


def past_rows(out, code, period, defects):
    """The dataset's rows as published for `period`, with the schema's labels."""
    package = json.loads((out / "datasets" / code / PACKAGE_FILE).read_text(encoding="utf-8"))
    res = package["resources"][0]
    names = [f["name"] for f in res["schema"]["fields"]]
    text = (out / "datasets" / code / res["path"]).read_text(encoding="utf-8")
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    width = min(len(lines[0]), len(names))
    bad = {ln for ln, what in defects if ln >= 2 and "among Latin" not in what}
    rng = rng_for(f"published/{code}/{period}")
    varied = [names.index(n) for n in VARIED.get(code, [])]
    rows = []
    for ln, row in enumerate(lines[1:], start=2):
        if ln in bad or not width <= len(row) <= len(lines[0]):
            continue
        row = row[:width]
        if code in CURRENT_PERIOD:
            row = [period if c == CURRENT_PERIOD[code] else c for c in row]
        if code == "1-104-0023":
            day, month = row[0][:2], period[5:]
            if int(day) > {"08": 31, "09": 30}[month]:
                continue
            row[0] = f"{day}.{month}.2026"
        for i in varied:
            value = row[i].replace(",", ".")
            new = float(value) * rng.uniform(0.9, 1.1)
            if "." in value:
                decimals = len(value.split(".")[1])
                row[i] = f"{new:.{decimals}f}"
                if code != "1-104-0018":
                    row[i] = row[i].replace(".", ",")
            else:
                row[i] = str(round(new))
        rows.append(row)
    return package, names[:width], rows


def rfc3339(at):
    return dt.datetime.fromtimestamp(at, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def make_published(out, described):
    """published/<code>_<hash>/ for every confirmed publish; returns what the history needs."""
    target = out / "published"
    if target.exists():
        for old in sorted(target.rglob("*"), reverse=True):
            old.unlink() if old.is_file() else old.rmdir()
    made = []
    for code, period, when in PUBLISHES:
        package, header, rows = past_rows(out, code, period, described[code][2])
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)
        data = buf.getvalue().encode("utf-8")
        sha = hashlib.sha256(data).hexdigest()
        folder = f"{code}_{sha[:12]}"
        res = package["resources"][0]
        res.update({"path": f"{code}.csv", "format": "csv", "mediatype": "text/csv",
                    "encoding": "utf-8"})
        res.pop("dialect", None)
        package["ochiq:period"] = period
        described_bytes = (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode()
        manifest = {
            "format": 1, "created": rfc3339(unix(when) + 4), "dataset": code,
            "title": package["ochiq:passport"]["title"]["uz-Latn"], "period": period,
            "data": f"{code}.csv",
            "files": [
                {"path": f"{code}.csv", "size": len(data), "sha256": sha},
                {"path": PACKAGE_FILE, "size": len(described_bytes),
                 "sha256": hashlib.sha256(described_bytes).hexdigest()},
            ],
            "target": None,
        }
        (target / folder).mkdir(parents=True)
        (target / folder / f"{code}.csv").write_bytes(data)
        (target / folder / PACKAGE_FILE).write_bytes(described_bytes)
        (target / folder / "ochiq-manifest.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        made.append((code, period, when, len(rows), len(data), sha, folder))
    return made


def make_history(out, published):
    lines = []
    for code, period, when, rows, size, sha, folder in published:
        fill = lambda text: text.replace("{folder}", folder).replace("{code}", code)
        written = {"folder-written": {"path": fill(PUBLISHED), "bytes": size, "sha256": sha}}
        lines += [
            history_line(unix(when, -3), "check", code, ok=True, detail=checked(rows, 0)),
            history_line(unix(when), "queued", code, period, sha=sha),
            history_line(unix(when) + 4, "sent", code, period, sha=sha,
                         detail={"path": fill(SENT_FILE)}),
            history_line(unix(when) + 5, "confirmed", code, period, sha=sha, detail=written),
        ]
    for code, when, rows, errors in FAILED_CHECKS:
        lines.append(history_line(unix(when), "check", code, ok=False,
                                  detail=checked(rows, errors)))
    code, period, when, rows, reason = FAILED_PUBLISH
    sha = hashlib.sha256(f"{SEED}/{code}/{period}".encode()).hexdigest()
    lines += [
        history_line(unix(when, -2), "check", code, ok=True, detail=checked(rows, 0)),
        history_line(unix(when), "queued", code, period, sha=sha),
        history_line(unix(when) + 3, "failed", code, period, ok=False, sha=sha, detail=reason),
    ]
    code, period, when = MARKED_DONE
    lines.append(history_line(unix(when), "marked-done", code, period))
    lines.sort(key=lambda e: e["at"])
    path = out / "history.json"
    path.write_text("[\n" + ",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in lines)
                    + "\n]\n", encoding="utf-8")
    return path, lines


# --------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------

DATASET_TOPICS = {  # code: what the table holds (for the README)
    "1-104-0012": "preschool institutions by district: SOATO district and region codes, name, "
                  "ownership, children, monthly parent payments, date",
    "1-104-0013": "resident population by region, 2021–2025, years as columns",
    "1-104-0014": "health facilities: id, district and region codes, name (Uzbek Cyrillic), "
                  "type, beds, coordinates",
    "1-104-0015": "jobs created in October 2026 by region and sector, youth and women",
    "1-104-0016": "citizens' appeals in October 2026 by region and kind",
    "1-104-0017": "public procurement contracts of 2026-Q3: number, date, supplier, STIR, "
                  "kind, amount, region",
    "1-104-0018": "wholesale prices of 16 essential medicines in week 2026-W47",
    "1-104-0019": "licences issued: number, date, organisation, STIR, activity, region, "
                  "status; plus the activity list its codes refer to",
    "1-104-0020": "budget execution by region in October 2026: plan, executed, rate",
    "1-104-0021": "general schools, pupils and teachers by district, 2025/2026",
    "1-104-0022": "road repairs of 2026-Q3: place, length, cost, dates, state",
    "1-104-0023": "daily air quality (PM2.5, PM10, NO2, SO2) in four cities, October 2026",
    "1-104-0026": "industrial output by region and quarter, 2024–2025: a statistics "
                  "workbook with a two-row header and the republic's total above the regions",
    "1-104-0027": "benefit recipients of one district (invented people): full name, JShShIR, "
                  "passport, birth date, address, benefit, amount — personal data the guard "
                  "stops until it is masked, removed, counted or reviewed",
}
PERIODICITY_WORDS = {"weekly": "weekly", "monthly": "monthly", "quarterly": "quarterly",
                     "semiannual": "half-yearly", "annual": "yearly", "irregular": "irregular"}


def write_readme(out, info):
    kg, aholi, sog, ish, portal = (info[k] for k in ("kg", "aholi", "sog", "ish", "portal"))
    described, (_, items), (_, history) = info["described"], info["inventory"], info["history"]
    size = lambda p: f"{p.stat().st_size / 1024:.1f} KB"
    kg_defects = "\n".join(f"  - line {ln}: {what}" for ln, what in kg[2])
    sog_defects = "\n".join(f"  - row {r}: {what}" for r, what in sog[2])
    pads = "\n".join(f"    - `ID` {i}: `{k}` = `{quoted(v)}`" for i, k, v in portal[2])
    (nd_code, nd_type), nd_name = portal[3]
    periodicity = {i["code"]: i["periodicity"] for i in items}
    table, defects = [], []
    for code in ["1-104-0012"] + [c for c, _ in DESCRIBED]:
        folder = out / "datasets" / code
        data = kg[0] if code == "1-104-0012" else described[code][0]
        rows = kg[1] if code == "1-104-0012" else described[code][1]
        files = sorted(p.name for p in folder.iterdir())
        table.append(f"| `{code}` | {PERIODICITY_WORDS[periodicity[code]]} | "
                     f"{DATASET_TOPICS[code]} | `{data.name}` | {rows} | "
                     f"{sum((folder / f).stat().st_size for f in files) / 1024:.1f} KB |")
        if code == "1-104-0012":
            continue
        found = described[code][2]
        lines = "\n".join(f"  - {'passport' if ln == 0 else f'line {ln}'}: {what}"
                          for ln, what in found) or "  - none: this dataset passes every check"
        defects.append(f"- `{code}` (`{data.name}`):\n{lines}")
    inventory = "\n".join(
        f"| `{i['code']}` | {i['title']['en']} | {PERIODICITY_WORDS[i['periodicity']]} | "
        f"{'`' + i['dataset'] + '`' if i.get('dataset') else '—'} | "
        f"{i['portal']['status'] + ' ' + i['portal']['updated'][:10] if i.get('portal') else ''} |"
        for i in items)
    kinds = {}
    for e in history:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    history_kinds = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    table, defects = "\n".join(table), "\n".join(defects)
    text = f"""# Ochiq demo data

Generated by `scripts/make_demo.py` (seeded, deterministic; edit the script, not these files).
The demo workspace of the organisation *Namuna vazirligi* (Sample Ministry) for trainer mode,
manual testing and screenshots: fourteen described datasets of different periodicities, four loose
files in odd encodings and layouts, the approved list with its deadlines, and a history of
checks and publishes. **All figures are invented.** Territorial codes and names are real SOATO
entries.

Between them the datasets seed every kind of problem Ochiq's validator reports (the twenty codes
of `enum Code` in `src/core/validate/report.rs`) and every kind of fix it offers (trim padded
values, SOATO codes for names, numbers and dates in the schema's format, the other script,
removing rows that are not data). `1-104-0018` is clean: it passes with no finding at all, so a
trainer can show a publish that goes through. `tests/ochiq/demo.rs` checks all of this with the
real validator.

## The datasets (`datasets/<code>/`)

Each folder holds a Frictionless `datapackage.json` (Ochiq's passport in `ochiq:passport`, the
schema with SOATO bindings, field titles in four languages) and its data: UTF-8 CSV, `;`
delimiter. `1-104-0012`'s package is written by hand; the others are generated.

| code | periodicity | what it shows | data file | rows | size |
|---|---|---|---|---|---|
{table}

## The loose files (`data/`)

They show how Ochiq takes in odd encodings and layouts.

| file | what it shows | encoding / layout | rows | size |
|---|---|---|---|---|
| `aholi_soni_viloyatlar.csv` | resident population by region, urban and rural, 2021–2025, thousand people; republic total under the statistical code 1700 | Windows-1251, `;` delimiter, CRLF, Russian headers, decimal comma | {aholi[1]} | {size(aholi[0])} |
| `sogliqni_saqlash_muassasalari.xlsx` | health facilities: SOATO district code, district, facility name (Uzbek Cyrillic), type code, beds, opening date, latitude, longitude | XLSX, sheet `Муассасалар`: 3-row title block (merged A1:H1, A2:H2, empty row 3), header on row 4, real Excel dates; sheet `Maʼlumotnoma`: the facility-type code list | {sog[1]} | {size(sog[0])} |
| `ish_orinlari_2025.tsv` | jobs created in 2025 by region, quarter and sector, with youth and women, average monthly wage (thousand so'm) | UTF-16LE with BOM, tab delimiter, CRLF (Excel "Unicode text"), Uzbek Cyrillic headers, decimal comma | {ish[1]} | {size(ish[0])} |
| `portal_export_2-001-0042.json` | number of pharmacies by region and type, 2023–2025, as data.egov.uz serves a JSON download | UTF-8 JSON: flat array of objects, all values strings, `ID` string key, periods as columns (`2023yil`, `2024yil`, `2025yil`) | {portal[1]} (60 data + 1 footnote) | {size(portal[0])} |

## Seeded defects and quirks (on purpose)

Line numbers count the header as line 1.

- `1-104-0012` (`maktabgacha_talim_2026.csv`, {kg[1]} data rows + 1 blank, decimal comma with
  space thousands, dates `dd.mm.yyyy`):
{kg_defects}
  - passport: no English title, description or keywords (passport-language)
  - Also realistic, not errors: institution names mix Latin and Cyrillic, and the Latin ones mix
    apostrophes (`ʼ`, `'`, `’`); some names contain quotes, so those fields are CSV-quoted.
    `Hudud` uses the official names with `ʻ` (U+02BB) / `ʼ` (U+02BC).
{defects}
- `aholi_soni_viloyatlar.csv`: the encoding itself (Windows-1251) and Russian headers, one of which
  contains a comma (`Численность населения, тыс. чел.`). Tashkent city's rural population is the
  statistical dash `-` (no rural population), not a number (lines {', '.join(map(str, aholi[2]))}).
  Totals are consistent: total = urban + rural, and 1700 = sum of the 14 regions.
- `sogliqni_saqlash_muassasalari.xlsx` (Excel row numbers, sheet `Муассасалар`):
  - rows 1–3: title block above the header (the header row is row 4)
{sog_defects}
  - `Тур коди` holds text codes with a leading zero (`01`–`07`) that refer to sheet `Maʼlumotnoma`.
- `ish_orinlari_2025.tsv`: no value defects; the test is the UTF-16LE encoding, tabs and CRLF.
  `Ҳудуд коди` is the 4-digit region code.
- `portal_export_2-001-0042.json`:
  - values padded with spaces, as on the portal:
{pads}
  - `-` instead of a number: {nd_name}, `{nd_type}`, `2023yil`
    (counted as 0 in the republic total)
  - the last object (`ID` {portal[1]}) is a footnote loaded as a data row
  - region names use the ASCII apostrophe (`Qoraqalpog'iston`), as portal files do;
    numbers are text; years are column names instead of a period column.

## The approved list (`inventory.json`)

Every dataset above, linked to its folder, and two items the workspace has no dataset for. The
periodicity is the passport's. `1-104-0015` has its own rule (the 5th of the next month);
`1-104-0017`, `1-104-0020` and `1-104-0024` carry what the portal's catalogue said at the last
sync.

| code | title | periodicity | dataset | portal |
|---|---|---|---|---|
{inventory}

The Hayit days of 2026 (20 March, 27 May) are in the workspace's holiday list, so deadlines move
past them.

## The history (`history.json`)

Recorded in the workspace's `ochiq.sqlite` when the demo is first unpacked (and again after
"reset demo"): {len(history)} lines from January to November 2026 ({history_kinds}). Publishes
go to the workspace's folder target (`published/`, no internet needed), and each confirmed one
left its package there ({len(info["published"])} packages under `published/` here, copied into
the workspace with the history): the period's data as it passed its check, its package and its
manifest, so the folder target's catalogue lists them and "compare" has a last publish to
compare with (this week's medicine prices against week 46's). One publish failed with
its reason (`1-104-0014`, 2026-H1: the shared folder refused the write), `1-104-0016`'s August was
marked done by hand, and three checks found problems. Seen from 24 November 2026, the calendar
then shows periods done by a confirmed publish, by a later one, by a hand mark and by the
portal's update; overdue periods (`1-104-0012`, `-0014`, `-0015`, `-0016`, `-0020`, `-0022`,
`-0023`, `-0025`); and `1-104-0018`'s week 47, due the next day. A line's detail is data (what a
check found, where a package was written, why a publish failed), which Ochiq phrases in the
user's language; `{{workspace}}` in a path of a detail stands for the workspace's folder.

## Attribution

SOATO codes and names come from the SOATO classifier (derived from the stat.uz SOATO workbook as
published in the MIT-licensed repository dcopm999/uzsoato_registry, snapshot of April 2021,
copyright (c) 2021 Pavel Tanchev).
"""
    (out / "README.md").write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------
# Verification
# --------------------------------------------------------------------------

def verify(out):
    import openpyxl
    checks = [("datasets/1-104-0012/maktabgacha_talim_2026.csv", "utf-8"), ("aholi_soni_viloyatlar.csv", "cp1251"),
              ("ish_orinlari_2025.tsv", "utf-16"), ("portal_export_2-001-0042.json", "utf-8")]
    for name, enc in checks:
        raw = (out / name).read_bytes()
        if name.endswith(".tsv"):
            assert raw[:2] == b"\xff\xfe", "missing UTF-16LE BOM"
            assert "\r\n".encode("utf-16-le") in raw
        text = raw.decode(enc)
        if name.endswith(".json"):
            data = json.loads(text)
            assert all(isinstance(v, str) for r in data for v in r.values())
        print(f"--- {name} ({enc}, {len(raw)} bytes)")
        for line in text.splitlines()[:3]:
            print("   ", line)
    name = "sogliqni_saqlash_muassasalari.xlsx"
    wb = openpyxl.load_workbook(out / name)
    print(f"--- {name} ({(out / name).stat().st_size} bytes), sheets {wb.sheetnames}")
    for row in wb.worksheets[0].iter_rows(min_row=1, max_row=6, values_only=True):
        print("   ", row)
    print("    ...", next(wb.worksheets[0].iter_rows(min_row=wb.worksheets[0].max_row,
                                                    values_only=True)))
    files = sorted(p for p in out.rglob("*") if p.is_file())
    for p in files:
        assert p.stat().st_size < MAX_BYTES, f"{p.name} is over 100 KB"
        if p.name == PACKAGE_FILE:
            json.loads(p.read_text(encoding="utf-8"))
    total = sum(p.stat().st_size for p in files)
    assert total < MAX_TOTAL, f"the demo is {total} bytes, over {MAX_TOTAL}"
    print(f"--- {len(files)} files, {total} bytes in all")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--soato", type=Path, default=DEFAULT_SOATO, help="SOATO classifier CSV")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    ap.add_argument("--no-verify", action="store_true", help="skip the read-back check")
    args = ap.parse_args()
    if not args.soato.is_file():
        sys.exit(f"SOATO file not found: {args.soato} (pass --soato PATH)")
    soato = Soato(args.soato)
    args.out.mkdir(parents=True, exist_ok=True)
    info = {
        "kg": make_maktabgacha(soato, args.out),
        "aholi": make_aholi(soato, args.out),
        "sog": make_sogliq(soato, args.out),
        "ish": make_ish(soato, args.out),
        "portal": make_portal(soato, args.out),
        "described": make_described(soato, args.out),
    }
    # 1-104-0012's package is written by hand: a fresh output folder gets the project's copy.
    hand = Path("datasets") / "1-104-0012" / PACKAGE_FILE
    if not (args.out / hand).is_file():
        (args.out / hand).write_bytes((DEFAULT_OUT / hand).read_bytes())
    info["inventory"] = make_inventory(args.out)
    info["published"] = make_published(args.out, info["described"])
    info["history"] = make_history(args.out, info["published"])
    write_readme(args.out, info)
    if not args.no_verify:
        verify(args.out)


if __name__ == "__main__":
    main()
