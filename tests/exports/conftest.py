"""Fixtures of the image and PDF exports: kaleido's Chromium (poppler is in tests/conftest).

As in tests/browser: a missing Chromium (or poppler-utils) skips these tests on a
developer's machine and fails them in CI (CI=true), where they must run.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dashboard.exports.images import chromium_path, shutdown_renderer
from tests.conftest import missing_tool


@pytest.fixture(scope="session")
def renderer() -> Iterator[str]:
    """The Chromium kaleido renders with; its process is stopped after the session."""
    path = chromium_path()
    if path is None:
        missing_tool("chromium is not installed (apt-get install chromium)")
    yield path
    shutdown_renderer()
