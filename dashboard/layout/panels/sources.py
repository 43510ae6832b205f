"""The "Sources and about" panel and the help text (layout factories only, no callbacks).

``sources_panel(view)`` renders a :class:`~dashboard.views.sources.SourcesView`: it tells
the reader where every number comes from and how far to trust it: the quality flags with the
number of records carrying each, every source of ``data/sources.csv`` as a table row with
its link, the boundary versions and their approximation, the disclaimer on boundaries, how
well the gravity model reproduces the observed region-to-region tables, the attribution the
licences require and the known gaps. ``help_body`` is the content of the
help window opened from the header (the caller wraps it, e.g.
``dbc.ModalBody(help_body(lang), id=HELP_BODY)`` under a
``dbc.ModalHeader(t("help.title", lang))``).

The page must work on a closed network, so nothing here loads an external resource: links
to publishers are plain ``html.A`` elements that the browser follows only when clicked.
"""

from __future__ import annotations

from dataclasses import astuple

import dash_bootstrap_components as dbc
from dash import html

from dashboard.i18n.catalog import t
from dashboard.views.sources import SourceRow, SourcesView

# Element ids of the panel (exported; the lead's shell and callbacks import them from here).
SOURCES_PANEL = "sources-panel"
SOURCES_TABLE = "sources-table"
MODEL_FIT_TABLE = "model-fit-table"
HELP_BODY = "help-body"

__all__ = [
    "HELP_BODY",
    "MODEL_FIT_TABLE",
    "SOURCES_PANEL",
    "SOURCES_TABLE",
    "help_body",
    "sources_panel",
]


# ---------------------------------------------------------------------------------------------
# small helpers


def _link(label: str, href: str, title: str | None = None) -> html.A:
    # target=_blank keeps the atlas open; noopener stops the new page scripting this one.
    return html.A(label, href=href, target="_blank", rel="noopener noreferrer", title=title)


def _heading(key: str, lang: str) -> html.H3:
    return html.H3(t(key, lang), className="h5 mt-4 mb-2")


def _header_row(labels: list[str | html.Th]) -> html.Thead:
    cells = [label if isinstance(label, html.Th) else html.Th(label) for label in labels]
    return html.Thead(html.Tr(cells))


def _table(head: html.Thead, rows: list[html.Tr], **props: object) -> dbc.Table:
    return dbc.Table(
        [head, html.Tbody(rows)],
        bordered=False,
        hover=True,
        responsive=True,
        size="sm",
        className="small align-top",
        **props,
    )


# ---------------------------------------------------------------------------------------------
# sections


def _policy(lang: str) -> list:
    return [
        html.H2(t("about.title", lang), className="h4 mb-2"),
        html.P(t("about.intro", lang)),
        html.P(t("about.offline", lang), className="small text-muted"),
    ]


def _quality_section(view: SourcesView) -> list:
    lang = view.lang
    rows = [
        html.Tr(
            [
                html.Td(html.Strong(row.label), className="text-nowrap"),
                html.Td(row.meaning),
                html.Td(row.records, className="text-end"),
            ],
            **{"data-quality": row.flag},
        )
        for row in view.quality
    ]
    head = _header_row(
        [
            t("about.quality.col.flag", lang),
            t("about.quality.col.meaning", lang),
            html.Th(t("about.quality.col.count", lang), className="text-end"),
        ]
    )
    return [
        _heading("about.quality.heading", lang),
        _table(head, rows),
        html.P(view.quality_note, className="small text-muted"),
    ]


def _source_row(source: SourceRow, lang: str) -> html.Tr:
    if source.url:
        link = _link(t("sources.link", lang), source.url, source.link_title)
    else:
        link = html.Span(t("sources.no_link", lang), className="text-muted")
    document = [html.Div(source.title)]
    if source.document:
        document.append(html.Div(source.document, className="text-muted"))
    # The register's own columns are English (with original titles): mark them so a screen
    # reader pronounces them as English inside a Kazakh or Russian page.
    return html.Tr(
        [
            html.Td(
                [html.Div(source.citation), html.Code(source.id, className="small")],
                style={"minWidth": "12rem"},
            ),
            html.Td(source.publisher, lang="en"),
            html.Td(document, lang="en", style={"minWidth": "14rem"}),
            html.Td(source.reference_date, lang="en", style={"minWidth": "8rem"}),
            html.Td(source.licence, lang="en", style={"minWidth": "9rem"}),
            html.Td(source.note, lang="en", style={"minWidth": "18rem"}),
            html.Td(source.records, className="text-end"),
            html.Td(link),
        ],
        **{"data-source": source.id},
    )


def _sources_section(view: SourcesView) -> list:
    lang = view.lang
    head = _header_row(
        [
            t("sources.col.citation", lang),
            t("sources.col.publisher", lang),
            t("sources.col.document", lang),
            t("sources.col.date", lang),
            t("sources.col.licence", lang),
            t("sources.col.note", lang),
            html.Th(
                t("sources.col.rows", lang),
                title=t("sources.col.rows_title", lang),
                className="text-end",
            ),
            t("sources.col.link", lang),
        ]
    )
    return [
        _heading("sources.heading", lang),
        html.P(view.sources_intro, className="small"),
        _table(head, [_source_row(source, lang) for source in view.sources], id=SOURCES_TABLE),
    ]


