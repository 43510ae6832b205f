"""The atlas in headless Chromium: it loads offline, draws the right regions, hovers, translates."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from dashboard.layout import ids
from tests.browser.conftest import screenshot

REGION_PATHS = f"#{ids.MAP} path.choroplethlocation"


def wait_for_regions(page, count: int) -> None:
    """Wait until the map draws exactly ``count`` region shapes and the page is quiet
    (no callback still on its way that would redraw the map under the pointer)."""
    page.wait_for_function(
        "([sel, n]) => document.querySelectorAll(sel).length === n",
        arg=[REGION_PATHS, count],
        timeout=15_000,
    )
    page.wait_for_load_state("networkidle")


def assert_clean(page) -> None:
    """No console errors and nothing requested from any host but the app's own."""
    assert page.watch.external_requests == [], page.watch.external_requests
    assert page.watch.console_errors == [], page.watch.console_errors


def test_2005_map_has_the_16_units_of_1997(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=en&indicator=population&year=2005")
    wait_for_regions(page, 16)
    expect(page.locator(f"#{ids.BOUNDARY_INFO}")).to_contain_text("Boundaries of 1997: 16 units")
    expect(page.locator(f"#{ids.MAP} .gtitle")).to_contain_text("2005")
    screenshot(page, "map-2005-en")
    assert_clean(page)


def test_2023_map_has_20_units_and_hover_shows_value_and_source(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=en&indicator=net_migration&year=2023&layers=")
    wait_for_regions(page, 20)
    # Hover the largest region shape, whichever it is; its tooltip names value and source.
    page.evaluate(
        """sel => {
            const paths = [...document.querySelectorAll(sel)];
            const area = p => p.getBBox().width * p.getBBox().height;
            const big = paths.reduce((a, b) => (area(a) >= area(b) ? a : b));
            big.setAttribute('data-test', 'largest');
        }""",
        REGION_PATHS,
    )
    page.locator("path[data-test=largest]").hover(force=True)
    tooltip = page.locator(f"#{ids.MAP} .hoverlayer .hovertext")
    expect(tooltip).to_contain_text("Value:")
    expect(tooltip).to_contain_text(re.compile(r"-?\d[\d,]*"))
    expect(tooltip).to_contain_text("Source:")
    screenshot(page, "map-2023-hover-en")
    assert_clean(page)


def test_changing_the_year_redraws_on_the_boundaries_of_that_year(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=en&indicator=population&year=2023")
    wait_for_regions(page, 20)
    page.locator(f"#{ids.YEAR}").click()
    page.get_by_role("option", name="2019", exact=True).click()
    wait_for_regions(page, 17)
    expect(page.locator(f"#{ids.BOUNDARY_INFO}")).to_contain_text("17 units")
    expect(page).to_have_url(re.compile(r"year=2019"))
    assert_clean(page)


def test_every_language_translates_the_page(watched_page, app_url):
    page = watched_page
    expected = {
        "kk": ("Қазақстанның көші-қон атласы", "Жыл"),
        "ru": ("Миграционный атлас Казахстана", "Год"),
        "en": ("Migration Atlas of Kazakhstan", "Year"),
    }
    page.goto(f"{app_url}/?lang=kk&indicator=net_migration&year=2024")
    wait_for_regions(page, 20)
    for lang, (title, year_label) in expected.items():
        page.locator(f"#{ids.LANGUAGE} label", has_text=LANGUAGE_NAMES[lang]).click()
        expect(page.locator(f"#{ids.TITLE}")).to_have_text(title)
        expect(page.locator(f"#{ids.YEAR_LABEL}")).to_have_text(year_label)
        expect(page.locator(f"#{ids.MAP} .gtitle")).to_contain_text("2024")
        screenshot(page, f"map-2024-{lang}")
    assert_clean(page)


def test_a_bad_link_explains_itself_in_the_readers_language(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=ru&indicator=net_migration&year=1850")
    expect(page.locator(f"#{ids.NOTICES}")).to_contain_text("1850")
    expect(page.locator(f"#{ids.NOTICES}")).to_contain_text("данных нет")
    wait_for_regions(page, 20)
    assert_clean(page)


LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def legend_text(page) -> str:
    """The map legend as a reader sees it: wrapped lines joined by spaces."""
    return page.evaluate(
        """() => [...document.querySelectorAll('#map .legend text')].map(t => {
            const lines = [...t.querySelectorAll('tspan.line')].map(s => s.textContent);
            return lines.length ? lines.join(' ') : t.textContent;
        }).join(' | ')"""
    )
