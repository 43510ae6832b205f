"""PDF documents of views: the one-page brief of a view and a presentation, one scene a page.

A brief is what a presenter hands out: A4 landscape, in the reader's language, with the
title and the view's filters (the chosen region by name, its value and rank), the map
and its legends (a kaleido PNG), key figures and the 5 highest and lowest
regions, the sources, the export date, the boundary disclaimer and, when model flows are
drawn, "model estimate, not observed". Every number printed is a value of the view (or the
sum of its regions where the indicator adds up): nothing is estimated here.

Text goes through reportlab Paragraphs, whose markup is XML-like: every text, the
caller's titles and notes above all, is escaped, so ``<b>x</b>&`` prints as typed.
Pure: no Dash.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    Image,
    KeepInFrame,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from dashboard.datasets.package import DataPackage
from dashboard.exports.filters import export_title, filter_rows, filter_summary, region_label
from dashboard.exports.images import map_png
from dashboard.exports.tables import provenance
from dashboard.geo.gazetteer import parent_in
from dashboard.i18n.catalog import t
from dashboard.i18n.formats import format_number
from dashboard.state import ViewState
from dashboard.views.map import MapView, map_view

PAGE = landscape(A4)
MARGIN = 12 * mm
FRAME_WIDTH, FRAME_HEIGHT = PAGE[0] - 2 * MARGIN, PAGE[1] - 2 * MARGIN
MAP_PIXELS = (1200, 560)  # layout px of the map, as wide as the page; rendered at 2x
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")  # Debian fonts-dejavu-core
FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"  # Helvetica has no Cyrillic at all
EXTREMES = 5
MODEL_COLOUR = colors.HexColor("#7a2e00")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#cccccc")


class FontsMissing(RuntimeError):
    """The DejaVu TTF files are not installed (``apt-get install fonts-dejavu-core``)."""


@functools.cache
def register_fonts(font_dir: Path = FONT_DIR) -> None:
    """Register DejaVu Sans and its bold with reportlab (once); fail clearly if missing."""
    files = {FONT: font_dir / "DejaVuSans.ttf", FONT_BOLD: font_dir / "DejaVuSans-Bold.ttf"}
    missing = [str(p) for p in files.values() if not p.is_file()]
    if missing:
        raise FontsMissing(
            f"PDF fonts not found: {', '.join(missing)}. Install them with "
            "`apt-get install fonts-dejavu-core`: without them Kazakh and Russian "
            "letters would be dropped from the PDF."
        )
    for name, path in files.items():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> inside a paragraph needs a family; no italics are used.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the documents, all in DejaVu Sans."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=10.5)
    return {
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=16, leading=19),
        "filters": ParagraphStyle(
            "filters", base, fontName=FONT_BOLD, fontSize=11.5, leading=14, spaceBefore=1
        ),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=9, leading=11.5, textColor=GREY),
        "note": ParagraphStyle("note", base, fontSize=10, leading=13, spaceBefore=2),
        "heading": ParagraphStyle(
            "heading", base, fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceBefore=4
        ),
        "body": base,
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=9.5),
        "number": ParagraphStyle("number", base, fontSize=8, leading=9.5, alignment=TA_RIGHT),
        "model": ParagraphStyle("model", base, fontSize=8, leading=10, textColor=MODEL_COLOUR),
        "small": ParagraphStyle("small", base, fontSize=7, leading=8.6, textColor=GREY),
    }


def text(value: object, style: str) -> Paragraph:
    """A paragraph of plain text: markup characters are escaped, line breaks kept.

    >>> text("<b>x</b>&", "body").text
    '&lt;b&gt;x&lt;/b&gt;&amp;'
    """
    escaped = escape(str(value)).replace("\r\n", "\n").replace("\n", "<br/>")
    return Paragraph(escaped, styles()[style])


def labelled(label: str, value: str, style: str) -> Paragraph:
    """``label: value`` with the label in bold (both escaped)."""
    return Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", styles()[style])


# ------------------------------------------------------------------------ the numbers


def _decimals(values: pd.Series) -> int:
    """Fraction digits the values are given with (0-2), so a sum is shown like them."""
    for decimals in range(3):
        if ((values * 10**decimals).round(6) % 1 == 0).all():
            return decimals
    return 2


def _with_unit(value: float, unit: str, lang: str, decimals: int | None = None) -> str:
    return f"{format_number(value, lang, decimals)} {unit}".strip()


def ranked_regions(view: MapView) -> pd.DataFrame:
    """The regions with a value, highest first (regions without data are left out)."""
    return view.table.dropna(subset=["value"]).sort_values(
        ["value", "region"], ascending=[False, True]
    )


def extremes(view: MapView, count: int = EXTREMES) -> list[pd.DataFrame]:
    """The ``count`` highest and lowest regions, or one table of all when they overlap."""
    ranked = ranked_regions(view)
    if ranked.empty:
        return []
    if len(ranked) <= 2 * count:
        return [ranked]
    return [ranked.head(count), ranked.tail(count)]


def _largest_flow(view: MapView, state: ViewState) -> str | None:
    """The largest drawn flow in words, or None (Programme directions have no volume)."""
    layer = view.flow_layer
    if layer is None or layer.table.empty or layer.kind == "schematic":
        return None
    # Published shares rank by the share (the count beside it is computed from it).
    share = "share" in layer.table
    volumes = pd.to_numeric(layer.table["share" if share else "persons"], errors="coerce")
    if volumes.isna().all():
        return None
    row = layer.table.loc[volumes.idxmax()]
    lang = state.lang
    if share:
        amount = f"{format_number(row['share'], lang, 1)} %"  # published shares
    else:
        amount = t("flows.hover.persons", lang, persons=format_number(round(row["persons"]), lang))
    words = f"{row['origin']} → {row['destination']}: {amount}"
    return f"{words} ({t('quality.model', lang)})" if layer.kind == "model" else words


def chosen_region(view: MapView, state: ViewState) -> str | None:
    """The chosen region's unit on the map, its value and rank in words (None if no region
    is chosen). On older boundaries a newer region is named with the unit holding it."""
    if not state.region:
        return None
    lang = state.lang
    unit = parent_in(state.region, view.version)
    rows = view.table[view.table["region_id"] == unit]
    name = region_label(state.region, view.version, lang)
    if rows.empty:
        return name
    row = rows.iloc[0]
    if pd.isna(row["value"]):
        return f"{name}: {t('map.no_data', lang)}"
    value = _with_unit(row["value"], str(row["unit"]), lang)
    count = int(view.table["value"].notna().sum())
    rank = int(row["rank"])
    return t("brief.region_value", lang, region=name, value=value, rank=rank, count=count)


def key_figures(view: MapView, state: ViewState) -> list[tuple[str, str]]:
    """(label, text) pairs of the brief's key figures, all taken from the view.

    The sum of the regions is given only for indicators that add up (aggregation "sum")
    and only when every region has a value: a partial sum would read as a total.
    """
    lang = state.lang
    table = view.table
    ranked = ranked_regions(view)
    unit = str(table["unit"].iloc[0]) if len(table) else ""
    rows = [(t("brief.regions_with_data", lang), f"{len(ranked)} / {len(table)}")]
    chosen = chosen_region(view, state)
    if chosen:
        rows.append((t("export.filter.region", lang), chosen))
    if len(ranked):
        for key, row in (("brief.highest", ranked.iloc[0]), ("brief.lowest", ranked.iloc[-1])):
            rows.append((t(key, lang), f"{row['region']}: {_with_unit(row['value'], unit, lang)}"))
        if view.adds_up and len(ranked) == len(table):
            total = _with_unit(ranked["value"].sum(), unit, lang, _decimals(ranked["value"]))
            rows.append((t("brief.sum", lang), total))
        qualities = sorted({q for q in ranked["quality"] if q})
        if qualities:
            rows.append((t("hover.quality", lang), ", ".join(qualities)))
    layer = view.flow_layer
    if layer is not None and not layer.table.empty:
        # The full kind ("model estimate, not observed") heads the caption under the map.
        short = t("quality.model" if layer.kind == "model" else f"flows.short.{layer.kind}", lang)
        rows.append((t("brief.flows_drawn", lang), f"{len(layer.table)} ({short})"))
        largest = _largest_flow(view, state)
        if largest:
            rows.append((t("brief.largest_flow", lang), largest))
    return rows


# ------------------------------------------------------------------------- flowables


def _grid(rows: list[list[Flowable]], widths: list[float], header: bool) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # tables default to Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]
    if header:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
    table.setStyle(TableStyle(style))
    return table


def region_table(regions: pd.DataFrame, state: ViewState, width: float) -> Table:
    """Rank, region and value of ``regions``, the unit in the value's header."""
    lang = state.lang
    unit = str(regions["unit"].iloc[0]) if len(regions) else ""
    value = t("brief.change" if state.compare_year else "data.col.value", lang)
    rank = t("data.col.rank", lang)
    header = [
        text(rank, "cell"),
        text(t("data.col.region", lang), "cell"),
        text(f"{value}, {unit}" if unit else value, "number"),
    ]
    rows = [
        [
            text(int(row["rank"]), "cell"),
            text(row["region"], "cell"),
            text(format_number(row["value"], lang), "number"),
        ]
        for _, row in regions.iterrows()
    ]
    cell = styles()["cell"]
    # The rank column as wide as its header ("Место", "Rank"), plus the cell padding.
    rank_width = pdfmetrics.stringWidth(rank, cell.fontName, cell.fontSize) + 6
    widths = [rank_width, 0.7 * width - rank_width, 0.3 * width]
    return _grid([header, *rows], widths, header=True)


