"""The "Programme" panel (layout factory only; the callbacks live elsewhere).

``programme_panel`` shows the Migration Policy Programme 2001-2010 in the reader's language:

* its aims, tasks and expected results per stage, as an accordion (id AIMS);
* the Programme's statements about regions (id REGION_ITEMS) as a list of buttons. Each
  button's id is ``{"type": REGION_ITEM, "index": <statement id>}`` and its ``value``
  property holds the region ids to highlight: space-separated 2-digit ids of the 1997
  boundary version (the Programme's map; also in ``data-version``), e.g. "75 71 11 47";
  ``data-current-regions`` holds the same territory as units of the newest version.
  Statements that name no particular unit ("the northern and central oblasts") are shown as
  plain text, not buttons, so a click can never highlight a guessed region;
* the action plan of section 6 as a sortable DataTable (id PLAN_TABLE) with a search box
  (PLAN_SEARCH) and group and body filters (PLAN_GROUP, PLAN_BODY). The deleted item 1.1.6
  is kept, struck through and labelled "deleted" (not colour alone).

For the lead's filter callback: ``action_plan(lang)`` -> ``filter_action_plan(df, search,
group, body)`` -> ``plan_table_data(df)`` gives the table's ``data``; ``plan_columns(lang)``
its ``columns``; ``plan_count_text`` the line in PLAN_COUNT.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dash_table, dcc, html

from dashboard.datasets.package import DataPackage, load_package
from dashboard.datasets.programme import (
    SOURCE_ID,
    action_plan,
    aims,
    body_options,
    group_options,
    region_items,
    section_label,
)
from dashboard.datasets.sources import cite
from dashboard.i18n.catalog import t

# Element ids of the panel (exported; the lead's shell and callbacks import them from here).
PROGRAMME_PANEL = "programme-panel"
PLAN_SEARCH = "plan-search"
PLAN_GROUP = "plan-group"
PLAN_BODY = "plan-body"
PLAN_TABLE = "plan-table"
PLAN_COUNT = "plan-count"
REGION_ITEMS = "programme-region-items"
REGION_ITEM = "programme-region-item"  # pattern id type: {"type": REGION_ITEM, "index": id}
AIMS = "programme-aims"

__all__ = [
    "AIMS",
    "PLAN_BODY",
    "PLAN_COLUMNS",
    "PLAN_COUNT",
    "PLAN_GROUP",
    "PLAN_SEARCH",
    "PLAN_TABLE",
    "PROGRAMME_PANEL",
    "REGION_ITEM",
    "REGION_ITEMS",
    "plan_columns",
    "plan_count_text",
    "plan_style_data_conditional",
    "plan_table_data",
    "programme_panel",
    "region_item_id",
]

PAGE_SIZE = 25
# Columns of the table, in order (ids are columns of dashboard.datasets.programme.action_plan).
PLAN_COLUMNS = (
    "number",
    "group_label",
    "measure",
    "form_label",
    "responsible",
    "deadline",
    "status_label",
)
_HEADER_KEYS = {
    "number": "programme.col.number",
    "group_label": "programme.col.group",
    "measure": "programme.col.measure",
    "form_label": "programme.col.form",
    "responsible": "programme.col.responsible",
    "deadline": "programme.col.deadline",
    "status_label": "programme.col.status",
}
# Stage blocks of the aims accordion: (block id, stages of programme_aims.csv in it).
AIM_BLOCKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("whole", ("passport", "overall")),
    ("1", ("1",)),
    ("2", ("2",)),
    ("results", ("results",)),
)


def region_item_id(index: str) -> dict[str, str]:
    """Pattern-matching id of one regional statement's button."""
    return {"type": REGION_ITEM, "index": index}


# ---------------------------------------------------------------------------------------------
# the table (pure functions, reused by the filter callback)


def plan_columns(lang: str) -> list[dict[str, str]]:
    """DataTable ``columns`` of the action plan, headers in ``lang``."""
    return [{"name": t(_HEADER_KEYS[c], lang), "id": c} for c in PLAN_COLUMNS]


def plan_table_data(df: pd.DataFrame) -> list[dict[str, str]]:
    """DataTable ``data`` from a frame of :func:`~dashboard.datasets.programme.action_plan`.

    One dict per row with the displayed columns, plus ``status`` (active / deleted), which
    the styles and tests can read whatever the language.
    """
    columns = [*PLAN_COLUMNS, "status"]
    return df.loc[:, columns].astype(str).to_dict("records")


