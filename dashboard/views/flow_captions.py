"""The words under the flow layer: what its arrows are, their source and quality, the
BNS region-to-region table, the model's fit and why a year has no arrows (kk/ru/en).

Split from :mod:`dashboard.views.flow_layer`, which draws; pure, no Dash.
"""

from __future__ import annotations

import pandas as pd

from dashboard.datasets import observed
from dashboard.datasets.indicators import worst_quality
from dashboard.datasets.package import DataPackage
from dashboard.geo.boundaries import region_ids
from dashboard.geo.gazetteer import region_name
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number
from dashboard.state import ViewState


def observed_gap(year: int, lang: str, package: DataPackage) -> str:
    """Why ``year`` has no observed flows (2022 corrupt, 2025 partial, ...), in ``lang``."""
    reason = observed.no_table_reason(year, package)
    years = ", ".join(str(y) for y in observed.observed_years(package))
    return t(f"flows.none.observed.{reason}", lang, year=year, years=years)


def span(years: list[int]) -> str:
    """The first and last of ``years`` as a range ("—" when none).

    >>> span([2024, 2022, 2023]), span([])
    ('2022–2024', '—')
    """
    return f"{min(years)}–{max(years)}" if years else "—"


def derived_words(raw: pd.DataFrame, lang: str) -> list[str]:
    """The caption's sentences on counts computed from shares (and what the shares are of)."""
    base = raw["base_value"].dropna()
    words = [t("flows.caption.derived_counts", lang, base=format_number(base.iloc[0], lang))]
    if (raw["share_of"] == "not stated").any():
        words.append(t("flows.share_not_stated", lang))
    return words


def flow_caption(
    state: ViewState, raw: pd.DataFrame, sources: list[str], package: DataPackage
) -> str:
    """What the arrows of ``state.flow_kind`` are, where they come from and how sure."""
    lang, kind = state.lang, state.flow_kind
    source = "; ".join(sources)
    if kind == "model":
        input_quality = package.regional.loc[
            package.regional["indicator"] == "interregional_arrivals", "quality"
        ].iloc[0]
        text = t(
            "flows.caption.model",
            lang,
            year=state.year,
            source=source,
            quality=t(f"quality.{input_quality}", lang),
            decay=state.decay,
            trip=format_number(round(raw.attrs.get("mean_trip_km", float("nan"))), lang),
        )
        return " ".join([text, _bns_table(lang, package), _model_check(state, package)])
    if kind == "observed":
        return _observed_caption(state, raw, source, package)
    if kind == "international" and state.origins == "emigration":
        return t("flows.caption.emigration", lang, source=source)
    if kind == "international":
        return t("flows.caption.international", lang, period=state.origins, source=source)
    return t(f"flows.caption.{kind}", lang, source=source)


def _table_quality(lang: str, package: DataPackage) -> str:
    """The weakest quality of the observed table's rows, in ``lang``."""
    flag = worst_quality(package["od_flows"]["quality"].astype(str).unique())
    return t(f"quality.{flag}", lang) if flag else ""


def _bns_table(lang: str, package: DataPackage) -> str:
    """What is true of the region-to-region table: the BNS publishes it; what the atlas holds."""
    years = observed.observed_years(package)
    if not years:
        return t("flows.caption.bns_table_none", lang)
    listed = ", ".join(str(y) for y in years)
    return t("flows.caption.bns_table", lang, years=listed, quality=_table_quality(lang, package))


def fit_values(year: int, decay: float, lang: str, package: DataPackage) -> dict[str, object]:
    """The model-against-observed figures of ``year`` as a caption shows them ({} if none):
    r and SRMSE at ``decay`` and at the best decay of the grid."""
    best = observed.model_fit(year, package)
    if best is None:
        return {}
    at = observed.fit_at(year, decay, package)

    def shown(value: float | None) -> str:
        return format_number(value, lang, 2) or "—"

    return {
        "decay": decay,
        "r": shown(at.correlation if at else None),
        "srmse": shown(at.srmse if at else None),
        "best": best.best.decay,
        "best_r": shown(best.best.correlation),
        "best_srmse": shown(best.best.srmse),
    }


def _model_check(state: ViewState, package: DataPackage) -> str:
    """How well the model reproduces the observed table of its year, or why it cannot say."""
    values = fit_values(state.year, state.decay, state.lang, package)
    if not values:
        return observed_gap(state.year, state.lang, package)
    quality = _table_quality(state.lang, package)
    return t("flows.caption.model_fit", state.lang, year=state.year, quality=quality, **values)


def _observed_caption(
    state: ViewState, raw: pd.DataFrame, source: str, package: DataPackage
) -> str:
    """The table, its units, the moves left out inside merged units, and the model's fit."""
    lang, year = state.lang, state.year
    table = observed.observed_table(year, package)
    if table is None:  # unreachable: no table, no flows; kept for type checkers
        return ""
    version = table.version
    parts = [
        t(
            "flows.caption.observed",
            lang,
            year=year,
            source=source,
            quality=t(f"quality.{worst_quality(raw['quality'].astype(str))}", lang),
            units=len(region_ids(version)),
            version=version,
            persons=format_number(table.persons, lang),
        )
    ]
    if table.dropped:
        inside = table.dropped_by_unit.sort_values(ascending=False)
        named = "; ".join(
            f"{region_name(unit, lang, version, short=True)} {format_number(n, lang)}"
            for unit, n in inside.items()
        )
        parts.append(
            t(
                "flows.caption.observed_dropped",
                lang,
                stored=format_number(table.stored, lang),
                dropped=format_number(table.dropped, lang),
                version=version,
                parts=named,
            )
        )
    values = fit_values(year, state.decay, lang, package)
    if values:
        parts.append(t("flows.caption.observed_fit", lang, **values))
    return " ".join(parts)