def figures_row(view: MapView, state: ViewState, width: float) -> Table:
    """Under the map, side by side: key figures, the highest and the lowest regions."""
    lang = state.lang
    tables = extremes(view)
    headings = ["brief.top", "brief.bottom"] if len(tables) == 2 else ["brief.all_regions"]
    gap, columns = 6 * mm, max(len(tables), 1)
    figures_width = 0.4 * (width - gap * columns)
    table_width = (width - gap * columns - figures_width) / columns
    figures = [
        [text(label, "cell"), text(value, "cell")] for label, value in key_figures(view, state)
    ]
    cells: list[list[Flowable]] = [
        [
            text(t("brief.key_figures", lang), "heading"),
            _grid(figures, [0.42 * figures_width, 0.58 * figures_width], header=False),
        ]
    ]
    for key, regions in zip(headings, tables, strict=False):
        cells.append([text(t(key, lang), "heading"), region_table(regions, state, table_width)])
    widths = [figures_width + gap] + [table_width + gap] * (columns - 1) + [table_width]
    if not tables:
        cells.append([])  # no region has a value: the key figures say so
    row = Table([cells], colWidths=widths, hAlign="LEFT")
    row.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # tables default to Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), gap),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return row


def map_image(view: MapView, state: ViewState, width: float, image: bytes | None = None) -> Image:
    """The map with its legends, ``width`` points wide (a kaleido PNG at twice its size),
    or ``image``: the same map already rendered (PNG or JPEG of ``MAP_PIXELS``' shape, e.g.
    kept from an earlier document)."""
    pixels_w, pixels_h = MAP_PIXELS
    if image is None:
        image = map_png(view, state, pixels_w, pixels_h, scale=2)
    return Image(io.BytesIO(image), width=width, height=width * pixels_h / pixels_w)


