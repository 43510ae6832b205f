"""Flow arrows in headless Chromium: drawn, pointing at their destinations, labelled by kind."""

from __future__ import annotations

from playwright.sync_api import expect

from dashboard.layout import ids
from tests.browser.conftest import screenshot
from tests.browser.test_map_page import assert_clean, legend_text, wait_for_regions

# For every arrowhead: the angle plotly drew it at, and the screen direction from the
# middle of its curve to its tip (the destination), both clockwise from screen-up.
ARROWS_JS = """() => {
    const gd = document.querySelector('#map .js-plotly-plot');
    const geo = gd._fullLayout.geo._subplot;
    const heads = gd._fullData.filter(t => t.type === 'scattergeo' && t.mode === 'markers'
                                          && t.marker.symbol === 'arrow-up');
    const out = [];
    for (const t of heads) {
        const n = t.lon.length / 2;
        for (let i = 0; i < n; i++) {
            const [x1, y1] = geo.projection([t.lon[i], t.lat[i]]);
            const [x0, y0] = geo.projection([t.lon[n + i], t.lat[n + i]]);
            const screen = (Math.atan2(x1 - x0, -(y1 - y0)) * 180 / Math.PI + 360) % 360;
            out.push({drawn: (t.marker.angle[i] + 360) % 360, screen: screen});
        }
    }
    return out;
}"""


def angle_gap(a: float, b: float) -> float:
    return abs((a - b + 180) % 360 - 180)


def wait_for_arrows(page, count: int) -> list[dict]:
    page.wait_for_function(
        "n => { const gd = document.querySelector('#map .js-plotly-plot');"
        " return gd && gd._fullData && gd._fullData"
        ".filter(t => t.mode === 'markers' && t.marker.symbol === 'arrow-up')"
        ".reduce((s, t) => s + t.lon.length / 2, 0) === n; }",
        arg=count,
        timeout=15_000,
    )
    return page.evaluate(ARROWS_JS)


def test_model_flows_are_arrows_pointing_at_their_destinations(watched_page, app_url):
    page = watched_page
    page.goto(
        f"{app_url}/?lang=en&indicator=net_migration&year=2023&layers=flows&flows=model&top=25"
    )
    wait_for_regions(page, 20)
    arrows = wait_for_arrows(page, 25)
    # The curves bow by 18 % of their length, so the last stretch turns ~20° off the chord.
    assert all(angle_gap(a["drawn"], a["screen"]) < 35 for a in arrows), arrows
    assert "model estimate, not observed" in legend_text(page)
    expect(page.locator(f"#{ids.FLOW_CAPTION}")).to_contain_text("Model estimate, not observed")
    expect(page.locator(f"#{ids.MAP} .gtitle")).to_contain_text("model")
    screenshot(page, "flows-model-2023-en")
    assert_clean(page)


def test_top_n_and_direction_filters_follow_the_controls(watched_page, app_url):
    page = watched_page
    page.goto(
        f"{app_url}/?lang=ru&year=2024&layers=flows&flows=model&top=10&region=71&direction=in"
    )
    wait_for_regions(page, 20)
    wait_for_arrows(page, 10)
    expect(page.locator(f"#{ids.FLOW_CAPTION}")).to_contain_text("Модельная оценка")
    page.locator(f"#{ids.DIRECTION} label", has_text="Исходящие").click()
    page.wait_for_url("**direction=out**")
    wait_for_arrows(page, 10)
    page.locator(f"#{ids.FLOW_MODE} label", has_text="Нетто").click()
    # Astana gains from every region on balance: no net arrow leaves it.
    page.wait_for_url("**mode=net**")
    expect(page.locator(f"#{ids.FLOW_CAPTION}")).to_contain_text("Нет потоков")
    assert_clean(page)


