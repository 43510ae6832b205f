"""The page under the app's own Content-Security-Policy: nothing refused, everything works.

The other browser tests bypass the policy (Playwright's ``wait_for_function`` evaluates
strings, which the policy forbids); this one enforces it, records every
``securitypolicyviolation`` event and Chromium's console, and drives the page through a
first load with all layers, a year change (new boundaries), hovers and every panel.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from dashboard.layout import ids
from tests.browser.conftest import screenshot, watch

REGION_PATHS = f"#{ids.MAP} path.choroplethlocation"
# Collects violations from the first byte of the page on (init scripts run before any
# page script and are not subject to the page's CSP).
WATCH_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile || '?'}`
    );
});
"""


@pytest.fixture
def enforcing_page(browser, app_url: str):
    """A page in a fresh context that does *not* bypass CSP, watched like watched_page."""
    context = browser.new_context(viewport={"width": 1366, "height": 800}, bypass_csp=False)
    page = watch(context.new_page(), app_url)
    page.add_init_script(WATCH_VIOLATIONS)
    yield page
    context.close()


def test_policy_allows_inline_scripts_by_hash_only(enforcing_page, app_url):
    response = enforcing_page.goto(f"{app_url}/?lang=en")
    policy = response.headers["content-security-policy"]
    script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert "'sha256-" in script_src
    assert "frame-ancestors 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"


def test_page_works_under_its_csp(enforcing_page, app_url):
    page = enforcing_page
    page.goto(f"{app_url}/?lang=en&indicator=population&year=2023&layers=zones,roles,flows")
    expect(page.locator(REGION_PATHS)).to_have_count(20, timeout=20_000)
    page.wait_for_load_state("networkidle")

    # A year on other boundaries: the map callback's full figure and the clientside
    # callbacks (permalink, download links) all run.
    page.locator(f"#{ids.YEAR}").click()
    page.get_by_role("option", name="2019", exact=True).click()
    expect(page.locator(REGION_PATHS)).to_have_count(17, timeout=15_000)
    expect(page).to_have_url(re.compile(r"year=2019"))
    page.wait_for_load_state("networkidle")

    # plotly's hover label and modebar styles are injected at run time.
    page.locator(REGION_PATHS).first.hover(force=True)
    expect(page.locator(f"#{ids.MAP} .hoverlayer .hovertext")).to_have_count(1)

    # Every panel: trends (charts), programme (table), data table, sources, presentation.
    tabs = page.locator(f"#{ids.PANEL} .nav-link")
    for index in range(tabs.count()):
        tabs.nth(index).click()
        page.wait_for_load_state("networkidle")
    screenshot(page, "security-csp-enforced")

    violations = page.evaluate("window.__cspViolations")
    assert violations == [], violations
    assert page.watch.console_errors == [], page.watch.console_errors
    assert page.watch.external_requests == [], page.watch.external_requests


def test_presentation_mode_plays_under_the_csp(enforcing_page, app_url):
    """The player's keys (assets/presenter.js) and its clientside callbacks run with the
    policy enforced: nothing is refused."""
    page = enforcing_page
    for year in ("2022", "2023"):
        page.goto(f"{app_url}/?lang=en&indicator=population&year={year}&layers=")
        expect(page.locator(REGION_PATHS)).to_have_count(20, timeout=20_000)
        page.wait_for_load_state("networkidle")
        page.locator(f"#{ids.SCENE_ADD}").click()
        expect(page.locator(f"#{ids.SCENE_MESSAGE}")).to_contain_text("added")
    page.locator(f"#{ids.PANEL} .nav-link", has_text="Presentation").click()
    page.locator('[id*=\'"action":"play"\']').click()
    counter = page.locator(f"#{ids.PRESENTER_COUNTER}")
    expect(counter).to_contain_text("1 / ")
    page.keyboard.press("ArrowRight")
    expect(counter).to_contain_text("2 / ")
    page.keyboard.press("Escape")
    expect(page.locator(f"#{ids.PRESENTER}")).to_be_hidden()
    violations = page.evaluate("window.__cspViolations")
    assert violations == [], violations
    assert page.watch.console_errors == [], page.watch.console_errors