def notes(view: MapView, state: ViewState, today: date | None) -> list[Flowable]:
    """Below the map: the flows' caption ("model estimate" first), sources, date and
    boundary version, the disclaimer."""
    lang = state.lang
    rows = dict(provenance(view, state, today))
    parts: list[Flowable] = []
    layer = view.flow_layer
    if layer is not None and not layer.table.empty:
        # A modelled flow's caption opens with "Model estimate, not observed."; in colour,
        # so no one quotes the arrows as statistics.
        style = "model" if layer.kind == "model" else "body"
        parts.append(labelled(t("export.flows", lang), layer.caption, style))
    sources = t("sources.heading", lang)
    parts.append(labelled(sources, rows[sources] or "—", "small"))
    date_label, boundaries = t("export.date", lang), t("export.boundaries", lang)
    disclaimer = t("export.disclaimer", lang)
    parts.append(
        text(
            f"{date_label}: {rows[date_label]} · {rows[boundaries]} · "
            f"{disclaimer}: {rows[disclaimer]}",
            "small",
        )
    )
    return parts


def view_page(
    view: MapView,
    state: ViewState,
    today: date | None = None,
    title: str | None = None,
    note: str | None = None,
    image: bytes | None = None,
) -> KeepInFrame:
    """One page of a view: ``title`` (else the map's), ``note``, map, figures, notes;
    ``image``: the map already rendered (see :func:`map_image`).

    Shrunk to the page if the texts run long, so a view is never split over two pages.
    """
    lang = state.lang
    subtitle = " · ".join(
        [
            # The map's title with the view's filters (region, direction, top-N...).
            *([export_title(view, state)] if title else []),
            t("app.title", lang),
            t("boundaries.info", lang, version=view.version, count=view.unit_count),
        ]
    )
    head: list[Flowable] = [text(title or str(view.figure.layout.title.text), "title")]
    summary = filter_summary(view, state)
    if summary and not title:
        # The filters under the map's title, on a line of their own: the title of the brief.
        head.append(text(summary, "filters"))
    filters = " · ".join(f"{label}: {value}" for label, value in filter_rows(view, state))
    head += [text(subtitle, "subtitle"), labelled(t("export.filters", lang), filters, "subtitle")]
    if note:
        head.append(text(note, "note"))
    content = [
        *head,
        Spacer(1, 1 * mm),
        map_image(view, state, FRAME_WIDTH, image),
        Spacer(1, 1 * mm),
        figures_row(view, state, FRAME_WIDTH),
        Spacer(1, 2 * mm),
        *notes(view, state, today),
    ]
    return KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, content, mode="shrink")


