"""``geodata/regions.csv`` read once: one row per (boundary version, unit).

Both the boundaries (label points) and the gazetteer (names, parents, matching) read this
table; it lives apart so that neither has to import the other for it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from dashboard import GEODATA_DIR

if TYPE_CHECKING:
    import pandas

REGIONS_CSV = GEODATA_DIR / "regions.csv"


@cache
def regions_table() -> pandas.DataFrame:
    """Every row of regions.csv, ids as text (shared: treat as read-only, copy to change).

    >>> sorted(set(regions_table()["version"]))
    ['1997', '2018', '2022']
    """
    import pandas

    # Read every column as text so ids keep their form and empty codes stay "".
    table = pandas.read_csv(REGIONS_CSV, dtype=str, keep_default_na=False, encoding="utf-8")
    return table.astype({"label_lon": float, "label_lat": float, "area_km2": int})
