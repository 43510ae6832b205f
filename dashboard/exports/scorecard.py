"""The file twins of the Programme scorecard: CSV, XLSX, GeoJSON and the one-page PDF brief.

Every file renders the same :class:`~dashboard.views.scorecard.ScorecardView` as the panel
(``/export.csv?panel=scorecard&lang=...``), so the numbers cannot disagree, and carries its
provenance: title, boundaries, the national verdicts, the method (the demographic balance,
the missing 2008), each row's sources and quality, the export date and the boundary
disclaimer. Net migration is written in whole persons. Pure: no Dash.
"""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer

from dashboard.datasets.scorecard import VERSION
from dashboard.exports.brief import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    document,
    grid,
    labelled,
    register_fonts,
    text,
)
from dashboard.exports.cells import Sheet, write_csv, write_xlsx
from dashboard.geo.boundaries import boundaries_geojson
from dashboard.i18n.catalog import t
from dashboard.state import ViewState
from dashboard.views.scorecard import MARKS, NUMBER_COLUMNS, ScorecardView

#: Columns of the scorecard's table that hold whole persons.
PERSONS = ("stage1_net", "stage2_net")


def file_name(state: ViewState, extension: str) -> str:
    """``scorecard_2001-2010_kk.csv``: the file's name whatever the map shows."""
    return f"scorecard_2001-2010_{state.lang}.{extension}"


def _whole(value: object) -> object:
    """A count as a whole number (an int, so no ``.0`` is written); NaN stays NaN."""
    return round(float(value)) if pd.notna(value) else value


def provenance(view: ScorecardView, today: date | None = None) -> list[tuple[str, str]]:
    """What the file shows, in the reader's language: (label, text) pairs."""
    lang = view.lang
    rows = [
        (t("export.title", lang), view.title),
        (t("export.boundaries", lang), t("boundaries.info", lang, version=VERSION, count=16)),
    ]
    rows += [(line.label, line.verdict) for line in view.national]
    rows.append((t("scorecard.national.heading", lang), view.national_source))
    rows += [(t("export.method", lang), sentence) for sentence in view.method]
    rows += [
        (t("sources.heading", lang), "; ".join(view.sources)),
        (t("export.date", lang), (today or date.today()).isoformat()),
        (t("export.disclaimer", lang), t("export.disclaimer_text", lang)),
    ]
    if view.translation_note:
        rows.append((t("export.disclaimer", lang), view.translation_note))
    return rows


def region_table(view: ScorecardView) -> pd.DataFrame:
    """The regions as in the panel (numbers as numbers), headers in the reader's language."""
    table = view.table.drop(columns=["region_id"]).copy()
    for column in PERSONS:
        table[column] = table[column].map(_whole).astype(object)
    table.insert(0, "kato", view.table["region_id"])
    headers = dict(view.columns)
    return table.rename(columns={**headers, "kato": "KATO"})


def national_table(view: ScorecardView) -> pd.DataFrame:
    """The official national series the national aim is scored against, by year."""
    lang = view.lang
    return pd.DataFrame(
        {
            t("control.year", lang): [year for year, _ in view.national_series],
            t("scorecard.col.national", lang): [_whole(v) for _, v in view.national_series],
            t("data.col.source", lang): view.national_citation,
            t("data.col.quality", lang): view.national_quality,
        }
    )


def to_csv(view: ScorecardView, state: ViewState, today: date | None = None) -> bytes:
    """UTF-8 CSV with a byte-order mark: provenance lines, the regions, the national series."""
    return write_csv(provenance(view, today), [region_table(view), national_table(view)])


def to_xlsx(view: ScorecardView, state: ViewState, today: date | None = None) -> bytes:
    """A workbook: the regions, the national series and what the file shows; columns fitted
    to their content, persons as ``#,##0``, rates per 1,000 with their decimal."""
    lang = view.lang
    sheets = [
        Sheet(t("export.sheet.regions", lang), region_table(view), plain=("KATO",)),
        Sheet(
            t("scorecard.national.heading", lang),
            national_table(view),
            plain=(t("control.year", lang),),
        ),
    ]
    return write_xlsx(sheets, t("export.sheet.about", lang), provenance(view, today))


