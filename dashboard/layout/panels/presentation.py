"""Presentation mode: the panel that edits scenes, and the player shown while presenting.

Layout factories only: they render ``views.presentation``; ``callbacks.presentation``
fills and drives them. Titles and notes are user text and only ever go into
``children``/``value`` (text, never markup). A presentation another browser made is shown
read-only: its fields and buttons are disabled (the server refuses changes anyway).

The file drop zone says how large a file may be (``data-max-bytes``) and which store hears
of a refused one (``data-refused``): ``assets/presentation-upload.js`` reports a file over
the limit, which the upload drops before reading it, and a 413 from the server.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.i18n.catalog import t
from dashboard.layout import ids
from dashboard.layout.texts import text
from dashboard.presentations.scenes import (
    MAX_FILE_BYTES,
    MAX_NAME,
    MAX_NOTE,
    MAX_TITLE,
    SCENE_FIELDS,
)
from dashboard.views.presentation import Notice, PresentationView, SceneLabels, SceneRow


def button_id(action: str) -> dict:
    """Pattern id of a panel button (new, rename, delete, play)."""
    return {"type": ids.PRESENT_BUTTON, "action": action}


def scene_id(kind: str, index: int) -> dict:
    """Pattern id of a field (title, note) or button (up, down, remove, open) of a scene."""
    group = ids.SCENE_FIELD if kind in SCENE_FIELDS else ids.SCENE_BUTTON
    return {"type": group, "kind": kind, "index": index}


def icon_button(cid: str | dict, symbol: str, name: str, classes: str) -> html.Button:
    """A button showing a symbol, named for screen readers and in its tooltip."""
    return html.Button(
        symbol, id=cid, title=name, className=f"btn btn-sm {classes}", **{"aria-label": name}
    )


def add_scene_block(lang: str) -> html.Div:
    """The button beside the controls that saves the current view as a scene."""
    return html.Div(
        [
            dbc.Button(
                text("present.add", lang),
                id=ids.SCENE_ADD,
                color="outline-primary",
                size="sm",
                className="w-100",
            ),
            html.Div(id=ids.SCENE_MESSAGE, className="small mt-1", role="status"),
        ],
        className="px-1 mb-2",
    )


def notice_alert(notice: Notice | None) -> dbc.Alert | None:
    """A message about what the reader just did (``None``: no message)."""
    if notice is None:
        return None
    return dbc.Alert(notice.text, color=notice.tone, dismissable=True, className="py-2 small")


def _scene_card(row: SceneRow, labels: SceneLabels, editable: bool = True) -> dbc.Card:
    def small(kind: str, label: str, name: str, changes: bool = True) -> html.Button:
        button = icon_button(scene_id(kind, row.index), label, name, "btn-outline-secondary ms-1")
        button.disabled = changes and not editable
        return button

    return dbc.Card(
        dbc.CardBody(
            [
                html.Div(
                    [
                        html.Strong(row.heading, className="me-auto"),
                        small("open", "↗", labels.open_on_map, changes=False),
                        small("up", "↑", labels.move_up),
                        small("down", "↓", labels.move_down),
                        small("remove", "✕", labels.remove),
                    ],
                    className="d-flex align-items-center mb-2",
                ),
                dbc.Label(labels.title, className="small mb-0"),
                dbc.Input(
                    id=scene_id("title", row.index),
                    value=row.title,
                    maxLength=MAX_TITLE,
                    debounce=True,  # saved when the field is left or Enter is pressed
                    size="sm",
                    readonly=not editable,
                ),
                dbc.Label(labels.note, className="small mb-0 mt-1"),
                dbc.Textarea(
                    id=scene_id("note", row.index),
                    value=row.note,
                    maxLength=MAX_NOTE,
                    debounce=True,
                    rows=2,
                    size="sm",
                    readOnly=not editable,
                ),
                html.Div(row.link, className="small text-muted text-truncate mt-1"),
            ]
        ),
        className="mb-2 scene-card",
    )


def scene_list(view: PresentationView) -> list:
    """The scenes as editable cards, or how to make the first one."""
    if not view.rows:
        return [html.P(view.empty, className="text-muted")]
    return [_scene_card(row, view.labels, view.editable) for row in view.rows]


def upload_zone(lang: str) -> html.Div:
    """Where a presentation file is dropped: files over ``MAX_FILE_BYTES`` are not read,
    and the page says so (``assets/presentation-upload.js``)."""
    return html.Div(
        [
            dcc.Upload(
                text("present.upload", lang, tag=html.Div),
                id=ids.PRESENT_UPLOAD,
                accept=".json,application/json",
                max_size=MAX_FILE_BYTES,
                className="present-upload small mt-3",
            ),
            dcc.Store(id=ids.PRESENT_REFUSED),
        ],
        **{
            "data-max-bytes": str(MAX_FILE_BYTES),
            "data-refused": ids.PRESENT_REFUSED,
            "data-upload": ids.PRESENT_UPLOAD,
        },
    )


def presentation_panel(lang: str) -> html.Div:
    """The panel: name and saved presentations, the scenes, play, files in and out.

    Always in the page (hidden unless its tab is open), so the callbacks that fill it never
    answer to elements that have just been removed.
    """
    return html.Div(
        [
            text("present.heading", lang, tag=html.H2, className="h5"),
            text("present.intro", lang, tag=html.P, className="small"),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            dbc.Label(text("present.name", lang), html_for=ids.PRESENT_NAME),
                            dbc.InputGroup(
                                [
                                    dbc.Input(id=ids.PRESENT_NAME, maxLength=MAX_NAME),
                                    dbc.Button(
                                        text("present.rename", lang),
                                        id=button_id("rename"),
                                        color="outline-secondary",
                                    ),
                                    dbc.Button(
                                        text("present.new", lang),
                                        id=button_id("new"),
                                        color="outline-secondary",
                                    ),
                                ],
                                size="sm",
                            ),
                        ],
                        md=6,
                    ),
                    dbc.Col(
                        [
                            dbc.Label(text("present.saved", lang), html_for=ids.PRESENT_PICK),
                            dcc.Dropdown(id=ids.PRESENT_PICK, clearable=False),
                        ],
                        md=6,
                    ),
                ],
                className="mb-3",
            ),
            html.Div(
                [
                    dbc.Button(
                        ["▶ ", text("present.play", lang)], id=button_id("play"), color="primary"
                    ),
                    html.A(
                        text("present.download_json", lang),
                        id=ids.PRESENT_JSON,
                        download="",
                        className="btn btn-outline-secondary ms-2",
                    ),
                    # A new tab: a long presentation shows how far its PDF has got there
                    # (web.presentations) and the PDF arrives when it is ready.
                    html.A(
                        text("present.download_pdf", lang),
                        id=ids.PRESENT_PDF,
                        target="_blank",
                        rel="noopener",
                        className="btn btn-outline-secondary ms-2",
                    ),
                    dbc.Button(
                        text("present.copy", lang),
                        id=button_id("copy"),
                        color="outline-secondary",
                        className="ms-2",
                    ),
                    dbc.Button(
                        text("present.delete", lang),
                        id=button_id("delete"),
                        color="outline-danger",
                        className="ms-2",
                    ),
                ],
                className="mb-3",
            ),
            html.P(id=ids.PRESENT_ACCESS, className="small text-muted"),
            html.Div(id=ids.PRESENT_MESSAGE, role="status"),
            html.Div(id=ids.PRESENT_LIST),
            upload_zone(lang),
            # The edit keys of the presentations this browser made: they outlive a reload.
            dcc.Store(id=ids.PRESENT_KEYS, storage_type="local"),
        ],
        id=ids.PRESENT_PANEL,
        style={"display": "none"},
    )


def presenter_class(playing: bool) -> str:
    """The player's classes: shown (and the page's controls hidden) only while playing."""
    return "presenter playing" if playing else "presenter"


def presenter(lang: str) -> html.Div:
    """The player's title bar and buttons; shown only while presenting (CSS)."""

    def nav(cid: str, key: str, label: str) -> html.Button:
        return icon_button(cid, label, t(key, lang), "btn-light")

    return html.Div(
        [
            html.Div(
                [
                    html.H2(id=ids.PRESENTER_TITLE, className="presenter-title"),
                    html.P(id=ids.PRESENTER_NOTE, className="presenter-note"),
                ],
                className="presenter-text",
            ),
            html.Div(
                [
                    nav(ids.PRESENT_PREVIOUS, "present.previous", "←"),
                    html.Span(id=ids.PRESENTER_COUNTER, className="presenter-counter"),
                    nav(ids.PRESENT_NEXT, "present.next", "→"),
                    nav(ids.PRESENT_EXIT, "present.exit", "✕"),
                ],
                className="presenter-nav",
            ),
        ],
        id=ids.PRESENTER,
        className=presenter_class(False),
        **{"aria-live": "polite"},
    )
