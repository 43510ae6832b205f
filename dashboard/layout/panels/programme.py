"""The "Programme" panel (layout factory only; the callbacks live elsewhere).

``programme_panel`` shows the Migration Policy Programme 2001-2010 in the reader's language:

* its aims, tasks and expected results per stage, as an accordion (id AIMS);
* the Programme's statements about regions (id REGION_ITEMS) as a list of buttons. Each
  button's id is ``{"type": REGION_ITEM, "index": <statement id>}`` and its ``value``
  property holds the region ids to highlight: space-separated 2-digit ids of the units of
  the newest boundary version the statement covers (also in ``data-current-regions``; the
  units the roles layer marks), e.g. "63 10 43": the map puts them on its own version, so
  East Kazakhstan of 1997 lights up as East Kazakhstan and Abai today. ``data-regions``
  holds the Programme's own 1997 ids (its map; ``data-version``).
  Statements that name no particular unit ("the northern and central oblasts") are shown as
  plain text, not buttons, so a click can never highlight a guessed region;
* the action plan of section 6 as a sortable DataTable (id PLAN_TABLE) with a search box
  (PLAN_SEARCH) and group and body filters (PLAN_GROUP, PLAN_BODY). The deleted item 1.1.6
  is kept, struck through and labelled "deleted" (not colour alone).

It renders a :class:`~dashboard.views.programme.ProgrammeView`. For the filter callback:
``action_plan_rows(lang, search, group, body, package)`` (the view) -> ``plan_table_data``
and ``plan_style_data_conditional`` give the table's ``data`` and styles; its ``count_text``
the line in PLAN_COUNT; ``plan_columns(lang)`` the ``columns``.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dash_table, dcc, html

from dashboard.i18n.catalog import t
from dashboard.layout.tables import TEXT_TABLE_STYLE
from dashboard.views.programme import AimBlock, ProgrammeView

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


# ---------------------------------------------------------------------------------------------
# sections


def _aim_block(block: AimBlock) -> list:
    """Statements in table order; each run of one kind from one section ends with its citation."""
    children: list = []
    for run in block.runs:
        if run.kind == "task":
            children += [
                html.H4(run.label, className="h6 mt-2"),
                html.Ul(
                    [html.Li(text, **{"data-aim": aim_id}) for aim_id, text in run.statements],
                    className="mb-1",
                ),
            ]
        else:
            children += [
                html.P(
                    [html.Strong(run.label + ": "), text], className="mb-1", **{"data-aim": aim_id}
                )
                for aim_id, text in run.statements
            ]
        children.append(html.P(run.citation, className="small text-muted mb-2"))
    return children


def _aims_section(view: ProgrammeView) -> html.Section:
    lang = view.lang
    items = [
        dbc.AccordionItem(_aim_block(block), title=block.title, item_id=f"aims-{block.block}")
        for block in view.aim_blocks
    ]
    children: list = [
        html.H3(t("programme.aims.heading", lang), className="h5 mt-3", id=f"{AIMS}-heading"),
        dbc.Accordion(items, id=AIMS, always_open=True, active_item=["aims-whole"]),
    ]
    if view.translation_note:
        children.append(html.P(view.translation_note, className="small mt-1"))
    return html.Section(children, **{"aria-labelledby": f"{AIMS}-heading"})


def _region_section(view: ProgrammeView) -> html.Section:
    lang = view.lang
    items = []
    for row in view.regions:
        quote = html.Span(
            row.quote,
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
                    value=row.current_ids,  # what the roles layer marks (zones.programme_roles)
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


def _filters(view: ProgrammeView) -> dbc.Row:
    lang = view.lang
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
                        options=list(view.group_options),
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
                        options=list(view.body_options),
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
        **TEXT_TABLE_STYLE,
        style_cell_conditional=[
            {"if": {"column_id": "number"}, "width": "4rem"},
            {"if": {"column_id": "measure"}, "minWidth": "16rem"},
            {"if": {"column_id": "responsible"}, "minWidth": "14rem"},
        ],
        style_data_conditional=plan_style_data_conditional(plan),
    )


def _plan_section(view: ProgrammeView) -> html.Section:
    lang, plan = view.lang, view.plan
    notes = [
        html.P(view.plan_source, className="small mb-1"),
        html.P(t("programme.plan.bodies_note", lang), className="small text-muted mb-1"),
    ]
    if view.deleted_note:
        notes.insert(1, html.P(view.deleted_note, className="small mb-1"))
    if view.translation_note:
        notes.append(html.P(view.translation_note, className="small text-muted"))
    return html.Section(
        [
            html.H3(
                t("programme.plan.heading", lang), className="h5 mt-4", id=f"{PLAN_TABLE}-heading"
            ),
            _filters(view),
            html.P(
                plan.count_text,
                id=PLAN_COUNT,
                className="small mb-1",
                role="status",
                **{"aria-live": "polite"},
            ),
            _plan_table(plan.rows, lang),
            html.Footer(notes, className="mt-2"),
        ],
        **{"aria-labelledby": f"{PLAN_TABLE}-heading"},
    )


def programme_panel(view: ProgrammeView) -> html.Div:
    """The Programme panel of ``view``: aims per stage, regional statements, action plan."""
    return html.Div(
        [
            html.H2(t("programme.title", view.lang), className="h4 mb-1"),
            html.P(view.status_line, className="small text-muted"),
            _aims_section(view),
            _region_section(view),
            _plan_section(view),
        ],
        id=PROGRAMME_PANEL,
        lang=view.lang,
    )
