#!/usr/bin/env python3
"""What a user would otherwise run for the profile and the totals' sums, in polars (Python)
and DuckDB, on a folder made by shared/bench/gen_dataset.py. Called by `cargo bench --bench
profile`; runs alone too: `python3 benches/peers.py DIR [polars] [duckdb]`.

Each engine reads data.csv as text (as Ochiq holds it), then, timed apart from the read:
profile = for every column the empty cells, the distinct values, the 5 most frequent values,
and the smallest and largest number (decimal commas read); sums = amount and count summed by
soato and report_date. An engine that is not installed is said so and skipped.

With `--table` (from `cargo bench --bench table`), the table tools instead: the row order
sorted by amount (as numbers), by district and by name (text in byte order: neither engine
has an Uzbek collation), and the cells holding Bo'ston in any of its spellings (a regular
expression of its apostrophes and both scripts, since neither folds scripts).

With `--jumps` (from `cargo bench --bench chart`), polars only: the value-jump check before
publishing, of data.csv as the published version against a new version with every 1000th
amount ten times larger (made before the clock starts, as the bench makes its own).

With `--totals` (from `cargo bench --bench validate`), on the statistical table that bench
generates (soato;hudud;yil;chorak;koʻrsatkich;qiymat;soni): each code's parent (a district's
region, a region's republic 1700) from its digits, the parts summed by period and parent, and
each total compared with its sum, as a user would write the totals check."""
import sys
import time

d = sys.argv[1]
which = [a for a in sys.argv[2:] if not a.startswith("--")] or ["polars", "duckdb"]
table = "--table" in sys.argv
jumps = "--jumps" in sys.argv
totals = "--totals" in sys.argv
KEYS = ["yil", "chorak", "koʻrsatkich"]
BOSTON = "(?i)(bo[ʻ'’`ʼ‘]?ston|бўстон|бустон)"


def pol_read():
    """data.csv read by polars as text, and the seconds it took."""
    import polars as pl

    t = time.time()
    df = pl.read_csv(f"{d}/data.csv", separator=";", infer_schema=False)
    return df, time.time() - t


def duck_read():
    """data.csv read by DuckDB as text into table t: the connection, the seconds it took and
    the column names."""
    import duckdb

    con = duckdb.connect()
    t = time.time()
    con.execute(
        f"CREATE TEMP TABLE t AS SELECT * FROM read_csv('{d}/data.csv', delim=';', header=true, all_varchar=true, quote='\"')"
    )
    read = time.time() - t
    cols = [r[0] for r in con.execute("DESCRIBE t").fetchall()]
    return con, read, cols


def pol_table():
    import polars as pl

    df, read = pol_read()
    out = []
    amount = df["amount"].str.replace(",", ".").cast(pl.Float64, strict=False)
    for name, col in [("amount", amount), ("district", df["district"]), ("name", df["name"])]:
        t = time.time()
        col.arg_sort(nulls_last=True)
        out.append(f"sort by {name} {time.time() - t:.2f} s")
    t = time.time()
    hits = sum(int(df[c].str.contains(BOSTON).sum() or 0) for c in df.columns)
    out.append(f"find Bo'ston in every cell {time.time() - t:.2f} s ({hits} cells)")
    return read, "; ".join(out)


def duck_table():
    con, read, cols = duck_read()
    out = []
    for name, key in [
        ("amount", "TRY_CAST(replace(amount, ',', '.') AS DOUBLE)"),
        ("district", "district"),
        ("name", "name"),
    ]:
        t = time.time()
        con.execute(f"CREATE OR REPLACE TEMP TABLE o AS SELECT rowid AS r FROM t ORDER BY {key} NULLS LAST")
        out.append(f"sort by {name} {time.time() - t:.2f} s")
    t = time.time()
    pattern = BOSTON.replace("'", "''")
    cells = " + ".join(f"regexp_matches(coalesce(\"{c}\", ''), '{pattern}')::INT" for c in cols)
    hits = con.execute(f"SELECT sum({cells}) FROM t").fetchone()[0]
    out.append(f"find Bo'ston in every cell {time.time() - t:.2f} s ({hits} cells)")
    return read, "; ".join(out)


def pol_jumps():
    """Rows matched by id where it stands once in each version; amount, count and share read
    as numbers (decimal commas read); a change of ten times or more either way, or of sign,
    counted, zeros never. Returns the read's seconds, the check's and the jumps counted."""
    import polars as pl

    old, read = pol_read()
    amount = pl.col("amount").str.replace(",", ".").cast(pl.Float64, strict=False)
    larger = (amount * 10).round(2).cast(pl.String).str.replace(".", ",", literal=True)
    every = (pl.int_range(pl.len()) + 1) % 1000 == 0
    new = old.with_columns(
        pl.when(every & amount.is_not_null()).then(larger).otherwise(pl.col("amount")).alias("amount")
    )

    t = time.time()
    numbers = ["amount", "count", "share"]

    def typed(df):
        num = lambda c: pl.col(c).str.strip_chars().str.replace(",", ".").cast(pl.Float64, strict=False)
        return df.select(pl.col("id").str.strip_chars().alias("key"), *[num(c) for c in numbers]).filter(
            pl.len().over("key") == 1
        )

    both = typed(new).join(typed(old), on="key", how="inner", suffix="_old", maintain_order="left")
    found = 0
    for c in numbers:
        now, was = pl.col(c), pl.col(f"{c}_old")
        ratio = now.abs() / was.abs()
        jump = (was != 0) & (now != 0) & (((was < 0) != (now < 0)) | (ratio >= 10 * (1 - 1e-9)) | (1 / ratio >= 10 * (1 - 1e-9)))
        found += int(both.select(jump.sum()).item() or 0)
    return read, time.time() - t, found


