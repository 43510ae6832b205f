"""Presentation mode in the browser: scenes saved from the map, edited, played with the
keyboard, kept across a reload, downloaded and loaded again; a hostile file is refused, a
file too large for the page or the server is said to be; another browser sees a
presentation read-only; a long PDF shows its progress until it downloads."""

from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import expect

from dashboard.layout import ids
from tests.browser.conftest import screenshot, watch
from tests.browser.test_explore_page import open_panel
from tests.browser.test_map_page import assert_clean, wait_for_regions

NET = "?lang=en&indicator=net_migration"
VIEWS = [
    ("?lang=en&indicator=population&year=2005&layers=", 16, "Population on 1 January, 2005"),
    (NET + "&year=2023&layers=zones", 20, "Net migration, all flows, 2023"),
    (NET + "&year=2024&layers=flows", 20, "Net migration, all flows, 2024"),
]
MAP_TITLE = "#map .gtitle"
PRESENTING = re.compile(r"\bpresenting\b")


def scene_cards(page):
    return page.locator(f"#{ids.PRESENT_LIST} .scene-card")


def add_views(page, app_url: str) -> None:
    for number, (query, units, _) in enumerate(VIEWS, 1):
        page.goto(app_url + "/" + query)
        wait_for_regions(page, units)
        page.locator(f"#{ids.SCENE_ADD}").click()
        expect(page.locator(f"#{ids.SCENE_MESSAGE}")).to_contain_text(f"Scene {number} added")


def test_three_scenes_survive_a_reload_and_play_with_the_keyboard(watched_page, app_url):
    page = watched_page
    add_views(page, app_url)
    page.reload()
    wait_for_regions(page, 20)
    open_panel(page, "Presentation")
    expect(scene_cards(page)).to_have_count(3)
    titles = [scene_cards(page).nth(i).locator("input") for i in range(3)]
    for field, (_, _, title) in zip(titles, VIEWS, strict=True):
        expect(field).to_have_value(title)
    # Rename the third scene and move it to the front.
    titles[2].fill("Where people went in 2024")
    titles[2].press("Enter")
    page.locator('[id*=\'"kind":"up"\'][id*=\'"index":2\']').click()
    expect(scene_cards(page).nth(1).locator("input")).to_have_value("Where people went in 2024")
    page.locator('[id*=\'"kind":"up"\'][id*=\'"index":1\']').click()
    expect(scene_cards(page).first.locator("input")).to_have_value("Where people went in 2024")
    screenshot(page, "presentation-panel-en")

    page.locator('[id*=\'"action":"play"\']').click()
    root = page.locator("body")
    expect(root).to_have_class(PRESENTING)
    expect(page.locator(f"#{ids.PRESENTER_TITLE}")).to_have_text("Where people went in 2024")
    expect(page.locator(f"#{ids.PRESENTER_COUNTER}")).to_have_text("1 / 3")
    expect(page.locator(MAP_TITLE)).to_contain_text("2024")
    expect(page.locator(f"#{ids.LAYERS}")).to_be_hidden()  # the controls make room
    expect(page.locator("#map .modebar-container")).to_be_hidden()  # no toolbar on screen
    screenshot(page, "presentation-playing-en")
    page.keyboard.press("ArrowRight")
    expect(page.locator(f"#{ids.PRESENTER_COUNTER}")).to_have_text("2 / 3")
    expect(page.locator(MAP_TITLE)).to_contain_text("2005")  # the boundaries of 2005 too
    wait_for_regions(page, 16)
    page.keyboard.press("Space")
    expect(page.locator(f"#{ids.PRESENTER_COUNTER}")).to_have_text("3 / 3")
    expect(page.locator(MAP_TITLE)).to_contain_text("2023")
    page.keyboard.press("ArrowLeft")
    expect(page.locator(f"#{ids.PRESENTER_COUNTER}")).to_have_text("2 / 3")
    # A reload in the middle of a talk comes back to the same slide.
    page.reload()
    expect(page.locator(f"#{ids.PRESENTER_COUNTER}")).to_have_text("2 / 3")
    expect(page.locator(MAP_TITLE)).to_contain_text("2005")
    page.keyboard.press("Escape")
    expect(root).not_to_have_class(PRESENTING)
    expect(page.locator(f"#{ids.LAYERS}")).to_be_visible()
    assert_clean(page)


