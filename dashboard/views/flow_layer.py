"""The flow layer of the map: the arrows of one kind as drawn, their table and their words.

Selection comes from the data API (:mod:`dashboard.datasets.flows`, ``flow_tables``),
drawing from :mod:`dashboard.figures.flows`; this module joins them for one state and
writes the legend, hovers, caption and notices in the reader's language. Pure, no Dash.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets import flow_tables, observed
from dashboard.datasets.flows import class_limits, select_flows, width_classes
from dashboard.datasets.indicators import worst_quality
from dashboard.datasets.package import DataPackage
from dashboard.datasets.sources import cite, cite_flagged
from dashboard.figures.choropleth import narrow
from dashboard.figures.flows import CLASS_WIDTHS, FLOW_STYLE, flow_line_style, flow_traces
from dashboard.geo.boundaries import label_points, region_ids, version_for_year
from dashboard.geo.gazetteer import region_name
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number
from dashboard.state import ViewState


@dataclass(frozen=True)
class FlowLayer:
    """The arrows of one flow kind as drawn, with the words that qualify them.

    ``traces`` are made for this layer alone (never shared with another request).
    """

    kind: str
    traces: list[go.Scattergeo]
    flows: pd.DataFrame
    table: pd.DataFrame = field(default_factory=pd.DataFrame)
    caption: str = ""
    notice: str = ""
    sources: list[str] = field(default_factory=list)


def _place_name(place: str, lang: str, version: str, package: DataPackage) -> str:
    """A region (KATO id) or a country (ISO3) in the reader's language."""
    if place.isdigit():
        return region_name(place, lang, version, short=True)
    if place == flow_tables.KAZAKHSTAN:
        return t("country.KAZ", lang)
    return flow_tables.country_names(lang, package).get(place, place)


def _class_legend(limits: list[float], lang: str, share: bool) -> list[str]:
    key = "flows.class_share" if share else "flows.class_persons"
    decimals = 1 if share else 0
    return [
        t(key, lang, low=format_number(lo, lang, decimals), high=format_number(hi, lang, decimals))
        for lo, hi in itertools.pairwise(limits)
    ]


def _raw_flows(state: ViewState, package: DataPackage) -> tuple[pd.DataFrame, str]:
    """The unfiltered flows of the state's kind, or a notice why there are none."""
    if state.flow_kind == "model":
        years = flow_tables.model_years(package)
        if state.year not in years:
            return pd.DataFrame(), t("flows.none.model", state.lang, years=_span(years))
        return flow_tables.model_flows(state.year, state.decay, package), ""
    if state.flow_kind == "schematic":
        return flow_tables.schematic_flows(package), ""
    if state.flow_kind == "international":
        return flow_tables.international_flows(state.origins, package), ""
    if observed.no_table_reason(state.year, package):
        return pd.DataFrame(), observed_gap(state.year, state.lang, package)
    return flow_tables.observed_flows(state.year, package), ""


def observed_gap(year: int, lang: str, package: DataPackage) -> str:
    """Why ``year`` has no observed flows (2022 corrupt, 2025 partial, ...), in ``lang``."""
    reason = observed.no_table_reason(year, package)
    years = ", ".join(str(y) for y in observed.observed_years(package))
    return t(f"flows.none.observed.{reason}", lang, year=year, years=years)


def _span(years: list[int]) -> str:
    return f"{min(years)}–{max(years)}" if years else "—"


