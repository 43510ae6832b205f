"""The region profile panel (layout factory only; the callbacks live elsewhere).

``profile_panel`` renders a :class:`~dashboard.datasets.profiles.RegionProfile` in the
reader's language: names in kk/ru/en, the boundary history (parent unit, larger territory,
former name), the Programme roles, disaster zones, top flow partners and every indicator
as a row with its value, rank, sparkline, source and quality. ``empty_profile`` is the
prompt shown before a region is chosen. Both return a card with the same ids, so the
callbacks that listen to the close button always find it.
"""

from __future__ import annotations

import math

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html

from dashboard.datasets.package import DataPackage, load_package
from dashboard.datasets.profiles import (
    IndicatorSeries,
    RegionProfile,
    first_year,
)
from dashboard.datasets.sources import cite
from dashboard.figures.charts import SPARKLINE_HEIGHT, sparkline
from dashboard.figures.zones import aral_sea_chart
from dashboard.geo.boundaries import BOUNDARY_VERSIONS, region_ids, version_for_year
from dashboard.geo.gazetteer import LANGUAGES, region_name
from dashboard.i18n.catalog import MESSAGES, t
from dashboard.i18n.formats import format_number

# Element ids of the profile (exported; the callbacks import them from here).
PROFILE_PANEL = "profile-panel"
PROFILE_TITLE = "profile-title"
PROFILE_CLOSE = "profile-close"
PROFILE_SPARKLINE = "profile-sparkline"  # pattern id type: {"type": ..., "indicator": id}

SPARKLINE_CONFIG = {"displayModeBar": False, "staticPlot": False}
PANEL_STYLE = {"maxHeight": "75vh", "overflowY": "auto"}

__all__ = [
    "PROFILE_CLOSE",
    "PROFILE_PANEL",
    "PROFILE_SPARKLINE",
    "PROFILE_TITLE",
    "empty_profile",
    "profile_panel",
    "sparkline_id",
]


def sparkline_id(indicator: str) -> dict[str, str]:
    """Pattern-matching id of an indicator's sparkline graph."""
    return {"type": PROFILE_SPARKLINE, "indicator": indicator}


# ---------------------------------------------------------------------------------------------
# small helpers


def _msg(key: str, lang: str, fallback: str, **values: object) -> str:
    """``t`` for keys built from data (roles, kinds): unknown codes show as readable text."""
    return t(key, lang, **values) if key in MESSAGES else fallback.replace("_", " ")


def _unit_name(unit: str, lang: str, version: str | None = None) -> str:
    """Name of a unit id in ``version`` (or the newest version holding it); codes as given."""
    versions = [version] if version in BOUNDARY_VERSIONS else []
    versions += [v for v in reversed(BOUNDARY_VERSIONS) if v != version]
    for v in versions:
        if unit in region_ids(v):
            return region_name(unit, lang, v)
    return unit  # a country code (international flows) or an unknown id: show it as is


def _section(title: str) -> html.H3:
    return html.H3(title, className="h6 text-uppercase text-muted mt-3 mb-2")


def _quality_text(quality: str, lang: str) -> str:
    if not quality:
        return t("map.no_data", lang)
    text = _msg(f"quality.{quality}", lang, quality)
    return f"{text} ({t('profile.model', lang)})" if quality == "model" else text


# ---------------------------------------------------------------------------------------------
# header and boundary history


def _header(profile: RegionProfile, lang: str) -> dbc.CardHeader:
    others = [code for code in LANGUAGES if code != lang]
    return dbc.CardHeader(
        html.Div(
            [
                html.Div(
                    [
                        html.H2(profile.name(lang), id=PROFILE_TITLE, className="h4 mb-1"),
                        html.Div(
                            [
                                html.Div(profile.name(code), lang=code, className="small")
                                for code in others
                            ],
                            className="text-muted",
                        ),
                    ]
                ),
                _close_button(lang, visible=True),
            ],
            className="d-flex justify-content-between align-items-start",
        )
    )


def _close_button(lang: str, visible: bool) -> html.Button:
    return html.Button(
        id=PROFILE_CLOSE,
        n_clicks=0,
        className="btn-close ms-2",
        title=t("profile.close", lang),
        style=None if visible else {"display": "none"},
        **{"aria-label": t("profile.close", lang)},
    )


