"""A region's flow partners: whom it sends people to and receives them from, per flow kind.

Pure pandas. ``region_flows`` gathers the interregional flows a profile lists partners
from (model, observed, the Programme's schematic directions); ``top_partners`` picks the
largest partners of one unit; ``region_partners`` does so per kind, falling back to the
unit that held the region in an older boundary version where the flows know only that one.
"""

from __future__ import annotations

import pandas as pd

from dashboard.datasets import flow_tables
from dashboard.datasets.cells import cell_text
from dashboard.datasets.package import DataPackage
from dashboard.datasets.territories import NEWEST, unit_in
from dashboard.geo.boundaries import BOUNDARY_VERSIONS

PARTNER_COLUMNS = ["partner", "persons", "kind", "source_id", "quality", "year", "unit_id"]


def region_flows(year: int, decay: float, package: DataPackage) -> pd.DataFrame:
    """The interregional flows a profile lists partners from: every kind with data."""
    frames = [
        flow_tables.model_flows(year, decay, package),
        flow_tables.observed_flows(year, package),
        flow_tables.schematic_flows(package),
    ]
    return pd.concat([f for f in frames if not f.empty], ignore_index=True)


def _ordered(frame: pd.DataFrame) -> pd.DataFrame:
    # largest first, volumes unknown (schematic arrows) last, ties by partner id: reproducible
    return frame.sort_values(
        ["kind", "persons", "partner"], ascending=[True, False, True], na_position="last"
    )


def top_partners(flows: pd.DataFrame, region_id: str, top: int = 5) -> dict[str, pd.DataFrame]:
    """The ``top`` largest partners of ``region_id`` per flow kind, arriving and leaving.

    ``flows`` is an origin-destination table in the long format of
    ``dashboard.datasets.flows`` (origin, destination, persons, kind, source_id, quality
    [, year]); pass one year's flows (and timeless ones such as the Programme's schematic
    directions), as nothing here adds up years. Returns {"in": ..., "out": ...}, each with
    the columns partner (the other end), persons (NaN for direction-only arrows), kind,
    source_id, quality, year, unit_id (= ``region_id``), sorted by kind, then persons
    descending (unknown volumes last), then partner id.
    """
    if top < 0:
        raise ValueError("top must be >= 0")
    out: dict[str, pd.DataFrame] = {}
    for direction, own, other in (
        ("in", "destination", "origin"),
        ("out", "origin", "destination"),
    ):
        if flows is None or flows.empty or own not in flows:
            out[direction] = pd.DataFrame(columns=PARTNER_COLUMNS)
            continue
        rows = flows.loc[flows[own].astype(str) == str(region_id)]
        frame = pd.DataFrame(
            {
                "partner": rows[other].astype(str).to_numpy(),
                "persons": pd.to_numeric(rows["persons"], errors="coerce").to_numpy(dtype=float),
                "kind": _column(rows, "kind"),
                "source_id": _column(rows, "source_id"),
                "quality": _column(rows, "quality"),
                "year": rows["year"].to_numpy() if "year" in rows else pd.NA,
                "unit_id": str(region_id),
            },
            columns=PARTNER_COLUMNS,
        )
        frame = _ordered(frame).groupby("kind", sort=True).head(top)
        out[direction] = frame.reset_index(drop=True)
    return out


def _column(rows: pd.DataFrame, name: str) -> list[str]:
    if name not in rows:
        return [""] * len(rows)
    return [cell_text(v) for v in rows[name]]


def region_partners(
    flows: pd.DataFrame | None, region_id: str, year: int, top: int
) -> dict[str, pd.DataFrame]:
    """Top partners per kind; a kind without the region uses the unit that contained it.

    Flows of a year other than ``year`` are left out (a year-less row, such as a schematic
    direction of the Programme, is kept): numbers of another year must not be shown as
    this year's. Each frame has the columns ``direction`` + PARTNER_COLUMNS + ``from_parent``.
    """
    if flows is None or flows.empty:
        return {}
    if "year" in flows:
        years = pd.to_numeric(flows["year"], errors="coerce")
        flows = flows.loc[years.isna() | (years == year)]
    kinds = flows["kind"] if "kind" in flows else pd.Series("", index=flows.index)
    result: dict[str, pd.DataFrame] = {}
    for kind in sorted({cell_text(k) for k in kinds}):
        part = flows.loc[kinds.map(cell_text) == kind]
        ends = set(part["origin"].astype(str)) | set(part["destination"].astype(str))
        # The region itself, else the unit holding it in an older version (Abai -> 63), newest
        # first; the rows say so with unit_id / from_parent.
        candidates = [region_id] + [
            unit_in(region_id, v) for v in reversed(BOUNDARY_VERSIONS) if v != NEWEST
        ]
        unit = next((c for c in candidates if c in ends), None)
        if unit is None:
            continue
        tops = top_partners(part, unit, top)
        frames = [tops[d].assign(direction=d) for d in ("in", "out") if not tops[d].empty]
        if not frames:
            continue
        frame = pd.concat(frames, ignore_index=True)
        frame["from_parent"] = unit != region_id
        result[kind] = frame[["direction", *PARTNER_COLUMNS, "from_parent"]]
    return result
