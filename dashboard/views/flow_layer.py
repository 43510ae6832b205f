"""The flow layer of the map: the arrows of one kind as drawn, their table and their words.

Selection comes from the data API (:mod:`dashboard.datasets.flows`, ``flow_tables``),
drawing from :mod:`dashboard.figures.flows`; this module joins them for one state and
writes the legend, hovers, caption and notices in the reader's language. Pure, no Dash.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.datasets import flow_tables, observed
from dashboard.datasets.flows import class_limits, select_flows, width_classes
from dashboard.datasets.package import DataPackage
from dashboard.datasets.sources import cite, cite_flagged
from dashboard.figures.choropleth import narrow
from dashboard.figures.flows import (
    CLASS_WIDTHS,
    FLOW_STYLE,
    flow_line_style,
    flow_traces,
    frame_anchor,
    legend_note,
    place_labels,
)
from dashboard.figures.projection import KAZAKHSTAN_VIEW, SCALE_MARGIN, km_per_px
from dashboard.figures.text import plain
from dashboard.geo.boundaries import label_points, version_for_year
from dashboard.geo.gazetteer import region_name
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number
from dashboard.state import ViewState
from dashboard.views.flow_captions import derived_words, flow_caption, observed_gap, span

#: The frame of the international arrows: Kazakhstan and its neighbours' capitals
#: (Tashkent, Bishkek, Ashgabat, Tehran). Arrows to countries beyond it end at its edge,
#: on the line towards their capital, labelled with the country (and that capital).
INTERNATIONAL_VIEW = {"lonaxis_range": [44.0, 95.0], "lataxis_range": [35.0, 57.5]}
FRAME_INSET_DEG = 1.2  # arrow ends this far inside the frame, so heads and names fit
CITY_INSET_DEG = 0.3  # a capital this near the frame's edge is still drawn where it is
LABEL_SHIFT_DEG = 0.5  # a partner's name sits this far above or below its arrow's end


@dataclass(frozen=True)
class FlowLayer:
    """The arrows of one flow kind as drawn, with the words that qualify them.

    ``traces`` are made for this layer alone (never shared with another request).
    ``short`` names the layer and its period for the map's title; ``view`` is the map
    frame the layer needs (None: the national view); ``ends`` has the lon/lat of both
    ends of each drawn arrow (columns origin_lon, origin_lat, destination_lon,
    destination_lat, one row per flow), e.g. for a GeoJSON export.
    """

    kind: str
    traces: list[go.Scattergeo]
    flows: pd.DataFrame
    table: pd.DataFrame = field(default_factory=pd.DataFrame)
    caption: str = ""
    notice: str = ""
    sources: list[str] = field(default_factory=list)
    short: str = ""
    view: dict | None = None
    ends: pd.DataFrame = field(default_factory=pd.DataFrame)


def _place_names(flows: pd.DataFrame, lang: str, version: str, package: DataPackage) -> dict:
    """Every end of ``flows`` by name in the reader's language (each looked up once)."""
    ends = pd.concat([flows["origin"], flows["destination"]]).astype(str).unique()
    return {place: _place_name(place, lang, version, package) for place in ends}


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