def boundary_notes(profile: RegionProfile, lang: str) -> list[str]:
    """Sentences on the unit's boundary history: parent unit, larger territory, old names."""
    notes: list[str] = []
    # parent units: one note per parent, named as in the last version it held the region
    by_parent: dict[str, list[str]] = {}
    for version, parent in profile.parents.items():
        by_parent.setdefault(parent, []).append(version)
    for parent, versions in by_parent.items():
        last = versions[-1]
        until = first_year(BOUNDARY_VERSIONS[BOUNDARY_VERSIONS.index(last) + 1])
        notes.append(
            t("profile.parent_note", lang, parent=region_name(parent, lang, last), year=until)
        )
    if profile.larger_in:
        last = list(profile.larger_in)[-1]
        until = first_year(BOUNDARY_VERSIONS[BOUNDARY_VERSIONS.index(last) + 1])
        parts = sorted({p for ps in profile.larger_in.values() for p in ps} - {profile.region_id})
        others = ", ".join(_unit_name(p, lang) for p in parts)
        notes.append(t("profile.larger_note", lang, others=others, year=until))
    current = profile.name(lang)
    for i, version in enumerate(profile.versions[:-1]):
        old = region_name(profile.region_id, lang, version)
        if old != current and old != region_name(profile.region_id, lang, profile.versions[i + 1]):
            until = first_year(profile.versions[i + 1])
            notes.append(t("profile.former_name", lang, name=old, year=until))
    return notes


# ---------------------------------------------------------------------------------------------
# roles, zones, flows


def _roles(profile: RegionProfile, lang: str, package: DataPackage) -> list:
    children: list = [_section(t("profile.roles", lang))]
    if profile.roles.empty:
        return [*children, html.P(t("profile.roles_none", lang), className="small text-muted")]
    items = []
    for row in profile.roles.to_dict("records"):
        label = _msg(f"profile.role.{row['role']}", lang, str(row["role"]))
        section = t("profile.section", lang, section=row["section"])
        via = ""
        if row["match"] in {"parent", "larger"}:
            version = str(row["boundary_version"])
            named = region_name(str(row["region_id"]), lang, version)
            via = t("profile.role_via", lang, name=named, version=version)
        hover = [t("profile.quote", lang, quote=row["quote_kk"]), via]
        hover.append(cite(row["source_id"], lang, package))
        # Said of the region itself: dark badge; said of a unit that contained it: light.
        direct = row["match"] == "direct"
        badge = dbc.Badge(
            f"{label} · {section}",
            color="secondary" if direct else "light",
            text_color=None if direct else "dark",
            title="\n".join(h for h in hover if h),
            className="text-wrap text-start profile-role" + ("" if direct else " border"),
        )
        note = [html.Div(via, className="small text-muted")] if via else []
        items.append(html.Div([badge, *note], className="mb-1"))
    return [*children, html.Div(items)]


def _zones(profile: RegionProfile, lang: str) -> list:
    children: list = [_section(t("profile.zones", lang))]
    if profile.zones.empty:
        return [*children, html.P(t("profile.zones_none", lang), className="small text-muted")]
    items = []
    for row in profile.zones.to_dict("records"):
        law = str(row.get("legal_basis") or "")
        lines: list = [html.Strong(str(row.get(f"name_{lang}") or row["name_en"]))]
        if row["match"] == "via_1997":
            # Listed for the larger 1997 unit only: say where the zone lies today.
            old = _unit_name(_unit_1997(profile), lang, BOUNDARY_VERSIONS[0])
            today = ", ".join(_unit_name(u, lang) for u in str(row["region_ids"]).split())
            lines.append(
                html.Div(
                    t("profile.zone_via_1997", lang, name=old, today=today),
                    className="small fst-italic",
                )
            )
        lines.append(
            html.Div(
                t("profile.law", lang, law=law) if law else t("profile.no_law", lang),
                className="small text-muted",
            )
        )
        if row["zone_id"] == "aral_region":
            # What is known of the Aral: the sea's shrinking area, as a small chart.
            lines.append(
                dcc.Graph(
                    figure=aral_sea_chart(load_package(), lang),
                    config=SPARKLINE_CONFIG,
                    id="profile-aral-chart",
                )
            )
        items.append(html.Li(lines, className="mb-1"))
    return [*children, html.Ul(items, className="list-unstyled mb-0")]