def to_geojson(view: ScorecardView, state: ViewState, today: date | None = None) -> bytes:
    """The units of 1997 with their scorecard row as properties; provenance in ``metadata``."""
    geometry = {f["id"]: f["geometry"] for f in boundaries_geojson(VERSION)["features"]}
    features = []
    for row in view.table.to_dict("records"):
        properties = {k: (None if pd.isna(v) else v) for k, v in row.items()}
        for column in PERSONS:
            properties[column] = _whole(row[column]) if pd.notna(row[column]) else None
        features.append(
            {
                "type": "Feature",
                "id": row["region_id"],
                "geometry": geometry[row["region_id"]],
                "properties": properties,
            }
        )
    # Several lines share a label (the method's sentences): a label holds a list of them.
    metadata: dict[str, list[str]] = {}
    for label, words in provenance(view, today):
        metadata.setdefault(label, []).append(words)
    collection = {
        "type": "FeatureCollection",
        "metadata": {k: v[0] if len(v) == 1 else v for k, v in metadata.items()},
        "features": features,
    }
    return json.dumps(collection, ensure_ascii=False).encode("utf-8")


# ------------------------------------------------------------------------ the PDF brief

#: Share of the page's width of each column the brief may show (the view says which).
BRIEF_WIDTHS = {
    "region": 0.15,
    "role": 0.11,
    "net": 0.07,
    "per_1000": 0.06,
    "years": 0.12,
    "verdict": 0.18,
    "quality": 0.09,
}


def _width(column: str) -> float:
    return BRIEF_WIDTHS[column.split("_", 1)[1] if column.startswith("stage") else column]


def brief_table(view: ScorecardView, width: float) -> Flowable:
    """The scorecard's table as on screen (numbers formatted, verdicts marked ✓ / ✗)."""
    headers = dict(view.columns)
    columns = list(view.shown)
    total = sum(_width(c) for c in columns)
    widths = [width * _width(c) / total for c in columns]
    right = {c for c in columns if c.endswith(NUMBER_COLUMNS)}
    head = [text(headers[c], "number" if c in right else "cell") for c in columns]
    body = [
        [text(row[c], "number" if c in right else "cell") for c in columns] for row in view.rows
    ]
    return grid([head, *body], widths, header=True)


def scorecard_page(view: ScorecardView, today: date | None = None) -> KeepInFrame:
    """One page: title, the national aim, the table, the method, sources, date, disclaimer."""
    lang = view.lang
    rows = dict(provenance(view, today))
    boundaries = t("export.boundaries", lang)
    content: list[Flowable] = [
        text(view.title, "title"),
        text(f"{t('app.title', lang)} · {rows[boundaries]}", "subtitle"),
        text(view.intro, "body"),
        Spacer(1, 1 * mm),
        text(t("scorecard.national.heading", lang), "heading"),
    ]
    for line in view.national:
        content.append(labelled(line.label, MARKS[line.achieved] + line.verdict, "body"))
    content += [
        text(view.national_source, "small"),
        Spacer(1, 1 * mm),
        text(t("scorecard.regions.heading", lang), "heading"),
        brief_table(view, FRAME_WIDTH),
        *(text(line, "small") for line in view.coverage),
        Spacer(1, 1.5 * mm),
        text(t("scorecard.method.heading", lang), "heading"),
        *(text(sentence, "small") for sentence in view.method),
        labelled(t("sources.heading", lang), "; ".join(view.sources), "small"),
    ]
    date_label, disclaimer = t("export.date", lang), t("export.disclaimer", lang)
    content.append(
        text(
            f"{date_label}: {rows[date_label]} · {disclaimer}: {t('export.disclaimer_text', lang)}",
            "small",
        )
    )
    if view.translation_note:
        content.append(text(view.translation_note, "small"))
    return KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, content, mode="shrink")


def brief_pdf(view: ScorecardView, state: ViewState, today: date | None = None) -> bytes:
    """The one-page A4 landscape brief of the scorecard, in ``view.lang``."""
    register_fonts()
    return document([scorecard_page(view, today)], view.title, view.lang)
