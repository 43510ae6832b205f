"""The region profile where the eye is, the chosen region on the map, readable sparklines and
Programme statements on today's map, in headless Chromium at 1366x800 (issue 13, part 6)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from dashboard.figures.highlight import CHOSEN
from dashboard.layout import ids
from dashboard.layout.profile import PROFILE_TITLE
from tests.browser.conftest import screenshot, type_in_open_list
from tests.browser.test_map_page import assert_clean, wait_for_regions
from tests.browser.test_profile_and_zones_page import CENTRE_JS

# Elements that scroll inside the page: a box whose content is taller than it and that
# scrolls it itself (overflow auto or scroll). The page (html, body) may scroll; nothing
# else may, least of all the profile.
NESTED_SCROLLERS_JS = """() => [...document.querySelectorAll('body *')].filter(el => {
    const style = getComputedStyle(el);
    const scrolls = ['auto', 'scroll'].includes(style.overflowY);
    return scrolls && el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 0
        && el.offsetParent !== null;
}).map(el => el.id || el.className)"""

# The chosen region's traces on the map: their unit ids (customdata of none: read the name).
CHOSEN_JS = f"""() => document.querySelector('#map .js-plotly-plot')._fullData
    .filter(t => t.meta === '{CHOSEN}').map(t => [t.mode, t.name, t.hoverinfo])"""


def in_viewport(page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    size = page.viewport_size
    return (
        box is not None
        and box["y"] >= 0
        and box["y"] + box["height"] <= size["height"]
        and box["x"] >= 0
        and box["x"] + box["width"] <= size["width"]
    )


def wait_for_chosen(page, name: str) -> list:
    page.wait_for_function(
        f"(name) => ({CHOSEN_JS})().some(t => t[1].replace(/<br>/g, ' ').includes(name))",
        arg=name,
    )
    return page.evaluate(CHOSEN_JS)


def test_choosing_a_region_in_the_list_shows_its_profile_beside_the_map(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=en&indicator=net_migration&year=2023&layers=zones,roles")
    wait_for_regions(page, 20)
    page.locator(f"#{ids.REGION}").click()
    type_in_open_list(page, "North Kaz")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*region=59.*"))
    expect(page.locator(f"#{PROFILE_TITLE}")).to_have_text(
        "North Kazakhstan Region", timeout=15_000
    )
    # Where the eye is: the whole title and the first section inside the 1366x800 window,
    # beside the map, not below it.
    assert in_viewport(page, f"#{PROFILE_TITLE}")
    assert in_viewport(page, "#profile-column .profile-lead")
    profile = page.locator(f"#{ids.PROFILE_COLUMN}").bounding_box()
    map_box = page.locator(f"#{ids.MAP}").bounding_box()
    assert profile["x"] + profile["width"] <= map_box["x"] + 1  # to the left of the map
    assert profile["y"] < map_box["y"] + map_box["height"]  # level with it
    # The page scrolls; the profile never does (it was a 598 px box holding 5,275 px).
    assert page.evaluate(NESTED_SCROLLERS_JS) == []
    # The map outlines the chosen region, above the data, with a legend entry; the outline
    # never takes the hover from the region's value.
    chosen = wait_for_chosen(page, "North Kazakhstan")
    assert any(mode == "lines" for mode, _, _ in chosen)
    assert all(hover == "skip" for _, _, hover in chosen)
    legend = page.locator(f"#{ids.MAP} .legend").text_content()
    assert "Chosen region: North Kazakhstan" in legend
    screenshot(page, "profile-beside-map-en")
    # Opening every section makes the page longer, never a box that scrolls.
    for summary in page.locator("#profile-column summary").all():
        summary.click()
    page.wait_for_timeout(300)
    assert page.evaluate(NESTED_SCROLLERS_JS) == []
    assert_clean(page)


def test_clicking_astana_outlines_its_symbol_and_its_value_stays_hoverable(watched_page, app_url):
    from dashboard.geo.boundaries import label_points

    page = watched_page
    page.goto(f"{app_url}/?lang=ru&indicator=net_migration&year=2023&layers=")
    wait_for_regions(page, 20)
    astana = label_points("2022").set_index("id").loc["71"]
    x, y = page.evaluate(CENTRE_JS, [float(astana.lon), float(astana.lat)])
    page.mouse.click(x, y)
    # a profile is built on the server: allow for a busy machine
    expect(page.locator(f"#{PROFILE_TITLE}")).to_contain_text("Астана", timeout=15_000)
    assert in_viewport(page, f"#{PROFILE_TITLE}")
    chosen = wait_for_chosen(page, "Астана")
    # a ring round the city's symbol: its polygon is a few pixels wide
    assert any(mode == "markers" for mode, _, _ in chosen)
    page.wait_for_load_state("networkidle")  # the map redrawn with the ring: now point
    page.mouse.move(x + 40, y + 40)
    page.mouse.move(x, y)
    expect(page.locator(f"#{ids.MAP} .hoverlayer .hovertext")).to_contain_text("51")
    assert_clean(page)


def test_sparklines_have_numbers_on_their_axis_and_mark_census_revisions(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=en&indicator=population&year=2005&layers=&region=63")
    wait_for_regions(page, 16)  # a 2005 link: the 16 units of 1997
    lead = page.locator("#profile-column .profile-lead .js-plotly-plot")
    expect(lead).to_have_count(1, timeout=20_000)  # a profile of 2005 computes its flows
    texts = "nodes => nodes.map(n => n.textContent)"  # SVG text has no innerText
    ticks = lead.locator(".ytick text").evaluate_all(texts)
    assert len(ticks) >= 2 and all(re.fullmatch(r"-?[\d,]+", t) for t in ticks), ticks
    assert any(len(t) >= 7 for t in ticks)  # over a million people, thousands separated
    marks = lead.locator(".annotation-text").evaluate_all(texts)
    assert marks == ["2009 census", "2021 census"]
    # the 1997 unit is outlined on the 1997 map
    wait_for_chosen(page, "East Kazakhstan")
    screenshot(page, "profile-2005-east-kazakhstan-en")
    assert_clean(page)


def test_a_statement_naming_east_kazakhstan_lights_up_abai_too(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=en&indicator=net_migration&year=2024&layers=roles&panel=programme")
    button = page.locator("button[id*='ecological_crisis_outflow']")
    expect(button).to_contain_text("East Kazakhstan")
    button.click()
    page.wait_for_url("**panel=map**")
    page.wait_for_function(
        "() => { const t = document.querySelector('#map .js-plotly-plot')._fullData[0];"
        " return t.selectedpoints && t.selectedpoints.length > 0; }"
    )
    selected = page.evaluate(
        "() => { const t = document.querySelector('#map .js-plotly-plot')._fullData[0];"
        " return t.selectedpoints.map(i => t.locations[i]); }"
    )
    # East Kazakhstan of 1997 is today's East Kazakhstan and Abai; with Kyzylorda.
    assert set(selected) == {"63", "10", "43"}
    screenshot(page, "programme-statement-east-kazakhstan-en")
    assert_clean(page)
