"""PNG and SVG of a view: slide-sized, with legends, and saying where the numbers come from."""

from __future__ import annotations

import html
import io
import re
import threading
from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dashboard.app import create_app
from dashboard.datasets.package import load_package
from dashboard.exports.images import (
    EDGE,
    EXPORT_HEIGHT,
    EXPORT_WIDTH,
    PNG_SCALE,
    export_figure,
    to_png,
    to_svg,
    wrap,
)
from dashboard.state import ViewState
from dashboard.views.map import map_view

TODAY = date(2026, 11, 24)
KK_FLOWS = ViewState(
    lang="kk", indicator="net_migration", year=2023, layers=("zones", "roles", "flows")
)


def svg_text(svg: bytes) -> str:
    """The words an SVG shows (tags dropped, entities decoded, whitespace collapsed)."""
    words = html.unescape(re.sub(r"<[^>]+>", " ", svg.decode("utf-8")))
    return re.sub(r"\s+", " ", words)


def coloured(pixel: tuple[int, ...]) -> bool:
    """A legend colour, even a pale class: not white, not grey or black text."""
    r, g, b = pixel[:3]
    return max(r, g, b) - min(r, g, b) > 20 and min(r, g, b) < 235


@pytest.fixture(scope="module")
def client():
    return create_app().server.test_client()


