#!/usr/bin/env python3
"""Generate the small hand-made test fixtures in tests/fixtures/.

Developer tool only: CI never runs this; the generated files are committed.
Deterministic: running it twice produces byte-identical files (zip entry
timestamps and document timestamps are pinned, random bytes are seeded).

Needs (workbooks only):  pip install openpyxl xlwt odfpy
Verification also uses:  pip install xlrd

Usage:
    python3 scripts/make_fixtures.py           # write all fixtures, then verify
    python3 scripts/make_fixtures.py --check   # only verify what is on disk

See tests/fixtures/README.md for what each fixture exercises and the exact
first header / first data cell values the integration tests rely on.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures"

# Pinned timestamp for zip entries and document properties.
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
DOC_TIME = "2026-01-01T00:00:00Z"

# U+02BB MODIFIER LETTER TURNED COMMA: the official Uzbek Latin "oʻ"/"gʻ" mark.
OKINA = "\u02bb"
# U+02BC MODIFIER LETTER APOSTROPHE: the official Uzbek Latin tutuq belgisi "ʼ".
TUTUQ = "\u02bc"
NBSP = "\u00a0"

# ---------------------------------------------------------------------------
# Shared content
# ---------------------------------------------------------------------------

HEADER = ["Hudud_kodi", "Hudud", "Soni", "Sana"]
ROWS = [
    ["1703202", f"Oltinko{OKINA}l tumani", "1250", "05.01.2026"],
    ["1703203", "Andijon tumani", "980", "12.01.2026"],
    ["1703206", "Asaka tumani", "1534", "19.01.2026"],
    ["1703209", "Baliqchi tumani", "412", "26.01.2026"],
    ["1703210", f"Bo{OKINA}z tumani", "768", "02.02.2026"],
]

HEADER_RU = ["Код", "Район", "Количество", "Дата"]
ROWS_RU = [
    ["1703202", "Алтынкульский район", "1250", "05.01.2026"],
    ["1703203", "Андижанский район", "980", "12.01.2026"],
    ["1703206", "Асакинский район", "1534", "19.01.2026"],
    ["1703209", "Балыкчинский район", "412", "26.01.2026"],
    ["1703210", "Бозский район", "768", "02.02.2026"],
]

# Typed rows for the workbooks: code (int), name, count (int), date, share (float), active (bool)
WB_HEADER = ["Hudud_kodi", "Hudud", "Soni", "Sana", "Ulush", "Faol"]
WB_ROWS = [
    [1703202, f"Oltinko{OKINA}l tumani", 1250, dt.date(2026, 1, 5), 12.75, True],
    [1703203, "Andijon tumani", 980, dt.date(2026, 1, 12), 8.5, False],
    [1703206, "Asaka tumani", 1534, dt.date(2026, 1, 19), 21.05, True],
    [1703209, "Baliqchi tumani", 412, dt.date(2026, 1, 26), 0.25, True],
    [1703210, f"Bo{OKINA}z tumani", 768, dt.date(2026, 2, 2), 3.5, False],
]
TITLE_1 = f"Andijon viloyati tumanlari bo{OKINA}yicha ma{TUTUQ}lumot"
TITLE_2 = "Manba: Statistika agentligi (2026-yil 1-chorak)"

# data.egov.uz-style rows: every value a string, "ID" key last.
PORTAL_ROWS = [
    {"Hudud_kodi": "1703202", "Hudud": f"Oltinko{OKINA}l tumani", "2024yil": "12 345", "2025yil": "12 980", "ID": "1"},
    {"Hudud_kodi": "1703203", "Hudud": "Andijon tumani", "2024yil": "9 870", "2025yil": "10 102", "ID": "2"},
    {"Hudud_kodi": "1703206", "Hudud": "Asaka tumani", "2024yil": "15 340", "2025yil": "15 911", "ID": "3"},
    {"Hudud_kodi": "1703209", "Hudud": "Baliqchi tumani", "2024yil": "4 120", "2025yil": "4 388", "ID": "4"},
]


def write(name: str, data: bytes) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_bytes(data)


def delimited(header, rows, sep: str, eol: str) -> str:
    lines = [sep.join(header)] + [sep.join(r) for r in rows]
    return eol.join(lines) + eol


# ---------------------------------------------------------------------------
# Text fixtures
# ---------------------------------------------------------------------------


def make_text() -> None:
    write("utf8_semicolon.csv", delimited(HEADER, ROWS, ";", "\r\n").encode("utf-8"))
    write("utf8_bom_comma.csv", b"\xef\xbb\xbf" + delimited(HEADER, ROWS, ",", "\r\n").encode("utf-8"))
    write("cp1251_semicolon.csv", delimited(HEADER_RU, ROWS_RU, ";", "\r\n").encode("cp1251"))

    tab_crlf = delimited(HEADER, ROWS, "\t", "\r\n")
    write("utf16le_tab.txt", b"\xff\xfe" + tab_crlf.encode("utf-16-le"))
    write("utf16be_tab.txt", b"\xfe\xff" + tab_crlf.encode("utf-16-be"))
    write("utf16le_nobom_tab.txt", tab_crlf.encode("utf-16-le"))

    write("pipe.csv", delimited(HEADER, ROWS, "|", "\n").encode("utf-8"))
    write("tab.tsv", delimited(HEADER, ROWS, "\t", "\n").encode("utf-8"))

    # RFC 4180 quoting, written by hand so the exact bytes are visible here.
    quoted = (
        "Hudud_kodi,Hudud,Izoh,Soni\n"
        f"1703202,Oltinko{OKINA}l tumani,\"Andijon viloyati, sharqiy qism\",1250\n"
        "1703203,\"Andijon tumani\",\"Rahbar: \"\"Karimov A.\"\" (v.b.)\",980\n"
        "1703206,Asaka tumani,\"Birinchi qator\nIkkinchi qator\",1534\n"
        "1703209,Baliqchi tumani,\"\",412\n"
    )
    write("quoted_fields.csv", quoted.encode("utf-8"))

    write("single_column.csv", delimited(["Hudud_kodi"], [[r[0]] for r in ROWS], ";", "\n").encode("utf-8"))

    title = TITLE_1 + "\r\n" + TITLE_2 + "\r\n" + "\r\n" + delimited(HEADER, ROWS, ";", "\r\n")
    write("title_block.csv", title.encode("utf-8"))

    no_header = [
        ["1703202", "1250", "87", "2024"],
        ["1703203", "980", "64", "2024"],
        ["1703206", "1534", "112", "2025"],
        ["1703209", "412", "31", "2025"],
        ["1703210", "768", "55", "2025"],
    ]
    write("no_header.csv", ("\n".join(";".join(r) for r in no_header) + "\n").encode("utf-8"))

    ragged = (
        "Hudud_kodi;Hudud;Soni;Sana\n"
        f"1703202;Oltinko{OKINA}l tumani;1250;05.01.2026\n"  # 4 cells (full)
        "1703203;Andijon tumani;980\n"  # 3 cells (short)
        "1703206;Asaka tumani;1534;19.01.2026;ortiqcha\n"  # 5 cells (long)
        "1703209\n"  # 1 cell
        f"1703210;Bo{OKINA}z tumani;768;02.02.2026;;\n"  # 6 cells, last two empty
    )
    write("ragged_rows.csv", ragged.encode("utf-8"))

    write("empty.csv", b"")
    write("only_header.csv", ("Hudud_kodi;Hudud;Soni;Sana\r\n").encode("utf-8"))

    rng = random.Random(20260101)
    garbage = bytearray(rng.getrandbits(8) for _ in range(512))
    for i in range(0, 512, 32):  # guarantee NULs, and no BOM-looking start
        garbage[i] = 0
    write("binary_garbage.csv", bytes(garbage))

    decimal = (
        "Hudud_kodi;Hudud;Aholi;Ulush;Sana\r\n"
        f"1703202;Oltinko{OKINA}l tumani;1 234,5;12,75;05.01.2026\r\n"
        "1703203;Andijon tumani;987,25;8,5;12.01.2026\r\n"
        f"1703206;Asaka tumani;12{NBSP}345,0;21,05;19.01.2026\r\n"
        "1703209;Baliqchi tumani;-45,5;0,25;26.01.2026\r\n"
        f"1703210;Bo{OKINA}z tumani;1 000 000;100;02.02.2026\r\n"
    )
    write("decimal_comma.csv", decimal.encode("utf-8"))

    # A CSV file someone renamed to .xlsx.
    write("not_really.xlsx", delimited(HEADER, ROWS, ";", "\r\n").encode("utf-8"))


# ---------------------------------------------------------------------------
# JSON fixtures
# ---------------------------------------------------------------------------


def make_json() -> None:
    portal = json.dumps(PORTAL_ROWS, ensure_ascii=False, separators=(",", ":"))
    write("portal.json", portal.encode("utf-8"))

    wrapped = {"result": {"data": PORTAL_ROWS}, "status": 0, "code": 0, "error": None}
    # ASCII-escaped (\u02bb) and indented, to exercise JSON string escapes.
    write("portal_wrapped.json", (json.dumps(wrapped, ensure_ascii=True, indent=2) + "\n").encode("utf-8"))

    # Cut inside the third object (on a character boundary, so still valid UTF-8).
    cut = portal.index('"Hudud":"Asaka') + len('"Hudud":"Asa')
    write("broken.json", portal[:cut].encode("utf-8"))

    not_rows = {"Hudud": "Andijon viloyati", "Soni": 12345, "Faol": True, "Izoh": None}
    write("not_rows.json", (json.dumps(not_rows, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


# ---------------------------------------------------------------------------
# Workbooks
# ---------------------------------------------------------------------------


def normalize_zip(data: bytes, *, empty_parts: tuple[str, ...] = ()) -> bytes:
    """Rewrite a zip with pinned timestamps (and optionally blank out parts)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename in empty_parts:
                content = b""
            if info.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{DOC_TIME}\g<3>", text)
                content = text.encode("utf-8")
            if info.filename == "meta.xml":  # ODS
                text = content.decode("utf-8")
                text = re.sub(r"(<meta:creation-date>)[^<]*(</meta:creation-date>)", rf"\g<1>{DOC_TIME[:-1]}\g<2>", text)
                text = re.sub(r"(<dc:date>)[^<]*(</dc:date>)", rf"\g<1>{DOC_TIME[:-1]}\g<2>", text)
                content = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, content)
    return buf.getvalue()


