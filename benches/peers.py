#!/usr/bin/env python3
"""What a user would otherwise run for the profile and the totals' sums, in polars (Python)
and DuckDB, on a folder made by shared/bench/gen_dataset.py. Called by `cargo bench --bench
profile`; runs alone too: `python3 benches/peers.py DIR [polars] [duckdb]`.

Each engine reads data.csv as text (as Ochiq holds it), then, timed apart from the read:
profile = for every column the empty cells, the distinct values, the 5 most frequent values,
and the smallest and largest number (decimal commas read); sums = amount and count summed by
soato and report_date. An engine that is not installed is said so and skipped."""
import sys
import time

d = sys.argv[1]
which = sys.argv[2:] or ["polars", "duckdb"]


def pol():
    import polars as pl

    t = time.time()
    df = pl.read_csv(f"{d}/data.csv", separator=";", infer_schema=False)
    read = time.time() - t

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
    import duckdb

    con = duckdb.connect()
    t = time.time()
    con.execute(
        f"CREATE TEMP TABLE t AS SELECT * FROM read_csv('{d}/data.csv', delim=';', header=true, all_varchar=true, quote='\"')"
    )
    read = time.time() - t
    cols = [r[0] for r in con.execute("DESCRIBE t").fetchall()]

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


for name in which:
    try:
        read, profile, summed, groups = (pol if name == "polars" else duck)()
    except ImportError:
        print(f"{name:7}not installed (pip install {name}): skipped")
        continue
    print(f"{name:7}read {read:.2f} s; column profile {profile:.3} s; sums by code and period {summed:.3f} s ({groups} groups)")