def _document(pages: Sequence[KeepInFrame], title: str, lang: str) -> bytes:
    """A PDF of ``pages`` with the atlas's name and the page number at the foot."""
    buffer = io.BytesIO()
    app_title = t("app.title", lang)

    def foot(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, MARGIN / 2, app_title)
        canvas.drawRightString(PAGE[0] - MARGIN, MARGIN / 2, t("brief.page", lang, page=doc.page))
        canvas.restoreState()

    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=app_title,
        creator=app_title,
        lang=lang,
        initialFontName=FONT,  # else an unused, unembedded Helvetica is listed
    )
    story: list[Flowable] = []
    for number, page in enumerate(pages):
        story += [PageBreak(), page] if number else [page]
    document.build(story, onFirstPage=foot, onLaterPages=foot)
    return buffer.getvalue()


def brief_pdf(view: MapView, state: ViewState, today: date | None = None) -> bytes:
    """The one-page A4 landscape brief of a view, in ``state.lang``."""
    register_fonts()
    page = view_page(view, state, today)
    return _document([page], export_title(view, state), state.lang)


def presentation_pdf(
    scenes: Sequence[tuple[ViewState, str, str]],
    lang: str,
    package: DataPackage,
    districts: str | None = None,
    today: date | None = None,
) -> bytes:
    """A PDF of saved scenes, one page each: the caller's title and note (printed as
    typed, never read as markup), then the scene's map, key figures and sources.

    Every page is in ``lang``, whatever language a scene was saved in.
    """
    if not scenes:
        raise ValueError("a presentation PDF needs at least one scene")
    register_fonts()
    pages = []
    for state, title, note in scenes:
        state = replace(state, lang=lang)
        view = map_view(state, package, districts)
        pages.append(view_page(view, state, today, title=title or None, note=note or None))
    first_title = next((title for _, title, _ in scenes if title), t("app.title", lang))
    return _document(pages, first_title, lang)


# The pieces other one-page documents are laid out with (the scorecard's brief,
# dashboard.exports.scorecard): the same grid, fonts and page foot.
grid = _grid
document = _document
