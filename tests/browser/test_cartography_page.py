"""The map as drawn in the browser reads like a statistical atlas (issue 13): every unit
named with no name over another or over a city, the three cities' values by hover even
under the Programme's marks, the same colour classes in two years, water apart from every
class colour, each disaster zone in its own line."""

from __future__ import annotations

import math
import re

import pytest
from playwright.sync_api import expect

from dashboard.geo.boundaries import label_points
from dashboard.layout import ids
from tests.browser.conftest import screenshot
from tests.browser.test_map_page import assert_clean, wait_for_regions
from tests.browser.test_profile_and_zones_page import CENTRE_JS

NET = "/?indicator=net_migration&layers=zones,roles"

# The names and the city symbols as drawn: their boxes on the page (px).
DRAWN_JS = """() => {
    const groups = [...document.querySelectorAll('#map g.trace.scattergeo')];
    const traceOf = g => (g.__data__ && g.__data__[0] && g.__data__[0].trace) || {};
    const boxes = sel => sel.map(e => {
        const r = e.getBoundingClientRect();
        return [r.left, r.top, r.right, r.bottom, e.textContent];
    });
    const names = groups.filter(g => traceOf(g).name === 'labels')
        .flatMap(g => [...g.querySelectorAll('text')]);
    const cities = groups.filter(g => traceOf(g).legendgroup === 'cities')
        .flatMap(g => [...g.querySelectorAll('path.point')]);
    const frame = document.querySelector('#map .geo .bglayer rect, #map .geo rect.bg');
    return {names: boxes(names), cities: boxes(cities),
            frame: frame ? boxes([frame])[0] : null};
}"""


def overlap(a, b, tolerance: float = 1.0) -> bool:
    """Whether boxes ``a`` and ``b`` (left, top, right, bottom) share more than a sliver."""
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width > tolerance and height > tolerance


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_unit_is_named_and_no_name_covers_another_or_a_city(watched_page, app_url, lang):
    page = watched_page
    page.goto(f"{app_url}{NET}&year=2024&lang={lang}")
    wait_for_regions(page, 20)
    drawn = page.evaluate(DRAWN_JS)
    names, cities = drawn["names"], drawn["cities"]
    assert len(names) == 20 and all(n[4].strip() for n in names)
    assert len(cities) == 3
    for i, a in enumerate(names):
        for b in names[:i]:
            assert not overlap(a, b), (a[4], b[4])
        for city in cities:
            assert not overlap(a, city), (a[4], "covers a city symbol")
    screenshot(page, f"cartography-names-{lang}")
    assert_clean(page)


@pytest.mark.parametrize(("city", "name"), [("71", "Astana"), ("75", "Almaty"), ("79", "Shymkent")])
def test_each_city_shows_its_value_on_hover_under_the_programmes_marks(
    watched_page, app_url, city, name
):
    page = watched_page
    page.goto(f"{app_url}{NET}&year=2023&lang=en")
    wait_for_regions(page, 20)
    point = label_points("2022").set_index("id").loc[city]
    x, y = page.evaluate(CENTRE_JS, [float(point.lon), float(point.lat)])
    page.mouse.move(x + 60, y + 60)
    page.mouse.move(x, y)
    hover = page.locator(f"#{ids.MAP} .hoverlayer .hovertext")
    expect(hover).to_contain_text(name)
    expect(hover).to_contain_text(re.compile(r"Value: -?[\d,]+ persons"))
    assert_clean(page)


def test_the_colour_classes_are_the_same_in_two_years(watched_page, app_url):
    page = watched_page
    classes = []
    for year, units in ((2005, 16), (2024, 20)):  # across boundary versions too
        page.goto(f"{app_url}/?indicator=net_migration&layers=&lang=en&year={year}")
        wait_for_regions(page, units)
        classes.append(
            page.evaluate(
                "() => { const c = document.querySelector('#map .js-plotly-plot')"
                "._fullData[0]; return [c.colorbar.ticktext, c.colorscale]; }"
            )
        )
    assert classes[0] == classes[1]
    assert len(classes[0][0]) >= 4


def _lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of a CSS colour ``rgb(r, g, b)`` or ``#rrggbb``."""
    if colour.startswith("#"):
        rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    else:
        rgb = [int(float(v)) for v in re.findall(r"[\d.]+", colour)[:3]]
    linear = [((c / 255 + 0.055) / 1.055) ** 2.4 if c / 255 > 0.04045 else c / 255 / 12.92
              for c in rgb]  # fmt: skip
    r, g, b = linear
    xyz = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def test_water_is_apart_from_every_class_colour_as_drawn(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?indicator=net_migration&layers=&lang=en&year=2024")
    wait_for_regions(page, 20)
    fills = page.evaluate(
        """() => ({
        regions: [...document.querySelectorAll('#map path.choroplethlocation')]
            .map(p => getComputedStyle(p).fill),
        water: [...document.querySelectorAll('#map .geo .layer.ocean path,'
                                              + '#map .geo .layer.lakes path')]
            .map(p => getComputedStyle(p).fill)})"""
    )
    assert fills["water"], "no water drawn"
    for water in set(fills["water"]):
        for fill in set(fills["regions"]):
            distance = math.dist(_lab(water), _lab(fill))
            assert distance > 10, (water, fill, distance)  # apart at a glance (ΔE*76)


def test_each_disaster_zone_is_drawn_in_its_own_line_and_named_in_the_legend(watched_page, app_url):
    page = watched_page
    page.goto(f"{app_url}/?indicator=net_migration&layers=zones&lang=ru&year=2024")
    wait_for_regions(page, 20)
    dashes = page.evaluate(
        """() => [...document.querySelectorAll('#map g.trace.scattergeo')]
        .map(g => g.__data__ && g.__data__[0] && g.__data__[0].trace)
        .filter(t => t && t.legendgroup === 'zones' && t.mode === 'lines')
        .map(t => [t.name, t.line.dash])"""
    )
    assert len(dashes) == 4 and len({dash for _, dash in dashes}) == 4
    legend = page.locator(f"#{ids.MAP} .legend").text_content()
    for zone in ("Семипалатинский", "Приаралье", "Капустин Яр", "Созакский"):
        assert zone in legend
    assert_clean(page)
