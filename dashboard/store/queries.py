"""SQL on the store for the heavy parts: OD flows by year, origin and destination, and the
values of one indicator in one year.

These run in DuckDB on the store file, not on pandas frames: an origin-destination-year
table of a million rows (a district-level table) groups in milliseconds there (see
``bench/bench_store.py``). Each function takes a :class:`~dashboard.store.reader.Snapshot`,
so a caller that asks several questions gets answers from one generation. Parameters are
bound, never formatted into the SQL; ``table`` names are checked against a fixed list.
"""

from __future__ import annotations

import pandas as pd

from dashboard.store.reader import Snapshot

FLOW_TABLES = ("od_flows",)
DIRECTIONS = ("both", "in", "out")


def _table(table: str) -> str:
    if table not in FLOW_TABLES:
        raise ValueError(f"not a flow table: {table!r}")
    return f'store."{table}"'


def flows_by_pair(snapshot: Snapshot, year: int, table: str = "od_flows") -> pd.DataFrame:
    """Persons per (origin, destination) in ``year``, largest first.

    Columns: origin, destination, persons, quality (the worst flag among the rows summed:
    unverified over official). ``attrs["sources"]``: the source ids of the year's rows,
    sorted; the flow layer cites its sources once, not per arrow, and a second small query
    for them is several times cheaper than aggregating text per pair (bench_store.py).
    """
    with snapshot.cursor() as cur:
        flows = cur.execute(
            f"""
            SELECT origin, destination, SUM(persons) AS persons,
                   ['official', 'official-via-news', 'secondary', 'unverified', 'derived',
                    'model'][
                       1 + MAX(CASE quality WHEN 'official' THEN 0
                           WHEN 'official-via-news' THEN 1 WHEN 'secondary' THEN 2
                           WHEN 'unverified' THEN 3 WHEN 'derived' THEN 4 ELSE 5 END)] AS quality
            FROM {_table(table)}
            WHERE year = ?
            GROUP BY origin, destination
            ORDER BY persons DESC, origin, destination
            """,
            [int(year)],
        ).df()
        sources = cur.execute(
            f"SELECT DISTINCT source_id FROM {_table(table)} WHERE year = ? ORDER BY 1",
            [int(year)],
        ).fetchall()
    flows.attrs["sources"] = [s for (s,) in sources]
    return flows


def flows_by_year_origin(snapshot: Snapshot, table: str = "od_flows") -> pd.DataFrame:
    """Persons leaving each origin in each year (all years): year, origin, persons."""
    return snapshot.query(
        f"""
        SELECT year, origin, SUM(persons) AS persons
        FROM {_table(table)}
        GROUP BY year, origin
        ORDER BY year, origin
        """
    )


def top_flows(
    snapshot: Snapshot,
    region: str,
    n: int = 10,
    direction: str = "both",
    year: int | None = None,
    table: str = "od_flows",
) -> pd.DataFrame:
    """The ``n`` largest flows into and/or out of ``region``, summed over the years asked.

    ``direction``: ``out`` (region is the origin), ``in`` (the destination) or ``both``.
    Columns: origin, destination, persons.
    """
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {DIRECTIONS}, got {direction!r}")
    where = {
        "out": "origin = $region",
        "in": "destination = $region",
        "both": "(origin = $region OR destination = $region)",
    }[direction]
    params: dict[str, object] = {"region": str(region), "n": int(n)}
    if year is not None:
        where += " AND year = $year"
        params["year"] = int(year)
    with snapshot.cursor() as cur:
        return cur.execute(
            f"""
            SELECT origin, destination, SUM(persons) AS persons
            FROM {_table(table)}
            WHERE {where}
            GROUP BY origin, destination
            ORDER BY persons DESC, origin, destination
            LIMIT $n
            """,
            params,
        ).df()


def indicator_rows(snapshot: Snapshot, indicator: str, year: int) -> pd.DataFrame:
    """The stored rows of ``indicator`` in ``year`` with where each came from.

    Columns: region_id, boundary_version, value, unit, source_id, quality, note, import_id
    ("" for values of the committed data package). Derived indicators are not stored:
    their values come from the data API (``dashboard.datasets.indicators``).
    """
    return snapshot.query(
        """
        SELECT region_id, boundary_version, value, unit, source_id, quality, note, import_id
        FROM store.regional_indicators
        WHERE indicator = ? AND year = ?
        ORDER BY boundary_version, region_id
        """,
        [str(indicator), int(year)],
    )


def import_counts(snapshot: Snapshot) -> pd.DataFrame:
    """Rows per import in each data table of the store: table, import_id, rows."""
    return snapshot.query(
        """
        SELECT 'regional_indicators' AS "table", import_id, COUNT(*) AS rows
        FROM store.regional_indicators WHERE import_id <> '' GROUP BY import_id
        UNION ALL
        SELECT 'od_flows', import_id, COUNT(*) FROM store.od_flows
        WHERE import_id <> '' GROUP BY import_id
        ORDER BY 1, 2
        """
    )
