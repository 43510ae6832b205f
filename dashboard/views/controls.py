"""What the controls offer: regions of a year's boundary version by name, indicators by
label, an indicator's years, the kinds of flows with data in a year and the flow controls
that apply to a kind. Option lists as Dash dropdowns take them (label, value)."""

from __future__ import annotations

from dashboard.datasets import flow_tables, observed
from dashboard.datasets.catalogue import available_years, indicator_label
from dashboard.datasets.package import DataPackage
from dashboard.geo.boundaries import region_ids, version_for_year
from dashboard.geo.gazetteer import region_name
from dashboard.i18n.catalog import t
from dashboard.state import FLOW_KINDS


def region_options(lang: str, year: int) -> list[dict]:
    """The regions of the boundary version of ``year``, by name in ``lang``.

    >>> [o["value"] for o in region_options("en", 2005)][:3]
    ['11', '15', '75']
    """
    version = version_for_year(year)
    options = [{"label": region_name(r, lang, version), "value": r} for r in region_ids(version)]
    return sorted(options, key=lambda o: o["label"])


def indicator_options(lang: str, package: DataPackage) -> list[dict]:
    """Every indicator with data in ``package``, by its name in ``lang``."""
    return [
        {"label": indicator_label(i, lang, package), "value": i} for i in available_years(package)
    ]


def year_options(indicator: str, years: dict[str, list[int]]) -> list[dict]:
    """Years of ``indicator`` (``years``: indicator id -> years with data), newest first.

    >>> year_options("x", {"x": [2020, 2022]})
    [{'label': '2022', 'value': 2022}, {'label': '2020', 'value': 2020}]
    """
    return [{"label": str(y), "value": y} for y in sorted(years[indicator], reverse=True)]


#: The flow controls that mean something for each kind of flows: volumes (top-N,
#: threshold, net or gross) only where arrows have volumes; direction for a chosen region
#: only between regions; the distance decay for the model (and the observed flows'
#: caption, which compares the table with the model); the origins' period abroad.
FLOW_BLOCKS: dict[str, frozenset[str]] = {
    "volume": frozenset({"model", "observed"}),
    "direction": frozenset({"model", "observed", "schematic"}),
    "decay": frozenset({"model", "observed"}),
    "origins": frozenset({"international"}),
}


def flow_blocks(kind: str) -> dict[str, bool]:
    """Which blocks of flow controls to show for ``kind``.

    >>> flow_blocks("schematic")
    {'volume': False, 'direction': True, 'decay': False, 'origins': False}
    """
    return {block: kind in kinds for block, kinds in FLOW_BLOCKS.items()}


def flow_kinds_with_data(year: int, package: DataPackage) -> list[str]:
    """The kinds of flows that have arrows in ``year``: the model where its inputs exist,
    observed flows where a table does; the Programme's directions (2001) and the
    international sets (their own periods) whatever the map's year."""
    kinds = []
    for kind in FLOW_KINDS:
        if kind == "model" and year not in flow_tables.model_years(package):
            continue
        if kind == "observed" and year not in observed.observed_years(package):
            continue
        kinds.append(kind)
    return kinds


def flow_kind_options(lang: str, year: int, package: DataPackage) -> list[dict]:
    """The kinds of flows for the radio buttons: a kind without data in ``year`` is
    offered disabled, saying so (its label names the year), not left to fail on the map.

    >>> from dashboard.datasets.package import load_package
    >>> [o["disabled"] for o in flow_kind_options("en", 2005, load_package())]
    [True, False, False, True]
    """
    available = flow_kinds_with_data(year, package)
    options = []
    for kind in FLOW_KINDS:
        label = t(f"control.flow_kind.{kind}", lang)
        if kind not in available:
            label = t("control.flow_kind_unavailable", lang, kind=label, year=year)
        options.append({"label": label, "value": kind, "disabled": kind not in available})
    return options