def test_png_is_a_slide_with_both_legends(renderer):
    png = to_png(map_view(KK_FLOWS, load_package()), KK_FLOWS, TODAY)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert image.size == (EXPORT_WIDTH * PNG_SCALE, EXPORT_HEIGHT * PNG_SCALE)
    width, height = image.size
    # The colour legend: a bar at the left edge, coloured over most of the map's height.
    bar_x = (EDGE + 10 + 7) * PNG_SCALE  # plotly pads the bar 10 px inside its box
    bar = [image.getpixel((bar_x, y)) for y in range(height // 4, 3 * height // 4, 10)]
    assert sum(map(coloured, bar)) > 0.8 * len(bar)
    # The layer legend at the right: zone line, role symbols, flow classes.
    legend = image.crop((int(width * 0.8), 0, width, height // 2))
    pixels = np.asarray(legend).astype(int)
    saturated = (pixels.max(axis=2) - pixels.min(axis=2) > 20) & (pixels.min(axis=2) < 235)
    assert saturated.sum() > 500


def test_svg_has_title_and_provenance_in_the_readers_language(renderer):
    state = ViewState(lang="ru", indicator="net_migration", year=2023, layers=())
    words = svg_text(to_svg(map_view(state, load_package()), state, TODAY))
    assert "Сальдо миграции по всем потокам, 2023" in words  # the title
    assert "Источники: БНС (Талдау), сальдо миграции по всем потокам" in words
    assert "Год: 2023" in words and "Границы 2022 г.: 20 единиц" in words
    assert "Дата выгрузки: 2026-11-24" in words
    assert "Оговорка: Границы даны для наглядности" in words


def test_model_flows_say_model_estimate_on_the_image(renderer):
    state = replace(KK_FLOWS, lang="en")
    words = svg_text(to_svg(map_view(state, load_package()), state, TODAY)).lower()
    # In the legend beside the arrows and in the footer's caption.
    assert words.count("model estimate, not observed") >= 2


def test_kazakh_image_keeps_kazakh_letters(renderer):
    words = svg_text(to_svg(map_view(KK_FLOWS, load_package()), KK_FLOWS, TODAY))
    assert "Дереккөздер: ҰСБ" in words and "Жүктелген күні: 2026-11-24" in words
    assert set("әғқңөұүі") <= set(words)


def test_markup_in_a_source_is_printed_not_obeyed(renderer):
    state = ViewState(lang="en", indicator="population", year=2020, layers=())
    view = replace(map_view(state, load_package()), sources=['<b>x</b>& <a href="http://x">y</a>'])
    svg = to_svg(view, state, TODAY)
    assert '<b>x</b>& <a href="http://x">y</a>' in svg_text(svg)
    assert b"<a " not in svg and b"<b>" not in svg


def test_renders_from_several_threads_get_their_own_image(renderer):
    state = ViewState(lang="en", indicator="population", year=2020, layers=())
    view = map_view(state, load_package())
    results: dict[str, bytes] = {}

    def export(name, function):
        results[name] = function(view, state, TODAY)

    threads = [
        threading.Thread(target=export, args=(f"{kind}{i}", fn))
        for i in range(2)
        for kind, fn in (("png", to_png), ("svg", to_svg))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(results) == 4
    for name, body in results.items():
        assert body.startswith(b"\x89PNG") if name.startswith("png") else b"<svg" in body[:200]


def test_export_layout_leaves_room_for_legends_and_footer():
    """Without Chromium: the layout itself (fixed size, measured margins, footer)."""
    state = ViewState(lang="ru", indicator="population", year=2005)
    figure = export_figure(map_view(state, load_package()), state, TODAY)
    layout = figure["layout"]
    assert (layout["width"], layout["height"]) == (EXPORT_WIDTH, EXPORT_HEIGHT)
    assert layout["margin"]["autoexpand"] is False
    # Room for the class labels at the left and the layer legend at the right.
    assert 120 < layout["margin"]["l"] < 300 and 200 < layout["margin"]["r"] < 400
    footer = layout["annotations"][0]["text"]
    assert footer.count("<br>") + 1 >= 4  # facts, sources (wrapped), disclaimer
    assert layout["margin"]["b"] > (footer.count("<br>") + 1) * 11
    assert "geojson" in figure["data"][0]


def test_wrap_keeps_every_word_and_fits_the_width():
    text = "Дереккөздер: " + "ҰСБ (Талдау), барлық ағындар бойынша көші-қон сальдосы; " * 6
    lines = wrap(text, 400, 11)
    assert len(lines) > 3 and " ".join(lines) == " ".join(text.split())


def test_png_and_svg_routes_download_files(client, renderer):
    png = client.get("/export.png?lang=kk&indicator=net_migration&year=2023&layers=flows")
    assert png.status_code == 200 and png.mimetype == "image/png"
    assert png.headers["Content-Disposition"] == (
        'attachment; filename="net_migration_2023_kk.png"'
    )
    assert png.data.startswith(b"\x89PNG")
    svg = client.get("/export.svg?lang=en&indicator=population&year=2019&compare=2005")
    assert svg.status_code == 200 and svg.mimetype == "image/svg+xml"
    assert 'filename="population_2005-2019_en.svg"' in svg.headers["Content-Disposition"]
    assert "change from 2005 to 2019" in svg_text(svg.data)


@pytest.mark.parametrize(
    "query", ["year=1800&lang=<script>", "indicator=../../etc/passwd", "top=-1&decay=1e999"]
)
def test_hostile_queries_still_give_an_image(client, renderer, query):
    response = client.get(f"/export.svg?{query}")
    assert response.status_code == 200 and b"<svg" in response.data[:200]
    assert b"<script>" not in response.data


def test_without_chromium_the_image_route_says_so(client, monkeypatch):
    from dashboard.exports import images

    monkeypatch.setattr(images, "chromium_path", lambda: None)
    monkeypatch.setattr(images, "_started", False)
    response = client.get("/export.png?lang=en")
    assert response.status_code == 503
    assert "Chromium is not installed" in response.get_data(as_text=True)


def test_the_image_title_names_the_region_and_the_flows_filters(renderer):
    state = replace(KK_FLOWS, region="59", direction="in", top_n=8, flow_mode="net")
    words = svg_text(to_svg(map_view(state, load_package()), state, TODAY))
    # The title wraps over lines: its words are all there, in order.
    for part in ("Солтүстік Қазақстан облысы: кіретін ағындар;", "таза ағындар (сальдо);"):
        assert part in words
    assert "ең ірі 8;" in words and "β = 1,0" in words.replace("\xa0", " ")


def test_a_long_legend_shrinks_to_fit_a_short_image_and_keeps_every_entry():
    # The PDF's map is 1200 x 500: with a region, zones, roles and flows on, its legend at
    # the desk's 11 px would run off the bottom (the width classes and the cities cut).
    from dashboard.exports.brief import MAP_PIXELS
    from dashboard.exports.images import LEGEND_MIN_SIZE, LEGEND_SIZE, _legend_height

    state = ViewState(
        lang="ru",
        indicator="net_migration",
        year=2024,
        layers=("zones", "roles", "flows"),
        flow_kind="observed",
        region="59",
    )
    view = map_view(state, load_package())
    width, height = MAP_PIXELS
    figure = export_figure(
        view, state, TODAY, width=width, height=height, title=False, footer=False
    )
    layout = figure["layout"]
    size = layout["legend"]["font"]["size"]
    room = height - layout["margin"]["t"] - layout["margin"]["b"]
    assert LEGEND_MIN_SIZE <= size < LEGEND_SIZE
    assert _legend_height(figure["data"][1:], size) <= room
    assert sum(1 for trace in figure["data"][1:] if trace.get("showlegend", True)) >= 15
    # a short legend keeps the desk's size
    small = map_view(replace(state, layers=()), load_package())
    plain = export_figure(small, replace(state, layers=()), TODAY, width=width, height=height)
    assert plain["layout"]["legend"]["font"]["size"] == LEGEND_SIZE
