"""The Import panel: upload a statistics table, see what was read and every finding, then
confirm. Layout only; ``callbacks.upload`` sends the file to ``POST /imports``.

Besides indicator, source, quality and year: the breakdown of a Taldau export to take, the
sheets of a workbook (listed once a workbook was checked, each given its own indicator),
and forms for a new indicator and a new source (the rows ``--indicator-row`` and
``--source-row`` give on the command line, checked the same way). Without an admin token
on the server the panel only says how to turn imports on.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.datasets.package import QUALITY_FLAGS, DataPackage
from dashboard.i18n.catalog import t
from dashboard.layout import ids
from dashboard.layout.texts import text

# The most a browser sends (the server refuses more with 413): checked in the browser too,
# so a larger file gets a message instead of silence.
MAX_UPLOAD_MB = 20
BREAKDOWNS = ("", "urban", "rural")
# The columns of indicators.csv and sources.csv the forms ask for, in order; "derived" and
# "formula" are not asked (an import brings stored values, never derived ones).
INDICATOR_FIELDS = (
    "id", "name_kk", "name_ru", "name_en", "unit", "unit_kk", "unit_ru", "unit_en",
    "kind", "aggregation", "scale", "caveat_kk", "caveat_ru", "caveat_en", "source_ids",
)  # fmt: skip
SOURCE_FIELDS = (
    "id", "publisher", "title", "document_or_table", "reference_date", "url", "licence",
    "note", "citation_kk", "citation_ru", "citation_en",
)  # fmt: skip
_CHOICES = ("unit", "kind", "aggregation", "scale")


def _field(label_key: str, control, lang: str, cid: str) -> dbc.Col:
    return dbc.Col([dbc.Label(text(label_key, lang), html_for=cid), control], md=6, lg=3)


def _row_form(kind: str, fields: tuple[str, ...], lang: str, package: DataPackage) -> html.Details:
    """A form for one row of indicators.csv or sources.csv (``kind``: a pattern id type)."""
    resource = package.resource("indicators" if kind == ids.UPLOAD_NEW_INDICATOR else "sources")
    schema = {f["name"]: f for f in resource["schema"]["fields"]}
    cols = []
    for name in fields:
        cid = {"type": kind, "field": name}
        enum = schema[name].get("constraints", {}).get("enum")
        if name in _CHOICES and enum:
            options = [{"label": "", "value": ""}] + [{"label": v, "value": v} for v in enum]
            control = dbc.Select(id=cid, options=options, value="", size="sm")
        else:
            control = dbc.Input(id=cid, type="text", debounce=True, size="sm", maxLength=500)
        form = "indicator_row" if kind == ids.UPLOAD_NEW_INDICATOR else "source_row"
        label = dbc.Label(text(f"upload.{form}.{name}", lang), className="small mb-0")
        cols.append(dbc.Col([label, control], md=6, lg=3))
    summary = "upload.new_indicator" if kind == ids.UPLOAD_NEW_INDICATOR else "upload.new_source"
    return html.Details(
        [
            html.Summary(text(summary, lang), className="small"),
            text(f"{summary}_help", lang, tag=html.P, className="small text-muted mb-1"),
            dbc.Row(cols, className="g-2 mb-2"),
        ],
        className="mb-2",
    )


def sheet_rows(sheets: list[str], lang: str, package: DataPackage) -> list:
    """The sheets of a checked workbook, each with a choice of indicator ("" = not read)."""
    if len(sheets) < 2:
        return []
    options = [{"label": t("upload.sheet_skip", lang), "value": ""}, *_indicators(package)]
    rows = [
        html.Tr(
            [
                html.Td(sheet),
                html.Td(
                    dbc.Select(
                        id={"type": ids.UPLOAD_SHEET_INDICATOR, "sheet": sheet},
                        options=options,
                        value="",
                        size="sm",
                    )
                ),
            ]
        )
        for sheet in sheets
    ]
    head = html.Thead(
        html.Tr([html.Th(t("upload.sheet", lang)), html.Th(t("upload.indicator", lang))])
    )
    return [
        html.H3(t("upload.sheets", lang), className="h6"),
        html.P(t("upload.sheets_help", lang), className="small text-muted mb-1"),
        dbc.Table([head, html.Tbody(rows)], size="sm", bordered=True, className="small"),
    ]


def _indicators(package: DataPackage) -> list[dict]:
    stored = package.indicators[package.indicators["derived"].astype(str) != "true"]
    return [
        {"label": f"{i} · {name}", "value": i}
        for i, name in zip(stored["id"], stored["name_en"], strict=True)
    ]


def upload_panel(lang: str, enabled: bool, package: DataPackage) -> html.Div:
    """The panel (always in the page, hidden unless its tab is open)."""
    head = [
        text("upload.heading", lang, tag=html.H2, className="h5"),
        text("upload.intro", lang, tag=html.P, className="small"),
    ]
    if not enabled:
        body = [dbc.Alert(text("upload.disabled", lang), color="secondary")]
        return html.Div(head + body, id=ids.UPLOAD_PANEL, style={"display": "none"})
    indicators = _indicators(package)
    sources = [{"label": s, "value": s} for s in sorted(package.sources["id"])]
    qualities = [{"label": t("upload.quality_auto", lang), "value": ""}] + [
        {"label": t(f"quality.{q}", lang), "value": q} for q in QUALITY_FLAGS
    ]
    form = dbc.Row(
        [
            _field(
                "upload.token",
                dbc.Input(id=ids.UPLOAD_TOKEN, type="password", autocomplete="off", debounce=True),
                lang,
                ids.UPLOAD_TOKEN,
            ),
            _field(
                "upload.indicator",
                dbc.Select(id=ids.UPLOAD_INDICATOR, options=indicators),
                lang,
                ids.UPLOAD_INDICATOR,
            ),
            _field(
                "upload.source",
                dbc.Select(id=ids.UPLOAD_SOURCE, options=sources),
                lang,
                ids.UPLOAD_SOURCE,
            ),
            _field(
                "upload.quality",
                dbc.Select(
                    id=ids.UPLOAD_QUALITY,
                    options=[{"label": t("upload.quality_auto", lang), "value": ""}, *qualities],
                ),
                lang,
                ids.UPLOAD_QUALITY,
            ),
            _field(
                "upload.year",
                dbc.Input(
                    id=ids.UPLOAD_YEAR, type="number", min=1990, max=2100, step=1, debounce=True
                ),
                lang,
                ids.UPLOAD_YEAR,
            ),
            _field(
                "upload.breakdown",
                dbc.Select(
                    id=ids.UPLOAD_BREAKDOWN,
                    options=[
                        {"label": t(f"upload.breakdown.{b or 'total'}", lang), "value": b}
                        for b in BREAKDOWNS
                    ],
                    value="",
                ),
                lang,
                ids.UPLOAD_BREAKDOWN,
            ),
        ],
        className="g-2 mb-2",
    )
    body = [
        form,
        dbc.Checklist(
            id=ids.UPLOAD_FLAGS,
            options=[
                {"label": text("upload.accept_warnings", lang), "value": "accept_warnings"},
                {"label": text("upload.replace", lang), "value": "replace"},
            ],
            value=[],
            className="small mb-2",
        ),
        _row_form(ids.UPLOAD_NEW_INDICATOR, INDICATOR_FIELDS, lang, package),
        _row_form(ids.UPLOAD_NEW_SOURCE, SOURCE_FIELDS, lang, package),
        dcc.Upload(
            text("upload.file", lang, tag=html.Div),
            id=ids.UPLOAD_FILE,
            accept=".csv,.txt,.tsv,.xlsx,.xls",
            # No limit here: a larger file would be dropped without a word; the browser's
            # callback measures it and says so (the server refuses it too, with 413).
            max_size=-1,
            className="present-upload small mb-2",
        ),
        html.Div(id=ids.UPLOAD_SHEETS),
        dcc.Store(id=ids.UPLOAD_SHEET_LIST, data=[]),
        dbc.Button(
            text("upload.confirm", lang), id=ids.UPLOAD_CONFIRM, color="primary", disabled=True
        ),
        dcc.Store(id=ids.UPLOAD_RESULT),
        dcc.Loading(html.Div(id=ids.UPLOAD_REPORT, className="mt-3")),
    ]
    return html.Div(head + body, id=ids.UPLOAD_PANEL, style={"display": "none"})


COLUMNS = ("severity", "where", "message", "suggestion")
_SEVERITY = {
    "error": ("upload.error", "text-danger"),
    "warning": ("upload.warning", "text-warning-emphasis"),
    "note": ("upload.note", "text-body-secondary"),
}


def _problem_rows(problems: list[dict], lang: str) -> list[html.Tr]:
    rows = []
    for problem in problems:
        severity = problem.get("severity")
        severity = severity if severity in _SEVERITY else "warning"
        key, style = _SEVERITY[severity]
        rows.append(
            html.Tr(
                [
                    html.Td(t(key, lang), className=style),
                    # Text from the file arrives escaped by the importer; shown as text.
                    html.Td(str(problem.get("where", ""))),
                    html.Td(str(problem.get("message", ""))),
                    html.Td(str(problem.get("suggestion", ""))),
                ]
            )
        )
    return rows


def upload_report(result: dict, lang: str) -> list:
    """The answer of ``POST /imports``: verdict, findings, the store's word, a preview."""
    status = result.get("status")
    if status == 403:
        return [dbc.Alert(t("upload.forbidden", lang), color="danger")]
    if status == 413:  # measured in the browser, or the server's answer to a larger body
        return [dbc.Alert(t("upload.too_large", lang, limit=MAX_UPLOAD_MB), color="danger")]
    if "lines" not in result:  # busy, no file, or an error page
        return [dbc.Alert(str(result.get("message", status)), color="danger")]
    rows = result.get("rows", 0)
    if result.get("nothing_new"):
        slices = "; ".join(str(s) for s in result.get("unchanged") or [])
        verdict = dbc.Alert(t("upload.nothing_new", lang, slices=slices), color="info")
    elif result.get("accepted") and result.get("dry_run"):
        verdict = dbc.Alert(t("upload.valid", lang, rows=rows), color="info")
    elif result.get("accepted"):
        imported = t("upload.imported", lang, id=result.get("import_id"), rows=rows)
        verdict = dbc.Alert(imported, color="success")
    else:
        verdict = dbc.Alert(t("upload.refused", lang), color="danger")
    children: list = [verdict]
    problems = result.get("problems") or []
    if problems:
        header = html.Thead(
            html.Tr(
                [
                    html.Th(t(f"upload.col.{c}", lang))
                    for c in ("severity", "where", "message", "suggestion")
                ]
            )
        )
        children += [
            html.H3(t("upload.problems", lang), className="h6"),
            dbc.Table(
                [header, html.Tbody(_problem_rows(problems, lang))],
                size="sm",
                bordered=True,
                className="small",
            ),
        ]
    store = result.get("store") or []
    if store:
        children += [
            html.H3(t("upload.store", lang), className="h6"),
            html.Ul([html.Li(str(p.get("message", ""))) for p in store], className="small"),
        ]
    preview = result.get("preview") or []
    if preview:
        numbers = result.get("preview_rows") or []
        body = [
            html.Tr([html.Td(str(n) if n else "")] + [html.Td(str(c)) for c in row])
            for n, row in zip(numbers + [None] * len(preview), preview, strict=False)
        ]
        children += [
            html.H3(t("upload.preview", lang), className="h6"),
            html.Div(
                dbc.Table(html.Tbody(body), size="sm", bordered=True, className="small"),
                style={"overflowX": "auto"},
            ),
        ]
    return children