def test_a_presentation_file_goes_out_and_comes_back_and_a_hostile_one_is_refused(
    watched_page, app_url, tmp_path
):
    page = watched_page
    page.goto(app_url + "/" + VIEWS[1][0])
    wait_for_regions(page, 20)
    page.locator(f"#{ids.SCENE_ADD}").click()
    expect(page.locator(f"#{ids.SCENE_MESSAGE}")).to_contain_text("added")
    open_panel(page, "Presentation")
    name = page.locator(f"#{ids.PRESENT_NAME}").input_value()
    assert name.startswith("Briefing")  # numbered if another browser made a "Briefing"
    with page.expect_download() as download:
        page.locator(f"#{ids.PRESENT_JSON}").click()
    assert download.value.suggested_filename == f"{name}.json"
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    document = json.loads(saved.read_text(encoding="utf-8"))
    assert document["format"] == "migration-atlas-presentation"
    assert document["scenes"][-1]["title"] == "Net migration, all flows, 2023"
    assert "indicator=net_migration" in document["scenes"][-1]["url"]
    count = len(document["scenes"])

    upload = page.locator(f"#{ids.PRESENT_UPLOAD} input[type=file]")
    upload.set_input_files(str(saved))
    expect(page.locator(f"#{ids.PRESENT_MESSAGE}")).to_contain_text(f"{count} scene(s)")
    expect(scene_cards(page)).to_have_count(count)
    # A copy under a new name: the original on the server is not overwritten.
    expect(page.locator(f"#{ids.PRESENT_NAME}")).not_to_have_value(document["name"])
    loaded_name = page.locator(f"#{ids.PRESENT_NAME}").input_value()
    assert loaded_name.startswith(document["name"] + " ")

    hostile = dict(document, scenes=[{"url": "https://evil.example/?indicator=<script>"}])
    bad = tmp_path / "hostile.json"
    bad.write_text(json.dumps(hostile), encoding="utf-8")
    upload.set_input_files(str(bad))
    expect(page.locator(f"#{ids.PRESENT_MESSAGE}")).to_contain_text("not a view of this atlas")
    expect(scene_cards(page)).to_have_count(count)  # nothing else changed
    expect(page.locator(f"#{ids.PRESENT_NAME}")).to_have_value(loaded_name)
    assert_clean(page)


def test_the_presentation_controls_follow_the_language_switch(watched_page, app_url):
    page = watched_page
    page.goto(app_url + "/?lang=kk&indicator=population&year=2005&layers=&panel=present")
    wait_for_regions(page, 16)
    expect(page.locator(f"#{ids.SCENE_ADD}")).to_have_text("Көріністі презентацияға қосу")
    page.locator(f"#{ids.LANGUAGE} label", has_text="Русский").click()
    expect(page.locator(f"#{ids.SCENE_ADD}")).to_have_text("Добавить вид в презентацию")
    expect(page.locator(f"#{ids.PRESENT_PANEL}")).to_contain_text("Презентация: сохранённые виды")
    screenshot(page, "presentation-panel-ru")
    assert_clean(page)


def opened_pdf(page) -> tuple:
    """Click the PDF link, which opens a tab: the tab, and the downloads it ends in (a PDF
    ready at once is the opener's download, and the blank tab closes; one that took a
    while is the download of the tab that showed the progress)."""
    downloads: list = []
    page.on("download", lambda d: downloads.append(d))
    page.context.on("page", lambda tab: tab.on("download", lambda d: downloads.append(d)))
    with page.context.expect_page() as opened:
        page.locator(f"#{ids.PRESENT_PDF}").click()
    return opened.value, downloads


def downloaded(page, downloads: list, seconds: int = 90):
    """The first of ``downloads`` once there is one (waiting on ``page``)."""
    for _ in range(seconds * 5):
        if downloads:
            return downloads[0]
        page.wait_for_timeout(200)
    raise AssertionError("the PDF was never downloaded")


def test_a_presentation_prints_one_page_a_scene(watched_page, app_url, read_pdf):
    page = watched_page
    page.goto(app_url + "/?lang=kk&indicator=population&year=2005&layers=&panel=present")
    wait_for_regions(page, 16)
    page.locator('[id*=\'"action":"new"\']').click()  # a new, empty presentation
    expect(scene_cards(page)).to_have_count(0)
    for year in ("2005", "2010"):
        page.goto(app_url + f"/?lang=kk&indicator=population&year={year}&layers=&panel=present")
        wait_for_regions(page, 16)
        page.locator(f"#{ids.SCENE_ADD}").click()
        expect(page.locator(f"#{ids.SCENE_MESSAGE}")).to_contain_text("қосылды")
    expect(scene_cards(page)).to_have_count(2)
    _, downloads = opened_pdf(page)
    download = downloaded(page, downloads)
    body = Path(download.path()).read_bytes()
    assert download.suggested_filename.endswith(".pdf")
    assert read_pdf.pages(body) == 2
    text = read_pdf.text(body)
    assert "2005" in text and "2010" in text and "Оңтүстік Қазақстан облысы" in text
    assert_clean(page)


