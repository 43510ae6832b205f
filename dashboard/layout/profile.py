"""The region profile panel (layout factory only; the callbacks live elsewhere).

``profile_panel`` renders a :class:`~dashboard.views.profile.ProfileView`: names in
kk/ru/en, the boundary history (parent unit, larger territory, former name), the indicator
on the map first, then the Programme roles, disaster zones, top flow partners and every
indicator as a row with its value, rank, sparkline, source and quality. It loads nothing:
every word and figure is in the view. ``empty_profile`` is the prompt shown before a region
is chosen. Both return a card with the same ids, so the callbacks that listen to the close
button always find it.

Compact and never a scroll box of its own: the card grows with the page (it sits beside the
map, atlas.css), and each part is a ``<details>`` section (native, keyboard-operable): the
roles and zones open, the flow partners and the indicator groups closed until asked for.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.figures.charts import SPARKLINE_HEIGHT
from dashboard.i18n.catalog import t
from dashboard.views.profile import FlowBlock, IndicatorRow, Partner, ProfileView

# Element ids of the profile (exported; the callbacks import them from here).
PROFILE_PANEL = "profile-panel"
PROFILE_TITLE = "profile-title"
PROFILE_CLOSE = "profile-close"
PROFILE_SPARKLINE = "profile-sparkline"  # pattern id type: {"type": ..., "indicator": id}
PROFILE_ARAL_CHART = "profile-aral-chart"

SPARKLINE_CONFIG = {"displayModeBar": False, "staticPlot": False}

__all__ = [
    "PROFILE_ARAL_CHART",
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


def _section(
    key: str, title: str, children: list, is_open: bool, count: int | None = None
) -> html.Details:
    """A part of the profile the reader opens and closes (``data-section`` = ``key``)."""
    heading: list = [title]
    if count is not None:
        heading += [" ", html.Span(f"({count})", className="profile-count")]
    return html.Details(
        [html.Summary(heading), html.Div(children, className="pt-1")],
        open=is_open,
        className="profile-section",
        **{"data-section": key},
    )


# ---------------------------------------------------------------------------------------------
# header


def _header(view: ProfileView) -> dbc.CardHeader:
    return dbc.CardHeader(
        html.Div(
            [
                html.Div(
                    [
                        html.H2(view.title, id=PROFILE_TITLE, className="h5 mb-1"),
                        html.Div(
                            [
                                html.Div(name, lang=code, className="small")
                                for code, name in view.other_names
                            ],
                            className="text-muted",
                        ),
                    ]
                ),
                _close_button(view.lang, visible=True),
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


# ---------------------------------------------------------------------------------------------
# roles, zones, flows


def _roles(view: ProfileView) -> html.Details:
    lang = view.lang
    title = t("profile.roles", lang)
    if not view.roles:
        none = html.P(t("profile.roles_none", lang), className="small text-muted mb-1")
        return _section("roles", title, [none], is_open=True)
    items = []
    for role in view.roles:
        # Said of the region itself: dark badge; said of a unit that contained it: light.
        badge = dbc.Badge(
            role.label,
            color="secondary" if role.direct else "light",
            text_color=None if role.direct else "dark",
            title=role.hover,
            className="text-wrap text-start profile-role" + ("" if role.direct else " border"),
        )
        note = [html.Div(role.via, className="small text-muted")] if role.via else []
        items.append(html.Div([badge, *note], className="mb-1"))
    return _section("roles", title, items, is_open=True)


def _zones(view: ProfileView) -> html.Details:
    lang = view.lang
    title = t("profile.zones", lang)
    if not view.zones:
        none = html.P(t("profile.zones_none", lang), className="small text-muted mb-1")
        return _section("zones", title, [none], is_open=True)
    items = []
    for zone in view.zones:
        lines: list = [html.Strong(zone.name, className="small")]
        if zone.via_1997:
            lines.append(html.Div(zone.via_1997, className="small fst-italic"))
        lines.append(html.Div(zone.law, className="small text-muted"))
        if zone.aral is not None:
            lines.append(
                dcc.Graph(figure=zone.aral, config=SPARKLINE_CONFIG, id=PROFILE_ARAL_CHART)
            )
        items.append(html.Li(lines, className="mb-1"))
    return _section("zones", title, [html.Ul(items, className="list-unstyled mb-0")], True)


def _partner_list(partners: tuple[Partner, ...]) -> html.Ol:
    items = [
        html.Li([p.name, " — ", html.Span(p.persons, className="text-nowrap")]) for p in partners
    ]
    return html.Ol(items, className="small ps-3 mb-1")


def _flow_block(block: FlowBlock, lang: str) -> html.Div:
    children: list = [html.Div(block.title, className="fw-semibold small")]
    if block.model_note:
        children.append(html.Div(block.model_note, className="small fst-italic text-muted"))
    if block.parent_note:
        children.append(html.Div(block.parent_note, className="small text-muted"))
    columns = [
        dbc.Col(
            [html.Div(t(key, lang), className="small text-muted"), _partner_list(partners)],
            xs=12,
            xxl=6,  # side by side only where the column is wide enough (1400 px and up)
        )
        for key, partners in (
            ("profile.flows_in", block.arriving),
            ("profile.flows_out", block.leaving),
        )
        if partners
    ]
    children.append(dbc.Row(columns, className="g-2"))
    if block.sources:
        children.append(html.Div(block.sources, className="small text-muted"))
    return html.Div(children, className="mb-2 profile-flows", **{"data-kind": block.kind})


def _flows(view: ProfileView) -> html.Details:
    lang = view.lang
    title = t("profile.flows", lang)
    if not view.flows:
        none = t("profile.flows_none", lang, year=view.year)
        return _section("flows", title, [html.P(none, className="small text-muted")], False)
    blocks = [_flow_block(block, lang) for block in view.flows]
    return _section("flows", title, blocks, is_open=False, count=len(view.flows))


# ---------------------------------------------------------------------------------------------
# indicators


def _value_block(row: IndicatorRow, lang: str) -> list:
    if row.value_year is None:
        return [html.Span(t("map.no_data", lang), className="text-muted")]
    parts: list = [
        html.Span(f"{row.value_year}: ", className="text-muted"),
        html.Strong(row.value),
    ]
    if row.rank:
        parts += [" · ", html.Span(row.rank, className="profile-rank")]
    if row.notes:
        parts.append(html.Div(row.notes, className="small fst-italic text-muted"))
    return parts


def indicator_row(row: IndicatorRow, lang: str, with_id: bool = True) -> html.Div:
    """One indicator: name (caveat on hover), value and rank, sparkline, source and quality.

    ``with_id=False`` for a second copy (the indicator on the map, shown first): ids must
    be unique on the page."""
    return html.Div(
        [
            html.Div(
                row.name,
                title=row.caveat,
                className="fw-semibold small" + (" profile-caveat" if row.caveat else ""),
            ),
            html.Div(_value_block(row, lang), className="small"),
            dcc.Graph(
                **({"id": sparkline_id(row.indicator)} if with_id else {}),
                figure=row.sparkline,
                config=SPARKLINE_CONFIG,
                # drawn again at its box's width when a closed section opens
                responsive=True,
                style={"height": f"{SPARKLINE_HEIGHT}px"},
            ),
            html.Div(row.source, className="small text-muted profile-source"),
        ],
        className="profile-indicator border-bottom py-2",
        **{"data-indicator": row.indicator},
    )


def _indicators(view: ProfileView) -> list:
    children: list = [
        _section(
            f"group-{n}",
            group.heading,
            [indicator_row(row, view.lang) for row in group.rows],
            is_open=False,
            count=len(group.rows),
        )
        for n, group in enumerate(view.groups)
    ]
    if view.no_data:
        children.append(html.P(view.no_data, className="small text-muted mt-2 mb-0"))
    return children


def _lead(view: ProfileView) -> list:
    """The indicator on the map, first: what the reader clicked the region to see."""
    if view.lead is None:
        return []
    heading = html.Div(t("profile.on_map", view.lang), className="small text-muted")
    return [
        html.Div(
            [heading, indicator_row(view.lead, view.lang, with_id=False)],
            className="profile-lead",
        )
    ]


# ---------------------------------------------------------------------------------------------
# the panel


def profile_panel(view: ProfileView) -> dbc.Card:
    """The profile card of ``view`` (its year highlighted; grows with the page)."""
    body: list = []
    if view.boundary_notes:
        body.append(
            dbc.Alert(
                [html.Div(n) for n in view.boundary_notes],
                color="info",
                className="small py-2 mb-2 profile-boundary-note",
            )
        )
    body += _lead(view)
    body += [_roles(view), _zones(view), _flows(view)]
    body += _indicators(view)
    return dbc.Card(
        [_header(view), dbc.CardBody(body)],
        id=PROFILE_PANEL,
        className="profile-panel",
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
    )
