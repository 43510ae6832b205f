"""Import panel callbacks: the file goes to ``POST /imports`` from the browser (so big
files never pass through a callback), the JSON answer is shown by a thin callback."""

from __future__ import annotations

from dash import Dash, Input, Output, State

from dashboard.context import AtlasContext
from dashboard.i18n.catalog import normalise_language
from dashboard.layout import ids
from dashboard.layout.panels.upload import upload_report

# Checks the file (a dry run) when it is dropped and again whenever the token or an option
# changes, so the report always answers what is on the screen; imports it when "Import" is
# pressed. The token travels in the Authorization header, never in a URL.
SEND_FILE = """async function (contents, confirm, token, indicator, source, quality, year,
                               flags, lang, filename) {
    const context = window.dash_clientside.callback_context;
    if (!contents) { return window.dash_clientside.no_update; }
    const confirmed = context.triggered_id === 'import-confirm';
    const bytes = Uint8Array.from(atob(contents.split(',')[1] || ''), c => c.charCodeAt(0));
    const form = new FormData();
    form.append('file', new Blob([bytes]), filename || 'upload');
    const fields = {indicator: indicator, source: source, quality: quality, year: year,
                    lang: lang, dry_run: confirmed ? '0' : '1'};
    for (const [name, value] of Object.entries(fields)) {
        if (value !== null && value !== undefined && value !== '') { form.append(name, value); }
    }
    for (const flag of (flags || [])) { form.append(flag, '1'); }
    const response = await fetch('/imports', {
        method: 'POST', body: form, headers: {'Authorization': 'Bearer ' + (token || '')}
    });
    let body;
    try { body = await response.json(); } catch (error) { body = {message: response.statusText}; }
    body.status = response.status;
    return body;
}"""


# The lists of an answer of POST /imports that the report reads, and what their items are.
REPORT_LISTS = {"problems": dict, "store": dict, "preview": list, "preview_rows": object}


def is_import_answer(result: object) -> bool:
    """Whether ``result`` has the shape of an answer of ``POST /imports``: an object whose
    lists (when present) are lists of what the report shows."""
    if not isinstance(result, dict):
        return False
    for key, kind in REPORT_LISTS.items():
        items = result.get(key) or []
        if not isinstance(items, list) or not all(isinstance(item, kind) for item in items):
            return False
    return True


def register(app: Dash, context: AtlasContext) -> None:
    """Attach the Import panel's callbacks (only when web imports are on)."""
    app.clientside_callback(
        SEND_FILE,
        Output(ids.UPLOAD_RESULT, "data"),
        Input(ids.UPLOAD_FILE, "contents"),
        Input(ids.UPLOAD_CONFIRM, "n_clicks"),
        Input(ids.UPLOAD_TOKEN, "value"),
        Input(ids.UPLOAD_INDICATOR, "value"),
        Input(ids.UPLOAD_SOURCE, "value"),
        Input(ids.UPLOAD_QUALITY, "value"),
        Input(ids.UPLOAD_YEAR, "value"),
        Input(ids.UPLOAD_FLAGS, "value"),
        Input(ids.LANGUAGE, "value"),
        State(ids.UPLOAD_FILE, "filename"),
        prevent_initial_call=True,
    )

    @app.callback(
        Output(ids.UPLOAD_REPORT, "children"),
        Output(ids.UPLOAD_CONFIRM, "disabled"),
        Input(ids.UPLOAD_RESULT, "data"),
        State(ids.LANGUAGE, "value"),
        prevent_initial_call=True,
    )
    def show_result(result: dict | None, lang: str):
        if not is_import_answer(result):
            return None, True
        # "Import" is offered only after a dry run the file passed.
        ready = bool(result.get("accepted") and result.get("dry_run"))
        return upload_report(result, normalise_language(lang)), not ready
