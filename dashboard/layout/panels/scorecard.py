"""The "Scorecard" panel: what the Programme said against what happened (layout only).

Renders a :class:`~dashboard.views.scorecard.ScorecardView`: the national aim scored against
the official series (id SCORECARD_NATIONAL), the regions of 1997 with their role, measured
net migration per stage and verdict (a DataTable, id SCORECARD_TABLE, the view's ``shown``
columns, the years each stage covers above it; verdicts that contradict the text in bold,
marked ✗, so not by colour alone), then the method and the sources (id SCORECARD_METHOD).
"""

from __future__ import annotations

from dash import dash_table, html

from dashboard.i18n.catalog import t
from dashboard.layout import ids
from dashboard.layout.tables import TEXT_TABLE_STYLE
from dashboard.views.scorecard import MARKS, NUMBER_COLUMNS, STAGES, ScorecardView

NUMBERS = tuple(f"stage{stage}_{column}" for stage in STAGES for column in NUMBER_COLUMNS)
VERDICTS = tuple(f"stage{stage}_verdict" for stage in STAGES)


def _national(view: ScorecardView) -> html.Section:
    items = []
    for line in view.national:
        items.append(
            html.Li(
                [
                    html.Strong(line.label),
                    html.Br(),
                    html.Span(MARKS[line.achieved] + line.verdict),
                    html.Span(line.quote, className="d-block small text-muted", lang=view.lang),
                ],
                className="mb-2",
                **{"data-aim": line.aim_id, "data-achieved": str(line.achieved).lower()},
            )
        )
    return html.Section(
        [
            html.H3(t("scorecard.national.heading", view.lang), className="h5 mt-3"),
            html.Ul(items, className="list-unstyled mb-1"),
            html.P(view.national_source, className="small text-muted"),
        ],
        id=ids.SCORECARD_NATIONAL,
    )


def _table(view: ScorecardView) -> dash_table.DataTable:
    return dash_table.DataTable(
        id=ids.SCORECARD_TABLE,
        columns=[
            {"name": header, "id": column}
            for column, header in view.columns
            if column in view.shown
        ],
        data=list(view.rows),
        **TEXT_TABLE_STYLE,
        style_cell_conditional=[
            *({"if": {"column_id": c}, "textAlign": "right"} for c in NUMBERS),
            *({"if": {"column_id": c}, "minWidth": "9rem"} for c in VERDICTS),
        ],
        # A verdict that contradicts the text stands out in weight, not colour alone.
        style_data_conditional=[
            {
                "if": {
                    "filter_query": f'{{{column}}} contains "{MARKS[False].strip()}"',
                    "column_id": column,
                },
                "fontWeight": "bold",
            }
            for column in VERDICTS
        ],
    )


def scorecard_panel(view: ScorecardView) -> html.Div:
    """The scorecard of ``view``: national aim, regional table, method and sources."""
    lang = view.lang
    method = [html.Li(sentence) for sentence in view.method]
    notes: list = [
        html.H3(t("scorecard.method.heading", lang), className="h6 mt-3"),
        html.Ul(method, className="small mb-2"),
        html.P(
            [html.Strong(t("sources.heading", lang) + ": "), "; ".join(view.sources)],
            className="small",
        ),
    ]
    if view.translation_note:
        notes.append(html.P(view.translation_note, className="small text-muted"))
    return html.Div(
        [
            html.H2(view.title, className="h4 mb-1"),
            html.P(view.intro, className="small"),
            _national(view),
            html.H3(t("scorecard.regions.heading", lang), className="h5 mt-3"),
            *(html.P(line, className="small mb-1") for line in view.coverage),
            _table(view),
            html.Footer(notes, id=ids.SCORECARD_METHOD),
        ],
        id=ids.SCORECARD_PANEL,
        lang=lang,
    )