def _openpyxl_workbook():
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = "Ochiq fixtures"
    wb.properties.created = dt.datetime(2026, 1, 1)
    wb.properties.modified = dt.datetime(2026, 1, 1)
    return wb


def _put_table(ws, first_row: int) -> None:
    for c, h in enumerate(WB_HEADER, start=1):
        ws.cell(row=first_row, column=c, value=h)
    for r, row in enumerate(WB_ROWS, start=first_row + 1):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, dt.date):
                cell.number_format = "DD.MM.YYYY"


def _save(wb) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_xlsx() -> bytes:
    wb = _openpyxl_workbook()
    ws = wb.active
    ws.title = "Ma'lumot"
    _put_table(ws, 1)
    basic = normalize_zip(_save(wb))
    write("basic.xlsx", basic)
    write("truncated.xlsx", basic[: len(basic) * 60 // 100])

    wb = _openpyxl_workbook()
    ws = wb.active
    ws.title = "Ma'lumot"
    ws["A1"] = TITLE_1
    ws["A2"] = TITLE_2
    ws.merge_cells("A1:F1")
    ws.merge_cells("A2:F2")
    _put_table(ws, 4)
    notes = wb.create_sheet("Izoh")
    notes["A1"] = "Izoh"
    notes["A2"] = f"Ma{TUTUQ}lumotlar 2026-yil 1-yanvar holatiga ko{OKINA}ra."
    write("title_block.xlsx", normalize_zip(_save(wb)))

    # First sheet has no cells at all (<sheetData/>), second sheet has the table.
    wb = _openpyxl_workbook()
    wb.active.title = "Bo'sh"
    _put_table(wb.create_sheet("Ma'lumot"), 1)
    empty_sheet = _save(wb)
    write("empty_sheet.xlsx", normalize_zip(empty_sheet))
    # Same workbook, but the first sheet's XML part is literally 0 bytes.
    write("zero_byte_sheet.xlsx", normalize_zip(empty_sheet, empty_parts=("xl/worksheets/sheet1.xml",)))
    return basic


def make_xls() -> None:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Ma'lumot")
    date_style = xlwt.easyxf(num_format_str="DD.MM.YYYY")
    for c, h in enumerate(WB_HEADER):
        ws.write(0, c, h)
    for r, row in enumerate(WB_ROWS, start=1):
        for c, v in enumerate(row):
            if isinstance(v, dt.date):
                ws.write(r, c, v, date_style)
            else:
                ws.write(r, c, v)
    buf = io.BytesIO()
    wb.save(buf)
    write("basic.xls", buf.getvalue())


def make_ods() -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Ma'lumot")

    def row_of(cells):
        tr = TableRow()
        for cell in cells:
            tr.addElement(cell)
        return tr

    def cell(v):
        if isinstance(v, bool):
            tc = TableCell(valuetype="boolean", booleanvalue="true" if v else "false")
            tc.addElement(P(text="TRUE" if v else "FALSE"))
        elif isinstance(v, (int, float)):
            tc = TableCell(valuetype="float", value=str(v))
            tc.addElement(P(text=str(v)))
        elif isinstance(v, dt.date):
            tc = TableCell(valuetype="date", datevalue=v.isoformat())
            tc.addElement(P(text=v.strftime("%d.%m.%Y")))
        else:
            tc = TableCell(valuetype="string")
            tc.addElement(P(text=v))
        return tc

    table.addElement(row_of([cell(h) for h in WB_HEADER]))
    for row in WB_ROWS:
        table.addElement(row_of([cell(v) for v in row]))
    doc.spreadsheet.addElement(table)
    buf = io.BytesIO()
    doc.write(buf)
    write("basic.ods", normalize_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# Verification
# ---------------------------------------------------------------------------

TEXT_ENCODINGS = {
    "utf8_semicolon.csv": "utf-8",
    "utf8_bom_comma.csv": "utf-8-sig",
    "cp1251_semicolon.csv": "cp1251",
    "utf16le_tab.txt": "utf-16",
    "utf16be_tab.txt": "utf-16",
    "utf16le_nobom_tab.txt": "utf-16-le",
    "pipe.csv": "utf-8",
    "tab.tsv": "utf-8",
    "quoted_fields.csv": "utf-8",
    "single_column.csv": "utf-8",
    "title_block.csv": "utf-8",
    "no_header.csv": "utf-8",
    "ragged_rows.csv": "utf-8",
    "empty.csv": "utf-8",
    "only_header.csv": "utf-8",
    "decimal_comma.csv": "utf-8",
    "not_really.xlsx": "utf-8",
    "portal.json": "utf-8",
    "portal_wrapped.json": "utf-8",
    "broken.json": "utf-8",
    "not_rows.json": "utf-8",
}


def verify() -> None:
    import csv

    print("== text fixtures (decoded first line) ==")
    for name, enc in TEXT_ENCODINGS.items():
        raw = (OUT / name).read_bytes()
        text = raw.decode(enc)
        first = text.splitlines()[0] if text else "<empty>"
        print(f"{name:24} {len(raw):5} B  {enc:10} {first[:70]!r}")

    print("\n== CSV parse check (first data row) ==")
    for name, sep, enc, hdr in [
        ("utf8_semicolon.csv", ";", "utf-8", 1),
        ("utf8_bom_comma.csv", ",", "utf-8-sig", 1),
        ("cp1251_semicolon.csv", ";", "cp1251", 1),
        ("utf16le_tab.txt", "\t", "utf-16", 1),
        ("utf16be_tab.txt", "\t", "utf-16", 1),
        ("utf16le_nobom_tab.txt", "\t", "utf-16-le", 1),
        ("pipe.csv", "|", "utf-8", 1),
        ("tab.tsv", "\t", "utf-8", 1),
        ("quoted_fields.csv", ",", "utf-8", 1),
        ("single_column.csv", ";", "utf-8", 1),
        ("title_block.csv", ";", "utf-8", 4),
        ("no_header.csv", ";", "utf-8", 0),
        ("ragged_rows.csv", ";", "utf-8", 1),
        ("only_header.csv", ";", "utf-8", 1),
        ("decimal_comma.csv", ";", "utf-8", 1),
    ]:
        text = (OUT / name).read_bytes().decode(enc)
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
        data = records[hdr:]
        if hdr == 4:
            data = [r for r in data if r]
        header = records[hdr - 1] if hdr else None
        print(f"{name:24} header={header!r} rows={len(data)} first={data[0] if data else None!r}")
        if name == "ragged_rows.csv":
            print(f"{'':24} cells per row: {[len(r) for r in data]}")

    garbage = (OUT / "binary_garbage.csv").read_bytes()
    print(f"\nbinary_garbage.csv: {len(garbage)} B, {garbage.count(0)} NULs, starts {garbage[:4].hex()}")
    print(f"empty.csv: {(OUT / 'empty.csv').stat().st_size} B")

    print("\n== JSON ==")
    for name in ["portal.json", "portal_wrapped.json", "broken.json", "not_rows.json"]:
        try:
            v = json.loads((OUT / name).read_bytes().decode("utf-8"))
            if isinstance(v, dict) and "result" in v:
                rows = v["result"]["data"]
                print(f"{name:24} wrapped: {len(rows)} rows, first={rows[0]!r}")
            elif isinstance(v, list):
                print(f"{name:24} array: {len(v)} rows, first={v[0]!r}")
            else:
                print(f"{name:24} {type(v).__name__}: {v!r}")
        except json.JSONDecodeError as e:
            print(f"{name:24} JSONDecodeError: {e}")

    print("\n== workbooks ==")
    import openpyxl

    for name in ["basic.xlsx", "title_block.xlsx", "empty_sheet.xlsx"]:
        wb = openpyxl.load_workbook(OUT / name)
        for ws in wb.worksheets:
            rows = [r for r in ws.iter_rows(values_only=True)]
            print(f"{name:24} sheet {ws.title!r}: dims={ws.dimensions} max_row={ws.max_row}")
            for r in rows[:5]:
                print(f"{'':28}{r!r}")
        if name == "basic.xlsx":
            ws = wb.worksheets[0]
            d2 = ws["D2"]
            print(f"{'':24} D2: value={d2.value!r} number_format={d2.number_format!r} is_date={d2.is_date}")
    with zipfile.ZipFile(OUT / "zero_byte_sheet.xlsx") as z:
        sizes = {i.filename: i.file_size for i in z.infolist() if i.filename.startswith("xl/worksheets/")}
        print(f"zero_byte_sheet.xlsx     worksheet part sizes: {sizes}")
    for name in ["truncated.xlsx", "not_really.xlsx"]:
        try:
            openpyxl.load_workbook(OUT / name)
            print(f"{name:24} UNEXPECTEDLY opened")
        except Exception as e:  # noqa: BLE001 - we only report
            print(f"{name:24} fails as intended: {type(e).__name__}: {e}")

    import xlrd

    book = xlrd.open_workbook(OUT / "basic.xls")
    sh = book.sheet_by_index(0)
    print(f"basic.xls                sheet {sh.name!r}: {sh.nrows} rows x {sh.ncols} cols")
    for r in range(min(sh.nrows, 3)):
        print(f"{'':28}{[ (c.ctype, c.value) for c in sh.row(r)]!r}")
    d = sh.cell(1, 3)
    print(f"{'':24} D2 as date: {xlrd.xldate_as_datetime(d.value, book.datemode)!r}")

    from odf.opendocument import load
    from odf.table import Table, TableCell, TableRow

    doc = load(str(OUT / "basic.ods"))
    for t in doc.spreadsheet.getElementsByType(Table):
        rows = t.getElementsByType(TableRow)
        print(f"basic.ods                sheet {t.getAttribute('name')!r}: {len(rows)} rows")
        for tr in rows[:3]:
            cells = []
            for tc in tr.getElementsByType(TableCell):
                vt = tc.getAttribute("valuetype")
                val = (
                    tc.getAttribute("value")
                    or tc.getAttribute("datevalue")
                    or tc.getAttribute("booleanvalue")
                    or str(tc)
                )
                cells.append((vt, val))
            print(f"{'':28}{cells!r}")


def main() -> None:
    if "--check" not in sys.argv:
        make_text()
        make_json()
        make_xlsx()
        make_xls()
        make_ods()
        print(f"wrote fixtures to {OUT}\n")
    verify()


if __name__ == "__main__":
    main()
