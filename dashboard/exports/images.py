"""The map of a view as an image file (PNG, SVG), rendered on the server by kaleido.

An export image is a slide on its own: the map with its title (naming the view's
filters: region, direction, top-N...), colour legend and layer legend, and a footer that
says where the numbers come from (sources, data year, boundary version, export date, the
boundary disclaimer and, for modelled flows, "model estimate").
The footer words are those of :func:`dashboard.exports.tables.provenance`, so the image
and the CSV of a view say the same thing.

Rendering uses ONE Chromium per process (kaleido's sync server), started on the first
export, never at import: a gunicorn master that imports the app before forking would
otherwise hand dead threads to its workers. Pure: no Dash.
"""

from __future__ import annotations

import atexit
import functools
import html
import os
import re
import shutil
import threading
from datetime import date
from pathlib import Path

import kaleido
from PIL import ImageFont

from dashboard import ASSETS_DIR
from dashboard.exports.filters import export_title
from dashboard.exports.tables import provenance
from dashboard.figures.choropleth import MAP_FONT
from dashboard.i18n.catalog import t
from dashboard.state import ViewState
from dashboard.views.map import MapView

# A 16:10 slide; PNG at twice the layout size stays sharp on a projector and in print.
EXPORT_WIDTH, EXPORT_HEIGHT = 1200, 750
PNG_SCALE = 2
EDGE = 16  # px between the image border and anything drawn
TITLE_SIZE, FOOTER_SIZE, LEGEND_SIZE, COLORBAR_SIZE = 20, 11, 11, 12
LINE_SPACING = 1.3  # plotly.js draws multi-line text at 1.3 em
FOOTER_COLOUR, DISCLAIMER_COLOUR = "#333333", "#666666"
TOPOJSON_URL = (ASSETS_DIR / "topojson").as_uri() + "/"  # offline world base map
# Fonts used to measure text so margins fit the legends; Open Sans is what Chromium draws
# (first in MAP_FONT); DejaVu Sans is wider, so measuring with it only overestimates.
MEASURE_FONTS = (
    Path("/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
)
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
RENDER_TIMEOUT = 60  # s per image inside Chromium; kaleido raises after that

_LOCK = threading.Lock()  # kaleido's sync server pairs requests and replies by order
_started = False
_exit_hook = False


class RendererUnavailable(RuntimeError):
    """No Chromium to render images with (``apt-get install chromium``)."""


# ---------------------------------------------------------------------------- renderer


def chromium_path() -> str | None:
    """The Chromium kaleido will use: ``BROWSER_PATH`` if set, else the first on PATH."""
    override = os.environ.get("BROWSER_PATH")
    if override:
        return override if Path(override).is_file() else None
    return next((p for p in map(shutil.which, CHROMIUM_NAMES) if p), None)


def _start() -> None:
    """Start the process's renderer (called under the lock)."""
    global _started, _exit_hook
    path = chromium_path()
    if path is None:
        # Checked here: kaleido would fail inside its server thread and the first request
        # would then wait for a reply forever.
        raise RendererUnavailable(
            "Chromium is not installed: apt-get install chromium (or set BROWSER_PATH)"
        )
    # mathjax=False: kaleido would otherwise add a CDN <script> (offline: a failed fetch).
    kaleido.start_sync_server(
        path=path, mathjax=False, timeout=RENDER_TIMEOUT, silence_warnings=True
    )
    _started = True
    if not _exit_hook:
        # Chromium is a child process: stop it with the interpreter, not leave it behind.
        atexit.register(shutdown_renderer)
        _exit_hook = True


def shutdown_renderer() -> None:
    """Stop the renderer's Chromium (kaleido also does this at exit); the next render
    starts a new one."""
    global _started
    with _LOCK:
        if _started:
            kaleido.stop_sync_server(silence_warnings=True)
            _started = False


def render(figure: dict, fmt: str, width: int, height: int, scale: float = 1) -> bytes:
    """``figure`` (plotly JSON with its GeoJSON attached) as ``fmt`` bytes (png, svg, pdf).

    Thread-safe: Flask serves requests on threads and the renderer takes one at a time.
    """
    with _LOCK:
        if not _started:
            _start()
        opts = {"format": fmt, "width": width, "height": height, "scale": scale}
        return kaleido.calc_fig_sync(figure, opts=opts, topojson=TOPOJSON_URL)


# ---------------------------------------------------------------------- text measuring


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont | None:
    for path in MEASURE_FONTS:
        if path.is_file():
            return ImageFont.truetype(str(path), size)
    return None


def text_width(text: str, size: int) -> float:
    """Width in px of plain ``text`` at font ``size`` (tags such as <b> ignored).

    >>> 0 < text_width("Ақмола", 12) < text_width("Ақмола облысы", 12)
    True
    """
    plain = html.unescape(re.sub(r"<[^>]+>", "", text))
    font = _font(size)
    # Without a font file: 0.62 em a character, wider than Open Sans's average.
    return font.getlength(plain) if font else 0.62 * size * len(plain)


def wrap(text: str, width: float, size: int) -> list[str]:
    """Greedy word wrap of ``text`` to lines no wider than ``width`` px at ``size``.

    >>> wrap("one two three", 10_000, 11)
    ['one two three']
    """
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _lines(text: str) -> list[str]:
    return re.split(r"<br\s*/?>", text or "")


# -------------------------------------------------------------------------- the figure


def _legend_width(traces: list[dict], size: float = LEGEND_SIZE) -> float:
    """px the layer legend needs at font ``size``: its widest entry or group title, with
    the symbol."""
    widest = 0.0
    for trace in traces:
        if trace.get("showlegend") is False:
            continue
        for line in _lines(trace.get("name", "")):
            widest = max(widest, 44 + text_width(line, size))  # symbol and gaps
        title = (trace.get("legendgrouptitle") or {}).get("text", "")
        for line in _lines(title):
            widest = max(widest, 8 + text_width(line, size + 1))
    return widest


# Each legend entry is at least as tall as its symbol, with plotly's gap after it (px).
LEGEND_ENTRY_MIN, LEGEND_ENTRY_GAP, LEGEND_MIN_SIZE = 16, 5, 7


def _legend_height(traces: list[dict], size: float) -> float:
    """px the layer legend needs at font ``size``: its entries and group titles, one under
    the other (plotly draws them at LINE_SPACING em a line)."""
    height = 0.0
    for trace in traces:
        if trace.get("showlegend") is False:
            continue
        title = (trace.get("legendgrouptitle") or {}).get("text", "")
        if title:
            height += len(_lines(title)) * (size + 1) * LINE_SPACING + LEGEND_ENTRY_GAP
        lines = len(_lines(trace.get("name", "")))
        height += max(lines * size * LINE_SPACING, LEGEND_ENTRY_MIN) + LEGEND_ENTRY_GAP
    return height


def legend_size(traces: list[dict], room: float) -> float:
    """The legend's font size: LEGEND_SIZE, or smaller (down to LEGEND_MIN_SIZE) where the
    entries would not fit in ``room`` px of height (a short image, such as the PDF's
    map with zones, roles and flows): every symbol stays in the legend, none is cut off."""
    size = float(LEGEND_SIZE)
    while size > LEGEND_MIN_SIZE and _legend_height(traces, size) > room:
        size -= 0.5
    return size


def _colorbar_width(colorbar: dict) -> float:
    """px the colour legend needs: bar, ticks and the longest class label, or its title."""
    labels = max(
        (text_width(str(x), COLORBAR_SIZE) for x in colorbar.get("ticktext", [])), default=0
    )
    title = text_width(str((colorbar.get("title") or {}).get("text", "")), COLORBAR_SIZE + 1)
    return max(colorbar.get("thickness", 14) + 12 + labels, title) + 8


def footer_paragraphs(
    view: MapView, state: ViewState, today: date | None = None
) -> list[tuple[str, str]]:
    """(text, colour) of the footer of an export image: year, boundaries and date; the
    flows' caption (it opens with "Model estimate, not observed" for modelled flows);
    sources; the disclaimer. The words are those of the CSV's provenance lines."""
    lang = state.lang
    rows = dict(provenance(view, state, today))

    def said(key: str) -> str:
        return f"{t(key, lang)}: {rows[t(key, lang)] or '—'}"

    facts = [said("control.year")]
    if state.compare_year:
        facts.append(said("control.compare"))
    facts += [rows[t("export.boundaries", lang)], said("export.date")]
    paragraphs = [(" · ".join(facts), FOOTER_COLOUR)]
    if t("export.flows", lang) in rows:
        paragraphs.append((said("export.flows"), FOOTER_COLOUR))
    paragraphs.append((said("sources.heading"), FOOTER_COLOUR))
    paragraphs.append((said("export.disclaimer"), DISCLAIMER_COLOUR))
    return paragraphs


def footer_lines(view: MapView, state: ViewState, width: float, today: date | None) -> list[str]:
    """The footer wrapped to ``width`` px, as plotly text lines (escaped: plotly would
    read a ``<`` in a source's name as markup)."""
    return [
        f'<span style="color:{colour}">{html.escape(line, quote=False)}</span>'
        for paragraph, colour in footer_paragraphs(view, state, today)
        for line in wrap(paragraph, width, FOOTER_SIZE)
    ]


def export_figure(
    view: MapView,
    state: ViewState,
    today: date | None = None,
    *,
    width: int = EXPORT_WIDTH,
    height: int = EXPORT_HEIGHT,
    title: bool = True,
    footer: bool = True,
) -> dict:
    """The view's map laid out for a file: fixed size, legends in measured margins (so
    none is cut off and none covers the map), the title and the provenance footer.

    Works on a copy of the figure's JSON: the view's figure stays as the page shows it.
    """
    figure = view.figure_json()
    data, layout = list(figure["data"]), dict(figure["layout"])
    choropleth = dict(data[0])
    left = EDGE + _colorbar_width(choropleth.get("colorbar", {})) + 8
    # The map's title with the view's filters (region, direction, top-N...), as every file.
    heading = export_title(view, state)
    title_lines = wrap(heading, width - 2 * EDGE, TITLE_SIZE) if title else []
    top = EDGE + len(title_lines) * TITLE_SIZE * LINE_SPACING + (12 if title else 0)
    notes = footer_lines(view, state, width - 2 * EDGE, today) if footer else []
    bottom = EDGE + (len(notes) * FOOTER_SIZE * LINE_SPACING + 14 if notes else 0)
    size = legend_size(data[1:], height - top - bottom)
    legend = _legend_width(data[1:], size)
    right = EDGE + legend + 12 if legend else EDGE
    plot_width = width - left - right

    choropleth["colorbar"] = {
        **choropleth.get("colorbar", {}),
        "xref": "container",
        "x": EDGE / width,
        "xanchor": "left",
        "len": 0.85,
    }
    data[0] = choropleth
    layout.update(
        width=width,
        height=height,
        margin={"l": left, "r": right, "t": top, "b": bottom, "autoexpand": False},
        title={
            "text": "<br>".join(title_lines),
            "x": EDGE / width,
            "xanchor": "left",
            "y": 1 - EDGE / height,
            "yanchor": "top",
            "font": {"size": TITLE_SIZE},
        },
        legend={
            **layout.get("legend", {}),
            "xref": "container",
            "x": 1 - EDGE / width,
            "xanchor": "right",
            "font": {"size": size},
            "grouptitlefont": {"size": size + 1},
        },
        font={"family": MAP_FONT, "color": "#222222"},
        annotations=[
            {
                "text": "<br>".join(notes),
                "xref": "paper",
                "yref": "paper",
                "x": (EDGE - left) / plot_width,  # the image's left edge, in plot units
                "y": 0,
                "xanchor": "left",
                "yanchor": "top",
                "yshift": -10,
                "align": "left",
                "showarrow": False,
                "font": {"size": FOOTER_SIZE},
            }
        ]
        if notes
        else [],
    )
    layout.pop("uirevision", None)
    return {"data": data, "layout": layout}


def to_png(view: MapView, state: ViewState, today: date | None = None) -> bytes:
    """The export image as PNG, 2400 x 1500 px."""
    figure = export_figure(view, state, today)
    return render(figure, "png", EXPORT_WIDTH, EXPORT_HEIGHT, PNG_SCALE)


def to_svg(view: MapView, state: ViewState, today: date | None = None) -> bytes:
    """The export image as SVG (text stays text: searchable, sharp at any size)."""
    figure = export_figure(view, state, today)
    return render(figure, "svg", EXPORT_WIDTH, EXPORT_HEIGHT)


def map_png(view: MapView, state: ViewState, width: int, height: int, scale: float = 2) -> bytes:
    """The map with its legends but without title and footer (a document around it says
    those), e.g. for the PDF brief."""
    figure = export_figure(view, state, width=width, height=height, title=False, footer=False)
    return render(figure, "png", width, height, scale)
