"""Totals against the sums of their parts, and values against those the atlas holds.

Totals rows ("Республика Казахстан", "Всего" ...) are not regions: when a year has every
unit of its boundary version and the indicator adds up (its aggregation is "sum"; a rate
or an income per head does not), the sum of the regions must equal the total up to the
rounding of the published digits. Each published cell may be off by half a unit of its
last digit (0.05 for "77.3", 0.005 for "736.12", nothing for whole numbers), so the honest
tolerance is the sum of those halves over the cells added and the total: for 2021 of the
BNS emissions table, 17 one- or two-decimal cells allow 0.81, and the regions' 2,407.32
against the total's 2,407.46 is rounding. A difference within it is a **note** that
states it; a larger one is an **error**: in every BNS series the atlas holds, regions sum
to the total within that rounding, so more means a mistyped, missing or misread row. An
OD matrix's "Всего" row and column are checked the same way, per origin and destination.
Values that differ from those the atlas already holds are a warning, with examples.
"""

from __future__ import annotations

import math
from collections import defaultdict

import pandas as pd

from dashboard.datasets.package import DataPackage
from dashboard.geo.boundaries import region_ids
from dashboard.i18n.formats import format_number
from dashboard.imports.numbers import Number
from dashboard.imports.problems import ProblemLog
from dashboard.imports.regions import name as region_label
from dashboard.imports.shapes import Place
from dashboard.imports.values import Report, TotalKey, Value

MAX_EXAMPLES = 3


def rounding_tolerance(numbers: list[Number]) -> float:
    """How far a sum of published cells may honestly be from a published total: half a
    unit of each cell's last digit, added up (whole numbers add nothing).

    >>> rounding_tolerance([Number("number", 77.3, 1), Number("number", 736.12, 2)])
    0.055
    """
    return math.fsum(0.5 * 10**-n.decimals for n in numbers if n.decimals)


def reconcile_total(rows: list[Value], total: Value, year: int, report: Report) -> None:
    """An error when the values of ``rows`` do not add up to ``total`` beyond the rounding
    of the published digits; a note with the difference when they differ within it."""
    numbers = [v.number for v in rows] + [total.number]
    total_sum = math.fsum(v.number.value or 0.0 for v in rows)
    stated = total.number.value or 0.0
    decimals = max(n.decimals for n in numbers)
    tolerance = rounding_tolerance(numbers)
    difference = total_sum - stated
    noise = 1e-9 * max(abs(stated), 1)
    if abs(difference) <= noise:
        return
    within = abs(difference) <= tolerance + noise
    report(
        "import.total.rounding" if within else "import.total.mismatch",
        Place("", total.row, total.col),
        "note" if within else "error",
        year=year,
        sum_num=_rounded(total_sum, decimals),
        total_num=stated,
        difference_num=_rounded(difference, decimals),
        **({"tolerance_num": round(tolerance, max(decimals, 1) + 1)} if within else {}),
        **({} if within else {"hint": "import.hint.total"}),
    )


def reconcile_flows(
    rows: list[Value],
    totals: dict[TotalKey, Value],
    year: int,
    version: str,
    report: Report,
) -> None:
    """Each origin's "Всего" column, each destination's "Всего" row, against the sums."""
    by_origin: dict[str, list[Value]] = defaultdict(list)
    by_destination: dict[str, list[Value]] = defaultdict(list)
    for v in rows:
        if v.year == year:
            by_origin[v.region].append(v)
            by_destination[v.destination or ""].append(v)
    for (total_year, region, side), total in totals.items():
        if total_year != year or region is None or side == "total":
            continue
        # A "col" total sits in an origin's row (the origin's column of totals).
        parts = by_origin.get(region) if side == "col" else by_destination.get(region)
        # Only a complete row or column adds up (the diagonal may be left empty).
        if parts and len(parts) >= len(region_ids(version)) - 1:
            reconcile_total(parts, total, year, report)


def compare_with_atlas(
    table: pd.DataFrame, keys: list[str], column: str, package: DataPackage, log: ProblemLog
) -> None:
    """Warn when values differ from those the atlas holds for the same keys."""
    name = "od_flows" if column == "persons" else "regional_indicators"
    existing = package.tables.get(name)
    if existing is None or existing.empty:
        return
    merged = table.merge(existing[[*keys, column]], on=keys, suffixes=("", "_atlas"))
    differ = merged[(merged[column] - merged[f"{column}_atlas"]).abs() > 1e-9]
    if differ.empty:
        return
    lang = log.lang
    examples = []
    for row in differ.head(MAX_EXAMPLES).to_dict("records"):
        label = row.get("region_id") or f"{row['origin']}→{row['destination']}"
        if "region_id" in row:
            label = region_label(row["region_id"], lang, row["boundary_version"])
        examples.append(
            f"{label} {row['year']}: {format_number(row[f'{column}_atlas'], lang)} → "
            f"{format_number(row[column], lang)}"
        )
    # Values a thousand times off: the file is in thousands (or the atlas's are).
    ratio = float((differ[column] / differ[f"{column}_atlas"]).abs().median())
    thousands = 500 < ratio < 2000 or 0.0005 < ratio < 0.002
    log.warning(
        "import.compare.differs",
        count=len(differ),
        examples="; ".join(examples),
        hint="import.hint.thousands" if thousands else "import.hint.replace",
    )


def _rounded(value: float, decimals: int) -> float:
    return round(value, decimals) if decimals else round(value)
