"""Fixtures of the store tests: a fresh instance folder with a built store."""

from __future__ import annotations

import pytest

from dashboard.store.build import ensure_store
from dashboard.store.reader import _READERS


@pytest.fixture
def instance(tmp_path):
    """An instance folder whose store is built from the committed data package."""
    folder = tmp_path / "instance"
    ensure_store(folder)
    yield folder
    _READERS.clear()  # readers are per process and per path; tmp paths are not reused
