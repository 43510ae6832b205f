"""The Import panel: upload a statistics table, see what was read and every finding, then
confirm. Layout only; ``callbacks.upload`` sends the file to ``POST /imports``.

Without an admin token on the server the panel only says how to turn imports on.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.datasets.package import QUALITY_FLAGS, DataPackage
from dashboard.i18n.catalog import t
from dashboard.layout import ids
from dashboard.layout.texts import text


def _field(label_key: str, control, lang: str, cid: str) -> dbc.Col:
    return dbc.Col([dbc.Label(text(label_key, lang), html_for=cid), control], md=6, lg=3)


def upload_panel(lang: str, enabled: bool, package: DataPackage) -> html.Div:
    """The panel (always in the page, hidden unless its tab is open)."""
    head = [
        text("upload.heading", lang, tag=html.H2, className="h5"),
        text("upload.intro", lang, tag=html.P, className="small"),
    ]
    if not enabled:
        body = [dbc.Alert(text("upload.disabled", lang), color="secondary")]
        return html.Div(head + body, id=ids.UPLOAD_PANEL, style={"display": "none"})
    stored = package.indicators[package.indicators["derived"].astype(str) != "true"]
    indicators = [{"label": f"{i} · {name}", "value": i} for i, name in
                  zip(stored["id"], stored["name_en"], strict=True)]  # fmt: skip
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
        text("upload.new_rows", lang, tag=html.P, className="small text-muted"),
        dcc.Upload(
            text("upload.file", lang, tag=html.Div),
            id=ids.UPLOAD_FILE,
            accept=".csv,.txt,.xlsx",
            max_size=20 * 1024 * 1024,
            className="present-upload small mb-2",
        ),
        dbc.Button(
            text("upload.confirm", lang), id=ids.UPLOAD_CONFIRM, color="primary", disabled=True
        ),
        dcc.Store(id=ids.UPLOAD_RESULT),
        dcc.Loading(html.Div(id=ids.UPLOAD_REPORT, className="mt-3")),
    ]
    return html.Div(head + body, id=ids.UPLOAD_PANEL, style={"display": "none"})


COLUMNS = ("severity", "where", "message", "suggestion")


def _problem_rows(problems: list[dict], lang: str) -> list[html.Tr]:
    rows = []
    for problem in problems:
        error = problem.get("severity") == "error"
        rows.append(
            html.Tr(
                [
                    html.Td(
                        t("upload.error" if error else "upload.warning", lang),
                        className="text-danger" if error else "text-warning-emphasis",
                    ),
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
    if "lines" not in result:  # busy, no file, or an error page
        return [dbc.Alert(str(result.get("message", status)), color="danger")]
    rows = result.get("rows", 0)
    if result.get("accepted") and result.get("dry_run"):
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