def class_widths(classes: int) -> list[float]:
    """Line widths for ``classes`` width classes: the thinnest and thickest of
    CLASS_WIDTHS always, so two classes differ as much as the extremes of three.

    >>> class_widths(1), class_widths(2), class_widths(3)
    ([3.5], [1.5, 7.0], [1.5, 3.5, 7.0])
    """
    if classes <= 1:
        return [CLASS_WIDTHS[len(CLASS_WIDTHS) // 2]]
    picks = np.linspace(0, len(CLASS_WIDTHS) - 1, min(classes, len(CLASS_WIDTHS)))
    return [CLASS_WIDTHS[round(float(i))] for i in picks]


def _raw_flows(state: ViewState, package: DataPackage) -> tuple[pd.DataFrame, str, str]:
    """The unfiltered flows of the state's kind, or why there are none (in full for the
    caption, and short for the legend beside the map)."""
    lang = state.lang
    if state.flow_kind == "model":
        years = flow_tables.model_years(package)
        if state.year not in years:
            words = {"years": span(years), "year": state.year}
            return (
                pd.DataFrame(),
                t("flows.none.model", lang, **words),
                t("flows.legend_none.model", lang, **words),
            )
        return flow_tables.model_flows(state.year, state.decay, package), "", ""
    if state.flow_kind == "schematic":
        return flow_tables.schematic_flows(package), "", ""
    if state.flow_kind == "international":
        return flow_tables.international_flows(state.origins, package), "", ""
    reason = observed.no_table_reason(state.year, package)
    if reason:
        short = t(
            f"flows.legend_none.observed.{reason}",
            lang,
            year=state.year,
            years=", ".join(str(y) for y in observed.observed_years(package)),
        )
        return pd.DataFrame(), observed_gap(state.year, lang, package), short
    return flow_tables.observed_flows(state.year, package), "", ""


def _period(state: ViewState, raw: pd.DataFrame) -> str:
    """The period an international layer describes, in the reader's language."""
    if state.origins == "emigration":
        periods = sorted({str(p).replace("-", "–") for p in raw.get("period", [])})
        return ", ".join(periods)
    return t(f"flows.period.{state.origins}", state.lang)


def layer_words(state: ViewState, raw: pd.DataFrame) -> tuple[str, str]:
    """The legend title of the layer and the words the map's title adds for it, each with
    the period the layer describes (2001 for the Programme's directions, 1991-2000 for
    the oralmans' origins), never only the map's year."""
    lang, kind = state.lang, state.flow_kind
    if kind in {"model", "observed"}:
        return t(f"flows.legend.{kind}", lang, year=state.year), t(f"flows.short.{kind}", lang)
    if kind == "schematic":
        return t("flows.legend.schematic", lang), t("flows.short.schematic", lang)
    which = "emigration" if state.origins == "emigration" else "origins"
    period = _period(state, raw)
    return (
        t(f"flows.legend.{which}", lang, period=period),
        t(f"flows.short.{which}", lang, period=period),
    )


def _international_points(
    flows: pd.DataFrame, version: str, state: ViewState, package: DataPackage, colour: str
) -> tuple[pd.DataFrame, go.Scattergeo]:
    """Where international arrows end: regions, Kazakhstan, and for each partner country
    its capital when it is in the frame, else the frame's edge towards it; and the names
    of the partners at those ends."""
    base = pd.concat(
        [label_points(version), flow_tables.country_points()], ignore_index=True
    ).drop_duplicates("id")
    where = base.set_index("id")
    cities = flow_tables.partner_cities().set_index("iso3")
    names = flow_tables.country_names(state.lang, package)
    ends = []
    for partner in sorted({str(p) for p in pd.concat([flows["origin"], flows["destination"]])}):
        if partner.isdigit() or partner == flow_tables.KAZAKHSTAN or partner not in cities.index:
            continue
        touching = flows[(flows["origin"] == partner) | (flows["destination"] == partner)]
        inner_ids = [
            str(d) if str(o) == partner else str(o)
            for o, d in zip(touching["origin"], touching["destination"], strict=True)
        ]
        inner = where.loc[inner_ids, ["lon", "lat"]].to_numpy(float).mean(axis=0)
        city = cities.loc[partner]
        lon, lat, own = frame_anchor(
            (float(inner[0]), float(inner[1])),
            (float(city["lon"]), float(city["lat"])),
            INTERNATIONAL_VIEW,
            CITY_INSET_DEG if _inside(city) else FRAME_INSET_DEG,
        )
        words = {"city": city[f"city_{state.lang}"]}
        text = t("flows.partner.city" if own else "flows.partner.towards", state.lang, **words)
        ends.append(
            {
                "id": partner,
                "lon": lon,
                "lat": lat,
                "text": f"{names.get(partner, partner)}<br>{text}",
                "own": own,
                "inner_lat": float(inner[1]),
            }
        )
    places = pd.DataFrame(ends, columns=["id", "lon", "lat", "text", "own", "inner_lat"])
    points = pd.concat([base[~base["id"].isin(places["id"])], places[["id", "lon", "lat"]]])
    sides = _label_sides(places)
    shift = np.where(sides.str.startswith("top"), LABEL_SHIFT_DEG, -LABEL_SHIFT_DEG)
    shift = np.where(sides.str.startswith("middle"), 0.0, shift)
    trace = place_labels(
        places["lon"],
        places["lat"] + shift,
        places["text"],
        list(sides),
        colour,
        marked=list(places["own"]),
    )
    return points.reset_index(drop=True), trace


def _inside(city: pd.Series) -> bool:
    (west, east), (south, north) = INTERNATIONAL_VIEW.values()
    return bool(west < city["lon"] < east and south < city["lat"] < north)


def _label_sides(places: pd.DataFrame) -> pd.Series:
    """Where each partner's name goes beside the end of its arrow: inside the frame, and
    above or below it so that names on one edge do not run into each other."""
    (west, east), (south, north) = INTERNATIONAL_VIEW.values()
    sides = []
    for row in places.itertuples():
        if row.own:  # a capital on the map: its name away from where the arrow goes
            sides.append("bottom center" if row.inner_lat > row.lat else "top center")
            continue
        edge = min(
            ("west", row.lon - west),
            ("east", east - row.lon),
            ("south", row.lat - south),
            ("north", north - row.lat),
            key=lambda pair: pair[1],
        )[0]
        if edge in {"south", "north"}:
            sides.append(f"{'top' if edge == 'south' else 'bottom'} center")
            continue
        same = places[~places["own"] & ((places["lon"] - row.lon).abs() < 1.0)]
        top = row.lat >= same["lat"].max() if len(same) > 1 else row.inner_lat <= row.lat
        sides.append(f"{'top' if top else 'bottom'} {'right' if edge == 'west' else 'left'}")
    return pd.Series(sides, index=places.index, dtype=str)


def flow_layer(state: ViewState, version: str, package: DataPackage) -> FlowLayer:
    """The selected flows of ``state.flow_kind`` drawn as curved arrows with their caption."""
    kind, lang = state.flow_kind, state.lang
    raw, notice, short_notice = _raw_flows(state, package)
    label, short = layer_words(state, raw)
    colour, dash = FLOW_STYLE[kind]
    view = INTERNATIONAL_VIEW if kind == "international" else None
    if raw.empty:
        note = narrow([legend_note(short_notice or notice, label, label)])
        return FlowLayer(kind, note, raw, notice=notice, short=short, view=view)
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
        top=state.top_n if kind != "schematic" else None,
    )
    if flows.empty:
        notice = t("flows.none.filtered", lang)
        note = narrow([legend_note(notice, label, label)])
        return FlowLayer(kind, note, flows, notice=notice, short=short, view=view)
    if kind == "observed":
        # Whole persons on screen and in every export (net flows come back as floats).
        flows = flows.assign(persons=flows["persons"].round().astype("int64"))

    if kind == "schematic":
        # No volumes: one class, one legend entry saying so.
        legend, widths = [t("flows.schematic_legend", lang)], [2.5]
        flows = flows.assign(width_class=0)
    else:
        # Classes of what is on screen, so a top-25 view is not one class of 380 pairs.
        limits = class_limits(flows["persons"], len(CLASS_WIDTHS))
        flows = flows.assign(width_class=width_classes(flows["persons"], limits=limits))
        legend = _class_legend(limits, lang, share) if len(limits) > 2 else [label]
        widths = class_widths(len(legend))
        if len(limits) <= 2:  # one value for all: one class, named by its value
            legend = _class_legend(limits, lang, share)[:1] or [label]

    point_version = flow_tables.MODEL_VERSION if kind == "model" else version
    if kind == "observed":
        point_version = version_for_year(state.year)  # the table's own units (see observed)
    points = label_points(point_version)
    extra: list[go.Scattergeo] = []
    if kind == "international":
        points, places = _international_points(flows, point_version, state, package, colour)
        extra.append(places)
    hover = _flow_hovers(flows, state, point_version, package)
    widths, opacity = flow_line_style(len(flows), widths)
    scale = km_per_px(view or KAZAKHSTAN_VIEW) * SCALE_MARGIN
    traces = narrow(
        flow_traces(
            flows,
            points,
            label=label,
            colour=colour,
            dash=dash,
            hover_texts=hover,
            class_widths=widths,
            legend_labels=legend,
            opacity=opacity,
            km_per_px=scale,
        )
    )
    source_ids = sorted({s for s in flows["source_id"].astype(str) if s})
    sources = [cite(s, lang, package) for s in source_ids]
    names = _place_names(flows, lang, point_version, package)
    table = pd.DataFrame(
        {
            "origin": [names[str(p)] for p in flows["origin"]],
            "destination": [names[str(p)] for p in flows["destination"]],
            # The table and every export count whole persons; the arrows keep the exact values.
            "persons": whole_persons(flows["count"] if share else flows["persons"]).array,
            "source": [cite(s, lang, package) for s in flows["source_id"]],
            "quality": [t(f"quality.{q}", lang) for q in flows["quality"]],
        }
    )
    if share:
        table = _share_table(table, flows, lang)
    caption = flow_caption(state, raw, sources, package)
    if share and raw["count"].notna().any():
        caption = " ".join([caption, *derived_words(raw, lang)])
    if kind == "international":
        caption = " ".join([caption, t("flows.caption.partner_ends", lang)])
    # The sources line says "unverified" after a source that is (the model's input).
    flagged = [cite_flagged(s, lang, package) for s in source_ids]
    return FlowLayer(
        kind,
        extra + traces,  # the arrowheads last: hovers and tests find them there
        flows,
        table=table,
        caption=caption,
        sources=flagged,
        short=short,
        view=view,
        ends=_ends(flows, points),
    )


def _ends(flows: pd.DataFrame, points: pd.DataFrame) -> pd.DataFrame:
    """lon/lat of both ends of each flow where its arrow is drawn (for exports)."""
    where = points.assign(id=points["id"].astype(str)).set_index("id")
    origin = where.loc[flows["origin"].astype(str), ["lon", "lat"]].to_numpy(float)
    destination = where.loc[flows["destination"].astype(str), ["lon", "lat"]].to_numpy(float)
    return pd.DataFrame(
        {
            "origin_lon": origin[:, 0],
            "origin_lat": origin[:, 1],
            "destination_lon": destination[:, 0],
            "destination_lat": destination[:, 1],
        }
    )


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


def _flow_hovers(
    flows: pd.DataFrame, state: ViewState, version: str, package: DataPackage
) -> list[str]:
    lang = state.lang
    names = _place_names(flows, lang, version, package)
    texts = []
    for row in flows.itertuples():
        # names and citations come from data: text, never markup
        head = f"<b>{plain(names[str(row.origin)])} → {plain(names[str(row.destination)])}</b>"
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
        source = plain(cite(row.source_id, lang, package))
        quality = t(f"quality.{row.quality}", lang)
        if getattr(row, "count_quality", ""):
            count = t(f"quality.{row.count_quality}", lang)
            quality = t("flows.quality.share_count", lang, share=quality, count=count)
        body.append(f"{t('hover.source', lang)}: {source} ({quality})")
        texts.append("<br>".join([head, *body]))
    return texts