def plan_style_data_conditional(df: pd.DataFrame) -> list[dict]:
    """Row styles: deleted items struck through and greyed (their status cell says so too).

    Keyed on the item number, which survives sorting, paging and filtering.
    """
    deleted = df.loc[df["status"] == "deleted", "number"]
    return [
        {
            "if": {"filter_query": f'{{number}} = "{number}"'},
            "textDecoration": "line-through",
            "color": "#6c757d",
            "backgroundColor": "#f8f9fa",
            "fontStyle": "italic",
        }
        for number in deleted
    ] + [
        # The status word itself is not struck through: it must stay easy to read.
        {
            "if": {"filter_query": f'{{number}} = "{number}"', "column_id": "status_label"},
            "textDecoration": "none",
            "fontWeight": "bold",
        }
        for number in deleted
    ]


def plan_count_text(shown: int, total: int, lang: str) -> str:
    """ "Showing 6 of 22 measures" in ``lang``, or the no-match message."""
    if shown == 0:
        return t("programme.plan.empty", lang)
    return t("programme.plan.count", lang, shown=shown, total=total)


# ---------------------------------------------------------------------------------------------
# sections


def _period(period: str, lang: str) -> str:
    return t("programme.period", lang, period=period.replace("-", "–"))


def _cite_line(section: str, lang: str, package: DataPackage) -> html.P:
    citation = cite(SOURCE_ID, lang, package)
    label = section_label(section, lang)
    text = t("programme.cite_section", lang, citation=citation, section=label)
    return html.P(text, className="small text-muted mb-2")


def _aim_block(rows: pd.DataFrame, lang: str, package: DataPackage) -> list:
    """Statements in table order; each run of one kind from one section ends with its citation.

    Runs rather than one citation per block: the passport and section 2 say different things
    and each statement must name where it comes from.
    """
    children: list = []
    kinds, sections = rows["kind"], rows["section"]
    run = ((kinds != kinds.shift()) | (sections != sections.shift())).cumsum()
    for _, part in rows.groupby(run, sort=False):
        kind, section = part["kind"].iloc[0], part["section"].iloc[0]
        pairs = list(zip(part["id"], part["text"], strict=True))
        if kind == "task":
            children += [
                html.H4(t("programme.kind.task", lang), className="h6 mt-2"),
                html.Ul(
                    [html.Li(text, **{"data-aim": aim_id}) for aim_id, text in pairs],
                    className="mb-1",
                ),
            ]
        else:
            label = t(f"programme.kind.{kind}", lang) + ": "
            children += [
                html.P([html.Strong(label), text], className="mb-1", **{"data-aim": aim_id})
                for aim_id, text in pairs
            ]
        children.append(_cite_line(section, lang, package))
    return children


def _aim_title(block: str, rows: pd.DataFrame, lang: str) -> str:
    if block == "results":
        return t("programme.stage.results", lang)
    periods = list(dict.fromkeys(rows["period"]))
    period = periods[0] if len(periods) == 1 else "2001-2010"
    key = "programme.stage.whole" if block == "whole" else f"programme.stage.{block}"
    return t(key, lang, period=_period(period, lang))


def _aims_section(lang: str, package: DataPackage) -> html.Section:
    table = aims(lang, package)
    items = []
    for block, stages in AIM_BLOCKS:
        rows = table[table["stage"].isin(stages)]
        if rows.empty:
            continue
        items.append(
            dbc.AccordionItem(
                _aim_block(rows, lang, package),
                title=_aim_title(block, rows, lang),
                item_id=f"aims-{block}",
            )
        )
    children: list = [
        html.H3(t("programme.aims.heading", lang), className="h5 mt-3", id=f"{AIMS}-heading"),
        dbc.Accordion(items, id=AIMS, always_open=True, active_item=["aims-whole"]),
    ]
    if lang != "kk":
        children.append(html.P(t("programme.translation_note", lang), className="small mt-1"))
    return html.Section(children, **{"aria-labelledby": f"{AIMS}-heading"})


def _region_section(lang: str, package: DataPackage) -> html.Section:
    items = []
    for row in region_items(lang, package).itertuples(index=False):
        quote = html.Span(
            t(
                "programme.regions.quote",
                lang,
                section=section_label(row.section, lang),
                quote=row.quote_kk,
            ),
            className="d-block small text-muted",
            # Screen readers read the Kazakh words with Kazakh rules in every interface.
            lang="kk",
        )
        if row.region_ids:
            items.append(
                html.Button(
                    [
                        html.Span(row.label, className="fw-semibold d-block"),
                        html.Span(row.region_names, className="d-block"),
                        quote,
                    ],
                    id=region_item_id(row.id),
                    value=row.region_ids,
                    n_clicks=0,
                    type="button",
                    className="list-group-item list-group-item-action text-start",
                    **{
                        "data-regions": row.region_ids,
                        "data-version": row.boundary_version,
                        "data-current-regions": row.current_ids,
                    },
                )
            )
        else:
            items.append(
                html.Div(
                    [
                        html.Span(row.label, className="fw-semibold d-block"),
                        html.Span(t("programme.regions.unmapped", lang), className="d-block"),
                        quote,
                    ],
                    className="list-group-item text-body-secondary",
                    **{"data-regions": "", "data-statement": row.id},
                )
            )
    return html.Section(
        [
            html.H3(
                t("programme.regions.heading", lang),
                className="h5 mt-4",
                id=f"{REGION_ITEMS}-heading",
            ),
            html.P(t("programme.regions.help", lang), className="small"),
            html.Div(items, id=REGION_ITEMS, className="list-group"),
        ],
        **{"aria-labelledby": f"{REGION_ITEMS}-heading"},
    )


