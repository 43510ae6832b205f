"""Region profile, disaster zones and Programme roles in headless Chromium."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from dashboard.layout import ids
from dashboard.layout.profile import PROFILE_CLOSE, PROFILE_TITLE
from tests.browser.conftest import screenshot
from tests.browser.test_map_page import (
    REGION_PATHS,
    assert_clean,
    legend_text,
    wait_for_regions,
)

# Where a lon/lat point is on screen, from plotly's own projection (its pixel coordinates
# are relative to the graph's box, margins included).
CENTRE_JS = """([lon, lat]) => {
    const gd = document.querySelector('#map .js-plotly-plot');
    const [x, y] = gd._fullLayout.geo._subplot.projection([lon, lat]);
    const box = gd.getBoundingClientRect();
    return [box.left + x, box.top + y];
}"""


def legend_groups(page) -> set[str]:
    return set(
        page.evaluate(
            "() => document.querySelector('#map .js-plotly-plot')._fullData"
            ".map(t => t.legendgroup).filter(g => g)"
        )
    )


def test_clicking_a_region_opens_its_profile_and_close_hides_it(watched_page, app_url):
    from dashboard.geo.boundaries import label_points

    page = watched_page
    page.goto(f"{app_url}/?lang=en&indicator=net_migration&year=2023&layers=")
    wait_for_regions(page, 20)
    karaganda = label_points("2022").set_index("id").loc["35"]
    x, y = page.evaluate(CENTRE_JS, [float(karaganda.lon), float(karaganda.lat)])
    page.mouse.click(x, y)
    expect(page.locator(f"#{PROFILE_TITLE}")).to_contain_text("Karaganda")
    expect(page.locator(f"#{ids.PROFILE_COLUMN}")).to_be_visible()
    expect(page).to_have_url(re.compile(r"region=35"))
    screenshot(page, "profile-karaganda-en")
    page.locator(f"#{PROFILE_CLOSE}").click()
    expect(page.locator(f"#{ids.PROFILE_COLUMN}")).to_be_hidden()
    assert_clean(page)


def test_a_profile_of_a_new_oblast_shows_its_parents_series(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=kk&indicator=population&year=2023&layers=&region=10")
    wait_for_regions(page, 20)
    panel = page.locator(f"#{ids.PROFILE_COLUMN}")
    expect(panel).to_contain_text("Абай облысы")
    expect(panel).to_contain_text("Абайская область")
    expect(panel).to_contain_text("Abai Region")
    expect(panel).to_contain_text("Шығыс Қазақстан")  # before 2022 it was part of it
    page.wait_for_function(
        "() => document.querySelectorAll('#profile-column .js-plotly-plot').length > 5"
    )
    screenshot(page, "profile-abai-kk")
    assert_clean(page)


def test_zone_and_role_layers_toggle_and_explain_themselves(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=ru&indicator=net_migration&year=2024&layers=zones,roles")
    wait_for_regions(page, 20)
    page.wait_for_function(
        "() => document.querySelector('#map .js-plotly-plot')._fullData.length > 3"
    )
    assert {"zones", "roles"} <= legend_groups(page)
    legend = legend_text(page)
    assert "Зоны экологического бедствия" in legend and "Регион приёма" in legend
    # The Semey test site's marker sits at its sourced point; hovering it cites the law.
    x, y = page.evaluate(CENTRE_JS, [78.717, 50.117])
    page.mouse.move(x, y)
    tooltip = page.locator(f"#{ids.MAP} .hoverlayer .hovertext")
    expect(tooltip).to_contain_text("1787-XII")
    expect(tooltip).to_contain_text("Источник")
    screenshot(page, "zones-roles-ru")
    page.locator(f"#{ids.LAYERS} label", has_text="Зоны экологического бедствия").click()
    page.wait_for_url("**layers=roles**")
    page.wait_for_function(
        "() => !document.querySelector('#map .js-plotly-plot')._fullData"
        ".some(t => t.legendgroup === 'zones')"
    )
    assert "roles" in legend_groups(page)
    assert page.locator(REGION_PATHS).count() == 20
    assert_clean(page)
