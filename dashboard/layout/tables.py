"""The look of the text tables of the panels (the action plan, the scorecard)."""

from __future__ import annotations

#: Keyword arguments of a ``dash_table.DataTable`` whose cells hold sentences: wrapped,
#: top-aligned, in the page's font (the table's own default is monospace).
TEXT_TABLE_STYLE: dict = {
    "style_table": {"overflowX": "auto"},
    "style_cell": {
        "textAlign": "left",
        "whiteSpace": "normal",
        "height": "auto",
        "verticalAlign": "top",
        "fontFamily": "var(--bs-body-font-family, sans-serif)",
        "fontSize": "0.875rem",
        "padding": "4px 6px",
    },
    "style_header": {"fontWeight": "bold", "whiteSpace": "normal", "height": "auto"},
}