def test_a_long_pdf_shows_its_progress_then_downloads(watched_page, app_url, monkeypatch):
    from dashboard.presentations import pdf

    monkeypatch.setattr(pdf, "RENDER_BUDGET", 0.0)  # one map a request: every step seen
    page = watched_page
    page.goto(app_url + "/?lang=ru&indicator=population&year=2005&layers=&panel=present")
    wait_for_regions(page, 16)
    page.locator('[id*=\'"action":"new"\']').click()
    expect(scene_cards(page)).to_have_count(0)
    for year in ("2006", "2007", "2008"):
        page.goto(app_url + f"/?lang=ru&indicator=population&year={year}&layers=&panel=present")
        wait_for_regions(page, 16)
        page.locator(f"#{ids.SCENE_ADD}").click()
        expect(page.locator(f"#{ids.SCENE_MESSAGE}")).to_contain_text("добавлена")
    tab, downloads = opened_pdf(page)
    expect(tab.locator("#pdf-status")).to_contain_text("PDF готовится")
    expect(tab.locator("body")).to_contain_text("из 3")
    screenshot(tab, "presentation-pdf-progress-ru")
    expect(tab.locator("#pdf-status")).to_contain_text("готов и скачивается", timeout=60_000)
    assert downloaded(page, downloads).suggested_filename.endswith(".pdf")
    assert_clean(page)


def test_a_file_too_large_is_said_in_the_readers_language_and_not_sent(
    watched_page, app_url, tmp_path
):
    page = watched_page
    page.goto(app_url + "/?lang=kk&indicator=population&year=2023&layers=&panel=present")
    wait_for_regions(page, 20)
    big = tmp_path / "үлкен.json"
    big.write_bytes(b" " * (300 * 1024))
    sent = []  # requests carrying a file (its data URL)
    page.on("request", lambda r: sent.append(r) if "base64," in (r.post_data or "") else 0)
    page.locator(f"#{ids.PRESENT_UPLOAD} input[type=file]").set_input_files(str(big))
    message = page.locator(f"#{ids.PRESENT_MESSAGE}")
    expect(message).to_contain_text("«үлкен.json» файлы тым үлкен (300 КБ)")
    expect(message).to_contain_text("ең көбі 256 КБ")
    page.locator(f"#{ids.LANGUAGE} label", has_text="English").click()
    page.locator(f"#{ids.PRESENT_UPLOAD} input[type=file]").set_input_files(str(big))
    expect(message).to_contain_text("“үлкен.json” is too large (300 KB)")
    assert sent == []
    assert_clean(page)


def test_a_413_from_the_server_is_said(watched_page, app_url, tmp_path):
    page = watched_page

    def refuse_uploads(route):
        if "base64," in (route.request.post_data or ""):  # a body carrying the file
            route.fulfill(status=413, body="Request Entity Too Large")
        else:
            route.fallback()

    page.route("**/_dash-update-component*", refuse_uploads)
    page.goto(app_url + "/?lang=ru&indicator=population&year=2023&layers=&panel=present")
    wait_for_regions(page, 20)
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"format": "migration-atlas-presentation"}), encoding="utf-8")
    page.locator(f"#{ids.PRESENT_UPLOAD} input[type=file]").set_input_files(str(small))
    expect(page.locator(f"#{ids.PRESENT_MESSAGE}")).to_contain_text("HTTP 413")
    expect(page.locator(f"#{ids.PRESENT_MESSAGE}")).to_contain_text("Сервер не принял файл")
    # The file is not sent again with the panel's next action (a new presentation here).
    page.locator('[id*=\'"action":"new"\']').click()
    expect(page.locator(f"#{ids.PRESENT_MESSAGE}")).to_contain_text("Создана новая презентация")
    # The refused request is the only console error (the renderer logs the failed callback).
    errors = page.watch.console_errors
    page.watch.console_errors = [e for e in errors if not ("413" in e or "present-upload" in e)]
    assert_clean(page)


