#!/usr/bin/env python3
"""Generate Ochiq's bundled demo datasets into assets/demo/.

    python3 scripts/make_demo.py [--soato PATH] [--out DIR]

Five small, ministry-style files (plus README.md) that trainers and developers
can open in the app. The numbers are invented; the territorial codes and
names are real SOATO entries read from the shared classifier CSV
(default: ../shared/reference/soato/soato.csv next to the project root).

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
# README
# --------------------------------------------------------------------------

def write_readme(out, info):
    kg, aholi, sog, ish, portal = (info[k] for k in ("kg", "aholi", "sog", "ish", "portal"))
    size = lambda p: f"{p.stat().st_size / 1024:.1f} KB"
    kg_defects = "\n".join(f"  - line {ln}: {what}" for ln, what in kg[2])
    sog_defects = "\n".join(f"  - row {r}: {what}" for r, what in sog[2])
    pads = "\n".join(f"    - `ID` {i}: `{k}` = `{quoted(v)}`" for i, k, v in portal[2])
    (nd_code, nd_type), nd_name = portal[3]
    text = f"""# Ochiq demo data

Generated by `scripts/make_demo.py` (seeded, deterministic; edit the script, not these files).
Five small ministry-style datasets for trainer mode, manual testing and screenshots.
**All figures are invented.** Territorial codes and names are real SOATO entries.

| file | what it shows | encoding / layout | rows | size |
|---|---|---|---|---|
| `datasets/1-104-0012/maktabgacha_talim_2026.csv` | preschool institutions by district: SOATO district and region codes, name, ownership, number of children, monthly parent payments (so'm), date | UTF-8 (no BOM), `;` delimiter, LF, decimal comma with space thousands (`1 250 300,50`), dates `dd.mm.yyyy` | {kg[1]} data + 1 blank | {size(kg[0])} |
| `aholi_soni_viloyatlar.csv` | resident population by region, urban and rural, 2021–2025, thousand people; republic total under the statistical code 1700 | Windows-1251, `;` delimiter, CRLF, Russian headers, decimal comma | {aholi[1]} | {size(aholi[0])} |
| `sogliqni_saqlash_muassasalari.xlsx` | health facilities: SOATO district code, district, facility name (Uzbek Cyrillic), type code, beds, opening date, latitude, longitude | XLSX, sheet `Муассасалар`: 3-row title block (merged A1:H1, A2:H2, empty row 3), header on row 4, real Excel dates; sheet `Maʼlumotnoma`: the facility-type code list | {sog[1]} | {size(sog[0])} |
| `ish_orinlari_2025.tsv` | jobs created in 2025 by region, quarter and sector, with youth and women, average monthly wage (thousand so'm) | UTF-16LE with BOM, tab delimiter, CRLF (Excel "Unicode text"), Uzbek Cyrillic headers, decimal comma | {ish[1]} | {size(ish[0])} |
| `portal_export_2-001-0042.json` | number of pharmacies by region and type, 2023–2025, as data.egov.uz serves a JSON download | UTF-8 JSON: flat array of objects, all values strings, `ID` string key, periods as columns (`2023yil`, `2024yil`, `2025yil`) | {portal[1]} (60 data + 1 footnote) | {size(portal[0])} |

## Seeded defects and quirks (on purpose)

- `maktabgacha_talim_2026.csv` (line 1 = header):
{kg_defects}
  - Also realistic, not errors: institution names mix Latin and Cyrillic, and the Latin ones mix
    apostrophes (`ʼ`, `'`, `’`); some names contain quotes, so those fields are CSV-quoted.
    `Hudud` uses the official names with `ʻ` (U+02BB) / `ʼ` (U+02BC).
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

## Attribution

SOATO codes and names come from the SOATO classifier (derived from the stat.uz SOATO workbook as
published in the MIT-licensed repository dcopm999/uzsoato_registry, snapshot of April 2021,
copyright (c) 2021 Pavel Tanchev).

## The demo dataset

`datasets/1-104-0012/` is the preschool table described as a dataset: `datapackage.json` holds its
passport (titles, description and keywords in Uzbek Latin, Uzbek Cyrillic and Russian — English is
left out on purpose, so the completeness marks have something to show), the inferred schema with
the SOATO bindings (district inside region) and field titles. frictionless-py validates it and
finds the seeded blank row, the impossible date 31.02.2026, the ISO date, the English-format amount
and the wrong SOATO code; Ochiq also finds the two district names in the code column (not in the
classifier) and offers their codes as fixes.
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
    for p in sorted(out.iterdir()):
        assert p.stat().st_size < MAX_BYTES, f"{p.name} is over 100 KB"


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
    }
    write_readme(args.out, info)
    if not args.no_verify:
        verify(args.out)


if __name__ == "__main__":
    main()
