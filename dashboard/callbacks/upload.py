"""Import panel callbacks: the file goes to ``POST /imports`` from the browser (so big
files never pass through a callback), the JSON answer is shown by a thin callback."""

from __future__ import annotations

from dash import ALL, Dash, Input, Output, State, no_update

from dashboard.context import AtlasContext
from dashboard.i18n.catalog import normalise_language
from dashboard.layout import ids
from dashboard.layout.panels.upload import MAX_UPLOAD_MB, sheet_rows, upload_report

# Checks the file (a dry run) when it is dropped and again whenever the token or an option
# changes, so the report always answers what is on the screen; imports it when "Import" is
# pressed. The token travels in the Authorization header, never in a URL. A file larger
# than the server takes is not sent: the answer is a 413, shown as a message. The sheets
# of a workbook (once listed) are sent as "SHEET=INDICATOR", the new indicator's and new
# source's fields as one JSON row each (the server checks them as --indicator-row does).
SEND_FILE = """async function (contents, confirm, token, indicator, source, quality, year,
                               flags, lang, breakdown, sheetValues, newIndicator, newSource,
                               filename, sheetIds, indicatorIds, sourceIds) {
    const context = window.dash_clientside.callback_context;
    const noUpdate = window.dash_clientside.no_update;
    if (!contents) { return noUpdate; }
    const trigger = context.triggered_id;
    const payload = contents.split(',')[1] || '';
    const size = Math.floor(payload.length * 3 / 4);
    if (size > MAX_BYTES) { return {status: 413, size: size}; }
    const row = (values, idsOf) => {
        const out = {};
        (idsOf || []).forEach((id, i) => {
            const value = (values || [])[i];
            if (value !== null && value !== undefined && String(value).trim() !== '') {
                out[id.field] = String(value).trim();
            }
        });
        return out;
    };
    const sheets = [];
    if (!(trigger === 'import-file')) {  // a new file: its own sheets are not known yet
        (sheetIds || []).forEach((id, i) => {
            const chosen = (sheetValues || [])[i];
            if (chosen) { sheets.push(id.sheet + '=' + chosen); }
        });
    }
    const sent = JSON.stringify(sheets);
    if (trigger && trigger.type === 'import-sheet-indicator'
        && sent === window.__atlasImportSheets) { return noUpdate; }
    window.__atlasImportSheets = sent;
    const sourceRow = row(newSource, sourceIds);
    if (sourceRow.id && !source) { source = sourceRow.id; }
    const indicatorRow = row(newIndicator, indicatorIds);
    if (indicatorRow.id) {
        indicatorRow.derived = 'false';
        if (!indicatorRow.source_ids && source) { indicatorRow.source_ids = source; }
        if (!indicator) { indicator = indicatorRow.id; }
    }
    const confirmed = trigger === 'import-confirm';
    const bytes = Uint8Array.from(atob(payload), c => c.charCodeAt(0));
    const form = new FormData();
    form.append('file', new Blob([bytes]), filename || 'upload');
    const fields = {indicator: indicator, source: source, quality: quality, year: year,
                    breakdown: breakdown, lang: lang, dry_run: confirmed ? '0' : '1'};
    for (const [name, value] of Object.entries(fields)) {
        if (value !== null && value !== undefined && value !== '') { form.append(name, value); }
    }
    for (const flag of (flags || [])) { form.append(flag, '1'); }
    for (const sheet of sheets) { form.append('sheet', sheet); }
    if (indicatorRow.id) { form.append('indicator_row', JSON.stringify(indicatorRow)); }
    if (sourceRow.id) { form.append('source_row', JSON.stringify(sourceRow)); }
    const response = await fetch('/imports', {
        method: 'POST', body: form, headers: {'Authorization': 'Bearer ' + (token || '')}
    });
    let body;
    try { body = await response.json(); } catch (error) { body = {message: response.statusText}; }
    body.status = response.status;
    return body;
}""".replace("MAX_BYTES", str(MAX_UPLOAD_MB * 1024 * 1024))


# The lists of an answer of POST /imports that the report reads, and what their items are.
REPORT_LISTS = {
    "problems": dict,
    "store": dict,
    "preview": list,
    "preview_rows": object,
    "unchanged": str,
}
# Sheets listed with a choice of indicator (a workbook may hold many; BNS's hold a few).
MAX_SHEETS = 50


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


def sheets_of(result: dict) -> list[str] | None:
    """The sheet names an answer lists (None when it lists none we can trust)."""
    metadata = result.get("metadata")
    if not isinstance(metadata, dict):
        return [] if result.get("status") in (200, 422) else None
    sheets = metadata.get("sheets") or []
    if not isinstance(sheets, list) or not all(isinstance(s, str) for s in sheets):
        return None
    return sheets[:MAX_SHEETS]


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
        Input(ids.UPLOAD_BREAKDOWN, "value"),
        Input({"type": ids.UPLOAD_SHEET_INDICATOR, "sheet": ALL}, "value"),
        Input({"type": ids.UPLOAD_NEW_INDICATOR, "field": ALL}, "value"),
        Input({"type": ids.UPLOAD_NEW_SOURCE, "field": ALL}, "value"),
        State(ids.UPLOAD_FILE, "filename"),
        State({"type": ids.UPLOAD_SHEET_INDICATOR, "sheet": ALL}, "id"),
        State({"type": ids.UPLOAD_NEW_INDICATOR, "field": ALL}, "id"),
        State({"type": ids.UPLOAD_NEW_SOURCE, "field": ALL}, "id"),
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
        # "Import" is offered only after a dry run the file passed, with something new.
        ready = bool(result.get("accepted") and result.get("dry_run"))
        return upload_report(result, normalise_language(lang)), not (
            ready and not result.get("nothing_new")
        )

    @app.callback(
        Output(ids.UPLOAD_SHEETS, "children"),
        Output(ids.UPLOAD_SHEET_LIST, "data"),
        Input(ids.UPLOAD_RESULT, "data"),
        State(ids.UPLOAD_SHEET_LIST, "data"),
        State(ids.LANGUAGE, "value"),
        prevent_initial_call=True,
    )
    def show_sheets(result: dict | None, shown: list | None, lang: str):
        # Drawn again only when the workbook's sheets change: a redraw would reset the
        # indicators chosen for them.
        sheets = sheets_of(result) if is_import_answer(result) else None
        if sheets is None or sheets == (shown or []):
            return no_update, no_update
        return sheet_rows(sheets, normalise_language(lang), context.package()), sheets