def test_another_browser_sees_a_presentation_read_only_and_may_copy_it(
    watched_page, app_url, browser
):
    owner = watched_page
    owner.goto(app_url + "/?lang=en&indicator=population&year=2023&layers=&panel=present")
    wait_for_regions(owner, 20)
    owner.locator(f"#{ids.PRESENT_NAME}").fill("Owned in the browser")
    owner.locator('[id*=\'"action":"new"\']').click()
    expect(owner.locator(f"#{ids.PRESENT_MESSAGE}")).to_contain_text("created")
    owner.locator(f"#{ids.SCENE_ADD}").click()
    expect(owner.locator(f"#{ids.SCENE_MESSAGE}")).to_contain_text("Scene 1 added")
    owner.reload()  # the key outlives a reload
    wait_for_regions(owner, 20)
    expect(owner.locator(f"#{ids.PRESENT_ACCESS}")).to_contain_text("only this browser")
    expect(owner.locator('[id*=\'"action":"delete"\']')).to_be_enabled()

    other_context = browser.new_context(viewport={"width": 1366, "height": 800}, bypass_csp=True)
    try:
        other = watch(other_context.new_page(), app_url)
        other.goto(app_url + "/?lang=en&indicator=population&year=2023&layers=&panel=present")
        wait_for_regions(other, 20)
        other.locator(f"#{ids.PRESENT_PICK}").click()
        other.locator(".dash-dropdown-option", has_text="Owned in the browser").click()
        expect(other.locator(f"#{ids.PRESENT_ACCESS}")).to_contain_text("read-only here")
        expect(other.locator('[id*=\'"action":"delete"\']')).to_be_disabled()
        expect(other.locator('[id*=\'"action":"rename"\']')).to_be_disabled()
        expect(scene_cards(other).first.locator("input")).to_have_attribute("readonly", "")
        other.locator(f"#{ids.SCENE_ADD}").click()
        expect(other.locator(f"#{ids.SCENE_MESSAGE}")).to_contain_text("another browser")
        screenshot(other, "presentation-read-only-en")
        other.locator('[id*=\'"action":"copy"\']').click()
        expect(other.locator(f"#{ids.PRESENT_MESSAGE}")).to_contain_text("Copied as")
        expect(other.locator(f"#{ids.PRESENT_ACCESS}")).to_contain_text("only this browser")
        expect(other.locator('[id*=\'"action":"delete"\']')).to_be_enabled()
        assert_clean(other)
    finally:
        other_context.close()
    owner.locator('[id*=\'"action":"delete"\']').click()
    expect(owner.locator(f"#{ids.PRESENT_MESSAGE}")).to_contain_text("deleted")
    assert_clean(owner)


SIZES_JS = """() => {
    const gd = document.querySelector('#map .js-plotly-plot');
    const labels = gd._fullData.find(t => t.name === 'labels');
    const entries = [...document.querySelectorAll('#map .legend text.legendtext')];
    // the entries' own size (group titles are a little larger)
    return {legend: Math.min(...entries.map(e => parseFloat(getComputedStyle(e).fontSize))),
            labels: labels.textfont.size};
}"""


def test_the_legend_and_the_names_grow_for_the_room_and_shrink_back(watched_page, app_url):
    # A presenter on a 1920x1080 projector: the legend and the region names are read from
    # the back of the room, not at the 11 px of a desk screen.
    page = watched_page
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.goto(app_url + "/" + VIEWS[1][0])
    wait_for_regions(page, 20)
    desk = page.evaluate(SIZES_JS)
    assert desk == {"legend": 11, "labels": 11}
    page.locator(f"#{ids.SCENE_ADD}").click()
    expect(page.locator(f"#{ids.SCENE_MESSAGE}")).to_contain_text("added")
    open_panel(page, "Presentation")
    page.locator('[id*=\'"action":"play"\']').click()
    expect(page.locator("body")).to_have_class(PRESENTING)
    page.wait_for_function(
        "() => document.querySelector('#map .js-plotly-plot').layout.legend.font.size >= 16"
    )
    room = page.evaluate(SIZES_JS)
    assert room["legend"] >= 16 and room["labels"] >= 16, room
    screenshot(page, "presentation-1920-en")
    page.keyboard.press("Escape")
    expect(page.locator("body")).not_to_have_class(PRESENTING)
    page.wait_for_function(
        "() => document.querySelector('#map .js-plotly-plot').layout.legend.font.size === 11"
    )
    assert page.evaluate(SIZES_JS) == desk
    assert_clean(page)