def flow_layer(state: ViewState, version: str, package: DataPackage) -> FlowLayer:
    """The selected flows of ``state.flow_kind`` drawn as curved arrows with their caption."""
    kind, lang = state.flow_kind, state.lang
    raw, notice = _raw_flows(state, package)
    label = t(f"flows.kind.{kind}", lang)
    if raw.empty:
        return FlowLayer(kind, [], raw, notice=notice)
    # Oralman origins are published as shares: widths and ranking follow the share; the
    # count computed from it (derived) rides along as ``count``.
    share = kind == "international" and state.origins != "emigration"
    if share:
        raw = raw.assign(count=raw["persons"], persons=raw["share_pct"])
    flows = select_flows(
        raw,
        region=state.region if kind != "international" else None,
        direction=state.direction,  # type: ignore[arg-type]
        mode=state.flow_mode if kind in {"model", "observed"} else "gross",  # type: ignore[arg-type]
        min_persons=state.min_persons if kind in {"model", "observed"} else 0,
        top=state.top_n,
    )
    if flows.empty:
        return FlowLayer(kind, [], flows, notice=t("flows.none.filtered", lang))
    if kind == "observed":
        # Whole persons on screen and in every export (net flows come back as floats).
        flows = flows.assign(persons=flows["persons"].round().astype("int64"))

    if kind == "schematic":
        limits, legend = [0.0, 0.0], [t("flows.schematic_legend", lang)]
        flows = flows.assign(width_class=0)
        widths = [2.2]
    else:
        # Classes of what is on screen, so a top-25 view is not one class of 380 pairs.
        limits = class_limits(flows["persons"], len(CLASS_WIDTHS))
        flows = flows.assign(width_class=width_classes(flows["persons"], limits=limits))
        legend = _class_legend(limits, lang, share) if len(limits) > 1 else [label]
        widths = CLASS_WIDTHS[: max(len(limits) - 1, 1)]
        if len(limits) <= 2:
            legend, widths = legend[:1], [CLASS_WIDTHS[1]]

    point_version = flow_tables.MODEL_VERSION if kind == "model" else version
    if kind == "observed":
        point_version = version_for_year(state.year)  # the table's own units (see observed)
    points = label_points(point_version)
    if kind == "international":
        points = pd.concat([points, flow_tables.country_points()], ignore_index=True)
    hover = _flow_hovers(flows, state, point_version, package)
    colour, dash = FLOW_STYLE[kind]
    class_widths, opacity = flow_line_style(len(flows), widths)
    traces = narrow(
        flow_traces(
            flows,
            points,
            label=label,
            colour=colour,
            dash=dash,
            hover_texts=hover,
            class_widths=class_widths,
            legend_labels=legend,
            opacity=opacity,
        )
    )
    source_ids = sorted({s for s in flows["source_id"].astype(str) if s})
    sources = [cite(s, lang, package) for s in source_ids]
    table = pd.DataFrame(
        {
            "origin": [_place_name(str(p), lang, point_version, package) for p in flows["origin"]],
            "destination": [
                _place_name(str(p), lang, point_version, package) for p in flows["destination"]
            ],
            # The table and every export count whole persons; the arrows keep the exact values.
            "persons": whole_persons(flows["count"] if share else flows["persons"]).array,
            "source": [cite(s, lang, package) for s in flows["source_id"]],
            "quality": [t(f"quality.{q}", lang) for q in flows["quality"]],
        }
    )
    if share:
        table = _share_table(table, flows, lang)
    caption = _flow_caption(state, raw, sources, package)
    if share and raw["count"].notna().any():
        caption = " ".join([caption, *_derived_words(raw, lang)])
    # The sources line says "unverified" after a source that is (the model's input).
    flagged = [cite_flagged(s, lang, package) for s in source_ids]
    return FlowLayer(kind, traces, flows, table=table, caption=caption, sources=flagged)


def whole_persons(persons: pd.Series) -> pd.Series:
    """Volumes as whole persons (nullable integers; no volume stays missing).

    A model estimate or a count computed from a share is not a count of people until it is
    rounded: 32477.678786347402 is shown and exported as 32478.

    >>> whole_persons(pd.Series([32477.678786347402, None, 12.5])).tolist()
    [32478, <NA>, 12]
    """
    return pd.to_numeric(persons, errors="coerce").round().astype("Int64")