def pol_totals():
    import polars as pl

    df, read = pol_read()
    t = time.time()
    code = pl.col("soato")
    df = df.with_columns(
        pl.col("qiymat").str.replace(",", ".").cast(pl.Float64, strict=False).alias("v"),
        pl.col("soni").cast(pl.Int64, strict=False).alias("n"),
        pl.when(code.str.len_chars() == 7)
        .then(code.str.slice(0, 4))
        .when((code.str.len_chars() == 4) & (code != "1700"))
        .then(pl.lit("1700"))
        .alias("parent"),
    )
    parts = (
        df.drop_nulls("parent")
        .group_by(KEYS + ["parent"])
        .agg(pl.col("v").sum().alias("sum_v"), pl.col("n").sum().alias("sum_n"))
    )
    joined = df.join(parts, left_on=KEYS + ["soato"], right_on=KEYS + ["parent"])
    off = joined.filter(((pl.col("v") - pl.col("sum_v")).abs() > 0.05) | (pl.col("n") != pl.col("sum_n")))
    done = time.time() - t
    return read, f"parts summed by period and parent, totals compared {done:.2f} s ({joined.height} totals, {off.height} off)"


def duck_totals():
    con, read, _ = duck_read()
    t = time.time()
    keys = ", ".join(f'"{k}"' for k in KEYS)
    on = " AND ".join(f'x."{k}" = p."{k}"' for k in KEYS)
    con.execute(
        "CREATE TEMP TABLE x AS SELECT *, TRY_CAST(replace(qiymat, ',', '.') AS DOUBLE) v, "
        "TRY_CAST(soni AS BIGINT) n, CASE WHEN length(soato) = 7 THEN substr(soato, 1, 4) "
        "WHEN length(soato) = 4 AND soato <> '1700' THEN '1700' END parent FROM t"
    )
    totals, off = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE abs(x.v - p.sv) > 0.05 OR x.n <> p.sn) FROM "
        f"(SELECT {keys}, parent, sum(v) sv, sum(n) sn FROM x WHERE parent IS NOT NULL GROUP BY ALL) p "
        f"JOIN x ON {on} AND x.soato = p.parent"
    ).fetchone()
    done = time.time() - t
    return read, f"parts summed by period and parent, totals compared {done:.2f} s ({totals} totals, {off} off)"


def pol():
    import polars as pl

    df, read = pol_read()

    t = time.time()
    df = df.with_columns(pl.all().str.strip_chars().replace("", None))
    for c in df.columns:
        col = df[c]
        col.null_count()
        col.n_unique()
        col.drop_nulls().value_counts(sort=True, name="n").head(5)
        num = col.str.replace_all("[ \u00a0]", "").str.replace(",", ".").cast(pl.Float64, strict=False)
        num.min(), num.max()
    profile = time.time() - t

    t = time.time()
    num = lambda c: pl.col(c).str.replace(",", ".").cast(pl.Float64, strict=False)
    sums = df.group_by(["soato", "report_date"], maintain_order=True).agg(
        num("amount").sum().alias("amount"), pl.col("count").cast(pl.Int64, strict=False).sum()
    )
    summed = time.time() - t
    return read, profile, summed, sums.height


def duck():
    con, read, cols = duck_read()

    t = time.time()
    for c in cols:
        v = f"nullif(trim(\"{c}\"), '')"
        con.execute(
            f"SELECT count(*) FILTER (WHERE {v} IS NULL), count(DISTINCT {v}), "
            f"min(TRY_CAST(replace(replace({v}, ' ', ''), ',', '.') AS DOUBLE)), "
            f"max(TRY_CAST(replace(replace({v}, ' ', ''), ',', '.') AS DOUBLE)) FROM t"
        ).fetchall()
        con.execute(
            f"SELECT {v} v, count(*) n FROM t WHERE {v} IS NOT NULL GROUP BY v ORDER BY n DESC, v LIMIT 5"
        ).fetchall()
    profile = time.time() - t

    t = time.time()
    groups = con.execute(
        "SELECT soato, report_date, sum(TRY_CAST(replace(amount, ',', '.') AS DOUBLE)), "
        "sum(TRY_CAST(count AS BIGINT)) FROM t GROUP BY soato, report_date"
    ).fetchall()
    summed = time.time() - t
    return read, profile, summed, len(groups)


if jumps:
    try:
        read, checked, found = pol_jumps()
    except ImportError:
        print("polars not installed (pip install polars): skipped")
        sys.exit(0)
    print(f"polars read {read:.2f} s; value jumps {checked:.2f} s ({found} jumps by id)")
    sys.exit(0)

if table or totals:
    for name in which:
        try:
            if totals:
                read, done = (pol_totals if name == "polars" else duck_totals)()
            else:
                read, done = (pol_table if name == "polars" else duck_table)()
        except ImportError:
            print(f"{name:7}not installed (pip install {name}): skipped")
            continue
        print(f"{name:7}read {read:.2f} s; {done}")
    sys.exit(0)

for name in which:
    try:
        read, profile, summed, groups = (pol if name == "polars" else duck)()
    except ImportError:
        print(f"{name:7}not installed (pip install {name}): skipped")
        continue
    print(f"{name:7}read {read:.2f} s; column profile {profile:.3} s; sums by code and period {summed:.3f} s ({groups} groups)")
