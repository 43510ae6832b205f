"""The Aral Sea's water area by year, from the national series of the data package."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.datasets.package import DataPackage

ARAL_PREFIX = "aral_sea_area_"
ARAL_LAST_YEAR = 2018  # later values in the transcribed file were rejected (FINDINGS §3.5)


def _stored(package: DataPackage) -> pd.DataFrame:
    series = package["national_series"]
    return series[series["series"].str.startswith(ARAL_PREFIX)]


def aral_sea_areas(package: DataPackage) -> pd.DataFrame:
    """Aral Sea areas by year (1986-2018), thousand km², one column per part.

    Columns: total, large (as stored), eastern, small, west (the Large Aral's western basin
    where the file gives the eastern one apart, else NaN) and large_whole (the whole Large
    Aral); index: the year.
    """
    rows = _stored(package)
    rows = rows[rows["year"].notna() & (rows["year"] <= ARAL_LAST_YEAR)]
    wide = rows.pivot_table(index="year", columns="series", values="value", aggfunc="first")
    wide = wide.rename(columns=lambda s: s.removeprefix(ARAL_PREFIX)).sort_index()
    wide.index = wide.index.astype(int)
    if "eastern" not in wide:
        wide["eastern"] = np.nan
    # The file's "large" series is the whole Large Aral until 2006 and only its western
    # basin from 2007 (the eastern basin is given apart). Drawn as stored, it would fall
    # by the eastern basin in one year; so the whole Large Aral is western + eastern from
    # 2007, and the hover shows both parts.
    split = wide["eastern"].notna()
    wide["west"] = wide["large"].where(split)
    wide["large_whole"] = wide["large"].where(~split, wide["large"] + wide["eastern"])
    return wide


def aral_sea_sources(package: DataPackage) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The source ids and the quality flags of the stored Aral Sea series, sorted."""
    stored = _stored(package)
    return tuple(sorted(set(stored["source_id"]))), tuple(sorted(set(stored["quality"])))


def source_citation(source_id: str, lang: str, package: DataPackage) -> str:
    """The short citation of ``source_id`` in ``lang``, else its title."""
    sources = package.sources.set_index("id")
    column = f"citation_{lang}" if f"citation_{lang}" in sources else "title"
    return str(sources.at[source_id, column] or sources.at[source_id, "title"])
