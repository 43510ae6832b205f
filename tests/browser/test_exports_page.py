"""Every download button of the page, clicked in the browser: the file that arrives says
what the page shows (same numbers, same boundaries, title, sources, Kazakh names)."""

from __future__ import annotations

import io
import json

import openpyxl
from PIL import Image
from playwright.sync_api import expect

from dashboard.layout import ids
from tests.browser.test_map_page import assert_clean, wait_for_regions

KK_2005 = "/?lang=kk&indicator=population&year=2005&layers=&panel=data"
KK_FLOWS = "/?lang=kk&indicator=net_migration&year=2024&layers=zones,flows&flows=model"


def download(page, button: str):
    """Click a download link and return the file (name, bytes)."""
    with page.expect_download(timeout=60_000) as event:
        page.locator(f"#{button}").click()
    path = event.value.path()
    return event.value.suggested_filename, path.read_bytes()


def test_geojson_and_xlsx_hold_the_boundary_version_and_the_table_numbers(watched_page, app_url):
    page = watched_page
    page.goto(app_url + KK_2005)
    expect(page.locator(f"#{ids.DATA_TABLE}")).to_contain_text("Оңтүстік Қазақстан облысы")
    name, body = download(page, ids.EXPORT_GEOJSON)
    assert name == "population_2005_kk.geojson"
    regions = [f for f in json.loads(body)["features"] if f["geometry"]["type"] != "LineString"]
    assert len(regions) == 16  # the 1997 boundaries of the year 2005, as on the map
    south = next(f for f in regions if f["id"] == "61")
    assert south["properties"]["value"] == 2193556  # BNS, 1 January 2005, as in the table

    name, body = download(page, ids.EXPORT_XLSX)
    assert name == "population_2005_kk.xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(body)).worksheets[0]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["61"][2] == 2193556  # a number, not text
    assert_clean(page)


def test_the_pdf_brief_names_the_view_its_sources_and_the_regions_in_kazakh(
    watched_page, app_url, read_pdf
):
    page = watched_page
    page.goto(app_url + KK_FLOWS)
    wait_for_regions(page, 20)
    title = page.locator("#map .gtitle").text_content()
    name, body = download(page, ids.EXPORT_PDF)
    assert name == "net_migration_2024_kk.pdf"
    text = read_pdf.text(body)
    assert title.split(" · ")[0] in text
    assert "ҰСБ" in text  # the Bureau of National Statistics, as the sources line says
    assert "Түркістан облысы" in text and "Алматы қаласы" in text
    assert "модельдік бағалау" in text.lower()  # the flows are a model estimate
    assert all(embedded for _, embedded in read_pdf.fonts(body))
    assert read_pdf.pages(body) == 1
    assert_clean(page)


def test_png_and_svg_carry_the_map_its_legend_and_title(watched_page, app_url):
    page = watched_page
    page.goto(app_url + KK_FLOWS)
    wait_for_regions(page, 20)
    name, body = download(page, ids.EXPORT_PNG)
    assert name == "net_migration_2024_kk.png"
    image = Image.open(io.BytesIO(body)).convert("RGB")
    assert image.size == (2400, 1500)
    # The class legend sits at the left: its colour swatches are far from white.
    legend = image.crop((0, 200, 300, 1100))
    coloured = sum(1 for r, g, b in legend.getdata() if max(r, g, b) - min(r, g, b) > 60)
    assert coloured > 5_000

    name, body = download(page, ids.EXPORT_SVG)
    assert name == "net_migration_2024_kk.svg"
    svg = body.decode("utf-8")
    assert svg.lstrip().startswith("<svg") or "<svg" in svg[:500]
    assert "Барлық ағындар бойынша көші-қон сальдосы, 2024" in svg
    assert_clean(page)