def test_toggling_the_flow_layer_adds_and_removes_arrows(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=kk&year=2023&layers=&flows=schematic")
    wait_for_regions(page, 20)
    wait_for_arrows(page, 0)
    page.locator(f"#{ids.LAYERS} label", has_text="Көші-қон ағындары").click()
    arrows = wait_for_arrows(page, 16)
    assert all(angle_gap(a["drawn"], a["screen"]) < 35 for a in arrows)
    expect(page.locator(f"#{ids.FLOW_CAPTION}")).to_contain_text("өлшенбеген")
    screenshot(page, "flows-schematic-kk")
    page.locator(f"#{ids.LAYERS} label", has_text="Көші-қон ағындары").click()
    wait_for_arrows(page, 0)
    assert_clean(page)


def test_international_origins_widen_the_view_to_the_neighbours(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=en&year=2023&layers=flows&flows=international&origins=1991-2000")
    wait_for_regions(page, 20)
    arrows = wait_for_arrows(page, 5)
    assert all(angle_gap(a["drawn"], a["screen"]) < 35 for a in arrows)
    expect(page.locator(f"#{ids.FLOW_CAPTION}")).to_contain_text("Oralman countries of origin")
    assert "%" in legend_text(page)
    screenshot(page, "flows-international-en")
    assert_clean(page)


def test_observed_flows_of_2010_are_drawn_on_the_1997_units_by_default(watched_page, app_url):
    page = watched_page
    # No kind of flows in the link: 2010 has an observed table, so observed flows it is.
    page.goto(f"{app_url}/?lang=en&indicator=population&year=2010&layers=flows&top=25")
    wait_for_regions(page, 16)
    arrows = wait_for_arrows(page, 25)
    assert all(angle_gap(a["drawn"], a["screen"]) < 35 for a in arrows), arrows
    page.wait_for_url("**flows=observed**")
    expect(page.locator(f"#{ids.FLOW_KIND} input[value=observed]")).to_be_checked()
    caption = page.locator(f"#{ids.FLOW_CAPTION}")
    expect(caption).to_contain_text("Observed flows, 2010")
    expect(caption).to_contain_text("on the 16 units of the boundaries of 1997")
    expect(caption).to_contain_text("18,270 of them were between parts of one unit")
    expect(caption).to_contain_text("the best fit is β =")
    assert "observed" in legend_text(page)
    screenshot(page, "flows-observed-2010-en")
    # 2022 has no table: the reader is told why, and nothing is drawn.
    page.goto(f"{app_url}/?lang=en&indicator=population&year=2022&layers=flows&flows=observed")
    wait_for_regions(page, 20)
    wait_for_arrows(page, 0)
    expect(caption).to_contain_text("mirror images")
    assert_clean(page)


def test_flow_controls_follow_the_kind_and_the_year(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?lang=en&indicator=net_migration&year=2024&layers=flows&flows=model")
    wait_for_regions(page, 20)
    wait_for_arrows(page, 25)
    volume = page.locator(f"#{ids.VOLUME_BLOCK}")
    expect(page.locator(f"#{ids.TOP_N}")).to_be_visible()
    # The Programme's directions have no volumes: no top-N, no threshold, no net/gross.
    page.locator(f"#{ids.FLOW_KIND} label", has_text="Programme directions").click()
    wait_for_arrows(page, 16)
    expect(volume).to_be_hidden()
    expect(page.locator(f"#{ids.DIRECTION_BLOCK}")).to_be_visible()
    assert "2001" in legend_text(page)
    expect(page.locator(f"#{ids.MAP} .gtitle")).to_contain_text("2001")
    # A year without an observed table (nor the model's inputs) does not offer them.
    page.goto(f"{app_url}/?lang=en&indicator=net_migration&year=2005&layers=flows&flows=schematic")
    wait_for_regions(page, 16)
    observed = page.locator(f"#{ids.FLOW_KIND} input[value=observed]")
    expect(observed).to_be_disabled()
    expect(page.locator(f"#{ids.FLOW_KIND}")).to_contain_text("no data for 2005")
    expect(page.locator(f"#{ids.FLOW_KIND} input[value=schematic]")).to_be_enabled()
    assert_clean(page)