def _boundaries_section(view: SourcesView) -> list:
    lang = view.lang
    rows = [
        html.Tr(
            [
                html.Td(html.Strong(row.version)),
                html.Td(row.units, className="text-end"),
                html.Td(row.years, className="text-nowrap"),
                html.Td(row.made),
            ],
            **{"data-version": row.version},
        )
        for row in view.boundaries
    ]
    head = _header_row(
        [
            t("about.boundaries.col.version", lang),
            html.Th(t("about.boundaries.col.units", lang), className="text-end"),
            t("about.boundaries.col.years", lang),
            t("about.boundaries.col.made", lang),
        ]
    )
    return [
        _heading("about.boundaries.heading", lang),
        _table(head, rows),
        html.P(t("about.boundaries.approximation", lang), className="small"),
        html.P(t("about.boundaries.rule", lang), className="small"),
        dbc.Alert(
            [
                html.Strong(t("about.boundaries.disclaimer_title", lang) + ": "),
                t("about.boundaries.disclaimer", lang),
            ],
            color="secondary",
            className="small py-2",
        ),
    ]


def _fit_section(view: SourcesView) -> list:
    lang = view.lang
    if not view.model_fit:
        return [_heading("about.fit.heading", lang), html.P(t("about.fit.none", lang))]
    rows = [
        html.Tr(
            [
                html.Td(html.Strong(row.year)),
                html.Td(row.boundaries, className="text-nowrap"),
                *(html.Td(value, className="text-end") for value in astuple(row)[2:]),
            ],
            **{"data-year": str(row.year)},
        )
        for row in view.model_fit
    ]
    year, boundaries, *numbers = view.fit_headers
    head = _header_row([year, boundaries, *(html.Th(h, className="text-end") for h in numbers)])
    return [
        _heading("about.fit.heading", lang),
        html.P(view.fit_intro, className="small"),
        _table(head, rows, id=MODEL_FIT_TABLE),
    ]


def _attribution_section(view: SourcesView) -> list:
    items = []
    for line in view.attribution:
        anchors: list = []
        for label, href in line.links:
            anchors += [" · " if anchors else " ", _link(label, href)]
        items.append(html.Li([line.text, html.Span(anchors, className="text-nowrap")]))
    return [
        _heading("about.attribution.heading", view.lang),
        html.Ul(items, className="small"),
    ]


def _gaps_section(view: SourcesView) -> list:
    return [
        _heading("about.gaps.heading", view.lang),
        html.P(t("about.gaps.intro", view.lang), className="small"),
        html.Ul([html.Li(gap) for gap in view.gaps], className="small"),
    ]


# ---------------------------------------------------------------------------------------------
# public factories


def sources_panel(view: SourcesView) -> html.Div:
    """The "Sources and about" panel of ``view``.

    Sections: data policy; quality flags with their meaning and record counts; every source
    of ``sources.csv`` (citation, publisher, document, date, licence, note, records citing
    it, link); boundary versions with their approximation and the disclaimer; the gravity
    model against each observed region-to-region table; attribution and licences; known gaps.
    """
    return html.Div(
        [
            *_policy(view.lang),
            *_quality_section(view),
            *_sources_section(view),
            *_boundaries_section(view),
            *_fit_section(view),
            *_attribution_section(view),
            *_gaps_section(view),
        ],
        id=SOURCES_PANEL,
        lang=view.lang,
    )


def help_body(lang: str) -> list:
    """Content of the help window in ``lang``: what the atlas shows and how to use it.

    Returns a list of components for a modal body: the map, layers, the kinds of flows and
    what "model estimate" means, the region profile, links that reopen a view and keyboard
    use, then a pointer to the "Sources and about" panel.
    """

    def section(key: str, *body: html.Component) -> html.Section:
        return html.Section(
            [html.H3(t(f"help.{key}.heading", lang), className="h6 mt-3 mb-1"), *body]
        )

    def paragraph(key: str) -> html.P:
        return html.P(t(key, lang), className="mb-2")

    flow_kinds = ("model", "schematic", "international", "observed")
    keys = ("tab", "arrows", "lists", "region", "escape")
    return [
        section("what", paragraph("help.what.text")),
        section("map", paragraph("help.map.text")),
        section("layers", paragraph("help.layers.text")),
        section(
            "flows",
            paragraph("help.flows.intro"),
            html.Ul([html.Li(t(f"help.flows.{kind}", lang)) for kind in flow_kinds]),
            paragraph("help.flows.filters"),
        ),
        section("profile", paragraph("help.profile.text")),
        section("links", paragraph("help.links.text")),
        section("keyboard", html.Ul([html.Li(t(f"help.keyboard.{k}", lang)) for k in keys])),
        html.P(
            t("help.more", lang, title=t("about.title", lang)),
            className="small text-muted mt-3 mb-0",
        ),
    ]