def _share_table(table: pd.DataFrame, flows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The rows of published shares: the share, the count computed from it and how."""
    table = table.assign(share=flows["share_pct"].to_numpy())
    quality, method = [], []
    for row in flows.itertuples():
        own = t(f"quality.{row.quality}", lang)
        if not row.count_quality:
            quality.append(own)
            method.append("")
            continue
        count = t(f"quality.{row.count_quality}", lang)
        quality.append(t("flows.quality.share_count", lang, share=own, count=count))
        words = [_count_method(row, lang)]
        if row.share_of == "not stated":
            words.append(t("flows.share_not_stated", lang))
        method.append(" ".join(words))
    table = table.assign(quality=quality, method=method)
    order = ["origin", "destination", "share", "persons", "source", "quality", "method"]
    return table[order]


def _count_method(row: object, lang: str) -> str:
    return t(
        "flows.method.share_of_total",
        lang,
        share=format_number(row.share_pct, lang, 1),  # type: ignore[attr-defined]
        base=format_number(row.base_value, lang),  # type: ignore[attr-defined]
    )


def _derived_words(raw: pd.DataFrame, lang: str) -> list[str]:
    """The caption's sentences on counts computed from shares (and what the shares are of)."""
    base = raw["base_value"].dropna()
    words = [t("flows.caption.derived_counts", lang, base=format_number(base.iloc[0], lang))]
    if (raw["share_of"] == "not stated").any():
        words.append(t("flows.share_not_stated", lang))
    return words


def _flow_hovers(
    flows: pd.DataFrame, state: ViewState, version: str, package: DataPackage
) -> list[str]:
    lang = state.lang
    texts = []
    for row in flows.itertuples():
        head = (
            f"<b>{_place_name(str(row.origin), lang, version, package)} → "
            f"{_place_name(str(row.destination), lang, version, package)}</b>"
        )
        if state.flow_kind == "schematic":
            body = [t("flows.hover.schematic", lang)]
        elif state.flow_kind == "international" and state.origins == "emigration":
            body = [
                t(
                    "flows.hover.emigrants",
                    lang,
                    persons=format_number(row.persons, lang),
                    period=row.period,
                    share=format_number(row.share_pct, lang, 1),
                    total=format_number(row.base_value, lang),
                )
            ]
        elif state.flow_kind == "international":
            share = format_number(row.share_pct, lang, 1)
            body = [t("flows.hover.share", lang, share=share, period=row.period)]
            if row.count_quality:
                # The count is computed from the share and the stated total, and says so.
                persons = format_number(round(row.count), lang)
                base = format_number(row.base_value, lang)
                body.append(
                    t("flows.hover.count_derived", lang, persons=persons, share=share, base=base)
                )
                if row.share_of == "not stated":
                    body.append(t("flows.share_not_stated", lang))
        else:
            body = [t("flows.hover.persons", lang, persons=format_number(round(row.persons), lang))]
            if state.flow_kind == "model":
                body.append(t("flows.hover.model", lang, year=row.year, decay=state.decay))
        source = cite(row.source_id, lang, package)
        quality = t(f"quality.{row.quality}", lang)
        if getattr(row, "count_quality", ""):
            count = t(f"quality.{row.count_quality}", lang)
            quality = t("flows.quality.share_count", lang, share=quality, count=count)
        body.append(f"{t('hover.source', lang)}: {source} ({quality})")
        texts.append("<br>".join([head, *body]))
    return texts


def _flow_caption(
    state: ViewState, raw: pd.DataFrame, sources: list[str], package: DataPackage
) -> str:
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


def flow_ends(flows: pd.DataFrame) -> pd.DataFrame:
    """lon/lat of every end of the international arrows (countries and regions)."""
    points = pd.concat(
        [label_points(flow_tables.MODEL_VERSION), flow_tables.country_points()], ignore_index=True
    ).set_index("id")
    ends = pd.concat([flows["origin"], flows["destination"]]).astype(str).unique()
    return points.loc[points.index.intersection(ends)]
