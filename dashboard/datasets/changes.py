"""The change of an indicator between two years, per unit of one boundary version (pure).

Both years are placed on the same units by :func:`dashboard.datasets.indicators.indicator_values`
(newer units summed up to older ones, never split), so the difference describes one territory.
"""

from __future__ import annotations

import pandas as pd

from dashboard.datasets.indicators import indicator_values, worst_quality
from dashboard.datasets.package import DataPackage


def indicator_change(
    indicator: str, year: int, since: int, version: str, package: DataPackage
) -> pd.DataFrame:
    """The change of ``indicator`` from ``since`` to ``year`` per unit of ``version``.

    The rows and columns of :func:`indicator_values` for ``year``, except: ``value`` is the
    difference, ``then`` and ``now`` keep both years' values, ``source_id`` joins both
    years' sources ("a+b"), ``quality`` is the weaker of the two and ``aggregated_from``
    tells both years' sums. A unit lacking either year has no change (NaN, quality "").
    """
    now = indicator_values(indicator, year, version, package=package)
    then = indicator_values(indicator, since, version, package=package)
    then = then.set_index("region_id").reindex(now["region_id"])
    change = now["value"].to_numpy() - then["value"].to_numpy()
    sources = [
        "+".join(dict.fromkeys(x for x in (str(a or ""), str(b or "")) if x))
        for a, b in zip(then["source_id"].fillna(""), now["source_id"].fillna(""), strict=True)
    ]
    worst = [
        worst_quality((a, b))
        for a, b in zip(then["quality"].fillna(""), now["quality"].fillna(""), strict=True)
    ]
    return now.assign(
        value=change,
        then=then["value"].to_numpy(),
        now=now["value"].to_numpy(),
        source_id=sources,
        quality=[q if pd.notna(c) else "" for q, c in zip(worst, change, strict=True)],
        aggregated_from=now["aggregated_from"].fillna("")
        + then["aggregated_from"].fillna("").to_numpy(),
    )
