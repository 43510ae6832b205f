"""Real-browser fixtures: the app served in-process, Debian's Chromium driven by Playwright.

`playwright install` cannot download a browser on these machines, so the tests drive the
system `chromium`. In CI (CI=true) a missing Chromium fails the run instead of skipping.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from werkzeug.serving import make_server

from dashboard import PROJECT_ROOT
from tests.conftest import IN_CI

SCREENSHOTS = PROJECT_ROOT / "test-results" / "screenshots"
# Chromium on a closed network: no background connections to Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark everything under tests/browser as a browser test."""
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Path of Debian's chromium; fail in CI, skip elsewhere, when it is missing."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        reason = "chromium is not installed (apt-get install chromium chromium-driver)"
        if IN_CI:
            pytest.fail(reason + "; browser tests must run in CI")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict, chromium_path: str) -> dict:
    """pytest-playwright launch options: system Chromium, headless, offline-friendly flags."""
    return {
        **browser_type_launch_args,
        "executable_path": chromium_path,
        "headless": True,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    """A projector-sized window, as officials use it. The app's Content-Security-Policy
    forbids eval, which Playwright's ``wait_for_function`` uses, so these pages bypass it;
    test_security_page.py loads the page with the policy enforced."""
    return {
        **browser_context_args,
        "viewport": {"width": 1366, "height": 800},
        "bypass_csp": True,
    }


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app, served by werkzeug on a free local port for the whole session, writing
    (presentations, store) into a fresh instance folder."""
    from dashboard.app import create_app
    from dashboard.settings import Settings

    app = create_app(Settings(instance_dir=tmp_path_factory.mktemp("instance")))
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


class PageWatch:
    """What a page did: console errors, page errors and every request's host."""

    def __init__(self, app_url: str) -> None:
        self.origin = urlparse(app_url).netloc
        self.console_errors: list[str] = []
        self.external_requests: list[str] = []

    def on_console(self, message) -> None:
        if message.type == "error":
            self.console_errors.append(message.text)

    def on_page_error(self, error) -> None:
        self.console_errors.append(str(error))

    def on_request(self, req) -> None:
        url = urlparse(req.url)
        if url.scheme in {"data", "blob", "about"}:
            return
        if url.netloc != self.origin:
            self.external_requests.append(req.url)


def watch(page, app_url: str):
    """Record console errors and requests to other hosts on ``page``, and refuse anything
    not served by the app at ``app_url``, as on a closed network."""
    watch = PageWatch(app_url)
    page.on("console", watch.on_console)
    page.on("pageerror", watch.on_page_error)
    page.on("request", watch.on_request)
    page.route(
        "**/*",
        lambda route: (
            route.continue_()
            if urlparse(route.request.url).netloc == watch.origin
            else route.abort()
        ),
    )
    page.watch = watch
    return page


@pytest.fixture
def watched_page(page, app_url: str):
    """A Playwright page that records console errors and requests to other hosts."""
    return watch(page, app_url)


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under test-results/screenshots (kept as a CI artifact)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def type_in_open_list(page, text: str) -> None:
    """Type ``text`` into the search box of the dropdown list just opened: only once the
    list has moved the focus to it (letters typed a moment earlier are lost)."""
    from playwright.sync_api import expect

    search = page.locator(".dash-dropdown-search")
    expect(search).to_be_focused()
    page.keyboard.type(text)
    expect(search).to_have_value(text)