def _unit_1997(profile: RegionProfile) -> str:
    first = BOUNDARY_VERSIONS[0]
    return profile.parents.get(first, profile.region_id)


def _persons(value: float, lang: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return t("profile.direction_only", lang)
    return t("profile.persons", lang, value=format_number(round(float(value)), lang, 0))


def _partner_list(rows: pd.DataFrame, lang: str, kind: str) -> html.Ol:
    items = []
    for row in rows.to_dict("records"):
        year = pd.to_numeric(row.get("year"), errors="coerce")
        version = (
            BOUNDARY_VERSIONS[0]
            if kind == "schematic"  # the Programme's directions use 1997 units
            else (version_for_year(int(year)) if not pd.isna(year) else None)
        )
        items.append(
            html.Li(
                [
                    _unit_name(str(row["partner"]), lang, version),
                    " — ",
                    html.Span(_persons(row["persons"], lang), className="text-nowrap"),
                ]
            )
        )
    return html.Ol(items, className="small ps-3 mb-1")


def _flows(profile: RegionProfile, lang: str, package: DataPackage) -> list:
    children: list = [_section(t("profile.flows", lang))]
    if not profile.partners:
        return [
            *children,
            html.P(t("profile.flows_none", lang, year=profile.year), className="small text-muted"),
        ]
    for kind, frame in profile.partners.items():
        block: list = [
            html.Div(_msg(f"profile.kind.{kind}", lang, kind), className="fw-semibold small")
        ]
        if kind == "model":
            block.append(
                html.Div(t("profile.model", lang), className="small fst-italic text-muted")
            )
        if bool(frame["from_parent"].any()):
            unit = str(frame["unit_id"].iloc[0])
            block.append(
                html.Div(
                    t("profile.flows_parent", lang, name=_unit_name(unit, lang)),
                    className="small text-muted",
                )
            )
        columns = []
        for direction, key in (("in", "profile.flows_in"), ("out", "profile.flows_out")):
            rows = frame.loc[frame["direction"] == direction]
            if rows.empty:
                continue
            columns.append(
                dbc.Col(
                    [
                        html.Div(t(key, lang), className="small text-muted"),
                        _partner_list(rows, lang, kind),
                    ],
                    sm=6,
                )
            )
        block.append(dbc.Row(columns, className="g-2"))
        sources = sorted({s for s in frame["source_id"] if s})
        if sources:
            block.append(
                html.Div(
                    f"{t('hover.source', lang)}: "
                    + "; ".join(cite(s, lang, package) for s in sources),
                    className="small text-muted",
                )
            )
        children.append(html.Div(block, className="mb-2 profile-flows", **{"data-kind": kind}))
    return children


# ---------------------------------------------------------------------------------------------
# indicators


def rank_text(series: IndicatorSeries, lang: str) -> str:
    """'rank 3 of 20' (or '... of 2 regions with data (17 in all)'); '' without a rank."""
    if series.rank is None or series.rank_of is None:
        return ""
    if series.units_in_version is None or series.rank_of == series.units_in_version:
        return t("profile.rank", lang, rank=series.rank, count=series.rank_of)
    return t(
        "profile.rank_partial",
        lang,
        rank=series.rank,
        count=series.rank_of,
        total=series.units_in_version,
    )


def _value_block(series: IndicatorSeries, lang: str) -> list:
    point = series.point
    if point is None:
        return [html.Span(t("map.no_data", lang), className="text-muted")]
    value = format_number(series.value, lang, series.decimals)
    parts: list = [
        html.Span(f"{series.value_year}: ", className="text-muted"),
        html.Strong(f"{value} {series.unit(lang)}"),
    ]
    rank = rank_text(series, lang)
    if rank:
        parts += [" · ", html.Span(rank, className="profile-rank")]
    notes = []
    if series.value_year != series.selected_year:
        notes.append(
            t("profile.other_year", lang, selected=series.selected_year, year=series.value_year)
        )
    if point["from_parent"]:
        name = region_name(point["unit_id"], lang, point["boundary_version"])
        notes.append(t("profile.parent_value", lang, name=name))
    elif point["includes"]:
        notes.append(t("profile.larger_value", lang, version=point["boundary_version"]))
    if point["quality"] == "model":
        notes.append(t("profile.model", lang))
    if notes:
        parts.append(html.Div("; ".join(notes), className="small fst-italic text-muted"))
    return parts


def _source_line(series: IndicatorSeries, lang: str) -> html.Div:
    point = series.point
    lines: list = []
    shown = ""
    if point is not None:
        shown = str(point["source_id"])
        lines.append(f"{t('hover.source', lang)}: {series.citation(shown, lang)}")
        lines.append(f"{t('hover.quality', lang)}: {_quality_text(point['quality'], lang)}")
    shown_ids = set(shown.split("+"))
    other = [sid for sid in series.citations if sid not in shown_ids]
    if other:
        others = "; ".join(series.citation(sid, lang) for sid in other)
        lines.append(t("profile.other_sources", lang, sources=others))
    return html.Div(". ".join(lines), className="small text-muted profile-source")


def indicator_row(series: IndicatorSeries, lang: str, year: int) -> html.Div:
    """One indicator: name (caveat on hover), value and rank, sparkline, source and quality."""
    caveat = series.caveats.get(lang) or series.caveats.get("en") or None
    return html.Div(
        [
            html.Div(
                series.name(lang),
                title=caveat,
                className="fw-semibold small" + (" profile-caveat" if caveat else ""),
            ),
            html.Div(_value_block(series, lang), className="small"),
            dcc.Graph(
                id=sparkline_id(series.indicator),
                figure=sparkline(series, lang, year),
                config=SPARKLINE_CONFIG,
                style={"height": f"{SPARKLINE_HEIGHT}px"},
            ),
            _source_line(series, lang),
        ],
        className="profile-indicator border-bottom py-2",
        **{"data-indicator": series.indicator},
    )


def _indicators(profile: RegionProfile, lang: str, year: int, package: DataPackage) -> list:
    children: list = []
    for group, members in profile.by_group():
        children.append(_section(_msg(f"profile.group.{group}", lang, group)))
        children += [indicator_row(s, lang, year) for s in members]
    if profile.no_data:
        names = package.indicators.set_index("id")[f"name_{lang}"]
        listed = ", ".join(str(names.get(i, i)) for i in profile.no_data)
        children.append(
            html.P(t("profile.no_data", lang, names=listed), className="small text-muted mt-2")
        )
    return children


# ---------------------------------------------------------------------------------------------
# the panel


def profile_panel(
    profile: RegionProfile, lang: str, year: int, package: DataPackage | None = None
) -> dbc.Card:
    """The profile card of ``profile`` in ``lang`` with ``year`` highlighted (scrolls inside)."""
    package = package if package is not None else load_package()
    notes = boundary_notes(profile, lang)
    body: list = []
    if notes:
        body.append(
            dbc.Alert(
                [html.Div(n) for n in notes],
                color="info",
                className="small py-2 mb-2 profile-boundary-note",
            )
        )
    body += _roles(profile, lang, package)
    body += _zones(profile, lang)
    body += _flows(profile, lang, package)
    body += _indicators(profile, lang, year, package)
    return dbc.Card(
        [_header(profile, lang), dbc.CardBody(body)],
        id=PROFILE_PANEL,
        className="profile-panel",
        style=PANEL_STYLE,
    )


def empty_profile(lang: str) -> dbc.Card:
    """The prompt shown before a region is chosen (same ids as the panel; close hidden)."""
    return dbc.Card(
        [
            dbc.CardHeader(
                html.Div(
                    [
                        html.H2(t("profile.heading", lang), id=PROFILE_TITLE, className="h5 mb-0"),
                        _close_button(lang, visible=False),
                    ],
                    className="d-flex justify-content-between align-items-start",
                )
            ),
            dbc.CardBody(html.P(t("profile.empty", lang), className="text-muted mb-0")),
        ],
        id=PROFILE_PANEL,
        className="profile-panel",
        style=PANEL_STYLE,
    )
