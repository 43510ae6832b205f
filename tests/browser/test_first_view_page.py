"""The first view comes with the page: the map of the link is drawn with no callback."""

from __future__ import annotations

from playwright.sync_api import expect

from dashboard.layout import ids
from tests.browser.test_map_frames_page import CALLBACKS
from tests.browser.test_map_page import assert_clean, wait_for_regions


def test_the_map_of_the_link_needs_no_callback(watched_page, app_url):
    page = watched_page
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.post_data or "") if CALLBACKS in r.url else None)
    page.goto(f"{app_url}/?lang=kk&indicator=population&year=2005&layers=zones,roles")
    wait_for_regions(page, 16)  # the 1997 boundaries of the link's year
    expect(page.locator(f"#{ids.MAP} .gtitle")).to_contain_text("2005")
    expect(page.locator(f"#{ids.LANGUAGE} input[value=kk]")).to_be_checked()
    page.wait_for_load_state("networkidle")
    # Neither before the map appeared nor after: the map callback was never asked.
    drawn = [body for body in asked if f"{ids.MAP}.figure" in body]
    assert drawn == [], drawn
    assert any(ids.MAP_FRAMES in body for body in asked)  # the year steps, fetched after
    assert_clean(page)


def test_the_late_files_of_the_first_view_come_once_with_the_scripts(watched_page, app_url):
    """The layout, the callbacks, the graph's code and the base map are preloaded by the
    page's head (dashboard/web/preload.py) and used from there: one request each, started
    with the page's scripts, before the renderer would have asked."""
    page = watched_page
    late = ("/_dash-layout", "/_dash-dependencies", "async-graph.js", "world_110m.json")
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    page.goto(f"{app_url}/?lang=en&indicator=net_migration&year=2024")
    wait_for_regions(page, 20)
    page.wait_for_load_state("networkidle")
    for name in late:
        assert sum(name in url for url in asked) == 1, (name, asked)
    started = page.evaluate(
        """() => Object.fromEntries(performance.getEntriesByType('resource')
            .map(r => [r.name.split('?')[0].split('/').pop(), r.startTime]))"""
    )
    renderer = next(name for name in started if name.startswith("dash_renderer"))
    for name in late:
        assert started[name.rsplit("/", 1)[-1]] <= started[renderer] + 50, (name, started)
    assert_clean(page)
