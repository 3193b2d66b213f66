"""Store query times on synthetic events: 10 million in DuckDB, 1 million in PostgreSQL (a scratch server).

    .venv/bin/python benchmarks/store_queries.py [--events 10000000] [--pg-events 1000000] [--no-postgres|--no-duckdb]

The events are generated inside the database (DuckDB ``range()``, PostgreSQL ``generate_series``), in date
order as a backfill would store them, with actor codes drawn with a skew (a few actors in most events).
Each query runs through ``Store.query`` (portable SQL, ``?`` placeholders) once to warm up, then
``--repeat`` times; the median and the fastest are printed. Target: the dyad series under 200 ms on 10M
events in DuckDB.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventscribe.store import open_store

COUNTRIES = ["USA", "RUS", "CHN", "ISR", "PSE", "IRN", "SYR", "TUR", "IRQ", "UKR", "GBR", "FRA", "DEU", "EGY",
             "SAU", "LBN", "AFG", "PAK", "IND", "JPN", "KOR", "PRK", "NGA", "KEN", "ETH", "SDN", "LBY", "YEM",
             "MEX", "BRA", "VEN", "COL", "IGO", "NGO"]  # fmt: skip
ROLES = ["GOV", "MIL", "COP", "REB", "OPP", "CVL", "", "JUD", "LEG", "MED"]
CODES = [("010", 1, 0.0), ("036", 1, 4.0), ("040", 1, 1.0), ("042", 1, 1.9), ("057", 1, 8.0), ("071", 2, 7.4),
         ("111", 3, -2.0), ("112", 3, -2.0), ("130", 3, -4.4), ("173", 4, -5.0), ("180", 4, -9.0),
         ("190", 4, -10.0), ("193", 4, -10.0), ("020", 1, 3.0)]  # fmt: skip
VERBS = ["attacked", "met with", "criticized", "agreed a ceasefire with", "accused", "praised", "threatened",
         "arrested members of", "called on", "signed a deal with", "shelled positions of", "condemned"]  # fmt: skip

QUERIES = {
    "dyad monthly series (ISR -> PSE)": (
        "SELECT substr(CAST(date AS VARCHAR), 1, 7) AS month, "
        "sum(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END) AS quad1, "
        "sum(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END) AS quad2, "
        "sum(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END) AS quad3, "
        "sum(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END) AS quad4, sum(goldstein) AS goldstein "
        "FROM events WHERE source_code LIKE ? AND target_code LIKE ? GROUP BY 1 ORDER BY 1",
        ["ISR%", "PSE%"],
    ),
    "top 10 source actors of a month (2014-06)": (
        "SELECT source_code, count(*) AS n FROM events WHERE date >= ? AND date < ? "
        "GROUP BY source_code ORDER BY n DESC, source_code LIMIT 10",
        ["2014-06-01", "2014-07-01"],
    ),
    "text search (ILIKE '%ceasefire%', latest 20)": (
        "SELECT event_id, date, sentence FROM events WHERE sentence ILIKE ? ORDER BY date DESC, event_id LIMIT 20",
        ["%ceasefire%"],
    ),
    "text search (ILIKE '%ceasefire%', count all)": (
        "SELECT count(*) FROM events WHERE sentence ILIKE ?",
        ["%ceasefire%"],
    ),
}


def _actors() -> list[str]:
    return [c + r for c in COUNTRIES for r in ROLES]


def _sql_list(values: list[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def duckdb_fill_sql(n: int) -> str:
    actors, codes = _actors(), CODES
    pick = "1 + CAST(floor(pow(random(), 3) * {k}) AS INTEGER)"  # skewed: low indexes are the big actors
    return f"""
    INSERT INTO events (event_id, article_id, article_version, sentence_index, sentence, date, date_precision,
        source_code, source_country, target_code, target_country, cameo_code, cameo_root, cameo_name,
        goldstein, quad_class, confidence, evidence_start, evidence_end)
    SELECT 'e' || i, 'a' || (i // 4), 1, CAST(i % 4 AS INTEGER),
        s || ' ' || [{_sql_list(VERBS)}][1 + CAST(i % {len(VERBS)} AS INTEGER)] || ' ' || t || ' on day ' || i,
        DATE '2010-01-01' + CAST(i * 3650 // {n} AS INTEGER), 'day',
        s, substr(s, 1, 3), t, substr(t, 1, 3), code[1], substr(code[1], 1, 2), 'synthetic',
        CAST(code[3] AS DOUBLE), CAST(code[2] AS INTEGER), 0.8, 0, 100
    FROM (
        SELECT range AS i,
            [{_sql_list(actors)}][{pick.format(k=len(actors))}] AS s,
            [{_sql_list(actors)}][{pick.format(k=len(actors))}] AS t,
            [{", ".join(f"['{c}', '{q}', '{g}']" for c, q, g in codes)}][1 + CAST(floor(random() * {len(codes)})
                AS INTEGER)] AS code
        FROM range({n})
    )
    """


def postgres_fill_sql(n: int) -> str:
    actors = _actors()
    pick = "1 + floor(power(random(), 3) * {k})::int"
    return f"""
    INSERT INTO events (event_id, article_id, article_version, sentence_index, sentence, date, date_precision,
        source_code, source_country, target_code, target_country, cameo_code, cameo_root, cameo_name,
        goldstein, quad_class, confidence, evidence_start, evidence_end)
    SELECT 'e' || i, 'a' || (i / 4), 1, (i % 4)::int,
        s || ' ' || (ARRAY[{_sql_list(VERBS)}])[1 + (i % {len(VERBS)})::int] || ' ' || t || ' on day ' || i,
        DATE '2010-01-01' + (i * 3650 / {n})::int, 'day',
        s, substr(s, 1, 3), t, substr(t, 1, 3), (ARRAY[{_sql_list([c for c, _, _ in CODES])}])[k],
        substr((ARRAY[{_sql_list([c for c, _, _ in CODES])}])[k], 1, 2), 'synthetic',
        (ARRAY[{", ".join(str(g) for _, _, g in CODES)}])[k], (ARRAY[{", ".join(str(q) for _, q, _ in CODES)}])[k],
        0.8, 0, 100
    FROM (
        SELECT i, (ARRAY[{_sql_list(actors)}])[{pick.format(k=len(actors))}] AS s,
            (ARRAY[{_sql_list(actors)}])[{pick.format(k=len(actors))}] AS t,
            1 + floor(random() * {len(CODES)})::int AS k
        FROM generate_series(0::bigint, {n - 1}) AS i
    ) AS g
    """


def time_queries(run: Callable[[str, list[Any]], Any], repeat: int) -> dict[str, tuple[float, float, int]]:
    """Median and fastest milliseconds, and the row count, of each query."""
    results = {}
    for name, (sql, params) in QUERIES.items():
        rows = len(run(sql, params))  # warm-up
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            run(sql, params)
            times.append((time.perf_counter() - start) * 1000)
        results[name] = (statistics.median(times), min(times), rows)
    return results


def report(title: str, results: dict[str, tuple[float, float, int]]) -> None:
    print(title)
    for name, (median, fastest, rows) in results.items():
        print(f"  {name:48s} median {median:8.1f} ms   fastest {fastest:8.1f} ms   ({rows} rows)")


def bench_duckdb(n: int, folder: Path, repeat: int) -> None:
    import duckdb

    path = folder / "bench.duckdb"
    open_store(str(path)).close()  # the store's own schema, by its migrations
    start = time.perf_counter()
    con = duckdb.connect(str(path))
    con.execute(duckdb_fill_sql(n))
    con.execute("CHECKPOINT")
    con.close()
    made = time.perf_counter() - start
    size = path.stat().st_size / 2**20
    with open_store(str(path), read_only=True) as store:
        count = store.count("events")
        results = time_queries(store.query, repeat)
    report(f"DuckDB: {count:,} events generated in {made:.1f} s, file {size:,.0f} MiB", results)


def bench_postgres(n: int, repeat: int) -> None:
    from eventscribe.store.scratch_server import ScratchPostgres

    with ScratchPostgres() as server:
        url = server.create_database("bench")
        with open_store(url) as store:
            start = time.perf_counter()
            store._execute(postgres_fill_sql(n))
            store._execute("ANALYZE events")
            made = time.perf_counter() - start
            count = store.count("events")
            results = time_queries(store.query, repeat)
    report(f"PostgreSQL (scratch server, indexes of the migrations): {count:,} events generated in {made:.1f} s",
           results)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000, help="events in DuckDB (default 10M)")
    parser.add_argument("--pg-events", type=int, default=1_000_000, help="events in PostgreSQL (default 1M)")
    parser.add_argument("--no-postgres", action="store_true", help="DuckDB only")
    parser.add_argument("--no-duckdb", action="store_true", help="PostgreSQL only")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per query after one warm-up (default 7)")
    parser.add_argument("--dir", help="folder for the DuckDB file (default: a temporary folder, removed)")
    args = parser.parse_args()
    if not args.no_duckdb:
        with tempfile.TemporaryDirectory(prefix="eventscribe-bench-", dir=args.dir) as folder:
            bench_duckdb(args.events, Path(folder), args.repeat)
    if not args.no_postgres:
        bench_postgres(args.pg_events, args.repeat)


if __name__ == "__main__":
    main()
