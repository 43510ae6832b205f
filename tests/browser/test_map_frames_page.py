"""Nearby views drawn in the browser (year steps, gross or net flows, a direction): no
request to the server, the same map the server draws, and everything that shows the view
(the link, the slider, the exports, the data table) follows it."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from dashboard.datasets.indicators import indicator_values
from dashboard.datasets.package import load_package
from dashboard.i18n.formats import format_number
from dashboard.layout import ids
from tests.browser.test_explore_page import MAP_DATA_JS
from tests.browser.test_map_page import assert_clean, wait_for_regions

CALLBACKS = "/_dash-update-component"
PROFILE = f'"output":"..{ids.PROFILE_COLUMN}.children'  # the profile callback's request


def is_frames(response) -> bool:
    return CALLBACKS in response.url and ids.MAP_FRAMES in (response.request.post_data or "")


# What the map draws, trace by trace, as plotly holds it (numbers as 32-bit floats: a figure
# may come as typed arrays or as lists; geometry and plotly's bookkeeping aside).
TRACES_JS = """() => {
    const r = a => a ? Array.from(a, x => x == null || Number.isNaN(x) ? null
                                        : Math.fround(x)) : null;
    return document.querySelector('#map .js-plotly-plot')._fullData.map(t => JSON.stringify(
        [t.type, t.name, r(t.lon), r(t.lat), r(t.z), t.text, t.hovertext,
         t.locations && Array.from(t.locations), t.legendgroup]));
}"""


def open_with_frames(page, url: str) -> None:
    """Open ``url`` and wait until its map is drawn and the page holds its frames."""
    with page.expect_response(is_frames):
        page.goto(url)
    wait_for_regions(page, 20)
    expect(page.locator(f"#{ids.MAP_COLUMN}")).to_have_class(re.compile(r"\bframes-ready\b"))


def callbacks_posted(page) -> list[str]:
    """The callback requests ``page`` sends from now on (a list that fills as they go)."""
    posted: list[str] = []
    page.on("request", lambda r: posted.append(r.url) if CALLBACKS in r.url else None)
    return posted


def value_in(region: str, year: int) -> str:
    """The population of ``region`` on 1 January of ``year`` as the Russian page writes it."""
    values = indicator_values("population", year, package=load_package()).set_index("region_id")
    return format_number(values.loc[region, "value"], "ru").replace("\xa0", " ")


def test_a_year_step_is_drawn_without_the_server_and_the_rest_follows(watched_page, app_url):
    page = watched_page
    with page.expect_response(is_frames):
        page.goto(f"{app_url}/?lang=ru&indicator=population&year=2005&layers=zones,roles")
    wait_for_regions(page, 16)
    posted = callbacks_posted(page)

    page.locator(f"#{ids.YEAR}").click()
    page.get_by_role("option", name="2006", exact=True).click()
    expect(page.locator(f"#{ids.MAP} .gtitle")).to_contain_text("2006")
    expect(page).to_have_url(re.compile(r"year=2006"))
    south = value_in("61", 2006)  # South Kazakhstan (1997 boundaries)
    assert south != value_in("61", 2005)
    hover = " ".join(page.evaluate(MAP_DATA_JS)["text"]).replace("\xa0", " ")
    assert south in hover
    expect(page.locator(f"#{ids.EXPORT_CSV}")).to_have_attribute("href", re.compile("year=2006"))
    expect(page.locator(f"#{ids.YEAR_SLIDER} [role=slider]")).to_have_attribute(
        "aria-valuenow", "2006"
    )
    page.wait_for_load_state("networkidle")
    assert posted == [], posted  # the step asked nothing of the server

    # The table twin is made by the server when it is opened, for the year shown.
    page.locator(f"#{ids.PANEL} a", has_text="Таблица данных").click()
    expect(page.locator(f"#{ids.DATA_TABLE}")).to_contain_text(south)
    assert_clean(page)


def test_a_year_on_other_boundaries_goes_to_the_server(watched_page, app_url):
    page = watched_page
    with page.expect_response(is_frames):
        page.goto(f"{app_url}/?lang=en&indicator=population&year=2017&layers=")
    wait_for_regions(page, 16)
    page.locator(f"#{ids.YEAR}").click()
    # The map of 2023 comes from the server, then the frames of its boundaries.
    with page.expect_response(is_frames):
        page.get_by_role("option", name="2023", exact=True).click()
    wait_for_regions(page, 20)  # the 2022 boundaries, from the server
    expect(page.locator(f"#{ids.MAP} .gtitle")).to_contain_text("2023")
    expect(page).to_have_url(re.compile(r"year=2023"))
    page.wait_for_load_state("networkidle")

    # The years of those boundaries are then drawn in the browser.
    posted = callbacks_posted(page)
    page.locator(f"#{ids.YEAR}").click()
    page.get_by_role("option", name="2024", exact=True).click()
    expect(page.locator(f"#{ids.MAP} .gtitle")).to_contain_text("2024")
    page.wait_for_load_state("networkidle")
    assert posted == [], posted
    assert_clean(page)


def test_net_flows_and_a_direction_are_drawn_without_the_server(watched_page, app_url):
    page = watched_page
    link = "/?lang=en&indicator=net_migration&year=2023&layers=flows&flows=model&top=25"
    with page.expect_response(is_frames):
        page.goto(f"{app_url}{link}&region=75")
    wait_for_regions(page, 20)
    gross = page.evaluate(TRACES_JS)
    posted = callbacks_posted(page)

    page.locator(f"#{ids.FLOW_MODE} label", has_text="Net").click()
    expect(page).to_have_url(re.compile(r"mode=net"))
    page.locator(f"#{ids.DIRECTION} label", has_text="Incoming").click()
    expect(page).to_have_url(re.compile(r"direction=in"))
    expect(page.locator(f"#{ids.EXPORT_CSV}")).to_have_attribute("href", re.compile("mode=net"))
    drawn = page.evaluate(TRACES_JS)
    assert drawn != gross
    page.wait_for_load_state("networkidle")
    assert posted == [], posted  # neither switch asked anything of the server

    # The same link opened afresh is drawn by the server: the same map, trace for trace.
    page.goto(page.url)
    wait_for_regions(page, 20)
    assert page.evaluate(TRACES_JS) == drawn
    assert_clean(page)


# What the page shows at the moment Dash runs the step of a press (assets/map-frames.js):
# the map's title, whether its traces were replaced since armed, and the link.
AT_STEP_JS = """() => {
    const gd = document.querySelector('#map .js-plotly-plot');
    const armed = gd.data;
    const frames = window.dash_clientside.atlasFrames;
    const step = frames.step;
    window.__atStep = [];
    frames.step = function () {
        window.__atStep.push([gd.querySelector('.gtitle').textContent, gd.data !== armed,
                              window.location.search]);
        return step.apply(this, arguments);
    };
}"""


def test_a_press_moves_the_map_before_dash_runs_the_step(watched_page, app_url):
    page = watched_page

    def open_view() -> None:
        with page.expect_response(is_frames):
            page.goto(f"{app_url}/?lang=en&indicator=net_migration&year=2023&layers=flows")
        wait_for_regions(page, 20)
        expect(page.locator(f"#{ids.MAP_COLUMN}")).to_have_class(re.compile(r"\bframes-ready\b"))
        page.evaluate(AT_STEP_JS)

    open_view()
    page.locator(f"#{ids.YEAR}").click()
    page.get_by_role("option", name="2024", exact=True).click()
    expect(page).to_have_url(re.compile(r"year=2024"))
    title, replaced, link = page.evaluate("() => window.__atStep[0]")
    assert "2024" in title and replaced and "year=2023" in link  # the map first, then the link

    open_view()  # the frames hold the other flow modes of the year shown
    page.locator(f"#{ids.FLOW_MODE} label", has_text="Net").click()
    expect(page).to_have_url(re.compile(r"mode=net"))
    _, replaced, link = page.evaluate("() => window.__atStep[0]")
    assert replaced and "mode=net" not in link
    # The map drawn at the press is the map of the link, as the server draws it.
    drawn = page.evaluate(TRACES_JS)
    page.goto(page.url)
    wait_for_regions(page, 20)
    assert page.evaluate(TRACES_JS) == drawn
    assert_clean(page)


def is_variants(response) -> bool:
    return CALLBACKS in response.url and ids.MAP_VARIANTS in (response.request.post_data or "")


def test_a_year_stepped_to_gets_its_flow_switches_then_draws_them_itself(watched_page, app_url):
    page = watched_page
    link = "/?lang=en&indicator=net_migration&year=2023&layers=flows&flows=model&top=25"
    with page.expect_response(is_frames):
        page.goto(f"{app_url}{link}&region=75")
    wait_for_regions(page, 20)
    # A year step is drawn in the browser; its own gross/net and directions follow.
    with page.expect_response(is_variants):
        page.locator(f"#{ids.YEAR}").click()
        page.get_by_role("option", name="2024", exact=True).click()
    page.wait_for_load_state("networkidle")
    posted: list[str] = []
    # The chosen region's profile follows the year from the server, as it should.
    page.on(
        "request",
        lambda r: (
            posted.append(r.post_data)
            if CALLBACKS in r.url and PROFILE not in (r.post_data or "")
            else None
        ),
    )
    page.locator(f"#{ids.FLOW_MODE} label", has_text="Net").click()
    expect(page).to_have_url(re.compile(r"year=2024.*mode=net|mode=net.*year=2024"))
    page.locator(f"#{ids.DIRECTION} label", has_text="Outgoing").click()
    expect(page).to_have_url(re.compile(r"direction=out"))
    drawn = page.evaluate(TRACES_JS)
    page.wait_for_load_state("networkidle")
    assert posted == [], [body[:300] for body in posted]  # both drawn from the year's own switches

    # Back in 2023, whose switches the page still holds, nothing is asked either.
    page.locator(f"#{ids.YEAR}").click()
    page.get_by_role("option", name="2023", exact=True).click()
    expect(page).to_have_url(re.compile(r"year=2023"))
    page.wait_for_load_state("networkidle")
    assert posted == [], posted
    # The map of 2024, net, outgoing is the server's own.
    page.goto(page.url.replace("year=2023", "year=2024"))
    wait_for_regions(page, 20)
    assert page.evaluate(TRACES_JS) == drawn
    assert_clean(page)


TITLE_JS = "() => document.querySelector('#map .js-plotly-plot .gtitle').textContent"


def test_a_year_pressed_is_drawn_before_the_release_and_put_back_if_not_chosen(
    watched_page, app_url
):
    page = watched_page
    open_with_frames(page, f"{app_url}/?lang=en&indicator=net_migration&year=2023&layers=flows")
    shown = page.evaluate(TRACES_JS)
    posted = callbacks_posted(page)

    # Pressed, and the press dragged off the list before the release: no choice was made,
    # so the map goes back to the year chosen and the link never changes.
    page.locator(f"#{ids.YEAR}").click()
    option = page.get_by_role("option", name="2024", exact=True).bounding_box()
    page.mouse.move(option["x"] + 5, option["y"] + option["height"] / 2)
    page.mouse.down()
    expect(page.locator(f"#{ids.MAP} .gtitle")).to_contain_text("2024")  # before the release
    assert "year=2023" in page.url
    page.mouse.move(5, 5)
    page.mouse.up()
    expect(page.locator(f"#{ids.MAP} .gtitle")).to_contain_text("2023")
    assert page.evaluate(TRACES_JS) == shown
    page.wait_for_load_state("networkidle")
    assert "year=2023" in page.url and posted == []

    # Pressed and released on the option: the year is chosen, the map stays on it.
    page.keyboard.press("Escape")
    page.locator(f"#{ids.YEAR}").click()
    page.get_by_role("option", name="2024", exact=True).click(delay=120)
    expect(page).to_have_url(re.compile(r"year=2024"))
    expect(page.locator(f"#{ids.MAP} .gtitle")).to_contain_text("2024")
    drawn = page.evaluate(TRACES_JS)
    page.goto(page.url)
    wait_for_regions(page, 20)
    assert page.evaluate(TRACES_JS) == drawn  # the server's map of that link
    assert_clean(page)


def test_a_flow_switch_pressed_on_its_label_is_drawn_and_put_back_if_not_chosen(
    watched_page, app_url
):
    page = watched_page
    link = "/?lang=en&indicator=net_migration&year=2023&layers=flows&flows=model&top=25"
    open_with_frames(page, f"{app_url}{link}")
    gross = page.evaluate(TRACES_JS)
    posted = callbacks_posted(page)

    # The press on the label of "Net" draws net flows while the button is down; dragged
    # off before the release, nothing was chosen: gross flows again, the link unchanged.
    net = page.locator(f"#{ids.FLOW_MODE} label", has_text="Net")
    net.scroll_into_view_if_needed()
    label = net.bounding_box()
    page.mouse.move(label["x"] + label["width"] / 2, label["y"] + label["height"] / 2)
    page.mouse.down()
    for _ in range(50):  # no string wait_for_function under the page's CSP
        if page.evaluate(TRACES_JS) != gross:
            break
        page.wait_for_timeout(100)
    assert page.evaluate(TRACES_JS) != gross, "net flows not drawn on the press"
    assert "mode=net" not in page.url
    page.mouse.move(5, 5)
    page.mouse.up()
    expect(page.locator(f"#{ids.FLOW_MODE} input[value=gross]")).to_be_checked()
    page.wait_for_load_state("networkidle")
    assert page.evaluate(TRACES_JS) == gross
    assert "mode=net" not in page.url and posted == []
    assert_clean(page)