def _filters(lang: str, package: DataPackage) -> dbc.Row:
    return dbc.Row(
        [
            dbc.Col(
                [
                    dbc.Label(t("programme.plan.search", lang), html_for=PLAN_SEARCH),
                    dbc.Input(
                        id=PLAN_SEARCH,
                        type="search",
                        value="",
                        placeholder=t("programme.plan.search_placeholder", lang),
                        debounce=300,
                        autoComplete="off",
                    ),
                ],
                md=4,
            ),
            dbc.Col(
                [
                    dbc.Label(t("programme.plan.group", lang), html_for=PLAN_GROUP),
                    dcc.Dropdown(
                        id=PLAN_GROUP,
                        options=group_options(lang, package),
                        value=None,
                        placeholder=t("programme.plan.group_all", lang),
                        clearable=True,
                    ),
                ],
                md=4,
            ),
            dbc.Col(
                [
                    dbc.Label(t("programme.plan.body", lang), html_for=PLAN_BODY),
                    dcc.Dropdown(
                        id=PLAN_BODY,
                        options=body_options(lang, package),
                        value=None,
                        placeholder=t("programme.plan.body_all", lang),
                        clearable=True,
                        optionHeight=50,
                    ),
                ],
                md=4,
            ),
        ],
        className="g-2 mb-2",
    )


def _plan_table(plan: pd.DataFrame, lang: str) -> dash_table.DataTable:
    return dash_table.DataTable(
        id=PLAN_TABLE,
        columns=plan_columns(lang),
        data=plan_table_data(plan),
        sort_action="native",
        page_action="native",
        page_size=PAGE_SIZE,
        style_table={"overflowX": "auto"},
        style_cell={
            "textAlign": "left",
            "whiteSpace": "normal",
            "height": "auto",
            "verticalAlign": "top",
            # The table's own default is monospace; use the page's font.
            "fontFamily": "var(--bs-body-font-family, sans-serif)",
            "fontSize": "0.875rem",
            "padding": "4px 6px",
        },
        style_header={"fontWeight": "bold", "whiteSpace": "normal", "height": "auto"},
        style_cell_conditional=[
            {"if": {"column_id": "number"}, "width": "4rem"},
            {"if": {"column_id": "measure"}, "minWidth": "16rem"},
            {"if": {"column_id": "responsible"}, "minWidth": "14rem"},
        ],
        style_data_conditional=plan_style_data_conditional(plan),
    )


def _plan_section(lang: str, package: DataPackage) -> html.Section:
    plan = action_plan(lang, package)
    deleted = ", ".join(plan.loc[plan["status"] == "deleted", "number"])
    notes = [
        html.P(
            t("programme.plan.source", lang, citation=cite(SOURCE_ID, lang, package)),
            className="small mb-1",
        ),
        html.P(t("programme.plan.bodies_note", lang), className="small text-muted mb-1"),
    ]
    if deleted:
        notes.insert(
            1,
            html.P(t("programme.plan.deleted_note", lang, number=deleted), className="small mb-1"),
        )
    if lang != "kk":
        notes.append(html.P(t("programme.translation_note", lang), className="small text-muted"))
    return html.Section(
        [
            html.H3(
                t("programme.plan.heading", lang), className="h5 mt-4", id=f"{PLAN_TABLE}-heading"
            ),
            _filters(lang, package),
            html.P(
                plan_count_text(len(plan), len(plan), lang),
                id=PLAN_COUNT,
                className="small mb-1",
                role="status",
                **{"aria-live": "polite"},
            ),
            _plan_table(plan, lang),
            html.Footer(notes, className="mt-2"),
        ],
        **{"aria-labelledby": f"{PLAN_TABLE}-heading"},
    )


def programme_panel(lang: str, package: DataPackage | None = None) -> html.Div:
    """The Programme panel in ``lang``: aims per stage, regional statements, action plan."""
    package = package or load_package()
    return html.Div(
        [
            html.H2(t("programme.title", lang), className="h4 mb-1"),
            html.P(t("programme.status_line", lang), className="small text-muted"),
            _aims_section(lang, package),
            _region_section(lang, package),
            _plan_section(lang, package),
        ],
        id=PROGRAMME_PANEL,
        lang=lang,
    )
