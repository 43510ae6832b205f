"""Presentation mode in the browser: scenes saved from the map, edited, played with the
keyboard, kept across a reload, downloaded and loaded again; a hostile file is refused."""

from __future__ import annotations

import json
import re

from playwright.sync_api import expect

from dashboard.layout import ids
from tests.browser.conftest import screenshot
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
    with page.expect_download() as download:
        page.locator(f"#{ids.PRESENT_JSON}").click()
    assert download.value.suggested_filename == "Briefing.json"
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
    loaded_name = document["name"] + " 2"
    expect(page.locator(f"#{ids.PRESENT_NAME}")).to_have_value(loaded_name)

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
    with page.expect_download(timeout=60_000) as event:
        page.locator(f"#{ids.PRESENT_PDF}").click()
    body = event.value.path().read_bytes()
    assert event.value.suggested_filename.endswith(".pdf")
    assert read_pdf.pages(body) == 2
    text = read_pdf.text(body)
    assert "2005" in text and "2010" in text and "Оңтүстік Қазақстан облысы" in text
    assert_clean(page)
